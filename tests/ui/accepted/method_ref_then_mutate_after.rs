struct Log {
    lines: Vec<String>,
}

impl Log {
    fn last(&self) -> &String {
        &self.lines[self.lines.len() - 1]
    }

    fn write(&mut self, s: &str) {
        self.lines.push(String::from(s));
    }
}

fn main() {
    let mut log = Log { lines: vec![String::from("boot")] };
    let l = log.last();
    println!("{}", l);
    log.write("ready");
    let owned = log.last().clone();
    log.write("again");
    println!("{} {}", owned, log.last());
}
