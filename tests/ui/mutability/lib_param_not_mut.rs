//@ crate-type: lib

pub fn grow(items: Vec<u8>) -> Vec<u8> {
    items.push(0);
    //~^ ERROR E0596
    items
}

pub fn count_up(limit: u32) -> u32 {
    let n = 0;
    while n < limit {
        n += 1;
        //~^ ERROR E0384
    }
    n
}
