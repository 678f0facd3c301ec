// dbg! moves its argument and needs Debug; addr_of_mut! borrows mutably; stringify! is a &str;
// addr_of! of an uninitialised variable reads it.
struct Opaque;

fn not_debug() {
    dbg!(Opaque); //~ ERROR E0277
}

fn not_a_number() -> u32 {
    stringify!(1 + 2) //~ ERROR E0308
}

fn main() {
    let v = vec![1, 2];
    let w = dbg!(v);
    println!("{:?} {:?}", v, w); //~ ERROR E0382
    let fixed = 3;
    let p = std::ptr::addr_of_mut!(fixed); //~ ERROR E0596
    let unset: i32;
    let q = std::ptr::addr_of!(unset); //~ ERROR E0381
    println!("{:?} {:?}", p, q);
    not_debug();
    println!("{}", not_a_number());
}
