fn main() {
    let payload = vec![1u8, 2, 3];
    let mut sent = 0;
    while sent < 9 {
        let chunk = payload; //~ ERROR E0382
        sent += chunk.len();
    }
    println!("{}", sent);
}
