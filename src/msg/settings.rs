//! Messages of duban.toml and templates.

catalogue! {
    /// Messages of duban.toml and templates.
    pub enum Settings {
    }
}
