struct Request {
    path: String,
    retries: u32,
}

impl Request {
    fn new(path: &str) -> Request {
        Request { path: String::from(path), retries: 0 }
    }

    fn retry(mut self, n: u32) -> Request {
        self.retries = n;
        self
    }
}

fn main() {
    let req = Request::new("/index").retry(3);
    let req = req.retry(4);
    println!("{} {}", req.path, req.retries);
}
