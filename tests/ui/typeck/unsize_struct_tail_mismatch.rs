struct Packet<T: ?Sized> {
    len: usize,
    data: T,
}

struct Pair<T: ?Sized> {
    first: Box<T>,
    second: T,
}

trait Shape {
    fn area(&self) -> u32;
}

fn main() {
    let p = Packet { len: 1, data: [1u8, 2, 3] };
    let q: &Packet<[u16]> = &p; //~ ERROR E0308
    let r: &Packet<dyn Shape> = &Packet { len: 0, data: 5u8 }; //~ ERROR E0277
    let s = Pair { first: Box::new([1u8]), second: [2u8] };
    let t: &Pair<[u8]> = &s; //~ ERROR E0308
    println!("{} {} {}", q.len, r.len, t.second.len());
}
