// An impl's self type must meet its struct's bounds under the impl's own where-clauses.
trait Shape {}
struct Labelled<T: Clone>(T);
struct Drawn<S: Shape>(S);
impl<T> Labelled<T> { fn none() {} } //~ ERROR E0277
impl<T: Clone> Labelled<T> { fn take(self) -> T { self.0 } }
trait Named {}
impl<T> Named for Labelled<T> {} //~ ERROR E0277
impl<S> Named for Drawn<S> {} //~ ERROR E0277
impl<S: Shape> Drawn<S> { fn inner(&self) -> &S { &self.0 } }
fn main() {}
