// `&mut T` is never `Copy` (it is unique).
fn twice<T: Copy>(t: T) -> (T, T) {
    (t, t)
}

fn main() {
    let mut n = 5;
    let _ = twice(&mut n); //~ ERROR E0277
}
