fn shout(input: &str) -> String {
    let loud = input.to_uppercase();
    loud
}

fn pair() -> (String, Vec<u8>) {
    (String::from("x"), vec![1])
}

fn main() {
    let (a, b) = pair();
    println!("{} {} {:?}", shout("hi"), a, b);
}
