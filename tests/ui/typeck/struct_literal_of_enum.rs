// A struct literal needs a struct, union or variant: not an enum, a primitive, or an alias of an enum.
enum Shape { Circle { radius: f64 } }
type Figure = Shape;
fn main() {
    let _ = Figure { radius: 1.0 }; //~ ERROR E0071
    let _ = Shape { radius: 1.0 }; //~ ERROR E0574
    let _ = f64 { radius: 1.0 }; //~ ERROR E0574
    let _ = Shape::Circle { radius: 1.0 };
}
