//! A word-by-word English gloss of an Indonesian sentence, for aligning without machine
//! translation: "Petani di Grobogan menanam padi." glosses as "farmer in Grobogan plant rice.".
//! The gloss stands in for the MT that `--no-mt` does not have, through the same character
//! n-gram similarity, with its own weight ([`Params::gloss`](super::score::Params)): it finds a
//! moved paragraph that holds no number or name, which length and anchors cannot. Beside a
//! machine translation it is scored at its own weight, `gloss_with_mt` (60 by default: on the
//! article pairs with their hand-written literal translation as the MT, strict F1 on dev is
//! 0.883 without it and 0.895 with it; see docs/alignment-eval.md), and in place of an MT that
//! reads as Indonesian.
//!
//! The lexicon (`lexicon.tsv`, one Indonesian word and its English translations a line) was
//! written for this project: the function words, numbers, dates and the vocabulary of
//! Indonesian news, with the derived forms news uses (menanam, ditanam, tanaman, penanaman).
//! A word it lacks stays as written: a name, a number and a loanword ("polisi", "inflasi")
//! still meet their English counterparts in the n-grams.
use crate::hash::FastMap;
use std::sync::OnceLock;

/// The lexicon: `indonesian<TAB>english[|english…]`, the usual translation first.
const LEXICON: &str = include_str!("lexicon.tsv");

/// Share of a side's words the lexicon must know for its sentences to be glossed: Indonesian
/// news has most of its running words in it; a German or an English "Indonesian side" (a
/// swapped pair, another language pair's test) has almost none, and is left without a gloss.
const MIN_KNOWN_SHARE: f64 = 0.4;

/// Endings an Indonesian word may carry after the form the lexicon lists: "katanya",
/// "rumahnya", "itulah", "apakah", "merekapun".
const CLITICS: &[&str] = &["nya", "lah", "kah", "pun"];

/// Each Indonesian word of the lexicon and its usual English translation.
fn lexicon() -> &'static FastMap<&'static str, &'static str> {
    static MAP: OnceLock<FastMap<&'static str, &'static str>> = OnceLock::new();
    MAP.get_or_init(|| {
        LEXICON
            .lines()
            .filter(|line| !line.starts_with('#') && !line.trim().is_empty())
            .filter_map(|line| {
                let (word, english) = line.split_once('\t')?;
                let first = english.split('|').next()?.trim();
                (!first.is_empty()).then_some((word.trim(), first))
            })
            .collect()
    })
}

/// The English of one word (lower case, as the lexicon lists it), or of the word without a
/// clitic.
fn translate(lower: &str) -> Option<&'static str> {
    let map = lexicon();
    map.get(lower).copied().or_else(|| {
        CLITICS.iter().find_map(|clitic| {
            let stem = lower.strip_suffix(clitic)?;
            (stem.chars().count() >= 2)
                .then(|| map.get(stem).copied())
                .flatten()
        })
    })
}

/// The letters of a token, without the punctuation around it, and what was around it.
fn split_token(token: &str) -> (&str, &str, &str) {
    let start = token
        .find(|c: char| c.is_alphanumeric())
        .unwrap_or(token.len());
    let end = token
        .rfind(|c: char| c.is_alphanumeric())
        .map_or(start, |at| {
            at + token[at..].chars().next().map_or(0, char::len_utf8)
        });
    (&token[..start], &token[start..end], &token[end..])
}

/// The gloss of one sentence, and how many of its words the lexicon knew and how many words it
/// has.
fn gloss_counted(sentence: &str) -> (String, usize, usize) {
    let (mut known, mut words) = (0, 0);
    let mut out = String::with_capacity(sentence.len());
    for token in sentence.split_whitespace() {
        let (before, word, after) = split_token(token);
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(before);
        if word.chars().any(char::is_alphabetic) {
            words += 1;
            match translate(&word.to_lowercase()) {
                Some(english) => {
                    known += 1;
                    out.push_str(english);
                }
                None => out.push_str(word),
            }
        } else {
            out.push_str(word);
        }
        out.push_str(after);
    }
    (out, known, words)
}

/// The gloss of one sentence: each word the lexicon knows in its usual English, any other as
/// written, the punctuation kept.
pub fn gloss(sentence: &str) -> String {
    gloss_counted(sentence).0
}

/// The glosses of a side's sentences, or `None` when the lexicon knows less than
/// 40 % of its words (the side is not Indonesian).
pub fn glosses(sentences: &[&str]) -> Option<Vec<String>> {
    let (mut known, mut words) = (0usize, 0usize);
    let glossed: Vec<String> = sentences
        .iter()
        .map(|sentence| {
            let (text, k, w) = gloss_counted(sentence);
            known += k;
            words += w;
            text
        })
        .collect();
    (words > 0 && known as f64 >= MIN_KNOWN_SHARE * words as f64).then_some(glossed)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_entry_has_one_word_and_a_translation() {
        let mut seen = std::collections::HashSet::new();
        for (n, line) in LEXICON.lines().enumerate() {
            if line.starts_with('#') || line.trim().is_empty() {
                continue;
            }
            let (word, english) = line
                .split_once('\t')
                .unwrap_or_else(|| panic!("line {}: no tab: {line}", n + 1));
            assert!(
                !word.is_empty() && !word.contains(' '),
                "line {}: {line}",
                n + 1
            );
            assert_eq!(word, word.to_lowercase(), "line {}: {line}", n + 1);
            assert!(!english.trim().is_empty(), "line {}: {line}", n + 1);
            assert!(seen.insert(word), "line {}: {word} twice", n + 1);
        }
        assert!(seen.len() >= 1000, "{} entries", seen.len());
    }

    #[test]
    fn a_sentence_is_glossed_word_by_word_keeping_names_and_punctuation() {
        let glossed = gloss("Petani di Grobogan menanam padi, katanya.");
        assert!(glossed.starts_with("farmer"), "{glossed}");
        assert!(glossed.contains(" Grobogan "), "{glossed}");
        assert!(glossed.ends_with('.'), "{glossed}");
        // a clitic comes off a word the lexicon lists without it
        assert_eq!(translate("gudangnya"), translate("gudang"));
        assert!(translate("gudang").is_some());
    }

    #[test]
    fn only_a_side_the_lexicon_knows_is_glossed() {
        let indonesian = [
            "Harga beras naik di pasar tradisional pada pekan ini.",
            "Pemerintah akan menambah pasokan dari gudang Bulog.",
        ];
        assert!(glosses(&indonesian).is_some());
        let german = [
            "Die Gletscher der Alpen schmelzen schneller als erwartet.",
            "Forscher messen seit Jahren den Rückgang.",
        ];
        assert_eq!(glosses(&german), None);
    }
}
