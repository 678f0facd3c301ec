struct Handle(Vec<u8>, u32);

impl Drop for Handle {
    fn drop(&mut self) {
        println!("drop handle {}", self.1);
    }
}

fn main() {
    let h = Handle(vec![1, 2, 3], 9);
    let bytes = h.0; //~ ERROR E0509
    println!("{:?}", bytes);
}
