struct Buffer {
    data: Vec<u8>,
}

fn main() {
    let a = Buffer { data: vec![1, 2] };
    let b = a.clone(); //~ ERROR E0599
    println!("{} {}", a.data.len(), b.data.len());
}
