fn main() {
    let buffer = String::from("data");
    let length = buffer.len();
    println!("{}", lenght); //~ ERROR E0425
    println!("{}", length);
}
