use std::rc::Rc;

fn main() {
    let name_ref: &String;
    {
        let owner = Rc::new(String::from("node"));
        name_ref = &owner; //~ ERROR E0597
    }
    println!("{}", name_ref);
}
