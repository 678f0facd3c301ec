fn main() {
    let mut log = Vec::new();
    let mut add_a = || log.push("a");
    let mut add_b = || log.push("b"); //~ ERROR E0499
    add_a();
    add_b();
    println!("{:?}", log);
}
