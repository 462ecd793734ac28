//! Messages of writing outputs (ledgers, bulletin, reports, forms, manifest).

catalogue! {
    /// Messages of writing outputs (ledgers, bulletin, reports, forms, manifest).
    pub enum Render {
    }
}
