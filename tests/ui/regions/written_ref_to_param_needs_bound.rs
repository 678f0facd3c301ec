//@ crate-type: lib
// A written type `&'a T` (a turbofish or a `let` annotation) must be well-formed: `T: 'a` has
// to follow from the signature, and a bound on an associated type of T does not give it.
pub trait Source<'a> {
    type Out;
}

fn touch<X>() {}

pub fn via_turbofish<'a, T: Source<'a>>(_o: &'a T::Out) {
    touch::<&'a T>(); //~ ERROR E0309
}

pub fn via_annotation<'a, T>(_x: &'a u8, _t: T) {
    let _y: Option<&'a T> = None; //~ ERROR E0309
}
