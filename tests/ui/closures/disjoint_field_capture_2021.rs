struct Player {
    score: u32,
    name: String,
}

fn main() {
    let mut p = Player { score: 0, name: String::from("kim") };
    let name_ref = &p.name;
    let mut add = |n: u32| p.score += n;
    add(5);
    add(2);
    println!("{} {}", name_ref, p.score);
}
