// A lifetime of the enclosing fn written inside a closure is that fn's own region, not a fresh
// one: what the closure needs of it is checked against the fn's bounds.
fn store<'a, 'b: 'a>(out: &'a mut Vec<&'a u32>, item: &'b u32) {
    let mut put = || {
        let v: &'a u32 = item;
        out.push(v);
    };
    put();
}

fn store_unbounded<'a, 'b>(out: &'a mut Vec<&'a u32>, item: &'b u32) {
    let mut put = || {
        let v: &'a u32 = item; //~ ERROR lifetime may not live long enough
        out.push(v);
    };
    put();
}

fn forever<'a>(item: &'a u32) {
    let look = || {
        let _v: &'static u32 = item; //~ ERROR lifetime may not live long enough
    };
    look();
}

fn main() {}
