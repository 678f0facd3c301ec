struct Account {
    owner: String,
    balance: i64,
}

impl Account {
    fn describe(&self) -> String {
        format!("{}: {}", self.owner, self.balance)
    }
}

fn main() {
    let acct = Account { owner: String::from("Bo"), balance: 10 };
    let owner = acct.owner;
    println!("owner was {}", owner);
    println!("{}", acct.describe()); //~ ERROR E0382
}
