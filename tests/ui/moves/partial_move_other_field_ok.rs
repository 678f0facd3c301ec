struct Person {
    name: String,
    nick: String,
    age: u32,
}

fn main() {
    let p = Person { name: String::from("Eve"), nick: String::from("E"), age: 40 };
    let name = p.name;
    let nick = p.nick;
    println!("{} ({}) is {}", name, nick, p.age);
}
