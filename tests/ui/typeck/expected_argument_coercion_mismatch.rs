struct Job<T>(T);

fn run(job: Job<Box<dyn Fn(i32) -> i32>>) -> i32 {
    (job.0)(2)
}

fn main() {
    let n = run(Job(Box::new(7))); //~ ERROR E0277
    let shown: Option<&dyn std::fmt::Display> = Some(&vec![n]); //~ ERROR E0277
    println!("{:?}", shown.is_some());
}
