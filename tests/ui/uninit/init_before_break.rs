fn main() {
    let answer: i64;
    let mut n = 1;
    loop {
        n *= 3;
        if n > 50 {
            answer = n;
            break;
        }
    }
    println!("{}", answer);
}
