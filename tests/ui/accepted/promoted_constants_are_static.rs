// rustc promotes constant expressions under `&` to 'static allocations: no temporary is borrowed.
struct Pt(i32, i32);

fn main() {
    let a: &'static i32 = &5;
    let b: &'static [i32] = &[1, 2, 3];
    let c: &'static (i32, bool) = &(1, true);
    let d: &'static Option<i32> = &None;
    let e: &'static i32 = &(2 + 3);
    let f: &'static Option<u8> = &Some(7);
    let g: &'static Pt = &Pt(1, 2);
    println!("{} {:?} {:?} {:?} {} {:?} {}", a, b, c, d, e, f, g.0 + g.1);
}
