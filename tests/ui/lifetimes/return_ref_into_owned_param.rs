fn first_of(values: Vec<i32>, fallback: &i32) -> &i32 {
    if values.is_empty() {
        return fallback;
    }
    &values[0] //~ ERROR E0515
}

fn main() {
    let zero = 0;
    println!("{}", first_of(vec![1, 2], &zero));
}
