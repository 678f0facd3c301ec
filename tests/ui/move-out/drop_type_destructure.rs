struct Session {
    user: String,
    id: u32,
}

impl Drop for Session {
    fn drop(&mut self) {
        println!("closing {} for {}", self.id, self.user);
    }
}

fn main() {
    let s = Session { user: String::from("amy"), id: 3 };
    let Session { user, id } = s; //~ ERROR E0509
    println!("{} {}", user, id);
}
