// Signed and unsigned integers have different inherent methods: `abs` and `signum` are signed only.
fn main() {
    let a = 5u32.next_power_of_two() + 7u8.count_ones() as u32;
    let b = (-3i64).unsigned_abs() + 2u64.abs_diff(9);
    let (c, o) = 200u8.overflowing_add(100);
    let d = i32::from_str_radix("ff", 16).unwrap_or(0).rotate_left(2);
    let e = 5u32.abs(); //~ ERROR E0599
    let f = 3u16.signum(); //~ ERROR E0599
    println!("{} {} {} {} {}", a, b, c, o, d);
}
