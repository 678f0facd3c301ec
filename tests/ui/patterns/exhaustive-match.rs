// A `match` must cover every value of the scrutinee's type (E0004); the arms' constructors are
// split so integer ranges, slices of any length and nested enums are judged exactly.
enum Shape {
    Dot,
    Line(u32),
    Rect { w: u32, h: u32 },
}

fn area(s: &Shape) -> u32 {
    match s { //~ ERROR E0004
        Shape::Dot => 0,
        Shape::Line(_) => 0,
    }
}

fn covered(s: Shape, n: u8, c: char, v: &[i32], o: Option<Result<bool, ()>>) -> u32 {
    let a = match s {
        Shape::Dot | Shape::Line(_) => 0,
        Shape::Rect { w, h } => w * h,
    };
    let b = match n {
        0 => 1,
        1..=127 => 2,
        128.. => 3,
    };
    let d = match v {
        [] => 0,
        [x] => *x as u32,
        [first, .., last] => (*first + *last) as u32,
    };
    let e = match o {
        Some(Ok(true)) => 1,
        Some(Ok(false)) | None => 2,
        Some(Err(())) => 3,
    };
    let f = match c {
        '\0'..='\u{d7ff}' | '\u{e000}'..='\u{10ffff}' => 4,
    };
    a + b + d + e + f
}

fn gaps(n: i16, v: &[u8], pair: (bool, Option<u8>)) -> u8 {
    let x = match n { //~ ERROR E0004
        i16::MIN..=-1 => 0,
        1..=i16::MAX => 1,
    };
    let y = match v { //~ ERROR E0004
        [] => 0,
        [_, _, ..] => 1,
    };
    let z = match pair { //~ ERROR E0004
        (true, _) => 0,
        (false, Some(_)) => 1,
    };
    x + y + z
}

fn guarded(n: u32) -> u32 {
    match n { //~ ERROR E0004
        k if k > 3 => k,
        0..=3 if n == 1 => 1,
    }
}

fn main() {
    println!("{} {} {} {}", area(&Shape::Dot), covered(Shape::Dot, 3, 'x', &[1], None), gaps(0, &[], (true, None)), guarded(9));
}
