fn main() {
    let wide: Vec<i64> = vec![1, 2, 3];
    let narrow: Vec<i32> = wide.iter().map(|x| x * 2).collect(); //~ ERROR E0277
    println!("{:?}", narrow);
}
