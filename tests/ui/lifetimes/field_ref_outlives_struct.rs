struct Sensor {
    reading: f64,
}

fn main() {
    let latest: &f64;
    {
        let s = Sensor { reading: 21.5 };
        latest = &s.reading; //~ ERROR E0597
    }
    println!("{}", latest);
}
