#[derive(Clone, Copy)]
struct Samples { //~ ERROR E0204
    values: Vec<f64>,
}

fn main() {
    let s = Samples { values: vec![1.0] };
    println!("{}", s.values.len());
}
