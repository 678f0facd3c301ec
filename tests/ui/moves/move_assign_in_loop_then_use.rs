fn main() {
    let source = String::from("data");
    let mut last = String::new();
    let mut i = 0;
    loop {
        if i == 2 {
            break;
        }
        last = source; //~ ERROR E0382
        i += 1;
    }
    println!("{}", last);
}
