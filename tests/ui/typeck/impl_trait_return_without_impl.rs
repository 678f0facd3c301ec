// The hidden type of an `impl Trait` return must implement the trait.
trait Render {
    fn render(&self) -> String;
}

struct Page;

impl Render for Page {
    fn render(&self) -> String {
        String::from("page")
    }
}

fn make() -> impl Render { //~ ERROR E0277
    42u8
}

fn main() {
    println!("{}", make().render());
    println!("{}", Page.render());
}
