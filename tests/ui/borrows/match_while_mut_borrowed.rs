enum State {
    Idle,
    Busy(u32),
}

fn main() {
    let mut state = State::Busy(2);
    let r = &mut state;
    let busy = match state { //~ ERROR E0503
        State::Idle => false,
        State::Busy(_) => true,
    };
    *r = State::Idle;
    println!("{}", busy);
}
