#[derive(PartialEq, PartialOrd, Debug)]
struct Version {
    major: u32,
}

fn main() {
    let joined = String::from("own") + "ership";
    let mut a = vec![1, 2];
    a.extend(vec![3, 4]);
    let next = a.first().copied().map(|x| x + 1);
    let old = Box::new(Version { major: 1 });
    let new = Box::new(Version { major: 2 });
    let n: i32 = 3;
    let s = String::from("apples");
    let described = format!("{} {}", n, s);
    println!("{} {:?} {:?} {} {} {}", joined, a, next, *old < *new, old == new, described);
}
