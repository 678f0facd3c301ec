fn main() {
    let total = add(2, 3);
    println!("{}", total);

    fn add(a: i32, b: i32) -> i32 {
        let s: String = a + b; //~ ERROR E0308
        s.len() as i32
    }
}
