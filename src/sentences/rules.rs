//! The rule tables the sentence engine reads: what a token before a period means
//! ([`Policy`]), which characters end, open and close sentences, and the per-language
//! [`Rules`] (abbreviations and sentence-starting words) built once from `id.rs` / `en.rs`.
use crate::hash::{FastMap, FastSet};

/// What a period after a known token means when white space and a non-lowercase word follow.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Policy {
    /// Never a sentence end: the token announces what follows.
    /// "Prof. Budi", "Jl. Sudirman", "a.n. Menteri"
    Never,
    /// Not a sentence end before a number, an ordinary word ending otherwise.
    /// "No. 5 tahun 2020" — but "Jawabannya no. Ia pergi." (English "No. I didn't.")
    NumberFollows,
    /// A sentence end only when the next word is a common sentence-starting word
    /// (pronoun, conjunction, preposition), never a name.
    /// "Andi Wijaya, S.H. Ia lalu ..." ends; "Budi, S.H. Wijaya" and "H.R. McMaster" do not.
    Starter,
    /// A sentence end whenever a capitalized word follows.
    /// "buah, sayur, dll. Pemerintah ..." ends; "dll. yang lain" does not.
    Capital,
}

/// The language-specific tables the one engine runs on.
pub struct Rules {
    /// Abbreviations with their final period ("dll.", "S.H."), exact case.
    pub abbreviations: FastMap<&'static str, Policy>,
    /// Capitalized words that begin sentences and are not names ("Ia", "Namun", "The").
    pub starters: FastSet<&'static str>,
}

impl Rules {
    pub fn new(abbreviations: &[(&'static str, Policy)], starters: &[&'static str]) -> Self {
        Rules {
            abbreviations: abbreviations.iter().copied().collect(),
            starters: starters.iter().copied().collect(),
        }
    }
}

/// A character that ends a sentence: "." "!" "?" and the ellipsis "…".
pub fn is_terminator(c: char) -> bool {
    matches!(c, '.' | '!' | '?' | '…')
}

/// A character that may follow a terminator and still belong to the sentence:
/// `“…hari ini.” Demikian` — the sentence ends after the closing mark.
/// `(lihat tabel.) Data` — and after a closing bracket.
pub fn is_closer(c: char) -> bool {
    matches!(c, '”' | '’' | '"' | '\'' | ')' | ']' | '»')
}

/// A character that may precede the first letter of a sentence: `“Kami …`, `(Baca: …)`.
pub fn is_opener(c: char) -> bool {
    matches!(
        c,
        '“' | '"' | '‘' | '\'' | '(' | '[' | '«' | '„' | '—' | '–' | '-' | '*' | '•'
    )
}

/// Quotation marks whose balance decides `in_quote`. Single quotes are left out: "’" is
/// far more often an apostrophe ("Qur’an", "Jum’at") than a quotation mark.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum QuoteMark {
    /// `“` and `„`: opening unless the context says closing.
    Opening,
    /// `”` and `»`: closing unless the context says opening (”Kami siap,” kata dia).
    Closing,
    /// `"`: decided by context alone.
    Straight,
}

pub fn quote_mark(c: char) -> Option<QuoteMark> {
    match c {
        '“' | '„' | '«' => Some(QuoteMark::Opening),
        '”' | '»' => Some(QuoteMark::Closing),
        '"' => Some(QuoteMark::Straight),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn character_classes() {
        let cases: &[(char, bool, bool, bool)] = &[
            // (char, terminator, closer, opener)
            ('.', true, false, false),
            ('…', true, false, false),
            ('?', true, false, false),
            ('”', false, true, false),
            ('“', false, false, true),
            ('"', false, true, true),
            (')', false, true, false),
            ('(', false, false, true),
            ('a', false, false, false),
        ];
        for &(c, term, close, open) in cases {
            assert_eq!(is_terminator(c), term, "{c:?} terminator");
            assert_eq!(is_closer(c), close, "{c:?} closer");
            assert_eq!(is_opener(c), open, "{c:?} opener");
        }
    }
}
