fn main() {
    let x = 5;
    let x = x * 2;
    let name = String::from("a");
    let name = name + "b";
    let mut name = name;
    name.push('c');
    println!("{} {}", x, name);
}
