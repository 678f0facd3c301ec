struct Buf {
    data: Vec<u8>,
}

impl Buf {
    unsafe fn get(&self, i: usize) -> u8 {
        unsafe { *self.data.get_unchecked(i) }
    }
}

fn main() {
    let b = Buf { data: vec![1, 2, 3] };
    let x = b.get(1); //~ ERROR E0133
    let y = unsafe { b.get(2) };
    println!("{} {}", x, y);
}
