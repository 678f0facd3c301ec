struct Config {
    name: String,
    level: u8,
}

fn main() {
    let cfg = Config { name: String::from("prod"), level: 2 };
    let name = &cfg.name;
    let moved = cfg; //~ ERROR E0505
    println!("{} {}", name, moved.level);
}
