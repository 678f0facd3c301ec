fn consume<T: std::fmt::Debug>(item: T) {
    println!("{:?}", item);
}

fn main() {
    let v = vec![String::from("x")];
    consume(v);
    println!("{}", v.len()); //~ ERROR E0382
}
