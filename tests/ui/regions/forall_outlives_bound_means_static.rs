// A `for<'r> T: 'r` clause asks T to outlive a lifetime the caller cannot name: only types that
// outlive 'static qualify. The clause itself (in the caller's where-clauses) is enough.
fn any_lifetime<T>(_t: Option<T>)
where
    for<'r> T: 'r,
{
}

struct Wrap<'w>(&'w u8);

fn generic<U>() {
    any_lifetime::<U>(None); //~ ERROR `U` does not live long enough
}

fn borrowed<'b>(w: Wrap<'b>) {
    any_lifetime::<Wrap<'b>>(Some(w)); //~ ERROR lifetime may not live long enough
}

fn forwarded<V>()
where
    for<'r> V: 'r,
{
    any_lifetime::<V>(None);
}

fn owned() {
    any_lifetime::<String>(None);
    any_lifetime::<Wrap<'static>>(None);
}

fn main() {
    generic::<u8>();
    borrowed(Wrap(&1));
    forwarded::<u8>();
    owned();
}
