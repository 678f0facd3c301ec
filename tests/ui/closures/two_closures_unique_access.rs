fn main() {
    let mut n = 0;
    let slot = &mut n;
    let mut set_one = || *slot = 1;
    let mut set_two = || *slot = 2; //~ ERROR E0524
    set_one();
    set_two();
}
