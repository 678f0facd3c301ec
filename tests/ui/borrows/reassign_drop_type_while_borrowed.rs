struct Ticket {
    code: String,
}

impl Drop for Ticket {
    fn drop(&mut self) {}
}

fn main() {
    let t = Ticket { code: String::from("A1") };
    let code: &str = t.code.as_str();
    t = t; //~ ERROR E0505
    //~| ERROR E0506
    println!("{}", code);
}
