use std::fmt;

struct Meters(f64);

impl fmt::Display for Meters {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}m", self.0)
    }
}

impl From<Meters> for f64 {
    fn from(m: Meters) -> f64 {
        m.0
    }
}

impl fmt::Display for Vec<Meters> { //~ ERROR E0117
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}", self.len())
    }
}

impl Default for (Meters, u8) { //~ ERROR E0117
    fn default() -> Self {
        (Meters(0.0), 0)
    }
}

trait Describe {
    fn describe(&self) -> String;
}

impl<T: fmt::Debug> Describe for T {
    fn describe(&self) -> String {
        format!("{:?}", self)
    }
}

fn main() {
    let x: f64 = Meters(2.0).into();
    println!("{} {}", Meters(1.0), x.describe());
}
