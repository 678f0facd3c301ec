fn main() {
    let mut x = 1;
    let r = &x;
    println!("{}", r);
    x = 5;
    let mut cur = 0;
    for i in 0..3 {
        let seen = &cur;
        println!("{}", seen);
        cur = i;
    }
    println!("{} {}", x, cur);
}
