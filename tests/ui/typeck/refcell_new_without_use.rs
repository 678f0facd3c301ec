fn main() {
    let cell = RefCell::new(vec![1, 2]); //~ ERROR E0433
    cell.borrow_mut().push(3);
    println!("{:?}", cell);
}
