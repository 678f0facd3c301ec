struct Stats {
    hits: u32,
    misses: u32,
}

fn record(s: &mut Stats) {
    let mut hit = || s.hits += 1;
    let misses = &mut s.misses;
    hit();
    *misses += 1;
}

fn peek(s: &Stats) -> u32 {
    let read = || s.hits;
    let other = &s.misses;
    read() + *other
}

fn main() {
    let mut s = Stats { hits: 0, misses: 0 };
    record(&mut s);
    println!("{}", peek(&s));
}
