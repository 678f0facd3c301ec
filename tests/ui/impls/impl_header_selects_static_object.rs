// A trait method called on a concrete type goes through the one impl that applies: its header's
// `dyn Sink` is `dyn Sink + 'static`, so a shorter-lived trait object cannot be passed.
trait Sink {}

trait Feed<S: ?Sized> {
    fn feed(&self, sink: &S) -> usize {
        let _ = sink;
        0
    }
}

struct Pipe;

impl Feed<dyn Sink> for Pipe {}

struct Tagged;

impl<'t> Feed<dyn Sink + 't> for Tagged {}

fn short(p: &Pipe, s: &dyn Sink) -> usize {
    p.feed(s) //~ ERROR E0521
}

fn any_lifetime(p: &Tagged, s: &dyn Sink) -> usize {
    p.feed(s)
}

fn long(p: &Pipe, s: &'static dyn Sink) -> usize {
    p.feed(s)
}

fn main() {
    struct Unit;
    impl Sink for Unit {}
    static U: Unit = Unit;
    println!("{} {} {}", long(&Pipe, &U), any_lifetime(&Tagged, &U), short(&Pipe, &U));
}
