// `for<'b> X: 'r` where X holds 'b itself asks a lifetime the caller cannot name to outlive 'r,
// which no call can prove. Clauses whose type only holds the item's own lifetimes stay provable.
struct Holder<'h>(&'h u8);

fn ref_clause<'a>(_a: &'a u8)
where
    for<'b> &'b (): 'a,
{
}

fn adt_clause<T>(_t: T)
where
    for<'b> Holder<'b>: 'static,
{
}

fn provable<'a, 'c>(_a: &'a u8, _c: &'c u8)
where
    for<'b> &'c (): 'a,
{
}

fn main() {
    ref_clause(&1); //~ ERROR higher-ranked lifetime error
    adt_clause(2u8); //~ ERROR higher-ranked lifetime error
    let x = 3;
    provable(&x, &x);
}
