fn main() {
    let mut echo = String::from("ab");
    echo.push_str(&echo); //~ ERROR E0502
    println!("{}", echo);
}
