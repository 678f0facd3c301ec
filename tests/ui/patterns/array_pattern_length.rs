// A slice pattern against an array of known length must have as many elements, or at most as many with `..`.
fn main() {
    let rgba = [0u8, 64, 128, 255];
    let [r, g, b] = rgba; //~ ERROR E0527
    match rgba {
        [r, g, b, a, extra, ..] => {} //~ ERROR E0528
    }
    let [first, .., last] = rgba;
    let [r2, g2, b2, a2] = rgba;
    match &rgba[..] { [x, y] => {} _ => {} }
}
