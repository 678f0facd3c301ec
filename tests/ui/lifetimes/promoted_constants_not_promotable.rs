use std::cell::Cell;

const SHARED: Cell<i32> = Cell::new(0);

struct Flag(bool);

static ON: Flag = Flag(true);

fn flags() -> usize {
    let flags: &'static [&Flag] = &[&ON]; //~ ERROR E0716
    flags.len()
}

fn shared() -> &'static Cell<i32> {
    &SHARED //~ ERROR E0515
}

fn main() {
    println!("{} {} {}", flags(), shared().get(), ON.0);
}
