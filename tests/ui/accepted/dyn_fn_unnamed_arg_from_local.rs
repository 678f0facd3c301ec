// An object type's unnamed argument lifetimes are higher-ranked: any borrow will do.
static PRINT: &(dyn Fn(&u32) + Sync) = &|v| println!("{}", v);

fn call(f: &mut dyn FnMut(&mut [u8])) {
    let mut buf = [0u8; 2];
    f(&mut buf);
}

fn main() {
    let local = 4;
    PRINT(&local);
    PRINT(&7);
    let mut total = 0u32;
    call(&mut |b| total += b.len() as u32);
    let g: Box<dyn Fn(&u32, &'static u32)> = Box::new(|a, b| println!("{} {}", a, b));
    g(&local, &8);
    println!("{}", total);
}
