// A `move` closure copying a field that is mutably borrowed: rustc points at the use in the body.
struct Meter {
    label: String,
    count: i32,
}

fn main() {
    let mut m = Meter { label: String::from("m"), count: 2 };
    let counter = &mut m.count;
    let mut bump = move || {
        *counter = m.count + 1; //~ ERROR E0503
    };
    bump();
    println!("{}", m.label);
}
