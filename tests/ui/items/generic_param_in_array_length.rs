use std::mem::size_of;

struct Slots<T> { //~ ERROR E0392
    raw: [u8; size_of::<T>()], //~ ERROR generic parameters may not be used in const operations
}

struct Fixed<const N: usize> {
    data: [u8; N],
}

fn grow<const N: usize>() -> [u8; N + 1] { //~ ERROR generic parameters may not be used in const operations
    [0; 1]
}

fn keep<const N: usize>(f: Fixed<N>) -> [u8; N] {
    f.data
}

fn main() {
    let f = Fixed { data: [1u8; 3] };
    println!("{:?}", keep(f));
    let _ = grow::<2>;
    let _: Option<Slots<u8>> = None;
}
