// Impls of std traits are held to the trait as real std declares it: every required item
// present, and each method with the trait's receiver, parameter count and types.
use std::fmt;
use std::ops::Add;

struct Counter(u32);

impl Iterator for Counter {} //~ ERROR E0046

struct Label;

impl fmt::Display for Label {} //~ ERROR E0046

struct Bytes(u8);

impl Iterator for Bytes {
    type Item = u8;
    fn next(&mut self) -> Option<u16> { //~ ERROR E0053
        None
    }
}

struct Name;

impl fmt::Display for Name {
    fn fmt(&self) -> fmt::Result { //~ ERROR E0050
        Ok(())
    }
}

struct Meters(f64);

impl PartialEq for Meters {
    fn eq(&self, other: Meters) -> bool { //~ ERROR E0053
        self.0 == other.0
    }
}

impl Add for Meters {
    type Output = Meters;
    fn add(self, a: Meters, b: Meters) -> Meters { //~ ERROR E0050
        Meters(self.0 + a.0 + b.0)
    }
}

struct Flag;

impl Default for Flag {
    fn default(&self) -> Self { //~ ERROR E0185
        Flag
    }
}

// Complete impls, provided methods overridden, and a method the model does not declare.
struct Fine(String);

impl Clone for Fine {
    fn clone(&self) -> Self {
        Fine(self.0.clone())
    }
    fn clone_from(&mut self, source: &Self) {
        self.0 = source.0.clone();
    }
}

impl PartialEq for Fine {
    fn eq(&self, other: &Self) -> bool {
        self.0 == other.0
    }
}

impl PartialOrd for Fine {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.0.len().cmp(&other.0.len()))
    }
}

struct Steps<'a>(&'a [u8]);

impl<'a> Iterator for Steps<'a> {
    type Item = &'a u8;
    fn next(&mut self) -> Option<&'a u8> {
        let (first, rest) = self.0.split_first()?;
        self.0 = rest;
        Some(first)
    }
    fn size_hint(&self) -> (usize, Option<usize>) {
        (self.0.len(), Some(self.0.len()))
    }
}

struct Loose<'a>(&'a [u8]);

impl<'a> Iterator for Loose<'a> {
    type Item = &'a u8;
    fn next(&mut self) -> Option<&u8> { //~ ERROR `impl` item signature doesn't match `trait` item signature
        self.0.first()
    }
}

fn main() {
    let s = Steps(&[1, 2]);
    println!("{}", s.count());
}

// Items the trait does not have at all.
struct Extra(u8);

impl fmt::Display for Extra {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
    fn width(&self) -> usize { //~ ERROR E0407
        1
    }
}

impl Clone for Extra {
    type Inner = u8; //~ ERROR E0437
    fn clone(&self) -> Self {
        Extra(self.0)
    }
}

impl PartialEq<u8> for Extra {
    fn eq(&self, other: &u8) -> bool {
        self.0 == *other
    }
    fn ne(&self, other: u8) -> bool { //~ ERROR E0053
        self.0 != other
    }
}

struct Quiet;

impl fmt::Display for Quiet {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) { //~ ERROR E0053
        let _ = f;
    }
}
