fn main() {
    let s: &String = &String::from("extended");
    let n = &(1 + 2);
    let v = &vec![1, 2, 3];
    let len = String::from("statement").len();
    println!("{} {} {:?} {}", s, n, v, len);
}
