fn first_or_zero(v: Vec<T>) -> T { //~ ERROR E0425
    //~^ ERROR E0425
    v.into_iter().next().unwrap()
}

fn main() {
    println!("{}", first_or_zero(vec![1]));
}
