// A tuple struct's constructor is private if any field is: E0603 through a path, E0423 for a
// name imported alone (the import brings only the type).
mod ids {
    pub struct UserId(u64);
    pub struct Pair(pub u8, u8);
    pub struct Open(pub u8);
    impl UserId {
        pub fn new(n: u64) -> UserId {
            UserId(n)
        }
    }
}

use ids::UserId;

fn main() {
    let a = UserId::new(1);
    let b = ids::Open(2);
    let c = ids::Pair(1, 2); //~ ERROR E0603
    let d = UserId(3); //~ ERROR E0423
    let _ = (a, b, c, d);
}
