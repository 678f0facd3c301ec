// Inside a closure, assigning a captured `String` field while a reborrow of it is live: the drop
// of the old value and the assignment both conflict with the loan, but they make one identical
// error and rustc prints it once.
struct Pair {
    name: String,
}

fn main() {
    let p: &mut Pair = &mut Pair { name: String::from("a") };
    let mut rename = || {
        let held: &mut String = &mut p.name;
        p.name = String::from("b"); //~ ERROR E0506
        held.push('c');
    };
    rename();
}
