// A trait method called on a type parameter uses the lifetimes its bound names: `S: Source<'s>`
// makes `src.fetch()` return `&'s str`, whatever the caller hoped for.
trait Source<'s> {
    fn fetch(&self) -> &'s str;
}

struct Fixed<'s>(&'s str);

impl<'s> Source<'s> for Fixed<'s> {
    fn fetch(&self) -> &'s str {
        self.0
    }
}

fn read<'s, 'o, S: Source<'s>>(src: S, _other: &'o str) -> &'o str {
    src.fetch() //~ ERROR lifetime may not live long enough
}

fn read_ok<'s, S>(src: S) -> &'s str
where
    S: Source<'s>,
{
    src.fetch()
}

fn main() {
    println!("{} {}", read(Fixed("a"), "b"), read_ok(Fixed("c")));
}
