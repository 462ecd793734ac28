//! Why tasks lag: each lagging or not-started entry's own 存在困难 cut to one clause, and the
//! kinds of difficulty (资金, 用地, 审批, 疫情, ...) told from the words the settings list.

use crate::text::enumerator::strip_enumerator;
use crate::text::normal::letters;
use crate::text::shorten::{cut_point, ELLIPSIS};
use std::collections::BTreeMap;

/// Numbering units put before their points ("1.", "1、", "（1）", "一是", "一、") and the
/// punctuation after it.
fn strip_numbering(text: &str) -> &str {
    let t = text.trim_start();
    let rest = strip_enumerator(t);
    if rest.len() == t.len() {
        return t;
    }
    rest.trim_start_matches(['.', '．', '、', '）', ')', ' ', '：', '，'])
}

/// The first clause of a 存在困难 text, at most `max` characters: its first sentence, cut back
/// to the last comma within `max` when longer (or at `max`, marked "……", when it has none).
/// Trailing punctuation dropped; "" for an empty text or one that says there is none.
pub(crate) fn clause(text: &str, max: usize) -> String {
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
        cut_point(&chars, max, "，,、", max / 3)
    };
    let mut s: String = chars[..cut].iter().collect();
    s = s.trim_end_matches(['，', ',', '、', '：', ':', '。']).to_string();
    if cut == max && chars.len() > max {
        s.push_str(ELLIPSIS);
    }
    s
}

/// "无", "暂无", "无困难" ...: nothing to quote.
fn is_none(text: &str) -> bool {
    let t: String = letters(text).into_iter().collect();
    t.is_empty() || ["无", "暂无", "没有", "无困难", "暂无困难", "无问题", "暂无问题"].contains(&t.as_str())
}

/// The kinds whose words occur in `text`, in name order.
pub(crate) fn kinds_of(text: &str, kinds: &BTreeMap<String, Vec<String>>) -> Vec<String> {
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
