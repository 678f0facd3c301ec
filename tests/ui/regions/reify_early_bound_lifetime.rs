// Making a fn item a pointer relates the item's early-bound lifetimes (here `'k`, early-bound
// because a where-clause names it) to the pointer type, so what the call returns is tied to its
// argument; a late-bound one is fixed anew at each call.
fn pick<'k>(v: &'k str) -> &'k str
where
    'k: 'k,
{
    v
}

fn late<'k>(v: &'k str) -> &'k str {
    v
}

fn leak<'s>(s: &'s str) -> &'static str {
    let f: fn(_) -> _ = pick;
    f(s) //~ ERROR lifetime may not live long enough
}

fn twice(a: &str, b: &'static str) -> &'static str {
    let g: fn(&str) -> &str = late;
    let _ = g(a);
    g(b)
}

fn main() {
    println!("{} {}", leak("x"), twice("y", "z"));
}
