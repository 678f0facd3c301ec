fn pair<T, T>(a: T) -> T { //~ ERROR E0403
    a
}

fn main() {
    println!("{}", pair::<i32, i32>(1));
}
