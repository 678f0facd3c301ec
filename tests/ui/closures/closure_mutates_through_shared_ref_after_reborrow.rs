// The closure writes through a captured `&String` and also passes it on as `&String` (a reborrow
// of `*label`): it captures `*label` mutably, which fails where the closure is built.
fn size(s: &String) -> usize {
    s.len()
}

fn main() {
    let name = String::from("n");
    let label: &String = &name;
    let mut rename = || { //~ ERROR E0596
        *label = String::from("m");
        size(label);
    };
    rename();
}
