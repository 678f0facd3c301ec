fn main() {
    let pair = (String::from("left"), String::from("right"));
    let left = pair.0;
    println!("{}", left);
    let whole = pair; //~ ERROR E0382
    println!("{}", whole.1);
}
