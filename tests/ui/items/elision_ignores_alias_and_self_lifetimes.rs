type Name = &'static str;

struct Reader<'a> {
    buf: &'a [u8],
}

impl<'a> Reader<'a> {
    fn take(self) -> &[u8] { //~ ERROR E0106
        self.buf
    }

    fn peek(&self) -> &[u8] {
        self.buf
    }
}

fn label(_n: Name) -> &str { //~ ERROR E0106
    "x"
}

fn first(x: &'static [u8]) -> &u8 {
    &x[0]
}

fn main() {
    let r = Reader { buf: b"ab" };
    let _ = r.peek();
    let _ = first(b"a");
}
