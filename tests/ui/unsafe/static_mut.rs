static mut COUNTER: u32 = 0;

fn bump() {
    COUNTER += 1; //~ ERROR E0133
}

fn read() -> u32 {
    COUNTER //~ ERROR E0133
}

fn main() {
    bump();
    unsafe { COUNTER = 3; }
    println!("{}", read());
}
