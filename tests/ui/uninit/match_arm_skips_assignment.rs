fn name_of(code: u8) -> String {
    let label: &str;
    match code {
        0 => label = "zero",
        1 => label = "one",
        _ => {}
    }
    String::from(label) //~ ERROR E0381
}

fn main() {
    println!("{}", name_of(1));
}
