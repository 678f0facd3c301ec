fn take_all(buf: &mut Vec<u8>) -> Vec<u8> {
    let data = *buf; //~ ERROR E0507
    data
}

fn main() {
    let mut buf = vec![1, 2];
    println!("{:?}", take_all(&mut buf));
}
