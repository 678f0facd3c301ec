fn bump_all(mut a: [i32; 3]) -> [i32; 3] {
    for x in &mut a {
        *x += 1;
    }
    a
}

fn main() {
    let original = [1, 2, 3];
    let changed = bump_all(original);
    let mut again = original;
    again[0] = 100;
    println!("{:?} {:?} {:?}", original, changed, again);
}
