fn main() {
    let mut found: usize;
    let data = [3, 8, 1];
    let mut i = 0;
    while i < data.len() {
        found = i;
        i += 1;
        println!("{}", found);
    }
    println!("{}", found + 1); //~ ERROR E0381
}
