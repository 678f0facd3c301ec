enum Message {
    Text(String),
    Ping(u32),
}

fn main() {
    let m = Message::Text(String::from("hi"));
    match m {
        Message::Text(body) => println!("text {}", body),
        Message::Ping(n) => println!("ping {}", n),
    }
    let again = m; //~ ERROR E0382
    match again {
        Message::Text(_) => println!("text"),
        Message::Ping(_) => println!("ping"),
    }
}
