fn add_default(v: &Vec<i32>) {
    v.push(0); //~ ERROR E0596
}

fn main() {
    let mut v = vec![5];
    add_default(&v);
    v.push(1);
    println!("{:?}", v);
}
