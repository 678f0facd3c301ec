use std::mem::ManuallyDrop;

union Holder {
    text: ManuallyDrop<String>,
    n: u64,
}

fn main() {
    let h = Holder { text: ManuallyDrop::new(String::from("x")) };
    let t = unsafe { h.text };
    let again = unsafe { h.n }; //~ ERROR E0382
    println!("{} {}", *t, again);
}
