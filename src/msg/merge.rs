//! Messages of merging returns into the model (periods, timeliness, superseded returns).

catalogue! {
    /// Messages of merging returns into the model (periods, timeliness, superseded returns).
    pub enum Merge {
    }
}
