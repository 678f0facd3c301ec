struct User {
    name: String,
    id: u32,
}

impl User {
    fn into_name(&self) -> String {
        self.name //~ ERROR E0507
    }
}

fn main() {
    let u = User { name: String::from("zed"), id: 1 };
    println!("{} {}", u.into_name(), u.id);
}
