// A borrow of a value made inside the closure body cannot be stored into a captured variable,
// which lives on after the call.
fn main() {
    let mut slot: &str = "start";
    let mut refill = move || {
        let fresh = String::from("fresh");
        slot = &fresh; //~ ERROR E0521
    };
    refill();
}
