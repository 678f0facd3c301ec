fn main() {
    let log: &Vec<i32> = &vec![];
    let mut add = || { //~ ERROR E0596
        log.push(1);
    };
    add();
}
