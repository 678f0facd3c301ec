// Closures promoted to a constant (`&(|a| a, ...)`) are still checked, and their requirements
// still reach the calls that use them.
fn first() -> &'static i32 {
    let held = 3;
    let pair = &(|a| a, |b| b);
    pair.0(&held);
    pair.1(&held) //~ ERROR E0515
}

fn main() {
    first();
}
