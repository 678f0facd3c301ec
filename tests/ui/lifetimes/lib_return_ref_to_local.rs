//@ crate-type: lib

pub fn render(prefix: &str, n: u32) -> &str {
    let text = format!("{}{}", prefix, n);
    &text
    //~^ ERROR E0515
}
