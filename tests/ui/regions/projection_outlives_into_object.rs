// `<T as Source>::Out: 'r` for a trait object: proven by a where-clause on the projection, by an
// argument type (`&'a T::Out`), by the associated type's own bound, or by T: 'r (its component).
trait Show {}
impl Show for u8 {}

trait Source {
    type Out: Show;
    type Kept: Show + 'static;
    fn take(self) -> Self::Out;
    fn peek(&self) -> &Self::Out;
    fn kept(&self) -> Self::Kept;
}

fn needs_static<S: Source>(s: S) -> Box<dyn Show + 'static> {
    Box::new(s.take()) //~ ERROR E0310
}

fn needs_a<'a, S: Source>(s: S) -> Box<dyn Show + 'a> {
    Box::new(s.take()) //~ ERROR E0309
}

fn by_where<'a, S: Source>(s: S) -> Box<dyn Show + 'a>
where
    S::Out: 'a,
{
    Box::new(s.take())
}

fn by_qualified_where<S: Source>(s: S) -> Box<dyn Show>
where
    <S as Source>::Out: 'static,
{
    Box::new(s.take())
}

fn by_component<'a, S: Source + 'a>(s: S) -> Box<dyn Show + 'a> {
    Box::new(s.take())
}

fn by_argument<'a, S: Source>(_s: &S, out: &'a S::Out) -> &'a dyn Show {
    out
}

fn by_item_bound<S: Source>(s: &S) -> Box<dyn Show> {
    Box::new(s.kept())
}

fn wrong_where<'a, 'b, S: Source>(s: S) -> Box<dyn Show + 'a>
where
    S::Out: 'b,
{
    Box::new(s.take()) //~ ERROR E0309
}

fn main() {
    let _ = (needs_static::<Src>, needs_a::<Src>, by_where::<Src>, by_qualified_where::<Src>);
    let _ = (by_component::<Src>, by_argument::<Src>, by_item_bound::<Src>, wrong_where::<Src>);
}

struct Src;
impl Source for Src {
    type Out = u8;
    type Kept = u8;
    fn take(self) -> u8 { 0 }
    fn peek(&self) -> &u8 { &0 }
    fn kept(&self) -> u8 { 0 }
}

trait Bounded
where
    Self::Part: 'static,
{
    type Part: Show;
    fn part(&self) -> Self::Part;
}

// The trait's where-clause on its associated type bounds every projection of it.
fn by_trait_where<B: Bounded>(b: &B) -> Box<dyn Show> {
    Box::new(b.part())
}
