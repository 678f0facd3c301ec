trait Source<'s> {
    type Item: 's;
    fn item(&self) -> Option<Self::Item>;
}

trait Owned {
    type Data: 'static;
}

struct Lines<'a>(&'a str);

impl<'a> Source<'a> for Lines<'a> {
    type Item = &'a str;
    fn item(&self) -> Option<&'a str> {
        self.0.lines().next()
    }
}

struct Words<'a, 'b>(&'a str, &'b str);

impl<'a, 'b> Source<'b> for Words<'a, 'b> {
    type Item = &'a str; //~ ERROR E0477
    fn item(&self) -> Option<&'a str> {
        None
    }
}

impl<'a> Owned for Lines<'a> {
    type Data = &'a str; //~ ERROR E0477
}

impl<'a> Owned for Words<'a, 'a> {
    type Data = for<'x> fn(&'x str) -> usize;
}

fn main() {
    let l = Lines("a\nb");
    println!("{:?}", l.item());
}
