fn main() {
    let mut last = 0;
    let set: &dyn Fn(i32) = &|v| last = v; //~ ERROR E0594
    set(3);
}
