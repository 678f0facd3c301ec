fn shout(s: &Strin) -> String { //~ ERROR E0425
    s.to_uppercase()
}

fn main() {
    println!("{}", shout("hi"));
}
