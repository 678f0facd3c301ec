fn count_chars(r: &Rc<String>) -> usize { //~ ERROR E0425
    r.chars().count()
}

fn main() {}
