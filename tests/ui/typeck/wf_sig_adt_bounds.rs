//@ crate-type: lib
// A struct named in a fn's signature must satisfy its own bounds under the fn's bounds.

pub struct Shared<T: Send + Sync> {
    pub value: T,
}

pub struct Dup<T>
where
    T: Clone,
{
    pub value: T,
}

pub fn unsent<T: Sync>(_x: Shared<T>) -> usize { //~ ERROR E0277
    0
}

pub fn returns_dup<T>() -> Dup<T> { //~ ERROR E0277
    loop {}
}

pub fn bounded<T: Send + Sync>(x: Shared<T>) -> Shared<T> {
    x
}

pub fn through_supertrait<T: Copy>(x: Dup<T>) -> Dup<T> {
    x
}

pub fn through_where<T>(x: Dup<T>) -> Dup<T>
where
    T: Clone + std::fmt::Debug,
{
    x
}
