// `[T; N]` impls that need const generics are answered in src/types/traits.ts (arrays by value
// iterate through this IntoIter; `&[T; N]` iterates as `&[T]`).
#[lang = "ArrayIntoIter"]
pub struct IntoIter<T> {
    data: *const T,
}
impl<T> Iterator for IntoIter<T> {
    type Item = T;
}
impl<T> DoubleEndedIterator for IntoIter<T> {}
