fn main() {
    let mut total = 0;
    {
        let a = 1;
        {
            let b = &a;
            total += *b;
        }
        let c = &mut total;
        *c += a;
    }
    println!("{}", total);
}
