// A tuple is `Copy` only when every element is.
fn twice<T: Copy>(t: T) -> (T, T) {
    (t, t)
}

fn main() {
    let _ = twice((1, String::from("a"))); //~ ERROR E0277
}
