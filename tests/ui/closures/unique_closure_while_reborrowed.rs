fn main() {
    let mut n = 0;
    let slot = &mut n;
    let held = &mut *slot;
    let mut reset = || *slot = 0; //~ ERROR E0500
    *held += 1;
    reset();
}
