struct Account {
    balance: i64,
}

impl Account {
    fn balance(&self) -> i64 {
        self.balance
    }

    fn deposit(&mut self, amount: i64) {
        self.balance += amount;
    }
}

fn main() {
    let mut a = Account { balance: 5 };
    a.deposit(a.balance());
    a.deposit(a.balance * 2);
    println!("{}", a.balance);
}
