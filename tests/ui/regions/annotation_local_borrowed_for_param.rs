//@ crate-type: lib
pub fn stash<'a>(keep: &'a u32) -> u32 {
    let local = *keep + 1;
    let r: &'a u32 = &local; //~ ERROR E0597
    *r
}

pub fn stash_ok<'a>(keep: &'a u32) -> u32 {
    let local = *keep + 1;
    let r: &u32 = &local;
    *r
}
