// A closure passed through a generic fn whose result is itself an argument: its signature comes
// from the inner fn's `Fn` bound (the outer parameter's type variable is a different one).

fn keep<T>(t: T) -> T {
    t
}

fn shape<F>(f: F) -> F
where
    F: Fn(&i32) -> &i32,
{
    f
}

fn main() {
    let f = keep(shape(|a: &i32| a));
    let g = keep(shape(|a: &i32| -> &i32 { a }));
    let h = keep(shape(|a| a));
    let x = 3;
    println!("{} {} {}", f(&x), g(&x), h(&x));
}
