// Cow (borrowed or owned, to_mut, into_owned), Pin of an Unpin type with a `self: Pin<&mut Self>` method, Box::pin, downcasting `dyn Any`.
use std::any::Any;
use std::borrow::Cow;
use std::pin::Pin;

fn normalize(s: &str) -> Cow<'_, str> {
    if s.contains(' ') { Cow::Owned(s.replace(' ', "_")) } else { Cow::Borrowed(s) }
}

struct Counter {
    n: u32,
}
impl Counter {
    fn bump(self: Pin<&mut Self>) -> u32 {
        let this = self.get_mut();
        this.n += 1;
        this.n
    }
}

fn describe(b: Box<dyn Any>) -> String {
    if let Some(i) = b.downcast_ref::<i32>() {
        return format!("i32 {}", i);
    }
    match b.downcast::<String>() {
        Ok(s) => *s,
        Err(_) => String::from("?"),
    }
}

fn main() {
    let a = normalize("a b");
    let b = normalize("ab");
    let mut c = b.clone();
    c.to_mut().push('!');
    let owned: String = a.into_owned();
    println!("{} {} {} {}", owned, b, c.len(), &*c == "ab!");
    let v: Cow<[i32]> = Cow::from(vec![1, 2]);
    println!("{:?}", v);
    let mut counter = Counter { n: 0 };
    let mut p = Pin::new(&mut counter);
    p.as_mut().bump();
    let boxed = Box::pin(Counter { n: 5 });
    println!("{} {}", p.as_mut().bump(), boxed.n);
    println!("{} {}", describe(Box::new(3)), describe(Box::new(String::from("s"))));
    let r: &dyn Any = &7u8;
    println!("{}", r.is::<u8>());
}
