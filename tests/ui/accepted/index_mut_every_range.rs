// Every range form indexes mutably on slices, Vec, String and str (IndexMut).
use std::collections::VecDeque;

fn whole(v: &mut [i32]) -> &mut [i32] {
    &mut v[..]
}

fn main() {
    let mut v = vec![1, 2, 3, 4];
    whole(&mut v)[0] = 9;
    v[..].reverse();
    v[1..=2].sort();
    let tail = &mut v[2..];
    tail[0] += 1;
    let mut s = String::from("hello");
    s[..].make_ascii_uppercase();
    s[1..3].make_ascii_lowercase();
    let st: &mut str = &mut s[..=1];
    st.make_ascii_lowercase();
    let mut q: VecDeque<i32> = VecDeque::new();
    q.push_back(1);
    q[0] += 1;
    let mut arr = [3, 1, 2];
    arr[..].sort();
    println!("{:?} {} {:?} {:?}", v, s, q, arr);
}
