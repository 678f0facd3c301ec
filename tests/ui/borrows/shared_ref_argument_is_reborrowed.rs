// Passing a `&T` variable where a `&T` is expected reborrows it (`&*r`): with the variable
// mutably borrowed by a closure that is still alive, that is E0502 on `*r`, not a use of `r`.
fn width(b: &Box<i32>) -> i32 {
    **b
}

fn main() {
    let boxed = Box::new(4);
    let mut view: &Box<i32> = &boxed;
    let mut reset = || {
        view = &boxed;
    };
    width(view); //~ ERROR E0502
    reset();
}
