// `r = r` coerces a value that already has `r`'s type (regions and all): no reborrow, a plain
// use of `r`, which a closure still holding `r` mutably makes E0503 (beside the E0506).
fn main() {
    let first = String::from("a");
    let mut r: &String = &first;
    let mut reset = || {
        r = &*r;
    };
    r = r; //~ ERROR E0506
    //~^ ERROR E0503
    reset();
    println!("{}", r);
}
