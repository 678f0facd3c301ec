fn main() {
    let mut queue = vec![1, 2, 3];
    let head = &mut queue[0];
    let tail = &queue[2];
    //~^ ERROR E0502
    *head += *tail;
    let a = &mut queue;
    let b = &mut queue;
    //~^ ERROR E0499
    a.push(1);
    b.push(2);
}
