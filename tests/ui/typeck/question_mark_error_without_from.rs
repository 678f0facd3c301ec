#[derive(Debug)]
struct ConfigError {
    line: usize,
}

fn parse_port(text: &str) -> Result<u16, ConfigError> {
    if text.is_empty() {
        return Err(ConfigError { line: 0 });
    }
    let port = text.trim().parse::<u16>()?; //~ ERROR E0277
    Ok(port)
}

fn main() {
    println!("{:?}", parse_port("80"));
}
