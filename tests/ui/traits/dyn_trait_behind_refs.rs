trait Log {
    fn record(&mut self, line: &str);
    fn count(&self) -> usize;
}

struct Memory {
    lines: Vec<String>,
}

impl Log for Memory {
    fn record(&mut self, line: &str) {
        self.lines.push(line.to_string());
    }
    fn count(&self) -> usize { self.lines.len() }
}

fn work(log: &mut dyn Log) {
    log.record("start");
    log.record("end");
}

fn report(log: &dyn Log) -> usize { log.count() }

fn main() {
    let mut m = Memory { lines: Vec::new() };
    work(&mut m);
    println!("{} {:?}", report(&m), m.lines);
}
