//@ crate-type: lib
pub trait Render {
    fn render(&self) -> String;
}

pub fn boxed<T: Render>(item: T) -> Box<dyn Render> {
    Box::new(item) //~ ERROR E0310
}

pub fn boxed_static<T: Render + 'static>(item: T) -> Box<dyn Render> {
    Box::new(item)
}

pub fn boxed_for<'a, T: Render>(item: T, _tag: &'a str) -> Box<dyn Render + 'a> {
    Box::new(item) //~ ERROR E0309
}

pub fn boxed_for_ok<'a, T: Render + 'a>(item: T, _tag: &'a str) -> Box<dyn Render + 'a> {
    Box::new(item)
}

pub fn boxed_ref<'a, T: Render>(item: &'a T) -> &'a dyn Render {
    item
}
