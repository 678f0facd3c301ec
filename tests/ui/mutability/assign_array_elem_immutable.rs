fn main() {
    let arr = [1, 2, 3];
    arr[0] = 5; //~ ERROR E0594
    println!("{:?}", arr);
}
