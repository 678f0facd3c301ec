use std::cell::Cell;

const LIMIT: i32 = 5;
const PAIR: (i32, bool) = (1, true);

struct Unit;

impl Unit {
    const CODE: u8 = 3;
}

struct Flag(bool);

static ON: Flag = Flag(true);
static FLAGS: &[&Flag] = &[&ON];
static LEVEL: i32 = 4;
static LEVELS: &[i32] = &[LEVEL];

fn pick() -> (&'static i32, &'static (i32, bool), &'static i32, &'static u8, &'static i32) {
    (&LIMIT, &PAIR, &(5, false).0, &Unit::CODE, &[1, 2, 3][1])
}

fn main() {
    let local = Cell::new(1);
    local.set(2);
    println!("{:?} {} {} {} {}", pick(), FLAGS.len(), LEVELS[0], local.get(), ON.0);
}
