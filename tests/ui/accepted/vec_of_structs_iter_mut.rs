#[derive(Debug)]
struct Task {
    name: String,
    done: bool,
}

fn main() {
    let mut tasks = vec![Task { name: String::from("a"), done: false }, Task { name: String::from("b"), done: false }];
    for t in &mut tasks {
        if t.name == "a" {
            t.done = true;
        }
    }
    let mut open = 0;
    for t in &tasks {
        if !t.done {
            open += 1;
        }
    }
    println!("{:?} {}", tasks, open);
}
