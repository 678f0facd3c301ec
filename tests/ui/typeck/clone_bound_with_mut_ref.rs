// `&mut T` is not `Clone`: only shared references are.
fn keep<T: Clone>(t: T) -> T {
    t.clone()
}

fn main() {
    let mut v = vec![1];
    let r = keep(&mut v); //~ ERROR E0277
    r.push(2);
}
