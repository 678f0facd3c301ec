fn main() {
    let n: i32 = 3;
    let s = String::from("apples");
    let total = n + s; //~ ERROR E0277
    println!("{}", total);
}
