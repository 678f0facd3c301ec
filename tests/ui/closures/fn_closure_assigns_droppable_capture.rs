// Assigning a value with drop glue drops the old one first: rustc reports the assignment once.
struct Named {
    name: String,
}

fn main() {
    let mut current = Named { name: String::from("a") };
    let reset: Box<dyn Fn()> = Box::new(|| {
        current = Named { name: String::from("b") }; //~ ERROR E0594
    });
    reset();
    println!("{}", current.name); //~ ERROR E0502
}
