// Normalising `<X as Trait<'r>>::Name` in a signature selects the impl, whose own lifetime
// bounds must then follow from the fn's (E0803 where they do not, E0623 in a parameter's type;
// the body's borrow check needs them too).
trait Pick<'s> {
    type Out;
}

impl<'r, 's: 'r> Pick<'s> for &'r u8 {
    type Out = u8;
}

struct Pair;

impl<'x, 'y> Pick<'x> for (Pair, &'y u8)
where
    'y: 'x,
{
    type Out = ();
}

fn long_enough<'s: 'r, 'r>(v: <&'r u8 as Pick<'s>>::Out) -> u8 {
    v
}

fn too_short<'s, 'r: 's>(v: <&'r u8 as Pick<'s>>::Out) -> u8 {
    //~^ ERROR E0623
    //~| ERROR lifetime may not live long enough
    v
}

fn where_ok<'x, 'y: 'x>()
where
    <(Pair, &'y u8) as Pick<'x>>::Out: Copy,
{
}

fn where_bad<'x, 'y>()
where
    <(Pair, &'y u8) as Pick<'x>>::Out: Copy, //~ ERROR E0803
{
}

fn main() {
    let _ = (long_enough(1), too_short(2));
    where_ok();
    where_bad();
}
