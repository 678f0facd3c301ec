struct Job {
    id: u32,
    payload: String,
}

fn main() {
    let job = Job { id: 7, payload: String::from("data") };
    let size = move || job.payload.len();
    println!("{} {}", job.payload, size()); //~ ERROR E0382
    println!("{}", job.id);
}
