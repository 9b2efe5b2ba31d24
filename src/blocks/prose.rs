//! The prose detector: whether a line is running text in the document's language, from what
//! prose has and page clutter lacks (function words, verb morphology, a final stop, length) and
//! what clutter has (digits, capitals, symbols). One logistic model per language; its weights
//! live in [`ID_WEIGHTS`] / [`EN_WEIGHTS`], fitted by `examples/fit_prose.rs` on the dev and
//! fresh splits of `tests/fixtures/pages` plus UD sentences, never by hand.
use crate::hash::FastMap;
use crate::sentences::rules::{is_closer, is_terminator};
use crate::sentences::Lang;
use std::sync::OnceLock;

/// The features of one line, each in [0, 1]. The order is the order of the weight tables.
pub const FEATURES: [(&str, &str); FEATURE_COUNT] = [
    // (name, a line that scores high on it)
    ("bias", "every line: 1"),
    (
        "function_words",
        "\"Harga beras naik lagi di pasar yang sama pada Senin.\": yang, di, pada",
    ),
    (
        "morphology",
        "\"Pemerintah menaikkan harga dan berjanji menurunkannya.\": me-, ber-, -kan, -nya",
    ),
    (
        "final_stop",
        "\"… kata dia.\", \"… hari ini.”\", \"… berikut:\", \"“Kami siap”\": ends in . ! ? … or :, or \
         is one quotation",
    ),
    ("length", "ln(words + 1) / ln(64): a 40-word paragraph is near 0.9"),
    ("short", "\"Berita Terkait\": three words or fewer"),
    ("digits", "\"12/03/2024, 14:35 WIB\": share of digits among non-space characters"),
    ("capitalized", "\"Home Berita Nasional Ekonomi\": share of words starting upper case"),
    ("upper", "\"BREAKING NEWS\": share of letters in upper case"),
    ("symbols", "\"Home > News > Asia | #pemilu2024\": share of symbols (> | # @ / …)"),
    ("lower_start", "\"dan itu pun belum cukup\": starts with a lower-case letter"),
    (
        "reader_words",
        "\"Ikuti kami di Google News, klik di sini.\": words that address the reader or name a platform",
    ),
];

pub const FEATURE_COUNT: usize = 12;

/// Indonesian weights, fitted by `cargo run --release --example fit_prose` (see its header for
/// the data) at f423df0, when `fresh/` held its first 124 pages; a refit on all 184 fresh pages
/// gave dev 2 clutter lines translated (1 now) and fresh 8 (5), so these stay. A line is prose
/// when the weighted sum is positive.
// a fitted weight may come out as -3.14: it is not π
#[allow(clippy::approx_constant)]
pub const ID_WEIGHTS: [f64; FEATURE_COUNT] = [
    -2.38, 0.27, 1.64, 2.91, 5.60, -0.90, -1.82, -3.74, -3.03, -1.87, -2.09, -12.13,
];

/// English weights, fitted the same way.
pub const EN_WEIGHTS: [f64; FEATURE_COUNT] = [
    -4.07, 1.94, 1.25, 3.71, 4.78, -1.12, 0.14, -3.84, -3.76, -0.75, -0.81, -13.66,
];

/// Indonesian function words: prose is full of them, clutter has almost none.
const ID_FUNCTION_WORDS: &[&str] = &[
    "yang",
    "dan",
    "di",
    "ke",
    "dari",
    "untuk",
    "dengan",
    "itu",
    "ini",
    "akan",
    "telah",
    "pada",
    "tidak",
    "juga",
    "dalam",
    "oleh",
    "karena",
    "atau",
    "sebagai",
    "bahwa",
    "ada",
    "sudah",
    "belum",
    "masih",
    "bisa",
    "dapat",
    "harus",
    "saat",
    "ia",
    "dia",
    "mereka",
    "kami",
    "kita",
    "para",
    "kata",
    "ujar",
    "menurut",
    "namun",
    "tetapi",
    "tapi",
    "lebih",
    "sangat",
    "hanya",
    "setelah",
    "sebelum",
    "hingga",
    "sampai",
    "agar",
    "jika",
    "bagi",
    "tersebut",
    "yaitu",
    "adalah",
    "merupakan",
    "serta",
    "antara",
    "atas",
    "sejak",
    "secara",
    "seperti",
    "pun",
    "lalu",
    "kemudian",
    "saja",
    "sedang",
    "sempat",
    "pernah",
    "tak",
    "bukan",
    "yakni",
    "sehingga",
    "ketika",
    "kepada",
    "tentang",
    "terhadap",
    "se",
    "para",
    "nya",
    "pula",
    "demikian",
];

/// English function words.
const EN_FUNCTION_WORDS: &[&str] = &[
    "the", "a", "an", "and", "of", "to", "in", "on", "for", "with", "that", "this", "is", "was",
    "are", "were", "be", "been", "has", "have", "had", "it", "its", "by", "at", "from", "as", "he",
    "she", "they", "we", "said", "will", "would", "not", "but", "or", "which", "who", "after",
    "before", "than", "their", "his", "her", "about", "into", "over", "also", "could", "more",
    "there", "when", "while", "since", "other", "some", "all", "can", "if", "no", "so", "up",
    "out", "what", "them", "says", "did", "do", "does", "because", "against", "during",
];

/// Words of page chrome that speak to the reader, in both languages, and the platforms
/// (`prompt::PLATFORMS`): prose that holds several of them is a prompt ("Simak berita pilihan
/// kami di WhatsApp"), not news.
const READER_WORDS: &[&str] = &[
    "klik",
    "ikuti",
    "simak",
    "baca",
    "unduh",
    "download",
    "install",
    "berlangganan",
    "daftar",
    "langganan",
    "bagikan",
    "komentar",
    "kanal",
    "saluran",
    "aplikasi",
    "newsletter",
    "subscribe",
    "follow",
    "share",
    "comment",
    "comments",
    "sign",
    "login",
    "email",
    "app",
    "feedback",
    "cookies",
    "cookie",
    "privacy",
    "privasi",
    "iklan",
    "advertisement",
    "sponsored",
    "promo",
    "copyright",
    "hak",
    "cipta",
    "disclaimer",
    "selengkapnya",
    "terpopuler",
    "rekomendasi",
    "ponselmu",
    "ponsel",
    "notifikasi",
    "notification",
    "podcast",
    "live",
    "streaming",
    // words about the page itself, which closing notes, bios and disclaimers are full of:
    // "Artikel ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi.",
    // "The writer is a lecturer …", "The opinions expressed in this article are the author's."
    "artikel",
    "tulisan",
    "tulisanmu",
    "penulis",
    "redaksi",
    "opini",
    "rubrik",
    "writer",
    "author",
    "article",
    "opinions",
    "inbox",
    "edition",
    // the publisher's appeal for support: "In a time of both misinformation and too much
    // information, quality journalism is more crucial than ever.", "By subscribing, you can
    // help us get the story right."
    "journalism",
    "jurnalisme",
    "subscribing",
    "subscription",
    "subscriber",
    "subscribers",
];

/// Indonesian affixes of verbs and derived nouns: "menaikkan", "berjanji", "dipecat",
/// "terluka", "kebijakan", "harganya". Checked on lower-case words of five letters or more.
const ID_PREFIXES: &[&str] = &["me", "be", "di", "te", "pe", "ke"];
const ID_SUFFIXES: &[&str] = &["kan", "nya", "an", "lah"];

/// English inflections: "announced", "talking", "quickly", "elections".
const EN_PREFIXES: &[&str] = &[];
const EN_SUFFIXES: &[&str] = &["ed", "ing", "ly", "tion", "tions", "es"];

/// The language tables the detector reads.
struct Tables {
    /// every function word and reader word: (function word?, reader word?), one lookup a word
    words: &'static FastMap<&'static [u8], (bool, bool)>,
    prefixes: &'static [&'static str],
    suffixes: &'static [&'static str],
    weights: &'static [f64; FEATURE_COUNT],
}

fn tables(lang: Lang) -> Tables {
    match lang {
        Lang::Id => Tables {
            words: word_classes(Lang::Id),
            prefixes: ID_PREFIXES,
            suffixes: ID_SUFFIXES,
            weights: &ID_WEIGHTS,
        },
        Lang::En => Tables {
            words: word_classes(Lang::En),
            prefixes: EN_PREFIXES,
            suffixes: EN_SUFFIXES,
            weights: &EN_WEIGHTS,
        },
    }
}

/// The function words and reader words of `lang` in one map, built once.
fn word_classes(lang: Lang) -> &'static FastMap<&'static [u8], (bool, bool)> {
    static ID: OnceLock<FastMap<&'static [u8], (bool, bool)>> = OnceLock::new();
    static EN: OnceLock<FastMap<&'static [u8], (bool, bool)>> = OnceLock::new();
    // keyed by bytes: a lower-cased ASCII word is looked up without validating it as UTF-8
    let build = |function: &[&'static str]| {
        let mut map: FastMap<&'static [u8], (bool, bool)> = FastMap::default();
        for &w in function {
            map.entry(w.as_bytes()).or_default().0 = true;
        }
        for &w in READER_WORDS.iter().chain(super::prompt::PLATFORMS) {
            map.entry(w.as_bytes()).or_default().1 = true;
        }
        map
    };
    match lang {
        Lang::Id => ID.get_or_init(|| build(ID_FUNCTION_WORDS)),
        Lang::En => EN.get_or_init(|| build(EN_FUNCTION_WORDS)),
    }
}

/// Whether `word` (any case) is a function word of `lang`: "yang", "The".
pub fn is_function_word(word: &str, lang: Lang) -> bool {
    let mut buffer = [0u8; MAX_WORD];
    lowercase(word, &mut buffer)
        .and_then(|lower| word_classes(lang).get(lower))
        .is_some_and(|&(function, _)| function)
}

/// `word` in lower case, in `buffer`, when it is ASCII and short enough to be in the tables;
/// no allocation, because this runs for every word of every line.
pub(crate) fn lowercase<'b, const N: usize>(
    word: &str,
    buffer: &'b mut [u8; N],
) -> Option<&'b [u8]> {
    if word.len() > N || !word.is_ascii() {
        return None;
    }
    let lower = &mut buffer[..word.len()];
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    Some(lower)
}

/// Longest word looked up in the tables; longer words are neither function words nor checked
/// for affixes beyond their ends.
const MAX_WORD: usize = 32;

/// The feature vector of `line` for `lang`.
pub fn features(line: &str, lang: Lang) -> [f64; FEATURE_COUNT] {
    let t = tables(lang);
    let (mut words, mut function, mut affixed, mut capitalized) = (0usize, 0usize, 0usize, 0usize);
    let mut reader = 0usize;
    let (mut chars, mut digits, mut letters, mut upper, mut symbols) = (0, 0, 0, 0, 0);
    let mut buffer = [0u8; MAX_WORD];
    // one pass: the characters of a line that are not white space are those of its tokens
    for token in line.split_whitespace() {
        if token.is_ascii() {
            // most tokens: their bytes are their characters
            chars += token.len();
            for &b in token.as_bytes() {
                match b {
                    b'0'..=b'9' => digits += 1,
                    b'a'..=b'z' => letters += 1,
                    b'A'..=b'Z' => {
                        letters += 1;
                        upper += 1;
                    }
                    _ => symbols += usize::from(!is_sentence_punctuation(char::from(b))),
                }
            }
        } else {
            for c in token.chars() {
                chars += 1;
                if c.is_ascii_digit() {
                    digits += 1;
                } else if c.is_alphabetic() {
                    letters += 1;
                    upper += usize::from(c.is_uppercase());
                } else if !is_sentence_punctuation(c) {
                    symbols += 1;
                }
            }
        }
        let word = word_of(token);
        if word.is_empty() {
            continue;
        }
        words += 1;
        if word.starts_with(char::is_uppercase) {
            capitalized += 1;
        }
        let Some(lower) = lowercase(word, &mut buffer) else {
            continue;
        };
        let (is_function, is_reader) = t.words.get(lower).copied().unwrap_or_default();
        reader += usize::from(is_reader);
        if is_function {
            function += 1;
        } else if lower.len() >= 5
            && word.starts_with(|c: char| c.is_ascii_lowercase())
            && (t.prefixes.iter().any(|p| lower.starts_with(p.as_bytes()))
                || t.suffixes.iter().any(|s| lower.ends_with(s.as_bytes())))
        {
            affixed += 1;
        }
    }
    let share = |a: usize, b: usize| if b == 0 { 0.0 } else { a as f64 / b as f64 };
    // a line introducing a list or a quotation ends in a colon and is prose too
    // "… daerah.***": the asterisks some sites close a story or a caption with follow its stop
    let last = line
        .trim_end()
        .trim_end_matches('*')
        .trim_end_matches(is_closer)
        .chars()
        .last();
    // a quotation printed whole, its close in place of a stop: “… the evacuation routes”
    let stop = last.is_some_and(|c| is_terminator(c) || c == ':' || is_quoted_whole(line));
    [
        1.0,
        share(function, words),
        share(affixed, words),
        f64::from(u8::from(stop)),
        ((words as f64 + 1.0).ln() / 64f64.ln()).min(1.0),
        f64::from(u8::from(words <= 3)),
        share(digits, chars),
        share(capitalized, words),
        share(upper, letters),
        share(symbols, chars),
        f64::from(u8::from(line.starts_with(char::is_lowercase))),
        share(reader, words),
    ]
}

/// Whether `line` is one quotation from its first character to its last: it opens with “ or "
/// and closes with ” or ", and no mark of quotation stands between.
fn is_quoted_whole(line: &str) -> bool {
    let line = line.trim();
    // most lines open with a letter: one byte says so ('“' opens with 0xE2)
    if !matches!(line.as_bytes().first(), Some(b'"' | 0xE2)) || !line.ends_with(['”', '"']) {
        return false;
    }
    let inner = line
        .strip_prefix(['“', '"'])
        .and_then(|rest| rest.strip_suffix(['”', '"']));
    inner.is_some_and(|inner| !inner.is_empty() && !inner.contains(['“', '”', '"']))
}

/// `token` without the characters around it that are not letters or digits ("(Foto:" gives
/// "Foto"); a token that starts and ends with an ASCII letter or digit, as most do, is
/// returned as it is without decoding it. Inlined: the prose features and the title's word
/// keys call it on every word, and the compiler's choice to call it out of line instead cost
/// 1 % of a run on prose.
#[inline(always)]
pub(crate) fn word_of(token: &str) -> &str {
    match (token.as_bytes().first(), token.as_bytes().last()) {
        (Some(a), Some(z)) if a.is_ascii_alphanumeric() && z.is_ascii_alphanumeric() => token,
        _ => token.trim_matches(|c: char| !c.is_alphanumeric()),
    }
}

/// Punctuation that running text holds, which the `symbols` feature does not count.
fn is_sentence_punctuation(c: char) -> bool {
    matches!(
        c,
        '.' | ','
            | ';'
            | ':'
            | '\''
            | '"'
            | '“'
            | '”'
            | '‘'
            | '’'
            | '('
            | ')'
            | '-'
            | '–'
            | '—'
            | '?'
            | '!'
            | '…'
            | '%'
    )
}

/// Whether `line` holds a word that addresses the reader, names a platform or speaks of the
/// page itself ("Ikuti kami di Instagram", "The writer is a lecturer …"): alone it proves
/// nothing, a story may mention Instagram; with other signs it marks the page's own notes.
pub fn speaks_of_the_page(line: &str, lang: Lang) -> bool {
    page_words_of(line, lang).next().is_some()
}

/// How many distinct words of `line` address the reader, name a platform or speak of the
/// page: one or two prove nothing in a story about phones ("Ponsel Mate 9 … Google Assistant");
/// a prompt holds more ("… di ponsel Anda dengan mengikuti kanal WhatsApp resmi kami").
pub fn page_words(line: &str, lang: Lang) -> usize {
    let t = tables(lang);
    let mut buffer = [0u8; MAX_WORD];
    let mut seen: Vec<u64> = Vec::new();
    for word in line.split_whitespace() {
        let word = word_of(word);
        if let Some(lower) = lowercase(word, &mut buffer) {
            let reader = t.words.get(lower).is_some_and(|&(_, reader)| reader);
            let key = crate::hash::text_key(lower);
            if reader && !seen.contains(&key) {
                seen.push(key);
            }
        }
    }
    seen.len()
}

/// The words of `line` that address the reader, name a platform or speak of the page, as
/// written: "promo" and "WhatsApp" of "Cek promo lain di WhatsApp kami.".
pub fn page_words_of(line: &str, lang: Lang) -> impl Iterator<Item = &str> + '_ {
    let words = tables(lang).words;
    line.split_whitespace().map(word_of).filter(move |word| {
        let mut buffer = [0u8; MAX_WORD];
        lowercase(word, &mut buffer)
            .and_then(|lower| words.get(lower))
            .is_some_and(|&(_, reader)| reader)
    })
}

/// The index of `reader_words` in [`FEATURES`].
const READER_FEATURE: usize = 11;

/// The detector's margin for `line`: positive for prose, negative for clutter.
pub fn score(line: &str, lang: Lang) -> f64 {
    margin(&features(line, lang), lang)
}

/// The weighted sum of `features` with `lang`'s weights: the detector's margin.
fn margin(features: &[f64; FEATURE_COUNT], lang: Lang) -> f64 {
    features
        .iter()
        .zip(tables(lang).weights)
        .map(|(f, w)| f * w)
        .sum()
}

/// Whether `line` would be running text in `lang` if it ended with a stop: a standfirst or a
/// subtitle printed without one.
pub fn is_prose_but_for_its_stop(line: &str, lang: Lang) -> bool {
    let mut features = features(line, lang);
    features[STOP_FEATURE] = 1.0;
    margin(&features, lang) > 0.0
}

/// The index of `final_stop` in [`FEATURES`].
const STOP_FEATURE: usize = 3;

/// Whether `line` is running text in `lang`, and whether it speaks of the page
/// ([`speaks_of_the_page`]), from one reading of its features.
pub fn read(line: &str, lang: Lang) -> (bool, bool) {
    let features = features(line, lang);
    (
        margin(&features, lang) > 0.0,
        features[READER_FEATURE] > 0.0,
    )
}

/// Whether `line` is running text in `lang`.
pub fn is_prose(line: &str, lang: Lang) -> bool {
    score(line, lang) > 0.0
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn feature_table_and_weights_agree() {
        assert_eq!(FEATURES[READER_FEATURE].0, "reader_words");
        assert_eq!(FEATURES[STOP_FEATURE].0, "final_stop");
        assert_eq!(FEATURES.len(), ID_WEIGHTS.len());
        assert_eq!(FEATURES.len(), EN_WEIGHTS.len());
        assert_eq!(FEATURES[0].0, "bias");
    }

    #[test]
    fn a_line_speaks_of_the_page_when_its_reader_feature_is_set() {
        let lines = [
            "Ikuti kami di Google News, klik di sini.",
            "Harga beras naik lagi di pasar yang sama pada Senin.",
            "The writer is a lecturer at a university in Jakarta.",
            "(WhatsApp)",
            "Ponsel Mate 9 dilengkapi Google Assistant.",
            "",
            "Sign-up for our newsletter",
        ];
        let mut speaking = 0;
        for line in lines {
            for lang in [Lang::Id, Lang::En] {
                let feature = features(line, lang)[READER_FEATURE] > 0.0;
                assert_eq!(speaks_of_the_page(line, lang), feature, "{line}");
                assert_eq!(read(line, lang), (is_prose(line, lang), feature), "{line}");
                speaking += usize::from(feature);
            }
        }
        assert_eq!(speaking, 10);
    }

    #[test]
    fn lines_are_prose_or_not() {
        // (line, language, prose?)
        let cases: &[(&str, Lang, bool)] = &[
            (
                "Harga beras di pasar tradisional naik lagi pada pekan ini, kata pedagang.",
                Lang::Id,
                true,
            ),
            (
                "Ia menolak usulan itu dan meminta pemerintah mengkajinya lagi.",
                Lang::Id,
                true,
            ),
            (
                "Pemerintah akan menaikkan anggaran subsidi pupuk tahun depan.",
                Lang::Id,
                true,
            ),
            ("Berita Internasional", Lang::Id, false),
            ("Breaking News:", Lang::Id, false),
            ("Kompas.com - 12/03/2024, 14:35 WIB", Lang::Id, false),
            ("Halaman 1 dari 3", Lang::Id, false),
            ("Home > Berita > Nasional", Lang::Id, false),
            ("1.2K", Lang::Id, false),
            (
                "The minister said the talks would resume next week in Seoul.",
                Lang::En,
                true,
            ),
            ("Accessibility links", Lang::En, false),
            ("Most Read", Lang::En, false),
            ("4 min read", Lang::En, false),
            // a quotation printed whole ends where its close stands, without a stop; the same
            // words bare are not read as prose, nor is a quoted headline of a few words
            (
                "“We have opened every shelter we have, and we are asking residents to follow \
                 the evacuation routes”",
                Lang::En,
                true,
            ),
            (
                "We have opened every shelter we have, and we are asking residents to follow \
                 the evacuation routes",
                Lang::En,
                false,
            ),
            ("“Kami Siap Mengungsi”", Lang::Id, false),
        ];
        for &(line, lang, prose) in cases {
            assert_eq!(
                is_prose(line, lang),
                prose,
                "{line}: {:.2}",
                score(line, lang)
            );
        }
    }
}
