fn main() {
    let best: Option<&String>;
    {
        let candidate = String::from("winner");
        best = Some(&candidate); //~ ERROR E0597
    }
    println!("{:?}", best);
}
