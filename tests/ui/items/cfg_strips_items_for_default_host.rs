// `#[cfg]` is evaluated for rustc's default host configuration (x86_64 Linux, debug assertions,
// no `--test`): items, fields, variants, statements, arms and arguments under a false predicate
// are dropped before anything else looks at them; `#[test]` functions are dropped too.
#[cfg(test)]
fn only_in_tests() -> i32 {
    "not an i32"
}

#[cfg(not(test))]
fn pick() -> i32 {
    1
}

#[cfg(test)]
fn pick() -> i32 {
    2
}

#[cfg(target_os = "windows")]
fn windows_only(v: Vec<i32>) -> Vec<i32> {
    let w = v;
    drop(v);
    w
}

#[cfg(all(unix, target_pointer_width = "64", not(feature = "extra")))]
fn on_this_host() -> i32 {
    3
}

struct Config {
    #[cfg(test)]
    fixture: String,
    level: i32,
}

enum Mode {
    Fast,
    #[cfg(windows)]
    Native,
}

#[test]
fn a_test() {
    let s = String::new();
    let t = s;
    println!("{} {}", s, t);
}

#[cfg(test)]
mod tests {
    fn broken() -> u8 {
        256u16
    }
}

fn takes_two(a: i32, b: i32) -> i32 {
    a + b
}

fn main() {
    let c = Config { level: pick() + on_this_host() };
    let Config { level } = c;
    let m = Mode::Fast;
    match m {
        Mode::Fast => {}
    }
    let v = vec![1, 2];
    #[cfg(test)]
    let moved = v;
    let n = takes_two(level, #[cfg(test)] 7, v.len() as i32);
    let a = [1, #[cfg(windows)] 2, 3];
    let _b: [i32; 2] = a;
    match n {
        #[cfg(test)]
        0 => {}
        _ => {}
    }
}
