pub type Result<T> = crate::result::Result<T, Error>;
pub struct Error {
    repr: Box<ErrorKind>,
}
impl Error {
    pub fn new<E>(kind: ErrorKind, error: E) -> Error where E: Into<Box<dyn crate::error::Error + Send + Sync>>;
    pub fn other<E>(error: E) -> Error where E: Into<Box<dyn crate::error::Error + Send + Sync>>;
    pub fn kind(&self) -> ErrorKind;
    pub fn last_os_error() -> Error;
}
impl Debug for Error {}
impl Display for Error {}
impl crate::error::Error for Error {}
impl From<ErrorKind> for Error {}
#[derive(Clone, Copy, PartialEq, Debug)]
pub enum ErrorKind {
    NotFound,
    PermissionDenied,
    ConnectionRefused,
    AlreadyExists,
    WouldBlock,
    InvalidInput,
    InvalidData,
    TimedOut,
    WriteZero,
    Interrupted,
    Unsupported,
    UnexpectedEof,
    OutOfMemory,
    Other,
}
impl Eq for ErrorKind {}
pub trait Read {
    fn read(&mut self, buf: &mut [u8]) -> Result<usize>;
    fn read_to_end(&mut self, buf: &mut Vec<u8>) -> Result<usize>;
    fn read_to_string(&mut self, buf: &mut String) -> Result<usize>;
    fn read_exact(&mut self, buf: &mut [u8]) -> Result<()>;
    fn bytes(self) -> Bytes<Self> where Self: Sized;
}
pub trait Write {
    fn write(&mut self, buf: &[u8]) -> Result<usize>;
    fn flush(&mut self) -> Result<()>;
    fn write_all(&mut self, buf: &[u8]) -> Result<()>;
}
pub trait BufRead: Read {
    fn read_line(&mut self, buf: &mut String) -> Result<usize>;
    fn lines(self) -> Lines<Self> where Self: Sized;
}
pub struct Bytes<R> {
    inner: R,
}
impl<R: Read> Iterator for Bytes<R> {
    type Item = Result<u8>;
}
pub struct Lines<B> {
    buf: B,
}
impl<B: BufRead> Iterator for Lines<B> {
    type Item = Result<String>;
}
pub struct Stdin {
    inner: u8,
}
pub fn stdin() -> Stdin;
impl Stdin {
    pub fn lock(&self) -> StdinLock<'static>;
    pub fn read_line(&self, buf: &mut String) -> Result<usize>;
    pub fn lines(self) -> Lines<StdinLock<'static>>;
}
pub struct StdinLock<'a> {
    inner: &'a Stdin,
}
impl Read for Stdin {}
impl<'a> Read for StdinLock<'a> {}
impl<'a> BufRead for StdinLock<'a> {}
pub struct Stdout {
    inner: u8,
}
pub fn stdout() -> Stdout;
impl Stdout {
    pub fn lock(&self) -> StdoutLock<'static>;
}
pub struct StdoutLock<'a> {
    inner: &'a Stdout,
}
impl Write for Stdout {}
impl<'a> Write for StdoutLock<'a> {}
pub struct Stderr {
    inner: u8,
}
pub fn stderr() -> Stderr;
impl Write for Stderr {}
pub struct BufReader<R> {
    inner: R,
}
impl<R: Read> BufReader<R> {
    pub fn new(inner: R) -> BufReader<R>;
}
impl<R> BufReader<R> {
    pub fn get_ref(&self) -> &R;
    pub fn get_mut(&mut self) -> &mut R;
    pub fn into_inner(self) -> R;
}
impl<R: Read> Read for BufReader<R> {}
impl<R: Read> BufRead for BufReader<R> {}
pub struct BufWriter<W: Write> {
    inner: W,
}
impl<W: Write> BufWriter<W> {
    pub fn new(inner: W) -> BufWriter<W>;
    pub fn get_ref(&self) -> &W;
    pub fn get_mut(&mut self) -> &mut W;
}
impl<W: Write> Write for BufWriter<W> {}
impl<W: Write> Drop for BufWriter<W> {}
impl Write for Vec<u8> {}
impl<W: Write + ?Sized> Write for &mut W {}
impl<R: Read + ?Sized> Read for &mut R {}
impl Read for &[u8] {}
impl BufRead for &[u8] {}
