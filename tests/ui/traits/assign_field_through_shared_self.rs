trait Touch {
    fn touch(&self);
}

struct File {
    stamp: u64,
}

impl Touch for File {
    fn touch(&self) {
        self.stamp += 1; //~ ERROR E0594
    }
}

fn main() {
    let f = File { stamp: 0 };
    f.touch();
    println!("{}", f.stamp);
}
