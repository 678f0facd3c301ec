// An index computed after an outer bounds check may not swap out the slice that was checked.

fn swap_after_check(rows: &[&[i32]], other: &[&[i32]]) -> i32 {
    let mut rows = rows;
    rows[0][{ rows = other; 1 }] //~ ERROR E0510
}

fn swap_before_check(rows: &[&[i32]], other: &[&[i32]]) -> i32 {
    let mut rows = rows;
    let n = rows.len() as i32;
    rows[{ rows = other; 0 }][1] + n
}

fn arrays_cannot_shrink(rows: &[&[i32]; 2], other: &[&[i32]; 2]) -> i32 {
    let mut rows = rows;
    rows[0][{ rows = other; 1 }]
}

fn main() {
    let a: &[i32] = &[1, 2];
    let rows: &[&[i32]] = &[a, a];
    println!("{}", swap_after_check(rows, rows));
    println!("{}", swap_before_check(rows, rows));
    println!("{}", arrays_cannot_shrink(&[a, a], &[a, a]));
}
