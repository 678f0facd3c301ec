// An `FnMut` closure may not hand out a mutable reference into its own captured state: the
// reference would outlive the call that made it.
fn main() {
    let mut counter = 0;
    let mut next = || &mut counter; //~ ERROR captured variable cannot escape `FnMut` closure body
    *next() += 1;
}
