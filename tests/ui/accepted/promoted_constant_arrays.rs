// Arrays of constants are promoted to 'static memory, and so is `&mut []`.
fn table() -> &'static [u8] {
    &[1, 2, 3]
}

fn zeros() -> &'static [i32; 4] {
    &[0; 4]
}

fn main() {
    let mut slots: Vec<&mut [u32; 0]> = Vec::new();
    for _ in 0..3 {
        slots.push(&mut []);
    }
    println!("{:?} {:?} {}", table(), zeros(), slots.len());
}
