// Marker traits. Copy/Send/Sync/Sized are also answered structurally by src/types/traits.ts.
#[lang = "Sized"]
pub trait Sized {}
#[lang = "Copy"]
pub trait Copy: Clone {}
#[lang = "Send"]
pub unsafe auto trait Send {}
#[lang = "Sync"]
pub unsafe auto trait Sync {}
#[lang = "Unpin"]
pub auto trait Unpin {}
#[lang = "PhantomData"]
pub struct PhantomData<T>;
impl<T: ?Sized> Copy for PhantomData<T> {}
impl<T: ?Sized> Clone for PhantomData<T> {}
impl<T: ?Sized> Default for PhantomData<T> {}
impl<T: ?Sized> Debug for PhantomData<T> {}
impl<T: ?Sized> PartialEq for PhantomData<T> {}
impl<T: ?Sized> Eq for PhantomData<T> {}
/// A marker that makes its owner `!Unpin`.
#[derive(Debug, Default, Copy, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct PhantomPinned;
impl !Unpin for PhantomPinned {}
