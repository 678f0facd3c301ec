fn main() {
    let grid = [[String::from("a"), String::from("b")], [String::from("c"), String::from("d")]];
    let corner = grid[1][1]; //~ ERROR E0508
    println!("{}", corner);
}
