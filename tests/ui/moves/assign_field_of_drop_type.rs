// Assigning a field of a value whose type implements Drop drops the field's old value first; that
// drop re-initialises the field rather than moving it out (found by the fuzzer).
struct Guard {
    label: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        println!("drop {}", self.label);
    }
}

fn main() {
    let mut g = Guard { label: String::from("a") };
    g.label = String::from("b");
    g.label = format!("{}!", g.label);
    println!("{}", g.label);
}
