fn main() {
    let s = String::from("outer");
    {
        let s = String::from("inner");
        println!("{}", s);
    }
    let n = s.len();
    let n = n + 1;
    println!("{} {}", s, n);
}
