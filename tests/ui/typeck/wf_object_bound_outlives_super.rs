//@ crate-type: lib
// A trait object `dyn Tr<'x> + 'r` is well-formed only if `'r` outlives what the trait's
// supertraits make `Self` outlive; in a struct only declared lifetime bounds (and relations a
// field's types imply) count.

pub trait Scoped<'s>: 's {}
pub trait Eternal: 'static {}
pub trait Layered<'s>: Scoped<'s> {}

pub struct Short<'s, 'r> {
    pub obj: Box<dyn Scoped<'s> + 'r>, //~ ERROR E0478
}

pub struct NotStatic<'r> {
    pub obj: Box<dyn Eternal + 'r>, //~ ERROR E0478
}

pub struct ThroughSuper<'s, 'r> {
    pub obj: &'r (dyn Layered<'s> + 'r), //~ ERROR E0478
}

pub struct Declared<'s, 'r: 's> {
    pub obj: Box<dyn Scoped<'s> + 'r>,
}

pub struct ImpliedByField<'s, 'r> {
    pub obj: Box<dyn Layered<'s> + 'r>,
    pub rel: &'s &'r u8,
}

pub struct SameRegion<'s> {
    pub obj: Box<dyn Scoped<'s> + 's>,
}

pub fn implied_in_fn<'s, 'r>(_obj: Box<dyn Scoped<'s> + 'r>) {}
