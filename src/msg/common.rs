//! Phrases several stages share.

catalogue! {
    /// Small phrases used inside other messages and on the console.
    pub enum Common {
        /// After a list cut short.
        AndMore { n: usize } => "等{n}个", "and {n} more";
        /// A finding's place before its text.
        /// Between the items of a list inside a message.
        ListSeparator => "、", ", ";
        AtPlace { place: String, text: String } => "{place}：{text}", "{place}: {text}";
    }
}
