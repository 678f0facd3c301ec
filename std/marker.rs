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
