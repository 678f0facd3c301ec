fn main() {
    let v = vec![1, 2, 3];
    {
        let total: i32 = v.iter().sum();
        println!("{}", total);
    }
    println!("{}", total); //~ ERROR E0425
}
