// A match on `*r` and a later `let … else` on `*r`: two matched expressions, two errors.
fn main() {
    let r: &Option<String> = &Some(String::from("q"));
    match *r { //~ ERROR E0507
        Some(s) => println!("{}", s),
        None => {}
    }
    let Some(t) = *r else { return; }; //~ ERROR E0507
    println!("{}", t);
}
