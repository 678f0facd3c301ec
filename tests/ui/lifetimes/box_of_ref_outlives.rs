fn main() {
    let holder: Box<&i32>;
    {
        let value = 3;
        holder = Box::new(&value); //~ ERROR E0597
    }
    println!("{}", holder);
}
