fn shout(input: &str) -> &str {
    let loud = input.to_uppercase();
    &loud //~ ERROR E0515
}

fn main() {
    println!("{}", shout("hi"));
}
