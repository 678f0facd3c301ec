// Match arms of distinct closures meet as a fn pointer only when no closure names a local of
// its parent; operands of unknown type become an operator obligation resolved later.
fn twice(a: u32, b: u32) -> u32 {
    a * 2 + b
}

fn main() {
    let k = 3u32;
    let f = match k {
        0 => twice,
        1 => |a, b| a - b,
        _ => |a, b| (a * b) as u32,
    };
    let g = match k {
        0 => |a: u32, b: u32| a + b,
        _ => |a, b| a + b + k, //~ ERROR E0308
    };
    let h = if k > 1 { twice } else { |x, y| x % y };
    println!("{} {} {}", f(4, 1), g(1, 2), h(5, 3));
}
