struct Parser<'a> {
    input: &'a str,
}

impl<'a> Parser<'a> {
    fn each(&self, f: for<'a> fn(&'a str)) { //~ ERROR E0496
        f(self.input)
    }

    fn run<F>(&self, f: F)
    where
        for<'s> F: Fn(&'s str),
    {
        f(self.input)
    }
}

fn apply<'x, G: for<'x> Fn(&'x u8)>(g: G, v: &'x u8) { //~ ERROR E0496
    g(v)
}

fn main() {
    let p = Parser { input: "a" };
    p.run(|_| {});
    apply(|_| {}, &1);
}
