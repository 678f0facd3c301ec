// `cfg!(…)` is a boolean constant for the default host, and `#[cfg_attr(pred, attrs…)]` stands
// for its attributes exactly when the predicate holds.
#[cfg_attr(not(test), derive(Clone, Copy))]
struct Point(i32);

#[cfg_attr(test, derive(Clone, Copy))]
struct Line(i32);

fn main() {
    let p = Point(1);
    let q = p;
    let r = p;
    let l = Line(q.0 + r.0);
    let m = l;
    let k = l; //~ ERROR E0382
    let on_linux: bool = cfg!(target_os = "linux");
    let debug = cfg!(debug_assertions) && !cfg!(test);
    println!("{} {} {} {}", on_linux, debug, m.0, k.0);
}

fn unix_flag() -> i32 {
    cfg!(unix) //~ ERROR E0308
}

#[cfg(not(any(unix, windows)))]
fn unreachable_config() {
    let s: String = 5;
}

#[cfg(debug_assertions)]
fn checked() -> u8 {
    "debug builds see this" //~ ERROR E0308
}
