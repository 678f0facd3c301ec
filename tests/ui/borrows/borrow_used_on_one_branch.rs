fn main() {
    let mut log = vec![String::from("start")];
    let last = &log[0];
    if log.len() > 5 {
        println!("{}", last);
    } else {
        log.push(String::from("more"));
    }
    println!("{}", log.len());
}
