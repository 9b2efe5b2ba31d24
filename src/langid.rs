//! Stage 1b: language identification. Crawls and dumps mix languages; a document that is not
//! in the language being segmented is skipped (and counted) before any work is spent on it.
//!
//! The detector is `whatlang` (trigram profiles of 69 languages, no model file). It has no
//! Malay profile: Malay text is identified as Indonesian, which is what we want, since the
//! default model (msa-eng) takes both. The detector reads a sample of [`SAMPLE_BYTES`]: the
//! document's first lines of running text (lines of at least [`SAMPLE_LINE_WORDS`] words), so
//! that a page's menus and labels, often English on an Indonesian site, do not decide, and a
//! long document costs no more than a short one.
//! Measured with `selaras eval lang-id` (see the README): no error on documents of 5 sentences;
//! on single sentences 2.5 % of Indonesian ones are missed, mostly taken for Javanese
//! ("Pedagang di pasar mengeluh karena pasokan berkurang." is `jav` at confidence 0.03).
use crate::sentences::Lang;

/// How much of a document the detector reads. whatlang's cost grows with the text it is given
/// (about 440 instructions a byte), and a kilobyte of running text, about 150 words, is
/// identified as surely as four (see the README's measurements).
pub const SAMPLE_BYTES: usize = 1024;

/// A line of fewer words is left out of the sample, unless the document has no longer line: a
/// menu, a label, a byline.
pub const SAMPLE_LINE_WORDS: usize = 8;

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
    whatlang::detect_lang(&sample(text)).map(|lang| lang.code())
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

/// What the detector reads of `text`: the whole of a text of at most [`SAMPLE_BYTES`];
/// otherwise its lines of at least [`SAMPLE_LINE_WORDS`] words, in order, up to
/// [`SAMPLE_BYTES`], or its first [`SAMPLE_BYTES`] when no line is that long. The sample is cut
/// at a character boundary.
fn sample(text: &str) -> std::borrow::Cow<'_, str> {
    if text.len() <= SAMPLE_BYTES {
        return text.into();
    }
    let mut lines = String::new();
    for line in text.lines() {
        if line
            .split_ascii_whitespace()
            .nth(SAMPLE_LINE_WORDS - 1)
            .is_none()
        {
            continue;
        }
        lines.push_str(line);
        lines.push('\n');
        if lines.len() >= SAMPLE_BYTES {
            break;
        }
    }
    if lines.is_empty() {
        return prefix(text, SAMPLE_BYTES).into();
    }
    let keep = prefix(&lines, SAMPLE_BYTES).len();
    lines.truncate(keep);
    lines.into()
}

/// The longest prefix of `text` of at most `bytes` bytes that ends at a character boundary.
fn prefix(text: &str, bytes: usize) -> &str {
    if text.len() <= bytes {
        return text;
    }
    let mut end = bytes;
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
    fn a_page_is_told_by_its_running_text_not_its_menus() {
        // an Indonesian site's English menus fill more than the sample before the story starts
        let menu = "Home\nNews\nWorld News\nBusiness and Economy\nSports Today\nLife Style\n\
                    Photo Gallery\nVideo\nLogin | Register\nFollow us on Twitter\n"
            .repeat(12);
        assert!(menu.len() > SAMPLE_BYTES);
        let story = "Pemerintah daerah akan membangun tanggul baru di sepanjang sungai yang \
                     meluap pekan lalu. Menurut kepala dinas, pekerjaan itu dimulai bulan depan \
                     dan selesai sebelum musim hujan tiba.\n"
            .repeat(4);
        let page = format!("{menu}{story}");
        assert!(is_in(&page, Lang::Id));
        assert!(!is_in(&page, Lang::En));
        // a text without a line of running text is read from its start
        assert!(is_in(&menu, Lang::En));
    }

    #[test]
    fn a_sample_ends_at_a_character_boundary() {
        let text = "é".repeat(SAMPLE_BYTES);
        assert!(sample(&text).len() <= SAMPLE_BYTES);
        assert!(sample(&text).len() >= SAMPLE_BYTES - 1);
        let lines = "kata é ".repeat(SAMPLE_BYTES / 4) + "\n";
        let lines = lines.repeat(3);
        assert!(sample(&lines).len() <= SAMPLE_BYTES);
        assert!(sample(&lines).len() >= SAMPLE_BYTES - 1);
    }
}
