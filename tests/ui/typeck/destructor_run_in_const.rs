// A value with drop glue dropped while still holding something, in a constant: the destructor
// would have to run at compile time (E0493). Moving it on as a whole, as `LEN` does, is fine.
const LEN: usize = {
    let v: Vec<i32> = Vec::new();
    let w = v;
    std::mem::forget(w);
    0
};

const EMPTY: [String; 0] = [String::new(); 0]; //~ ERROR E0493

fn main() {
    println!("{} {}", LEN, EMPTY.len());
}
