// Types with `Deref`/`Index` but no `DerefMut`/`IndexMut` give shared access only.

use std::ops::{Deref, DerefMut, Index};
use std::rc::Rc;

struct Wrapper(i32);

impl Deref for Wrapper {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.0
    }
}

struct Both(i32);

impl Deref for Both {
    type Target = i32;
    fn deref(&self) -> &i32 {
        &self.0
    }
}

impl DerefMut for Both {
    fn deref_mut(&mut self) -> &mut i32 {
        &mut self.0
    }
}

struct Table(Vec<i32>);

impl Index<usize> for Table {
    type Output = i32;
    fn index(&self, i: usize) -> &i32 {
        &self.0[i]
    }
}

#[allow(unused_mut)]
fn rc_counter(mut c: Rc<i32>) {
    *c += 1; //~ ERROR E0594
    let r = &mut *c; //~ ERROR E0596
    *r += 1;
}

#[allow(unused_mut)]
fn wrapper(mut w: Wrapper, mut b: Both) {
    *w = 3; //~ ERROR E0594
    *b = 3;
    println!("{} {}", *w, *b);
}

#[allow(unused_mut)]
fn table(mut t: Table) {
    t[0] = 1; //~ ERROR E0594
    println!("{}", t[0]);
}

// Slices, vectors and strings are mutable through every range.
fn std_ranges(v: &mut Vec<i32>, s: &mut [i32], t: &mut String) {
    v[..].sort();
    v[0..=1].reverse();
    s[..].fill(0);
    s[1..=1][0] = 2;
    let u: &mut str = &mut t[..];
    let w: &mut str = &mut u[0..0];
    println!("{}", w);
}

fn main() {
    std_ranges(&mut vec![1, 2], &mut [1, 2], &mut String::new());
    rc_counter(Rc::new(1));
    wrapper(Wrapper(1), Both(2));
    table(Table(vec![1]));
}
