// Option and Result combinators of the std model: their signatures type the closures and results.
fn main() {
    let mut a: Option<String> = None;
    let r = a.get_or_insert_with(|| String::from("x"));
    r.push('c');
    let b = a.as_ref().map_or_else(|| 0, |s| s.len());
    let c: Option<Option<i32>> = Some(Some(3));
    let d = c.flatten().zip(Some(2u8)).or_else(|| None).xor(None);
    let e: Result<i32, String> = Ok(1);
    let f = e.as_ref().is_ok_and(|x| *x > 0);
    let g = e.or_else(|s| if s.is_empty() { Ok::<i32, ()>(0) } else { Err(()) });
    let h = a.take_if(|s| s.len() > 1).is_some_and(|s| s.is_empty());
    let t: Option<Result<u8, ()>> = Some(Ok(1));
    let u = t.transpose().map_or(0, |o| o.unwrap_or(0));
    println!("{:?} {} {:?} {} {:?} {} {}", a, b, d, f, g, h, u);
}
