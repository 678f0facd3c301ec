//@ crate-type: lib
fn register(name: &'static str) -> usize {
    name.len()
}

fn register_any<'k>(name: &'k str) -> usize
where
    'k: 'static,
{
    name.len()
}

pub fn setup(label: &str, other: &str) -> usize {
    register(label) //~ ERROR E0521
        + register_any(other) //~ ERROR E0521
}

pub fn setup_ok(label: &'static str) -> usize {
    register(label) + register_any(label)
}
