fn main() {
    let v = vec![1, 2, 3];
    let target = 2;
    for x in v.iter() {
        if target == x { //~ ERROR E0277
            println!("found {}", x);
        }
    }
}
