fn default_name() -> &str { //~ ERROR E0106
    "anonymous"
}

fn main() {
    println!("{}", default_name());
}
