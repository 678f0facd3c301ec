// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 20261129 --start 747 --count 1 (generator seed 823431266)
// shrunk from 18 to 8 statements in 54 tests
// rustc 1.95:  E0382@26
// borrowscope: E0382@22
// unsupported: none
//
#[derive(Debug, Clone)]
struct Pair {
    name: String,
    n: i32,
}

fn read_s(x: &String) -> i32 {
    x.len() as i32
}

fn main() {
    let mut a0: Pair = Pair { name: "xy".to_string(), n: 0 };
    drop(a0);
    let mut a1: String = String::from("xy");
    let mut c2 = || {
        let ref a3 = a0.n;
        a1.push_str(a0.name.as_str());
    };
    read_s(&a0.name);
}
