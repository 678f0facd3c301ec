struct Grid {
    cells: [u8; 4],
}

fn main() {
    let g = Box::new(Grid { cells: [0; 4] });
    let v = g[2]; //~ ERROR E0608
    println!("{} {:?}", v, g.cells);
}
