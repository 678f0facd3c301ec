fn longest<'fn>(a: &'fn str, b: &'fn str) -> &'fn str {
    //~^ ERROR lifetimes cannot use keyword names
    //~| ERROR lifetimes cannot use keyword names
    //~| ERROR lifetimes cannot use keyword names
    //~| ERROR lifetimes cannot use keyword names
    if a.len() > b.len() { a } else { b }
}

struct Wrap<'r#x>(&'r#x u8);

fn main() {
    println!("{}", longest("a", "bc"));
    let _ = Wrap(&1);
}
