//! How duban's lines reach the console: every line it prints goes through here ([`out!`](crate::out),
//! [`outln!`](crate::outln), [`errln!`](crate::errln)), and the window a double-click opens.
//!
//! - **A closed stdout or stderr** (`duban | head -1`, a closed window) is no failure of the
//!   run: the rest of that stream's lines are dropped, the run goes on, and it ends with the
//!   status it would have had. `print!` would panic (exit 101).
//! - **Encoding.** Everywhere but Windows, UTF-8. On Windows, a console window gets the text
//!   through the console API (Rust's std writes UTF-16 there, so Chinese shows whatever the
//!   code page); output redirected to a file or pipe (`duban > 日志.txt`, PowerShell's
//!   `| Out-File`) is written in the console's code page, GBK (936) on a Chinese Windows,
//!   because that is what cmd's `type`, PowerShell (it decodes a program's output with the
//!   console's code page, BOM or not) and Notepad's ANSI all read there. A UTF-8 BOM was the
//!   other choice: Notepad reads it, but PowerShell and `type` show it garbled. A code page
//!   that cannot write Chinese (437, 1252, …) gets UTF-8, which Notepad recognises.
//! - **Double-click** ([`Window`]): started from Explorer with no arguments, duban runs on the
//!   folder the exe sits in and waits for Enter before its window closes.

use crate::msg::ConsoleMsg;
use encoding_rs::Encoding;
use std::borrow::Cow;
use std::io::{IsTerminal, Write};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::OnceLock;

/// Prints to stdout through [`print()`] (see the module: a closed pipe ends nothing).
#[macro_export]
macro_rules! out {
    ($($arg:tt)*) => { $crate::console::print($crate::console::Stream::Out, format_args!($($arg)*)) };
}

/// [`out!`] with a newline.
#[macro_export]
macro_rules! outln {
    () => { $crate::out!("\n") };
    ($($arg:tt)*) => { $crate::out!("{}\n", format_args!($($arg)*)) };
}

/// Prints a line to stderr through [`print()`].
#[macro_export]
macro_rules! errln {
    ($($arg:tt)*) => {
        $crate::console::print($crate::console::Stream::Err, format_args!("{}\n", format_args!($($arg)*)))
    };
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Stream {
    Out,
    Err,
}

/// Set once a write to the stream failed: its later lines are dropped.
static CLOSED: [AtomicBool; 2] = [AtomicBool::new(false), AtomicBool::new(false)];

/// Writes `args` to `stream` in the stream's encoding and flushes it. A failed write (a
/// closed pipe, a full disk behind a redirection) silences the stream for the rest of the
/// run: the console is not the product, the files are, and their failures are reported.
pub fn print(stream: Stream, args: std::fmt::Arguments) {
    let closed = &CLOSED[stream as usize];
    if closed.load(Ordering::Relaxed) {
        return;
    }
    let text = args.to_string();
    let bytes = encode(&text, encoding(stream));
    let written = match stream {
        Stream::Out => write_all(std::io::stdout().lock(), &bytes),
        Stream::Err => write_all(std::io::stderr().lock(), &bytes),
    };
    if written.is_err() {
        closed.store(true, Ordering::Relaxed);
    }
}

fn write_all(mut w: impl Write, bytes: &[u8]) -> std::io::Result<()> {
    w.write_all(bytes)?;
    w.flush()
}

/// `text` in `encoding`: UTF-8 as it is; otherwise encoded, with characters the encoding
/// lacks as `&#NNNN;` (none for the CJK code pages and duban's texts).
pub(crate) fn encode<'a>(text: &'a str, encoding: &'static Encoding) -> Cow<'a, [u8]> {
    if encoding == encoding_rs::UTF_8 {
        return Cow::Borrowed(text.as_bytes());
    }
    encoding.encode(text).0
}

/// The stream's encoding, decided once (see the module).
fn encoding(stream: Stream) -> &'static Encoding {
    static CHOSEN: [OnceLock<&'static Encoding>; 2] = [OnceLock::new(), OnceLock::new()];
    CHOSEN[stream as usize].get_or_init(|| {
        let terminal = match stream {
            Stream::Out => std::io::stdout().is_terminal(),
            Stream::Err => std::io::stderr().is_terminal(),
        };
        if terminal {
            // A Windows console takes UTF-16 from std; a Unix or MSYS terminal, UTF-8.
            encoding_rs::UTF_8
        } else {
            for_code_page(windows::output_code_page())
        }
    })
}

/// The encoding for text redirected from a console whose code page is `cp` (0: none, as on
/// every system but Windows): the code page's own for the CJK ones and 65001, UTF-8 for the
/// rest, which cannot write Chinese.
pub(crate) fn for_code_page(cp: u32) -> &'static Encoding {
    match cp {
        936 => encoding_rs::GBK,
        54936 => encoding_rs::GB18030,
        950 => encoding_rs::BIG5,
        932 => encoding_rs::SHIFT_JIS,
        949 => encoding_rs::EUC_KR,
        _ => encoding_rs::UTF_8,
    }
}

/// The console window of a double-clicked duban.exe: [`Window::open`] first thing in `main`,
/// [`Window::close`] last.
#[derive(Debug)]
pub struct Window {
    wait: bool,
}

impl Window {
    /// Whether duban was double-clicked (Windows, no arguments, a console window of its own,
    /// someone at its keyboard); if so, the working folder becomes the exe's, so input/ and
    /// output/ beside it are the ones read and written, whatever folder Explorer started in.
    pub fn open(arguments: usize) -> Window {
        let wait = arguments == 0 && windows::own_console() && std::io::stdin().is_terminal();
        if wait {
            let exe = std::env::current_exe().ok();
            if let Some(dir) = exe.as_deref().and_then(std::path::Path::parent) {
                // On failure the relative folders resolve where Explorer started, as before.
                let _ = std::env::set_current_dir(dir);
            }
        }
        Window { wait }
    }

    /// Waits for Enter ("按回车键关闭窗口") if the window closes with duban, so the clerk can
    /// read the summary; returns at once in a console someone opened.
    pub fn close(self) {
        if self.wait {
            print(Stream::Out, format_args!("\n{}", ConsoleMsg::PressEnterToClose));
            let _ = std::io::stdin().read_line(&mut String::new());
        }
    }
}

/// What duban asks Windows about its console; nothing elsewhere.
#[cfg(windows)]
mod windows {
    use windows_sys::Win32::Globalization::GetACP;
    use windows_sys::Win32::System::Console::{GetConsoleOutputCP, GetConsoleProcessList};

    /// The console's output code page, else (no console: a service, a scheduled task) the
    /// system's ANSI one.
    pub(crate) fn output_code_page() -> u32 {
        // SAFETY: neither takes arguments; both only read process state.
        match unsafe { GetConsoleOutputCP() } {
            0 => unsafe { GetACP() },
            cp => cp,
        }
    }

    /// True when this process is the only one attached to its console: Windows made the
    /// console for it (a double-click in Explorer), so the window closes when duban ends.
    /// From cmd or PowerShell the shell is attached too.
    pub(crate) fn own_console() -> bool {
        let mut ids = [0u32; 2];
        // SAFETY: the buffer and its length agree; the call only writes into it.
        let n = unsafe { GetConsoleProcessList(ids.as_mut_ptr(), ids.len() as u32) };
        n == 1
    }
}

#[cfg(not(windows))]
mod windows {
    pub(crate) fn output_code_page() -> u32 {
        0
    }

    pub(crate) fn own_console() -> bool {
        false
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_code_pages_get_their_encoding_and_the_rest_utf8() {
        assert_eq!(for_code_page(936), encoding_rs::GBK);
        assert_eq!(for_code_page(54936), encoding_rs::GB18030);
        assert_eq!(for_code_page(65001), encoding_rs::UTF_8);
        assert_eq!(for_code_page(1252), encoding_rs::UTF_8);
        assert_eq!(for_code_page(0), encoding_rs::UTF_8);
    }

    #[test]
    fn redirected_text_for_a_chinese_windows_is_gbk() {
        let line = "工作台帐：output/2020年一季度/工作台帐_2020年一季度.xlsx";
        let gbk = encode(line, for_code_page(936));
        assert_ne!(&gbk[..], line.as_bytes());
        let (back, _, lossy) = encoding_rs::GBK.decode(&gbk);
        assert!(!lossy);
        assert_eq!(back, line);
        assert!(matches!(encode(line, encoding_rs::UTF_8), Cow::Borrowed(_)));
    }

    #[test]
    fn a_window_opened_with_arguments_never_waits() {
        assert!(!Window::open(1).wait);
    }
}
