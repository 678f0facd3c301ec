fn main() {
    let printer: Box<dyn Fn()>;
    {
        let label = String::from("temp");
        let r = &label; //~ ERROR E0597
        printer = Box::new(move || println!("{}", r));
    }
    printer();
}
