/// A pointer whose pointee may not move again (unless it is `Unpin`).
#[lang = "Pin"]
#[derive(Copy, Clone)]
pub struct Pin<Ptr> {
    pointer: Ptr,
}
impl<Ptr: Deref> Pin<Ptr>
where
    Ptr::Target: Unpin,
{
    pub fn new(pointer: Ptr) -> Pin<Ptr>;
    pub fn into_inner(pin: Pin<Ptr>) -> Ptr;
}
impl<Ptr: Deref> Pin<Ptr> {
    pub unsafe fn new_unchecked(pointer: Ptr) -> Pin<Ptr>;
    pub unsafe fn into_inner_unchecked(pin: Pin<Ptr>) -> Ptr;
    pub fn as_ref(&self) -> Pin<&Ptr::Target>;
}
impl<Ptr: DerefMut> Pin<Ptr> {
    pub fn as_mut(&mut self) -> Pin<&mut Ptr::Target>;
    pub fn set(&mut self, value: Ptr::Target)
    where
        Ptr::Target: Sized;
}
impl<'a, T: ?Sized> Pin<&'a T> {
    pub fn get_ref(self) -> &'a T;
}
impl<'a, T: ?Sized> Pin<&'a mut T> {
    pub fn into_ref(self) -> Pin<&'a T>;
    pub fn get_mut(self) -> &'a mut T
    where
        T: Unpin;
    pub unsafe fn get_unchecked_mut(self) -> &'a mut T;
}
impl<Ptr: Deref> Deref for Pin<Ptr> {
    type Target = Ptr::Target;
}
impl<Ptr: DerefMut> DerefMut for Pin<Ptr>
where
    Ptr::Target: Unpin,
{
}
impl<Ptr: Debug> Debug for Pin<Ptr> {}
impl<Ptr: Display> Display for Pin<Ptr> {}
impl<Ptr: Deref, Q: Deref> PartialEq<Pin<Q>> for Pin<Ptr>
where
    Ptr::Target: PartialEq<Q::Target>,
{
}
impl<T: ?Sized> From<Box<T>> for Pin<Box<T>> {}
