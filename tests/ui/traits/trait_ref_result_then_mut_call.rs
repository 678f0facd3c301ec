trait Store {
    fn get(&self, i: usize) -> &String;
    fn add(&mut self, s: String);
}

struct Vault {
    items: Vec<String>,
}

impl Store for Vault {
    fn get(&self, i: usize) -> &String {
        &self.items[i]
    }
    fn add(&mut self, s: String) {
        self.items.push(s);
    }
}

fn main() {
    let mut v = Vault { items: vec![String::from("a")] };
    let first = v.get(0);
    v.add(String::from("b")); //~ ERROR E0502
    println!("{}", first);
}
