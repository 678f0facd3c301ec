struct Version {
    major: u32,
}

fn main() {
    let old = Box::new(Version { major: 1 });
    let new = Box::new(Version { major: 2 });
    if *old < *new { //~ ERROR E0369
        println!("{} {}", old.major, new.major);
    }
}
