fn sort(v: &mut Vec<i32>) {
    let n = v.len();
    for i in 0..n {
        for j in 0..n - 1 - i {
            if v[j] > v[j + 1] {
                v.swap(j, j + 1);
            }
        }
    }
}

fn main() {
    let mut v = vec![5, 2, 9, 1];
    sort(&mut v);
    assert_eq!(v, vec![1, 2, 5, 9]);
    println!("{:?}", v);
}
