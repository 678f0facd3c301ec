// A literal's `{integer}` type meets a bound of a trait with no impl: rustc reports it before
// integer fallback, naming `{integer}`.
trait Shape {}
fn area<S: Shape>(_s: S) {}

fn main() {
    area(7); //~ ERROR E0277
}
