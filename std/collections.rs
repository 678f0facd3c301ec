pub struct HashMap<K, V> {
    table: Vec<(K, V)>,
}
impl<K, V> HashMap<K, V> {
    pub fn new() -> HashMap<K, V>;
    pub fn with_capacity(capacity: usize) -> HashMap<K, V>;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn insert(&mut self, k: K, v: V) -> Option<V>;
    pub fn get<Q: ?Sized>(&self, k: &Q) -> Option<&V> where K: Borrow<Q>;
    pub fn get_mut<Q: ?Sized>(&mut self, k: &Q) -> Option<&mut V> where K: Borrow<Q>;
    pub fn contains_key<Q: ?Sized>(&self, k: &Q) -> bool where K: Borrow<Q>;
    pub fn remove<Q: ?Sized>(&mut self, k: &Q) -> Option<V> where K: Borrow<Q>;
    pub fn entry(&mut self, key: K) -> Entry<'_, K, V>;
    pub fn iter(&self) -> hash_map::Iter<'_, K, V>;
    pub fn iter_mut(&mut self) -> hash_map::IterMut<'_, K, V>;
    pub fn keys(&self) -> hash_map::Keys<'_, K, V>;
    pub fn values(&self) -> hash_map::Values<'_, K, V>;
    pub fn values_mut(&mut self) -> hash_map::ValuesMut<'_, K, V>;
    pub fn clear(&mut self);
}
impl<K: Clone, V: Clone> Clone for HashMap<K, V> {}
impl<K: Debug, V: Debug> Debug for HashMap<K, V> {}
impl<K, V> Default for HashMap<K, V> {}
impl<'a, K, Q: ?Sized, V> Index<&'a Q> for HashMap<K, V> where K: Borrow<Q> {
    type Output = V;
}
impl<K, V> FromIterator<(K, V)> for HashMap<K, V> {}
impl<K, V> IntoIterator for HashMap<K, V> {
    type Item = (K, V);
    type IntoIter = hash_map::IntoIter<K, V>;
}
impl<'a, K, V> IntoIterator for &'a HashMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = hash_map::Iter<'a, K, V>;
}
impl<'a, K, V> IntoIterator for &'a mut HashMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = hash_map::IterMut<'a, K, V>;
}
pub struct Entry<'a, K, V> {
    map: &'a mut HashMap<K, V>,
    key: K,
}
impl<'a, K, V> Entry<'a, K, V> {
    pub fn or_insert(self, default: V) -> &'a mut V;
    pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
    pub fn or_default(self) -> &'a mut V where V: Default;
}
pub mod hash_map {
    pub struct Iter<'a, K, V> {
        map: &'a HashMap<K, V>,
    }
    impl<'a, K, V> Iterator for Iter<'a, K, V> {
        type Item = (&'a K, &'a V);
    }
    pub struct IterMut<'a, K, V> {
        map: &'a mut HashMap<K, V>,
    }
    impl<'a, K, V> Iterator for IterMut<'a, K, V> {
        type Item = (&'a K, &'a mut V);
    }
    pub struct Keys<'a, K, V> {
        map: &'a HashMap<K, V>,
    }
    impl<'a, K, V> Iterator for Keys<'a, K, V> {
        type Item = &'a K;
    }
    pub struct Values<'a, K, V> {
        map: &'a HashMap<K, V>,
    }
    impl<'a, K, V> Iterator for Values<'a, K, V> {
        type Item = &'a V;
    }
    pub struct ValuesMut<'a, K, V> {
        map: &'a mut HashMap<K, V>,
    }
    impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
        type Item = &'a mut V;
    }
    pub struct IntoIter<K, V> {
        map: HashMap<K, V>,
    }
    impl<K, V> Iterator for IntoIter<K, V> {
        type Item = (K, V);
    }
}
