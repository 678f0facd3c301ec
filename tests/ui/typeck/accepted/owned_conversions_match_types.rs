fn total(v: &[i32]) -> i32 {
    v.iter().sum()
}

fn boxed_double(n: i32) -> Box<i32> {
    Box::new(n * 2)
}

fn greeting(name: &str) -> String {
    let mut s = String::from("hello, ");
    s.push_str(name);
    s
}

fn main() {
    let name: String = "ferris".to_string();
    let v = vec![1, 2, 3];
    let best: i32 = *v.iter().max().unwrap();
    let b = boxed_double(21);
    println!("{} {} {} {} {}", name, total(&v), best, *b + 1, greeting("w"));
    println!("{:?}", v);
}
