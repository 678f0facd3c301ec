// Calling a tuple struct's constructor with a parameter that misses the struct's bound: rustc
// reports the bound for the argument, and again for the well-formedness of the call's type.
struct Sendable<T: Send>(T);

fn wrap<T>(value: T) {
    let s = Sendable(value); //~ ERROR E0277
    //~| ERROR E0277
    drop(s.0);
}

fn main() {
    wrap(1);
}
