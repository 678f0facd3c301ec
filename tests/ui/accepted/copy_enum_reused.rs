#[derive(Clone, Copy, Debug)]
enum Dir {
    North,
    South,
}

fn flip(d: Dir) -> Dir {
    match d {
        Dir::North => Dir::South,
        Dir::South => Dir::North,
    }
}

fn main() {
    let d = Dir::North;
    let e = flip(d);
    let f = flip(d);
    println!("{:?} {:?} {:?}", d, e, f);
}
