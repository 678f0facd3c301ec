enum Gauge {
    Level(u32),
    Off,
}

fn main() {
    let mut g = Gauge::Level(3);
    match &mut g {
        Gauge::Level(n) => *n += 1,
        Gauge::Off => {}
    }
    match g {
        Gauge::Level(n) => println!("level {}", n),
        Gauge::Off => println!("off"),
    }
    g = Gauge::Off;
    match g {
        Gauge::Level(_) => println!("on"),
        Gauge::Off => println!("off"),
    }
}
