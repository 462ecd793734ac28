//! Messages of reading input/ (walk, sniff, zip guard, readers, limits).

catalogue! {
    /// Messages of reading input/ (walk, sniff, zip guard, readers, limits).
    pub enum Collect {
    }
}
