use std::thread;

fn main() {
    let data = vec![1, 2, 3, 4];
    let mut left_sum = 0;
    let mut right_sum = 0;
    let (left, right) = data.split_at(2);
    thread::scope(|s| {
        s.spawn(|| left_sum = left.iter().sum());
        s.spawn(|| right_sum = right.iter().sum());
    });
    println!("{} {} {:?}", left_sum, right_sum, data);
}
