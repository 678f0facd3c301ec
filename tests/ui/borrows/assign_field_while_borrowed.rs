struct Profile {
    name: String,
    visits: u32,
}

fn main() {
    let mut p = Profile { name: String::from("old"), visits: 0 };
    let n = &p.name;
    p.name = String::from("new"); //~ ERROR E0506
    println!("{} {}", n, p.visits);
}
