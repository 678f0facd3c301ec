fn main() {
    let mut refs = Vec::new();
    for i in 0..3 {
        let label = format!("item{}", i);
        refs.push(&label); //~ ERROR E0597
    }
    println!("{:?}", refs);
}
