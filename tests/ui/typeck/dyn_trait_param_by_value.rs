use std::fmt::Display;

fn width(item: dyn Display) -> usize { //~ ERROR E0277
    item.to_string().len()
}

fn main() {}
