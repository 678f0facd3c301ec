fn describe(slot: &Option<String>) -> usize {
    match *slot { //~ ERROR E0507
        Some(s) => s.len(),
        None => 0,
    }
}

fn main() {
    let slot = Some(String::from("held"));
    println!("{}", describe(&slot));
}
