struct TempFile {
    path: String,
}

impl TempFile {
    fn keep(self) -> String {
        self.path //~ ERROR E0509
    }
}

impl Drop for TempFile {
    fn drop(&mut self) {
        println!("removing {}", self.path);
    }
}

fn main() {
    let f = TempFile { path: String::from("/tmp/a") };
    println!("{}", f.keep());
}
