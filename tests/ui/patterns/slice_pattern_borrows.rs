// Borrows of slice-pattern elements conflict only when the elements may be the same.

fn from_both_ends(v: &mut [i32]) {
    if let [first, .., last] = v {
        std::mem::swap(first, last);
    }
}

fn ends_of_long_slice(v: &mut [i32]) {
    let [ref a, ..] = *v else { return };
    let [.., ref mut z] = *v else { return }; //~ ERROR E0502
    *z += *a;
}

fn disjoint_in_array(a: &mut [i32; 4]) {
    let [ref x, _, ..] = *a;
    let [_, ref mut y, ..] = *a;
    let [.., ref mut w] = *a;
    *y += *x;
    *w += *x;
}

fn overlapping_rest(a: &mut [i32; 4]) {
    let [_, ref mut rest @ ..] = *a;
    let [.., ref last] = *a; //~ ERROR E0502
    rest[0] += *last;
}

fn slice_rest_and_front(v: &mut [i32]) {
    if let [ref mut head, ref rest @ ..] = *v {
        *head += rest.len() as i32;
    }
    if let [ref front @ .., ref mut back] = *v {
        *back += front.len() as i32;
    }
}

fn main() {
    let mut v = vec![1, 2, 3];
    from_both_ends(&mut v);
    ends_of_long_slice(&mut v);
    slice_rest_and_front(&mut v);
    let mut a = [1, 2, 3, 4];
    disjoint_in_array(&mut a);
    overlapping_rest(&mut a);
    ends_of_long_slice_ok(&mut v);
}

// Both patterns matched, so the slice has at least two elements: the first and the last differ.
fn ends_of_long_slice_ok(v: &mut [i32]) {
    let [ref a, _, ..] = *v else { return };
    let [.., ref mut z] = *v else { return };
    *z += *a;
}
