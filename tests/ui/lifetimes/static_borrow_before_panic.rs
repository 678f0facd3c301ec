// A function that always panics still unwinds out of its frame: a local borrowed for `'static`
// does not live long enough even though there is no `return`.

fn stash_then_panic(slot: &mut Option<&'static mut i32>) {
    let mut local = (0, 0);
    *slot = Some(&mut local.1); //~ ERROR E0597
    panic!("unwinding out of the frame");
}

fn stash_static(slot: &mut Option<&'static i32>) {
    static ANSWER: i32 = 42;
    *slot = Some(&ANSWER);
    panic!("nothing local is borrowed");
}

fn main() {
    let mut a = None;
    let mut b = None;
    let go = a.is_some();
    if go {
        stash_then_panic(&mut a);
        stash_static(&mut b);
    }
    println!("{:?} {:?}", a, b);
}
