// `b()` on a `Box<dyn FnMut()>` borrows the box mutably, so the binding must be `mut`.
fn main() {
    let mut names: Vec<String> = Vec::new();
    let b: Box<dyn FnMut()> = Box::new(move || names.push(String::from("x")));
    b(); //~ ERROR E0596
}
