fn repeat<F>(n: u32, mut f: F)
where
    F: FnMut(u32),
{
    for i in 0..n {
        f(i);
    }
}

fn main() {
    let banner = String::from("hello");
    repeat(3, |i| {
        let owned = banner; //~ ERROR E0507
        println!("{} {}", i, owned);
    });
}
