// Unsizing into a trait object needs the value to outlive the object's lifetime, also through a
// struct (`RefCell<T>` to `RefCell<dyn Tr>`) and with an explicit `'static` behind a reference.
// The object lifetime a signature leaves out is `'static` inside `RefCell<..>`.
use std::cell::RefCell;
use std::fmt::Debug;

fn through_cell(v: &Vec<i32>) {
    let cell = RefCell::new(v);
    let obj = &cell as &RefCell<dyn Debug>;
    show(obj); //~ ERROR E0521
}

fn show(_c: &RefCell<dyn Debug>) {}

fn explicit_static(v: &Vec<i32>) {
    let d: &(dyn Debug + 'static) = &v; //~ ERROR lifetime may not live long enough
    let _ = d;
}

fn local_cell() {
    let n = 5;
    let cell = RefCell::new(&n); //~ ERROR E0597
    let obj = &cell as &RefCell<dyn Debug>;
    show(obj);
}

fn inferred(v: &Vec<i32>) -> usize {
    let cell = RefCell::new(v);
    let obj = &cell as &RefCell<dyn Debug>;
    format!("{:?}", obj).len()
}

fn shorter<'a>(x: &'a i32) -> &'a RefCell<dyn Debug + 'a> {
    let r: &'a RefCell<&'a i32> = Box::leak(Box::new(RefCell::new(x)));
    r
}

fn main() {}
