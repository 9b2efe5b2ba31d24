//! Prompts: the page speaking to its reader or about itself in full sentences ("Scroll untuk
//! melanjutkan membaca.", "Temukan berita menarik lainnya di aplikasi kami.", "Konten ini
//! dipersembahkan oleh mitra kami.", "This article was originally published by …"). They read
//! as prose, so the prose detector keeps them; their grammar gives them away: a reading verb
//! in the imperative, the article naming itself, the reader addressed about the page.
use crate::sentences::Lang;

/// Imperatives a prompt opens with, when the line also names something of the page
/// ([`PAGE_NOUNS`]): "Simak juga video pilihan di bawah ini:", "Read more stories like this".
/// A news sentence does not open with an order to its reader; a quoted order opens with a quote
/// mark and is left alone.
const PROMPT_VERBS: &[&str] = &[
    "baca",
    "bacalah",
    "simak",
    "tonton",
    "saksikan",
    "ikuti",
    "klik",
    "unduh",
    "download",
    "dapatkan",
    "temukan",
    "cek",
    "lanjutkan",
    "gulir",
    "scroll",
    "kunjungi",
    "kirimkan",
    "dengarkan",
    "yuk",
    "ayo",
    "read",
    "watch",
    "listen",
    "follow",
    "subscribe",
    "click",
    "tap",
    "get",
    "continue",
    "join",
    "explore",
    "discover",
];

/// Two-word openings whose first word alone says nothing: "Jangan lewatkan berita …" is a
/// prompt, "Jangan mencoreng situs …" a rule for visitors.
const PROMPT_PAIRS: &[(&str, &str)] = &[
    ("jangan", "lewatkan"),
    ("jangan", "lupa"),
    ("don't", "miss"),
    ("sign", "up"),
];

/// What a prompt points the reader to: the page's articles, videos, apps and channels, or the
/// act of reading itself ("Scroll untuk melanjutkan membaca.").
const PAGE_NOUNS: &[&str] = &[
    "berita",
    "artikel",
    "tulisan",
    "video",
    "foto",
    "aplikasi",
    "laman",
    "halaman",
    "kanal",
    "konten",
    "informasi",
    "info",
    "update",
    "podcast",
    "membaca",
    "bacaan",
    "selengkapnya",
    "news",
    "article",
    "articles",
    "story",
    "stories",
    "video",
    "videos",
    "app",
    "newsletter",
    "newsletters",
    "podcast",
    "reading",
    "coverage",
    "updates",
    "page",
    "website",
];

/// Openings of a line in which the article speaks of itself: "Artikel ini sudah tayang di …",
/// "(Tulisan ini telah diperbarui pada …)", "This story has been updated to …". Each is the
/// article's own name and a verb of publishing, never a story's subject ("Berita ini dibantah
/// polisi" is news about a report and stays).
const SELF_REFERENCES: &[&str] = &[
    "artikel ini telah",
    "artikel ini sudah",
    "artikel ini merupakan",
    "artikel ini pertama",
    "artikel ini diperbarui",
    "berita ini telah tayang",
    "berita ini telah terbit",
    "berita ini sudah tayang",
    "berita ini telah diperbarui",
    "tulisan ini telah",
    "tulisan ini sudah",
    "tulisan ini merupakan",
    "tulisan ini diperbarui",
    "konten ini dipersembahkan",
    "konten ini merupakan",
    "konten ini dibuat",
    "isi artikel menjadi tanggung jawab",
    "isi tulisan menjadi tanggung jawab",
    "catatan redaksi:",
    "penulis adalah",
    "this article was",
    "this article has been",
    "this article is",
    "this story was",
    "this story has been",
    "this story is part of",
    "this content was",
    "this content is",
    "editor's note:",
    "the writer is",
    "the author is",
];

/// Words of the page's own workings that, with the reader addressed ("Anda", "you"), make a
/// notice: "Kami menghargai privasi Anda.", "We use cookies to improve your experience."
const NOTICE_WORDS: &[&str] = &[
    "privasi",
    "privacy",
    "cookie",
    "cookies",
    "notifikasi",
    "notifications",
    "iklan",
    "ads",
    "berlangganan",
    "langganan",
    "subscription",
    "inbox",
];

/// The reader, addressed.
const READER: &[&str] = &["anda", "kamu", "you", "your"];

/// A prompt is short: a sentence or two.
const MAX_PROMPT_WORDS: usize = 30;

/// Whether `line` is the page speaking to its reader or about itself.
pub fn is_prompt(line: &str, _lang: Lang) -> bool {
    let line = line.trim_start_matches(['(', '[']);
    if line.starts_with(['"', '“', '\'', '‘']) {
        return false;
    }
    let words: Vec<String> = line
        .split_whitespace()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric() && c != '\'')
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect();
    if words.is_empty() || words.len() > MAX_PROMPT_WORDS {
        return false;
    }
    let has = |table: &[&str]| words.iter().any(|w| table.contains(&w.as_str()));
    let opening = PROMPT_VERBS.contains(&words[0].as_str())
        || words.len() > 1 && PROMPT_PAIRS.contains(&(words[0].as_str(), words[1].as_str()));
    let ordered = opening && has(PAGE_NOUNS);
    let lower = line.to_lowercase();
    let self_reference = SELF_REFERENCES.iter().any(|s| lower.starts_with(s));
    let notice = has(NOTICE_WORDS) && has(READER);
    ordered || self_reference || notice
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn prompts_and_news() {
        let cases: &[(&str, bool)] = &[
            ("Scroll untuk melanjutkan membaca.", true),
            ("Simak juga video pilihan di bawah ini:", true),
            ("Temukan berita menarik lainnya di aplikasi kami.", true),
            (
                "Jangan lewatkan berita menarik lainnya hanya di sini.",
                true,
            ),
            ("Konten ini dipersembahkan oleh mitra kami.", true),
            (
                "(Tulisan ini telah diperbarui pada Senin pukul 14.00 WIB.)",
                true,
            ),
            ("Kami menghargai privasi Anda.", true),
            (
                "Read more stories like this in our weekly newsletter.",
                true,
            ),
            (
                "This story has been updated with comment from the police.",
                true,
            ),
            // news: an order inside a quotation, a report named as news, an order with no
            // page in it, a warning about privacy with no reader addressed
            ("\"Baca dulu aturannya,\" kata Budi kepada wartawan.", false),
            (
                "Berita ini dibantah oleh kepolisian pada Senin malam.",
                false,
            ),
            (
                "Jangan sampai warga kehilangan tempat tinggal, ujarnya.",
                false,
            ),
            (
                "Polisi menyelidiki kebocoran data yang melanggar privasi warga.",
                false,
            ),
            (
                "Get ready for higher prices, the bank warned on Monday.",
                false,
            ),
            (
                "Jangan mencoreng situs dengan mencorat-coret dinding bangunan.",
                false,
            ),
        ];
        for &(line, expected) in cases {
            assert_eq!(is_prompt(line, Lang::Id), expected, "{line}");
        }
    }
}
