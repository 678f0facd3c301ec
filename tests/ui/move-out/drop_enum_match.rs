enum Resource {
    File(String),
    Socket(u16),
}

impl Drop for Resource {
    fn drop(&mut self) {
        println!("closing resource");
    }
}

fn main() {
    let r = Resource::File(String::from("log.txt"));
    match r { //~ ERROR E0509
        Resource::File(path) => println!("file {}", path),
        Resource::Socket(port) => println!("port {}", port),
    }
}
