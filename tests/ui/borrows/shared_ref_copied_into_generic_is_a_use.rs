// A `&T` passed where the parameter is generic is copied, not reborrowed: a use of the
// mutably borrowed variable (E0503).
fn keep<T>(value: T) -> T {
    value
}

fn main() {
    let boxed = Box::new(4);
    let mut view: &Box<i32> = &boxed;
    let mut reset = || {
        view = &boxed;
    };
    keep(view); //~ ERROR E0503
    reset();
}
