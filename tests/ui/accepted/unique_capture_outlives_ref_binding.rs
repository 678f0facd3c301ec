fn main() {
    let mut total = 1;
    let mut bump;
    {
        let r = &mut total;
        bump = move || *r += 1;
    }
    bump();
    let mut count = 0;
    let mut inc;
    {
        let c = &mut count;
        inc = || *c += 1;
    }
    inc();
}
