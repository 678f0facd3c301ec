// A `Box<dyn Fn()>` dropped at the top of a loop and called after: the next iteration's `drop`
// moves the box the previous one already moved, and that is where rustc reports it.
fn main() {
    let hello: Box<dyn Fn()> = Box::new(|| println!("hi"));
    loop {
        drop(hello); //~ ERROR E0382
        hello();
    }
}
