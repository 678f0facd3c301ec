pub trait Error: Debug + Display {
    fn source(&self) -> Option<&(dyn Error + 'static)>;
    fn description(&self) -> &str;
}
impl<'a, E: Error + 'a> From<E> for Box<dyn Error + 'a> {}
impl<'a, E: Error + Send + Sync + 'a> From<E> for Box<dyn Error + Send + Sync + 'a> {}
impl<'a> From<&str> for Box<dyn Error + 'a> {}
impl<'a> From<String> for Box<dyn Error + 'a> {}
impl<'a> From<&str> for Box<dyn Error + Send + Sync + 'a> {}
impl<'a> From<String> for Box<dyn Error + Send + Sync + 'a> {}
impl<T: Error + ?Sized> Error for Box<T> {}
impl Error for crate::fmt::Error {}
