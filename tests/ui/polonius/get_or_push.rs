//@ polonius
// Return a reference found by a lookup, or insert and return the new element.
struct Registry {
    names: Vec<String>,
}

fn find_or_add<'a>(reg: &'a mut Registry, name: &str) -> &'a mut String {
    if let Some(found) = reg.names.iter_mut().find(|n| n.as_str() == name) {
        return found;
    }
    reg.names.push(name.to_string());
    let last = reg.names.len() - 1;
    &mut reg.names[last]
}

fn main() {
    let mut reg = Registry { names: vec![String::from("ada")] };
    find_or_add(&mut reg, "ada").push('!');
    find_or_add(&mut reg, "bob").push('?');
    println!("{:?}", reg.names);
}
