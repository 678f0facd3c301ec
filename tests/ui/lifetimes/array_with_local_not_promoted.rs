fn pick(x: i32) -> &'static [i32] {
    &[x, 1] //~ ERROR E0515
}

fn main() {
    let y = 2;
    let r: &'static [i32; 2] = &[y, 1]; //~ ERROR E0716
    println!("{:?} {:?}", pick(3), r);
}
