//! Text of unknown encoding, as offices save it: a byte-order mark (UTF-8, UTF-16), else UTF-8
//! when the bytes are valid UTF-8, else what chardetng detects (GBK is read as GB18030, its
//! superset). The notice (.txt) and CSV returns are read alike.

use encoding_rs::{Encoding, GB18030, GBK, UTF_8};

/// The text of `bytes`, or None when they are not text in an encoding duban recognises.
pub(crate) fn decode(bytes: &[u8]) -> Option<String> {
    if let Some((enc, bom)) = Encoding::for_bom(bytes) {
        let (text, bad) = enc.decode_without_bom_handling(&bytes[bom..]);
        return (!bad).then(|| text.into_owned());
    }
    if let Ok(text) = std::str::from_utf8(bytes) {
        return Some(text.to_string());
    }
    let mut detector = chardetng::EncodingDetector::new(chardetng::Iso2022JpDetection::Deny);
    detector.feed(bytes, true);
    let mut enc = detector.guess(None, chardetng::Utf8Detection::Deny);
    if enc == GBK || enc == UTF_8 {
        enc = GB18030;
    }
    enc.decode_without_bom_handling_and_without_replacement(bytes)
        .map(|t| t.into_owned())
}
