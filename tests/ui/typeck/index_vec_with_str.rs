// A slice is indexed by `usize` or a range of them: any other index type is a missing `SliceIndex` impl.
fn main() {
    let names = vec!["a", "b"];
    let key = "a";
    println!("{}", names[key]); //~ ERROR E0277
}
