// A string literal auto-referenced as a method receiver (`&"x"`) is a promoted constant.
trait Named<'a> {
    fn label(&self) -> &'a str;
}
impl<'a> Named<'a> for &'a str {
    fn label(&self) -> &'a str {
        self
    }
}
fn main() {
    println!("{}", "x".label());
}
