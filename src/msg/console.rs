//! Messages of the console summary, progress and the driver's errors.

catalogue! {
    /// Messages of the console summary, progress and the driver's errors.
    pub enum Console {
        /// The progress bar's prefix while input/ is read.
        ReadingReturns =>
            "正在读取报表",
            "reading returns";
    }
}
