fn main() {
    let mut arr = [1, 2, 3];
    let i = 0;
    let j = 1;
    let a = &mut arr[i];
    let b = &mut arr[j]; //~ ERROR E0499
    *a += *b;
    println!("{:?}", arr);
}
