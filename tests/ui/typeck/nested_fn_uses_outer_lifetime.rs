fn outer<'a>(s: &'a str) -> usize {
    fn inner(t: &'a str) -> usize { //~ ERROR E0401
        t.len()
    }
    inner(s)
}

fn main() {
    println!("{}", outer("abc"));
}
