// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 20261127 --start 2379 --count 1 (generator seed 1255097883)
// shrunk from 25 to 6 statements in 35 tests
// rustc 1.95:  E0382@21
// borrowscope: E0382@20
// unsupported: none
//
fn make_s() -> String {
    String::from("made")
}

fn read_s(x: &String) -> i32 {
    x.len() as i32
}

fn main() {
    let a1: &mut String = &mut make_s();
    let mut c4 = || {
        drop(a1);
        let a5: Box<i32> = Box::new(read_s(&*a1));
        println!("{:?}", a1);
    };
}
