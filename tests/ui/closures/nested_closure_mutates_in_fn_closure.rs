fn twice<F: Fn()>(f: F) {
    f();
    f();
}

fn main() {
    let mut hits = 0;
    twice(|| twice(|| hits += 1));
    //~^ ERROR E0596
    //~| ERROR E0594
}
