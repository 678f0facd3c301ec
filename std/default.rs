#[lang = "Default"]
pub trait Default {
    fn default() -> Self;
}
