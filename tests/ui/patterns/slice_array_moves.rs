// Moving elements out of an array with slice patterns: each element is its own move path.

fn names() -> [String; 4] {
    [String::from("a"), String::from("b"), String::from("c"), String::from("d")]
}

fn take_ends() {
    let a = names();
    let [first, .., last] = a;
    let [_, ref second, ref third, _] = a;
    println!("{} {} {} {}", first, second, third, last);
}

fn take_rest() {
    let a = names();
    let [head, rest @ ..] = a;
    println!("{} {}", head, rest.len());
    let [ref again, ..] = a; //~ ERROR E0382
    println!("{}", again);
}

fn rest_then_middle() {
    let a = names();
    let [.., tail] = a;
    let [_, ref mid @ .., _] = a;
    println!("{} {}", tail, mid.len());
    let [_, _, ref third @ ..] = a; //~ ERROR E0382
    println!("{}", third.len());
}

fn whole_after_part() {
    let a = names();
    let [x, ..] = a;
    drop(x);
    let b = a; //~ ERROR E0382
    drop(b);
}

fn main() {
    take_ends();
    take_rest();
    rest_then_middle();
    whole_after_part();
}
