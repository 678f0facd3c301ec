// Tuples are `Debug` element-wise.
struct Token;

fn main() {
    let pair = (1, Token);
    println!("{:?}", pair); //~ ERROR E0277
}
