fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let sink = String::new();
    names.iter().for_each(|n| {
        let mut s = sink; //~ ERROR E0507
        s.push_str(n);
    });
}
