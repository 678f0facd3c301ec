// borrowscope fuzz finding: missed:E0507
// found by: npm run fuzz:rustc -- --seed 20261130 --start 6525 --count 1 (generator seed 2650207598)
// shrunk from 26 to 7 statements in 42 tests
// rustc 1.95:  E0507@20, E0507@20
// borrowscope: E0507@20
// unsupported: none
//
fn make_s() -> String {
    String::from("made")
}

fn read_s(x: &String) -> i32 {
    x.len() as i32
}

fn main() {
    let a3: &mut String = &mut make_s();
    let mut a4: Option<String> = Some((*a3).clone());
    let mut c6: Box<dyn FnMut()> = Box::new(|| {
        let mut c7 = move || {
            let a8: Option<String> = a4;
            read_s(&*a3);
        };
    });
}
