// An `if` without `else` evaluates to `()`: where a value is expected that is E0317 (even when
// the branch returns); as a statement, a valued branch is a plain mismatch (E0308).
fn first(c: bool) -> i32 {
    if c { 1 } //~ ERROR E0317
}

fn early(c: bool) -> i32 {
    if c { return 1; } //~ ERROR E0317
}

fn fine(c: bool) -> i32 {
    if c {
        return 1;
    }
    2
}

fn statement(c: bool) {
    if c { 5 } //~ ERROR E0308
}

fn main() {
    let c = fine(true) > 1;
    let x = if c { 7 }; //~ ERROR E0317
    first(c);
    early(c);
    statement(c);
    let _ = x;
}
