// A type parameter is `Sized` unless it says `?Sized`: `&str` cannot give it `str`.
fn describe<T>(_t: &T) -> usize {
    std::mem::size_of::<usize>()
}

fn main() {
    let n = describe("hello"); //~ ERROR E0277
    println!("{n}");
}
