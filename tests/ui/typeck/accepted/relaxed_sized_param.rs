// `?Sized` (inline or in a where clause) lets a parameter stand for `str` or a slice.
fn first_len<T: ?Sized + AsRef<[u8]>>(t: &T) -> usize {
    t.as_ref().len()
}

fn show<T>(t: &T) -> String
where
    T: ?Sized + std::fmt::Debug,
{
    format!("{t:?}")
}

fn main() {
    let v = vec![1, 2];
    println!("{} {} {}", first_len("abc"), show(&v[..]), show("x"));
}
