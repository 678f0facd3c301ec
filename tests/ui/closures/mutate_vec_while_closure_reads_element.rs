fn first<'a>(v: &'a Vec<i32>) -> &'a i32 {
    &v[0]
}

fn main() {
    let mut v = vec![4, 9];
    let head: &i32 = first(&v);
    let mut touch = || { //~ ERROR E0502
        v[0] = 1;
    };
    let noop = || {
        if head > &0 {
        } else {
        }
    };
    touch();
    noop();
}
