//! Text helpers every stage shares, one place for each: normalising text before it is
//! compared ([`normal`]), Chinese numerals both ways ([`numerals`]), leading enumerators
//! ("1.", "（三）", "一是") ([`enumerator`]), and texts and lists cut to a length
//! ([`shorten`]), text bytes of unknown encoding (UTF-8, GBK ...) ([`encoding`]). Nothing here depends on a stage.

pub mod encoding;
pub mod enumerator;
pub mod normal;
pub mod numerals;
pub mod shorten;

pub(crate) use normal::nfkc;
