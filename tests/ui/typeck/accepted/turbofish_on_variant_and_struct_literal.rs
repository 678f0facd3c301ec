// Type arguments written on a variant (`Slot::Empty::<u32>`), on its enum, or on a struct
// literal's path fix the type that inference would otherwise not know.
#[derive(Debug)]
enum Slot<T> {
    Empty,
    Full { value: T },
}

#[derive(Debug)]
struct Cell<T> {
    value: T,
}

fn main() {
    let a = Slot::Empty::<u32>;
    let b = Slot::<u8>::Empty;
    let c = Slot::Full::<u16> { value: Default::default() };
    let d = Cell::<i64> { value: Default::default() };
    if let Slot::Full { value } = c {
        println!("{:?} {:?} {} {}", a, b, value, d.value);
    }
}
