//@ polonius
// A borrow returned from one arm of a match; the other arm mutates the map-like vector.
fn slot(table: &mut Vec<(u8, i64)>, key: u8) -> &mut i64 {
    match table.iter_mut().position(|e| e.0 == key) {
        Some(i) => return &mut table[i].1,
        None => {}
    }
    let first = &mut table[0];
    if first.0 == key {
        return &mut first.1;
    }
    table.push((key, 0));
    let n = table.len();
    &mut table[n - 1].1
}

fn main() {
    let mut t = vec![(1, 10)];
    *slot(&mut t, 2) += 5;
    *slot(&mut t, 1) += 1;
    println!("{:?}", t);
}
