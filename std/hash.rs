pub trait Hash {
    fn hash<H: Hasher>(&self, state: &mut H);
}
pub trait Hasher {
    fn finish(&self) -> u64;
    fn write(&mut self, bytes: &[u8]);
    fn write_u8(&mut self, i: u8);
    fn write_u16(&mut self, i: u16);
    fn write_u32(&mut self, i: u32);
    fn write_u64(&mut self, i: u64);
    fn write_usize(&mut self, i: usize);
    fn write_i8(&mut self, i: i8);
    fn write_i16(&mut self, i: i16);
    fn write_i32(&mut self, i: i32);
    fn write_i64(&mut self, i: i64);
    fn write_isize(&mut self, i: isize);
}
impl<H: Hasher + ?Sized> Hasher for &mut H {}
pub trait BuildHasher {
    type Hasher: Hasher;
    fn build_hasher(&self) -> Self::Hasher;
    fn hash_one<T: Hash>(&self, x: T) -> u64;
}
#[derive(Clone, Debug, Default)]
pub struct DefaultHasher {
    state: u64,
}
impl DefaultHasher {
    pub fn new() -> DefaultHasher;
}
impl Hasher for DefaultHasher {}
#[derive(Clone, Debug, Default)]
pub struct RandomState {
    k0: u64,
}
impl RandomState {
    pub fn new() -> RandomState;
}
impl BuildHasher for RandomState {
    type Hasher = DefaultHasher;
}
impl Hash for i8 {}
impl Hash for i16 {}
impl Hash for i32 {}
impl Hash for i64 {}
impl Hash for i128 {}
impl Hash for isize {}
impl Hash for u8 {}
impl Hash for u16 {}
impl Hash for u32 {}
impl Hash for u64 {}
impl Hash for u128 {}
impl Hash for usize {}
impl Hash for char {}
impl Hash for bool {}
impl Hash for () {}
impl<'a, T: Hash + ?Sized> Hash for &'a T {}
impl<'a, T: Hash + ?Sized> Hash for &'a mut T {}
impl<T: Hash> Hash for [T] {}
impl<T: Hash + ?Sized> Hash for Box<T> {}
impl<T: Hash> Hash for Vec<T> {}
impl<T: Hash> Hash for Option<T> {}
impl<T: Hash, E: Hash> Hash for Result<T, E> {}
impl<T: Hash + ?Sized> Hash for crate::rc::Rc<T> {}
impl<T: Hash + ?Sized> Hash for crate::sync::Arc<T> {}
