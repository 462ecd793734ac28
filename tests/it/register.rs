//! The register read from the real notice: counts, a sample of fields from each attachment,
//! .txt and .docx agreement, JSON round trip.

use duban::register::{Attachment, Register};

fn notice(name: &str) -> Register {
    Register::load(&crate::support::fixture("notice").join(name)).unwrap()
}

#[test]
fn counts_match_the_notice() {
    let r = notice("notice.txt");
    assert_eq!(r.tasks_in(Attachment::Programmes).count(), 124);
    assert_eq!(r.tasks_in(Attachment::Matters).count(), 10);
    assert_eq!(r.tasks_in(Attachment::Projects).count(), 19);
    assert!(r.warnings.is_empty(), "{:?}", r.warnings);
    let programmes: std::collections::BTreeSet<_> = r
        .tasks_in(Attachment::Programmes)
        .map(|t| t.programme.as_ref().unwrap().number)
        .collect();
    assert_eq!(programmes.len(), 10);
}

#[test]
fn sample_of_attachment_one() {
    let r = notice("notice.txt");
    let t = r.task("1.(2).1").unwrap();
    assert_eq!(t.text, "严格整治“散乱污”企业，杜绝各类污染主体死灰复燃。");
    assert_eq!(t.leaders, ["曹峰", "薛慧康"]);
    assert_eq!(t.lead_units, ["市生态环境局盐湖分局"]);
    assert_eq!(t.partner_units, ["各乡镇办"]);
    assert_eq!(t.section.as_ref().unwrap().title, "持续强化污染防治。");
    let t = r.task("1.(2).3").unwrap();
    assert_eq!(t.leaders, ["董稷强", "杨伟", "裴军强"]);
    assert_eq!(t.lead_units, ["区交通运输局", "区交警大队"]);
    let t = r.task("1.(3).6").unwrap();
    assert_eq!(t.leaders, ["分管文教卫副区长", "薛慧康"]);
    assert!(r.leaders.iter().any(|l| l.name == "分管文教卫副区长" && l.title));
    let t = r.task("1.(3).3").unwrap();
    assert!(t.partner_units.is_empty());
}

#[test]
fn sample_of_attachment_two() {
    let r = notice("notice.txt");
    let t = r.task("实事3").unwrap();
    assert_eq!(
        t.leaders,
        ["董稷强", "曹峰", "分管文教卫副区长", "裴军强", "薛慧康"]
    );
    assert_eq!(t.lead_units, ["区民政局", "区残联", "区卫健体局"]);
    let t = r.task("实事9").unwrap();
    assert_eq!(t.lead_units, ["区林业局", "区自然资源局", "各乡镇办"]);
    assert_eq!(
        t.reporting_units().collect::<Vec<_>>(),
        ["区林业局", "区自然资源局"]
    );
}

#[test]
fn sample_of_attachment_three_and_links() {
    let r = notice("notice.txt");
    let p4 = r.task("1311-4").unwrap();
    assert_eq!(p4.text, "大川-PLA .PP 环保生物降解食品包装制品项目");
    let p8 = r.task("1311-8").unwrap();
    assert_eq!(p8.leaders, ["李哲", "苏引萍", "王宗勤"]);
    assert_eq!(p8.lead_units, ["区文旅投公司", "解州镇"]);
    let p3 = r.task("1311-3").unwrap();
    assert!(p3.leaders.is_empty());
    let p9 = r.task("1311-9").unwrap();
    assert!(p9.lead_units.is_empty());
    assert!(p9.flags.iter().any(|f| f.contains("无牵头单位")));
    let parent = r.task("2.(1).2").unwrap();
    assert_eq!(parent.projects.len(), 19);
    assert_eq!(p8.parent.as_deref(), Some("2.(1).2"));
    let p18 = r.task("1311-18").unwrap();
    assert_eq!(p18.leaders, ["郭一民", "张军", "雷刚"]);
}

#[test]
fn groups_are_not_reporting_units() {
    let r = notice("notice.txt");
    for g in [
        "各乡镇办",
        "相关乡镇办",
        "区脱贫攻坚领导小组成员单位",
        "“千人千企”领导组成员单位",
        "各相关职能部门",
    ] {
        let u = r.unit(g).unwrap_or_else(|| panic!("{g} missing"));
        assert!(u.group, "{g}");
        assert!(r.reporting_units().all(|x| x.name != g));
    }
    let gx = r.unit("盐湖高新区").unwrap();
    assert!(!gx.group && gx.lead_tasks.contains(&"1311-1".to_string()));
}

#[test]
fn txt_and_docx_give_the_same_register() {
    let mut txt = notice("notice.txt");
    let mut docx = notice("notice.docx");
    assert!(docx.warnings.is_empty(), "{:?}", docx.warnings);
    // Lines and paragraphs are numbered differently; everything else must agree.
    for t in txt.tasks.iter_mut().chain(docx.tasks.iter_mut()) {
        t.line = 0;
    }
    txt.source.clear();
    docx.source.clear();
    assert_eq!(txt, docx);
}

#[test]
fn json_round_trip() {
    let r = notice("notice.txt");
    let json = serde_json::to_string(&r).unwrap();
    let back: Register = serde_json::from_str(&json).unwrap();
    assert_eq!(r, back);
}

#[test]
fn a_notice_without_tasks_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let p = dir.path().join("empty.txt");
    std::fs::write(&p, "通知\n没有附件\n").unwrap();
    let err = Register::load(&p).unwrap_err().to_string();
    assert!(err.contains("未找到任务") && err.contains("empty.txt"), "{err}");
}
