struct Wrapper {
    text: String,
}

fn append(s: &mut String) {
    s.push('!');
}

fn main() {
    let mut text = String::from("hi");
    let mut once = move || {
        let w = Wrapper { text };
        append(&mut text); //~ ERROR E0382
        w.text.len()
    };
    once();
}
