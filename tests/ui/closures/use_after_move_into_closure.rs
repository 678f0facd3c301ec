fn main() {
    let data = vec![1, 2, 3];
    let sum = move || data.iter().sum::<i32>();
    println!("{}", sum());
    println!("{:?}", data); //~ ERROR E0382
}
