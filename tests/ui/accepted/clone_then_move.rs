fn keep(v: Vec<String>) -> usize {
    v.len()
}

fn main() {
    let names = vec![String::from("x"), String::from("y")];
    let copy = names.clone();
    let n = keep(names);
    let first = copy[0].clone();
    println!("{} {:?} {}", n, copy, first);
}
