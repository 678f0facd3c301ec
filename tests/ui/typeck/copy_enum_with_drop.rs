#[derive(Clone, Copy, Debug)]
enum Light { //~ ERROR E0184
    On,
    Off,
}

impl Drop for Light {
    fn drop(&mut self) {
        println!("{:?} dropped", self);
    }
}

fn main() {
    let a = Light::On;
    let b = Light::Off;
    println!("{:?} {:?}", a, b);
}
