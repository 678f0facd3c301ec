// rustc's cast check: E0054 (to bool), E0604 (to char), E0605 (non-primitive), E0606 (invalid),
// E0607 (thin to wide pointer). Valid casts and coercions in the same program are accepted.
#[derive(Clone, Copy)]
enum Level {
    Low,
    High,
}

struct Meters(f64);

fn valid(p: *const u8, l: Level, s: &[u8]) -> (u32, char, f64, usize, *const u8, i64) {
    let a = l as u32 + Level::High as u32;
    let c = 65u8 as char;
    let d = 66 as char;
    let f = 3i32 as f64;
    let u = p as usize;
    let q = s as *const [u8] as *const u8;
    (a, c, f + d as u8 as f64, u, q, Level::Low as i64)
}

fn to_bool(n: u8, c: char) -> (bool, bool) {
    (n as bool, c as bool) //~ ERROR E0054
    //~^ ERROR E0054
}

fn to_char(n: u32, x: f32) -> (char, char) {
    (n as char, x as char) //~ ERROR E0604
    //~^ ERROR E0604
}

fn non_primitive(m: Meters, n: i32) -> f64 {
    let back = n as Meters; //~ ERROR E0605
    let _ = back;
    m as f64 //~ ERROR E0605
}

fn invalid(r: &u32, b: bool, p: *const u8) -> f64 {
    let x = r as u64; //~ ERROR E0606
    let y = p as f64; //~ ERROR E0606
    b as f64 + x as f64 + y //~ ERROR E0606
}

fn thin_to_wide(p: *const u8) -> *const [u8] {
    p as *const [u8] //~ ERROR E0607
}

fn main() {
    let v = [1u8, 2];
    let _ = valid(v.as_ptr(), Level::High, &v);
}
