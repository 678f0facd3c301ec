fn main() {
    let n = 5;
    let mut acc = Vec::new();
    for i in n { //~ ERROR E0277
        acc.push(i);
    }
    println!("{:?}", acc);
}
