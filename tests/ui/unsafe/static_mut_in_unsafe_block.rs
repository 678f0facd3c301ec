static mut V: Vec<i32> = Vec::new();
fn main() {
    unsafe {
        V.push(1);
        let r = &mut V;
        V.push(2);
        r.push(3);
        let n = V.len();
        println!("{}", n);
    }
}
