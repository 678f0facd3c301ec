struct Ticket {
    id: u32,
    holder: String,
}

impl Ticket {
    fn redeem(self) -> String {
        format!("ticket {} redeemed by {}", self.id, self.holder)
    }
}

fn main() {
    let t = Ticket { id: 7, holder: String::from("Cy") };
    let msg = t.redeem();
    println!("{}", msg);
    println!("{}", t.holder); //~ ERROR E0382
}
