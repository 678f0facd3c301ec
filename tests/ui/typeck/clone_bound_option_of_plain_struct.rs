// `Option<T>: Clone` needs `T: Clone`.
struct Handle;

fn dup<T: Clone>(t: &T) -> T {
    t.clone()
}

fn main() {
    let h = Some(Handle);
    let _copy = dup(&h); //~ ERROR E0277
}
