fn main() {
    let base = String::from("temp");
    let s: &str = (base + "orary").as_str(); //~ ERROR E0716
    println!("{}", s);
}
