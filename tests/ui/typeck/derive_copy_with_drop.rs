#[derive(Clone, Copy)]
struct Handle { //~ ERROR E0184
    fd: i32,
}

impl Drop for Handle {
    fn drop(&mut self) {
        println!("closing {}", self.fd);
    }
}

fn main() {
    let h = Handle { fd: 3 };
    println!("{}", h.fd);
}
