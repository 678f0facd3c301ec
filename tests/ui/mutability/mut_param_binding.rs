fn clamp(mut n: u32) -> u32 {
    if n > 10 {
        n = 10;
    }
    n
}

fn append(mut v: Vec<i32>) -> Vec<i32> {
    v.push(99);
    v
}

fn main() {
    println!("{} {:?}", clamp(42), append(vec![1]));
}
