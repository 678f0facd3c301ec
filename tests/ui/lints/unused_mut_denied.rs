// `unused_mut` is computed from the borrow checker's facts: a `mut` is used only by a mutation
// of a variable that may already hold a value, or by a closure that mutates its capture.
#![deny(unused_mut)]

struct Counter {
    n: u32,
}

impl Counter {
    fn bump(&mut self) {
        self.n += 1;
    }
}

fn first_assignment_is_no_mutation() -> u32 {
    let mut x; //~ ERROR unused_mut
    x = 3;
    x
}

fn reassigned() -> u32 {
    let mut y = 1;
    y = y + 1;
    y
}

fn through_a_mut_reference() {
    let mut r = &mut 0; //~ ERROR unused_mut
    *r += 1;
}

fn method_needs_mut_self(mut c: Counter) -> u32 {
    c.bump();
    c.n
}

fn unused_param(mut p: u32) -> u32 { //~ ERROR unused_mut
    p + 1
}

fn captured_and_mutated() -> u32 {
    let mut total = 0;
    let mut add = |k: u32| total += k;
    add(2);
    total
}

fn moved_into_closure_that_writes_through_it() {
    let mut target = &mut 5; //~ ERROR unused_mut
    let mut set = move || *target = 6;
    set();
}

fn moved_copy_mutated_inside() -> u32 {
    let mut seen = 0;
    let mut tick = move || {
        seen += 1;
        seen
    };
    tick()
}

fn temporary_moved_out_of_variable() {
    let mut v = vec![1];
    { v }.push(2);
}

fn closure_param_pattern() -> usize {
    [(1, 2)].iter().map(|&(mut a, b)| a + b).count() //~ ERROR unused_mut
}

#[allow(unused_mut)]
fn allowed_here() {
    let mut quiet = 1;
    let _ = quiet;
}

fn allowed_on_the_statement() {
    #[allow(unused_mut)]
    let mut quiet = 2;
    let _ = quiet;
}

fn underscore_names_are_skipped() {
    let mut _spare = 1;
}

fn main() {
    first_assignment_is_no_mutation();
    reassigned();
    through_a_mut_reference();
    method_needs_mut_self(Counter { n: 0 });
    unused_param(1);
    captured_and_mutated();
    moved_into_closure_that_writes_through_it();
    moved_copy_mutated_inside();
    temporary_moved_out_of_variable();
    closure_param_pattern();
    allowed_here();
    allowed_on_the_statement();
    underscore_names_are_skipped();
}
