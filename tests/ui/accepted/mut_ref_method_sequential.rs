struct Grid {
    cells: Vec<u8>,
}

impl Grid {
    fn cell_mut(&mut self, i: usize) -> &mut u8 {
        &mut self.cells[i]
    }
}

fn main() {
    let mut g = Grid { cells: vec![0; 4] };
    *g.cell_mut(0) += 1;
    *g.cell_mut(1) += 2;
    let c = g.cell_mut(3);
    *c = 9;
    println!("{:?}", g.cells);
}
