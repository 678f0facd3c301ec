// A closure whose signature the parent infers (`|v| v`) requires its input to outlive its output;
// the parent checks that at every call, and the signature's lifetimes are the same at all calls:
// once a result is returned, every argument ever passed must outlive the return.
fn pick(first: &i32) -> &i32 {
    let scratch = 10;
    let same = |v| v;
    let _ = same(&scratch);
    same(first) //~ ERROR E0515
}

fn pick_fresh(first: &i32) -> &i32 {
    let scratch = 10;
    let same = |v: &i32| *v;
    let _ = same(&scratch);
    let keep = |v| v;
    keep(first)
}

fn pick_bad() -> &'static i32 {
    let scratch = 10;
    let same = |v| v;
    same(&scratch) //~ ERROR E0515
}

fn main() {
    println!("{} {} {}", pick(&1), pick_fresh(&2), pick_bad());
}
