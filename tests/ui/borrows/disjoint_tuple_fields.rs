fn main() {
    let mut pair = (String::from("l"), vec![1]);
    let left = &mut pair.0;
    let right = &mut pair.1;
    left.push('x');
    right.push(2);
    println!("{:?}", pair);
}
