//@ crate-type: lib
// E0603 in `use` items, type paths and bounds; a glob import brings only the names it may see.
mod kit {
    pub mod parts {
        pub struct Bolt;
        struct Nut;
        pub trait Fit {}
        trait Secret {}
        type Alias = u8;
        pub fn make() -> Bolt {
            let _n: Nut = Nut;
            let _a: Alias = 1;
            Bolt
        }
        impl Fit for Bolt {}
        impl Secret for Bolt {}
    }
}

use kit::parts::Nut; //~ ERROR E0603
use kit::parts::{Bolt, Fit};

pub fn fit<T: Fit>(t: T) -> T {
    t
}

pub fn secret<T: kit::parts::Secret>(t: T) -> T { //~ ERROR E0603
    t
}

pub fn alias() -> kit::parts::Alias { //~ ERROR E0603
    0
}

pub fn bolt() -> Bolt {
    fit(kit::parts::make())
}

mod glob_user {
    use crate::kit::parts::*;
    pub fn ok() -> Bolt {
        make()
    }
    pub fn not_imported() {
        let _n = Nut; //~ ERROR E0425
    }
}
