struct Person {
    name: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Ann"), age: 30 };
    let name = p.name;
    println!("{} is {}", name, p.age);
    let again = p; //~ ERROR E0382
    println!("{}", again.age);
}
