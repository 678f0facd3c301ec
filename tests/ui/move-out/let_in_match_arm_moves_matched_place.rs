// A `let` inside a match arm moving out of the matched place is its own error, not one of the
// match's bindings.
fn main() {
    let slot: &mut Option<String> = &mut Some(String::from("v"));
    match *slot { //~ ERROR E0507
        Some(inner) => {
            let whole: Option<String> = *slot; //~ ERROR E0507
            println!("{} {:?}", inner, whole);
        }
        None => {}
    }
}
