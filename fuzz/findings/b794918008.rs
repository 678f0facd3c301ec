// borrowscope fuzz finding: line:E0382
// found by: npm run fuzz:rustc -- --seed 1004 --start 543 --count 1 (generator seed 3682182069)
// shrunk from 20 to 7 statements in 45 tests
// rustc 1.95:  E0382@17
// borrowscope: E0382@20
// unsupported: none
//
fn read_v(x: &Vec<i32>) -> i32 {
    x.len() as i32
}

fn main() {
    let a0: &mut Vec<i32> = &mut Vec::new();
    let a3 = a0;
    if let [x4, ..] = (*a3).as_slice() {
        for k5 in (*a3).iter() {
            read_v(&*a0);
        }
    }
    read_v(a0);
}
