fn main() {
    let c = 'z';
    let d = c;
    let flag = true;
    let other = flag;
    let f = 2.5f32;
    let g = f * 2.0;
    let unit = ();
    let u2 = unit;
    let t = (c, flag, f);
    let t2 = t;
    println!("{} {} {} {} {} {} {:?} {:?} {:?}", c, d, flag, other, f, g, u2, t, t2);
}
