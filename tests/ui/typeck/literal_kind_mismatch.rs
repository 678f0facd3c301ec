// An integer literal never becomes a float (E0308), and a type whose `PartialEq`/`PartialOrd`
// impls compare it only with itself cannot be compared with a number (E0308 on the right side).
#[derive(PartialEq, PartialOrd, Debug)]
struct Score(u32);

struct Meters(f64);

impl PartialEq<f64> for Meters {
    fn eq(&self, other: &f64) -> bool {
        self.0 == *other
    }
}

fn main() {
    let ratio: f64 = 1; //~ ERROR E0308
    let fine: f64 = 1.0;
    let s = Score(3);
    let same = s == Score(3);
    let bad = s == 3; //~ ERROR E0308
    let worse = s < 4; //~ ERROR E0308
    let m = Meters(2.0);
    let ok = m == 2.0;
    println!("{} {} {} {} {} {}", ratio, fine, same, bad, worse, ok);
}
