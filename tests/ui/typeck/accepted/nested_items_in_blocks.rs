use std::fmt;

fn main() {
    let label = 5;
    {
        // An item declared in an inner block shadows the outer `let` in the whole block.
        fn label() -> &'static str {
            "inner"
        }
        println!("{}", label());
    }
    println!("{}", label + 1);

    let twice = double(21);
    // Items are visible in the whole block, before their declaration too.
    fn double(x: i32) -> i32 {
        x * 2
    }
    println!("{}", twice);

    use std::collections::HashMap;
    let mut seen: HashMap<&str, Point> = HashMap::new();
    seen.insert("origin", Point::ORIGIN);

    #[derive(Debug, Clone, Copy, PartialEq)]
    struct Point {
        x: i32,
        y: i32,
    }
    impl Point {
        const ORIGIN: Point = Point { x: 0, y: 0 };
        fn shifted(self, by: i32) -> Point {
            Point { x: self.x + by, y: self.y + by }
        }
    }
    impl fmt::Display for Point {
        fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
            write!(f, "({}, {})", self.x, self.y)
        }
    }
    trait Describe {
        fn describe(&self) -> String;
    }
    impl Describe for Point {
        fn describe(&self) -> String {
            format!("point {}", self)
        }
    }
    enum Dir {
        Up,
        Down,
    }
    static STEP: i32 = 3;
    const START: Point = Point { x: 1, y: 1 };

    let p = START.shifted(STEP);
    for d in [Dir::Up, Dir::Down] {
        let q = match d {
            Dir::Up => p.shifted(1),
            Dir::Down => p.shifted(-1),
        };
        println!("{} {}", q, q.describe());
    }
    if let Some(o) = seen.get(&"origin") {
        println!("{:?} {}", o, *o == Point::ORIGIN);
    }
}
