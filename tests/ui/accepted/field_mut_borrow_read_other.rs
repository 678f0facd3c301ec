struct Stats {
    count: u32,
    limit: u32,
}

fn main() {
    let mut s = Stats { count: 0, limit: 3 };
    let c = &mut s.count;
    let limit = s.limit;
    while *c < limit {
        *c += 1;
    }
    println!("{} {}", s.count, s.limit);
}
