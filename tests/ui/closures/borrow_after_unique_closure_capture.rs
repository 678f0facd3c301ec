fn main() {
    let mut n = 0;
    let slot = &mut n;
    let mut reset = || *slot = 0;
    let peek = &*slot; //~ ERROR E0501
    reset();
    println!("{}", peek);
}
