fn main() {
    let mut items = vec![1];
    let mut double_all = || {
        for x in items.iter_mut() {
            *x *= 2;
        }
    };
    items.push(5); //~ ERROR E0499
    double_all();
    println!("{:?}", items);
}
