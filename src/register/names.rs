//! Splitting the notice's name lists: leaders (责任人) and units (牵头/配合/责任单位).
//!
//! The notice pads two-character names to the width of three ("曹  峰") and separates
//! names with runs of spaces, so whitespace alone cannot tell a padded name from two names.

/// Splits a 责任人 line into leaders: "曹  峰  薛慧康" -> [曹峰, 薛慧康]. Runs of single
/// characters pair up into one padded name; titles ("分管文教卫副区长") stay whole.
pub(crate) fn split_leaders(text: &str) -> Vec<String> {
    let tokens: Vec<&str> = text
        .split(|c: char| c.is_whitespace() || "、，,；;".contains(c))
        .filter(|t| !t.is_empty())
        .collect();
    let mut out = Vec::new();
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        if t.chars().count() == 1 && i + 1 < tokens.len() && tokens[i + 1].chars().count() == 1 {
            out.push(format!("{t}{}", tokens[i + 1]));
            i += 2;
        } else {
            out.push(t.to_string());
            i += 1;
        }
    }
    out
}

/// Splits a unit list on "、", commas and runs of spaces: "盐湖高新区  区行政审批局".
pub(crate) fn split_units(text: &str) -> Vec<String> {
    text.split(|c: char| c.is_whitespace() || "、，,；;".contains(c))
        .map(|t| t.trim_end_matches(['。', '.']))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect()
}

/// A leader entry that names a post rather than a person ("分管文教卫副区长").
pub(crate) fn is_title(leader: &str) -> bool {
    leader.starts_with("分管")
        || ["区长", "书记", "主任", "主席", "部长"]
            .iter()
            .any(|t| leader.ends_with(t))
}

/// A unit entry that stands for a set of units ("各乡镇办", "…成员单位"): such a group is
/// listed but is not a reporting unit and gets no form.
pub(crate) fn is_group(unit: &str) -> bool {
    unit.starts_with('各')
        || unit.starts_with("相关")
        || unit.ends_with("成员单位")
        || unit.contains("各单位")
        || unit.contains("职能部门")
        || unit.contains("八大办事处")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn padded_names_are_one_person() {
        assert_eq!(split_leaders("曹  峰  薛慧康"), ["曹峰", "薛慧康"]);
        assert_eq!(
            split_leaders("董稷强  杨  伟  裴军强"),
            ["董稷强", "杨伟", "裴军强"]
        );
        assert_eq!(split_leaders("雷  刚"), ["雷刚"]);
        assert_eq!(
            split_leaders("常  正    曹  峰    薛慧康"),
            ["常正", "曹峰", "薛慧康"]
        );
        assert_eq!(split_leaders("郭一民    李雪峰"), ["郭一民", "李雪峰"]);
    }

    #[test]
    fn titles_are_kept_as_leaders() {
        let l = split_leaders("分管文教卫副区长  薛慧康");
        assert_eq!(l, ["分管文教卫副区长", "薛慧康"]);
        assert!(is_title(&l[0]));
        assert!(!is_title(&l[1]));
    }

    #[test]
    fn units_split_on_dunhao_and_space_runs() {
        assert_eq!(
            split_units("盐湖高新区  区行政审批局、区发改局"),
            ["盐湖高新区", "区行政审批局", "区发改局"]
        );
        assert_eq!(
            split_units("区交通运输局、区交警大队"),
            ["区交通运输局", "区交警大队"]
        );
    }

    #[test]
    fn groups_are_recognised() {
        for g in [
            "各乡镇办",
            "相关乡镇办",
            "区脱贫攻坚领导小组成员单位",
            "“千人千企”领导组成员单位",
            "各相关职能部门",
            "区直各单位",
            "城区八大办事处",
        ] {
            assert!(is_group(g), "{g}");
        }
        for u in ["区财政局", "盐湖高新区", "区土地征收拆迁工作小组", "相邻单位"] {
            assert!(!is_group(u), "{u}");
        }
    }
}
