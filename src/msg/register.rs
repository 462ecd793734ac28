//! Messages of reading the notice into the register.

catalogue! {
    /// Messages of reading the notice into the register.
    pub enum Register {
    }
}
