// Constructors applied to constants are promoted to 'static memory like literals.
#[derive(Debug, Clone, Copy)]
struct Pt {
    x: i32,
    y: i32,
}

#[derive(Debug)]
struct Meters(f64);

fn origin() -> &'static Pt {
    &Pt { x: 0, y: 0 }
}

fn main() {
    let a: &Pt;
    a = &(Pt { x: 1, y: 6 });
    let m: &'static Meters = &Meters(2.5);
    let none: &'static Option<i32> = &None;
    let some: &'static Option<i32> = &Some(3);
    let sum = a.x + a.y + origin().x + origin().y + m.0 as i32;
    println!("{} {:?} {:?} {:?}", sum, m, none, some);
}
