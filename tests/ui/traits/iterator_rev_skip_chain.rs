fn main() {
    let a = vec![1, 2, 3, 4, 5];
    let b = [10, 20];
    let picked: Vec<i32> = a.iter().rev().skip(1).take(2).chain(b.iter()).copied().collect();
    let product = a.iter().fold(1, |acc, x| acc * x);
    let any_big = picked.iter().any(|&x| x > 15);
    let positions: Vec<usize> = a.iter().enumerate().filter(|(_, x)| **x % 2 == 1).map(|(i, _)| i).collect();
    println!("{:?} {} {} {:?}", picked, product, any_big, positions);
}
