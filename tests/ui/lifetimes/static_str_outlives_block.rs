fn main() {
    let r: &str;
    {
        let s = "literal";
        r = s;
    }
    let c;
    {
        let n = 5;
        c = n;
    }
    println!("{} {}", r, c);
}
