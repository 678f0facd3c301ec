//@ crate-type: lib
// Near-twins of wf_ref_param_outlives.rs that rustc accepts: the outlives bound is declared,
// follows from another lifetime bound or a supertrait, is implied by an argument type, or is
// inferred for a struct's own lifetime.

pub trait Holder<X> {}
pub trait Forever: 'static {}

pub struct Borrowing<'r, T> {
    pub data: &'r T,
}

pub struct Pinned<T: 'static> {
    pub data: &'static T,
}

pub struct PinnedWhere<T>
where
    T: 'static,
{
    pub data: &'static [T],
}

pub struct PinnedBySuper<T: Forever> {
    pub data: &'static T,
}

pub fn declared<'r, T: 'r, H: Holder<&'r T>>() {}

pub fn through_longer<'r, 'l: 'r, T: 'l, H: Holder<&'r T>>() {}

pub fn implied_by_arg<'r, T, H: Holder<&'r T>>(_x: &'r T) {}

pub fn implied_by_adt_arg<'r, T, H: Holder<&'r T>>(_b: Borrowing<'r, T>) {}

pub fn higher_ranked<T, H: for<'x> Holder<&'x T>>() {}

pub trait Outer<K: 'static>: Sized + 'static {
    fn method<'r, H: Holder<&'r Option<K>>>();
    fn self_ty<'r, H: Holder<&'r Self>>();
}

pub struct Wrap<K>(pub K);

impl<'r, K> Wrap<&'r K> {
    pub fn from_header<H: Holder<&'r K>>() {}
}
