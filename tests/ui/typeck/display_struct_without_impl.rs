struct Account {
    owner: String,
    balance: i64,
}

fn main() {
    let acc = Account { owner: String::from("ann"), balance: 10 };
    println!("{}", acc); //~ ERROR E0277
    println!("{} {}", acc.owner, acc.balance);
}
