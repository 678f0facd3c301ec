// A `ref mut` binding makes the scrutinee a mutable place: `**v` goes through DerefMut.
use std::ops::{Deref, DerefMut};

struct Guard<T>(T);

impl<T> Deref for Guard<T> {
    type Target = T;
    fn deref(&self) -> &T {
        &self.0
    }
}

impl<T> DerefMut for Guard<T> {
    fn deref_mut(&mut self) -> &mut T {
        &mut self.0
    }
}

fn bump(g: &mut Guard<(i32, i32)>) {
    let (ref mut a, ref mut b) = **g;
    *a += 1;
    *b += 1;
    match **g {
        (ref mut x, _) => *x *= 2,
    }
}

fn main() {
    let mut g = Guard((1, 2));
    bump(&mut g);
    println!("{} {}", g.0 .0, g.0 .1);
}
