fn main() {
    let items: Vec<i32>;
    let view = &items; //~ ERROR E0381
    println!("{:?}", view);
}
