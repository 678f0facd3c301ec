fn main() {
    let mut ticks = 0;
    let tick = || ticks += 1; //~ ERROR E0525
    let handlers: Vec<Box<dyn Fn()>> = vec![Box::new(tick)];
    for h in &handlers {
        h();
    }
}
