fn main() {
    let limit = 3;
    let check = move || {
        if limit > 2 {
        } else {
        }
    };
    check();
    let nested = || if limit > 1 {} else if limit > 0 {} else {};
    nested();
}
