pub trait Any: 'static {
    fn type_id(&self) -> TypeId;
}
impl<T: 'static + ?Sized> Any for T {}
#[derive(Clone, Copy, PartialEq, Debug)]
pub struct TypeId {
    t: u64,
}
impl Eq for TypeId {}
impl TypeId {
    pub fn of<T: ?Sized + 'static>() -> TypeId;
}
pub fn type_name<T: ?Sized>() -> &'static str;
impl dyn Any {
    pub fn is<T: Any>(&self) -> bool;
    pub fn downcast_ref<T: Any>(&self) -> Option<&T>;
    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T>;
}
impl dyn Any + Send {
    pub fn is<T: Any>(&self) -> bool;
    pub fn downcast_ref<T: Any>(&self) -> Option<&T>;
    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T>;
}
impl dyn Any + Send + Sync {
    pub fn is<T: Any>(&self) -> bool;
    pub fn downcast_ref<T: Any>(&self) -> Option<&T>;
    pub fn downcast_mut<T: Any>(&mut self) -> Option<&mut T>;
}
impl Debug for dyn Any {}
impl Debug for dyn Any + Send {}
impl Debug for dyn Any + Send + Sync {}
