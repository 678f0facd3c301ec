#[lang = "HashMap"]
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
    pub use crate::collections::HashMap;
    pub use crate::hash::{DefaultHasher, RandomState};
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
#[lang = "VecDeque"]
pub struct VecDeque<T> {
    buf: Vec<T>,
}
impl<T> VecDeque<T> {
    pub fn new() -> VecDeque<T>;
    pub fn with_capacity(capacity: usize) -> VecDeque<T>;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn push_back(&mut self, value: T);
    pub fn push_front(&mut self, value: T);
    pub fn pop_back(&mut self) -> Option<T>;
    pub fn pop_front(&mut self) -> Option<T>;
    pub fn front(&self) -> Option<&T>;
    pub fn back(&self) -> Option<&T>;
    pub fn front_mut(&mut self) -> Option<&mut T>;
    pub fn back_mut(&mut self) -> Option<&mut T>;
    pub fn get(&self, index: usize) -> Option<&T>;
    pub fn get_mut(&mut self, index: usize) -> Option<&mut T>;
    pub fn insert(&mut self, index: usize, value: T);
    pub fn remove(&mut self, index: usize) -> Option<T>;
    pub fn clear(&mut self);
    pub fn contains(&self, x: &T) -> bool where T: PartialEq;
    pub fn iter(&self) -> vec_deque::Iter<'_, T>;
    pub fn iter_mut(&mut self) -> vec_deque::IterMut<'_, T>;
    pub fn truncate(&mut self, len: usize);
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    pub fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
    pub fn make_contiguous(&mut self) -> &mut [T];
}
impl<T: Clone> Clone for VecDeque<T> {}
impl<T: Debug> Debug for VecDeque<T> {}
impl<T: PartialEq> PartialEq for VecDeque<T> {}
impl<T> Default for VecDeque<T> {}
impl<T> Index<usize> for VecDeque<T> {
    type Output = T;
}
impl<T> IndexMut<usize> for VecDeque<T> {}
impl<T> FromIterator<T> for VecDeque<T> {}
impl<T> From<Vec<T>> for VecDeque<T> {}
impl<T> IntoIterator for VecDeque<T> {
    type Item = T;
    type IntoIter = vec_deque::IntoIter<T>;
}
impl<'a, T> IntoIterator for &'a VecDeque<T> {
    type Item = &'a T;
    type IntoIter = vec_deque::Iter<'a, T>;
}
impl<'a, T> IntoIterator for &'a mut VecDeque<T> {
    type Item = &'a mut T;
    type IntoIter = vec_deque::IterMut<'a, T>;
}
pub mod vec_deque {
    pub use crate::collections::VecDeque;
    pub struct Iter<'a, T> {
        deque: &'a VecDeque<T>,
    }
    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;
    }
    impl<'a, T> DoubleEndedIterator for Iter<'a, T> {}
    pub struct IterMut<'a, T> {
        deque: &'a mut VecDeque<T>,
    }
    impl<'a, T> Iterator for IterMut<'a, T> {
        type Item = &'a mut T;
    }
    impl<'a, T> DoubleEndedIterator for IterMut<'a, T> {}
    pub struct IntoIter<T> {
        deque: VecDeque<T>,
    }
    impl<T> Iterator for IntoIter<T> {
        type Item = T;
    }
    impl<T> DoubleEndedIterator for IntoIter<T> {}
}
#[lang = "HashSet"]
pub struct HashSet<T> {
    map: HashMap<T, ()>,
}
impl<T> HashSet<T> {
    pub fn new() -> HashSet<T>;
    pub fn with_capacity(capacity: usize) -> HashSet<T>;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn insert(&mut self, value: T) -> bool;
    pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool where T: Borrow<Q>;
    pub fn get<Q: ?Sized>(&self, value: &Q) -> Option<&T> where T: Borrow<Q>;
    pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool where T: Borrow<Q>;
    pub fn take<Q: ?Sized>(&mut self, value: &Q) -> Option<T> where T: Borrow<Q>;
    pub fn clear(&mut self);
    pub fn iter(&self) -> hash_set::Iter<'_, T>;
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    pub fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
}
impl<T: Clone> Clone for HashSet<T> {}
impl<T: Debug> Debug for HashSet<T> {}
impl<T: PartialEq> PartialEq for HashSet<T> {}
impl<T> Default for HashSet<T> {}
impl<T> FromIterator<T> for HashSet<T> {}
impl<T> IntoIterator for HashSet<T> {
    type Item = T;
    type IntoIter = hash_set::IntoIter<T>;
}
impl<'a, T> IntoIterator for &'a HashSet<T> {
    type Item = &'a T;
    type IntoIter = hash_set::Iter<'a, T>;
}
pub mod hash_set {
    pub use crate::collections::HashSet;
    pub struct Iter<'a, T> {
        set: &'a HashSet<T>,
    }
    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;
    }
    pub struct IntoIter<T> {
        set: HashSet<T>,
    }
    impl<T> Iterator for IntoIter<T> {
        type Item = T;
    }
}
#[lang = "BTreeMap"]
pub struct BTreeMap<K, V> {
    entries: Vec<(K, V)>,
}
impl<K, V> BTreeMap<K, V> {
    pub fn new() -> BTreeMap<K, V>;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn insert(&mut self, k: K, v: V) -> Option<V>;
    pub fn get<Q: ?Sized>(&self, k: &Q) -> Option<&V> where K: Borrow<Q>;
    pub fn get_mut<Q: ?Sized>(&mut self, k: &Q) -> Option<&mut V> where K: Borrow<Q>;
    pub fn contains_key<Q: ?Sized>(&self, k: &Q) -> bool where K: Borrow<Q>;
    pub fn remove<Q: ?Sized>(&mut self, k: &Q) -> Option<V> where K: Borrow<Q>;
    pub fn entry(&mut self, key: K) -> btree_map::Entry<'_, K, V>;
    pub fn iter(&self) -> btree_map::Iter<'_, K, V>;
    pub fn iter_mut(&mut self) -> btree_map::IterMut<'_, K, V>;
    pub fn keys(&self) -> btree_map::Keys<'_, K, V>;
    pub fn values(&self) -> btree_map::Values<'_, K, V>;
    pub fn values_mut(&mut self) -> btree_map::ValuesMut<'_, K, V>;
    pub fn first_key_value(&self) -> Option<(&K, &V)>;
    pub fn last_key_value(&self) -> Option<(&K, &V)>;
    pub fn clear(&mut self);
}
impl<K: Clone, V: Clone> Clone for BTreeMap<K, V> {}
impl<K: Debug, V: Debug> Debug for BTreeMap<K, V> {}
impl<K: PartialEq, V: PartialEq> PartialEq for BTreeMap<K, V> {}
impl<K, V> Default for BTreeMap<K, V> {}
impl<'a, K, Q: ?Sized, V> Index<&'a Q> for BTreeMap<K, V> where K: Borrow<Q> {
    type Output = V;
}
impl<K, V> FromIterator<(K, V)> for BTreeMap<K, V> {}
impl<K, V> IntoIterator for BTreeMap<K, V> {
    type Item = (K, V);
    type IntoIter = btree_map::IntoIter<K, V>;
}
impl<'a, K, V> IntoIterator for &'a BTreeMap<K, V> {
    type Item = (&'a K, &'a V);
    type IntoIter = btree_map::Iter<'a, K, V>;
}
impl<'a, K, V> IntoIterator for &'a mut BTreeMap<K, V> {
    type Item = (&'a K, &'a mut V);
    type IntoIter = btree_map::IterMut<'a, K, V>;
}
pub mod btree_map {
    pub use crate::collections::BTreeMap;
    pub struct Entry<'a, K, V> {
        map: &'a mut BTreeMap<K, V>,
        key: K,
    }
    impl<'a, K, V> Entry<'a, K, V> {
        pub fn or_insert(self, default: V) -> &'a mut V;
        pub fn or_insert_with<F: FnOnce() -> V>(self, default: F) -> &'a mut V;
        pub fn or_default(self) -> &'a mut V where V: Default;
    }
    pub struct Iter<'a, K, V> {
        map: &'a BTreeMap<K, V>,
    }
    impl<'a, K, V> Iterator for Iter<'a, K, V> {
        type Item = (&'a K, &'a V);
    }
    impl<'a, K, V> DoubleEndedIterator for Iter<'a, K, V> {}
    pub struct IterMut<'a, K, V> {
        map: &'a mut BTreeMap<K, V>,
    }
    impl<'a, K, V> Iterator for IterMut<'a, K, V> {
        type Item = (&'a K, &'a mut V);
    }
    pub struct Keys<'a, K, V> {
        map: &'a BTreeMap<K, V>,
    }
    impl<'a, K, V> Iterator for Keys<'a, K, V> {
        type Item = &'a K;
    }
    pub struct Values<'a, K, V> {
        map: &'a BTreeMap<K, V>,
    }
    impl<'a, K, V> Iterator for Values<'a, K, V> {
        type Item = &'a V;
    }
    pub struct ValuesMut<'a, K, V> {
        map: &'a mut BTreeMap<K, V>,
    }
    impl<'a, K, V> Iterator for ValuesMut<'a, K, V> {
        type Item = &'a mut V;
    }
    pub struct IntoIter<K, V> {
        map: BTreeMap<K, V>,
    }
    impl<K, V> Iterator for IntoIter<K, V> {
        type Item = (K, V);
    }
}
#[lang = "BTreeSet"]
pub struct BTreeSet<T> {
    map: BTreeMap<T, ()>,
}
impl<T> BTreeSet<T> {
    pub fn new() -> BTreeSet<T>;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn insert(&mut self, value: T) -> bool;
    pub fn contains<Q: ?Sized>(&self, value: &Q) -> bool where T: Borrow<Q>;
    pub fn remove<Q: ?Sized>(&mut self, value: &Q) -> bool where T: Borrow<Q>;
    pub fn first(&self) -> Option<&T>;
    pub fn last(&self) -> Option<&T>;
    pub fn clear(&mut self);
    pub fn iter(&self) -> btree_set::Iter<'_, T>;
}
impl<T: Clone> Clone for BTreeSet<T> {}
impl<T: Debug> Debug for BTreeSet<T> {}
impl<T: PartialEq> PartialEq for BTreeSet<T> {}
impl<T> Default for BTreeSet<T> {}
impl<T> FromIterator<T> for BTreeSet<T> {}
impl<T> IntoIterator for BTreeSet<T> {
    type Item = T;
    type IntoIter = btree_set::IntoIter<T>;
}
impl<'a, T> IntoIterator for &'a BTreeSet<T> {
    type Item = &'a T;
    type IntoIter = btree_set::Iter<'a, T>;
}
pub mod btree_set {
    pub use crate::collections::BTreeSet;
    pub struct Iter<'a, T> {
        set: &'a BTreeSet<T>,
    }
    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;
    }
    impl<'a, T> DoubleEndedIterator for Iter<'a, T> {}
    pub struct IntoIter<T> {
        set: BTreeSet<T>,
    }
    impl<T> Iterator for IntoIter<T> {
        type Item = T;
    }
}
pub struct BinaryHeap<T> {
    data: Vec<T>,
}
impl<T: Ord> BinaryHeap<T> {
    pub fn new() -> BinaryHeap<T>;
    pub fn with_capacity(capacity: usize) -> BinaryHeap<T>;
    pub fn push(&mut self, item: T);
    pub fn pop(&mut self) -> Option<T>;
    pub fn peek_mut(&mut self) -> Option<binary_heap::PeekMut<'_, T>>;
    pub fn into_sorted_vec(self) -> Vec<T>;
    pub fn append(&mut self, other: &mut BinaryHeap<T>);
    pub fn retain<F: FnMut(&T) -> bool>(&mut self, f: F);
    pub fn extend<I: IntoIterator<Item = T>>(&mut self, iter: I);
}
impl<T> BinaryHeap<T> {
    pub fn peek(&self) -> Option<&T>;
    pub fn len(&self) -> usize;
    pub fn is_empty(&self) -> bool;
    pub fn clear(&mut self);
    pub fn iter(&self) -> binary_heap::Iter<'_, T>;
    pub fn into_vec(self) -> Vec<T>;
    pub fn drain(&mut self) -> binary_heap::Drain<'_, T>;
}
impl<T: Clone> Clone for BinaryHeap<T> {}
impl<T: Debug> Debug for BinaryHeap<T> {}
impl<T: Ord> Default for BinaryHeap<T> {}
impl<T: Ord> FromIterator<T> for BinaryHeap<T> {}
impl<T: Ord> From<Vec<T>> for BinaryHeap<T> {}
impl<T> IntoIterator for BinaryHeap<T> {
    type Item = T;
    type IntoIter = binary_heap::IntoIter<T>;
}
impl<'a, T> IntoIterator for &'a BinaryHeap<T> {
    type Item = &'a T;
    type IntoIter = binary_heap::Iter<'a, T>;
}
pub mod binary_heap {
    pub use crate::collections::BinaryHeap;
    pub struct PeekMut<'a, T: Ord> {
        heap: &'a mut BinaryHeap<T>,
    }
    impl<'a, T: Ord> PeekMut<'a, T> {
        pub fn pop(this: PeekMut<'a, T>) -> T;
    }
    impl<'a, T: Ord> Deref for PeekMut<'a, T> {
        type Target = T;
    }
    impl<'a, T: Ord> DerefMut for PeekMut<'a, T> {}
    impl<'a, T: Ord> Drop for PeekMut<'a, T> {}
    impl<'a, T: Ord + Debug> Debug for PeekMut<'a, T> {}
    pub struct Iter<'a, T> {
        heap: &'a BinaryHeap<T>,
    }
    impl<'a, T> Iterator for Iter<'a, T> {
        type Item = &'a T;
    }
    pub struct IntoIter<T> {
        heap: BinaryHeap<T>,
    }
    impl<T> Iterator for IntoIter<T> {
        type Item = T;
    }
    pub struct Drain<'a, T> {
        heap: &'a mut BinaryHeap<T>,
    }
    impl<'a, T> Iterator for Drain<'a, T> {
        type Item = T;
    }
    impl<'a, T> Drop for Drain<'a, T> {}
}
