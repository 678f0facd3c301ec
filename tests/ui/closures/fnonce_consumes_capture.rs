fn main() {
    let report = String::from("done");
    let send = move || {
        let owned = report;
        owned.len()
    };
    let n = send();
    println!("{}", n);
}
