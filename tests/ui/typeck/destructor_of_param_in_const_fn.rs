// A `const fn` taking a `String` by value and not handing it on drops it at its end: E0493.
const fn ignore(text: String) -> usize { //~ ERROR E0493
    0
}

const fn pass(text: String) -> String {
    text
}

fn main() {
    println!("{} {}", ignore(String::new()), pass(String::new()));
}
