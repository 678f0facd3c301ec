//@ crate-type: lib
pub trait Lasting: 'static {}

fn keep<'k, T: 'k>(_slot: &'k mut Vec<&'k u8>, _value: T) {}

pub fn pass_unbounded<'k, T>(slot: &'k mut Vec<&'k u8>, value: T) {
    keep(slot, value) //~ ERROR E0309
}

pub fn pass_lasting<'k, T: Lasting>(slot: &'k mut Vec<&'k u8>, value: T) {
    keep(slot, value)
}

pub fn pass_bounded<'k, T: 'k>(slot: &'k mut Vec<&'k u8>, value: T) {
    keep(slot, value)
}
