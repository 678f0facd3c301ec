// `r as *mut T` reborrows `*r` as a raw pointer: `r` stays usable and nothing stays borrowed.
fn keep_using(r: &mut Vec<i32>) -> usize {
    let p = r as *mut Vec<i32>;
    r.push(1);
    unsafe { (*p).push(2) };
    r.len()
}

fn main() {
    let mut v = vec![0];
    let n = keep_using(&mut v);
    let q = &v as *const Vec<i32>;
    v.push(3);
    println!("{} {}", n, q.is_null());
}
