fn transfer(from: &mut i64, to: &mut i64, amount: i64) {
    *from -= amount;
    *to += amount;
}

fn main() {
    let mut wallet = 100;
    transfer(&mut wallet, &mut wallet, 5); //~ ERROR E0499
    println!("{}", wallet);
}
