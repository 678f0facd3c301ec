// `&mut Vec<T>` passed where `&mut [T]` is expected goes through `DerefMut`: no error.
fn bump_all(xs: &mut [i32]) {
    for x in xs.iter_mut() {
        *x += 1;
    }
}

fn first(xs: &mut [i32]) -> &mut i32 {
    &mut xs[0]
}

fn main() {
    let mut v = vec![1, 2];
    bump_all(&mut v);
    *first(&mut v) = 7;
    let a = first(&mut v);
    *a += 1;
    println!("{:?}", v);
}
