use std::fmt::Debug;

trait Store<K> {
    type Out;
    fn get(&self, k: &K) -> Option<&Self::Out>;
    fn put(&mut self, k: K, v: Self::Out);
    fn name(&self) -> String {
        String::from("store")
    }
    fn show<D: Debug>(&self, d: D) -> String;
    fn each<F>(&self, f: F)
    where
        F: Fn(&Self::Out);
    fn boxed(self: Box<Self>) -> usize;
    fn pick<'a>(&'a self, other: &'a str) -> &'a str;
    fn first<'a, 'b: 'a>(&'a self, x: &'b u8) -> &'a u8;
    fn take(&self, it: impl Iterator<Item = u8>) -> u32;
}

struct Pairs<V> {
    items: Vec<(u8, V)>,
}

impl<V: Clone> Store<u8> for Pairs<V> {
    type Out = V;
    fn get(&self, k: &u8) -> Option<&V> {
        self.items.iter().find(|p| p.0 == *k).map(|p| &p.1)
    }
    fn put(&mut self, k: u8, v: V) {
        self.items.push((k, v));
    }
    fn show<T: Debug>(&self, d: T) -> String {
        format!("{:?}", d)
    }
    fn each<G>(&self, f: G)
    where
        G: Fn(&V),
    {
        for p in &self.items {
            f(&p.1);
        }
    }
    fn boxed(self: Box<Self>) -> usize {
        self.items.len()
    }
    fn pick<'x>(&'x self, other: &'x str) -> &'x str {
        other
    }
    fn first<'a, 'b: 'a>(&'a self, x: &'b u8) -> &'a u8 {
        x
    }
    fn take(&self, it: impl Iterator<Item = u8>) -> u32 {
        it.map(u32::from).sum()
    }
}

trait Named<'a> {
    fn label(&self) -> &'a str;
}

impl<'a> Named<'a> for &'a str {
    fn label(&self) -> &'a str {
        self
    }
}

fn main() {
    let mut p: Pairs<String> = Pairs { items: Vec::new() };
    p.put(1, String::from("a"));
    println!("{:?} {} {}", p.get(&1), p.name(), p.show(3));
    p.each(|v| println!("{}", v));
    println!("{} {}", p.pick("b"), p.first(&2));
    println!("{}", p.take(vec![1u8, 2].into_iter()));
    let s: &str = "x";
    println!("{} {}", Box::new(p).boxed(), Named::label(&s));
}
