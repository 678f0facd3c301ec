fn make_adder(n: i32) -> impl Fn(i32) -> i32 {
    move |x| x + n
}

fn make_greeter(greeting: String) -> Box<dyn Fn(&str) -> String> {
    Box::new(move |name| format!("{}, {}", greeting, name))
}

fn main() {
    let add5 = make_adder(5);
    let hi = make_greeter(String::from("hi"));
    println!("{} {}", add5(1), hi("bo"));
}
