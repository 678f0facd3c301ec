enum Level {
    Low,
    Mid,
    High,
}

fn weight(level: Level) -> f64 {
    let w: f64;
    match level {
        Level::Low => w = 0.5,
        Level::Mid => w = 1.0,
        Level::High => w = 2.0,
    }
    w
}

fn main() {
    println!("{} {} {}", weight(Level::Low), weight(Level::Mid), weight(Level::High));
}
