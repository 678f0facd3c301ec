struct Sink {
    target: Option<&mut Vec<i32>>, //~ ERROR E0106
}

fn main() {
    let mut v = Vec::new();
    let s = Sink { target: Some(&mut v) };
    if let Some(t) = s.target {
        t.push(1);
    }
    println!("{:?}", v);
}
