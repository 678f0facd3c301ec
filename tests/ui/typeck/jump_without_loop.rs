// `break` and `continue` need a loop of their own body: a closure, an array length or a const
// is a body of its own, whatever loop surrounds it.
const LIMIT: usize = {
    break; //~ ERROR E0268
    3
};

fn scan(items: &[i32]) -> i32 {
    let mut total = 0;
    for &x in items {
        let skip = |v: i32| {
            if v < 0 {
                continue; //~ ERROR E0267
            }
            v
        };
        total += skip(x);
    }
    'found: {
        for &x in items {
            if x == 7 {
                break 'found;
            }
        }
        total += 1;
    }
    let _sized = |_: [u8; break]| 0; //~ ERROR E0268
    total
}

fn main() {
    let _ = LIMIT;
    println!("{}", scan(&[1, -2, 7]));
}
