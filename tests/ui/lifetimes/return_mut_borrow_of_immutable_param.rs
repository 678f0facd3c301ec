fn pick<'a>(keep: &'a mut String, owned: String) -> &'a mut String {
    let _ = keep;
    &mut owned //~ ERROR E0596
}

fn main() {
    let mut s = String::new();
    pick(&mut s, String::new());
}
