// The type written before an associated fn's name (`Cursor::<'x, 'y>::at`) must be well-formed:
// `Cursor` requires its second lifetime to outlive its first.
struct Cursor<'view, 'data: 'view> {
    at: &'view &'data [u8],
}

impl<'view, 'data> Cursor<'view, 'data> {
    fn first(bytes: &'data [u8]) -> Option<&'view u8> {
        let _ = bytes;
        None
    }
}

fn peek<'x, 'y>(bytes: &'y [u8]) -> Option<&'x u8> {
    Cursor::<'x, 'y>::first(bytes) //~ ERROR lifetime may not live long enough
}

fn peek_ok<'x, 'y: 'x>(bytes: &'y [u8]) -> Option<&'x u8> {
    Cursor::<'x, 'y>::first(bytes)
}

fn main() {
    let v = vec![1u8];
    let c = Cursor { at: &&v[..] };
    println!("{:?} {:?} {}", peek(&v), peek_ok(&v), c.at.len());
}
