// An integer is not an iterator; a range is.
fn main() {
    let n = 4;
    for i in n { //~ ERROR E0277
        println!("{i}");
    }
}
