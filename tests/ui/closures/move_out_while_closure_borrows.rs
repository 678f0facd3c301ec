fn main() {
    let s = String::from("keep");
    let show = || println!("{}", s);
    let taken = s; //~ ERROR E0505
    show();
    println!("{}", taken);
}
