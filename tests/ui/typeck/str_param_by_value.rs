fn count_spaces(s: str) -> usize { //~ ERROR E0277
    s.matches(' ').count()
}

fn main() {}
