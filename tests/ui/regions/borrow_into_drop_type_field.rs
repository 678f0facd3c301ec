struct Guard {
    name: String,
}

impl Drop for Guard {
    fn drop(&mut self) {
        self.name.clear();
    }
}

struct Holder<'a> {
    slot: &'a mut String,
}

impl Drop for Holder<'_> {
    fn drop(&mut self) {
        self.slot.push('!');
    }
}

fn take<'a>(h: Holder<'a>) -> &'a mut String {
    &mut *h.slot //~ ERROR E0713
}

fn main() {
    let label;
    {
        let g = Guard { name: String::from("g") };
        label = &g.name; //~ ERROR E0713
    }
    println!("{}", label);
    let mut s = String::new();
    let r = take(Holder { slot: &mut s });
    r.push('x');
}
