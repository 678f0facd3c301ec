// Explicit generic arguments on fns and methods are counted against the item's own parameters.
fn make<T: Default>() -> T { T::default() }
fn plain() {}
struct Meter;
impl Meter {
    fn pair<A, B>(&self) {}
    fn read(&self) -> u32 { 0 }
}

fn main() {
    let _: i32 = make::<i32, i32>(); //~ ERROR E0107
    plain::<u8>(); //~ ERROR E0107
    Meter.pair::<u8>(); //~ ERROR E0107
    let _ = Meter.read::<u8>(); //~ ERROR E0107
    Meter.pair::<u8, u16>();
    let _: u64 = make::<u64>();
}
