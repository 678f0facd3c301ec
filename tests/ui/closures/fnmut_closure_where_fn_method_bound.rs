struct Button;

impl Button {
    fn on_press<F>(&self, handler: F)
    where
        F: Fn(),
    {
        handler();
    }
}

fn main() {
    let mut presses = 0;
    let count = || presses += 1; //~ ERROR E0525
    Button.on_press(count);
}
