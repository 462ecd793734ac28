//! The numbering people put before a point or a task: "1.", "2、", "（三）", "(2)", "一是".

use super::numerals::is_chinese_digit;

/// `s` without its leading enumerator ("1．", "2、", "（三）", "3)", "一是"); `s` itself when
/// it has none or when the number goes on ("3.5万户" is a number, not point 3; "2020年").
pub(crate) fn strip_enumerator(s: &str) -> &str {
    let body = s.trim_start_matches(['(', '（']);
    let num_end = body
        .find(|c: char| !(c.is_ascii_digit() || is_chinese_digit(c)))
        .unwrap_or(body.len());
    if num_end == 0 {
        return s;
    }
    let (number, after_number) = body.split_at(num_end);
    let rest = after_number.trim_start_matches([')', '）']);
    let closed = rest.len() < after_number.len();
    match rest.chars().next() {
        Some(c) if "、.．".contains(c) => {
            let after = &rest[c.len_utf8()..];
            if after.starts_with(|d: char| d.is_ascii_digit()) {
                s
            } else {
                after
            }
        }
        Some('是') if !closed && !number.contains(|c: char| c.is_ascii_digit()) => &rest['是'.len_utf8()..],
        Some(_) if closed => rest,
        _ => s,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn enumerators_and_numbers() {
        for (with, without) in [
            ("1.严格整治", "严格整治"),
            ("1．严格整治", "严格整治"),
            ("2、资金不足", "资金不足"),
            ("(3)审批", "审批"),
            ("（三）审批", "审批"),
            ("3)审批", "审批"),
            ("(1)、审批", "审批"),
            ("一、用地", "用地"),
            ("二是审批周期长", "审批周期长"),
        ] {
            assert_eq!(strip_enumerator(with), without, "{with}");
        }
        for kept in [
            "3.5万户",
            "2020年底",
            "一季度完成",
            "十件实事",
            "(1)",
            "1是",
            "资金",
        ] {
            assert_eq!(strip_enumerator(kept), kept);
        }
    }
}
