fn duplicate(s: &String) -> String {
    s.clone()
}

fn main() {
    let names = vec![String::from("ann")];
    let first = names[0].clone();
    println!("{} {} {}", first, duplicate(&names[0]), names.len());
}
