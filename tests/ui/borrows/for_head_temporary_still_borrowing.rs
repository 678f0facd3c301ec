// The head's temporary holds its borrow until the loop ends, so the body may not mutate.
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
    let mut items = vec![1, 2, 3];
    for x in Guard(&items).iter() {
        items.push(*x); //~ ERROR E0502
        break;
    }
    println!("{}", items.len());
}
