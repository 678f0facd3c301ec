// `name` moves into `greeting`, so reading it afterwards is E0382.
fn shout(s: String) -> String {
    s.to_uppercase()
}

fn main() {
    let name = String::from("ferris");
    let greeting = shout(name);
    println!("{} {}", greeting, name.len());
}
