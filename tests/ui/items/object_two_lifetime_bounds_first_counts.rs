// With two lifetime bounds on a trait object (E0226) the first one is its lifetime: it must
// still outlive what the trait's supertraits require (E0478).
trait Within<'s>: 's {}

struct Keep<'s, 't> {
    held: Box<dyn Within<'s> + 't + 's>,
    //~^ ERROR E0226
    //~| ERROR E0478
}

struct Fine<'s, 't: 's> {
    held: Box<dyn Within<'s> + 't + 's>, //~ ERROR E0226
}

fn main() {
    let _: Option<Keep<'static, 'static>> = None;
    let _: Option<Fine<'static, 'static>> = None;
}
