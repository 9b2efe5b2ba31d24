//! Stage 1b: language identification. Crawls and dumps mix languages; a document that is not
//! in the language being segmented is skipped (and counted) before any work is spent on it.
//!
//! The detector is `whatlang` (trigram profiles of 69 languages, no model file). It has no
//! Malay profile: Malay text is identified as Indonesian, which is what we want, since the
//! default model (msa-eng) takes both. The detector reads a sample of [`SAMPLE_BYTES`]: the
//! document's first lines of running text (lines of at least [`SAMPLE_LINE_WORDS`] words), so
//! that a page's menus and labels, often English on an Indonesian site, do not decide, and a
//! long document costs no more than a short one. A sample in which the asked language's
//! function words are common (see [`is_in`]) is in it without the detector: nearly every
//! document of a crawl is, and the detector's comparison with some 40 profiles cost more than
//! a third of a corpus run's instructions on prose.
//! Measured with `selaras eval lang-id` (see the README): no error on documents of 5 sentences;
//! on single sentences 2.5 % of Indonesian ones are missed, mostly taken for Javanese
//! ("Pedagang di pasar mengeluh karena pasokan berkurang." is `jav` at confidence 0.03).
use crate::blocks::prose::{lowercase, word_of};
use crate::hash::FastMap;
use crate::sentences::Lang;
use std::sync::OnceLock;

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
    detect_sample(&sample(text))
}

/// The detector's code for a sample already taken ([`sample`]).
fn detect_sample(sample: &str) -> Option<&'static str> {
    whatlang::detect_lang(sample).map(|lang| lang.code())
}

/// Whether `text` is in `lang`: Indonesian (or Malay) for [`Lang::Id`], English for
/// [`Lang::En`]. A text with nothing to tell by (no letters) is not. A sample of at least 40
/// words of which the language's function words make a share usual for it (8 % for
/// Indonesian, 15 % for English) and the other language's words less than half that is in
/// the language at once, and a sample surely in the other language is not in it (an English
/// page in an Indonesian crawl: the detector says so too on every fixture page); any other
/// sample goes to the detector.
pub fn is_in(text: &str, lang: Lang) -> bool {
    let wanted = match lang {
        Lang::Id => "ind",
        Lang::En => "eng",
    };
    let sample = sample(text);
    match sure_language(&sample) {
        Some(sure) => sure == lang,
        None => detect_sample(&sample) == Some(wanted),
    }
}

/// Function words of Indonesian (and Malay), sorted: common in its running text and absent
/// from its neighbours' ("yang", where Javanese says "sing", Sundanese "nu", Minangkabau "nan").
/// Words the neighbours share are left out: "di" (Sundanese), "para" and "bisa" (Javanese),
/// "kami" and "kita" (Tagalog).
const INDONESIAN_WORDS: &[&str] = &[
    "ada", "adalah", "agar", "akan", "antara", "atau", "bagi", "bahwa", "belum", "dalam", "dan",
    "dapat", "dari", "dengan", "hingga", "ini", "itu", "juga", "karena", "kata", "ke", "kepada",
    "lebih", "masih", "menurut", "mereka", "namun", "oleh", "pada", "sebagai", "sebelum", "secara",
    "sehingga", "sejak", "seperti", "serta", "setelah", "sudah", "tak", "telah", "terhadap",
    "tersebut", "tidak", "untuk", "yang",
];

/// Function words of English, sorted.
const ENGLISH_WORDS: &[&str] = &[
    "a", "an", "and", "are", "as", "at", "be", "been", "but", "by", "for", "from", "had", "has",
    "have", "he", "his", "in", "is", "it", "its", "not", "of", "on", "or", "said", "that", "the",
    "their", "they", "this", "to", "was", "were", "which", "who", "will", "with", "would",
];

/// The share of a sample's words that are the language's function words, at least, for the
/// sample to be in that language without asking the detector. Indonesian news, dense with
/// names and numbers, holds about 15 % ("Pemerintah Korea Selatan mulai memproses penangguhan
/// izin praktik ribuan dokter muda yang menolak kembali bekerja setelah mogok selama dua
/// pekan." has "yang" and "setelah" among 19 words); English about 30 %. Javanese, Sundanese,
/// Minangkabau, Balinese, Tagalog and Dutch hold at most 3 % of either list. A page's sample
/// keeps its long menu rows and related headlines, which hold none: 8 % left one Indonesian
/// fixture page in nine to the detector (most of them at 6 to 8 %), so the bar is 6 %, twice
/// what the other languages reach.
const SURE_SHARE_ID: f64 = 0.06;
const SURE_SHARE_EN: f64 = 0.15;

/// Words a sample has at least for the function words to decide: a shorter one goes to the
/// detector.
const SURE_WORDS: usize = 40;

/// Whether `sample` is surely in `lang` by its function words alone ([`sure_language`]).
#[cfg(test)]
fn surely_in(sample: &str, lang: Lang) -> bool {
    sure_language(sample) == Some(lang)
}

/// The language `sample` is surely in by its function words alone, if any: their share is at
/// least [`SURE_SHARE_ID`] or [`SURE_SHARE_EN`] and the other language's words hold less than
/// half of that (the two cannot both hold). The detector compares every sample with the
/// profiles of some 40 languages (about 0.9 M instructions a document); a document in the
/// language asked for, nearly every document of a crawl, needs no such comparison, and
/// neither does one surely in the other. A sample neither is the detector's to judge. One walk
/// over the sample counts both languages' words.
fn sure_language(sample: &str) -> Option<Lang> {
    let classes = word_classes();
    let mut buffer = [0u8; LONGEST_WORD];
    let (mut words, mut indonesian, mut english) = (0usize, 0usize, 0usize);
    for token in sample.split_whitespace() {
        let word = word_of(token);
        if !word.contains(char::is_alphabetic) {
            continue;
        }
        words += 1;
        // the lists are ASCII and short: a longer word, or one with other letters, is in none
        let Some(lower) = lowercase(word, &mut buffer) else {
            continue;
        };
        let class = classes.get(lower).copied().unwrap_or(0);
        indonesian += usize::from(class & INDONESIAN != 0);
        english += usize::from(class & ENGLISH != 0);
    }
    let sure = |own: usize, other: usize, share: f64| {
        own as f64 >= share * words as f64 && (2 * other) as f64 <= share * words as f64
    };
    if words < SURE_WORDS {
        None
    } else if sure(indonesian, english, SURE_SHARE_ID) {
        Some(Lang::Id)
    } else if sure(english, indonesian, SURE_SHARE_EN) {
        Some(Lang::En)
    } else {
        None
    }
}

/// The bit of [`INDONESIAN_WORDS`] and of [`ENGLISH_WORDS`] in [`word_classes`].
const INDONESIAN: u8 = 1;
const ENGLISH: u8 = 2;

/// The longest word of [`INDONESIAN_WORDS`] and [`ENGLISH_WORDS`] ("sehingga", "terhadap").
const LONGEST_WORD: usize = 8;

/// Both lists in one table, a word to its bits: one lookup a word instead of two binary
/// searches, which were a twentieth of a corpus run's instructions on prose.
fn word_classes() -> &'static FastMap<&'static [u8], u8> {
    static CLASSES: OnceLock<FastMap<&'static [u8], u8>> = OnceLock::new();
    CLASSES.get_or_init(|| {
        let mut map: FastMap<&'static [u8], u8> = FastMap::default();
        for (list, bit) in [(INDONESIAN_WORDS, INDONESIAN), (ENGLISH_WORDS, ENGLISH)] {
            for word in list {
                *map.entry(word.as_bytes()).or_default() |= bit;
            }
        }
        map
    })
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
    fn function_words_decide_only_for_the_language_asked() {
        let indonesian = "Pemerintah Korea Selatan mulai memproses penangguhan izin praktik \
            ribuan dokter muda yang menolak kembali bekerja setelah mogok selama dua pekan. \
            Kementerian Kesehatan menyebut sekitar 7.800 dokter residen tidak kembali ke rumah \
            sakit hingga batas waktu yang ditetapkan pada akhir Februari. Mereka menilai \
            kebijakan itu tidak menyelesaikan persoalan kekurangan dokter di daerah.";
        let english = "The city council approved a new budget on Tuesday for road repairs \
            across the district, officials said. The mayor said the work would begin next \
            month and finish before the rainy season, and that residents who had waited for \
            years would see the first crews in their streets within weeks.";
        assert!(surely_in(indonesian, Lang::Id));
        assert!(!surely_in(indonesian, Lang::En));
        assert!(surely_in(english, Lang::En));
        assert!(!surely_in(english, Lang::Id));
        // too short to decide by: the detector's
        assert!(!surely_in(
            "Harga beras naik lagi pekan ini karena pasokan berkurang.",
            Lang::Id
        ));
        // the neighbours share few of the words, and the detector turns them away
        let neighbours = [
            // Javanese
            "Pamarentah kabupaten bakal mbangun tanggul anyar ing pinggir kali sing banjir \
             minggu kepungkur. Miturut kepala dinas, pagawean iku bakal diwiwiti sasi ngarep lan \
             rampung sadurunge mangsa udan teka. Warga sing omahe cedhak kali wis suwe njaluk \
             supaya tanggul lawas didandani, amarga saben taun banyu mlebu menyang omah-omah.",
            // Sundanese
            "Pamarentah kabupaten baris ngawangun tanggul anyar di sisi walungan anu banjir \
             minggu kamari. Numutkeun kapala dinas, pagawean eta baris dimimitian bulan hareup \
             sarta rengse samemeh usum hujan datang. Warga anu imahna deukeut walungan geus lila \
             menta supaya tanggul heubeul dilereskeun, sabab unggal taun cai asup ka imah-imah.",
            // Tagalog
            "Magtatayo ang pamahalaang panlalawigan ng bagong dike sa tabi ng ilog na bumaha \
             noong nakaraang linggo. Ayon sa pinuno ng tanggapan, sisimulan ang proyekto sa \
             susunod na buwan at matatapos bago dumating ang tag-ulan. Matagal nang hinihiling \
             ng mga residenteng nakatira malapit sa ilog na ayusin ang lumang dike.",
            // Dutch
            "De provincie gaat een nieuwe dijk bouwen langs de rivier die vorige week buiten \
             haar oevers trad. Volgens het hoofd van de dienst beginnen de werkzaamheden \
             volgende maand en zijn ze klaar voor het regenseizoen. Bewoners die dicht bij de \
             rivier wonen vragen al lang om herstel van de oude dijk.",
        ];
        for text in neighbours {
            assert!(text.split_whitespace().count() >= SURE_WORDS, "{text}");
            for lang in [Lang::Id, Lang::En] {
                assert!(!surely_in(text, lang), "{text}");
                assert!(!is_in(text, lang), "{text}");
            }
        }
    }

    #[test]
    fn every_listed_word_is_found_in_any_case_and_no_other() {
        for (list, bit) in [(INDONESIAN_WORDS, INDONESIAN), (ENGLISH_WORDS, ENGLISH)] {
            for word in list {
                // a word longer than the buffer would never be looked up
                assert!(word.len() <= LONGEST_WORD, "{word}");
                let upper = word.to_uppercase();
                for form in [word.to_string(), upper.clone(), format!("({upper},")] {
                    let mut buffer = [0u8; LONGEST_WORD];
                    let lower = lowercase(word_of(&form), &mut buffer);
                    let class = lower.and_then(|lower| word_classes().get(lower));
                    assert_eq!(class.map(|c| c & bit), Some(bit), "{form}");
                }
            }
        }
        // a word with a letter beyond ASCII is in neither list
        assert_eq!(word_classes().get("yàng".as_bytes()), None);
        // a sample of only the listed words in capitals is still told by them
        let shouted = "YANG DENGAN TIDAK ".repeat(20);
        assert!(surely_in(&shouted, Lang::Id));
        assert!(!surely_in(&shouted, Lang::En));
    }

    #[test]
    fn function_words_agree_with_the_detector_on_every_fixture_page() {
        // what the function words accept, the detector accepts too, on every page we have
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pages");
        let (mut pages, mut sure) = (0, 0);
        for split in std::fs::read_dir(root).unwrap() {
            let split = split.unwrap().path();
            if !split.is_dir() {
                continue;
            }
            for page in std::fs::read_dir(split).unwrap() {
                let page = page.unwrap().path();
                let name = page.to_string_lossy().into_owned();
                if !name.ends_with(".txt") {
                    continue;
                }
                let text = std::fs::read_to_string(&page).unwrap();
                let sample = sample(&text);
                pages += 1;
                for (lang, code) in [(Lang::Id, "ind"), (Lang::En, "eng")] {
                    if surely_in(&sample, lang) {
                        sure += 1;
                        assert_eq!(detect_sample(&sample), Some(code), "{name}");
                        // and is_in turns the page away from the other language without the
                        // detector, as the detector would
                        let other = if lang == Lang::Id { Lang::En } else { Lang::Id };
                        assert!(!is_in(&text, other), "{name}");
                    }
                }
            }
        }
        // and it decides for most of them
        assert!(pages > 1000, "{pages}");
        assert!(sure * 10 >= pages * 9, "{sure} of {pages}");
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
