use std::fmt;
use std::num::ParseIntError;

#[derive(Debug)]
enum AppError {
    Parse(ParseIntError),
    Empty,
}

impl From<ParseIntError> for AppError {
    fn from(e: ParseIntError) -> Self {
        AppError::Parse(e)
    }
}

impl fmt::Display for AppError {
    fn fmt(&self, f: &mut fmt::Formatter) -> fmt::Result {
        match self {
            AppError::Parse(e) => write!(f, "bad number: {}", e),
            AppError::Empty => write!(f, "empty"),
        }
    }
}

fn parse(s: &str) -> Result<i32, AppError> {
    if s.is_empty() {
        return Err(AppError::Empty);
    }
    let n = s.trim().parse::<i32>()?;
    Ok(n * 2)
}

fn first_even(v: &[i32]) -> Option<i32> {
    let f = v.iter().find(|x| *x % 2 == 0)?;
    Some(*f)
}

fn main() {
    let items: Vec<String> = vec![1, 2].iter().map(|x| format!("{}", x)).collect();
    match parse("21") {
        Ok(n) => println!("{} {:?} {:?}", n, first_even(&[1, 4]), items),
        Err(e) => println!("{}", e),
    }
}
