fn longer(a: &String, b: &String) -> &String { //~ ERROR E0106
    if a.len() >= b.len() { a } else { b }
}

fn main() {
    let x = String::from("ab");
    let y = String::from("abc");
    println!("{}", longer(&x, &y));
}
