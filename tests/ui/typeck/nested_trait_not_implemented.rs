fn main() {
    trait Area {
        fn area(&self) -> f64;
    }
    struct Square(f64);
    struct Circle(f64);
    impl Area for Square {
        fn area(&self) -> f64 {
            self.0 * self.0
        }
    }
    fn show<T: Area>(t: &T) -> f64 {
        t.area()
    }
    println!("{}", show(&Square(2.0)));
    println!("{}", show(&Circle(1.0))); //~ ERROR E0277
}
