fn main() {
    let mut names = [String::from("a"), String::from("b")];
    names[1] = String::from("bee");
    let mut list = vec![String::from("x")];
    list[0] = String::from("ex");
    list[0].push('!');
    println!("{:?} {:?}", names, list);
}
