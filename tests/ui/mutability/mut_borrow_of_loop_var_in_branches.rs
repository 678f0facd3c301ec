fn main() {
    for step in 0..3 { //~ ERROR E0596
        if step % 2 == 0 {
            let r = &mut step;
            *r += 1;
        } else {
            let r = &mut step;
            *r -= 1;
        }
    }
}
