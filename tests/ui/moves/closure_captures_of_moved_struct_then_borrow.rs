// A closure capturing two fields of a moved struct, then a borrow of one of them: rustc captures
// one root's fields in field order (`name` before `n`), so the last error of this move is the
// borrow after the closure, and it is the one reported.
struct Pair {
    name: String,
    n: i32,
}

fn main() {
    let p = Pair { name: String::from("xy"), n: 0 };
    drop(p);
    let mut out = String::new();
    let mut append = || {
        let ref count = p.n;
        out.push_str(p.name.as_str());
        println!("{}", count);
    };
    append();
    println!("{}", &p.name); //~ ERROR E0382
}
