fn main() {
    let mut it;
    {
        let v = vec![1, 2, 3];
        it = v.iter(); //~ ERROR E0597
    }
    println!("{:?}", it.next());
}
