// E0603: a path through a module may name only what that module lets the path's own module see.
// Privacy errors come from name resolution: the bodies are still borrow-checked.
mod library {
    pub struct Book {
        pub title: String,
    }
    struct Ledger;
    fn audit() {}
    pub(crate) fn catalogue() {}
    const SHELVES: u32 = 4;
    pub mod desk {
        pub(super) fn stamp() {}
        pub(in crate::library) fn file() {}
        pub fn open() {}
    }
    mod archive {
        pub fn dig() {}
    }
    use self::desk::open;
    pub struct Card(u32);
    pub fn tidy() {
        desk::stamp();
        desk::file();
        archive::dig();
        let _ = Ledger;
        audit();
        let _ = Card(SHELVES);
    }
}

fn main() {
    library::catalogue();
    library::desk::open();
    library::tidy();
    library::audit(); //~ ERROR E0603
    library::desk::stamp(); //~ ERROR E0603
    library::desk::file(); //~ ERROR E0603
    library::archive::dig(); //~ ERROR E0603
    library::open(); //~ ERROR E0603
    let _ = library::SHELVES; //~ ERROR E0603
    let _ = library::Ledger; //~ ERROR E0603
    let _ = library::Card(1); //~ ERROR E0603
    let b = library::Book { title: String::from("t") };
    let t = b.title;
    println!("{}", b.title); //~ ERROR E0382
    println!("{}", t);
}
