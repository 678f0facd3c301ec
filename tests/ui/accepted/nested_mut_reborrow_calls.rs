fn fill(v: &mut Vec<i32>, n: i32) {
    for i in 0..n {
        v.push(i);
    }
}

fn fill_twice(v: &mut Vec<i32>) {
    fill(v, 2);
    fill(v, 3);
    v.push(-1);
}

fn main() {
    let mut v = Vec::new();
    fill_twice(&mut v);
    println!("{:?}", v);
}
