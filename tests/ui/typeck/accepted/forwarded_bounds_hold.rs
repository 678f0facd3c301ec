// The element-wise impls hold when the elements have them; a poisoned lock's error is `Debug`
// whatever it guards.
use std::sync::Mutex;

#[derive(Debug, Clone)]
struct Point {
    x: i32,
}

struct Opaque {
    n: u32,
}

fn dup<T: Clone>(t: &T) -> T {
    t.clone()
}

fn main() {
    let pts = vec![Point { x: 1 }];
    println!("{:?} {:?}", pts, (1, Point { x: 2 }, [0.5; 2]));
    let again = dup(&Some(Point { x: pts[0].x }));
    println!("{again:?}");
    let m = Mutex::new(Opaque { n: 3 });
    let n = m.lock().unwrap().n;
    println!("{n}");
}
