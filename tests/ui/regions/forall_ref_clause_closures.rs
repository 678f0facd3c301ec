// A closure carries the where-clauses of the fn it is written in. A `for<'r> &'r T: 'r` clause
// cannot prove itself for that closure (only the direct `for<'r> T: 'r` form can), so every
// closure built under it needs T: 'static.
fn with_ref_clause<P>(p: P) -> usize
where
    for<'r> &'r P: 'r,
{
    let count = || 1; //~ ERROR `P` does not live long enough
    let _ = p;
    count() //~ ERROR `P` does not live long enough
}

fn nested_under_ref_clause<Q>()
where
    for<'r> &'r Q: 'r,
{
    let outer = || { //~ ERROR `Q` does not live long enough
        let inner = |x: u8| x; //~ ERROR E0310
        inner(1) //~ ERROR E0310
    };
    outer(); //~ ERROR `Q` does not live long enough
}

fn direct_clause<R>(r: R)
where
    for<'r> R: 'r,
{
    let c = move || drop(r);
    c();
}

fn also_static<S: 'static>()
where
    for<'r> &'r S: 'r,
{
    let c = || 2;
    c();
}

fn main() {
    with_ref_clause(5u8);
    nested_under_ref_clause::<u8>();
    direct_clause(String::new());
    also_static::<u8>();
}
