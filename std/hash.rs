pub trait Hash {
    fn hash(&self);
}
impl Hash for i32 {}
impl Hash for u32 {}
impl Hash for u64 {}
impl Hash for usize {}
impl Hash for char {}
impl Hash for bool {}
impl Hash for u8 {}
impl<'a, T: Hash + ?Sized> Hash for &'a T {}
