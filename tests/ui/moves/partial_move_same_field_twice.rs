struct Parcel {
    contents: Vec<String>,
    weight: u32,
}

fn main() {
    let parcel = Parcel { contents: vec![String::from("book")], weight: 2 };
    let first = parcel.contents;
    let second = parcel.contents; //~ ERROR E0382
    println!("{:?} {:?} {}", first, second, parcel.weight);
}
