//@ crate-type: lib
// With `T: 'a` declared, or implied by an argument `&'a T`, the written types are well-formed.
fn touch<X>() {}

pub fn declared<'a, T: 'a>(_x: &'a u8, _t: T) {
    touch::<&'a T>();
    let _y: Option<&'a T> = None;
}

pub fn implied<'a, T>(_x: &'a T) {
    touch::<&'a T>();
    let _y: Option<&'a T> = None;
}
