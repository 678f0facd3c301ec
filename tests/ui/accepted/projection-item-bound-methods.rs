// Methods of a rigid projection come from its associated type's declared bounds (and blanket impls over them).
trait Fut { type Item; fn poll(&self) -> Option<Self::Item>; }
trait IntoFut { type F; fn into_fut(self) -> Self::F; }
impl<F: Fut> IntoFut for F { type F = F; fn into_fut(self) -> F { self } }
trait Req: Sized { type Fu: Fut<Item = Self> + Send; fn make() -> Self::Fu; }
fn go<I: Req>() {
    let f = I::make().into_fut();
    let g = <I as Req>::make();
    let _ = g.poll();
}
fn main() {}
