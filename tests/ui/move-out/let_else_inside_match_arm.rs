// A `let … else` in a match arm matches its own initialiser: its move is not one more binding of
// the enclosing match, even when both name the same place.
fn label(o: &Option<String>) -> usize {
    match *o { //~ ERROR E0507
        Some(name) if name.len() > 1 => {
            let Some(again) = *o else { return 0; }; //~ ERROR E0507
            name.len() + again.len()
        }
        _ => {
            let Some(other) = *o else { return 1; }; //~ ERROR E0507
            other.len()
        }
    }
}

fn main() {
    println!("{}", label(&Some(String::from("xy"))));
}
