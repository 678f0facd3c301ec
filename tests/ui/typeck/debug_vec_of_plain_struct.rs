// `Vec<T>: Debug` needs `T: Debug`: rustc names the element type that lacks it.
struct Point {
    x: i32,
}

fn main() {
    let pts = vec![Point { x: 1 }];
    println!("{}", pts[0].x);
    println!("{:?}", pts); //~ ERROR E0277
}
