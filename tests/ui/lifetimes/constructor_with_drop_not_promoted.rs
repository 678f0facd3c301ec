// A value with a destructor (or built from a non-constant) is not promoted.
#[derive(Debug)]
struct Noisy(i32);

impl Drop for Noisy {
    fn drop(&mut self) {}
}

fn make() -> &'static Noisy {
    &Noisy(1) //~ ERROR E0515
}

fn main() {
    let n = 4;
    let p: &'static Option<i32> = &Some(n); //~ ERROR E0716
    println!("{:?} {:?}", make(), p);
}
