pub const unsafe fn unreachable_unchecked() -> !;
pub fn black_box<T>(dummy: T) -> T;
pub fn spin_loop();
pub const unsafe fn assert_unchecked(cond: bool);
