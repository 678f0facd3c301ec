// Building a struct whose where clause asks `F: Send` from a parameter that is not `Send`: the
// literal must meet the struct's bounds (E0277 at the field that fixed `F`).
struct Job<F>
where
    F: FnOnce() + Send,
{
    run: F,
}

fn wrap<F: FnOnce()>(f: F) {
    let job = Job { run: f }; //~ ERROR E0277
    (job.run)();
}

fn main() {
    wrap(|| {});
}
