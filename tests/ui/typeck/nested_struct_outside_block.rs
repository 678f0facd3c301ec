fn main() {
    {
        struct Meters(u32);
        let m = Meters(3);
        println!("{}", m.0);
    }
    let n = Meters(4); //~ ERROR E0425
    println!("{}", n.0);
}
