fn visit<'a, 'b, F>(_outer: &'a u8, _inner: &'b u8, _f: F)
where
    F: Fn(&'a &'b u8), //~ ERROR E0491
{
}

fn visit_ok<'a, 'b: 'a, F>(_outer: &'a u8, _inner: &'b u8, _f: F)
where
    F: Fn(&'a &'b u8),
{
}

fn implied<'a, 'b, G: Fn(&'a &'b u8)>(_pair: &'a &'b u8, _g: G) {}

fn main() {
    visit_ok(&1, &2, |_| {});
    implied(&&3, |_| {});
    let _ = visit::<fn(&&u8)>;
}
