// Or-patterns that bind: every alternative's moves and borrows count, into the same variable.

enum Shape {
    Circle(String),
    Square(String),
    Dot,
}

fn label(s: Shape) -> String {
    match s {
        Shape::Circle(name) | Shape::Square(name) => name,
        Shape::Dot => String::from("dot"),
    }
}

fn either_moves(pair: (Option<String>, Option<String>), left: bool) {
    let ((Some(a), _) | (_, Some(a))) = pair else { return };
    println!("{} {}", a, left);
    println!("{:?}", pair.1); //~ ERROR E0382
}

fn borrow_either(mut pair: (Option<String>, Option<String>)) {
    if let (Some(ref r), _) | (_, Some(ref r)) = pair {
        pair.1 = None; //~ ERROR E0506
        println!("{}", r);
    }
}

#[allow(unreachable_patterns)]
fn irrefutable_alternatives(t: ((String, String),)) {
    let ((x, _) | (_, x),) = t;
    println!("{}", x);
}

fn guard_on_alternatives(v: Option<Result<i32, i32>>) -> i32 {
    match v {
        Some(Ok(n) | Err(n)) if n > 0 => n,
        Some(Ok(n)) | Some(Err(n)) => -n,
        None => 0,
    }
}

fn main() {
    println!("{}", label(Shape::Circle(String::from("c"))));
    println!("{}", label(Shape::Square(String::from("s"))));
    println!("{}", label(Shape::Dot));
    either_moves((None, Some(String::new())), true);
    borrow_either((None, Some(String::new())));
    irrefutable_alternatives(((String::new(), String::new()),));
    irrefutable_alternatives_move_both(((String::new(), String::new()),));
    println!("{}", guard_on_alternatives(Some(Ok(1))));
}

// The second alternative also moves: `t.0.1` is gone after the `let`.
#[allow(unreachable_patterns)]
fn irrefutable_alternatives_move_both(t: ((String, String),)) {
    let ((x, _) | (_, x),) = t;
    println!("{} {}", x, t.0 .1); //~ ERROR E0382
}
