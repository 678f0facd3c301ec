use std::fmt::Debug;

trait Weight {
    fn weight(&self) -> u32;
}

#[derive(Debug)]
struct Crate {
    kg: u32,
}

impl Weight for Crate {
    fn weight(&self) -> u32 {
        self.kg
    }
}

fn heaviest<T>(items: &[T]) -> Option<&T>
where
    T: Weight + Debug,
{
    items.iter().max_by_key(|i| i.weight())
}

fn main() {
    let crates = vec![Crate { kg: 4 }, Crate { kg: 9 }];
    println!("{:?} {}", heaviest(&crates), crates.len());
}
