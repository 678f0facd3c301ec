fn parse_digit(c: char) -> u32 {
    let value: u32;
    if c == '1' {
        value = 1;
    } else if c == '7' {
        value = 7;
    } else {
        return 0;
    }
    value
}

fn main() {
    println!("{} {}", parse_digit('7'), parse_digit('x'));
}
