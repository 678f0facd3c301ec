// Closures that mutate through a `&mut` variable borrow it uniquely: two at once is E0524,
// another borrow while one lives is E0501.

fn bump(r: &mut i32) {
    *r += 1;
}

fn two_closures(x: &mut i32) {
    let mut first = || bump(&mut *x);
    let mut second = || bump(&mut *x); //~ ERROR E0524
    second();
    first();
}

fn read_while_unique(x: &mut i32) {
    let mut f = || bump(&mut *x);
    let seen = &x; //~ ERROR E0501
    f();
    println!("{}", seen);
}

fn one_after_another(x: &mut i32) {
    let mut first = || bump(&mut *x);
    first();
    let mut second = || bump(&mut *x);
    second();
}

fn main() {
    let mut n = 0;
    two_closures(&mut n);
    read_while_unique(&mut n);
    one_after_another(&mut n);
}
