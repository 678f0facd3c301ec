// Two where-clauses for one trait whose types differ only in lifetimes leave trait selection
// ambiguous (E0283); a where-clause naming no parameter must hold on its own (E0277).
trait Label {}
impl<'a, T> Label for &'a T {}
trait Tag {}
struct Plain;

fn both<'a, 'b>(x: &'a ()) where &'a (): Label, &'b (): Label {} //~ ERROR E0283
struct Holder<'a>(&'a ()) where &'a (): Label, &'static (): Label; //~ ERROR E0283
struct Needs where Plain: Tag; //~ ERROR E0277
struct Copies where String: Copy; //~ ERROR E0277
fn single<'a>(x: &'a ()) where &'a (): Label {}
struct Fine<'a>(&'a ()) where &'static (): Label;

fn main() {}
