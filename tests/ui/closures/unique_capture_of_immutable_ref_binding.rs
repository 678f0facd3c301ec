// A closure assigning to an immutable `&T` binding borrows it uniquely (and reports the assignment
// in its body); reading through the binding while the closure lives is E0501.
fn is_set(v: &Option<String>) -> bool {
    v.is_some()
}

fn main() {
    let value = Some(String::from("v"));
    let other = None;
    let current: &Option<String> = &value;
    let mut swap = || {
        current = &other; //~ ERROR E0594
    };
    let set = is_set(current); //~ ERROR E0501
    swap();
    println!("{}", set);
}
