struct Player {
    name: String,
    score: u32,
    lives: u8,
}

fn main() {
    let mut p = Player { name: String::from("kit"), score: 0, lives: 3 };
    let name = &p.name;
    let score = &mut p.score;
    let lives = &mut p.lives;
    *score += 10;
    *lives -= 1;
    println!("{} {} {}", name, p.score, p.lives);
}
