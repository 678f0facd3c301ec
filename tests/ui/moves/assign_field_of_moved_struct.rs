// Assigning to a field of a moved value is an error of its own kind: "assign to part of moved value".

struct Pair {
    left: String,
    right: String,
}

fn consume(p: Pair) -> usize {
    p.left.len() + p.right.len()
}

fn refill_after_move(mut p: Pair) -> usize {
    let n = consume(p);
    p.left = String::from("again"); //~ ERROR E0382
    n
}

fn refill_whole_after_move(mut p: Pair) -> usize {
    let n = consume(p);
    p = Pair { left: String::new(), right: String::new() };
    n + consume(p)
}

fn main() {
    let a = Pair { left: String::new(), right: String::new() };
    let b = Pair { left: String::new(), right: String::new() };
    println!("{} {}", refill_after_move(a), refill_whole_after_move(b));
}
