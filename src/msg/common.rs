//! Phrases several stages share.

catalogue! {
    /// Small phrases used inside other messages and on the console.
    pub enum Common {
        /// After a list cut short.
        AndMore { n: usize } => "等{n}个", "and {n} more";
    }
}
