// One error per set of moves, chosen as rustc chooses it: blocks are visited in rustc's reverse
// postorder, so the assignment after the loop is the one reported (found by the fuzzer).
struct Pair {
    name: String,
    n: i32,
}

fn consume(p: Pair) -> i32 {
    p.n
}

fn main() {
    let mut p = Pair { name: String::from("x"), n: 1 };
    let mut i = 0;
    while i < 2 {
        consume(p);
        i += 1;
    }
    p.name = String::from("y"); //~ ERROR E0382
}
