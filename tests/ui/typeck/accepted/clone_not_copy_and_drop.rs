#[derive(Clone)]
struct Label {
    id: u32,
    text: String,
}

#[derive(Clone, Copy)]
struct Meters(f64);

struct Handle {
    fd: i32,
}

impl Drop for Handle {
    fn drop(&mut self) {
        println!("closing {}", self.fd);
    }
}

fn main() {
    let a = Label { id: 1, text: String::from("x") };
    let b = a.clone();
    let m = Meters(1.5);
    let n = m;
    let h = Handle { fd: 3 };
    println!("{} {} {} {} {}", a.id, b.text, m.0, n.0, h.fd);
}
