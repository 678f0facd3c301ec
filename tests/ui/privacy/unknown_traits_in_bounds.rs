//@ crate-type: lib
// E0405: a bound names no trait; E0404: it names a type.
pub struct Meters(pub f64);
pub trait Measure {}

pub fn length<T: Mesure>(t: T) -> T { //~ ERROR E0405
    t
}

pub fn by_where<T>(t: T) -> T
where
    T: Measure + Lenght, //~ ERROR E0405
{
    t
}

pub fn not_a_trait<T: Meters>(t: T) -> T { //~ ERROR E0404
    t
}

pub fn in_arg(m: impl Measured) {} //~ ERROR E0405

pub trait Scaled: Measurable {} //~ ERROR E0405

impl Displayy for Meters {} //~ ERROR E0405

mod units {
    pub trait Unit {}
}

pub fn module_path<T: units::Unitt>(t: T) -> T { //~ ERROR E0405
    t
}
