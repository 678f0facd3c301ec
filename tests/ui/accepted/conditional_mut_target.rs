fn main() {
    let mut a = 1;
    let mut b = 2;
    let pick_a = a < b;
    let r = if pick_a { &mut a } else { &mut b };
    *r += 10;
    println!("{} {}", a, b);
}
