//! Messages of duban.toml and templates.

catalogue! {
    /// Messages of duban.toml and templates.
    pub enum Settings {
        /// `[assessment.points]` names a fact the assessment does not count.
        UnknownAssessmentFact { key: String, known: String } =>
            "assessment.points.{key}：没有“{key}”这一考核事项，可用的事项有：{known}",
            "assessment.points.{key}: `{key}` is not an assessment fact; expected one of {known}";
        /// A base score or a rule's points that is not a finite number.
        AssessmentNotANumber { key: String } =>
            "assessment.{key}：分值须为有限数字",
            "assessment.{key}: the points must be a finite number";
    }
}
