//! The bulletin and reminders rendered from a model built on the real notice, read back
//! from the package XML: page setup, grid, fonts and sizes by level, footers, sections,
//! the tasks and units it must name, template errors, determinism.

use crate::support::read::{parts, xml_text};
use crate::support::{form_date, model};
use duban::model::{Model, Timeliness};
use duban::period::{Period, PeriodKind};
use duban::render::bulletin::Bulletin;
use duban::render::render_alone;
use duban::settings::Settings;
use duban::status::Status;
use duban::templates::Templates;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

/// Fills a period: statuses cycle by entry index; units 0-4 late, 5-7 missing.
fn fill(model: &mut Model, period: Period, shift: usize) {
    let p = model.periods.iter_mut().find(|p| p.period == period).unwrap();
    let date = p.deadline + chrono::Duration::days(3);
    let mut missing = Vec::new();
    for (i, s) in p.submissions.iter_mut().enumerate() {
        s.timeliness = match i {
            0..=4 => Timeliness::Late,
            5..=7 => Timeliness::Missing,
            _ => Timeliness::OnTime,
        };
        if s.timeliness == Timeliness::Late {
            s.evidence = Some(form_date(&s.unit, date));
        }
        if s.timeliness == Timeliness::Missing {
            missing.push(s.unit.clone());
        }
    }
    for (i, e) in p.entries.iter_mut().enumerate() {
        if missing.contains(&e.unit) {
            continue;
        }
        let k = i + shift;
        e.status = if k.is_multiple_of(7) {
            Status::Lagging
        } else if k.is_multiple_of(11) {
            Status::NotStarted
        } else if k.is_multiple_of(3) {
            Status::Completed
        } else {
            Status::OnTrack
        };
        e.progress = format!(
            "{}已完成年度目标的{}%，各项工作有序推进。",
            e.task_id,
            20 + k % 50
        );
    }
}

fn q1_model() -> Model {
    let q1 = Period::new(2020, PeriodKind::Q1);
    let mut m = model(q1).build();
    fill(&mut m, q1, 0);
    m
}

fn render(model: &Model, templates: &Templates, dir: &Path) -> Result<Vec<PathBuf>, String> {
    let settings = Settings::default();
    render_alone(&Bulletin, model, &settings, templates, dir).map_err(|e| e.to_string())
}

/// Every paragraph's XML, in order.
fn paragraphs(xml: &str) -> Vec<&str> {
    xml.split("</w:p>")
        .filter_map(|chunk| {
            let a = chunk
                .rfind("<w:p ")
                .into_iter()
                .chain(chunk.rfind("<w:p>"))
                .max()?;
            Some(&chunk[a..])
        })
        .collect()
}

fn paragraph_with<'a>(doc: &'a str, needle: &str) -> &'a str {
    paragraphs(doc)
        .into_iter()
        .find(|p| xml_text(p).contains(needle))
        .unwrap_or_else(|| panic!("no paragraph with {needle}"))
}

struct Rendered {
    _dir: tempfile::TempDir,
    files: Vec<PathBuf>,
    parts: BTreeMap<String, String>,
}

fn rendered() -> Rendered {
    let dir = tempfile::tempdir().unwrap();
    let files = render(&q1_model(), &Templates::load(None).unwrap(), dir.path()).unwrap();
    if let Ok(keep) = std::env::var("BULLETIN_OUT") {
        for f in &files {
            let to = Path::new(&keep).join(f.strip_prefix(dir.path()).unwrap());
            std::fs::create_dir_all(to.parent().unwrap()).unwrap();
            std::fs::copy(f, to).unwrap();
        }
    }
    let parts = parts(&files[0]);
    Rendered {
        _dir: dir,
        files,
        parts,
    }
}

#[test]
fn file_name_and_page_setup() {
    let r = rendered();
    assert!(
        r.files[0].ends_with("督查通报_2020年一季度.docx"),
        "{:?}",
        r.files[0]
    );
    let doc = &r.parts["word/document.xml"];
    assert_eq!(
        doc.matches("<w:sectPr>").count(),
        3,
        "body, landscape 附件1, 附件2"
    );
    assert_eq!(doc.matches(r#"<w:pgSz w:w="11906" w:h="16838"/>"#).count(), 2);
    assert_eq!(
        doc.matches(r#"<w:pgSz w:w="16838" w:h="11906" w:orient="landscape"/>"#)
            .count(),
        1
    );
    assert_eq!(
        doc.matches(r#"<w:pgMar w:top="2098" w:right="1474" w:bottom="1984" w:left="1587""#)
            .count(),
        2
    );
    // landscape: the margins turn with the page
    assert_eq!(
        doc.matches(r#"<w:pgMar w:top="1587" w:right="2098" w:bottom="1474" w:left="1984""#)
            .count(),
        1
    );
    assert!(doc.contains(r#"<w:docGrid w:type="lines" w:linePitch="579" w:charSpace="-841"/>"#));
    // 28 characters a line: 3号 body runs are condensed by 1/4 pt (28 x 15.75 pt = 441 pt,
    // within 156 mm = 442.2 pt; layout::tests pins the arithmetic)
    assert!(doc.contains(r#"<w:spacing w:val="-5" />"#));
    // the grid's character pitch is measured from the Normal style: 3号 (16 pt), one only
    let styles = &r.parts["word/styles.xml"];
    assert_eq!(styles.matches(r#"w:styleId="Normal""#).count(), 1, "{styles}");
    let normal = styles.split(r#"w:styleId="Normal""#).nth(1).unwrap();
    assert!(normal.contains(r#"<w:sz w:val="32" />"#) && normal.contains(r#"w:eastAsia="仿宋_GB2312""#));
}

#[test]
fn fonts_and_sizes_by_level() {
    let r = rendered();
    let doc = &r.parts["word/document.xml"];
    let title = paragraph_with(doc, "重点任务推进情况的通报");
    assert!(title.contains(r#"<w:sz w:val="44" />"#), "{title}");
    assert!(title.contains(r#"w:eastAsia="方正小标宋简体""#), "{title}");
    assert!(title.contains(r#"<w:jc w:val="center" />"#), "{title}");
    for (needle, font) in [
        ("一、总体情况", "黑体"),
        ("（一）部分任务推进滞后", "楷体_GB2312"),
        ("已完成", "仿宋_GB2312"),
    ] {
        let p = paragraph_with(doc, needle);
        assert!(p.contains(&format!(r#"w:eastAsia="{font}""#)), "{needle}: {p}");
        assert!(p.contains(r#"<w:sz w:val="32" />"#), "{needle}: {p}");
        assert!(p.contains(r#"w:ascii="Times New Roman""#), "{needle}: {p}");
        assert!(p.contains(r#"w:firstLineChars="200""#), "{needle}: {p}");
    }
    // every run names its East-Asian font
    let runs = doc.matches("<w:rFonts").count();
    assert_eq!(runs, doc.matches("w:eastAsia=").count());
    let head = paragraphs(doc)
        .into_iter()
        .find(|p| xml_text(p) == "附件1")
        .unwrap();
    assert!(
        head.contains(r#"w:eastAsia="黑体""#) && !head.contains("firstLine"),
        "{head}"
    );
}

#[test]
fn table_rows_are_never_split_and_headers_repeat() {
    let r = rendered();
    let doc = &r.parts["word/document.xml"];
    // 附件1 and 附件2 (the 版记 is framed paragraphs), each repeating its header row
    assert_eq!(doc.matches("<w:tbl>").count(), 2);
    assert_eq!(doc.matches("<w:tblHeader />").count(), 2);
    assert!(!doc.contains("<w:tblpPr"));
    // every row, header and body, is kept whole on one page
    let rows = doc.matches("<w:tr>").count() + doc.matches("<w:tr ").count();
    assert!(rows > 10, "{rows}");
    assert_eq!(doc.matches("<w:cantSplit />").count(), rows);
    let t = xml_text(doc);
    for h in [
        "编号",
        "任务",
        "牵头单位",
        "状态",
        "进展情况",
        "备注",
        "未按时报送",
    ] {
        assert!(t.contains(h), "{h}");
    }
    // the table's text is set flush left, not justified (a narrow cell would stretch it)
    let table = &doc[doc.find("<w:tbl>").unwrap()..];
    let table = &table[..table.find("</w:tbl>").unwrap()];
    assert!(!table.contains(r#"<w:jc w:val="both" />"#), "justified cell text");
}

/// The attribute `name` of the first element `tag` in `xml`.
fn attr<'a>(xml: &'a str, tag: &str, name: &str) -> Option<&'a str> {
    let el = &xml[xml.find(&format!("<{tag} "))?..];
    let el = &el[..el.find('>')?];
    let v = &el[el.find(&format!(" {name}=\""))? + name.len() + 3..];
    v.split('"').next()
}

#[test]
fn colophon_at_the_foot_of_the_last_page() {
    let r = rendered();
    let doc = &r.parts["word/document.xml"];
    let cc = paragraph_with(doc, "抄送：区委办，区人大办，区政协办。");
    let printed = paragraph_with(doc, "2020年4月13日印发");
    // after 附件2, as the last paragraphs but the frames' anchor
    let all = paragraphs(doc);
    let at = |p: &str| all.iter().position(|q| *q == p).unwrap();
    assert!(at(paragraph_with(doc, "未按时报送")) < at(cc));
    assert_eq!(at(cc) + 1, at(printed));
    assert_eq!(at(printed) + 2, all.len(), "one anchor paragraph after the 版记");
    assert!(xml_text(all[all.len() - 1]).is_empty());
    // two frames as wide as the text area, anchored to the margins: the 印发 line on the
    // bottom edge of the text area, the 抄送 line right above it
    for p in [cc, printed] {
        assert_eq!(attr(p, "w:framePr", "w:w"), Some("8845"), "{p}");
        assert_eq!(attr(p, "w:framePr", "w:vAnchor"), Some("margin"), "{p}");
        assert_eq!(attr(p, "w:framePr", "w:hAnchor"), Some("margin"), "{p}");
        assert!(
            !p.contains("<w:left ") && !p.contains("<w:right ") && !p.contains("<w:ind "),
            "{p}"
        );
    }
    assert_eq!(attr(printed, "w:framePr", "w:yAlign"), Some("bottom"));
    let y: i32 = attr(cc, "w:framePr", "w:y").unwrap().parse().unwrap();
    let text_h = 16838 - 2098 - 1984;
    assert!((text_h - 1100..text_h - 900).contains(&y), "{y}");
    // rules: thick above 抄送, thin between, thick at the bottom
    assert_eq!(attr(cc, "w:top", "w:sz"), Some("8"));
    assert_eq!(attr(cc, "w:bottom", "w:sz"), None);
    assert_eq!(attr(printed, "w:top", "w:sz"), Some("6"));
    assert_eq!(attr(printed, "w:bottom", "w:sz"), Some("8"));
    // the office one character in from the left, the date one in from the right
    assert!(xml_text(printed).starts_with("\u{3000}运城市盐湖区人民政府办公室"));
    assert!(xml_text(printed).ends_with("印发\u{3000}"));
    assert!(
        printed.contains(r#"<w:tab w:val="right" w:pos="8845" />"#),
        "{printed}"
    );
}

#[test]
fn nothing_invisible_and_no_ellipsis_in_any_part() {
    let r = rendered();
    let mut files = vec![r.files[0].clone()];
    files.extend(r.files[1..].iter().take(3).cloned());
    for f in &files {
        for (name, xml) in parts(f) {
            for c in ['\u{2060}', '\u{200B}', '\u{FEFF}'] {
                assert!(
                    !xml.contains(c),
                    "{}: {name} holds U+{:04X}",
                    f.display(),
                    c as u32
                );
            }
            assert!(!xml.contains("……"), "{}: {name} holds ……", f.display());
        }
    }
    // task IDs are written as they are: "1.(1).1" can be found in the document's text
    let t = xml_text(&r.parts["word/document.xml"]);
    let model = q1_model();
    let lagging = model
        .register
        .tasks
        .iter()
        .find(|t| t.id.contains('(') && model.current_progress().overall(t) == Some(Status::Lagging))
        .unwrap();
    assert!(t.contains(&lagging.id), "{}", lagging.id);
}

/// The part a relationship of document.xml points to.
fn target<'a>(r: &'a Rendered, id: &str) -> &'a str {
    let rels = &r.parts["word/_rels/document.xml.rels"];
    let rel = rels
        .split("<Relationship")
        .find(|x| x.contains(&format!(r#"Id="{id}""#)))
        .unwrap_or_else(|| panic!("no relationship {id}"));
    let file = rel.split("Target=\"").nth(1).unwrap().split('"').next().unwrap();
    &r.parts[&format!("word/{file}")]
}

/// The r:id of a section's `<w:{kind}Reference w:type="{ty}"`.
fn section_ref<'a>(sect: &'a str, kind: &str, ty: &str) -> &'a str {
    let open = format!(r#"<w:{kind}Reference w:type="{ty}" r:id=""#);
    let at = sect
        .find(&open)
        .unwrap_or_else(|| panic!("{kind} {ty} in {sect}"))
        + open.len();
    sect[at..].split('"').next().unwrap()
}

#[test]
fn footers_odd_right_even_left_and_landscape_numbers_on_the_binding_edge() {
    let r = rendered();
    assert!(r.parts["word/settings.xml"].contains("<w:evenAndOddHeaders"));
    let doc = &r.parts["word/document.xml"];
    let sections: Vec<&str> = doc.split("<w:sectPr>").skip(1).collect();
    assert_eq!(sections.len(), 3, "letter, landscape 附件1, 附件2");
    for (i, sect) in sections.iter().enumerate() {
        let landscape = sect.contains(r#"w:orient="landscape""#);
        assert_eq!(landscape, i == 1, "{sect}");
        let (odd, even) = (
            target(&r, section_ref(sect, "footer", "default")),
            target(&r, section_ref(sect, "footer", "even")),
        );
        let (hodd, heven) = (
            target(&r, section_ref(sect, "header", "default")),
            target(&r, section_ref(sect, "header", "even")),
        );
        if landscape {
            // no number at the foot of the long edge; a rotated one in the header's text box
            assert!(!odd.contains("PAGE") && !even.contains("PAGE"));
            for (h, jc) in [(hodd, "right"), (heven, "left")] {
                assert!(h.contains("PAGE") && h.contains(r#"vert="vert""#), "{h}");
                assert!(h.contains(r#"<wp:positionH relativeFrom="page">"#), "{h}");
                assert!(h.contains(&format!(r#"<w:jc w:val="{jc}"/>"#)), "{h}");
                assert!(!h.contains("[[landscape page number"), "mark replaced: {h}");
            }
        } else {
            assert!(!hodd.contains("PAGE") && !heven.contains("PAGE"));
            for (f, jc) in [(odd, "right"), (even, "left")] {
                assert!(f.contains("PAGE"), "{f}");
                assert!(
                    xml_text(f).starts_with("— ") && xml_text(f).ends_with(" —"),
                    "{f}"
                );
                assert!(f.contains(r#"<w:sz w:val="28" />"#) && f.contains(r#"w:eastAsia="宋体""#));
                assert!(f.contains(&format!(r#"<w:jc w:val="{jc}" />"#)), "{f}");
            }
        }
    }
}

/// The letter's text (masthead to signature) and 附件1's, apart.
fn letter_and_annex(doc: &str) -> (String, String) {
    let t = xml_text(doc);
    let table = t.find("编号任务牵头单位").expect("附件1's table");
    let at = t[..table].rfind("附件1").expect("附件1's head");
    (t[..at].to_string(), t[at..].to_string())
}

#[test]
fn every_problem_task_and_overdue_unit_is_named() {
    let model = q1_model();
    let r = rendered();
    let (letter, annex) = letter_and_annex(&r.parts["word/document.xml"]);
    let p = model.current_progress();
    let mut named = 0;
    for task in model.register.tasks.iter().filter(|t| t.projects.is_empty()) {
        if matches!(p.overall(task), Some(Status::Lagging | Status::NotStarted)) {
            // in 附件1 by ID and short name; in the letter by name or, condensed, by its
            // first unit
            assert!(
                annex.contains(&task.id) && annex.contains(&task.short_name()),
                "{}",
                task.id
            );
            let first = task.reporting_units().next().unwrap();
            assert!(
                letter.contains(&task.short_name()) || letter.contains(first),
                "{}",
                task.id
            );
            named += 1;
        }
    }
    assert!(named > 10, "{named}");
    for s in p.submissions.iter().filter(|s| s.timeliness.accused()) {
        assert!(letter.contains(&s.unit), "{}", s.unit);
        assert!(annex.contains(&s.unit), "{} in 附件2", s.unit);
    }
    assert!(letter.contains("名单见附件2"));
    assert!(letter.contains("督查结果作为年终考核的重要依据"));
    let all = xml_text(&r.parts["word/document.xml"]);
    assert!(all.contains("抄送：区委办，区人大办，区政协办。"));
    assert!(
        all.contains("2020年4月13日印发"),
        "date: first working day after 10 April"
    );
}

#[test]
fn reminders_for_exactly_the_missing_units() {
    let model = q1_model();
    let r = rendered();
    let mut got: Vec<String> = r.files[1..]
        .iter()
        .map(|f| {
            assert_eq!(f.parent().unwrap().file_name().unwrap(), "催报通知");
            f.file_name()
                .unwrap()
                .to_string_lossy()
                .replace("_催报通知.docx", "")
        })
        .collect();
    got.sort();
    let mut want: Vec<String> = model
        .current_progress()
        .units_by(Timeliness::Missing)
        .map(|s| s.unit.clone())
        .collect();
    want.sort();
    assert_eq!(got, want);
    let doc = &parts(&r.files[1])["word/document.xml"];
    assert!(xml_text(doc).contains("催报通知") && xml_text(doc).contains("纳入年终考核"));
}

#[test]
fn same_model_same_bytes() {
    let a = rendered();
    let b = rendered();
    for (x, y) in a.files.iter().zip(&b.files) {
        assert_eq!(std::fs::read(x).unwrap(), std::fs::read(y).unwrap(), "{x:?}");
        // The same bytes on every platform too: the zip crate would write MS-DOS as the
        // entries' host system on Windows.
        let mut zip = zip::ZipArchive::new(std::fs::File::open(x).unwrap()).unwrap();
        for i in 0..zip.len() {
            assert_eq!(zip.by_index(i).unwrap().system(), zip::System::Unix, "{x:?}");
        }
    }
    // Dated the bulletin's date, issued by the office: never the clock.
    let settings = Settings::default();
    let date = settings.report_date(Period::new(2020, PeriodKind::Q1));
    let core = &a.parts["docProps/core.xml"];
    assert!(
        core.contains(&format!(">{date}T00:00:00Z</dcterms:modified>")),
        "{core}"
    );
    assert!(core.contains(&format!("<dc:creator>{}</dc:creator>", settings.office.name)));
}

#[test]
fn misspelt_variable_in_override_names_the_template() {
    let t = tempfile::tempdir().unwrap();
    std::fs::write(t.path().join("bulletin.hbs"), "[标题]\n{{period_titel}}\n").unwrap();
    let templates = Templates::load(Some(t.path())).unwrap();
    let out = tempfile::tempdir().unwrap();
    let err = render(&q1_model(), &templates, out.path()).unwrap_err();
    assert!(
        err.contains("bulletin.hbs") && err.contains("period_titel"),
        "{err}"
    );
    std::fs::write(t.path().join("bulletin.hbs"), "[标题]\nx\n[结尾]\n").unwrap();
    let templates = Templates::load(Some(t.path())).unwrap();
    let err = render(&q1_model(), &templates, out.path()).unwrap_err();
    assert!(err.contains("bulletin.hbs") && err.contains("[结尾]"), "{err}");
}

#[test]
fn comparison_with_the_previous_period() {
    let q1 = Period::new(2020, PeriodKind::Q1);
    let h1 = Period::new(2020, PeriodKind::H1);
    let mut m = model(h1).earlier(q1).build();
    fill(&mut m, q1, 0);
    fill(&mut m, h1, 1);
    // one text left as it was last period
    let first = m.periods[0]
        .entries
        .iter()
        .find(|e| e.reported())
        .unwrap()
        .clone();
    let e = m.periods[1]
        .entries
        .iter_mut()
        .find(|e| e.task_id == first.task_id && e.unit == first.unit)
        .unwrap();
    e.progress = first.progress.clone();
    // every other text of this period is rewritten: only that one repeats last period's
    for e in m.periods[1].entries.iter_mut().filter(|e| e.reported()) {
        if e.task_id != first.task_id || e.unit != first.unit {
            e.progress = format!("本期围绕{}召开专题推进会，逐项落实整改措施。", e.task_id);
        }
    }
    let dir = tempfile::tempdir().unwrap();
    let files = render(&m, &Templates::load(None).unwrap(), dir.path()).unwrap();
    let t = xml_text(&parts(&files[0])["word/document.xml"]);
    assert!(t.contains("与一季度相比，已完成任务由"), "{t}");
    // the copied text is named by its unit, alone, without "共1个单位"
    let copied = format!("经逐项比对，{}报送的1项任务进展情况与上期基本相同", first.unit);
    assert!(t.contains(&copied), "{t}");
    assert!(!t.contains("1个单位报送"), "{t}");
    // regressions once, as a count with the worst named
    let back =
        &t[t.find("部分任务进度较上期回退。").expect("regressions") + "部分任务进度较上期回退。".len()..];
    let sentence = &back[..back.find('。').unwrap()];
    assert!(
        sentence.starts_with("共") && sentence.contains("项，其中") && sentence.contains("”由"),
        "{sentence}"
    );
    assert_eq!(t.matches("部分任务进度较上期回退").count(), 1);
    // file names keep the notice's short word; the text says 上半年
    assert!(files[0].ends_with("督查通报_2020年半年.docx"));
    assert!(t.contains("关于2020年上半年《政府工作报告》"), "{t}");
}

#[test]
fn document_masthead_from_settings() {
    let mut settings = Settings::default();
    settings.bulletin.masthead = duban::settings::Masthead::Document;
    settings.bulletin.issue = Some(7);
    let dir = tempfile::tempdir().unwrap();
    let templates = Templates::load(None).unwrap();
    let model = q1_model();
    let files = render_alone(&Bulletin, &model, &settings, &templates, dir.path()).unwrap();
    let doc = &parts(&files[0])["word/document.xml"];
    let head = paragraph_with(doc, "运城市盐湖区人民政府办公室文件");
    assert!(head.contains(r#"<w:color w:val="FF0000" />"#), "{head}");
    let number = paragraph_with(doc, "运盐政办发〔2020〕24号");
    assert!(
        number.contains(r#"w:color="FF0000""#),
        "red rule under the 发文字号: {number}"
    );
    assert!(!xml_text(doc).contains("督查通报"));
    if let Ok(keep) = std::env::var("BULLETIN_OUT") {
        std::fs::create_dir_all(&keep).unwrap();
        std::fs::copy(&files[0], Path::new(&keep).join("document_masthead.docx")).unwrap();
    }
}

#[test]
fn properties_are_in_schema_order_for_word() {
    let r = rendered();
    for part in ["word/document.xml", "word/styles.xml"] {
        let xml = &r.parts[part];
        // docx-rs writes the paragraph's run properties first and w:szCs before w:rFonts;
        // Word checks element order, so the fixup puts them in schema order.
        for wrong in [
            "<w:pPr><w:rPr>",
            "</w:rPr><w:jc",
            "</w:rPr><w:ind",
            "</w:rPr><w:spacing",
            "<w:szCs w:val=\"32\" /><w:rFonts",
        ] {
            assert!(!xml.contains(wrong), "{part} contains {wrong}");
        }
    }
    assert!(r.parts["word/document.xml"].contains("<w:jc w:val=\"both\" /><w:rPr />"));
}

/// The relationship targets of every .rels part, as part names.
fn linked_parts(parts: &BTreeMap<String, String>) -> Vec<String> {
    let mut out = Vec::new();
    for (name, xml) in parts.iter().filter(|(n, _)| n.ends_with(".rels")) {
        let dir = name.rsplit_once("_rels/").map_or("", |(d, _)| d);
        for chunk in xml.split("Target=\"").skip(1) {
            let target = chunk.split('"').next().unwrap();
            out.push(format!("{dir}{target}"));
        }
    }
    out
}

#[test]
fn every_part_is_linked_described_and_dated() {
    let r = rendered();
    for f in &r.files {
        let parts = parts(f);
        // docx-rs writes these into every package; nothing here uses them, so none is left.
        for unused in ["numbering", "comments", "commentsExtended", "footnotes"] {
            assert!(
                !parts.contains_key(&format!("word/{unused}.xml")),
                "{f:?}: {unused}"
            );
        }
        let linked = linked_parts(&parts);
        for name in parts.keys() {
            let package_part = name.ends_with(".rels") || name == "[Content_Types].xml";
            assert!(
                package_part || linked.contains(name),
                "{f:?}: nothing links {name}"
            );
            let declared = parts["[Content_Types].xml"].contains(&format!("PartName=\"/{name}\""));
            assert!(package_part || declared, "{f:?}: {name} has no content type");
        }
        for target in &linked {
            assert!(
                parts.contains_key(target),
                "{f:?}: a relationship points to a missing {target}"
            );
        }
        assert!(linked.contains(&"word/theme/theme1.xml".to_string()));
        // Normal is the default paragraph style (python-docx names every paragraph by it).
        assert!(parts["word/styles.xml"].contains(r#"w:styleId="Normal" w:default="1""#));
        // Every font setting names the Chinese font too, and the font table says what to use
        // when an official font is missing.
        for part in ["word/document.xml", "word/footer1.xml", "word/footer2.xml"] {
            for fonts in parts[part].split("<w:rFonts").skip(1) {
                let tag = fonts.split('>').next().unwrap();
                assert!(
                    tag.contains("w:eastAsia=") && tag.contains("w:ascii="),
                    "{part}: {tag}"
                );
            }
        }
        let table = &parts["word/fontTable.xml"];
        for (font, alt) in [
            ("仿宋_GB2312", "仿宋"),
            ("方正小标宋简体", "华文中宋"),
            ("楷体_GB2312", "楷体"),
        ] {
            let entry = format!(r#"<w:font w:name="{font}"><w:altName w:val="{alt}"/>"#);
            assert!(table.contains(&entry), "{table}");
        }
        // Title: the document's own title lines.
        let core = &parts["docProps/core.xml"];
        let title = core
            .split("<dc:title>")
            .nth(1)
            .unwrap()
            .split("</dc:title>")
            .next()
            .unwrap();
        assert!(
            !title.is_empty() && xml_text(&parts["word/document.xml"]).contains(title),
            "{title}"
        );
    }
}

#[test]
fn counts_what_the_notice_lists_and_says_what_is_not_counted() {
    let model = q1_model();
    let r = rendered();
    let t = xml_text(&r.parts["word/document.xml"]);
    // 124 + 10 + 19 listed; 2.(1).2 stands for the 1311 projects, 9.(3).2 has only a group
    // as lead unit and 1311-9 none: 150 counted.
    assert_eq!(model.register.tasks.len(), 153);
    assert!(
        t.contains("共153项，其中2项未明确具体牵头单位、1项按“1311”重大工程项目逐个统计，纳入统计150项。"),
        "{t}"
    );
    let counts = model
        .current_progress()
        .status_counts(model.register.tasks.iter());
    assert_eq!(counts.values().sum::<usize>(), 150);
    // each status with its count and share, none of zero
    for (s, n) in &counts {
        let share = format!("{:.1}", *n as f64 * 100.0 / 150.0);
        let said = format!("{}{n}项，占{}%", s.label(), share.trim_end_matches(".0"));
        assert_eq!(t.contains(&said), *n > 0, "{said} in {t}");
    }
    assert!(!t.contains("0项") || t.contains("10项"), "a zero count: {t}");
    // the notice cited by its number
    assert!(
        t.contains("任务分解的通知》（运盐政办发〔2020〕24号）要求"),
        "{t}"
    );
}

#[test]
fn units_named_not_leaders_unless_asked_and_never_a_job_title() {
    let mut model = q1_model();
    // a task whose 责任人 are a job title and a person, lagging
    let task = model
        .register
        .tasks
        .iter()
        .find(|t| t.leaders.iter().any(|l| l == "分管文教卫副区长") && t.leaders.len() > 1)
        .unwrap()
        .clone();
    let person = task
        .leaders
        .iter()
        .find(|l| *l != "分管文教卫副区长")
        .unwrap()
        .clone();
    let current = model.current;
    for e in model.period_mut(current).unwrap().entries.iter_mut() {
        if e.task_id == task.id {
            e.status = Status::Lagging;
        }
    }
    let model = model;
    let leaders: Vec<&str> = model.register.leaders.iter().map(|l| l.name.as_str()).collect();
    assert!(
        leaders.contains(&"分管文教卫副区长"),
        "the notice has a job title as 责任人"
    );
    let letter = |settings: &Settings| {
        let dir = tempfile::tempdir().unwrap();
        let t = Templates::load(None).unwrap();
        let files = render_alone(&Bulletin, &model, settings, &t, dir.path()).unwrap();
        letter_and_annex(&parts(&files[0])["word/document.xml"]).0
    };
    let plain = letter(&Settings::default());
    for l in &leaders {
        assert!(!plain.contains(l), "{l} named in the letter");
    }
    assert!(!plain.contains("责任人"), "{plain}");
    // asked for, only persons are printed; the job title never, as a name or otherwise
    let mut settings = Settings::default();
    settings.bulletin.leaders = true;
    settings.bulletin.body_pages = 20;
    let asked = letter(&settings);
    assert!(asked.contains("（责任人："), "{asked}");
    assert!(
        asked.contains(&person) && asked.contains(&task.short_name()),
        "{asked}"
    );
    assert!(!asked.contains("分管文教卫副区长"), "{asked}");
    assert!(
        !asked.contains("责任人：）") && !asked.contains("责任人：、"),
        "{asked}"
    );
}
