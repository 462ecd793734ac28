//! Messages of reading cells into records (headers, roles, values, dates).

catalogue! {
    /// Messages of reading cells into records (headers, roles, values, dates).
    pub enum Extract {
    }
}
