//! Running a dependency's parser on a hostile file without letting its panic reach the user.
//!
//! calamine and cfb are fuzzed with duban (docs/PERFORMANCE.md) but can still panic on a
//! malformed file (an index out of range in a damaged .xls FAT chain, say). [`run`] catches
//! such a panic, so the file becomes Failed with a reason and the run goes on. The default
//! panic hook would still print "thread panicked at …" on stderr, which reads like a crash to
//! whoever runs duban; [`quiet_panics_in_readers`] (called once by the binary) keeps that
//! message back for panics raised inside [`run`] and leaves every other panic as it was.

use std::cell::Cell;
use std::panic::{catch_unwind, AssertUnwindSafe};

thread_local! {
    static INSIDE: Cell<bool> = const { Cell::new(false) };
}

/// Runs `f`; None if it panicked.
pub(crate) fn run<T>(f: impl FnOnce() -> T) -> Option<T> {
    let outer = INSIDE.with(|i| i.replace(true));
    let result = catch_unwind(AssertUnwindSafe(f));
    INSIDE.with(|i| i.set(outer));
    result.ok()
}

/// Installs a panic hook that says nothing for panics caught by `run` and hands every other
/// panic to the hook that was there before. Call once, early; tests that count panics with a
/// hook of their own do not call it.
pub fn quiet_panics_in_readers() {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        if !INSIDE.with(Cell::get) {
            previous(info);
        }
    }));
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_panic_inside_is_caught_and_nesting_restores_the_flag() {
        assert_eq!(super::run(|| 7), Some(7));
        let caught: Option<()> = super::run(|| panic!("reader fault"));
        assert!(caught.is_none());
        let nested = super::run(|| {
            let inner: Option<()> = super::run(|| panic!("inner"));
            (inner.is_none(), super::INSIDE.with(std::cell::Cell::get))
        });
        assert_eq!(nested, Some((true, true)));
        assert!(!super::INSIDE.with(std::cell::Cell::get));
    }
}
