struct Job<T>(T);

fn run(job: Job<Box<dyn Fn(i32) -> i32>>) -> i32 {
    (job.0)(2)
}

fn first_word(line: &str) -> Option<&str> {
    let parts: Vec<_> = line.split(' ').collect();
    if let [w, ..] = &parts[..] { Some(w) } else { None }
}

fn main() {
    let n = run(Job(Box::new(|x| x + 1)));
    let shown: Option<&dyn std::fmt::Debug> = Some(&n);
    println!("{} {:?} {:?}", n, shown, first_word("a b"));
}
