fn main() {
    let outer = String::from("outer");
    let mut r = &outer;
    println!("{}", r);
    {
        let inner = String::from("inner");
        r = &inner;
        println!("{}", r);
    }
    r = &outer;
    println!("{}", r);
}
