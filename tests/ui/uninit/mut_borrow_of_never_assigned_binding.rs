fn main() {
    let name: String;
    let r = &mut name; //~ ERROR E0381
    r.push('x');
}
