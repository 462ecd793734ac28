//! Pins every message of the catalogue (src/msg) whole, in Chinese and in English, and fails
//! when a catalogue gains a key no test here produces. Messages are produced through the real
//! code paths where that is practical (files really collected, the binary run on a bad
//! settings file and a bad command line), the rest built as values (tests/it/messages/*.rs).
//! A source scan fails when an English sentence, or Chinese text with `format!`, is built
//! outside the catalogue.

mod calendar;
mod collect;
mod common;
mod compare;
mod console;
mod extract;
mod folders;
mod layout;
mod matching;
mod merge;
mod paths;
mod plan;
mod register;
mod render;
mod scan;
mod settings;

use duban::msg::{self, Lang, Message};
use std::collections::{BTreeMap, BTreeSet};

/// The keys produced so far, by catalogue (the enum's type name).
#[derive(Default)]
pub struct Pins {
    seen: BTreeMap<&'static str, BTreeSet<&'static str>>,
}

impl Pins {
    /// `m` built as a value: its Chinese and English texts, whole.
    pub fn pin<M: Message>(&mut self, m: M, zh: &str, en: &str) {
        assert_eq!(m.text(Lang::Zh), zh, "{}::{} in Chinese", name::<M>(), m.key());
        assert_eq!(m.text(Lang::En), en, "{}::{} in English", name::<M>(), m.key());
        self.mark::<M>(m.key());
    }

    /// A layout phrase (`msg::LayoutMsg`) built as a value: one text, the same in both
    /// languages.
    pub fn same<M: Message>(&mut self, m: M, text: &str) {
        self.pin(m, text, text);
    }

    /// Layout phrase `key` of `M`, produced by running `produce` in each language: the same
    /// text both times.
    pub fn same_run<M: Message>(&mut self, key: &'static str, produce: impl Fn() -> String, text: &str) {
        self.pin_run::<M>(key, produce, text, text);
    }

    /// Message `key` of catalogue `M`, produced by running `produce` in each language.
    pub fn pin_run<M: Message>(
        &mut self,
        key: &'static str,
        produce: impl Fn() -> String,
        zh: &str,
        en: &str,
    ) {
        for (lang, want) in [(Lang::Zh, zh), (Lang::En, en)] {
            let got = msg::with_lang(lang, &produce);
            assert_eq!(got, want, "{}::{key} in {lang:?}", name::<M>());
        }
        self.mark::<M>(key);
    }

    /// Message `key` of `M` seen in an output checked by the caller.
    pub fn mark<M>(&mut self, key: &'static str) {
        self.seen.entry(name::<M>()).or_default().insert(key);
    }

    /// Every key of `M` was produced.
    fn covers<M>(&self, keys: &[&'static str]) -> Vec<String> {
        let seen = self.seen.get(name::<M>()).cloned().unwrap_or_default();
        keys.iter()
            .filter(|k| !seen.contains(*k))
            .map(|k| format!("{}::{k}", name::<M>()))
            .collect()
    }
}

fn name<M>() -> &'static str {
    std::any::type_name::<M>().rsplit("::").next().unwrap_or("")
}

/// One test, so that the coverage check sees every pin. The language is switched on this
/// test's thread only (`msg::with_lang`), so tests running beside it keep Chinese.
#[test]
fn every_message_is_pinned_in_both_languages() {
    let mut p = Pins::default();
    paths::all(&mut p);
    calendar::all(&mut p);
    collect::all(&mut p);
    extract::all(&mut p);
    folders::all(&mut p);
    matching::all(&mut p);
    merge::all(&mut p);
    register::all(&mut p);
    settings::all(&mut p);
    render::all(&mut p);
    console::all(&mut p);
    common::all(&mut p);
    compare::all(&mut p);
    plan::all(&mut p);
    layout::all(&mut p);
    let missing: Vec<String> = [
        p.covers::<msg::CalendarMsg>(msg::CalendarMsg::KEYS),
        p.covers::<msg::CollectMsg>(msg::CollectMsg::KEYS),
        p.covers::<msg::ExtractMsg>(msg::ExtractMsg::KEYS),
        p.covers::<msg::CellKindMsg>(msg::CellKindMsg::KEYS),
        p.covers::<msg::IoMsg>(msg::IoMsg::KEYS),
        p.covers::<msg::MatchingMsg>(msg::MatchingMsg::KEYS),
        p.covers::<msg::MergeMsg>(msg::MergeMsg::KEYS),
        p.covers::<msg::RegisterMsg>(msg::RegisterMsg::KEYS),
        p.covers::<msg::SettingsMsg>(msg::SettingsMsg::KEYS),
        p.covers::<msg::RenderMsg>(msg::RenderMsg::KEYS),
        p.covers::<msg::ConsoleMsg>(msg::ConsoleMsg::KEYS),
        p.covers::<msg::CommonMsg>(msg::CommonMsg::KEYS),
        p.covers::<msg::CompareMsg>(msg::CompareMsg::KEYS),
        p.covers::<msg::PlanMsg>(msg::PlanMsg::KEYS),
        p.covers::<msg::LayoutMsg>(msg::LayoutMsg::KEYS),
    ]
    .concat();
    assert!(
        missing.is_empty(),
        "messages no test produces (pin them in tests/it/messages/<stage>.rs): {missing:?}"
    );
}

/// `duban --help` with the language from the environment only.
fn help_with_env(vars: &[(&str, &str)], args: &[&str]) -> String {
    let mut cmd = crate::support::command(crate::support::repo());
    for (k, v) in vars {
        cmd.env(k, v);
    }
    let out = cmd.args(args).arg("--help").output().unwrap();
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn chinese_unless_english_is_asked_for() {
    let zh = |s: &str| s.contains("用法：") && !s.contains("Usage:");
    let en = |s: &str| s.contains("Usage:") && !s.contains("用法：");
    assert!(zh(&help_with_env(&[], &[])));
    assert!(
        zh(&help_with_env(&[("LANG", "en_US.UTF-8")], &[])),
        "a full locale is no choice"
    );
    assert!(en(&help_with_env(&[("LANG", "en")], &[])));
    assert!(en(&help_with_env(&[("DUBAN_LANG", "en")], &[])));
    assert!(en(&help_with_env(&[], &["--lang", "en"])));
    assert!(en(&help_with_env(&[], &["run", "--lang=en"])));
    assert!(zh(&help_with_env(&[("DUBAN_LANG", "en")], &["--lang", "zh"])));
    assert!(zh(&help_with_env(&[("LANG", "en"), ("DUBAN_LANG", "zh")], &[])));
}
