//@ crate-type: lib
// `&'r T` is well-formed only if `T: 'r`. A struct field of type `&'static T` needs a declared
// `T: 'static` (only bounds by the struct's own lifetimes are inferred); a reference type in a
// bound or where-clause needs the bound stated, since only argument and return types imply it.

pub trait Holder<X> {}

pub struct Pinned<T> {
    pub data: Vec<&'static T>, //~ ERROR E0310
}

pub enum Either<A, B> {
    Left(&'static A), //~ ERROR E0310
    Right(B),
}

pub fn in_bound<'r, T, H: Holder<&'r T>>() {} //~ ERROR E0309

pub fn in_where<T, H>()
where
    H: Holder<&'static (T, u8)>, //~ ERROR E0310
{
}

pub fn both_params<'r, T, U, H: Holder<&'r [(T, U)]>>() {}
//~^ ERROR E0309
//~| ERROR E0309

pub trait Outer<K>: Sized {
    fn method<'r, H: Holder<&'r Option<K>>>(); //~ ERROR E0309
    fn self_ty<'r, H: Holder<&'r Self>>(); //~ ERROR E0309
}

pub struct Wrap<K>(pub K);

impl<K> Wrap<K> {
    pub fn parent_param<'r, H: Holder<&'r K>>() {} //~ ERROR E0309
}
