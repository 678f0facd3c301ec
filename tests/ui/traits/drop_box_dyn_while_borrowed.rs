trait Named {
    fn name(&self) -> &str;
}

struct User {
    login: String,
}

impl Named for User {
    fn name(&self) -> &str {
        &self.login
    }
}

fn main() {
    let b: Box<dyn Named> = Box::new(User { login: String::from("root") });
    let n = b.name();
    drop(b); //~ ERROR E0505
    println!("{}", n);
}
