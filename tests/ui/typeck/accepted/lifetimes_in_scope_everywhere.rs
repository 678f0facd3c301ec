struct Pair<'a, T> {
    left: &'a T,
    right: &'a T,
}

trait Pick<'a, T> {
    fn pick(&self, first: bool) -> &'a T;
}

impl<'a, T> Pick<'a, T> for Pair<'a, T> {
    fn pick(&self, first: bool) -> &'a T {
        let chosen: &'a T = if first { self.left } else { self.right };
        chosen
    }
}

fn apply<F>(f: F) -> usize
where
    F: for<'x> Fn(&'x str) -> &'x str,
{
    f("hello").len()
}

fn main() {
    let (a, b) = (1, 2);
    let p = Pair { left: &a, right: &b };
    let g: for<'y> fn(&'y str) -> &'y str = |s| s;
    println!("{} {} {}", p.pick(true), apply(|s| &s[1..]), g("x"));
}
