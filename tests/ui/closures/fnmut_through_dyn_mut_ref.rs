fn drive(f: &mut dyn FnMut(i32), n: i32) {
    for i in 0..n {
        f(i);
    }
}

fn main() {
    let mut seen = Vec::new();
    let mut record = |i: i32| seen.push(i * i);
    drive(&mut record, 3);
    drive(&mut record, 2);
    println!("{:?}", seen);
}
