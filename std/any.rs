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
