//! Chinese numerals: reading 一..九十九 (and arabic digits where a count may be written either
//! way), and writing 1..99 the way official documents number their parts (一、二十三).

/// The Chinese numerals that make up 一..十 (a run of them is a number or an enumerator).
pub(crate) const CHINESE_DIGITS: &str = "一二三四五六七八九十";

/// True for 一..十.
pub fn is_chinese_digit(c: char) -> bool {
    CHINESE_DIGITS.contains(c)
}

/// A single Chinese digit: 〇, ○ and 零 are 0, 一..九 1..9, 两 2.
pub(crate) fn digit(c: char) -> Option<u32> {
    match c {
        '〇' | '○' | '零' => Some(0),
        '两' => Some(2),
        c => "一二三四五六七八九"
            .chars()
            .position(|d| d == c)
            .map(|p| p as u32 + 1),
    }
}

/// 一..九十九 in Chinese numerals only: "三" -> 3, "十二" -> 12, "二十" -> 20.
pub(crate) fn parse_chinese(s: &str) -> Option<u32> {
    let chars: Vec<char> = s.chars().collect();
    match chars.as_slice() {
        ['十'] => Some(10),
        [c] => digit(*c),
        ['十', u] => digit(*u).map(|u| 10 + u),
        [t, '十'] => digit(*t).map(|t| t * 10),
        [t, '十', u] => Some(digit(*t)? * 10 + digit(*u)?),
        _ => None,
    }
}

/// A number written in arabic digits or in Chinese numerals (一..九十九): "12", "十二".
pub(crate) fn parse_number(s: &str) -> Option<u32> {
    if !s.is_empty() && s.chars().all(|c| c.is_ascii_digit()) {
        return s.parse().ok();
    }
    parse_chinese(s)
}

/// 1 -> 一, 12 -> 十二, 20 -> 二十, 23 -> 二十三; 0 and 100 on in arabic digits.
pub fn to_chinese(n: usize) -> String {
    const D: [&str; 10] = ["一", "二", "三", "四", "五", "六", "七", "八", "九", "十"];
    match n {
        1..=10 => D[n - 1].to_string(),
        11..=19 => format!("十{}", D[n - 11]),
        20..=99 if n.is_multiple_of(10) => format!("{}十", D[n / 10 - 1]),
        21..=99 => format!("{}十{}", D[n / 10 - 1], D[n % 10 - 1]),
        _ => n.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_numbers() {
        assert_eq!(parse_number("三"), Some(3));
        assert_eq!(parse_number("十"), Some(10));
        assert_eq!(parse_number("十二"), Some(12));
        assert_eq!(parse_number("二十"), Some(20));
        assert_eq!(parse_number("12"), Some(12));
        assert_eq!(parse_number("过半"), None);
        assert_eq!(parse_chinese("一"), Some(1));
        assert_eq!(parse_chinese("十"), Some(10));
        assert_eq!(parse_chinese("十二"), Some(12));
        assert_eq!(parse_chinese("二十"), Some(20));
        assert_eq!(parse_chinese("甲"), None);
        assert_eq!(parse_chinese("12"), None);
    }

    #[test]
    fn numbers_written_in_chinese() {
        assert_eq!(to_chinese(12), "十二");
        assert_eq!(to_chinese(20), "二十");
        assert_eq!(to_chinese(23), "二十三");
        for n in 1..100 {
            assert_eq!(parse_chinese(&to_chinese(n)), Some(n as u32), "{n}");
        }
    }
}
