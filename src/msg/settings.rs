//! Messages of duban.toml and templates.

catalogue! {
    /// Messages of duban.toml and templates.
    pub enum Settings {
        /// compare.copied_similarity outside 0-1.
        CopiedSimilarityRange { value: f64 } =>
            "compare.copied_similarity：{value}不在0到1之间",
            "compare.copied_similarity: {value} is not between 0 and 1";
    }
}
