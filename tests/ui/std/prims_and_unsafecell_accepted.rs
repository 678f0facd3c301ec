// Integer max_value/min_value, byte-order conversions and wrapping shifts, float NAN/INFINITY and their tests, UnsafeCell.
use std::cell::UnsafeCell;
fn main() {
    let a = i32::max_value() - u8::min_value() as i32;
    let b = u32::from_be(5).to_le().wrapping_shl(3);
    let c = f64::NAN.is_nan() && !f32::INFINITY.is_finite();
    let mut cell = UnsafeCell::new(3);
    *cell.get_mut() += 1;
    let p = cell.get();
    unsafe { *p += 1 };
    println!("{} {} {} {}", a, b, c, cell.into_inner());
}
