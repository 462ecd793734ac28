//! Messages of reading cells into records (headers, roles, values, dates).

catalogue! {
    /// Messages of reading cells into records (headers, roles, values, dates).
    pub enum Extract {
        /// A column whose cells gave its role against its header word (or without one).
        RoleFromContent { file: String, sheet: String, col: String, header: String, kind: String, role: String } =>
            "{file} / {sheet} / {col}列（{header}）：内容为{kind}，按“{role}”读取",
            "{file} / {sheet} / column {col} ({header}): it holds {kind}; read as “{role}”";
        /// A column no role fits (or whose role another column holds better).
        RoleNone { file: String, sheet: String, col: String, header: String, kind: String } =>
            "{file} / {sheet} / {col}列（{header}）：内容为{kind}，无法确定所属栏目，原样列入“其他”",
            "{file} / {sheet} / column {col} ({header}): it holds {kind} that fits no column; kept verbatim as “其他”";
        /// Stands for the header of a column that has none.
        NoHeader => "无表头", "no header";
    }
}
