//! The assessment's facts and the points the settings give each ([`Rules`]).
//!
//! A fact is a count kept per reporting unit (late reports, completed tasks, ...). A report
//! fact scores per count (`[assessment.points]`), a task fact by its share of the unit's own
//! tasks (`[assessment.rates]`: the points for 100 %), so a unit's score never grows with the
//! number of tasks it leads. The points come from the settings where the office set them,
//! else from the documented defaults of [`Fact::default_points`]; the code holds no other
//! rule.

use crate::msg;
use crate::settings::{
    Assessment as AssessmentSettings, ASSESSMENT_CONTRADICTED, ASSESSMENT_KEYS, CONTRADICTED_AS_WRITTEN,
};
use serde::Serialize;

/// What the assessment counts for each unit, in column order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Fact {
    /// Reports due: one per period counted.
    Due,
    OnTime,
    Late,
    Missing,
    /// A return whose table holds nothing for any task (已报送（空表）): no report.
    Empty,
    /// Reported, but when could not be established (no date, unreadable return): neither late
    /// nor missing, since there is no evidence either way.
    Undated,
    /// Tasks (entries) the unit leads at the current period; a shared task counts for each.
    Tasks,
    Completed,
    OnTrack,
    Lagging,
    NotStarted,
    /// Tasks the unit left without a report this period.
    NoReport,
    /// Entries copied from the previous period (与上期雷同).
    Copied,
    /// Rows of the unit that needed the office's check or correction (exceptions).
    Corrected,
    /// Tasks judged 欠进度 against the unit's own milestones (节点计划); counted, shown and
    /// scored only in a year with some plan ([`Rules::plans`]).
    BehindPlan,
}

impl Fact {
    pub(crate) const COUNT: usize = ASSESSMENT_KEYS.len();
    pub(crate) const ALL: [Fact; Fact::COUNT] = [
        Fact::Due,
        Fact::OnTime,
        Fact::Late,
        Fact::Missing,
        Fact::Empty,
        Fact::Undated,
        Fact::Tasks,
        Fact::Completed,
        Fact::OnTrack,
        Fact::Lagging,
        Fact::NotStarted,
        Fact::NoReport,
        Fact::Copied,
        Fact::Corrected,
        Fact::BehindPlan,
    ];

    /// The key in `[assessment.points]` ([`ASSESSMENT_KEYS`], in this enum's order).
    pub(crate) fn key(self) -> &'static str {
        ASSESSMENT_KEYS[self.index()]
    }

    /// Column header of the 考核 sheet.
    pub(crate) fn label(self) -> &'static str {
        match self {
            Fact::Due => "应报送",
            Fact::OnTime => "按时报送",
            Fact::Late => "逾期报送",
            Fact::Missing => "未报送",
            Fact::Empty => "报送空表",
            Fact::Undated => "报送时间未能认定",
            Fact::Tasks => "牵头任务",
            Fact::Completed => "已完成",
            Fact::OnTrack => "序时推进",
            Fact::Lagging => "滞后",
            Fact::NotStarted => "未启动",
            Fact::NoReport => "未反馈",
            Fact::Copied => "与上期雷同",
            Fact::Corrected => "需核对更正",
            Fact::BehindPlan => "欠进度",
        }
    }

    /// What one count of the fact is: 次 (a report), 项 (a task), 条 (a row).
    pub(crate) fn measure(self) -> &'static str {
        match self {
            Fact::Due | Fact::OnTime | Fact::Late | Fact::Missing | Fact::Empty | Fact::Undated => "次",
            Fact::Corrected => "条",
            _ => "项",
        }
    }

    /// How the fact scores: reports by their count (every unit has the same periods), the
    /// unit's tasks by their share of its own tasks (a unit with many tasks is not rewarded
    /// or punished for having many), the number of tasks not at all.
    pub(crate) fn scoring(self) -> Scoring {
        match self {
            Fact::Due | Fact::OnTime | Fact::Late | Fact::Missing | Fact::Empty | Fact::Undated => {
                Scoring::PerReport
            }
            Fact::Tasks => Scoring::Listed,
            _ => Scoring::Rate,
        }
    }

    /// The name of a rate fact's share: "完成率".
    pub(crate) fn rate_label(self) -> &'static str {
        match self {
            Fact::Completed => "完成率",
            Fact::OnTrack => "序时推进率",
            Fact::Lagging => "滞后率",
            Fact::NotStarted => "未启动率",
            Fact::NoReport => "未反馈率",
            Fact::Copied => "雷同率",
            Fact::Corrected => "需更正率",
            Fact::BehindPlan => "欠进度率",
            other => other.label(),
        }
    }

    /// The defaults follow the notice: late and missing reports 纳入年终考核成绩 (a missing
    /// report, or an empty one, weighs most), points per report; what the bulletin reports
    /// (通报情况，作为年终考核的重要依据) by the share of the unit's own tasks: all tasks
    /// completed +10, all lagging −10, all not started −15, all without a report −20 (saying
    /// nothing costs most), every entry copied −10, as many rows to correct as tasks −5, all
    /// behind the unit's own milestones (欠进度) −10, as much as all lagging.
    pub fn default_points(self) -> f64 {
        match self {
            Fact::BehindPlan => -10.0,
            Fact::Late => -2.0,
            Fact::Missing | Fact::Empty => -5.0,
            Fact::Completed => 10.0,
            Fact::Lagging => -10.0,
            Fact::NotStarted => -15.0,
            Fact::NoReport => -20.0,
            Fact::Copied => -10.0,
            Fact::Corrected => -5.0,
            _ => 0.0,
        }
    }

    pub(crate) fn from_key(key: &str) -> Option<Fact> {
        Fact::ALL.into_iter().find(|f| f.key() == key)
    }

    pub(crate) fn index(self) -> usize {
        self as usize
    }
}

/// How a fact turns into points.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Scoring {
    /// Points per count (`[assessment.points]`).
    PerReport,
    /// Points for a share of 100 % of the unit's own tasks (`[assessment.rates]`).
    Rate,
    /// Listed, never scored.
    Listed,
}

/// Where a task whose status its own progress contradicts is counted (`[assessment]
/// contradicted`): as a fact of the rates (default 需核对更正), or by the status as written.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub enum Contradicted {
    As(Fact),
    AsWritten,
}

impl Contradicted {
    /// A value of [`ASSESSMENT_CONTRADICTED`] (the settings refuse any other).
    fn parse(key: &str) -> Option<Contradicted> {
        if !ASSESSMENT_CONTRADICTED.contains(&key) {
            return None;
        }
        if key == CONTRADICTED_AS_WRITTEN {
            return Some(Contradicted::AsWritten);
        }
        Fact::from_key(key).map(Contradicted::As)
    }
}

/// The base score and the points of every fact, settings over defaults.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Rules {
    pub(crate) base: f64,
    points: [f64; Fact::COUNT],
    pub(crate) contradicted: Contradicted,
    /// Some unit sent a 节点计划 this year: only then is [`Fact::BehindPlan`] a column and a
    /// rule, so a year without plans is assessed as before there were plans.
    pub plans: bool,
}

impl Rules {
    /// Assumes validated settings (the settings check every key); an unknown key is ignored.
    /// `plans`: some unit sent a 节点计划 (without, [`Fact::BehindPlan`] neither shows nor
    /// scores).
    pub fn new(settings: &AssessmentSettings, plans: bool) -> Rules {
        let mut points = Fact::ALL.map(Fact::default_points);
        for (key, p) in settings.points.iter().chain(&settings.rates) {
            if let Some(f) = Fact::from_key(key) {
                points[f.index()] = *p;
            }
        }
        if !plans {
            points[Fact::BehindPlan.index()] = 0.0;
        }
        Rules {
            base: settings.base,
            points,
            contradicted: Contradicted::parse(&settings.contradicted)
                .unwrap_or(Contradicted::As(Fact::Corrected)),
            plans,
        }
    }

    /// Points per count of a report fact, or for 100 % of a rate fact.
    pub(crate) fn points(&self, fact: Fact) -> f64 {
        self.points[fact.index()]
    }

    /// The facts the 考核 sheet shows, in column order: all but [`Fact::BehindPlan`] in a
    /// year without plans.
    pub(crate) fn shown(&self) -> impl Iterator<Item = Fact> + '_ {
        Fact::ALL
            .into_iter()
            .filter(|f| self.plans || *f != Fact::BehindPlan)
    }

    /// The facts that score (non-zero points), in column order.
    pub fn scored(&self) -> impl Iterator<Item = (Fact, f64)> + '_ {
        Fact::ALL
            .into_iter()
            .map(|f| (f, self.points(f)))
            .filter(|(f, p)| *p != 0.0 && f.scoring() != Scoring::Listed)
    }

    /// "逾期报送每次−2分；…；完成率（占本单位牵头任务的比例）每100%+10分"
    pub(crate) fn describe(&self) -> String {
        let rules = self
            .scored()
            .map(|(f, p)| match f.scoring() {
                Scoring::Rate => msg::RenderMsg::AssessmentRateRule {
                    rate: f.rate_label().to_string(),
                    points: signed(p),
                },
                _ => msg::RenderMsg::AssessmentRule {
                    fact: f.label().to_string(),
                    unit: f.measure().to_string(),
                    points: signed(p),
                },
            })
            .map(|m| m.to_string());
        msg::clauses(rules)
    }

    /// The column header of a rule's points: "逾期报送（−2/次）", "完成率（+10×率）".
    pub(crate) fn header(&self, fact: Fact) -> String {
        let p = signed(self.points(fact));
        match fact.scoring() {
            Scoring::Rate => msg::RenderMsg::AssessmentRateHeader {
                rate: fact.rate_label().to_string(),
                points: p,
            }
            .to_string(),
            _ => msg::LayoutMsg::ScoreColumn {
                fact: fact.label().to_string(),
                points: p,
                measure: fact.measure().to_string(),
            }
            .to_string(),
        }
    }
}

/// Points as the office writes them: "+1", "−2", "−0.5", "0".
pub(crate) fn signed(p: f64) -> String {
    let n = number(p.abs());
    match p {
        p if p > 0.0 => format!("+{n}"),
        p if p < 0.0 => format!("−{n}"),
        _ => n,
    }
}

/// A score without trailing zeros: 100, 97.5, 99.25.
pub fn number(p: f64) -> String {
    let s = format!("{:.2}", p);
    s.trim_end_matches('0').trim_end_matches('.').to_string()
}

/// A share as a percentage without trailing zeros: "50%", "33.3%".
pub(crate) fn percent(rate: f64) -> String {
    let s = format!("{:.1}", rate * 100.0);
    format!("{}%", s.trim_end_matches('0').trim_end_matches('.'))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_unique_and_indexed_in_order() {
        for (i, f) in Fact::ALL.iter().enumerate() {
            assert_eq!(f.index(), i);
            assert_eq!(Fact::from_key(f.key()), Some(*f));
        }
    }

    #[test]
    fn each_fact_has_its_own_key() {
        use Fact::*;
        let keys = [
            (Due, "due"),
            (OnTime, "on_time"),
            (Late, "late"),
            (Missing, "missing"),
            (Empty, "empty"),
            (Undated, "undated"),
            (Tasks, "tasks"),
            (Completed, "completed"),
            (OnTrack, "on_track"),
            (Lagging, "lagging"),
            (NotStarted, "not_started"),
            (NoReport, "no_report"),
            (Copied, "copied"),
            (Corrected, "corrected"),
            (BehindPlan, "behind_plan"),
        ];
        assert_eq!(keys.len(), Fact::COUNT);
        for (f, key) in keys {
            assert_eq!(f.key(), key);
        }
    }

    #[test]
    fn settings_override_one_default_each() {
        let mut s = AssessmentSettings::default();
        s.points.insert("late".into(), -3.0);
        s.rates.insert("completed".into(), 0.0);
        let r = Rules::new(&s, true);
        assert_eq!(r.points(Fact::Late), -3.0);
        assert_eq!(r.points(Fact::Missing), -5.0);
        assert!(r.scored().all(|(f, _)| f != Fact::Completed));
        assert_eq!(r.contradicted, Contradicted::As(Fact::Corrected));
        assert_eq!(r.points(Fact::BehindPlan), -10.0);
        assert_eq!(r.shown().count(), Fact::COUNT);
        let without = Rules::new(&s, false);
        assert!(without.scored().all(|(f, _)| f != Fact::BehindPlan));
        assert!(without.shown().all(|f| f != Fact::BehindPlan));
    }

    #[test]
    fn the_settings_tables_follow_each_facts_scoring() {
        use crate::settings::{ASSESSMENT_POINTS_KEYS, ASSESSMENT_RATES_KEYS};
        let keys = |scoring| {
            Fact::ALL
                .into_iter()
                .filter(|f| f.scoring() == scoring)
                .map(Fact::key)
                .collect::<Vec<_>>()
        };
        assert_eq!(keys(Scoring::PerReport), ASSESSMENT_POINTS_KEYS);
        assert_eq!(keys(Scoring::Rate), ASSESSMENT_RATES_KEYS);
        for key in ASSESSMENT_CONTRADICTED {
            match Contradicted::parse(key) {
                Some(Contradicted::As(f)) => assert_eq!(f.scoring(), Scoring::Rate, "{key}"),
                Some(Contradicted::AsWritten) => assert_eq!(key, CONTRADICTED_AS_WRITTEN),
                None => panic!("{key} is not read"),
            }
        }
        assert_eq!(Contradicted::parse("copied"), None);
        let s = AssessmentSettings {
            contradicted: CONTRADICTED_AS_WRITTEN.into(),
            ..Default::default()
        };
        assert_eq!(Rules::new(&s, true).contradicted, Contradicted::AsWritten);
        assert_eq!(percent(1.0 / 3.0), "33.3%");
        assert_eq!(percent(0.5), "50%");
    }

    #[test]
    fn points_are_written_with_their_sign() {
        assert_eq!(signed(1.0), "+1");
        assert_eq!(signed(-2.0), "−2");
        assert_eq!(signed(-0.5), "−0.5");
        assert_eq!(number(97.25), "97.25");
        assert_eq!(number(100.0), "100");
    }
}
