//! What an operating-system error means for the office, in its words: the cause and what to
//! do. The system's own text (English, or in the system's language) is kept for developers
//! in the English catalogue only.

catalogue! {
    /// Operating-system errors as the office reads them.
    pub enum IoMsg {
        NotFound { detail: String } =>
            "文件或文件夹不存在",
            "{detail}";
        /// Denied: on Windows, also a file open in Excel/WPS.
        Denied { detail: String } =>
            "没有权限写入（文件可能正在 Excel/WPS 中打开，或是只读的）：请先在 Excel/WPS 中关闭该文件，仍不行时请换一个输出文件夹（--output）",
            "{detail} (is the file open in Excel/WPS, or read-only? close it first, or choose another --output folder)";
        /// A file another program holds open (Windows sharing or lock violation).
        InUse { detail: String } =>
            "该文件正在其他程序中打开：请先在 Excel/WPS 中关闭该文件，再重新运行",
            "{detail} (the file is open in another program: close it in Excel/WPS and run again)";
        NotAFolder { detail: String } =>
            "路径中有一段是文件，不是文件夹：请用 --output 指定一个文件夹",
            "{detail} (a part of the path is a file, not a folder)";
        DiskFull { detail: String } =>
            "磁盘空间已满：请清理磁盘，或换一个输出文件夹（--output）",
            "{detail}";
        ReadOnlyDisk { detail: String } =>
            "磁盘是只读的：请换一个输出文件夹（--output）",
            "{detail}";
        /// An error duban made itself (`io::Error::other` with a catalogue text): its text.
        Own { text: String } =>
            "{text}",
            "{text}";
        /// Anything else: the system's error code for whoever helps the office.
        Other { code: String, detail: String } =>
            "操作系统报告错误（错误代码{code}）",
            "{detail}";
    }
}

/// `e` as the office reads it.
pub fn io_reason(e: &std::io::Error) -> IoMsg {
    use std::io::ErrorKind as K;
    let detail = e.to_string();
    // Windows: ERROR_SHARING_VIOLATION (32), ERROR_LOCK_VIOLATION (33), ERROR_USER_MAPPED_FILE
    // (1224): the file is open in Excel, WPS or another program.
    if cfg!(windows) && matches!(e.raw_os_error(), Some(32 | 33 | 1224)) {
        return IoMsg::InUse { detail };
    }
    if e.raw_os_error().is_none() && e.kind() == K::Other && e.get_ref().is_some() {
        return IoMsg::Own { text: detail };
    }
    match e.kind() {
        K::NotFound => IoMsg::NotFound { detail },
        K::PermissionDenied => IoMsg::Denied { detail },
        K::ResourceBusy | K::ExecutableFileBusy => IoMsg::InUse { detail },
        K::NotADirectory => IoMsg::NotAFolder { detail },
        K::StorageFull | K::QuotaExceeded => IoMsg::DiskFull { detail },
        K::ReadOnlyFilesystem => IoMsg::ReadOnlyDisk { detail },
        _ => IoMsg::Other {
            code: e
                .raw_os_error()
                .map(|c| c.to_string())
                .unwrap_or_else(|| format!("{:?}", e.kind())),
            detail,
        },
    }
}
