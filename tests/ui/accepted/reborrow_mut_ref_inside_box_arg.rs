// Reborrowing a `&mut` stored in a boxed tuple argument needs no `mut` on the argument.
fn first<'a>(pair: Box<(&'a mut u32, &'a mut u32)>) -> &'a mut u32 {
    pair.0
}

fn second<'a>(pair: Box<(&'a mut u32, &'a mut u32)>) -> &'a mut u32 {
    &mut *pair.1
}

fn main() {
    let (mut a, mut b) = (1, 2);
    *first(Box::new((&mut a, &mut b))) += 10;
    let (mut c, mut d) = (3, 4);
    *second(Box::new((&mut c, &mut d))) += 10;
    println!("{} {} {} {}", a, b, c, d);
}
