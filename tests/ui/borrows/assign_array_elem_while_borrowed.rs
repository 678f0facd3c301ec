fn main() {
    let mut arr = [5, 6, 7];
    let r = &arr[0];
    arr[0] = 50; //~ ERROR E0506
    println!("{} {:?}", r, arr);
}
