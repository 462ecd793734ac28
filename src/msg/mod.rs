//! The message catalogue: every sentence duban says to the office, in Chinese (the default)
//! and English (for developers), in one place.
//!
//! Each stage has its own catalogue file (`collect.rs`, `merge.rs`, ...) declaring one enum with
//! the `catalogue!` macro: a variant per message, its typed arguments, its Chinese and its
//! English text. A message is built as a value (`msg::CollectMsg::TooLarge { .. }`) and turned
//! into text with `.to_string()` (the run's language) or [`Message::text`]. Nothing else in the
//! code writes a user-facing sentence; `tests/it/messages.rs` pins every message in both languages
//! and searches the sources for English sentences built outside the catalogue.
//!
//! The documents' layout (titles, file names, headings: `layout.rs`, [`LayoutMsg`]) lives here
//! too, with one text for both languages: it stays Chinese whatever the language.
//!
//! Language: Chinese unless `--lang en`, `DUBAN_LANG=en`, or `LANG=en` (exactly `en`, not a full
//! locale such as `en_US.UTF-8`, which many servers set without anyone choosing it).

use std::cell::Cell;
use std::sync::atomic::{AtomicU8, Ordering};

#[macro_use]
mod macros;

/// The language of everything duban writes for people.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Lang {
    #[default]
    Zh,
    En,
}

impl Lang {
    /// `zh`/`cn`/`zh_CN...` or `en`/`en_...`, case-insensitive.
    pub(crate) fn parse(text: &str) -> Option<Lang> {
        let t = text.trim().to_ascii_lowercase();
        if t == "zh" || t == "cn" || t.starts_with("zh_") || t.starts_with("zh-") {
            Some(Lang::Zh)
        } else if t == "en" || t.starts_with("en_") || t.starts_with("en-") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The language asked for: the `--lang` value, else `DUBAN_LANG`, else `LANG` when it is
    /// exactly `en`, else Chinese.
    pub fn choose(flag: Option<&str>, duban_lang: Option<&str>, lang: Option<&str>) -> Lang {
        flag.and_then(Lang::parse)
            .or_else(|| duban_lang.and_then(Lang::parse))
            .or_else(|| {
                lang.filter(|l| l.trim().eq_ignore_ascii_case("en"))
                    .map(|_| Lang::En)
            })
            .unwrap_or_default()
    }
}

static LANG: AtomicU8 = AtomicU8::new(0);

thread_local! {
    /// A language for the current thread only, while [`with_lang`] runs.
    static THREAD_LANG: Cell<Option<Lang>> = const { Cell::new(None) };
}

/// Sets the language of the run (the binary does it once, before anything is said).
pub fn set_lang(lang: Lang) {
    LANG.store(lang as u8, Ordering::Relaxed);
}

/// The language of the run, or the one [`with_lang`] set on this thread.
pub fn lang() -> Lang {
    if let Some(lang) = THREAD_LANG.get() {
        return lang;
    }
    match LANG.load(Ordering::Relaxed) {
        1 => Lang::En,
        _ => Lang::Zh,
    }
}

/// Runs `f` with messages said in `lang` on this thread only (work `f` hands to other
/// threads keeps the run's language). The tests use it to produce both languages while other
/// tests of the same process keep the default.
pub fn with_lang<T>(lang: Lang, f: impl FnOnce() -> T) -> T {
    struct Restore(Option<Lang>);
    impl Drop for Restore {
        fn drop(&mut self) {
            THREAD_LANG.set(self.0);
        }
    }
    let _restore = Restore(THREAD_LANG.replace(Some(lang)));
    f()
}

/// What every catalogue enum offers.
pub trait Message: std::fmt::Display {
    /// The variant's name: stable, English, for machines (JSON `code` fields, tests).
    fn key(&self) -> &'static str;
    /// The text in `lang`.
    fn text(&self, lang: Lang) -> String;
}

mod calendar;
mod collect;
mod common;
mod compare;
mod console;
mod extract;
mod io;
mod layout;
mod matching;
mod merge;
mod plan;
mod register;
mod render;
mod settings;
pub use calendar::CalendarMsg;
pub use collect::CollectMsg;
pub use common::{clauses, commas, join, labelled, CommonMsg};
pub use compare::CompareMsg;
pub use console::ConsoleMsg;
pub use extract::{CellKindMsg, ExtractMsg};
pub use io::{io_reason, IoMsg};
pub use layout::LayoutMsg;
pub use matching::MatchingMsg;
pub use merge::MergeMsg;
pub use plan::PlanMsg;
pub use register::RegisterMsg;
pub use render::RenderMsg;
pub use settings::SettingsMsg;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_choice() {
        assert_eq!(Lang::choose(None, None, None), Lang::Zh);
        assert_eq!(Lang::choose(None, None, Some("en_US.UTF-8")), Lang::Zh);
        assert_eq!(Lang::choose(None, None, Some("en")), Lang::En);
        assert_eq!(Lang::choose(None, Some("en"), None), Lang::En);
        assert_eq!(Lang::choose(Some("zh"), Some("en"), Some("en")), Lang::Zh);
        assert_eq!(Lang::choose(Some("en"), None, None), Lang::En);
        assert_eq!(Lang::choose(Some("xx"), None, None), Lang::Zh);
    }

    #[test]
    fn a_message_in_both_languages() {
        let m = CommonMsg::Column { column: "D".into() };
        assert_eq!(m.key(), "Column");
        assert_eq!(m.text(Lang::Zh), "D列");
        assert_eq!(m.text(Lang::En), "column D");
    }
}
