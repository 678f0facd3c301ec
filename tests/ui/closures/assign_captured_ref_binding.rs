fn main() {
    let first = 1;
    let second = 2;
    let current: &i32 = &first;
    let mut switch = || {
        current = &second; //~ ERROR E0594
    };
    switch();
    println!("{}", current);
}
