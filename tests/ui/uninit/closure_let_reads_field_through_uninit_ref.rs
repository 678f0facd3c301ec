// A closure body's `let` reads `(*r).label` where the closure is built: rustc reports the
// uninitialised `r` at that read in the body; the move out of the reference is the body's E0507.
struct Tag {
    label: String,
}

fn main() {
    let r: &Tag;
    let show = || {
        let text: String = r.label; //~ ERROR E0381
        //~^ ERROR E0507
        println!("{}", text);
    };
    show();
}
