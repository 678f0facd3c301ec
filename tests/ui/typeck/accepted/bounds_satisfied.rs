use std::fmt;
use std::sync::Arc;
use std::thread;

struct Account {
    owner: String,
    balance: i64,
}

impl fmt::Display for Account {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        write!(f, "{}: {}", self.owner, self.balance)
    }
}

fn duplicate<T: Clone>(x: T) -> (T, T) {
    (x.clone(), x)
}

fn main() {
    let shared = Arc::new(vec![1, 2, 3]);
    let copy = Arc::clone(&shared);
    let h = thread::spawn(move || copy.len());
    let acc = Account { owner: String::from("ann"), balance: 10 };
    println!("{} {} {:?}", h.join().unwrap(), acc, duplicate(String::from("t")));
    println!("{:?}", shared);
}
