fn find_even(v: &[i32]) -> Option<i32> {
    for x in v {
        if x % 2 == 0 {
            return Some(x); //~ ERROR E0308
        }
    }
    None
}

fn main() {
    println!("{:?}", find_even(&[1, 3, 4]));
}
