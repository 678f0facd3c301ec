fn main() {
    let data = vec![10, 20];
    let view = &data;
    drop(data); //~ ERROR E0505
    println!("{:?}", view);
}
