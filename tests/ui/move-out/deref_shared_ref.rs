fn duplicate(s: &String) -> String {
    let owned = *s; //~ ERROR E0507
    owned
}

fn main() {
    let s = String::from("copy me");
    println!("{}", duplicate(&s));
}
