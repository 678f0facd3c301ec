// `Fut<Item = Self>` on the associated type normalises `<<I as Req>::Fu as Fut>::Item` to `I`.
trait Fut { type Item; fn poll(&self) -> Option<Self::Item>; }
trait Req: Sized { type Fu: Fut<Item = Self> + Send; fn make() -> Self::Fu; fn name(&self) -> String; }
fn go<I: Req>() -> Option<String> {
    let g = <I as Req>::make();
    let v: Option<I> = g.poll();
    let s = v.map(|i| i.name());
    let t: u8 = g.poll(); //~ ERROR E0308
    s
}
fn main() {}
