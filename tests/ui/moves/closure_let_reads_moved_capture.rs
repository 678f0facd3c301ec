// The same read of a moved variable as a whole is reported at the closure.
fn main() {
    let name = String::from("n");
    drop(name);
    let show = || { //~ ERROR E0382
        let text = name;
        println!("{}", text);
    };
    show();
}
