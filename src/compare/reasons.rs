//! Why tasks lag: each lagging or not-started entry's own 存在困难 cut to one clause, and the
//! kinds of difficulty (资金, 用地, 审批, 疫情, ...) told from the words the settings list.

use std::collections::BTreeMap;

/// Numbering units put before their points: "1.", "1、", "（1）", "一是", "一、".
fn strip_numbering(text: &str) -> &str {
    let t = text.trim_start();
    let t = t.trim_start_matches(['（', '(']);
    let digits = t.find(|c: char| !c.is_ascii_digit()).unwrap_or(t.len());
    let rest = if digits > 0 {
        &t[digits..]
    } else {
        const CN: &[&str] = &["一是", "二是", "三是", "一、", "二、", "三、", "一", "二", "三"];
        let n = CN
            .iter()
            .find(|p| t.starts_with(*p) && p.chars().count() == 2)
            .map_or(0, |p| p.len());
        if n == 0 {
            return t;
        }
        return t[n..].trim_start_matches(['，', '、', ' ']);
    };
    rest.trim_start_matches(['.', '．', '、', '）', ')', ' ', '：'])
}

/// The first clause of a 存在困难 text, at most `max` characters: its first sentence, cut back
/// to the last comma within `max` when longer (or at `max`, marked "……", when it has none).
/// Trailing punctuation dropped; "" for an empty text or one that says there is none.
pub fn clause(text: &str, max: usize) -> String {
    let t = strip_numbering(text.trim());
    let first = t
        .split(['。', '；', ';', '！', '!', '？', '?', '\n'])
        .map(str::trim)
        .find(|s| !s.is_empty())
        .unwrap_or("");
    if is_none(first) {
        return String::new();
    }
    let chars: Vec<char> = first.chars().collect();
    let cut = if chars.len() <= max {
        chars.len()
    } else {
        chars[..max]
            .iter()
            .rposition(|c| "，,、".contains(*c))
            .filter(|&i| i >= max / 3)
            .unwrap_or(max)
    };
    let mut s: String = chars[..cut].iter().collect();
    s = s.trim_end_matches(['，', ',', '、', '：', ':', '。']).to_string();
    if cut == max && chars.len() > max {
        s.push_str("……");
    }
    s
}

/// "无", "暂无", "无困难" ...: nothing to quote.
fn is_none(text: &str) -> bool {
    let t: String = text.chars().filter(|c| c.is_alphabetic()).collect();
    t.is_empty() || ["无", "暂无", "没有", "无困难", "暂无困难", "无问题", "暂无问题"].contains(&t.as_str())
}

/// The kinds whose words occur in `text`, in name order.
pub fn kinds_of(text: &str, kinds: &BTreeMap<String, Vec<String>>) -> Vec<String> {
    kinds
        .iter()
        .filter(|(_, words)| words.iter().any(|w| !w.is_empty() && text.contains(w.as_str())))
        .map(|(k, _)| k.clone())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn first_clause_within_the_limit() {
        assert_eq!(
            clause("资金缺口较大，上级补助资金尚未到位。另外人手不足。", 30),
            "资金缺口较大，上级补助资金尚未到位"
        );
        assert_eq!(
            clause(
                "1、受疫情影响，部分企业复工复产延迟，施工队伍进场推迟，工期压力较大。",
                20
            ),
            "受疫情影响，部分企业复工复产延迟"
        );
        assert_eq!(clause("一是用地指标紧张；二是审批周期长", 30), "用地指标紧张");
        assert_eq!(clause("无。", 30), "");
        assert_eq!(clause("  ", 30), "");
        assert_eq!(
            clause("一二三四五六七八九十一二三四五", 10),
            "一二三四五六七八九十……"
        );
    }

    #[test]
    fn kinds_from_the_words() {
        let mut kinds = BTreeMap::new();
        kinds.insert("资金".to_string(), vec!["资金".to_string(), "经费".to_string()]);
        kinds.insert("用地".to_string(), vec!["用地".to_string()]);
        assert_eq!(kinds_of("经费不足，用地紧张", &kinds), ["用地", "资金"]);
        assert!(kinds_of("人手不足", &kinds).is_empty());
    }
}
