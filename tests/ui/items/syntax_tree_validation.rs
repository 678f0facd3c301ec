extern "C" {
    fn abs(x: i32) -> i32 { //~ ERROR incorrect function inside `extern` block
        x
    }
}

struct Counter(u32);

fn bump(&mut self) {} //~ ERROR `self` parameter is only allowed in associated functions

static LIMIT: u32; //~ ERROR free static item without body

fn main() {
    let c = Counter(1);
    println!("{}", c.0);
}
