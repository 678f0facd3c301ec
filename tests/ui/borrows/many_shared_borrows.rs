fn longest(a: &String, b: &String) -> usize {
    if a.len() > b.len() { a.len() } else { b.len() }
}

fn main() {
    let a = String::from("alpha");
    let b = String::from("be");
    let r1 = &a;
    let r2 = &a;
    let r3 = &r1;
    println!("{} {} {} {}", r1, r2, r3, longest(&a, &b));
}
