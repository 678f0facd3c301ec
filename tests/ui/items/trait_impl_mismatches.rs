trait Shape {
    type Unit;
    fn area(&self) -> f64;
    fn scale(&mut self, by: f64);
    fn name() -> String;
    fn describe<W: std::fmt::Write>(&self, w: &mut W);
}

struct Square(f64);

impl Shape for Square { //~ ERROR E0046
    fn area(&self, precise: bool) -> f64 { //~ ERROR E0050
        if precise { self.0 * self.0 } else { 0.0 }
    }
    fn scale(&mut self, by: f32) { //~ ERROR E0053
        self.0 *= by as f64;
    }
    fn name(&self) -> String { //~ ERROR E0185
        String::from("square")
    }
    fn describe(&self, w: &mut String) { //~ ERROR E0049
        w.push_str("square");
    }
    fn perimeter(&self) -> f64 { //~ ERROR E0407
        4.0 * self.0
    }
}

trait Cache<'a> {
    fn keep<'b>(&self, v: &'b u8);
    fn hold<'x: 'a>(&self, v: &'x u8);
}

impl<'a, 'c> Cache<'a> for &'c u8 {
    fn keep<'b: 'a>(&self, _v: &'b u8) {} //~ ERROR E0195
    fn hold<'x: 'c>(&self, _v: &'x u8) {} //~ ERROR E0276
}

fn main() {}
