fn main() {
    let name: &String;
    let copy = (*name).clone(); //~ ERROR E0381
    let flags = vec![1];
    let check = || {
        if flags[0] > 0 {
        } else {
        }
    };
    check();
    println!("{}", copy);
}
