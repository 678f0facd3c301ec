// A match guard may not change what the match inspected: fake borrows of the tested places.

#[derive(Debug)]
enum Slot {
    Empty,
    Full(i32),
}

fn assign_in_guard(mut s: Slot) -> i32 {
    match s {
        Slot::Full(_) if { s = Slot::Empty; false } => 1, //~ ERROR E0510
        Slot::Full(n) => n,
        Slot::Empty => 0,
    }
}

fn borrow_mut_in_guard(mut s: Slot) -> i32 {
    match s {
        Slot::Full(_) if { let r = &mut s; matches!(r, Slot::Empty) } => 1, //~ ERROR E0510
        _ => 0,
    }
}

// Places the match never tested stay free: the second field may be changed in the guard.
fn untested_field(mut pair: (Option<i32>, i32)) -> i32 {
    match pair {
        (Some(_), _) if { pair.1 += 1; pair.1 > 3 } => pair.1,
        _ => 0,
    }
}

// A by-value binding is only a reference to the matched place while the guard runs.
fn move_binding_in_guard(v: Option<String>) -> usize {
    match v {
        Some(s) if { let t = s; t.is_empty() } => 0, //~ ERROR E0507
        Some(s) => s.len(),
        None => 0,
    }
}

fn reading_is_fine(s: Slot) -> i32 {
    match s {
        Slot::Full(n) if n > 3 && matches!(s, Slot::Full(_)) => n,
        _ => 0,
    }
}

fn main() {
    println!("{}", assign_in_guard(Slot::Full(1)));
    println!("{}", borrow_mut_in_guard(Slot::Full(1)));
    println!("{}", untested_field((Some(1), 2)));
    println!("{}", move_binding_in_guard(None));
    println!("{} {:?}", reading_is_fine(Slot::Empty), Slot::Full(2));
}
