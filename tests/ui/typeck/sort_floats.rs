// Floats are `PartialOrd` but not `Ord` (NaN), so `sort` is not available.
fn main() {
    let mut v = vec![2.5, 1.0];
    v.sort(); //~ ERROR E0277
    println!("{v:?}");
}
