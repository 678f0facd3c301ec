// A Drop impl failing coherence: rustc then computes no destructors, so the
// specialised impl below is not judged (no E0366).
struct Local<T>(T);

impl Drop for Local<u8> {
    fn drop(&mut self) {}
}

impl Drop for u32 { //~ ERROR E0117
    //~^ ERROR E0120
    fn drop(&mut self) {}
}

impl<'a> Drop for &'a mut Local<u16> { //~ ERROR E0120
    fn drop(&mut self) {}
}

fn main() {
    let _ = Local(1u8);
}
