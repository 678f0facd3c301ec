fn archive(name: String) {
    println!("archived {}", name);
}

fn main() {
    let name = String::from("report");
    for round in 0..2 {
        println!("round {}", round);
        archive(name); //~ ERROR E0382
    }
}
