//! Escaping shared by the markup formats (TMX, XLIFF, HTML).
//!
//! XML 1.0 allows tab, LF, CR, U+0020–U+D7FF, U+E000–U+FFFD and U+10000 and above. Anything
//! else (C0 controls, U+FFFE, U+FFFF; lone surrogates cannot occur in a Rust string) is
//! removed by [`clean`]; [`pair_text`] does this for both sides of a pair and flags the pair
//! `xml_chars_removed`, the same way in every markup writer.
use super::{flag_list, flags_with, score_text};
use crate::pairs::{Flag, Pair};
use std::borrow::Cow;

/// Whether XML 1.0 allows `c` in a document.
pub fn allowed(c: char) -> bool {
    matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..)
}

/// The text without the characters XML 1.0 forbids, and whether any were removed.
pub fn clean(text: &str) -> (Cow<'_, str>, bool) {
    if text.chars().all(allowed) {
        (Cow::Borrowed(text), false)
    } else {
        (
            Cow::Owned(text.chars().filter(|&c| allowed(c)).collect()),
            true,
        )
    }
}

/// Escapes text for element content or a quoted attribute value. A carriage return is written
/// as `&#13;` and, in attributes, tab and newline as `&#9;` and `&#10;`, because parsers would
/// otherwise normalize them away.
pub fn escape(text: &str, attribute: bool) -> Cow<'_, str> {
    super::escape_chars(text, |c| match c {
        '&' => Some("&amp;"),
        '<' => Some("&lt;"),
        '>' => Some("&gt;"),
        '"' => Some("&quot;"),
        '\'' => Some("&#39;"),
        '\r' => Some("&#13;"),
        '\t' if attribute => Some("&#9;"),
        '\n' if attribute => Some("&#10;"),
        _ => None,
    })
}

/// Text content: forbidden characters removed, then escaped; and whether any were removed.
pub fn text(raw: &str) -> (String, bool) {
    let (cleaned, removed) = clean(raw);
    (escape(&cleaned, false).into_owned(), removed)
}

/// An attribute value (forbidden characters dropped silently: attributes hold ids and names).
pub fn attr(raw: &str) -> String {
    escape(&clean(raw).0, true).into_owned()
}

/// Both sides of a pair as escaped text content, and the pair's flags (sorted, no repeats).
pub struct PairText {
    pub source: String,
    pub target: String,
    pub flags: Vec<Flag>,
}

/// Cleans and escapes both sides of `pair`; when a forbidden character was removed from
/// either side, the flags gain `xml_chars_removed`.
pub fn pair_text(pair: &Pair) -> PairText {
    let (source, source_removed) = text(pair.source());
    let (target, target_removed) = text(&pair.target);
    let removed = (source_removed || target_removed).then_some(Flag::XmlCharsRemoved);
    PairText {
        source,
        target,
        flags: flags_with(pair, removed),
    }
}

/// What TMX (`<prop type="x-…">`) and XLIFF (`<note category="…">`) record about a pair
/// beyond its doc, seq and kind, each only where it says something, as (name, value):
/// `in_quote`, `duplicate_of`, `score` and `flags`, in that order.
pub fn optional_properties(pair: &Pair, flags: &[Flag]) -> Vec<(&'static str, String)> {
    let mut properties = Vec::new();
    if let Some(segment) = pair.segment() {
        if segment.in_quote {
            properties.push(("in_quote", "true".to_string()));
        }
        if let Some(first) = segment.duplicate_of {
            properties.push(("duplicate_of", first.to_string()));
        }
    }
    if pair.score.is_some() {
        properties.push(("score", score_text(pair.score)));
    }
    if !flags.is_empty() {
        properties.push(("flags", flag_list(flags)));
    }
    properties
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_table() {
        let table = [
            ("biasa", "biasa", false),
            ("tab\tlf\ncr\r", "tab\tlf\ncr\r", false),
            ("bel\u{7}nul\u{0}", "belnul", true),
            ("esc\u{1b}[0m", "esc[0m", true),
            ("noncharacter\u{FFFE}\u{FFFF}", "noncharacter", true),
            ("emoji 🙂 and \u{E000}", "emoji 🙂 and \u{E000}", false),
            ("del \u{7F} is allowed", "del \u{7F} is allowed", false),
        ];
        for (raw, expected, removed) in table {
            assert_eq!(
                clean(raw),
                (Cow::Borrowed(expected), removed),
                "cleaning {raw:?}"
            );
        }
    }

    #[test]
    fn escape_table() {
        assert_eq!(escape("a<b>&\"c'", false), "a&lt;b&gt;&amp;&quot;c&#39;");
        assert_eq!(escape("x\ty\nz\r", false), "x\ty\nz&#13;");
        assert_eq!(escape("x\ty\nz\r", true), "x&#9;y&#10;z&#13;");
        assert_eq!(escape("]]>", false), "]]&gt;");
    }
}
