fn checked_div(a: i32, b: i32) -> i32 {
    if b == 0 {
        panic!("division by zero");
    }
    a / b
}

fn main() {
    let v = vec![10, 20];
    let r = &v;
    assert!(r.len() == 2);
    assert_eq!(checked_div(r[1], 2), 10);
    eprintln!("checked {}", r.len());
    print!("{} ", v[0]);
    println!("{}", format!("{:?}", v));
}
