struct Pair {
    left: String,
    right: String,
}

fn main() {
    let p = Pair { left: String::from("L"), right: String::from("R") };
    let l = &p.left;
    let r = p.right;
    println!("{} {}", l, r);
}
