// `let` and `for` patterns must be irrefutable (E0005); a variant whose payload is uninhabited
// needs no arm when matched by value (min_exhaustive_patterns), but does behind a reference.
enum Never {}

fn by_value(r: Result<u32, Never>, o: Option<u8>, pairs: Vec<(u8, Option<u8>)>) -> u32 {
    let Ok(v) = r;
    let (a, b) = (1u32, 2u32);
    let Some(x) = o; //~ ERROR E0005
    for (k, Some(w)) in pairs { //~ ERROR E0005
        println!("{} {}", k, w);
    }
    v + a + b + x as u32
}

fn by_ref(r: &Result<u32, Never>) -> u32 {
    match r { //~ ERROR E0004
        Ok(v) => *v,
    }
}

fn main() {
    println!("{} {}", by_value(Ok(1), None, vec![]), by_ref(&Ok(2)));
}
