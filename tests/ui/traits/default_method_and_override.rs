trait Describe {
    fn name(&self) -> String;
    fn describe(&self) -> String {
        format!("<{}>", self.name())
    }
}

struct Cat;
struct Dog {
    tag: String,
}

impl Describe for Cat {
    fn name(&self) -> String { String::from("cat") }
}

impl Describe for Dog {
    fn name(&self) -> String {
        self.tag.clone()
    }
    fn describe(&self) -> String {
        format!("dog {}", self.tag)
    }
}

fn main() {
    let d = Dog { tag: String::from("rex") };
    println!("{} {}", Cat.describe(), d.describe());
}
