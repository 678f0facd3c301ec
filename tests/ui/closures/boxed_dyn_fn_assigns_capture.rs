fn main() {
    let mut hits = 0;
    let on_click: Box<dyn Fn()> = Box::new(|| hits += 1); //~ ERROR E0594
    on_click();
}
