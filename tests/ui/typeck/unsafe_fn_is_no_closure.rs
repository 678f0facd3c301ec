// An unsafe fn item or pointer implements none of the Fn traits, so it cannot be passed where a
// closure is expected; wrapping the call in a closure with an unsafe block is fine.
unsafe fn double(x: u32) -> u32 {
    x * 2
}

fn apply<F: Fn(u32) -> u32>(f: F) -> u32 {
    f(1)
}

fn main() {
    let wrapped = apply(|x| unsafe { double(x) });
    let direct = apply(double); //~ ERROR E0277
    let ptr: unsafe fn(u32) -> u32 = double;
    let through_ptr = Some(2).map(ptr); //~ ERROR E0277
    println!("{} {} {:?}", wrapped, direct, through_ptr);
}
