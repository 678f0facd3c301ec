struct Row {
    cells: Vec<String>,
}

fn main() {
    let r = Row { cells: vec![String::from("a")] };
    let c = &r[0]; //~ ERROR E0608
    println!("{} {}", c, r.cells.len());
}
