fn main() {
    let msg = String::from("done");
    let mut held = Vec::new();
    loop {
        held.push(msg);
        break;
    }
    println!("{}", held.len());
}
