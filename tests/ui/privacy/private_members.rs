// E0616 (private field), E0624 (private method or associated function): type errors, so the
// body is not borrow-checked afterwards.
mod bank {
    pub struct Account {
        balance: i64,
        pub owner: String,
    }
    impl Account {
        pub fn open(owner: &str) -> Account {
            Account { balance: 0, owner: owner.to_string() }
        }
        fn audit(&self) -> bool {
            self.balance >= 0
        }
        fn blank() -> Account {
            Account { balance: 0, owner: String::new() }
        }
        pub fn balance(&self) -> i64 {
            self.balance
        }
    }
    pub mod teller {
        pub fn peek(a: &super::Account) -> i64 {
            a.balance
        }
    }
}

mod elsewhere {
    impl crate::bank::Account {
        pub fn doubled(&self) -> i64 {
            self.balance * 2 //~ ERROR E0616
        }
    }
}

fn fields() {
    let a = bank::Account::open("ann");
    println!("{}", a.owner);
    println!("{}", a.balance());
    println!("{}", bank::teller::peek(&a));
    println!("{}", a.balance); //~ ERROR E0616
}

fn methods() {
    let a = bank::Account::open("bo");
    let ok = a.audit(); //~ ERROR E0624
    let b = bank::Account::blank(); //~ ERROR E0624
    let s = String::new();
    let t = s;
    println!("{} {} {} {}", ok, b.owner, s, t);
}

fn main() {
    fields();
    methods();
}
