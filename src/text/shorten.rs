//! Texts cut to a length: back to a mark (a clause's comma) when one falls late enough, else
//! at the length, and marked "……" (`cut_point`, for the reasons of lagging tasks); plain cuts
//! for messages; lists cut to a number of items. For official text (the bulletin, the ledgers'
//! task names), cuts that never fall inside a word and add nothing: a text's first clause
//! ([`first_clause`]), a clause that states a result ([`result_clause`]), whole sentences
//! or clauses up to a length ([`excerpt`]).

use crate::msg::CommonMsg;

/// What marks a cut text.
pub(crate) const ELLIPSIS: &str = "……";

/// Where to cut `chars` (longer than `max`): right before the last of `marks` among the first
/// `max` characters when it stands at `least` or later, else at `max`.
pub(crate) fn cut_point(chars: &[char], max: usize, marks: &str, least: usize) -> usize {
    chars[..max]
        .iter()
        .rposition(|c| marks.contains(*c))
        .filter(|&i| i >= least)
        .unwrap_or(max)
}

/// A cell's lines (Alt+Enter) as one sentence: "；" between two lines unless the first ends
/// with a mark of its own, so two items never fuse into one phrase.
pub(crate) fn line_breaks_as_semicolons(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for line in text.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if !out.is_empty()
            && !out.ends_with(['。', '；', ';', '！', '？', '!', '?', '，', ',', '、', '：', ':'])
        {
            out.push('；');
        }
        out.push_str(line);
    }
    out
}

/// The first `max` characters of `text`, followed by `mark` when anything was cut.
pub(crate) fn clip(text: &str, max: usize, mark: &str) -> String {
    let mut chars = text.chars();
    let head: String = chars.by_ref().take(max).collect();
    if chars.next().is_some() {
        head + mark
    } else {
        head
    }
}

/// The first `max` items joined into a list ([`crate::msg::join`]), then how many there are in all when any is left
/// out ("区财政局、区税务局等12个").
pub(crate) fn list(items: &[&str], max: usize) -> String {
    let list = crate::msg::join(items.iter().take(max));
    if items.len() > max {
        let (total, more) = (items.len(), items.len() - max);
        CommonMsg::ListCut { list, total, more }.to_string()
    } else {
        list
    }
}

/// Marks that end a clause of a task text.
const CLAUSE_END: [char; 6] = ['，', '。', '；', ',', ';', '！'];
/// Marks that end a sentence of a progress text.
const SENTENCE_END: [char; 6] = ['。', '；', ';', '！', '？', '!'];
/// A first clause shorter than this ("一是") takes the next one too.
const MIN_CLAUSE: usize = 4;

/// A text's first clause (up to the first "，" "。" or "；"), its leading numbering and its
/// whitespace removed; a clause shorter than four characters takes the next one along.
/// Leading clauses that only frame the task ([`frames`]: "以创建国家森林城市为契机",
/// "蔬菜方面", "在北部农业片区", "依托…") are passed over when the same sentence goes on, and
/// a leading "对" that only introduces the object ("对新联盟物流…等续建项目，要…") is dropped:
/// the name is the first clause that says what is done.
pub fn first_clause(text: &str) -> String {
    let text = squeeze(text);
    let text = super::enumerator::strip_enumerator(&text).trim_start_matches(CLAUSE_END);
    let clauses: Vec<&str> = text.split_inclusive(CLAUSE_END).collect();
    let skip = clauses
        .iter()
        .take_while(|c| c.ends_with(['，', ',']) && frames(c.trim_end_matches(CLAUSE_END)))
        .count()
        .min(clauses.len().saturating_sub(1));
    let mut name = String::new();
    for clause in &clauses[skip..] {
        name.push_str(clause);
        if name.trim_end_matches(CLAUSE_END).chars().count() >= MIN_CLAUSE {
            break;
        }
    }
    let goes_on = name.ends_with(['，', ',']);
    let name = name.trim_end_matches(CLAUSE_END);
    // "要抢抓…": the modal of the notice's sentence, not part of the task's name.
    let name = match name.strip_prefix('要') {
        Some(rest)
            if !rest.starts_with(YAO_NOUNS)
                && !rest.contains(CLAUSE_END)
                && rest.chars().count() >= MIN_CLAUSE =>
        {
            rest
        }
        _ => name,
    };
    match name.strip_prefix('对') {
        Some(object) if goes_on && introduces_object(object) => object.to_string(),
        _ => name.to_string(),
    }
}

/// What a "以…为…" frame ends on ("以…为契机", "以…为抓手").
const FRAMED_BY_YI: [&str; 13] = [
    "契机",
    "抓手",
    "重点",
    "主",
    "目标",
    "依托",
    "载体",
    "导向",
    "核心",
    "主线",
    "突破口",
    "引领",
    "统领",
];
/// Words that open a clause setting the ground of a task, not the task.
const GROUND_WORDS: [&str; 10] = [
    "围绕", "依托", "借助", "按照", "根据", "结合", "聚焦", "立足", "着眼", "本着",
];
/// How a "在…" clause of place or field ends ("在北部峨嵋岭生态富民产业带上", "在南部提升片区").
const PLACE_ENDS: [&str; 12] = [
    "上", "中", "下", "里", "内", "方面", "片区", "区域", "领域", "期间", "之际", "时",
];
/// "要" beginning a noun ("要素保障"), not the modal "要抢抓".
const YAO_NOUNS: [char; 9] = ['素', '点', '求', '件', '害', '闻', '地', '务', '案'];
/// "对" as part of a verb ("对接社会资本"), not the preposition.
const DUI_VERBS: [char; 10] = ['接', '标', '口', '外', '照', '比', '应', '待', '抗', '话'];

/// A clause that frames a task instead of naming it: "以…为契机", "围绕…", "依托…",
/// "在…上/片区/方面", "蔬菜方面", "舜帝公园景区建设上".
pub fn frames(clause: &str) -> bool {
    let ends = |words: &[&str]| words.iter().any(|w| clause.ends_with(w));
    (clause.starts_with('以') && clause.contains('为') && ends(&FRAMED_BY_YI))
        || GROUND_WORDS.iter().any(|w| clause.starts_with(w))
        || (clause.starts_with('在') && ends(&PLACE_ENDS))
        || clause.ends_with("方面")
        || (clause.ends_with('上') && clause.chars().count() > 3)
}

/// After a leading "对": an object the next clause acts on, not "对X进行Y" (which carries its
/// verb) nor a verb beginning with 对 ("对接").
fn introduces_object(rest: &str) -> bool {
    !rest.starts_with(DUI_VERBS) && !rest.contains("进行") && rest.chars().count() >= MIN_CLAUSE
}

/// A name as the notice writes it, on one line: whitespace removed (a space between two
/// Latin letters or digits kept), no closing mark.
pub(crate) fn one_line(text: &str) -> String {
    squeeze(text).trim_end_matches(CLAUSE_END).to_string()
}

/// What a unit wrote, shortened to at most `max` characters by whole sentences; when the
/// first sentence alone is longer, by whole clauses of it; when its first clause alone is
/// longer, that clause whole. Line breaks count as sentence ends. Ends without a mark (the
/// caller adds its own); never "……".
pub fn excerpt(text: &str, max: usize) -> String {
    let text = squeeze(&line_breaks_as_semicolons(text));
    let text = text.trim_matches(|c: char| SENTENCE_END.contains(&c) || c == '，');
    let sentences: Vec<&str> = text.split_inclusive(SENTENCE_END).collect();
    let mut out = whole_pieces(&sentences, max);
    if out.is_empty() {
        let first = sentences.first().copied().unwrap_or("");
        let clauses: Vec<&str> = first.split_inclusive(['，', ',']).collect();
        out = whole_pieces(&clauses, max);
        if out.is_empty() {
            out = clauses.first().copied().unwrap_or("").to_string();
        }
    }
    out.trim_end_matches(|c: char| SENTENCE_END.contains(&c) || "，,、：:".contains(c))
        .to_string()
}

/// Marks that end a clause of what a unit wrote, for [`result_clause`].
const QUOTE_CLAUSE_END: [char; 11] = ['，', ',', '；', ';', '。', '！', '？', '!', '?', '：', ':'];
/// Words that state a result: something done, built, reached ("已完成投资1.2亿元", "建成",
/// "通过验收", "新增就业1200人").
const RESULT_WORDS: [&str; 17] = [
    "完成", "建成", "竣工", "完工", "投产", "投用", "投运", "验收", "开工", "签约", "落地", "实现", "达到",
    "新增", "累计", "发放", "惠及",
];
/// Words that make a clause a plan, a hope or a shortfall, not a result ("下步将完成",
/// "预计8月完工", "尚未完成", "力争实现").
const NOT_DONE_WORDS: [&str; 16] = [
    "将",
    "拟",
    "计划",
    "预计",
    "下步",
    "下一步",
    "争取",
    "力争",
    "确保",
    "正在",
    "未",
    "尚",
    "没有",
    "困难",
    "滞后",
    "推迟",
];
/// Words that open a clause carrying on the one before ("，并通过验收"): quoted together.
const CARRY_ON: [&str; 4] = ["并", "且", "同时", "还"];
/// After a number, what makes it a date, not a quantity ("6月底", "2020年").
const DATE_UNITS: [char; 5] = ['年', '月', '日', '号', '季'];

/// One clause of what a unit wrote that states a result, whole, for a highlight: a clause
/// (between "，" "；" "。" "：" or line breaks; a clause opening with 并/且/同时/还 goes with
/// the one before) of four to `max` characters with a word of result (完成, 建成, 竣工,
/// 通过验收, 新增 …) and no word of a plan or shortfall (将, 计划, 预计, 正在, 未, 尚 …).
/// Among them the ones with a quantity (a figure that is not a date, or a percentage) come
/// first; of equals the last, since a report tells its measures first and its result last.
/// A leading marker in brackets ("（初稿）", "【更正】") and leading numbering are never
/// quoted. `done_said`: the sentence quoting it already says the task is done, so a clause
/// that says only that (完成 its one word of result, no quantity: "已全面完成年度目标任务")
/// is passed over. None when no clause fits: a clause is never cut.
pub fn result_clause(text: &str, max: usize, done_said: bool) -> Option<String> {
    let text = squeeze(&line_breaks_as_semicolons(text));
    let text = without_marker(&text);
    let mut clauses: Vec<String> = Vec::new();
    for piece in text.split(QUOTE_CLAUSE_END) {
        let piece = super::enumerator::strip_enumerator(piece).trim();
        match clauses.last_mut() {
            Some(last) if CARRY_ON.iter().any(|w| piece.starts_with(w)) => {
                last.push('，');
                last.push_str(piece);
            }
            _ => clauses.push(piece.to_string()),
        }
    }
    clauses
        .into_iter()
        .filter(|c| (MIN_CLAUSE..=max).contains(&c.chars().count()))
        .filter(|c| RESULT_WORDS.iter().any(|w| c.contains(w)))
        .filter(|c| !NOT_DONE_WORDS.iter().any(|w| c.contains(w)))
        .filter(|c| !done_said || has_quantity(c) || says_more_than_done(c))
        .enumerate()
        .max_by_key(|(i, c)| (has_quantity(c), *i))
        .map(|(_, c)| c)
}

/// A clause with a word of result besides 完成 ("建成", "通过验收", "新增").
fn says_more_than_done(clause: &str) -> bool {
    RESULT_WORDS.iter().any(|w| *w != "完成" && clause.contains(w))
}

/// A text without a short marker in brackets it opens with ("（初稿）", "【更正】", "[草稿]"),
/// unless the brackets hold a number (numbering: "（1）").
fn without_marker(text: &str) -> &str {
    let Some(open) = text.chars().next().filter(|c| "（(【[".contains(*c)) else {
        return text;
    };
    let inner = &text[open.len_utf8()..];
    let Some(close) = inner.find(['）', ')', '】', ']']) else {
        return text;
    };
    let marker = &inner[..close];
    let short = (1..=6).contains(&marker.chars().count());
    let numbered = marker
        .chars()
        .any(|c| c.is_ascii_digit() || super::numerals::is_chinese_digit(c));
    match short && !numbered {
        true => inner[close..].trim_start_matches(['）', ')', '】', ']']),
        false => text,
    }
}

/// A clause states a quantity: a percentage, or a figure not followed by a unit of date.
fn has_quantity(clause: &str) -> bool {
    let chars: Vec<char> = clause.chars().collect();
    clause.contains(['%', '％'])
        || chars.iter().enumerate().any(|(i, c)| {
            let ends_figure =
                c.is_ascii_digit() && !chars.get(i + 1).is_some_and(|n| n.is_ascii_digit() || *n == '.');
            ends_figure && !chars.get(i + 1).is_some_and(|n| DATE_UNITS.contains(n))
        })
}

/// The leading pieces that fit in `max` characters, joined.
fn whole_pieces(pieces: &[&str], max: usize) -> String {
    let mut out = String::new();
    for p in pieces {
        let longer = format!("{out}{p}");
        if longer.trim_end_matches(CLAUSE_END).chars().count() > max {
            break;
        }
        out = longer;
    }
    out
}

/// Whitespace removed (Chinese text); one space kept between two Latin letters or digits.
fn squeeze(text: &str) -> String {
    let chars: Vec<char> = text.chars().collect();
    let mut out = String::with_capacity(text.len());
    for (i, c) in chars.iter().enumerate() {
        if !c.is_whitespace() {
            out.push(*c);
            continue;
        }
        let before = out
            .chars()
            .last()
            .is_some_and(|p: char| p.is_ascii_alphanumeric());
        let after = chars[i + 1..]
            .iter()
            .find(|n| !n.is_whitespace())
            .is_some_and(char::is_ascii_alphanumeric);
        if before && after && !out.ends_with(' ') {
            out.push(' ');
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_cells_lines_become_one_sentence() {
        // "；" between two lines (two items of a cell never fuse), none after a line's own
        // mark; blank lines and "\r" go, other whitespace stays.
        assert_eq!(line_breaks_as_semicolons("一 二\n三"), "一 二；三");
        assert_eq!(
            line_breaks_as_semicolons("1.预算编制完成\r\n2.绩效全覆盖\n\n"),
            "1.预算编制完成；2.绩效全覆盖"
        );
        assert_eq!(
            line_breaks_as_semicolons("完成招标。\n开工建设"),
            "完成招标。开工建设"
        );
    }

    #[test]
    fn first_clauses_and_names() {
        assert_eq!(
            first_clause("配强招商队伍，绘制招商图谱，区级领导带头。"),
            "配强招商队伍"
        );
        assert_eq!(
            first_clause("1.新建5个足球场、3个门球场，安装30套健身路径。"),
            "新建5个足球场、3个门球场"
        );
        assert_eq!(first_clause("一是，抓好春耕；二是"), "抓好春耕");
        assert_eq!(first_clause("要抓，抓好春耕"), "要抓，抓好春耕");
        assert_eq!(first_clause("推进国资国企改革"), "推进国资国企改革");
        // framing clauses passed over, the first clause that says what is done taken
        for (text, name) in [
            (
                "以创建国家森林城市为契机，开展“绿满盐湖”行动，新增造林面积3.6万亩。",
                "开展“绿满盐湖”行动",
            ),
            (
                "蔬菜方面，加大黄瓜、西红柿等优质蔬菜供应，推进分拣。",
                "加大黄瓜、西红柿等优质蔬菜供应",
            ),
            (
                "在北部峨嵋岭生态富民产业带上，打造三路里示范园。",
                "打造三路里示范园",
            ),
            ("在泓芝驿酥梨片区，打造“梨”文化主题公园。", "打造“梨”文化主题公园"),
            (
                "依托城郊农业示范区建设，打造20个现代农业精品园。",
                "打造20个现代农业精品园",
            ),
            (
                "借助工博会、果博会等重大节会，大力发展会展经济。",
                "大力发展会展经济",
            ),
            (
                "舜帝公园景区建设上，对公园主干道、游步道进行提升改造，建设游客服务中心。",
                "对公园主干道、游步道进行提升改造",
            ),
            (
                "对新联盟物流、绿港热力等续建项目，要倒排工期。",
                "新联盟物流、绿港热力等续建项目",
            ),
            // a clause that is the whole sentence names the task, whatever it opens with
            (
                "在安邑、北相、东郭等乡镇改造1.1万座农村旱厕。",
                "在安邑、北相、东郭等乡镇改造1.1万座农村旱厕",
            ),
            (
                "对4785名低保对象生活保障金每人每月再提高50元；为残疾人发放补贴。",
                "对4785名低保对象生活保障金每人每月再提高50元",
            ),
            ("对接社会资本，加快解州老城改造。", "对接社会资本"),
            ("中药材方面，延伸产业链，推广槐米茶。", "延伸产业链"),
            ("要抢抓政策窗口机遇，多渠道争取资金。", "抢抓政策窗口机遇"),
            ("要素保障有力。", "要素保障有力"),
        ] {
            assert_eq!(first_clause(text), name, "{text}");
        }
        assert_eq!(
            one_line("大川-PLA .PP 环保生物降解食品包装制品\n项目"),
            "大川-PLA.PP环保生物降解食品包装制品项目"
        );
        assert_eq!(one_line("LNG 应急 储气"), "LNG应急储气");
        assert_eq!(one_line("Windows 10 系统"), "Windows 10系统");
    }

    #[test]
    fn excerpts_are_whole_sentences_or_clauses() {
        let text = "已完成前期摸底调查。召开专题会议安排部署，细化分解到股室。截至6月底完成50%。";
        assert_eq!(excerpt(text, 10), "已完成前期摸底调查");
        assert_eq!(
            excerpt(text, 30),
            "已完成前期摸底调查。召开专题会议安排部署，细化分解到股室"
        );
        // the first sentence too long: its clauses; its first clause too long: whole
        let long = "成立了工作专班，建立周调度机制，多次深入一线督导检查，已全面完成年度目标。";
        assert_eq!(excerpt(long, 16), "成立了工作专班，建立周调度机制");
        assert_eq!(
            excerpt("建设解州东郭三路里污水处理项目", 5),
            "建设解州东郭三路里污水处理项目"
        );
        // line breaks are sentence ends; nothing ends with an ellipsis
        assert_eq!(
            excerpt("1.预算编制完成\n2.绩效全覆盖", 20),
            "1.预算编制完成；2.绩效全覆盖"
        );
        assert!(!excerpt(long, 3).contains('…'));
    }

    #[test]
    fn a_result_is_quoted_by_a_whole_clause() {
        let q = |t: &str, max: usize| result_clause(t, max, false);
        // the clause with a figure first, else the last clause of result
        assert_eq!(
            q("成立了工作专班，建立周调度机制，已完成前期摸底调查，已全面完成年度目标任务，相关资料已整理归档。", 40)
                .as_deref(),
            Some("已全面完成年度目标任务")
        );
        assert_eq!(
            q(
                "截至6月底，累计完成投资1.2亿元，占年度计划的60%，完成主体工程建设。",
                40
            )
            .as_deref(),
            Some("累计完成投资1.2亿元")
        );
        // a clause carried on by 并 goes with the one before
        assert_eq!(
            q("逐项梳理任务清单，该项工作已全部完成，并通过验收。", 40).as_deref(),
            Some("该项工作已全部完成，并通过验收")
        );
        // a date is no quantity; plans and shortfalls are no result
        assert_eq!(
            q("截至6月底完成主体施工，新增就业1200人，下步将完成验收。", 40).as_deref(),
            Some("新增就业1200人")
        );
        assert_eq!(q("正在完成招标，预计8月完工，尚未完成征地。", 40), None);
        assert_eq!(q("工作已全面启动，成立了工作专班。", 40), None, "nothing done");
        // a leading draft marker and numbering are never quoted
        assert_eq!(
            q("（初稿）已建成标准化厂房7万平方米。", 40).as_deref(),
            Some("已建成标准化厂房7万平方米")
        );
        assert_eq!(
            q("【更正】1.完成选址；2.开工建设", 40).as_deref(),
            Some("开工建设")
        );
        assert_eq!(q("（1）完成选址", 40).as_deref(), Some("完成选址"));
        // a clause longer than the limit is left out, never cut
        let long = "克服疫情影响积极推进复工复产并全面完成解州东郭三路里三个污水处理项目建设任务";
        assert_eq!(q(long, 20), None);
        assert_eq!(
            q(&format!("{long}，已完成年度目标的80%。"), 20).as_deref(),
            Some("已完成年度目标的80%")
        );
        assert_eq!(q("完成。", 40), None, "too short to say anything");
        // beside "已完成", a clause saying only that is not quoted; a figure or more is
        let done = "成立了工作专班，已完成前期摸底调查，已全面完成年度目标任务。";
        assert_eq!(q(done, 40).as_deref(), Some("已全面完成年度目标任务"));
        assert_eq!(result_clause(done, 40, true), None);
        assert_eq!(
            result_clause("已完成年度目标的100%，该项工作已全部完成，并通过验收。", 40, true).as_deref(),
            Some("已完成年度目标的100%")
        );
        assert_eq!(
            result_clause("该项工作已全部完成，并通过验收。", 40, true).as_deref(),
            Some("该项工作已全部完成，并通过验收")
        );
    }

    #[test]
    fn clip_marks_only_a_cut() {
        assert_eq!(clip("一二三", 3, "…"), "一二三");
        assert_eq!(clip("一二三四", 3, "…"), "一二三…");
        assert_eq!(clip("一二三四", 3, ELLIPSIS), "一二三……");
    }

    #[test]
    fn lists_name_the_first_items() {
        assert_eq!(list(&["甲", "乙"], 2), "甲、乙");
        crate::msg::with_lang(crate::msg::Lang::Zh, || {
            assert_eq!(list(&["甲", "乙", "丙"], 2), "甲、乙等3个");
        });
    }
}
