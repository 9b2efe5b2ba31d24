//! Stage 1b: language identification. Crawls and dumps mix languages; a document that is not
//! in the language being segmented is skipped (and counted) before any work is spent on it.
//!
//! The detector is `whatlang` (trigram profiles of 69 languages, no model file). It has no
//! Malay profile: Malay text is identified as Indonesian, which is what we want, since the
//! default model (msa-eng) takes both. Only the first [`SAMPLE_BYTES`] of a document are read.
//! Measured with `selaras eval lang-id` (see the README): no error on documents of 5 sentences;
//! on single sentences 2.5 % of Indonesian ones are missed, mostly taken for Javanese
//! ("Pedagang di pasar mengeluh karena pasokan berkurang." is `jav` at confidence 0.03).
use crate::sentences::Lang;

/// How much of a document the detector reads: the headline and first paragraphs decide, and a
/// long document costs no more than a short one.
pub const SAMPLE_BYTES: usize = 4096;

/// Whether documents are checked for their language.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum LangId {
    /// on for inputs of many documents (JSONL), off for an article file the user named
    Auto,
    On,
    Off,
}

crate::named::named_enum!(LangId {
    Auto => "auto",
    On => "on",
    Off => "off",
}, unknown: |name| format!("unknown --lang-id '{name}': use auto, on or off"));

/// The ISO 639-3 code of the language `text` is in ("ind", "eng", …), or `None` when it holds
/// too few letters to tell.
pub fn detect(text: &str) -> Option<&'static str> {
    whatlang::detect_lang(sample(text)).map(|lang| lang.code())
}

/// Whether `text` is in `lang`: Indonesian (or Malay) for [`Lang::Id`], English for
/// [`Lang::En`]. A text with nothing to tell by (no letters) is not.
pub fn is_in(text: &str, lang: Lang) -> bool {
    let wanted = match lang {
        Lang::Id => "ind",
        Lang::En => "eng",
    };
    detect(text) == Some(wanted)
}

/// The first [`SAMPLE_BYTES`] of `text`, cut at a character boundary.
fn sample(text: &str) -> &str {
    if text.len() <= SAMPLE_BYTES {
        return text;
    }
    let mut end = SAMPLE_BYTES;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    &text[..end]
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn indonesian_malay_and_english() {
        // (text, is Indonesian)
        let cases = [
            ("Harga beras naik lagi pekan ini karena pasokan dari daerah berkurang, kata pedagang di pasar.", true),
            // Malay: the detector has no Malay profile and the model takes it
            ("Kerajaan akan mengumumkan bantuan tunai kepada rakyat yang terjejas oleh banjir minggu ini.", true),
            ("Rice prices rose again this week because supplies from the regions fell, traders said.", false),
            ("12.345 67", false),
            ("", false),
        ];
        for (text, indonesian) in cases {
            assert_eq!(is_in(text, Lang::Id), indonesian, "{text}");
        }
        assert!(is_in(
            "Rice prices rose again this week, traders said.",
            Lang::En
        ));
    }

    #[test]
    fn a_sample_ends_at_a_character_boundary() {
        let text = "é".repeat(SAMPLE_BYTES);
        assert!(sample(&text).len() <= SAMPLE_BYTES);
        assert!(sample(&text).len() >= SAMPLE_BYTES - 1);
    }
}
