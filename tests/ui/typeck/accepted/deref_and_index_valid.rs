struct Row {
    cells: Vec<String>,
}

fn main() {
    let x = &5;
    let y = *x;
    let v = vec![1, 2, 3];
    let mut sum = 0;
    for x in v.iter() {
        sum += *x;
    }
    let r = Row { cells: vec![String::from("a")] };
    let pair = (String::from("k"), 10);
    let i: u8 = 0;
    let c = &r.cells[i as usize];
    let maybe: Option<Vec<i32>> = Some(vec![4]);
    let first = maybe.as_ref().map(|m| m[0]);
    println!("{} {} {} {} {:?}", y, sum, c, pair.0, first);
}
