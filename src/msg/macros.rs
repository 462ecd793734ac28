//! [`catalogue!`]: declares one stage's messages as an enum with their two texts.

/// ```ignore
/// catalogue! {
///     /// Messages of the collect stage.
///     pub enum CollectMsg {
///         /// A file over the size limit.
///         TooLarge { mb: f64, limit: f64 } =>
///             "文件大小{mb:.1} MB，超过上限{limit:.1} MB（limits.max_file_bytes）",
///             "the file is {mb:.1} MB, larger than the limit of {limit:.1} MB (limits.max_file_bytes)";
///     }
/// }
/// ```
/// The texts are `format!` strings over the variant's fields (inline `{field}` arguments).
/// A variant with one text only says it in both languages: the documents' layout
/// (`src/msg/layout.rs`), which stays Chinese whatever the language.
macro_rules! catalogue {
    // One variant's text in `lang`: Chinese and English, or one text for both.
    (@text $lang:ident, $zh:literal, $en:literal) => {
        match $lang {
            $crate::msg::Lang::Zh => format!($zh),
            $crate::msg::Lang::En => format!($en),
        }
    };
    (@text $lang:ident, $same:literal) => {
        format!($same)
    };
    (
        $(#[$outer:meta])*
        pub enum $name:ident {
            $(
                $(#[$doc:meta])*
                $variant:ident $({ $($field:ident : $ty:ty),* $(,)? })? => $zh:literal $(, $en:literal)?;
            )*
        }
    ) => {
        $(#[$outer])*
        #[derive(Debug, Clone, PartialEq)]
        pub enum $name {
            $( $(#[$doc])* $variant $({ $($field: $ty),* })?, )*
        }

        impl $name {
            /// Every message key of this catalogue, in declaration order.
            pub const KEYS: &'static [&'static str] = &[$(stringify!($variant)),*];
        }

        impl $crate::msg::Message for $name {
            fn key(&self) -> &'static str {
                #[allow(unreachable_patterns)]
                match self {
                    $( $name::$variant { .. } => stringify!($variant), )*
                    // Only reachable in a catalogue that has no messages yet.
                    _ => unreachable!(),
                }
            }

            // In `lang` as a whole: a typed argument (a message inside a message) is said in
            // the same language as the message around it.
            #[allow(unused_variables, unreachable_patterns)]
            fn text(&self, lang: $crate::msg::Lang) -> String {
                $crate::msg::with_lang(lang, || match self {
                    $(
                        $name::$variant $({ $($field),* })? => catalogue!(@text lang, $zh $(, $en)?),
                    )*
                    _ => unreachable!(),
                })
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(&$crate::msg::Message::text(self, $crate::msg::lang()))
            }
        }
    };
}
