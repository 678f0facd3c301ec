fn main() {
    let boxes = [Box::new(1), Box::new(2), Box::new(3)];
    let last = boxes[2]; //~ ERROR E0508
    println!("{}", last);
}
