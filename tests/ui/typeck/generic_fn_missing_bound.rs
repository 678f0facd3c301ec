trait Describe {
    fn describe(&self) -> String;
}

impl Describe for u8 {
    fn describe(&self) -> String {
        format!("byte {}", self)
    }
}

fn print_all<T: Describe>(items: &[T]) {
    for i in items {
        println!("{}", i.describe());
    }
}

fn forward<T>(items: &[T]) {
    print_all(items); //~ ERROR E0277
}

fn main() {
    forward(&[1u8, 2]);
}
