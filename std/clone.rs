#[lang = "Clone"]
pub trait Clone {
    fn clone(&self) -> Self;
}
