struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("release {}", self.name);
    }
}

fn main() {
    let g = Guard { name: String::from("lock") };
    let name = g.name; //~ ERROR E0509
    println!("{}", name);
}
