use std::thread;

fn main() {
    let names = vec![String::from("a"), String::from("b")];
    let h = thread::spawn(|| { //~ ERROR E0373
        println!("{:?}", names);
    });
    h.join().unwrap();
}
