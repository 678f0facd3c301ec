fn main() {
    let mut slot: Option<Vec<i32>> = Some(vec![1]);
    match slot.as_mut() {
        Some(v) => v.push(2),
        None => {}
    }
    match &mut slot {
        Some(v) => v.push(3),
        None => {}
    }
    println!("{:?}", slot);
}
