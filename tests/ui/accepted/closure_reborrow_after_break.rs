fn bump(x: &mut i32) {
    *x += 1;
}

fn main() {
    let data: &mut Vec<i32> = &mut vec![1, 2];
    let mut run = || loop {
        if data.len() > 1 {
            break;
        }
        bump(&mut data[0]);
    };
    run();
}
