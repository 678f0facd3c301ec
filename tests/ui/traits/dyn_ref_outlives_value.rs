use std::fmt::Display;

fn main() {
    let shown: &dyn Display;
    {
        let msg = String::from("short-lived");
        shown = &msg; //~ ERROR E0597
    }
    println!("{}", shown);
}
