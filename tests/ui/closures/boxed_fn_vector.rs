fn main() {
    let offset = 100;
    let ops: Vec<Box<dyn Fn(i32) -> i32>> = vec![
        Box::new(|x| x + 1),
        Box::new(|x| x * x),
        Box::new(move |x| x + offset),
    ];
    let results: Vec<i32> = ops.iter().map(|op| op(3)).collect();
    println!("{:?}", results);
}
