trait Render {
    fn render(&self) -> String;
}

struct Scene<'a, 'b> { //~ ERROR E0392
    layers: Vec<Box<dyn Render + 'a + 'b>>, //~ ERROR E0226
}

fn draw<'a>(r: &'a (dyn Render + 'a)) -> String {
    r.render()
}

fn main() {
    let _: Option<Scene<'static, 'static>> = None;
    let _ = draw;
}
