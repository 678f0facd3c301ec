fn call_both<F: Fn() -> Vec<i32>>(f: F) -> usize {
    f().len() + f().len()
}

fn main() {
    let v = vec![1, 2];
    let give = move || v; //~ ERROR E0525
    println!("{}", call_both(give));
}
