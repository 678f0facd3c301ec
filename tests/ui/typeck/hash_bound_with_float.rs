// Floats do not implement `Hash`.
use std::hash::Hash;

fn key<K: Hash>(_k: K) {}

fn main() {
    key(0.5); //~ ERROR E0277
}
