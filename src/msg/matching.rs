//! Messages of tying rows to tasks, units and periods.

catalogue! {
    /// Messages of tying rows to tasks, units and periods.
    pub enum Matching {
    }
}
