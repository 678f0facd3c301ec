// `let ref mut r = v` declares an immutable variable holding a `&mut`: a closure assigning `r`
// is assigning a variable not declared as mutable (E0594), besides letting a borrow of its own
// environment escape into it (E0521).
fn main() {
    let mut list: Vec<i32> = vec![2, 6];
    let mut other: Vec<i32> = Vec::new();
    let ref mut r = list;
    let mut retarget = || {
        r = &mut other; //~ ERROR E0594
        //~^ ERROR E0521
    };
    retarget();
}
