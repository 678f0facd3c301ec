fn greeting(name: &str) -> String { //~ ERROR E0308
    let mut s = String::from("hello, ");
    s.push_str(name);
    s;
}

fn main() {
    println!("{}", greeting("world"));
}
