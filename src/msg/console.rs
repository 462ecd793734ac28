//! Messages of the console summary, progress and the driver's errors.

catalogue! {
    /// Messages of the console summary, progress and the driver's errors.
    pub enum Console {
    }
}
