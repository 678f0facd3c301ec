struct Token {
    id: u64,
}

impl Clone for Token {
    fn clone(&self) -> Self {
        Token { id: self.id }
    }
}

impl Copy for Token {} //~ ERROR E0184

impl Drop for Token {
    fn drop(&mut self) {
        println!("drop {}", self.id);
    }
}

fn main() {
    let t = Token { id: 1 };
    println!("{}", t.id);
}
