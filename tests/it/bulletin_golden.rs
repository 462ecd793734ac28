//! Golden checks on the demo year's bulletins (issue 22), structure not bytes: the shipped
//! input/ run for 2020 上半年 (the returns' period) and for 2020 前三季度 (asked for; no unit has
//! reported it). Each check reads what a clerk signs: the letter (masthead to signature,
//! before 附件1) and the whole document.xml.
//!
//! The body's length is the bulletin's own estimate ([`duban::render::bulletin::pages`]), the
//! one the renderer condenses by; LibreOffice's pages of the same documents are recorded in
//! the closing note of issue 22 (measured with ../shared/tools/render).
//!
//! And a property on random models: every number in the body counts what it introduces, and
//! the statuses' counts are the ledger's 汇总.

use crate::support::read::{cells, part, xml_text};
use crate::support::{duban, form_date, model, repo};
use calamine::{Data, DataType};
use duban::analysis::Analysis;
use duban::compare::ChangeKind;
use duban::merge::PeriodChoice;
use duban::model::{Model, Timeliness};
use duban::period::{Period, PeriodKind};
use duban::register::Register;
use duban::render::bulletin::{content::BulletinContext, lines, pages, worded};
use duban::settings::Settings;
use duban::status::Status;
use duban::templates::Templates;
use proptest::prelude::*;
use std::path::{Path, PathBuf};

/// The demo's model for `kind`, its analysis and the bulletin's worded parts, as the driver
/// makes them.
fn worded_demo(
    kind: PeriodKind,
) -> (
    Model,
    Analysis,
    BulletinContext,
    duban::render::bulletin::lines::Parts,
) {
    let input = repo().join("input");
    let settings = Settings::load(&input).unwrap();
    let register = Register::load(&settings.notice_file(&input)).unwrap();
    let choice = PeriodChoice::Asked(Period::new(2020, kind));
    let model = duban::merge::ingest(register, &settings, &input, choice, false);
    let analysis = Analysis::compute(&model, &settings);
    let templates = Templates::load(None).unwrap();
    let (content, parts) = worded(&model, &analysis, &settings, &templates).unwrap();
    (model, analysis, content, parts)
}

/// Runs the binary on the demo for `period` ("" for the returns' own); the period folder.
fn run_demo(out: &Path, period: &str) -> PathBuf {
    let o = out.to_str().unwrap();
    let mut args = vec!["run", "--input", "input", "--output", o, "--quiet"];
    if !period.is_empty() {
        args.extend(["--period", period]);
    }
    let run = duban(repo(), &args);
    assert_eq!(run.code, Some(1), "{}", run.stderr);
    std::fs::read_dir(out)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.is_dir() && p.file_name().unwrap().to_string_lossy().starts_with("2020年"))
        .expect("the period folder")
}

/// The document's text and the letter's (up to the signature's `date`, the first after the
/// masthead's).
fn texts(docx: &Path, date: &str) -> (String, String, String) {
    let xml = part(docx, "word/document.xml");
    let t = xml_text(&xml);
    let opening = t.find("通报如下").expect("the opening sentence");
    let end = opening + t[opening..].find(date).expect("the signature's date") + date.len();
    (xml, t.clone(), t[..end].to_string())
}

/// Every check of the Tests on one bulletin.
fn check(kind: PeriodKind, period: &str) {
    let (model, analysis, content, parts) = worded_demo(kind);
    let estimate = pages::letter_pages(&parts);
    assert!(estimate <= 4, "{kind:?}: the letter takes {estimate} pages");

    let out = tempfile::tempdir().unwrap();
    let dir = run_demo(out.path(), period);
    let docx = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("督查通报"))
        .unwrap();
    let (xml, all, letter) = texts(&docx, &content.date);

    // the letter the binary wrote is the one estimated
    for line in parts.body.iter().filter(|l| !l.starts_with('（')) {
        assert!(
            letter.contains(line.as_str()),
            "{kind:?}: not in the letter: {line}"
        );
    }
    // 下一步工作要求 fits the period: numbered without a gap, nothing urged that is not so
    items_in_order(&parts.body).unwrap();
    let items = requirements(&parts.body);
    assert_eq!(
        items.iter().any(|i| i.ends_with("加快滞后任务进度")),
        content.problems.count > 0,
        "{kind:?}: {items:?}"
    );
    // no leader named
    for l in model.register.leaders.iter().filter(|l| !l.title) {
        assert!(!letter.contains(&l.name), "{kind:?}: leader {} named", l.name);
    }
    // nothing invisible, nothing cut
    for c in ['\u{2060}', '\u{200B}', '\u{FEFF}'] {
        assert!(!xml.contains(c), "{kind:?}: U+{:04X} in document.xml", c as u32);
    }
    assert!(!all.contains("……"), "{kind:?}: …… in the document");
    // 上半年 / 下半年, never 半年 alone
    for (i, _) in all.match_indices("半年") {
        let before = all[..i].chars().last();
        assert!(
            matches!(before, Some('上' | '下')),
            "{kind:?}: 半年 without 上/下: {}",
            &all[i.saturating_sub(30)..(i + 30).min(all.len())]
        );
    }
    // the notice cited by its number
    assert!(!model.register.number.is_empty());
    assert!(
        letter.contains(&model.register.number),
        "{kind:?}: no notice number"
    );
    // every highlight: no lead unit lagging, nothing copied, named in the letter
    let p = model.current_progress();
    for h in &content.highlights.items {
        let id = &h.task.id;
        for e in p.entries_for(id) {
            assert!(
                !matches!(e.status, Status::Lagging | Status::NotStarted | Status::NoReport),
                "{kind:?}: highlight {id}: {} is {}",
                e.unit,
                e.status
            );
        }
        let copied = analysis
            .changes
            .of_kind(ChangeKind::Copied)
            .any(|c| &c.task_id == id);
        assert!(!copied, "{kind:?}: highlight {id} copied");
        assert!(
            letter.contains(&h.task.name),
            "{kind:?}: highlight {id} not named"
        );
        // quoted by a whole clause of the unit's own words, short, no marker
        for q in &h.quotes {
            let e = p.entries_for(id).find(|e| e.unit == q.unit).unwrap();
            let words: String = e.progress.chars().filter(|c| !c.is_whitespace()).collect();
            let clause_at = words.find(&q.text).expect("the unit's words");
            let before = words[..clause_at].chars().last();
            let after = words[clause_at + q.text.len()..].chars().next();
            let ends = |c: Option<char>| c.is_none_or(|c| "，,；;。：:！？）)】]".contains(c));
            assert!(
                ends(before) && ends(after),
                "{kind:?}: {} cut from {words}",
                q.text
            );
            assert!(
                q.text.chars().count() <= settings_excerpt(),
                "{kind:?}: {}",
                q.text
            );
            assert!(
                letter.contains(&format!("{}。", q.text)),
                "{kind:?}: {} not in the letter",
                q.text
            );
        }
    }
    // a highlight says what was done when its unit wrote it in a short clause (the demo's do)
    assert!(
        content.highlights.items.is_empty() || content.highlights.items.iter().any(|h| !h.quotes.is_empty()),
        "{kind:?}: no highlight quoted"
    );
    // 附件1 lists the tasks needing attention but those 附件2 accounts for (every lead unit
    // 未报送): they are said in one sentence, or 附件1 is left out and the letter says so
    let listed = duban::render::bulletin::verdict::Verdicts::new(&model, &analysis.changes)
        .all
        .iter()
        .filter(|v| v.needs_attention())
        .count();
    assert_eq!(content.attachment_rows + content.unreported, listed, "{kind:?}");
    let table = all.find("编号任务牵头单位");
    assert_eq!(table.is_some(), content.attachment_rows > 0, "{kind:?}: 附件1");
    let left_out = format!("另有{}项任务因牵头单位未报送而未反馈", content.unreported);
    assert_eq!(all.contains(&left_out), content.unreported > 0 && table.is_some());
    if content.reporting.none_reported {
        assert!(table.is_none(), "{kind:?}: 附件1 when no unit reported");
    }
    if table.is_none() {
        assert!(letter.contains("本期不附任务进展情况表"), "{kind:?}");
        assert!(!letter.contains("附件1"), "{kind:?}: a reference to 附件1 left");
    }
    // every table row kept on one page
    let rows = xml.matches("<w:tr>").count() + xml.matches("<w:tr ").count();
    assert!(rows > 0);
    assert_eq!(
        xml.matches("<w:cantSplit").count(),
        rows,
        "{kind:?}: a row may split"
    );

    // the figures of 一、总体情况 are the ledger's 汇总
    let ledger = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .find(|p| p.file_name().unwrap().to_string_lossy().starts_with("工作台帐"))
        .unwrap();
    for (s, n) in status_column(&ledger) {
        let said = format!("{}{}项", s.label(), n);
        match n {
            0 => assert!(
                !letter.contains(&format!("{}0项", s.label())),
                "{kind:?}: zero said"
            ),
            _ => assert!(letter.contains(&said), "{kind:?}: {said} not in the letter"),
        }
    }
}

/// The demo's limit on a quote's length.
fn settings_excerpt() -> usize {
    Settings::load(&repo().join("input"))
        .unwrap()
        .bulletin
        .excerpt_chars
}

/// The ledger's 汇总, 一、按状态统计: each status and its 合计.
fn status_column(ledger: &Path) -> Vec<(Status, usize)> {
    let g = cells(ledger, "汇总");
    let text = |d: &Data| d.to_string();
    let top = g
        .iter()
        .position(|r| text(&r[0]) == "一、按状态统计（任务数）")
        .expect("一、按状态统计")
        + 2;
    Status::ALL
        .iter()
        .enumerate()
        .map(|(i, s)| {
            assert_eq!(text(&g[top + i][0]), s.label());
            (*s, g[top + i][4].as_f64().unwrap_or(0.0) as usize)
        })
        .collect()
}

#[test]
fn the_demo_half_year_bulletin() {
    check(PeriodKind::H1, "");
}

#[test]
fn the_demo_three_quarter_bulletin() {
    check(PeriodKind::Q3, "2020三季度");
}

/// A random half-year beside its 一季度: each unit's timeliness, each entry's status, its
/// text (sometimes last period's again), some statuses contradicted or left blank.
fn random_model(seed: u64) -> Model {
    use duban::demo::Rng;
    use duban::finding::{Contradiction, ExceptionKind};
    use duban::model::{Exception, Place};
    let mut rng = Rng::new(seed);
    let (q1, h1) = (
        Period::new(2020, PeriodKind::Q1),
        Period::new(2020, PeriodKind::H1),
    );
    let mut m = model(h1).earlier(q1).build();
    let mut exceptions = Vec::new();
    for period in [q1, h1] {
        let p = m.period_mut(period).unwrap();
        let late = p.deadline + chrono::Duration::days(3);
        let mut silent = Vec::new();
        for s in p.submissions.iter_mut() {
            s.timeliness = match rng.below(12) {
                0 => Timeliness::Late,
                1 => Timeliness::Missing,
                2 => Timeliness::Empty,
                3 => Timeliness::Undated,
                4 => Timeliness::Unreadable,
                _ => Timeliness::OnTime,
            };
            if s.timeliness == Timeliness::Late {
                s.evidence = Some(form_date(&s.unit, late));
            }
            if matches!(
                s.timeliness,
                Timeliness::Missing | Timeliness::Empty | Timeliness::Unreadable
            ) {
                silent.push(s.unit.clone());
            }
        }
        let phrases = [
            "按照年初安排有序推进",
            "已召开专题会议部署",
            "资金到位后加快实施",
            "正在开展前期调研论证",
        ];
        for (i, e) in p.entries.iter_mut().enumerate() {
            if silent.contains(&e.unit) {
                continue;
            }
            let statuses = [
                Status::Completed,
                Status::OnTrack,
                Status::OnTrack,
                Status::Lagging,
                Status::NotStarted,
                Status::NoReport,
            ];
            e.status = *rng.pick(&statuses);
            if e.status == Status::NoReport {
                continue;
            }
            e.progress = format!(
                "{}{}，完成年度目标的{}%。",
                e.task_id,
                rng.pick(&phrases),
                rng.range(5, 100)
            );
            let place = Place::cell(&format!("{}.xlsx", e.unit), "Sheet1", i as u32 + 2, 0);
            e.source = Some(place.clone());
            if period == h1 && rng.chance(5) {
                e.contradiction = Some(Contradiction {
                    place: place.clone(),
                    against: "完成进度5%（D3）".into(),
                });
            } else if period == h1 && e.status == Status::OnTrack && rng.chance(5) {
                exceptions.push(Exception {
                    kind: ExceptionKind::NoStatus,
                    place: Place::cell(&place.file, "Sheet1", i as u32 + 2, 2),
                    period: Some(h1),
                    unit: Some(e.unit.clone()),
                    task_id: Some(e.task_id.clone()),
                    message: String::new(),
                    row_text: String::new(),
                });
            }
        }
    }
    // some texts copied from the period before
    let before: Vec<(String, String, String)> = m.periods[0]
        .entries
        .iter()
        .map(|e| (e.task_id.clone(), e.unit.clone(), e.progress.clone()))
        .collect();
    for (task, unit, text) in before.iter().filter(|(_, _, t)| !t.is_empty()) {
        if rng.chance(15) {
            if let Some(e) = m
                .period_mut(h1)
                .unwrap()
                .entry_mut(task, unit)
                .filter(|e| e.reported())
            {
                e.progress = text.clone();
            }
        }
    }
    m.exceptions = exceptions;
    m
}

/// The number that ends right before byte `at` ("…的18" -> 18).
fn number_before(text: &str, at: usize) -> Option<usize> {
    let head = &text[..at];
    let start = head.trim_end_matches(|c: char| c.is_ascii_digit()).len();
    head[start..].parse().ok()
}

/// The number right after `prefix` at byte `at`.
fn number_after(text: &str, at: usize) -> Option<usize> {
    let digits: String = text[at..].chars().take_while(char::is_ascii_digit).collect();
    digits.parse().ok()
}

/// Every "N项：" list names N tasks (“…” each); every "N个（…）" and "…共N个单位" list names N
/// units; every "（k项）…共N个单位报送的M项" adds up to M; the statuses' counts add up to the
/// tasks counted.
fn counts_agree(body: &str, c: &BulletinContext) -> Result<(), String> {
    let fail = |what: &str, seg: &str| Err(format!("{what}: {seg}"));
    for sentence in body.split('。') {
        // N项：“a”、“b” (a unit's tasks, to the "；") or 的N项：… (a group's, to the sentence end)
        for (at, _) in sentence.match_indices("项：") {
            let Some(n) = number_before(sentence, at) else {
                continue;
            };
            let rest = &sentence[at + "项：".len()..];
            let digits = n.to_string().len();
            let group = sentence[..at - digits].ends_with('的');
            let seg = if group {
                rest
            } else {
                rest.split('；').next().unwrap()
            };
            if seg.matches('“').count() != n {
                return fail(&format!("{n}项 listing"), seg);
            }
        }
        // …共N个单位: the units from the clause's start (after "，", "涉及")
        for (at, _) in sentence.match_indices("共") {
            let Some(n) = number_after(sentence, at + "共".len()) else {
                continue;
            };
            if !sentence[at..].starts_with(&format!("共{n}个单位")) {
                continue;
            }
            let from = sentence[..at].rfind('，').map_or(0, |i| i + "，".len());
            let list = sentence[from..at].trim_start_matches("涉及");
            let items: Vec<&str> = list.split('、').collect();
            if items.len() != n {
                return fail(&format!("共{n}个单位"), list);
            }
            let counts: Vec<usize> = items
                .iter()
                .filter_map(|u| u.strip_suffix("项）")?.rsplit_once('（')?.1.parse().ok())
                .collect();
            let after = &sentence[at + format!("共{n}个单位").len()..];
            if counts.len() == n {
                if let Some(rest) = after.strip_prefix("报送的") {
                    let m = number_after(rest, 0).unwrap_or(0);
                    if counts.iter().sum::<usize>() != m {
                        return fail(&format!("{counts:?} against {m}"), sentence);
                    }
                }
            }
        }
        // 逾期报送N个（a、b）
        for (at, _) in sentence.match_indices("个（") {
            let Some(n) = number_before(sentence, at) else {
                continue;
            };
            let list = sentence[at + "个（".len()..].split('）').next().unwrap();
            if list.split('、').count() != n {
                return fail(&format!("{n}个"), list);
            }
        }
    }
    // the statuses as counted, and the sum
    let t = &c.tally;
    let said: usize = t
        .items
        .iter()
        .map(|i| {
            let s = format!("{}{}项，占{}", i.label, i.count, i.share);
            usize::from(body.contains(&s)) * i.count
        })
        .sum();
    if said != t.total || t.items.iter().map(|i| i.count).sum::<usize>() != t.total {
        return fail("statuses do not add up", &format!("{said} of {}", t.total));
    }
    if t.not_counted > 0 && !body.contains(&format!("纳入统计{}项", t.total)) {
        return fail("纳入统计", body);
    }
    // （一）'s 滞后 and 未启动 are the tally's
    if let Some(at) = body.find("部分任务推进滞后") {
        // the part runs to the next heading: "（二）…" or "四、…"
        let mut lines = body[at..].split('\n');
        let mut para = lines.next().unwrap().to_string();
        for l in lines.take_while(|l| !l.starts_with('（') && l.chars().nth(1) != Some('、')) {
            para.push_str(l);
        }
        let para = para.as_str();
        let first = para.split('。').nth(1).unwrap_or("");
        for (label, n) in [("滞后", t.lagging.count), ("未启动", t.not_started.count)] {
            if n > 0 && !first.contains(&format!("{label}{n}项")) {
                return fail(&format!("{label}{n}项"), first);
            }
        }
        let groups: usize = para
            .match_indices("的")
            .filter_map(|(i, _)| {
                let n = number_after(para, i + "的".len())?;
                para[i..].starts_with(&format!("的{n}项")).then_some(n)
            })
            .sum();
        if groups != t.lagging.count + t.not_started.count {
            return fail(&format!("groups {groups}"), para);
        }
    }
    // the reporting units add up
    let r = &c.reporting;
    if r.on_time + r.late.count + r.missing.count + r.empty.count + r.undated + r.unreadable != r.total {
        return fail("reporting", &format!("{r:?}"));
    }
    Ok(())
}

/// The items of every list ("一是…") numbered 一是, 二是, 三是 … anew under each heading,
/// without a gap.
fn items_in_order(body: &[String]) -> Result<(), String> {
    use duban::text::numerals::{is_chinese_digit, to_chinese};
    use lines::{level, Level};
    let mut next = 1;
    for line in body {
        if matches!(level(line), Level::One | Level::Two) {
            next = 1;
            continue;
        }
        let digits = line.chars().take_while(|c| is_chinese_digit(*c)).count();
        if digits == 0 || line.chars().nth(digits) != Some('是') {
            continue;
        }
        if !line.starts_with(&format!("{}是", to_chinese(next))) {
            return Err(format!("item {next} expected: {line}"));
        }
        next += 1;
    }
    Ok(())
}

/// The 下一步工作要求 items of a body, each up to its first "。".
fn requirements(body: &[String]) -> Vec<String> {
    body.iter()
        .skip_while(|l| !l.ends_with("下一步工作要求"))
        .skip(1)
        .take_while(|l| lines::level(l) == lines::Level::Body)
        .map(|l| l.split('。').next().unwrap().to_string())
        .collect()
}

/// A half-year where every unit reported on time and every task is 序时推进, beside its
/// 一季度; `lagging`: this many of its entries 滞后 instead.
fn calm_half_year(lagging: usize) -> Model {
    let (q1, h1) = (
        Period::new(2020, PeriodKind::Q1),
        Period::new(2020, PeriodKind::H1),
    );
    let mut m = model(h1).earlier(q1).build();
    for period in [q1, h1] {
        let p = m.period_mut(period).unwrap();
        let day = p.deadline - chrono::Duration::days(1);
        for s in p.submissions.iter_mut() {
            s.timeliness = Timeliness::OnTime;
            s.evidence = Some(form_date(&s.unit, day));
        }
        for (i, e) in p.entries.iter_mut().enumerate() {
            let late = period == h1 && i < lagging;
            e.status = if late { Status::Lagging } else { Status::OnTrack };
            e.progress = format!(
                "{}按照年初安排推进，{}完成年度目标的{}%。",
                e.task_id,
                period.label(),
                10 + i % 40
            );
        }
    }
    m
}

#[test]
fn requirements_follow_what_the_period_shows() {
    let settings = Settings::default();
    let templates = Templates::load(None).unwrap();
    let worded_body = |m: &Model| {
        let analysis = Analysis::compute(m, &settings);
        worded(m, &analysis, &settings, &templates).unwrap().1.body
    };
    // nothing lags, everyone on time, nothing copied: the two standing items only
    let body = worded_body(&calm_half_year(0));
    assert_eq!(
        requirements(&body),
        ["一是压实工作责任", "二是强化督查问效"],
        "{body:#?}"
    );
    // one task lagging: its item comes second, worded for 滞后 alone, the rest renumbered
    let body = worded_body(&calm_half_year(1));
    assert_eq!(
        requirements(&body),
        ["一是压实工作责任", "二是加快滞后任务进度", "三是强化督查问效"]
    );
    assert!(body
        .iter()
        .any(|l| l.starts_with("二是加快滞后任务进度。对滞后的任务，")));
    items_in_order(&body).unwrap();
    // a unit that did not report: the reporting item, with the call to report now
    let mut m = calm_half_year(0);
    let p = m.period_mut(Period::new(2020, PeriodKind::H1)).unwrap();
    let silent = p.submissions[0].unit.clone();
    p.submissions[0].timeliness = Timeliness::Missing;
    p.submissions[0].evidence = None;
    for e in p.entries.iter_mut().filter(|e| e.unit == silent) {
        e.status = Status::NoReport;
        e.progress.clear();
    }
    let body = worded_body(&m);
    let items = requirements(&body);
    assert_eq!(items[1], "二是按时报送", "{items:?}");
    assert!(body
        .iter()
        .any(|l| l.starts_with("二是按时报送") && l.ends_with("未报送的单位要立即补报。")));
}

#[test]
fn tasks_of_units_that_did_not_report_are_said_once_not_listed() {
    use duban::render::bulletin::verdict::Verdicts;
    let settings = Settings::default();
    let templates = Templates::load(None).unwrap();
    let h1 = Period::new(2020, PeriodKind::H1);
    let mut m = calm_half_year(1);
    // a unit that leads tasks alone, and one that shares its tasks, do not report
    let alone = |m: &Model, shared: bool| {
        let p = m.current_progress();
        p.submissions
            .iter()
            .map(|s| s.unit.clone())
            .find(|u| {
                let tasks: Vec<_> = m
                    .register
                    .tasks
                    .iter()
                    .filter(|t| t.reporting_units().any(|r| r == u))
                    .collect();
                !tasks.is_empty() && tasks.iter().all(|t| (t.reporting_units().count() > 1) == shared)
            })
            .unwrap()
    };
    let silent = [alone(&m, false), alone(&m, true)];
    let p = m.period_mut(h1).unwrap();
    for s in p.submissions.iter_mut().filter(|s| silent.contains(&s.unit)) {
        s.timeliness = Timeliness::Missing;
        s.evidence = None;
    }
    for e in p.entries.iter_mut().filter(|e| silent.contains(&e.unit)) {
        e.status = Status::NoReport;
        e.progress.clear();
    }
    let analysis = Analysis::compute(&m, &settings);
    let (c, _) = worded(&m, &analysis, &settings, &templates).unwrap();
    let of = |unit: &str| {
        m.register
            .tasks
            .iter()
            .filter(|t| t.projects.is_empty() && t.reporting_units().any(|r| r == unit))
            .count()
    };
    // the first unit's tasks are said in one sentence; the second's stay in 附件1 (the
    // other units' words are there)
    assert_eq!(c.unreported, of(&silent[0]));
    let verdicts = Verdicts::new(&m, &analysis.changes);
    let attention = verdicts.all.iter().filter(|v| v.needs_attention()).count();
    assert_eq!(c.attachment_rows + c.unreported, attention);
    assert!(c
        .rows
        .iter()
        .all(|r| !r.units.split('、').eq([silent[0].as_str()])));
    assert!(c.rows.iter().any(|r| r.units.split('、').any(|u| u == silent[1])));
    assert_eq!(
        c.tally.no_report.count,
        verdicts
            .all
            .iter()
            .filter(|v| v.status == Status::NoReport)
            .count()
    );
    // as printed: above 附件1, citing 附件2
    let dir = tempfile::tempdir().unwrap();
    let files = duban::render::render_alone(
        &duban::render::bulletin::Bulletin,
        &m,
        &settings,
        &templates,
        dir.path(),
    )
    .unwrap();
    let text = xml_text(&part(&files[0], "word/document.xml"));
    let said = format!(
        "另有{}项任务因牵头单位未报送而未反馈，未列入本表，未报送单位名单见附件2。",
        c.unreported
    );
    assert!(text.contains(&said), "{text}");
    assert!(text.contains("附件：1.") && text.contains("名单见附件2"));
}

/// The body cites each attachment by the number its [附件] line gives it: a template that
/// lists 报送 before 进展 has the letter say 名单见附件1 and 详见附件2.
#[test]
fn attachments_are_cited_by_their_number_in_the_template() {
    let settings = Settings::default();
    let mut m = calm_half_year(3);
    let p = m.period_mut(Period::new(2020, PeriodKind::H1)).unwrap();
    p.submissions[0].timeliness = Timeliness::Missing;
    p.submissions[0].evidence = None;
    let analysis = Analysis::compute(&m, &settings);
    let body = |templates: &Templates| worded(&m, &analysis, &settings, templates).unwrap().1;
    let built_in = body(&Templates::load(None).unwrap());
    let text = built_in.body.join("");
    assert!(
        text.contains("名单见附件2") && text.contains("详见附件1"),
        "{text}"
    );

    let source = std::fs::read_to_string(repo().join("templates/bulletin.hbs")).unwrap();
    let progress = source.find("{{#if attachment_rows}}\n进展|").unwrap();
    let reporting = source.find("{{#if reporting.overdue}}\n报送|").unwrap();
    let end = source[reporting..].find("{{/if}}\n").unwrap() + reporting + "{{/if}}\n".len();
    let swapped = format!(
        "{}{}{}{}",
        &source[..progress],
        &source[reporting..end],
        &source[progress..reporting],
        &source[end..]
    );
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("bulletin.hbs"), swapped).unwrap();
    let reordered = body(&Templates::load(Some(dir.path())).unwrap());
    assert!(
        reordered.attachments[0].starts_with("报送|"),
        "{:?}",
        reordered.attachments
    );
    let text = reordered.body.join("");
    assert!(
        text.contains("名单见附件1") && text.contains("详见附件2"),
        "{text}"
    );
}

proptest! {
    #![proptest_config(crate::support::proptest_config(16))]
    #[test]
    fn every_count_in_the_body_counts_what_it_lists(seed in any::<u64>()) {
        let m = random_model(seed);
        let settings = Settings::default();
        let analysis = duban::analysis::Analysis::compute(&m, &settings);
        let templates = Templates::load(None).unwrap();
        let (c, parts) = duban::render::bulletin::worded(&m, &analysis, &settings, &templates).unwrap();
        let body = parts.body.join("\n");
        prop_assert!(counts_agree(&body, &c).is_ok(), "{}\n{body}", counts_agree(&body, &c).unwrap_err());
        // 附件1's rows and the tasks said in one sentence are the tasks needing attention
        let verdicts = duban::render::bulletin::verdict::Verdicts::new(&m, &analysis.changes);
        let attention = verdicts.all.iter().filter(|v| v.needs_attention()).count();
        prop_assert_eq!(c.attachment_rows + c.unreported, attention);
        // 下一步工作要求: numbered without a gap, the lagging item exactly when something lags
        prop_assert!(items_in_order(&parts.body).is_ok(), "{}\n{body}", items_in_order(&parts.body).unwrap_err());
        let urged = requirements(&parts.body).iter().any(|i| i.ends_with("加快滞后任务进度"));
        prop_assert_eq!(urged, c.problems.count + c.plan.behind.count > 0, "{}", body);
        // and the body's statuses are the ledger's 汇总
        let dir = tempfile::tempdir().unwrap();
        duban::render::render_alone(&duban::render::ledger::Ledger, &m, &settings, &templates, dir.path()).unwrap();
        let summary = status_column(&dir.path().join("工作台帐_2020年半年.xlsx"));
        for (s, n) in summary {
            let said = c.tally.items.iter().find(|i| i.label == s.label()).map_or(0, |i| i.count);
            prop_assert_eq!(said, n, "{}", s);
        }
    }
}
