fn main() {
    let total = 0;
    let mut add = |x: i32| total += x; //~ ERROR E0594
    add(2);
}
