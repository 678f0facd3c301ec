// The temporaries of a `for` loop's head are dropped when the loop ends (rustc's `DropTemps`),
// even when the loop is the block's tail: the guard below is gone before `items` is.
struct Guard<'a>(&'a [u32]);

impl Drop for Guard<'_> {
    fn drop(&mut self) {
        println!("done with {}", self.0.len());
    }
}

impl Guard<'_> {
    fn iter(&self) -> std::slice::Iter<'_, u32> {
        self.0.iter()
    }
}

fn main() {
    let items = vec![1, 2, 3];
    for x in Guard(&items).iter() {
        println!("{}", x);
    }
}
