// Storing a borrow of another static (or a promoted constant) in a `static mut` is fine.
static VALUE: u32 = 3;
static mut SLOT: &u32 = &0;

fn store() {
    unsafe {
        SLOT = &VALUE;
        SLOT = &7;
    }
}

fn main() {
    store();
    let v = 1;
    let r: &u32 = &v;
    println!("{}", r);
}
