fn show(s: String) {
    println!("{}", s);
}

fn main() {
    let text: String;
    let ready = false;
    if ready {
        text = String::from("ready");
    }
    show(text); //~ ERROR E0381
}
