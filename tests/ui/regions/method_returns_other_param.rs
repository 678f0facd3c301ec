//@ crate-type: lib
pub struct Catalog {
    pub default_name: String,
}

impl Catalog {
    pub fn pick(&self, wanted: &str) -> &str {
        if wanted.is_empty() {
            return &self.default_name;
        }
        wanted //~ ERROR lifetime may not live long enough
    }

    pub fn pick_ok<'a>(&'a self, wanted: &'a str) -> &'a str {
        if wanted.is_empty() {
            return &self.default_name;
        }
        wanted
    }
}
