fn main() {
    let mut b = Box::new(10);
    *b += 5;
    let r = &mut *b;
    *r *= 2;
    let inner: i32 = *b;
    println!("{} {}", b, inner);
}
