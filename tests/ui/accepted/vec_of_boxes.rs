fn main() {
    let mut boxes = vec![Box::new(1), Box::new(2)];
    for b in &mut boxes {
        **b += 10;
    }
    let mut sum = 0;
    for b in &boxes {
        sum += **b;
    }
    let first = boxes.remove(0);
    println!("{} {} {}", sum, first, boxes.len());
}
