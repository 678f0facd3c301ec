//@ crate-type: lib
pub fn longest_or_default<'a>(main: &'a [String], fallback: &String) -> &'a String {
    if let Some(first) = main.first() {
        first
    } else {
        fallback //~ ERROR E0621
    }
}

pub fn longest_or_default_ok<'a>(main: &'a [String], fallback: &'a String) -> &'a String {
    main.first().unwrap_or(fallback)
}
