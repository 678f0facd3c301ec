// E0070: the left side of `=` must be a place (destructuring assignments take places too);
// E0067 for compound assignment.
const LIMIT: u32 = 10;

fn next() -> u32 {
    1
}

fn main() {
    let mut a = 1u32;
    let mut b = 2u32;
    let mut v = vec![0u32; 3];
    v[0] = a;
    *v.last_mut().unwrap() = b;
    a += v[1];
    LIMIT = 5; //~ ERROR E0070
    next() = a; //~ ERROR E0070
    a + 1 = b; //~ ERROR E0070
    (b, 3) = (1, 2); //~ ERROR E0070
    next() += 1; //~ ERROR E0067
    println!("{} {} {:?}", a, b, v);
}
