// Elements of a slice, or of an array behind a reference, cannot be moved out by a pattern.

fn first_of_slice(v: &[String]) -> String {
    match *v { //~ ERROR E0508
        [ref a, ..] if a.is_empty() => String::new(),
        [ref a, ref b, ..] => format!("{}{}", a, b),
        [a, ..] => a,
        [] => String::new(),
    }
}

fn element_of_array_ref(a: &[String; 2]) -> String {
    let [x, _] = *a; //~ ERROR E0508
    x
}

fn by_ref_is_fine(v: &[String]) -> usize {
    match v {
        [a, b] => a.len() + b.len(),
        [a, rest @ ..] => a.len() + rest.len(),
        [] => 0,
    }
}

fn main() {
    let v = vec![String::from("x"), String::from("y")];
    println!("{}", first_of_slice(&v));
    println!("{}", element_of_array_ref(&[String::new(), String::new()]));
    println!("{}", by_ref_is_fine(&v));
}
