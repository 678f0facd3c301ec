#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Default)]
pub struct Duration {
    secs: u64,
    nanos: u32,
}
impl Hash for Duration {}
impl Duration {
    pub const ZERO: Duration;
    pub const MAX: Duration;
    pub const fn new(secs: u64, nanos: u32) -> Duration;
    pub const fn from_secs(secs: u64) -> Duration;
    pub const fn from_millis(millis: u64) -> Duration;
    pub const fn from_micros(micros: u64) -> Duration;
    pub const fn from_nanos(nanos: u64) -> Duration;
    pub fn from_secs_f64(secs: f64) -> Duration;
    pub fn from_secs_f32(secs: f32) -> Duration;
    pub const fn is_zero(&self) -> bool;
    pub const fn as_secs(&self) -> u64;
    pub const fn as_millis(&self) -> u128;
    pub const fn as_micros(&self) -> u128;
    pub const fn as_nanos(&self) -> u128;
    pub fn as_secs_f64(&self) -> f64;
    pub fn as_secs_f32(&self) -> f32;
    pub const fn subsec_millis(&self) -> u32;
    pub const fn subsec_micros(&self) -> u32;
    pub const fn subsec_nanos(&self) -> u32;
    pub const fn checked_add(self, rhs: Duration) -> Option<Duration>;
    pub const fn checked_sub(self, rhs: Duration) -> Option<Duration>;
    pub const fn saturating_sub(self, rhs: Duration) -> Duration;
}
impl Add for Duration {
    type Output = Duration;
}
impl Sub for Duration {
    type Output = Duration;
}
impl AddAssign for Duration {}
impl SubAssign for Duration {}
impl Mul<u32> for Duration {
    type Output = Duration;
}
impl Div<u32> for Duration {
    type Output = Duration;
}
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Instant {
    t: u64,
}
impl Hash for Instant {}
impl Instant {
    pub fn now() -> Instant;
    pub fn elapsed(&self) -> Duration;
    pub fn duration_since(&self, earlier: Instant) -> Duration;
    pub fn checked_duration_since(&self, earlier: Instant) -> Option<Duration>;
    pub fn saturating_duration_since(&self, earlier: Instant) -> Duration;
}
impl Add<Duration> for Instant {
    type Output = Instant;
}
impl Sub<Duration> for Instant {
    type Output = Instant;
}
impl Sub<Instant> for Instant {
    type Output = Duration;
}
impl AddAssign<Duration> for Instant {}
impl SubAssign<Duration> for Instant {}
