//! Stage 2: blocks. Classifies every line of an article as title, paragraph, caption, credit,
//! meta or boilerplate, splits photo credits off captions and datelines / editor initials off
//! paragraphs, and marks exact repeats as duplicates of their first occurrence.
//! Every block span is trimmed and lies inside one line of the normalized text.
pub mod bio;
pub mod credit;
pub mod prompt;
pub mod prose;
mod scene;
mod site;

use crate::hash::{FastMap, FastSet};
use crate::repeated::RepeatedLines;
use crate::sentences::{self, Lang};
use crate::span::Span;
use serde::{Deserialize, Serialize};
use std::sync::OnceLock;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum BlockKind {
    Title,
    Paragraph,
    Caption,
    Credit,
    Meta,
    Boilerplate,
}

crate::named::named_enum!(BlockKind {
    Title => "title",
    Paragraph => "paragraph",
    Caption => "caption",
    Credit => "credit",
    Meta => "meta",
    Boilerplate => "boilerplate",
}, unknown: |name| format!(
    "unknown block kind '{name}': use title, paragraph, caption, credit, meta or boilerplate"
));

impl BlockKind {
    /// Whether the sentences of blocks of this kind go to the model (before repeats are taken
    /// out): titles, paragraphs and captions.
    pub fn is_translated(self) -> bool {
        matches!(
            self,
            BlockKind::Title | BlockKind::Paragraph | BlockKind::Caption
        )
    }
}

/// A block: its kind, its span in the article text, and the index of the first block with the
/// same text when it is an exact repeat.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Block {
    pub kind: BlockKind,
    pub span: Span,
    pub duplicate_of: Option<usize>,
}

/// Page clutter matched as the whole line, ignoring case.
const BOILERPLATE_LINES: &[&str] = &[
    // VOA Indonesia page chrome: "Tautan-tautan Akses", then the video size picker "XS" … "LG"
    "tautan-tautan akses",
    // a video player's text for screen readers, the same on every site that embeds it
    "this is a modal window.",
    "beginning of dialog window. escape will cancel and close the window.",
    "end of dialog window.",
    "recommended",
    "xs",
    "sm",
    "md",
    "lg",
    // a photo viewer's buttons, which stand next to a caption and its credit and are neither:
    // "View full size", "Open this photo in gallery:"
    "view full size",
    "open this photo in gallery:",
    "open this photo in gallery",
    "enlarge this image",
    "enlarge image",
    "show caption",
    "hide caption",
    "toggle caption",
    "buy photo",
    "camera icon",
    "perbesar foto",
    // ad slots: "ADVERTISEMENT", "SCROLL TO CONTINUE WITH CONTENT"
    "advertisement",
    "iklan",
    "scroll to continue with content",
    // share bars and widgets
    "bagikan",
    "share",
    "tweet",
    "komentar",
    "salin tautan",
    "copy link",
    "cetak",
    "print",
    "facebook",
    "twitter",
    "whatsapp",
    "telegram",
    "berita terkait",
    "artikel terkait",
    "topik terkait",
    "berita lainnya",
    "terpopuler",
    "pilihan editor",
    "video pilihan",
    "lihat semua",
    "selengkapnya",
    "baca selengkapnya",
    "ikuti kami",
    "loading...",
    "memuat...",
    "sedang memuat...",
    "sedang memuat",
    // accessibility links at the top of a page, as VOA and others print them in both languages
    "lewati ke konten utama",
    "langsung ke konten utama",
    "langsung ke navigasi utama",
    "langsung ke pencarian",
    "skip to main content",
    "skip to main navigation",
    "skip to search",
    "skip to content",
    "lewati ke konten",
    // English pages, for `--lang en` articles: "Read more", "Share this article"
    "read more",
    "related",
    "share this article",
    // the break an aggregator puts in a syndicated story: "Story continues" / "Continue
    // reading" / "Lanjutkan membaca"
    "story continues",
    "continue reading",
    "lanjutkan membaca",
];

/// A row of links parted by bars: "Skip to content | Suarabaru.id | Semarang Raya | Kedu",
/// "Pencarian populer: | banjir banjarmasin | sungai martapura", "0:00 | 0:09:58 | Direct link |
/// 64 kbps | MP3". Three or more pieces of one to four words, in any case; a sentence holds no
/// bar, a headline one before the site's name. A date line parts its fields with bars too
/// ("Senin, 6 Mei 2024 | 14:20 WIB | Kompas.com"): it is meta, read as such; so does a
/// photo's credit.
fn is_barred_row(s: &str) -> bool {
    if memchr::memchr(b'|', s.as_bytes()).is_none() {
        return false;
    }
    // and a photo's credit ("Bloomberg | Bloomberg | Getty Images") is one
    short_pieces(s, " | ", 1..=4).is_some_and(|pieces| pieces >= 3)
        && !is_date_line(s)
        && !credit::is_credit(s)
}

/// How many pieces `s` falls into at `separator` when every piece has `words` words (a row of
/// links or sections: "Home | News | Sports", "HOME / HUKUM"); none when a piece has more or
/// fewer.
fn short_pieces(s: &str, separator: &str, words: std::ops::RangeInclusive<usize>) -> Option<usize> {
    let mut pieces = 0;
    for piece in s.split(separator) {
        pieces += 1;
        if !words.contains(&piece.split_whitespace().count()) {
            return None;
        }
    }
    Some(pieces)
}

/// A row of links a scraper joined with runs of spaces: "Home  News  World", "Nasional   Ekonomi
/// Olahraga": three or more pieces of one to three words, each starting upper case, separated
/// by two spaces or more (or tabs). A sentence never has such gaps twice.
fn is_link_row(s: &str) -> bool {
    if is_barred_row(s) || is_tag_row(s) || is_share_row(s) {
        return true;
    }
    if !s.contains("  ") && !s.contains('\t') {
        return false;
    }
    let pieces: Vec<&str> = s
        .split("  ")
        .flat_map(|p| p.split('\t'))
        .map(str::trim)
        .filter(|p| !p.is_empty())
        .collect();
    pieces.len() >= 3
        && pieces.iter().all(|p| {
            let words = p.split_whitespace().count();
            (1..=3).contains(&words) && p.starts_with(|c: char| c.is_uppercase() || c.is_numeric())
        })
}

/// The words of a share bar's buttons read as one line, in lower case: "Facebook Twitter
/// WhatsApp SMS Email Print Copy article link Save", "Bagikan Facebook Twitter WhatsApp Salin
/// tautan".
const SHARE_WORDS: &[&str] = &[
    "facebook",
    "twitter",
    "x",
    "whatsapp",
    "telegram",
    "linkedin",
    "reddit",
    "pinterest",
    "messenger",
    "line",
    "sms",
    "email",
    "e-mail",
    "print",
    "copy",
    "article",
    "link",
    "save",
    "share",
    "tweet",
    "bagikan",
    "salin",
    "tautan",
    "cetak",
    "simpan",
];

/// Words of a share bar's row, at least ([`is_share_row`]).
const MIN_SHARE_ROW_WORDS: usize = 4;

/// Whether `s` is a share bar's buttons read as one line: [`MIN_SHARE_ROW_WORDS`] words or more,
/// every one of [`SHARE_WORDS`], two platforms among them ("Share this article" is no row).
fn is_share_row(s: &str) -> bool {
    // (a row of buttons is short: most lines are longer, or hold a stop)
    const MAX_SHARE_ROW_BYTES: usize = 100;
    let words = || s.split_whitespace();
    s.len() <= MAX_SHARE_ROW_BYTES
        && !s.contains(['.', ','])
        && words().nth(MIN_SHARE_ROW_WORDS - 1).is_some()
        && words().all(|w| {
            SHARE_WORDS
                .iter()
                .any(|share| w.eq_ignore_ascii_case(share))
        })
        && words()
            .filter(|w| prompt::PLATFORMS.iter().any(|p| w.eq_ignore_ascii_case(p)))
            .nth(1)
            .is_some()
}

/// Items of a row of tags parted by commas, at least: a headline may list three names
/// ("Jokowi, Prabowo, Anies Meet in Jakarta"), a page's row of its topics lists more
/// ("Asia-Pacific, Climate Change, Food and Agriculture, Headlines, Natural Resources").
const MIN_TAG_ROW_ITEMS: usize = 4;

/// A row of the page's tags or topics joined by commas: [`MIN_TAG_ROW_ITEMS`] items or more, each
/// one to three words, each word capitalized or joining the others ("and", "&", "dan", "of"),
/// no stop at the end.
fn is_tag_row(s: &str) -> bool {
    const JOINING: &[&str] = &["and", "&", "dan", "of", "the", "di"];
    if !s.contains(", ") || s.ends_with(['.', '!', '?']) {
        return false;
    }
    let capital = |w: &str| w.starts_with(|c: char| c.is_uppercase() || c.is_numeric());
    // the capitals first: a sentence's first item has a word in lower case
    s.split(", ").all(|item| {
        capital(item)
            && item
                .split_whitespace()
                .all(|w| capital(w) || JOINING.contains(&w))
    }) && short_pieces(s, ", ", 1..=3).is_some_and(|items| items >= MIN_TAG_ROW_ITEMS)
}

/// Page clutter matched as the start of a short line, ignoring case.
const BOILERPLATE_PREFIXES: &[&str] = &[
    // "Baca juga: Harga Cabai Naik Jelang Lebaran"
    "baca juga",
    // "POLL: Should the council do more to protect traditional trades?": the page's reader
    // poll, its question after the label
    "poll:",
    "jajak pendapat:",
    // "About the author: Joseph K. Kollie is a senior reporter …", the author's box labelled
    "about the author:",
    "tentang penulis:",
    // "Lihat juga: Video Banjir Jakarta", "Simak juga: …", "Simak video …"
    "lihat juga",
    // "Read also: Palm oil prices climb to six-month high", "Also Read: …"
    "read also",
    "also read:",
    // American papers' links inside a story, whatever the headline ends with: "MORE:
    // Milwaukee's new zoning rules would allow more housing … Here's what changes.",
    // "RELATED: Pinellas beach towns lost tons of sand last fall. Who pays to put it back?"
    "more:",
    "related:",
    "previously:",
    "see also:",
    "read next:",
    // "READ: Former child star … opens up about life after showbiz: “…”"
    "read:",
    "simak juga",
    "simak video",
    "tonton juga",
    // "Artikel ini telah tayang di …", "Dapatkan update berita pilihan …"
    "artikel ini telah tayang",
    // banners over a headline: "Breaking News: Rupiah Tembus Rp 15.800"
    "breaking news",
    "breaking:",
    "dapatkan update",
    "klik di sini",
    "download aplikasi",
    "unduh aplikasi",
    // "Sign up for our newsletter", "Read more: …", and a related link glued to its label:
    // "Read moreIndonesia raises alert level …"
    "sign up for",
    "read more",
    // "Copyright © 2021 VOA", "© 2023 Kompas", "All Rights Reserved. © 2024 Tehran Times."
    "copyright",
    "hak cipta",
    "©",
    "all rights reserved",
    "semua hak dilindungi",
    // "Tag: ekonomi, inflasi"
    "tag:",
    "tags:",
    "topik:",
    "kata kunci:",
    // (the labels of the editors' notes are in LABELLED_NOTES, indexed with these)
    "pengungkapan:",
    // what a sign-up box says back, the same on every site that embeds one: "Thank you for
    // signing up!", "Sorry, there seem to be some issues. Please try again later."
    "thank you for signing up",
    "thanks for signing up",
    "you're all signed up",
    "you’re all signed up",
    "thank you for subscribing",
    "thanks for subscribing",
    "terima kasih telah berlangganan",
    "terima kasih sudah berlangganan",
    "sorry, there seem to be some issues",
    "something went wrong. please try again",
];

/// Boilerplate prefixes only apply to lines this short: a real paragraph may start "Baca juga".
const MAX_PREFIX_BOILERPLATE: usize = 200;

/// Labels of the editors' notes on the story, which no sentence of a story opens with: a note
/// under one is the page's at any length up to [`MAX_LABELLED_NOTE`] ("Catatan Redaksi: Pada
/// versi sebelumnya tertulis produksi rumput laut … 186.000 ton. Angka yang benar adalah …
/// Redaksi mohon maaf atas kekeliruan tersebut."). In fresh/ such notes run to 288 bytes.
const LABELLED_NOTES: &[&str] = &[
    // the editors' note on the story: "Editor's note: Some health workers interviewed for
    // this story asked …", "Catatan redaksi: Liputan ini disusun dari …"
    "editor's note",
    "editor’s note",
    "catatan redaksi",
    "catatan editor",
    // the page's notice of what it corrected, or of the right to reply, under its label:
    // "Ralat: Pada versi sebelumnya tertulis …", "Right of reply: Persons … mentioned in this
    // report who wish to respond …"
    "ralat:",
    "koreksi:",
    "correction:",
    "clarification:",
    "klarifikasi:",
    "right of reply:",
    "hak jawab:",
    // "Disclaimer: Artikel ini bukan merupakan ajakan untuk membeli atau menjual saham."
    "disclaimer:",
    "penafian:",
    // the page's disclosure of who owns or pays it: "Disclosure: The New Daily is owned by a
    // group of industry superannuation funds."
    "disclosure:",
    // the site's announcement under its label, as long as it runs: "PENGUMUMAN: ulasan.co
    // membuka lowongan wartawan untuk wilayah Natuna …", "PENGUMUMAN: Waspada penipuan yang
    // mengatasnamakan pejabat … Pemerintah Kabupaten … tidak pernah meminta transfer uang …"
    "pengumuman:",
    "announcement:",
];

/// The longest editors' note under a label of [`LABELLED_NOTES`], in bytes.
const MAX_LABELLED_NOTE: usize = 800;

/// Bylines and sources at the end of an article, matched as a line prefix ignoring case:
/// "Oleh: VOA Indonesia", "Editor: Yakop", "Sumber: Reuters".
const BYLINE_PREFIXES: &[&str] = &[
    "oleh:",
    "oleh :",
    // "By: Roy Santiago - Reporter / @RSantiagoINQ"
    "by:",
    "by :",
    "editor:",
    "editor :",
    "sumber:",
    "sumber :",
    "source:",
    "source :",
    "penulis:",
    "penulis :",
    "reporter:",
    "reporter :",
    "pewarta:",
    "pewarta :",
    "redaktur:",
    "penyunting:",
    "penerjemah:",
    "kontributor:",
    "laporan:",
    // "Rep: Muhammad Zakaria/ Red: Hasan Fikriansyah"
    "rep:",
    "red:",
    "writer:",
    "written by",
    // "Ditulis oleh Nurul Aisyah Putri": the Indonesian "written by"
    "ditulis oleh",
    "reporting by",
    // "With reporting by ČTK.": the agency whose reports the story draws on
    "with reporting by",
    "with reporting from",
    // "Posted By: Aoife Reilly": a publishing tool's label of the writer, its colon after it
    // ("Posted by Bridlington RNLI on Friday" signs an embedded post, is_posted_on_by)
    "posted by:",
    "posted by :",
    "diposting oleh:",
    "edited by",
    "editing by",
    // "— With assistance from Tom Lee.", "Additional reporting by Ana Silva": who else worked
    // on the story, after its last paragraph
    "with assistance from",
    "— with assistance from",
    "-- with assistance from",
    "additional reporting by",
    // "Additional reporting: Tom Whelan" (the label's colon)
    "additional reporting:",
    // "Laporan tambahan oleh Ferdy Tallo dari Ba'a, Rote Ndao."
    "laporan tambahan oleh",
    "dengan laporan tambahan",
    // "Additional information from a Samoa Shipping Corporation statement."
    "additional information from",
    "— additional reporting by",
    // "Disadur dari: Bola.net (Dimas Ardi Prasetya / Yaumil Azis)": where the story was
    // adapted from
    "disadur dari:",
    "disadur dari :",
    // "Republished from Suara Papua with permission.": where a story was first published
    "republished from",
    "republished with permission",
    "reprinted from",
    "reprinted with permission",
    "dimuat ulang dari",
    "diadaptasi dari:",
    "adapted from:",
    // who translated, edited or gathered it: "Translated from the Hindi by Arun Sinha.",
    // "Compiled by Staff Reporters", "Diterjemahkan oleh Arun Sinha", "Disunting oleh Budi"
    "translated by",
    "translated from",
    "compiled by",
    "adapted by",
    "diterjemahkan oleh",
    "diterjemahkan dari",
    "disunting oleh",
    "dihimpun oleh",
];

/// Notes closing an English story, matched inside a short line ignoring case:
/// "Associated Press writer Mariko Sato contributed to this report.", "Dewi Lestari contributed
/// reporting from Jakarta."
const BYLINE_NOTES: &[&str] = &[
    "contributed to this report",
    // "Information from Reuters was used in this report."
    "used in this report",
    "contributed to this story",
    "contributed reporting",
    // "Information for this article was contributed by Dana Kessler of the …"
    "was contributed by",
    "came from reuters.",
    "came from the associated press.",
    "came from afp.",
    // "Some information for this report came from The Associated Press, Agence France-Presse
    // and Reuters.", whichever agencies it names
    "information for this report",
    "information in this report",
    "information for this story",
    "information in this story",
    // "This story originated in VOA's Indonesian Service."
    "this story originated",
    "this report originated",
    // "Sebagian informasi dalam laporan ini berasal dari Reuters dan AP."
    "informasi dalam laporan ini",
    "informasi dalam artikel ini",
    "informasi dalam berita ini",
];

/// Words a date line may hold besides numbers and the days of the week ([`ID_WEEKDAYS`],
/// [`EN_WEEKDAYS`]): "8 Januari 2021 07:15 WIB", "Diperbarui Senin, 9 Agustus 2021 | 10.15 WIB".
const DATE_WORDS: &[&str] = &[
    "wib",
    "wita",
    "wit",
    "gmt",
    "utc",
    "pukul",
    "diperbarui",
    "dipublikasikan",
    "diterbitkan",
    "terbit",
    "update",
    "updated",
    "published",
    // "Published Dec 5, 2024 at 7:59 am", "Last updated Mar 07, 2024", "Updated on Mar 5"
    "at",
    "on",
    "last",
    "pada",
    // "March 14, 2023 10:15 AM ET"
    "am",
    "pm",
    "a.m",
    "p.m",
    "et",
    "edt",
    "est",
    // "Monday 30 September 2019 14.05 BST", "12 Mar 2024 08:30 SGT"
    "bst",
    "cet",
    "cest",
    "pst",
    "pdt",
    "cst",
    "cdt",
    "aest",
    "aedt",
    "sgt",
    "hkt",
    "jst",
    "posted",
    // "10:20 pm IST", "09:15 PKT", "Publication date 28 March 2024 | 10:12 ICT"
    "ist",
    "pkt",
    "ict",
    "myt",
    "pht",
    // "Published 6:04 a.m. ChST June 14, 2024" (Guam), "Updated 9:15 a.m. HST" (Hawaii), and
    // the zones of Alaska, the American mountains, New Zealand, Australia's west and centre,
    // Korea, South Africa, the Gulf and Moscow
    "chst",
    "hst",
    // "Published 11:52 a.m. CT May 1, 2024": the American zones without their season
    "ct",
    "mt",
    "pt",
    "akst",
    "akdt",
    "mst",
    "mdt",
    "nzst",
    "nzdt",
    "awst",
    "acst",
    "acdt",
    "kst",
    "sast",
    "gst",
    "msk",
    "publication",
    "date",
    // "Updated on: March 9, 2024"
    "on",
    // "Mon, April 1, 2024 at 11:05 AM GMT+7", as aggregators print a syndicated story's date
    "at",
    "mon",
    "tue",
    "wed",
    "thu",
    "fri",
    "sat",
    "sun",
    "last",
    // "First Published: Apr. 2, 2024 at 6:12 a.m. ET", "Originally Published: March 12, 2024
    // at 4:31 p.m."
    "first",
    "originally",
    "modified",
    "diposting",
    "-",
    "–",
    "—",
    "|",
];

/// The Indonesian days of the week, words of a date line ("Minggu, 26 Februari 2023") and of a
/// wire caption's date ("…, Senin (6/5/2024).", [`scene`]).
const ID_WEEKDAYS: &[&str] = &[
    "senin", "selasa", "rabu", "kamis", "jumat", "jum'at", "sabtu", "minggu",
];

/// The English days of the week, words of a date line as [`DATE_WORDS`] are, and of a
/// caption's date ([`scene`]).
const EN_WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Month names and their short forms ("Agu", "Sep."), Indonesian and English.
const MONTHS: &[&str] = &[
    "januari",
    "februari",
    "maret",
    "april",
    "mei",
    "juni",
    "juli",
    "agustus",
    "september",
    "oktober",
    "november",
    "desember",
    "january",
    "february",
    "march",
    "may",
    "june",
    "july",
    "august",
    "october",
    "december",
    "jan",
    "feb",
    "mar",
    "apr",
    "jun",
    "jul",
    "agu",
    "ags",
    "aug",
    "sep",
    "sept",
    "okt",
    "oct",
    "nov",
    "des",
    "dec",
];

/// Whether `word` is a year's four digits: "2024".
pub(super) fn is_year(word: &str) -> bool {
    word.len() == 4 && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `word` is a day of the month in one or two digits: "4", "17".
fn is_day_number(word: &str) -> bool {
    (1..=2).contains(&word.len()) && word.bytes().all(|b| b.is_ascii_digit())
}

/// Whether `word` is a month's name of [`MONTHS`] in any case, perhaps abbreviated with a stop:
/// "March", "Feb.".
fn is_month(word: &str) -> bool {
    MONTHS.contains(&word.trim_end_matches('.').to_lowercase().as_str())
}

/// A block while the page is read: whether its text is prose, the line it stood on, whether a
/// blank line came before that line, and whether its own shape fixed its kind (a credit, a
/// caption next to its credit) so that later passes leave it alone.
struct Draft {
    block: Block,
    line: usize,
    gap_before: bool,
    prose: bool,
    settled: bool,
    /// printed twice in a row: a caption, unless it is the title
    twice: bool,
    /// a dateline that opens the rest of its line ("JAKARTA -", "BANJIR -")
    dateline: bool,
    /// the input's markup put it in the story's body (see [`find_blocks_marked`])
    marked: bool,
    /// an embedded post of a social network or its signature ([`mark_embedded_posts`])
    embedded: bool,
    /// whether its text holds a word of the page ([`prose::speaks_of_the_page`]), when the
    /// prose detector already read it; `None` when not known or when the span changed
    speaks: Option<bool>,
    /// its line opened with a list's mark ([`LIST_MARKERS`]), which its span leaves out
    item: bool,
}

/// Splits an article's text into classified blocks, in text order. `lang` is the language of
/// the page: it decides what counts as prose.
///
/// Lines are read one by one (clutter tables, meta shapes, credits, datelines); then the prose
/// next to a credit or printed twice becomes a caption, the title is chosen, lines that are not
/// prose become boilerplate, and repeats (exact or truncated) are marked.
pub fn find_blocks(text: &str, lang: Lang) -> Vec<Block> {
    find_blocks_with(text, lang, &RepeatedLines::none())
}

/// [`find_blocks`] for an article of a corpus: a line `repeated` across the documents of its
/// origin (see [`crate::repeated`]) is clutter as a whole line, whatever its wording: a site's
/// WhatsApp invitation ("Dapatkan informasi terkini … di kanal WhatsApp kami."), its slogan, its
/// menu labels. Only lines that would be translated change: a repeated date line or "Editor:
/// Yakop" keeps its kind. This happens before the title is chosen, so a repeated slogan above
/// the headline does not take the title.
pub fn find_blocks_with(text: &str, lang: Lang, repeated: &RepeatedLines) -> Vec<Block> {
    find_blocks_titled(text, lang, repeated, None)
}

/// [`find_blocks_with`] for an article whose input named its title apart from its text (a
/// JSONL `title` field): the line `title` lies on is the title, whatever its shape, and no
/// other line is chosen as one. The title is not guessed when it is known.
pub fn find_blocks_titled(
    text: &str,
    lang: Lang,
    repeated: &RepeatedLines,
    title: Option<Span>,
) -> Vec<Block> {
    find_blocks_marked(text, lang, repeated, title, &[])
}

/// [`find_blocks_titled`] for an article whose markup said what some lines are (an HTML page:
/// see [`crate::input::html`]). A line a mark covers takes the mark's kind: a caption mark
/// still lets a credit glued to the caption be split off, and the other kinds are kept as
/// given; a paragraph mark (a `<p>` of the story's body) lets the text rules read the line
/// but keeps what they leave a paragraph from the passes that judge lines by their place.
/// Lines no mark covers are read by the text rules. `marks` are sorted by start.
pub fn find_blocks_marked(
    text: &str,
    lang: Lang,
    repeated: &RepeatedLines,
    title: Option<Span>,
    marks: &[(Span, BlockKind)],
) -> Vec<Block> {
    let mut marks = marks.iter().peekable();
    let mut drafts: Vec<Draft> = Vec::new();
    let mut given_title = None;
    let mut offset = 0;
    // lines are numbered as the page spaces them: on a page that puts a blank line between
    // all its lines, two lines one blank line apart touch, and only more blank lines part them
    let spacing = usual_spacing(text);
    let (mut line_no, mut blanks, mut gap_before) = (0usize, 0usize, false);
    let mut marks_read_past: Vec<(usize, usize)> = Vec::new();
    for (physical, line) in text.split('\n').enumerate() {
        // a tab inside a line parts cells, as a scraper leaves a figure's caption and credit
        // or a table's row: each cell is read as a line of its own, touching the one before
        let mut cell_start = offset;
        offset += line.len() + 1;
        let mut seen = false;
        for cell in line.split('\t') {
            let whole = trimmed(text, Span::new(cell_start, cell_start + cell.len()));
            cell_start += cell.len() + 1;
            let listed = without_mark(text, whole, LIST_MARKERS);
            let listed = if listed == whole {
                without_minute(text, whole)
            } else {
                listed
            };
            let item = listed != whole;
            let span = if item {
                listed
            } else {
                without_mark(text, whole, HEADING_MARKS)
            };
            if span.is_empty() {
                continue;
            }
            if seen {
                line_no += 1;
                gap_before = false;
            } else if physical > 0 {
                // blank lines beyond the usual, counted in the page's own unit of spacing
                let apart = blanks.saturating_sub(spacing).div_ceil(spacing + 1);
                line_no += if drafts.is_empty() { apart } else { 1 + apart };
                gap_before = apart > 0;
            }
            (seen, blanks) = (true, 0);
            if span != whole {
                // the list's or heading's mark is read past, but kept: the line's first block
                // takes it back once every pass is done
                marks_read_past.push((line_no, whole.start));
            }
            let first = drafts.len();
            if title.is_some_and(|t| span.start <= t.start && t.end <= span.end) {
                given_title = Some(first);
                drafts.push(draft(BlockKind::Title, span, true, true));
                drafts[first].line = line_no;
                continue;
            }
            while marks.next_if(|(m, _)| m.end <= span.start).is_some() {}
            let mark = marks
                .next_if(|(m, _)| m.start <= span.start && span.end <= m.end)
                .map(|(_, kind)| *kind);
            match mark {
                Some(BlockKind::Caption) => {
                    classify_line(text, span, lang, &mut drafts);
                    for d in &mut drafts[first..] {
                        if d.block.kind == BlockKind::Paragraph {
                            d.block.kind = BlockKind::Caption;
                            d.prose = true;
                        }
                        d.settled = true;
                    }
                }
                Some(BlockKind::Paragraph) => {
                    classify_line(text, span, lang, &mut drafts);
                    for d in &mut drafts[first..] {
                        if d.block.kind == BlockKind::Paragraph {
                            d.prose = true;
                            d.settled = true;
                            d.marked = true;
                        }
                    }
                }
                // a dateline the markup set apart ("Jakarta -" over "Sara Danius, …") opens
                // the story as one the text rules split off its line does
                Some(BlockKind::Meta) if is_marked_dateline(span.of(text)) => drafts.push(Draft {
                    dateline: true,
                    ..draft(BlockKind::Meta, span, false, true)
                }),
                Some(kind) => drafts.push(draft(kind, span, false, true)),
                None => classify_line(text, span, lang, &mut drafts),
            }
            // no title is chosen yet: a line to translate is a paragraph or a caption here
            let translated = drafts[first..].iter().any(|d| d.block.kind.is_translated());
            if translated && repeated.contains(span.of(text)) {
                drafts.truncate(first);
                drafts.push(draft(BlockKind::Boilerplate, span, false, true));
            }
            for draft in &mut drafts[first..] {
                draft.line = line_no;
                draft.gap_before = gap_before;
                draft.item = item;
            }
        }
        blanks += usize::from(!seen);
    }
    if given_title.is_none() {
        mark_headline_wrappers(text, &mut drafts);
    }
    mark_embedded_posts(text, &mut drafts);
    mark_labelled_captions(text, &mut drafts);
    mark_story_after_closing_credit(text, lang, &mut drafts);
    mark_reprinted_with_credit(text, &mut drafts);
    mark_printed_twice(text, &mut drafts);
    mark_contents(text, &mut drafts);
    // a gallery's captions are known before the title is looked for: a caption of headline
    // length under the headline would win it otherwise
    mark_gallery_slots(text, &mut drafts);
    mark_interview_turns(text, lang, &mut drafts);
    let title = match given_title {
        Some(k) => Some(k),
        None => mark_title(text, lang, &mut drafts),
    };
    let site = site::names(text, &drafts, title);
    mark_site_datelines(text, &site, &mut drafts);
    mark_site_lines(text, &site, &mut drafts);
    mark_site_labelled_captions(text, &site, &mut drafts);
    mark_opening_dateline(text, lang, title, &site, &mut drafts);
    mark_split_credits(text, &mut drafts);
    mark_captions(text, lang, &site, &mut drafts);
    mark_credits_printed_again(text, &mut drafts);
    mark_tag_lists(text, &mut drafts);
    mark_uncredited_captions(text, lang, title, &mut drafts);
    mark_site_credits_closing_captions(text, &site, &mut drafts);
    mark_credits_opening_captions(text, &mut drafts);
    mark_clutter(text, lang, title, &mut drafts);
    mark_unrelated_edges(text, lang, title, &site, &mut drafts);
    mark_above_the_title(text, lang, title, &mut drafts);
    mark_asides_between_clutter(text, &mut drafts);
    mark_sign_up_boxes(text, &mut drafts);
    mark_teaser_lists(text, lang, &mut drafts);
    mark_closing_initials(text, &mut drafts);
    mark_sign_off(text, &mut drafts);
    let marked: Vec<bool> = drafts.iter().map(|d| d.marked).collect();
    let embedded: Vec<bool> = drafts.iter().map(|d| d.embedded).collect();
    // both in line order: one walk finds each marked line's first block
    let mut read_past = marks_read_past.into_iter().peekable();
    let mut firsts: Vec<(usize, usize)> = Vec::new();
    for (k, d) in drafts.iter().enumerate() {
        while read_past.next_if(|&(line, _)| line < d.line).is_some() {}
        if let Some((_, start)) = read_past.next_if(|&(line, _)| line == d.line) {
            firsts.push((k, start));
        }
    }
    let mut blocks: Vec<Block> = drafts.into_iter().map(|d| d.block).collect();
    // a repeat is judged on the block as it is given out, its mark taken back
    let mut given = blocks.iter().map(|b| b.span).collect::<Vec<Span>>();
    for &(k, start) in &firsts {
        given[k].start = start;
    }
    let clutter_prints = mark_duplicates(text, &given, &mut blocks);
    mark_window_title(text, lang, &mut blocks);
    mark_last_print_of_the_headline(text, &mut blocks);
    mark_reprinted_headlines(&clutter_prints, &mut blocks);
    mark_headline_quotes(text, &mut blocks);
    mark_tail(text, lang, &mut blocks, &marked, &embedded);
    mark_list_items(text, &mut blocks);
    mark_listed_prints_of_the_headline(&mut blocks);
    for (block, span) in blocks.iter_mut().zip(given) {
        block.span = span;
    }
    split_off_marks(text, blocks)
}

/// Marks a page sets between a caption and its credit, or between items on a line, that are
/// never part of either ([`split_off_marks`]).
const BETWEEN_MARKS: &[char] = &['|', '•', '·', '●'];

/// A bar or a dot opening or closing a caption's or a credit's line, a space between
/// ([`BETWEEN_MARKS`]), is the page's, not part of the caption or the credit: the separator the
/// page set between the caption and the credit, or before what came next on the line, which the
/// scraper left on the credit's side ("| Photo: Varney T. Kollie", "Foto: Dede
/// Sopian/Tasikpost |"). Such a block is cut, each mark a block of clutter of its own; repeats
/// keep pointing at the blocks they copy.
fn split_off_marks(text: &str, blocks: Vec<Block>) -> Vec<Block> {
    // the spans of the opening mark, the words and the closing mark of a block to cut
    let cut = |b: &Block| {
        if !matches!(b.kind, BlockKind::Caption | BlockKind::Credit) {
            return None;
        }
        let (start, s) = (b.span.start, b.span.of(text).trim_end());
        // (most lines neither open nor close with a mark: their ends say so first)
        let marked = |c: Option<char>| c.is_some_and(|c| BETWEEN_MARKS.contains(&c));
        if !marked(s.chars().next()) && !marked(s.chars().next_back()) {
            return None;
        }
        let words_start = separator_opening(s, BETWEEN_MARKS);
        let closing = separator_closing(s, BETWEEN_MARKS);
        if words_start.is_none() && closing.is_none() {
            return None;
        }
        let opening = words_start.map(|at| Span::new(start, start + s[..at].trim_end().len()));
        let closing = closing.map(|at| Span::new(start + at, start + s.len()));
        let words_start = start + words_start.unwrap_or(0);
        let words_end = closing.map_or(start + s.len(), |m| {
            start + s[..m.start - start].trim_end().len()
        });
        (words_start < words_end).then_some((opening, Span::new(words_start, words_end), closing))
    };
    let cuts: Vec<_> = blocks.iter().map(cut).collect();
    if cuts.iter().all(Option::is_none) {
        return blocks;
    }
    let mark = |span: Span| Block {
        kind: BlockKind::Boilerplate,
        span,
        duplicate_of: None,
    };
    let mut at = Vec::with_capacity(blocks.len());
    let mut out: Vec<Block> = Vec::with_capacity(blocks.len() + 2);
    for (b, cut) in blocks.into_iter().zip(cuts) {
        match cut {
            Some((opening, words, closing)) => {
                out.extend(opening.map(mark));
                at.push(out.len());
                out.push(Block { span: words, ..b });
                out.extend(closing.map(mark));
            }
            None => {
                at.push(out.len());
                out.push(b);
            }
        }
    }
    for b in &mut out {
        b.duplicate_of = b.duplicate_of.map(|k| at[k]);
    }
    out
}

/// Share of the breaks between a page's lines that hold a blank line, at least, for the page to
/// be spaced by blank lines (as many scrapers write every block, and as the sample article
/// is): then one blank line is how the page goes from one line to the next, not a gap.
const SPACED_SHARE: f64 = 0.75;

/// Blank lines a page puts between two lines that touch: the most that at least
/// [`SPACED_SHARE`] of its breaks hold (0 on a page written line under line, 1 on one spaced by
/// blank lines, 3 on such a page spaced again by a second tool).
fn usual_spacing(text: &str) -> usize {
    const MOST: usize = 8;
    // breaks[n]: breaks between two lines that hold n blank lines (MOST or more counted at MOST)
    let mut breaks = [0usize; MOST + 1];
    let (mut seen, mut blanks) = (false, 0usize);
    for line in text.split('\n') {
        if line.trim().is_empty() {
            blanks += 1;
            continue;
        }
        if seen {
            breaks[blanks.min(MOST)] += 1;
        }
        (seen, blanks) = (true, 0);
    }
    let total: usize = breaks.iter().sum();
    let mut at_least = 0;
    (1..=MOST)
        .rev()
        .find(|&n| {
            at_least += breaks[n];
            total > 0 && at_least as f64 >= SPACED_SHARE * total as f64
        })
        .unwrap_or(0)
}

/// A post of a social network embedded in the page, as its scraped text shows it: the post's
/// signature, a name and a handle in brackets with the date after them ("— PERSIB (@persib)
/// March 28, 2024", "A post shared by Rara Anjani (@raraanjani)"), and the post's own text in
/// the line right above a signature that opens with a dash, or right under the embed's prompt
/// naming its network ("Lihat postingan ini di Instagram"). The article quotes the post; its
/// own text does not hold it, so both are the page's.
fn mark_embedded_posts(text: &str, drafts: &mut [Draft]) {
    for k in 0..drafts.len() {
        let line = drafts[k].block.span.of(text);
        // (or a group's or a page's post signed as the network prints it, the post's text
        // over the signature: "Day 18. Still no sign of anyone …" / "Posted by Elmsleigh Drive
        // Residents on Thursday, 20 June 2024"; only inside the story, under its prose, and
        // over prose that ends as sentences do: a blog's byline under its headline reads the
        // same)
        // (a post may end on a pictograph instead: "… or put a pound in the bucket ❤️")
        // (and a quotation over it is the story's, someone's words: "\"Every time is the same
        // story. …\"" over a post signed under its own text)
        let posted = || {
            let above = || drafts[k - 1].block.span.of(text);
            is_posted_by(line)
                && k >= 1
                && drafts[k - 1].block.kind == BlockKind::Paragraph
                && (ends_with_stop(above()) || ends_with_pictograph(above()))
                && !above().starts_with(['"', '\u{201c}'])
                && !reports_speech(above())
                && drafts[..k - 1].iter().any(|d| d.prose)
        };
        let Some(dashed) = post_signature(line).or_else(|| posted().then_some(true)) else {
            continue;
        };
        drafts[k].block.kind = BlockKind::Boilerplate;
        drafts[k].settled = true;
        drafts[k].embedded = true;
        // every block of the line above: a link in the post may read as a caption's credit
        // ("… #PersibDay pic.twitter.com/Xk29QzLm3A")
        let Some(above) = k.checked_sub(1).map(|j| drafts[j].line) else {
            continue;
        };
        let from = (0..k).rev().take_while(|&j| drafts[j].line == above).last();
        let post = from.unwrap_or(k)..k;
        let open = drafts[post.clone()]
            .iter()
            .any(|d| matches!(d.block.kind, BlockKind::Paragraph | BlockKind::Caption));
        // or a post between the embed's prompt naming its network and its signature ("Lihat
        // postingan ini di Instagram" / the post / "Sebuah kiriman dibagikan oleh … (@…)")
        // (the prompt may be open still, as the tables know the Indonesian one only: "View
        // this post on Instagram", a few words with no stop)
        let prompted = || {
            from.and_then(|from| from.checked_sub(1)).is_some_and(|j| {
                let prompt = drafts[j].block.span.of(text);
                let short = || {
                    drafts[j].block.kind == BlockKind::Paragraph
                        && !ends_with_stop(prompt)
                        && prompt
                            .split_whitespace()
                            .nth(MAX_EMBED_PROMPT_WORDS)
                            .is_none()
                };
                (drafts[j].block.kind == BlockKind::Boilerplate || short())
                    && drafts[j].line + 1 == above
                    && prompt::names_a_platform(prompt)
            })
        };
        if open && (dashed || prompted()) {
            for d in &mut drafts[post] {
                d.block.kind = BlockKind::Boilerplate;
                d.settled = true;
                d.embedded = true;
            }
        }
    }
}

/// Whether `line` ends on a pictograph, as posts on social networks do ("Proud doesn't cover it
/// ❤️", "… sampai jumpa 🙏"): the symbols' and dingbats' blocks and the emoji planes, past the
/// joiners and variation selectors that follow one.
fn ends_with_pictograph(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(['\u{fe0f}', '\u{200d}'])
        .chars()
        .next_back()
        .is_some_and(|c| matches!(c, '\u{2600}'..='\u{27bf}' | '\u{1f000}'..='\u{1faff}'))
}

/// Words of an embed's prompt naming its network, at most: "View this post on Instagram".
const MAX_EMBED_PROMPT_WORDS: usize = 8;

/// Words of the name a network's signature of a post gives, at most: "Posted by Elmsleigh
/// Drive Residents on …".
const MAX_POSTER_WORDS: usize = 6;

/// Whether `line` signs a post as a network prints it under the post's text: "Posted by
/// Elmsleigh Drive Residents on Thursday, 20 June 2024", "Diposting oleh Koperasi Tani Kopi
/// Pepasan pada Senin, 9 September 2024". A capitalized name, then the date alone.
fn is_posted_by(line: &str) -> bool {
    [("posted by ", " on "), ("diposting oleh ", " pada ")]
        .iter()
        .any(|(by, on)| {
            starts_with_ignore_case(line, by)
                && line[by.len()..].split_once(on).is_some_and(|(name, date)| {
                    capitalized_words(name, 1..=MAX_POSTER_WORDS) && is_bare_date(date)
                })
        })
}

/// Whether `line` signs an embedded post: a few words of a name, a handle in brackets, and
/// nothing after it but a date. Gives whether it opens with a dash, as a post of X's does
/// under the post's text.
fn post_signature(line: &str) -> Option<bool> {
    const MAX_NAME_WORDS: usize = 8;
    // most lines hold no '@' at all, which one byte search says
    let at = line.find('@')?;
    let open = line[..at].strip_suffix('(').map(str::len)?;
    let close = open + line[open..].find(')')?;
    let handle = &line[open + 2..close];
    let name = line[..open].trim();
    let after = line[close + 1..].trim();
    let dashed = name.starts_with(['—', '–', '-']);
    let valid_handle = !handle.is_empty()
        && handle
            .chars()
            .all(|c| c.is_alphanumeric() || "_.".contains(c));
    (valid_handle
        && (1..=MAX_NAME_WORDS).contains(&name.split_whitespace().count())
        && (after.is_empty() || is_bare_date(after)))
    .then_some(dashed)
}

fn draft(kind: BlockKind, span: Span, prose: bool, settled: bool) -> Draft {
    Draft {
        block: Block {
            kind,
            span,
            duplicate_of: None,
        },
        line: 0,
        gap_before: false,
        prose,
        settled,
        twice: false,
        dateline: false,
        marked: false,
        embedded: false,
        speaks: None,
        item: false,
    }
}

/// Whether a line the markup marked as meta is a dateline the input readers set apart: the
/// place, and the separator that parted it from the story ("Jakarta -", "Jakarta, CNN
/// Indonesia --"), as [`crate::input::html::DATELINE_SEPARATORS`] leaves it once trimmed.
fn is_marked_dateline(line: &str) -> bool {
    crate::input::html::DATELINE_SEPARATORS
        .iter()
        .any(|separator| line.ends_with(separator.trim_end()))
}

/// The marks a scraper writes before the items of a list it read from HTML (a menu, a list of
/// tags or related stories, a list inside the story), each with a space after it: "• Nasional",
/// "* Ekonomi", "- Berita Terkini", "» Baca juga …". A line is read without its mark, so a menu
/// item is as short and bare as a menu item without one; the mark is given back to the line's
/// first block when the passes are done, so that nothing of the page is lost.
/// Dashes other than the hyphen are not marks: "— Bernama pic" is a credit's own dash.
const LIST_MARKERS: &[&str] = &[
    "•", "·", "◦", "▪", "▫", "●", "○", "■", "□", "►", "▶", "▸", "»", "›", "➤", "✓", "✔", "*", "-",
];

/// The marks a tool that turns pages into Markdown writes before a heading: "# Harga Beras Naik
/// Lagi", "## Latar belakang". They are read past as a list's marks are, but make no list item;
/// the longest first, so that "## " is not read as "#" and a word.
const HEADING_MARKS: &[&str] = &["######", "#####", "####", "###", "##", "#"];

/// `span` (trimmed) without a mark of `marks` ([`LIST_MARKERS`], [`HEADING_MARKS`]) and the
/// spaces after it; a line that is only a mark, or a mark glued to a word ("-Red", "*catatan",
/// "#PersibDay"), keeps it.
fn without_mark(text: &str, span: Span, marks: &[&str]) -> Span {
    let s = span.of(text);
    let Some(first) = s.chars().next() else {
        return span;
    };
    // most lines open with a letter, a digit or a quotation mark: one test says so
    if first.is_alphanumeric() {
        return span;
    }
    marks
        .iter()
        .find_map(|mark| s.strip_prefix(mark))
        .filter(|rest| rest.starts_with([' ', '\t']) && !rest.trim().is_empty())
        .map_or(span, |rest| {
            trimmed(text, Span::new(span.end - rest.len(), span.end))
        })
}

/// `span` (trimmed) without a match's minute opening it, as a live report marks its entries
/// ("12' GOL! Marcelo Duarte membuka skor …", "90+4' Yoga Irawan menyamakan kedudukan."): read
/// past as a list's mark is, so that the entry is read as the sentence it is.
fn without_minute(text: &str, span: Span) -> Span {
    let s = span.of(text);
    let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
    let first = digits(s);
    if !(1..=3).contains(&first) {
        return span;
    }
    let mut at = first;
    // added time: "90+4'"
    if s[at..].starts_with('+') && (1..=2).contains(&digits(&s[at + 1..])) {
        at += 1 + digits(&s[at + 1..]);
    }
    let Some(rest) = s[at..]
        .strip_prefix('\'')
        .or_else(|| s[at..].strip_prefix('’'))
        .filter(|rest| rest.starts_with(' ') && rest.trim_start().starts_with(char::is_uppercase))
    else {
        return span;
    };
    trimmed(text, Span::new(span.end - rest.len(), span.end))
}

/// `span` without leading and trailing white space.
fn trimmed(text: &str, span: Span) -> Span {
    let piece = span.of(text);
    let start = span.start + (piece.len() - piece.trim_start().len());
    let end = span.start + piece.trim_end().len();
    Span::new(start, end.max(start))
}

/// English captions of file photos: "FILE - President Joe Biden speaks …",
/// "FILE PHOTO: A man walks past …".
/// Captions also open with a label: "Image caption, Voters queue …", "Keterangan gambar, …".
const CAPTION_OPENINGS: &[&str] = &[
    "file - ",
    "file – ",
    "file — ",
    "file photo:",
    "file photo - ",
    "file:",
    "image caption,",
    // the same labels under a video: "Media caption, Watch: Lava glows …"
    "media caption,",
    "video caption,",
    "keterangan video,",
    "keterangan gambar,",
    "keterangan foto,",
    "keterangan foto:",
    "keterangan foto :",
    // "Ket Foto : Sejumlah pedagang mengangkut …": the label shortened
    "ket foto:",
    "ket foto :",
    "ket. foto:",
    "ket. foto :",
    // "L-R: Chairman, Kano chapter of …; Programme Officer, …": a row of people named from
    // the left, as Nigerian papers open such a caption
    "l-r:",
    "l–r:",
    "(l-r)",
    // "Teks foto: Pedagang menata cabai …", Indonesian papers' label; "takarir" is the
    // standard word for a caption
    "teks foto:",
    "teks foto :",
    "takarir:",
    "caption:",
    "photo caption:",
    // "Featured image: Tourists queue at …", "Header image: Young supporters at …": the label
    // of a post's lead picture
    "featured image:",
    "feature image:",
    "header image:",
    "main image:",
    "top image:",
    // "Ilustrasi jembatan gantung", "Ilustrasi: warga antre minyak goreng": a stock photo's
    // caption on Indonesian sites
    // "ARSIP - Pedagang menata dagangan …": ANTARA's archive photo, as "FILE -" in English
    "arsip - ",
    "arsip – ",
    "arsip — ",
    "ilustrasi ",
    "ilustrasi:",
    "ilustrasi.",
    "foto ilustrasi",
    // "Tangkapan layar unggahan yang beredar di Facebook.", "Screenshot of a post shared on
    // X": what a fact check shows of a screen
    "tangkapan layar ",
    "screenshot of ",
    "screenshot dari ",
    // "Representational image of handloom saris on display …", Indian sites' stock photo
    "representational image",
    "representative image",
];

/// Whether `line` opens as a picture agency's caption: a place in capitals, a dash, and the
/// day in capitals before a colon, "SAN JOSE, CA - MARCH 11: Delia Romero, 61, walks …". A
/// story's dateline has no day's colon after its dash.
fn opens_with_shouted_place_and_day(line: &str) -> bool {
    const MOST_PLACE: usize = 40;
    // (most lines open with a capital and a small letter: asked of two bytes before the line is
    // searched)
    if !line
        .as_bytes()
        .get(..2)
        .is_some_and(|b| b.iter().all(u8::is_ascii_uppercase))
    {
        return false;
    }
    let Some((place, rest)) = line[..floor_char_boundary(line, MOST_PLACE + 3)]
        .find(" - ")
        .map(|at| (&line[..at], &line[at + 3..]))
    else {
        return false;
    };
    let Some((day, _)) = rest.split_once(": ") else {
        return false;
    };
    let mut words = day.split_whitespace();
    let month = words.next().is_some_and(|m| {
        m.bytes().all(|b| b.is_ascii_uppercase()) && MONTHS.contains(&m.to_lowercase().as_str())
    });
    let date = words
        .next()
        .is_some_and(|d| d.bytes().all(|b| b.is_ascii_digit()));
    place.len() <= MOST_PLACE
        && place.contains(char::is_alphabetic)
        && !place.contains(char::is_lowercase)
        && month
        && date
        && words.next().is_none()
}

/// Endings that mark a photo caption: "Patients waiting in a hospital corridor (file picture)",
/// "Warga antre minyak goreng (ilustrasi)".
const CAPTION_ENDINGS: &[&str] = &[
    "(file picture)",
    "(file photo)",
    "(file image)",
    "(archive photo)",
    "(illustration)",
    "(ilustrasi)",
    "(foto ilustrasi)",
    "(foto arsip)",
    // "Passengers at an airport terminal. File": an archive photo marked after the caption's
    // stop
    ". file",
    ". file photo",
];

/// Where a person stands in the photo, in parentheses after their name: only a caption points
/// at the picture this way. "Galih Wirayuda (kanan) dan Yoga Ardiansyah merayakan …",
/// "Menteri Keuangan (kedua kiri) meninjau …", "Para pemenang (ki-ka) …", "President Joe Biden
/// (C) speaks …" is left out: one letter is too often a party ("Sen. Smith (R)").
const PHOTO_SIDES: &[&str] = &[
    "kiri", "kanan", "tengah", "depan", "belakang", "left", "right", "center", "centre", "front",
    "back", "rear",
];
/// Ordinals before a side: "(kedua kiri)", "(kedua dari kanan)", "(second left)", "(third from
/// right)".
const PHOTO_ORDINALS: &[&str] = &[
    "kedua", "ketiga", "keempat", "kelima", "second", "third", "fourth", "fifth", "2nd", "3rd",
    "4th",
];
/// Whole markers for a row of people: "(ki-ka)", "(kiri ke kanan)", "(L-R)", "(from left)".
const PHOTO_ROWS: &[&str] = &[
    "ki-ka",
    "ka-ki",
    "kiri ke kanan",
    "kanan ke kiri",
    "dari kiri",
    "dari kanan",
    "dari kiri ke kanan",
    "l-r",
    "r-l",
    "l to r",
    "left to right",
    "from left",
    "from right",
    "from left to right",
];

/// Bytes of a caption that places people between commas, at most.
const MAX_PLACED_CAPTION_BYTES: usize = 300;

/// Whether `s` places someone by a side of [`PHOTO_SIDES`] between commas, right after a
/// capitalized word: "Aldan, center, leads", "Ruiz, second from left, cuts".
fn placed_between_commas(s: &str) -> bool {
    // one walk over the line's ", ", without allocating: most lines place no one
    s.match_indices(", ").any(|(at, _)| {
        let rest = &s[at + 2..];
        let Some(end) = rest.find(',') else {
            return false;
        };
        // a side and its ordinal are short: "center", "second from left"
        if end > 20 || !rest[end..].starts_with(", ") {
            return false;
        }
        let mut words = rest[..end].split(' ');
        let side = match (words.next(), words.next(), words.next(), words.next()) {
            (Some(side), None, None, None) => side,
            (Some(ordinal), Some(side), None, None)
            | (Some(ordinal), Some("from"), Some(side), None)
                if PHOTO_ORDINALS.contains(&ordinal) =>
            {
                side
            }
            _ => return false,
        };
        PHOTO_SIDES.contains(&side)
            && s[..at]
                .rsplit(' ')
                .next()
                .is_some_and(|name| name.starts_with(char::is_uppercase))
    })
}

/// Whether a line (of caption length) holds a photo position marker, see [`PHOTO_SIDES`]: in
/// brackets, or between commas after a name, as American captions place people ("… board chair
/// Vicente T. Aldan, center, leads …", "Mayor Ana Ruiz, second from left, cuts …").
fn has_photo_position(s: &str) -> bool {
    if !s.contains('(') {
        // (a caption that places people between commas is short: a paragraph is not asked)
        return s.len() <= MAX_PLACED_CAPTION_BYTES
            && placed_between_commas(s)
            && s.split_whitespace().nth(MAX_CAPTION_WORDS).is_none();
    }
    if s.split_whitespace().nth(MAX_CAPTION_WORDS).is_some() {
        return false;
    }
    let mut rest = s;
    while let Some(open) = rest.find('(') {
        rest = &rest[open + 1..];
        let Some(close) = rest.find(')') else {
            return false;
        };
        let inner = rest[..close].trim().to_lowercase();
        rest = &rest[close + 1..];
        if PHOTO_ROWS.contains(&inner.as_str()) {
            return true;
        }
        let words: Vec<&str> = inner.split_whitespace().collect();
        let side = match words.as_slice() {
            [side] => side,
            [ordinal, side] | [ordinal, "dari" | "from", side]
                if PHOTO_ORDINALS.contains(ordinal) =>
            {
                side
            }
            _ => continue,
        };
        if PHOTO_SIDES.contains(side) {
            return true;
        }
    }
    false
}

/// Where a photographer's name in brackets closing a caption begins: "Kazuo Hiraoka, 71, checks
/// the blade of a snowplow at a garage in Asahikawa, Hokkaido, on Nov. 7. (Kenta Moriyama)", "A
/// franchised bus at the Hollins Road interchange (Owen Latimer)". A paragraph can close on a
/// name in brackets too (the writer's, a source's), so what comes before must read as a picture's
/// description: a scene, a wire caption's dated act, a participle's scene, or a photo's position;
/// or be no paragraph's sentence, without its stop or with the bracket glued to it.
fn bracketed_name_after_scene(b: &str, lang: Lang) -> Option<usize> {
    const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;
    // most lines do not end with a bracket: one byte rules them out
    let inner = b.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let name = &inner[open + 1..];
    let before = b[..open].trim_end();
    // (or a line of a scene's length at least that no stop closes, which no paragraph of the
    // story is: "The lido has been closed to the public since March (Hackney Council)"; or the
    // bracket glued to the caption's stop, as no source signing a paragraph is: "… after crews
    // finished the work.(Hawaii News Now)")
    // (a numbered list's item is none: "1. SDN 3 Galeh digabung ke SDN 1 Galeh (Kecamatan
    // Tangen)")
    // (in sentence case: a headline in title case may close on a bracket, "Hurricane Rosa
    // Threatening Phoenix … With Flash Flooding (Drought Areas May Benefit)")
    let unstopped = || {
        !before.ends_with('.') && is_scene_in_sentence_case(before) && !opens_with_number(before)
    };
    let glued = || before.len() == open && before.ends_with('.');
    let scene = || {
        unstopped()
            || glued()
            || scene::scene_words(before, lang).is_some()
            || scene::dated_act_words(before, lang).is_some()
            || scene::predicate_free_words(before, lang).is_some()
            || has_photo_position(before)
    };
    (open > 0
        && capitalized_words(name, NAME_WORDS)
        && name.chars().any(char::is_lowercase)
        && !name.contains(|c: char| c.is_ascii_digit() || ",;:/".contains(c))
        && before.ends_with(|c: char| c == '.' || c.is_lowercase() || c.is_ascii_digit())
        && scene())
    .then_some(open)
}

/// Whether `line` opens with a number closed by a stop or a bracket, as a numbered list's item
/// or heading does: "1. SDN 3 Galeh digabung …", "4) Minum cukup saat sahur".
fn opens_with_number(line: &str) -> bool {
    line.split_whitespace().next().is_some_and(|first| {
        first.ends_with(['.', ')']) && first[..first.len() - 1].bytes().all(|b| b.is_ascii_digit())
    })
}

/// Where a name in capitals closing a caption after its stop begins: "… at the Peace Palace on
/// April 2. STPM", "PASAR MURAH – Warga antre … Selasa (2/4). –NATA". Papers print the photo
/// desk or the photographer so. A paragraph can end on its source the same way ("… on Monday.
/// AFP"), so what comes before the name must read as a caption by what it holds: a photo's
/// position, a wire caption's date, or a kicker in capitals and a dash before the scene.
fn shouted_credit_after_stop(b: &str) -> Option<usize> {
    // most lines end with a stop, a bracket or a quotation mark: one byte rules them out
    if !b.as_bytes().last()?.is_ascii_uppercase() {
        return None;
    }
    let stop = b.rfind('.')?;
    let after = &b[stop + 1..];
    let name = after
        .trim_start()
        .trim_start_matches(['–', '—', '-'])
        .trim_start();
    let shouted = |w: &str| {
        w.chars().filter(|c| c.is_alphabetic()).count() >= 2
            && w.chars()
                .all(|c| c.is_uppercase() || matches!(c, '/' | '-'))
    };
    let words = name.split_whitespace().count();
    let letters = name.chars().filter(|c| c.is_alphabetic()).count();
    let parted = after.starts_with([' ', '–', '—', '-']);
    if !(parted && (1..=3).contains(&words) && letters >= 3 && name.split_whitespace().all(shouted))
    {
        return None;
    }
    let head = &b[..=stop];
    (has_photo_position(head) || ends_with_caption_date(head) || opens_with_kicker(head))
        .then_some(stop + 1 + (after.len() - after.trim_start().len()))
}

/// Words of a link glued after a photo's credit, at most ("Buy a print of this photo").
const MAX_GLUED_LINK_WORDS: usize = 8;

/// Where a link of the page glued to the closing bracket of a photo's credit begins: "…
/// (Kathryn Delaney/The Spokesman-Review)Buy a print of this photo", "… (AP Photo/Jon
/// Elswick)Enlarge". The link starts in capitals right after the bracket, is short and has no
/// stop; the brackets hold a credit.
fn glued_after_bracketed_credit(s: &str) -> Option<usize> {
    // most lines end with a stop, a bracket or a quotation mark: one byte rules them out
    if !s.as_bytes().last()?.is_ascii_alphabetic() {
        return None;
    }
    let close = s.rfind(')')?;
    let link = &s[close + 1..];
    if !link.starts_with(|c: char| c.is_ascii_uppercase())
        || link.split_whitespace().nth(MAX_GLUED_LINK_WORDS).is_some()
        || link.contains(['.', '(', ')'])
    {
        return None;
    }
    let open = s[..close].rfind('(')?;
    (open > 0 && credit::is_credit(&s[open..=close])).then_some(close + 1)
}

/// Words of a headline after its section's label, at least.
const MIN_HEADLINE_AFTER_SECTION: usize = 4;

/// Where the bar parting a section's label from a headline on one line stands: "Local News |
/// Whitehall library's long-delayed expansion clears its final vote". The label is one to three
/// capitalized words, the headline is headline-shaped, with no stop and no other bar (a byline's
/// fields, "By Dana Kessler | dkessler@… | The Morning Call", and a menu have several).
fn section_before_headline(b: &str) -> Option<usize> {
    // (found at its byte: most lines hold no bar; the spaces around it are asked of bytes, a
    // character before it may be of several)
    let pipe = memchr::memchr(b'|', b.as_bytes())?;
    if pipe == 0 || b.as_bytes()[pipe - 1] != b' ' || b.as_bytes().get(pipe + 1) != Some(&b' ') {
        return None;
    }
    let bar = pipe - 1;
    let (label, headline) = (&b[..bar], &b[bar + 3..]);
    (capitalized_words(label, 1..=3)
        && !label.contains(|c: char| c.is_ascii_digit() || ".,:".contains(c))
        && !headline.contains('|')
        && headline
            .split_whitespace()
            .nth(MIN_HEADLINE_AFTER_SECTION - 1)
            .is_some()
        && headline
            .split_whitespace()
            .nth(MAX_HEADLINE_WORDS)
            .is_none()
        && headline.starts_with(char::is_uppercase)
        && !ends_with_stop(headline)
        && !credit::is_credit(label))
    .then_some(bar)
}

/// Whether `s` opens with a kicker in capitals and a dash before a scene told in sentence case,
/// as Indonesian papers head a caption: "PASAR MURAH – Warga antre …", "BANJIR - Petugas …".
/// A dateline has the same shape ("DENPASAR – Pemkot …"): this counts only beside another
/// sign of a caption.
fn opens_with_kicker(s: &str) -> bool {
    let Some((kicker, rest)) = [" – ", " — ", " - "]
        .iter()
        .find_map(|dash| s.split_once(dash))
    else {
        return false;
    };
    is_shouted_place(kicker) && {
        let mut words = rest.split_whitespace();
        words
            .next()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
            && words
                .next()
                .is_some_and(|w| w.starts_with(char::is_lowercase))
    }
}

/// A wire photo's caption ends with its place and date as fields of their own: "People wade
/// through a flooded street in Medan, North Sumatra, Indonesia, March 4, 2024." A story's
/// sentence does not end on a date after a place and a comma; "… on Monday, March 4, 2024."
/// has a weekday there and stays body text.
fn ends_with_caption_date(s: &str) -> bool {
    const MAX_WORDS: usize = 60;
    let s = s.trim_end().trim_end_matches('.');
    if !s.ends_with(|c: char| c.is_ascii_digit()) || s.split_whitespace().nth(MAX_WORDS).is_some() {
        return false;
    }
    let mut fields = s.rsplit(", ");
    let (Some(year), Some(day), Some(place)) = (fields.next(), fields.next(), fields.next()) else {
        return false;
    };
    let year = is_year(year);
    let day = day
        .split_once(' ')
        .is_some_and(|(month, day)| is_month(month) && is_day_number(day));
    let last_place_word = place.split_whitespace().last().unwrap_or("");
    let place = last_place_word.starts_with(char::is_uppercase)
        && !is_date_word(&last_place_word.to_lowercase());
    year && day && place && fields.next().is_some()
}

/// Words of a ticker's headline after its time, at least.
const MIN_TICKER_WORDS: usize = 4;

/// Whether `line` is an entry of a ticker of the latest stories: a time, then a headline in
/// capitals with no stop ("10:32 Ratusan Siswa SD di Parepare Belum Cair Dana PIP, Disdik
/// Verifikasi Ulang Data", "15:02 Harga Emas di Banda Aceh Turun Rp50 Ribu per Mayam"). A time
/// with its zone or a date ("09:40 WIB", "4:32 AM EDT") is a date line, and a live story's
/// entry under its time is a sentence with a stop.
fn is_ticker_entry(line: &str) -> bool {
    let Some((time, headline)) = line.split_once(' ') else {
        return false;
    };
    if !is_clock(time) {
        return false;
    }
    headline.starts_with(char::is_uppercase)
        && headline
            .split_whitespace()
            .nth(MIN_TICKER_WORDS - 1)
            .is_some()
        && !ends_with_stop(headline)
        && !is_date_line(line)
        && headline
            .split_whitespace()
            .next()
            .is_some_and(|first| !is_date_word(&first.to_lowercase()))
}

/// The word that closes an icon's text, after its name: "Camera Icon".
const ICON: &str = " Icon";

/// Where the text of an icon glued before a line's words ends: "Camera IconTraders in …",
/// "Play IconWatch the …", as a scraper leaves an icon's alternative text. One or two
/// capitalized words, then "Icon", glued to a word that opens with a capital.
fn glued_icon(s: &str) -> Option<usize> {
    // most lines hold no icon, which a search for its capital says (a char's search is a
    // memchr; the word's own search reads every byte)
    let at =
        s.match_indices('I').map(|(at, _)| at).find(|&at| {
            at > 0 && s.as_bytes()[at - 1] == b' ' && s[at..].starts_with(&ICON[1..])
        })? - 1;
    let end = at + ICON.len();
    let label = &s[..at];
    (capitalized_words(label, 1..=2)
        && label.chars().all(|c| c.is_alphabetic() || c == ' ')
        && s[end..].starts_with(char::is_uppercase))
    .then_some(end)
}

/// Where the dash after a slash credit opening `b` is: the first of " – ", " — ", " - " within
/// a credit's length after the line's first slash. Most lines hold no slash, which a byte
/// search says; the dashes are looked for only in that window.
fn slash_credit_dash(b: &str) -> Option<usize> {
    const REACH: usize = 64;
    let slash = memchr::memchr(b'/', b.as_bytes())?;
    let window = &b[..floor_char_boundary(b, slash + REACH)];
    [" – ", " — ", " - "]
        .iter()
        .filter_map(|d| window[slash..].find(d).map(|at| slash + at))
        .min()
}

/// Classifies one trimmed line, splitting off a dateline, a credit and editor initials.
fn classify_line(text: &str, line: Span, lang: Lang, drafts: &mut Vec<Draft>) {
    let s = line.of(text);
    // a part of the line, from and to offsets in it, read as a line of its own
    let read_part = |from: usize, to: usize, drafts: &mut Vec<Draft>| {
        let part = trimmed(text, Span::new(line.start + from, line.start + to));
        classify_line(text, part, lang, drafts);
    };
    // "Camera IconTraders in Fremantle's West End …": an icon's text glued before a caption or
    // a teaser is the page's; what follows is read alone
    if let Some(at) = glued_icon(s) {
        drafts.push(draft(
            BlockKind::Boilerplate,
            Span::new(line.start, line.start + at),
            false,
            true,
        ));
        read_part(at, s.len(), drafts);
        return;
    }
    // "… on Tuesday. (Kathryn Delaney/The Spokesman-Review)Buy a print of this photo": the
    // page's link glued after a photo's credit in brackets; the caption and credit are read
    // alone
    if let Some(at) = glued_after_bracketed_credit(s) {
        read_part(0, at, drafts);
        drafts.push(draft(
            BlockKind::Boilerplate,
            Span::new(line.start + at, line.end),
            false,
            true,
        ));
        return;
    }
    if s.starts_with('[') || s.ends_with(']') {
        if let Some((open, close, tag)) = shortcode(s) {
            classify_shortcode(text, line, (open, close, tag), lang, drafts);
            return;
        }
    }
    // "… kata dia. Baca juga: Harga Cabai Naik": a link to another story glued after the
    // paragraph's last sentence; the paragraph is read alone and the link is the page's
    // (unless the line is a pitch, a question to the reader and an order after it: "Want the
    // most important stories … in your inbox every morning? Sign up for … free newsletter.")
    if let Some(at) = related_tail(s)
        .filter(|&at| !(s[..at].trim_end().ends_with('?') && prompt::is_prompt(s, lang)))
    {
        read_part(0, at, drafts);
        drafts.push(draft(
            BlockKind::Boilerplate,
            trimmed(text, Span::new(line.start + at, line.end)),
            false,
            true,
        ));
        return;
    }
    // "… masuk," ujarnya.Kondisi ruang kelas …": a quotation's attribution closing the story's
    // paragraph, the next block glued to its stop by the scraper; each is read alone
    // "12 September 2024 | 10:14 WITA Dibaca: 1.209 kali": a date line with the page's count
    // glued after it; the date is the story's, the count the page's
    if let Some(at) = count_after_date(s).or_else(|| sections_after_date(s)) {
        drafts.push(draft(
            BlockKind::Meta,
            trimmed(text, Span::new(line.start, line.start + at)),
            false,
            true,
        ));
        drafts.push(draft(
            BlockKind::Boilerplate,
            trimmed(text, Span::new(line.start + at, line.end)),
            false,
            true,
        ));
        return;
    }
    if let Some(at) = glued_after_speech(s) {
        read_part(0, at, drafts);
        read_part(at, s.len(), drafts);
        return;
    }
    // "© Sergei Bobylev/TASS": the copyright sign of a footer, before a photographer's slash
    if credit::is_signed_slash_credit(s) {
        drafts.push(draft(BlockKind::Credit, line, false, true));
        return;
    }
    // (a line the story's dateline opens is the story's, whatever the site's name in the
    // dateline makes its words look like: "SUKADANA24.COM, SUKADANA – Puluhan nelayan …")
    if is_boilerplate(s)
        || is_link_row(s)
        || is_ticker_entry(s)
        || is_labelled_breadcrumb(s)
        || prompt::is_prompt(s, lang) && dateline_prefix(s).is_none()
        || prompt::is_greeting(s)
        || prompt::is_interface_message(s)
    {
        drafts.push(draft(BlockKind::Boilerplate, line, false, true));
        return;
    }
    let byline = is_byline(s) && !credit::is_photo_source(s);
    if is_editor_initials(s)
        || byline
        || is_reporting_note(s)
        || bio::is_role_line(s)
        || is_date_line(s)
        || is_dateline_only(s)
        || is_entry_time(s)
        || cites_reference(s)
        || is_footnote(s)
    {
        drafts.push(draft(BlockKind::Meta, line, false, true));
        return;
    }
    let glued = credit::leading(s);
    if glued.is_none()
        && (credit::is_credit(s) || credit::is_outlets_label(s) || credit::is_bracketed_source(s))
    {
        drafts.push(draft(BlockKind::Credit, line, false, true));
        return;
    }
    // "... abadi. [uh/ab]" — editor initials trailing the last paragraph on its line
    let (body, initials) = match trailing_initials(s)
        .or_else(|| trailing_source(s))
        .or_else(|| trailing_sign(s))
        .or_else(|| bracketed_source(s))
        .or_else(|| bracketed_sign_after_speech(s, lang))
        .or_else(|| trailing_end_mark(s))
    {
        Some(at) => (
            trimmed(text, Span::new(line.start, line.start + at)),
            Some(Span::new(line.start + at, line.end)),
        ),
        None => (line, None),
    };
    // an English scene with no word of a clause, signed by an agency's mark, is a photo's
    // caption and its credit, not the story's paragraph and its sign-off: "Police officers
    // outside the Interior Ministry building in Bishkek on March 20. (RFE/RL)" (an Indonesian
    // paragraph closing on "(Antara)" may read as a scene: its verbs need not be prefixed)
    if let Some(sign) = initials.filter(|sign| {
        lang == Lang::En && is_outlet_mark(sign.of(text)) && is_untold_scene(body.of(text), lang)
    }) {
        drafts.push(draft(BlockKind::Caption, body, true, true));
        drafts.push(draft(BlockKind::Credit, sign, false, true));
        return;
    }
    let piece =
        |from: usize, to: usize| trimmed(text, Span::new(body.start + from, body.start + to));
    let b = body.of(text);
    // `credit`: where a credit closing `span` starts, as [`credit::trailing`] finds it
    let caption = |span: Span, credit: Option<usize>, drafts: &mut Vec<Draft>| {
        if let Some(at) = credit {
            let before = trimmed(text, Span::new(span.start, span.start + at));
            // "| Photo Credit: Reuters": a separator before the credit is no caption
            let at = if before.of(text).contains(char::is_alphanumeric) {
                at
            } else {
                0
            };
            let mut before = trimmed(text, Span::new(span.start, span.start + at));
            // the story's paragraph glued before the caption: read alone
            if let Some(at) = story_before_caption(before.of(text), lang) {
                let story = trimmed(text, Span::new(before.start, before.start + at));
                drafts.push(read_paragraph(text, story, lang));
                before = trimmed(text, Span::new(before.start + at, before.end));
            }
            let credit = trimmed(text, Span::new(span.start + at, span.end));
            // the story's paragraph, whole, signed by its reporter: "Ia menambahkan, … di
            // wilayah hulu. (Tribunpontianak.co.id/Ferdinandus Ama)": a credit with no photo's
            // label or word after a line that goes on from the story signs it (a caption may
            // report speech, "Councillor Dara Loftus said … . Photo: Ruairí Gannon")
            let line = before.of(text);
            // (on an Indonesian page, initials in capitals in brackets that name no agency are
            // the editor's, closing the story's paragraph, whatever it tells: "Hingga berita ini
            // diturunkan, … belum berbalas. (RH)"; the read pages' gold has 30 such and 2 photo
            // credits, "(IST)" and "(KITLV)")
            let initials = lang == Lang::Id && is_lone_capital_initials(credit.of(text));
            if !before.is_empty()
                && (continues_the_story(line) || is_speech(line) || initials)
                && (!labels_a_photo(credit.of(text)) || is_bracketed_byline(credit.of(text)))
                && !opens_with_dated_scene(line)
            {
                drafts.push(read_paragraph(text, before, lang));
                drafts.push(draft(BlockKind::Meta, credit, false, true));
                return;
            }
            // "Weavers at work in Berhampur | Photo: Outlook/…": the bar between the two is
            // the page's, neither caption nor credit
            let bar = separator_closing(before.of(text), CAPTION_CREDIT_BARS).map(|at| {
                let bar = trimmed(text, Span::new(before.start + at, before.end));
                before = trimmed(text, Span::new(before.start, before.start + at));
                bar
            });
            if !before.is_empty() {
                drafts.push(draft(BlockKind::Caption, before, true, true));
            }
            if let Some(bar) = bar {
                drafts.push(draft(BlockKind::Boilerplate, bar, false, true));
            }
            match sentence_after_credit(credit.of(text)) {
                Some(at) => {
                    let (credit, rest) = (
                        trimmed(text, Span::new(credit.start, credit.start + at)),
                        trimmed(text, Span::new(credit.start + at, credit.end)),
                    );
                    drafts.push(draft(BlockKind::Credit, credit, false, true));
                    drafts.push(draft(BlockKind::Caption, rest, true, true));
                }
                None => drafts.push(draft(BlockKind::Credit, credit, false, true)),
            }
        } else if !span.is_empty() {
            drafts.push(draft(BlockKind::Caption, span, true, true));
        }
    };
    // a caption's label opening the body: "FILE - …", "Teks foto: …"
    // (or a credit's label before a described scene: "Foto: Petugas memeriksa …")
    let caption_label = CAPTION_OPENINGS
        .iter()
        .find(|p| starts_with_ignore_case(b, p))
        .map(|p| p.len())
        .or_else(|| credit::scene_after_label(b).filter(|&at| !is_labelled_headline(b, at)));
    // the body is the line or a prefix of it: without glue in the line there is none in it
    // a credit opening the line, its caption after it: glued ("AFP/EVAN VUCCIPresiden Joe Biden
    // …"), labelled ("Foto: La Ode Irfan/Radar Buton Suasana los ikan …"), in brackets ("(Dok.
    // Istimewa) Tampilan pesan peringatan …") or in capitals ("NEWS PHOTO DANA KURTZWEIL A
    // Medicine Hat Transit bus pulls away …")
    let opening_credit = glued
        .and_then(|_| credit::leading(b))
        .or_else(|| credit::leading_labelled(b))
        .or_else(|| leading_bracketed_credit(b))
        .or_else(|| credit::leading_shouted(b));
    if let Some(end) = opening_credit {
        drafts.push(draft(BlockKind::Credit, piece(0, end), false, true));
        let rest = piece(end, b.len());
        caption(rest, credit::trailing(rest.of(text)), drafts);
    } else if let Some(bar) = b.find(" | ").filter(|&at| {
        credit::is_credit(&b[..at])
            && b[at + 3..]
                .split_whitespace()
                .nth(SCENE_WORDS - 1)
                .is_some()
    }) {
        // "Dok. Humas Pemkab Aceh Besar | Bupati Aceh Besar meninjau …": the credit before its
        // caption, a bar between them
        drafts.push(draft(BlockKind::Credit, piece(0, bar), false, true));
        drafts.push(draft(
            BlockKind::Boilerplate,
            piece(bar + 1, bar + 2),
            false,
            true,
        ));
        let rest = piece(bar + 3, b.len());
        caption(rest, credit::trailing(rest.of(text)), drafts);
    } else if let Some(bar) = section_before_headline(b) {
        // "Local News | Whitehall library's long-delayed expansion clears its final vote": the
        // section's label before the headline on its line, a bar between them
        drafts.push(draft(
            BlockKind::Boilerplate,
            piece(0, bar + 2),
            false,
            true,
        ));
        drafts.push(read_paragraph(text, piece(bar + 3, b.len()), lang));
    } else if let Some(dash) = slash_credit_dash(b).filter(|&at| {
        // (a place and the site's domain before the dash open the story: "PURUK
        // CAHU/tabengan.co.id – Menyusutnya …"; so do two places, a date and the agency:
        // "HANOI/LONDON, March 18 (Reuters) - Robusta coffee …")
        !b[..at]
            .rsplit('/')
            .next()
            .is_some_and(|last| last.contains('.'))
            && !b[..at].contains(['(', ','])
            && dateline_prefix(b).is_none()
            && credit::is_credit(&b[..at])
            && b[at + 1..].split_whitespace().nth(SCENE_WORDS).is_some()
    }) {
        // "SidikalangPost/Rinto Sihombing – Petani menjemur …": a slash credit before its
        // caption, a dash between them (the caption keeps the dash)
        drafts.push(draft(BlockKind::Credit, piece(0, dash), false, true));
        let rest = piece(dash + 1, b.len());
        caption(rest, credit::trailing(rest.of(text)), drafts);
    } else if let Some((open, close)) = credit::inside(b) {
        // a credit in its label's brackets inside its caption's line: the caption on both
        // sides of it ("… Muhammad Arsyad (Foto: Hasrul Tamrin/Sultraline) saat ditemui …")
        drafts.push(draft(BlockKind::Caption, piece(0, open), true, true));
        drafts.push(draft(BlockKind::Credit, piece(open, close), false, true));
        let rest = piece(close, b.len());
        // (the story's dateline after the credit opens the story, glued to the photo by the
        // scraper: "… of Puntland. [Photo: File] GAROWE, Puntland - Puntland's disaster agency
        // …"; the rest is read as a line of its own)
        // (and so does the story's next paragraph after a credit that closes its caption's
        // last sentence, going on from the story: "… sejak akhir Februari. (PanturaPost/Muzaki)
        // Sementara itu, Kepala Dinas …")
        let story = || {
            b[..open].trim_end().ends_with(['.', '!', '?']) && goes_on(rest.of(text).trim_start())
        };
        if dateline_prefix(rest.of(text)).is_some() || story() {
            classify_line(text, rest, lang, drafts);
        } else {
            caption(rest, credit::trailing(rest.of(text)), drafts);
        }
    } else if let Some(at) = {
        // a caption's label ("Teks foto:", "Keterangan foto:") holds a credit's label: the
        // credit is looked for after it
        let label = caption_label.unwrap_or(0);
        credit::trailing(&b[label..]).map(|at| label + at)
    }
    // (the page's first line, a headline without a stop and the outlet's name after a bar, is
    // the window's title a scraper keeps, no caption: "Clintonville bakery fire: What we know
    // … | The Columbus Dispatch")
    .filter(|&at| {
        !(text[..line.start].trim().is_empty()
            && b[at..].starts_with('|')
            && !ends_with_stop(b[..at].trim_end()))
    }) {
        caption(body, Some(at), drafts);
    } else if let Some(at) = shouted_credit_after_stop(b) {
        caption(body, Some(at), drafts);
    } else if let Some(at) = bracketed_name_after_scene(b, lang) {
        caption(body, Some(at), drafts);
    } else if caption_label.is_some()
        || CAPTION_ENDINGS
            .iter()
            .any(|e| ends_with_ignore_case(b.trim_end_matches(['.', ' ']), e))
        || ends_with_caption_date(b)
        || has_photo_position(b)
        || opens_with_shouted_place_and_day(b)
    {
        caption(body, None, drafts);
    } else if let Some(end) = update_label_prefix(b) {
        // a live update's label, no dateline: the story's own may come under it
        drafts.push(draft(BlockKind::Meta, piece(0, end), false, true));
        drafts.push(draft(
            BlockKind::Paragraph,
            piece(end, b.len()),
            true,
            false,
        ));
    } else if let Some(end) = dateline_prefix(b)
        .or_else(|| colon_dateline_prefix(b, lang))
        // (a photographer's name and a dash before the paper's name is no place before a
        // story: "OWEN PARRISH — THE BERKSHIRE EAGLE", a credit under its caption)
        .filter(|&end| !is_site_banner(b, end) && !credit::is_name_comma_outlet(b))
    {
        drafts.push(Draft {
            dateline: true,
            ..draft(BlockKind::Meta, piece(0, end), false, true)
        });
        // what a dateline opens is the first sentence of the body, whatever its shape
        let rest = piece(end, b.len());
        if !rest.is_empty() {
            drafts.push(draft(BlockKind::Paragraph, rest, true, false));
        }
    } else if !body.is_empty() {
        drafts.push(read_paragraph(text, body, lang));
    }
    if let Some(initials) = initials {
        drafts.push(draft(BlockKind::Meta, initials, false, true));
    }
}

/// Words of a site's slogan after its domain, at most.
const MAX_SLOGAN_WORDS: usize = 6;

/// Whether `b`, read as a dateline ending at `end`, is the site's banner instead: its domain
/// alone, a dash, and a slogan of a few words without a stop ("BanjarmasinKini.com - Kabar
/// Banua Hari Ini"). A story's first sentence after a dateline is longer or stopped.
fn is_site_banner(b: &str, end: usize) -> bool {
    let head = b[..end].trim_end_matches(|c: char| c == ' ' || "-–—|".contains(c));
    let rest = &b[end..];
    !head.contains(' ')
        && site::is_domain(head)
        && !ends_with_stop(rest)
        && rest.split_whitespace().nth(MAX_SLOGAN_WORDS).is_none()
}

/// Where the caption goes on after a credit that closed its first sentence, on the same line:
/// "FOTO: RUSLAN/KKP. Perbaikan ditargetkan rampung sebelum puncak musim hujan." gives the
/// offset of "Perbaikan". A sentence after the credit's stop: a capital first,
/// [`SCENE_WORDS`] words at least, most of them in lower case (a name's or an office's
/// parts are capitalized: "Dok. Humas Polres Sarolangun"), and a stop at its end.
fn sentence_after_credit(credit: &str) -> Option<usize> {
    credit
        .match_indices(". ")
        .map(|(at, _)| at + 2)
        .find(|&at| {
            let rest = &credit[at..];
            let (words, capitalized) = case_counts(rest);
            rest.starts_with(char::is_uppercase)
                && words >= SCENE_WORDS
                && capitalized * 2 < words
                && ends_with_stop(rest)
        })
}

/// An open paragraph of `span`, read once by the prose detector: whether it is prose, and
/// whether it speaks of the page.
fn read_paragraph(text: &str, span: Span, lang: Lang) -> Draft {
    let (prose, speaks) = prose::read(span.of(text), lang);
    Draft {
        speaks: Some(speaks),
        ..draft(BlockKind::Paragraph, span, prose, false)
    }
}

/// An interview's turns, each line opened by its speaker's label: "Samosir Pos: Apa pesan untuk
/// wisatawan?" / "Tumpal: Datang lebih awal, jangan mepet. Simpan tiket …". Two labels or more
/// (a name of one to [`MAX_SPEAKER_WORDS`] capitalized words: the guest's, the outlet's) that
/// take turns [`MIN_SPEAKER_TURNS`] times, each opening two lines or more and one of them read
/// as the story's paragraph already, make every line they open the story's, settled, whatever
/// the line rules read in it: the guest's orders are the guest's, not the page's, and the
/// interviewer's question is no caption. A credit's or a related link's label ("Foto:",
/// "Baca juga:") opens no paragraph, and a list's labels ("Jakarta: …") do not come back.
fn mark_interview_turns(text: &str, lang: Lang, drafts: &mut [Draft]) {
    let labelled: Vec<(usize, &str)> = (0..drafts.len())
        .filter_map(|k| {
            // (a byte search first: a label is short, and most lines hold no colon near their
            // start)
            let line = drafts[k].block.span.of(text);
            let colon =
                memchr::memchr(b':', &line.as_bytes()[..line.len().min(MAX_SPEAKER_LABEL)])?;
            let (label, said) = (&line[..colon], line[colon + 1..].strip_prefix(' ')?);
            (capitalized_words(label, 1..=MAX_SPEAKER_WORDS)
                && said.split_whitespace().nth(1).is_some()
                && alone_on_its_line(drafts, k))
            .then_some((k, label))
        })
        .collect();
    let turns = labelled.windows(2).filter(|w| w[0].1 != w[1].1).count();
    if turns < MIN_SPEAKER_TURNS {
        return;
    }
    let speaker = |label: &str| {
        let mut lines = labelled.iter().filter(|(_, l)| *l == label);
        lines.clone().nth(1).is_some()
            && lines.any(|&(k, _)| drafts[k].block.kind == BlockKind::Paragraph)
    };
    let mut speakers: Vec<&str> = labelled.iter().map(|&(_, l)| l).collect();
    speakers.sort_unstable();
    speakers.dedup();
    speakers.retain(|l| speaker(l));
    if speakers.len() < 2 {
        return;
    }
    for &(k, label) in &labelled {
        if !speakers.contains(&label) {
            continue;
        }
        let d = &drafts[k];
        if d.block.kind != BlockKind::Paragraph {
            drafts[k] = Draft {
                line: d.line,
                gap_before: d.gap_before,
                item: d.item,
                ..read_paragraph(text, d.block.span, lang)
            };
        }
        drafts[k].settled = true;
    }
}

/// Words of a speaker's label in an interview, at most: "Samosir Pos", "Kepala Dinas Ahmad".
const MAX_SPEAKER_WORDS: usize = 4;

/// Bytes of a speaker's label, at most ([`MAX_SPEAKER_WORDS`] words).
const MAX_SPEAKER_LABEL: usize = 40;

/// Times the speakers' labels take turns, at least, for their lines to be an interview.
const MIN_SPEAKER_TURNS: usize = 3;

/// A line wrapped in a shortcode of the site's publishing software, which the scraper left in
/// the text: `[caption id="attachment_4521" width="800"]Petugas … (Foto: Istimewa)[/caption]`.
/// The tags are the page's; what they wrap is read as a line of its own, and a caption's tag
/// makes its text a caption.
fn classify_shortcode(
    text: &str,
    line: Span,
    (open, close, tag): (usize, usize, &str),
    lang: Lang,
    drafts: &mut Vec<Draft>,
) {
    let piece =
        |from: usize, to: usize| trimmed(text, Span::new(line.start + from, line.start + to));
    if open > 0 {
        drafts.push(draft(BlockKind::Boilerplate, piece(0, open), false, true));
    }
    let inner = piece(open, close);
    if !inner.is_empty() {
        let first = drafts.len();
        classify_line(text, inner, lang, drafts);
        if SHORTCODE_CAPTIONS.contains(&tag) {
            for d in &mut drafts[first..] {
                if d.block.kind == BlockKind::Paragraph {
                    d.block.kind = BlockKind::Caption;
                    d.prose = true;
                    d.settled = true;
                }
            }
        }
    }
    if close < line.len() {
        drafts.push(draft(
            BlockKind::Boilerplate,
            piece(close, line.len()),
            false,
            true,
        ));
    }
}

/// Shortcodes that wrap a photo's caption.
const SHORTCODE_CAPTIONS: &[&str] = &["caption", "wp_caption"];

/// Where the opening shortcode of `s` ends and its closing one starts, and the tag's name: an
/// opening `[tag attribute="…" …]` at the start, a closing `[/tag]` at the end, or both. A tag
/// is lower-case letters and underscores; an opening one needs an attribute or its closing
/// one, so "[uh/ab]" (an editor's initials) and "[Istimewa]" (a credit) are none.
fn shortcode(s: &str) -> Option<(usize, usize, &str)> {
    let is_tag = |t: &str| !t.is_empty() && t.bytes().all(|b| b.is_ascii_lowercase() || b == b'_');
    // the closing tag at the end
    let closing = s
        .strip_suffix(']')
        .and_then(|rest| rest.rfind("[/").map(|at| (at, &rest[at + 2..])))
        .filter(|(_, tag)| is_tag(tag));
    // the opening tag at the start
    let opening = s.strip_prefix('[').and_then(|rest| {
        let end = rest.find(']')?;
        let inside = &rest[..end];
        let name = inside.split(' ').next().unwrap_or("");
        let attributes = inside.contains("=\"");
        (is_tag(name) && (attributes || closing.is_some_and(|(_, t)| t == name)))
            .then_some((end + 2, name))
    });
    match (opening, closing) {
        (Some((open, tag)), Some((close, _))) if open <= close => Some((open, close, tag)),
        (Some((open, tag)), None) => Some((open, s.len(), tag)),
        (None, Some((close, tag))) => Some((0, close, tag)),
        _ => None,
    }
}

/// Whether `s` starts with the lowercase `prefix`, ignoring ASCII case (the prefixes are
/// ASCII but for "©", which has no case).
fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    let (s, p) = (s.as_bytes(), prefix.as_bytes());
    s.len() >= p.len() && s[..p.len()].eq_ignore_ascii_case(p)
}

/// Whether `s` ends with the lowercase ASCII `suffix`, ignoring ASCII case.
fn ends_with_ignore_case(s: &str, suffix: &str) -> bool {
    let (s, p) = (s.as_bytes(), suffix.as_bytes());
    s.len() >= p.len() && s[s.len() - p.len()..].eq_ignore_ascii_case(p)
}

pub fn is_boilerplate(line: &str) -> bool {
    let line = line.trim();
    if line.len() > MAX_PREFIX_BOILERPLATE {
        return line.len() <= MAX_LABELLED_NOTE
            && LABELLED_NOTES
                .iter()
                .any(|p| starts_with_ignore_case(line, p));
    }
    let Some(&first) = line.as_bytes().first() else {
        return false;
    };
    // only the entries that start with the line's first byte, ignoring ASCII case
    let (lines, prefixes) = &boilerplate_index()[usize::from(first.to_ascii_lowercase())];
    lines.iter().any(|b| line.eq_ignore_ascii_case(b))
        || prefixes.iter().any(|p| starts_with_ignore_case(line, p))
        || is_reading_time(line)
        || opens_as_breadcrumb(line)
        // a bar, a dash or a row of stars alone: a separator (a quotation mark alone closes
        // the story's quotation)
        || line
            .chars()
            .all(|c| SEPARATOR_MARKS.contains(&c) || c.is_whitespace())
}

/// Marks that a line of them alone parts the page's pieces: "|", "/", "—", "***", "» »".
const SEPARATOR_MARKS: &[char] = &[
    '|', '/', '\\', '•', '·', '-', '–', '—', '*', '~', '=', '_', '#', '>', '<', '»', '«', '›', '‹',
    '+',
];

/// The first piece of a breadcrumb: the site's home, in either language ("HOME / NASIONAL",
/// "Beranda » Banjarmasin » …").
pub(super) const BREADCRUMB_HOMES: &[&str] = &["home", "beranda", "homepage", "index", "indeks"];

/// Separators of a breadcrumb's pieces.
const BREADCRUMB_MARKS: &[&str] = &[" » ", " > ", " › ", " / ", " | ", " • "];

/// Whether `line` is a breadcrumb from the site's home that ends in a headline, cut or whole:
/// "Beranda » Banjarmasin » Air Sungai Martapura Surut, Puluhan Kelotok Wisata di Siring...",
/// "Home > News > Residents fight plan to cut 90 trees …". The home, then two pieces or more
/// after one of [`BREADCRUMB_MARKS`], the same mark each time, the last of more words than a
/// section's name has (a row of sections alone is read by the title's passes).
fn opens_as_breadcrumb(line: &str) -> bool {
    const SECTION_WORDS: usize = 3;
    BREADCRUMB_HOMES.iter().any(|home| {
        line.len() > home.len()
            && line.is_char_boundary(home.len())
            && line[..home.len()].eq_ignore_ascii_case(home)
            && BREADCRUMB_MARKS.iter().any(|mark| {
                line[home.len()..].starts_with(mark)
                    && line.matches(mark).count() >= 2
                    && line
                        .rsplit(mark)
                        .next()
                        .is_some_and(|last| last.split_whitespace().nth(SECTION_WORDS).is_some())
            })
    })
}

/// [`BOILERPLATE_LINES`] and [`BOILERPLATE_PREFIXES`] by their first byte in lower case, built
/// once: a line is compared with the few entries that can match it.
fn boilerplate_index() -> &'static [BoilerplateEntries; 256] {
    static INDEX: OnceLock<[BoilerplateEntries; 256]> = OnceLock::new();
    INDEX.get_or_init(|| {
        let mut index: [BoilerplateEntries; 256] = std::array::from_fn(|_| Default::default());
        let key = |entry: &str| usize::from(entry.as_bytes()[0].to_ascii_lowercase());
        for &entry in BOILERPLATE_LINES {
            index[key(entry)].0.push(entry);
        }
        for &entry in BOILERPLATE_PREFIXES.iter().chain(LABELLED_NOTES) {
            index[key(entry)].1.push(entry);
        }
        index
    })
}

/// Whether `line` opens with a whole line of [`BOILERPLATE_LINES`] and goes on: the skip links
/// and the menu after them read as one line, "Skip to main content AP Logo Sports Baseball".
fn opens_with_clutter(line: &str) -> bool {
    let Some(&first) = line.as_bytes().first() else {
        return false;
    };
    let (lines, _) = &boilerplate_index()[usize::from(first.to_ascii_lowercase())];
    lines.iter().any(|entry| {
        starts_with_ignore_case(line, entry) && line.as_bytes().get(entry.len()) == Some(&b' ')
    })
}

/// Whether `line` is a row of labels: four words or more, each opening with a capital (or a
/// brand in camel case), none in lower case, not all in capitals, and none of a headline's
/// punctuation (a comma, a colon, a question mark, an apostrophe) or digits. A menu's links
/// read as one line ("Indonesia Business Post Energy", "Home Jakarta Megapolitan Lalu
/// Lintas", "detikFinance Berita Ekonomi Bisnis Bursa & Valas"); a headline in title case
/// keeps its small words in lower case ("Rare Bird Spotted in Indonesia for First Time in
/// Decades") or its punctuation ("Kota Kita Butuh Lebih Banyak Trotoar, Bukan Flyover"). Some
/// headlines have neither ("Sampah Kiriman Kembali Penuhi Pantai Kuta"): this is asked only
/// where a headline-shaped line would otherwise win over the line under it.
pub(super) fn is_label_row(line: &str) -> bool {
    if line.contains(", ") {
        return is_comma_label_row(line);
    }
    let words: Vec<&str> = line.split_whitespace().collect();
    words.len() >= 4
        && line.contains(char::is_lowercase)
        && !line.contains(|c: char| {
            c.is_ascii_digit() || matches!(c, ',' | ':' | '?' | '!' | '\'' | '’' | '"' | '“')
        })
        && words.iter().all(|w| {
            !w.starts_with(char::is_lowercase) || w.chars().skip(1).any(char::is_uppercase)
        })
}

/// Whether `line` is a post's categories parted by commas: three labels or more of one or two
/// capitalized words each, nothing else ("Africa, Middle East, News, Tunisia"). A headline
/// that lists names goes on past them in words of its own ("Jokowi, Prabowo dan Anies Hadiri
/// Pelantikan") or a phrase's small word.
fn is_comma_label_row(line: &str) -> bool {
    const MOST_WORDS: usize = 2;
    let mut labels = 0;
    for label in line.split(", ") {
        let words = label.split_whitespace().count();
        let capitalized = label.split_whitespace().all(|w| {
            w == "&" || w.starts_with(char::is_uppercase) && w.chars().all(char::is_alphabetic)
        });
        if !(1..=MOST_WORDS).contains(&words) || !capitalized {
            return false;
        }
        labels += 1;
    }
    labels >= 3
}

/// The whole lines and the prefixes of the boilerplate tables that share a first byte.
type BoilerplateEntries = (Vec<&'static str>, Vec<&'static str>);

/// Agency codes closing a story in parentheses without initials: "... kata dia. (ant)".
const AGENCY_CODES: &[&str] = &["(ant)", "(antara)", "(afp)", "(ap)", "(rtr)", "(voa)"];

/// "[uh/ab]", "[my/ds]", "(rd/ant)", "(ant)": an editor's and reporter's initials; and the
/// initials with the outlet's name: "(agg/Palu Ekspres)".
pub fn is_editor_initials(s: &str) -> bool {
    if is_desk_code(s) || is_end_mark(s) || is_shouted_initials(s) || is_initials_and_outlet(s) {
        return true;
    }
    let inner = match (s.chars().next(), s.chars().last()) {
        (Some('['), Some(']')) => &s[1..s.len() - 1],
        (Some('('), Some(')')) if s.contains('/') || AGENCY_CODES.contains(&s) => {
            &s[1..s.len() - 1]
        }
        // "(kem)", "(*)": one editor's initials, or the mark that closes a story; not a word
        // only credits use ("(ist)", "(dok)"), which credits a photo
        (Some('('), Some(')'))
            if s == "(*)"
                || (4..=7).contains(&s.len()) && !credit::is_credit_word(&s[1..s.len() - 1]) =>
        {
            &s[1..s.len() - 1]
        }
        _ => return false,
    };
    !inner.is_empty()
        && inner.len() <= 24
        && (inner.bytes().any(|b| b.is_ascii_lowercase()) || inner == "*")
        && inner.bytes().all(|b| {
            b.is_ascii_lowercase()
                || b == b'/'
                || b == b'*'
                || b == b','
                // a desk's numbered code among the initials: "(mcr23/jpnn)"
                || (b.is_ascii_digit() && inner.contains('/'))
        })
}

/// A reporter's initials in lower case and the outlet's capitalized name after a slash, in
/// brackets, as some papers sign a story: "(agg/Palu Ekspres)", "[rin/Radar Sampit]". A
/// photo's credit names a photographer, capitalized ("(Foto: …)", "(Andi/Palu Ekspres)").
fn is_initials_and_outlet(s: &str) -> bool {
    s.strip_prefix(['(', '['])
        .and_then(|s| s.strip_suffix([')', ']']))
        .and_then(|inner| inner.split_once('/'))
        .is_some_and(|(initials, outlet)| {
            (2..=5).contains(&initials.len())
                && initials.bytes().all(|b| b.is_ascii_lowercase())
                && capitalized_words(outlet, 1..=3)
        })
}

/// Initials in capitals parted by slashes in brackets, two groups or more of one to four
/// letters, none an agency's: "[NP/RPA]", "(LK/ZH)", as an editor and a reporter sign; some
/// groups may be capitalized or in lower case ("(Hs/Red)", "(rb/kom/rid/JPR)"). A
/// photo's credit names its agency ("(AP/AFP)") or a photographer, longer than initials.
fn is_shouted_initials(s: &str) -> bool {
    const MOST: usize = 4;
    let Some(inner) = s
        .strip_prefix(['(', '['])
        .and_then(|s| s.strip_suffix([')', ']']))
    else {
        return false;
    };
    // a group with a capital, as one in lower case alone would be the lower-case initials'
    let (mut groups, mut capital) = (0, false);
    for group in inner.split('/') {
        // in capitals, or capitalized: "(Hs/Red)", as a reporter and the desk sign; not a word
        // only credits use ("(Dok/Ist)")
        let capitalized = group.len() < MOST
            && group.bytes().skip(1).all(|b| b.is_ascii_lowercase())
            && !credit::is_credit_word(group);
        // or in lower case beside groups in capitals: "(rb/kom/rid/JPR)"
        let lower = (1..=MOST + 1).contains(&group.len())
            && group.bytes().all(|b| b.is_ascii_lowercase())
            && !credit::is_credit_word(group);
        capital |= group.starts_with(|c: char| c.is_ascii_uppercase());
        let initials = lower
            || (1..=MOST).contains(&group.len())
                && group.as_bytes()[0].is_ascii_uppercase()
                && (group.bytes().all(|b| b.is_ascii_uppercase()) || capitalized)
                && !credit::is_agency_alone(group)
                && group != "HO";
        if !initials {
            return false;
        }
        groups += 1;
    }
    groups >= 2 && capital
}

/// Words that mark a story's end, as wire copy and some sites close it, in brackets or dashes,
/// perhaps with the editor's code after a slash; whether the word is a mark bare too ("End."
/// is a sentence, "Enditem" none); and an example.
const END_MARKS: &[(&str, bool, &str)] = &[
    ("enditem", true, "Enditem/AW"),
    ("end", false, "(END)"),
    ("ends", false, "-ends-"),
    ("selesai", false, "(selesai)"),
    ("###", true, "###"),
];

/// Whether `s` is a mark of [`END_MARKS`] closing the story: "Enditem/AW", "(END)", "-ends-",
/// "###"; bare only where the table says so.
fn is_end_mark(s: &str) -> bool {
    const MOST: usize = 20;
    if s.len() > MOST {
        return false;
    }
    let inner = s
        .strip_prefix(['(', '[', '-', '—'])
        .and_then(|s| s.strip_suffix([')', ']', '-', '—']))
        .map(|s| s.trim_matches(['-', '—', ' ']));
    let bare = inner.is_none();
    let inner = inner.unwrap_or(s);
    // "Enditem/AW": the editor's code after a slash
    let (word, code) = inner.split_once('/').unwrap_or((inner, ""));
    code.len() <= 4
        && code.chars().all(char::is_alphabetic)
        && END_MARKS
            .iter()
            .any(|&(mark, bare_too, _)| word.eq_ignore_ascii_case(mark) && (!bare || bare_too))
}

/// Where a sign closing a line after its last stop begins, of a shape the tables may not know:
/// at most [`MAX_SIGN_WORDS`] words and [`MAX_SIGN_BYTES`] bytes after the stop, opening with a
/// bracket, a dot, an ellipsis or a dash, or in capitals ("[kus.why]", "….. PACNEWS",
/// "(Yos)-f"). A headline's second part opens with a word in lower case after its capital
/// ("… Naik 5 Persen. Ini Penyebabnya").
fn closing_sign(line: &str) -> Option<usize> {
    const MAX_SIGN_WORDS: usize = 3;
    const MAX_SIGN_BYTES: usize = 24;
    let line = line.trim_end();
    if ends_with_stop(line) || line.ends_with(['"', '\u{201d}']) {
        return None;
    }
    let window = floor_char_boundary(line, line.len().saturating_sub(MAX_SIGN_BYTES + 2));
    // the last stop a space follows (after its quotation mark): "[kus.why]" holds a stop of
    // its own
    let (stop, _) = line[window..]
        .rmatch_indices(['.', '!', '?'])
        .map(|(at, _)| window + at)
        .map(|at| (at, line[at + 1..].trim_start_matches(['"', '\u{201d}'])))
        .find(|(_, after)| after.starts_with(' '))?;
    let mut stop = stop;
    // a run of dots after a space opens the sign ("… transport. ….. PACNEWS"): the stop is the
    // sentence's before it
    let run = line[..=stop].trim_end_matches(['.', '…']);
    if run.len() < stop && run.ends_with(' ') && ends_with_stop(run.trim_end()) {
        stop = run.trim_end().len() - 1;
    }
    let sign = line[stop + 1..]
        .trim_start_matches(['"', '\u{201d}'])
        .trim_start();
    if sign.is_empty() {
        return None;
    }
    let at = line.len() - sign.len();
    let shaped = sign.starts_with(['[', '(', '.', '…', '-', '—', '–', '*'])
        || sign.chars().all(|c| !c.is_lowercase());
    // (a sign has a letter: "🚩🌊" closing a post is none)
    (sign.split_whitespace().nth(MAX_SIGN_WORDS).is_none()
        && shaped
        && sign.contains(char::is_alphanumeric))
    .then_some(at)
}

/// Where a mark closing the story after its last sentence begins: a run of asterisks or
/// hashes ("… kata Hendra. ***"), or the editor's initials with the desk's letter after a dash
/// ("… katanya. (Yos)-f").
fn trailing_end_mark(s: &str) -> Option<usize> {
    const MOST_CODE: usize = 2;
    let s = s.trim_end();
    let at = s.rfind(' ')? + 1;
    let (before, tail) = (s[..at].trim_end(), &s[at..]);
    if !before.ends_with(['.', '!', '?', '"', '\u{201d}']) {
        return None;
    }
    let marks = tail.len() >= 3 && tail.bytes().all(|b| matches!(b, b'*' | b'#'));
    let coded = || {
        // (initials of two to four letters in any case: "(Yos)", "(ant)")
        tail.rsplit_once(")-").is_some_and(|(initials, code)| {
            let initials = initials.strip_prefix('(').unwrap_or("");
            (1..=MOST_CODE).contains(&code.len())
                && code.bytes().all(|b| b.is_ascii_alphabetic())
                && (2..=4).contains(&initials.len())
                && initials.bytes().all(|b| b.is_ascii_alphabetic())
        })
    };
    (marks || coded()).then_some(at)
}

/// Where editor initials trailing a line begin: "... Korea Utara. [uh/ab]", and a desk code
/// after the story's last sentence: "... tidak kembali dipersoalkan. (J-2)".
fn trailing_initials(s: &str) -> Option<usize> {
    if !s.ends_with(']') && !s.ends_with(')') {
        return None;
    }
    let open = if s.ends_with(']') { '[' } else { '(' };
    let at = s.rfind(open)?;
    let before = &s[..at];
    let after_sentence = before.trim_end().ends_with(['.', '!', '?', '"', '”']);
    // "(ist)", "(dok)": a word only credits use, closing a caption, is its credit
    let credit_word = credit::is_credit_word(&s[at + 1..s.len() - 1]);
    let initials = is_editor_initials(&s[at..]);
    // after a space: initials, or a desk code or a domain after the story's last sentence; glued
    // to the stop by the scraper, initials alone ("… kosong,” pungkasnya.(ang/mt)")
    // (one editor's initials capitalized after the story's last sentence: "… Mei mendatang.
    // (Dms)")
    let placed = if before.ends_with(char::is_whitespace) {
        initials
            || after_sentence
                && (is_desk_code(&s[at..])
                    || is_bracketed_domain(&s[at..])
                    || is_capitalized_initials(&s[at..]))
    } else {
        after_sentence && initials
    };
    (at > 0 && !credit_word && placed).then_some(at)
}

/// Whether `s` is one person's initials capitalized in brackets: "(Dms)", "(Sgt)". Two to four
/// letters, not a word only credits use ("(Ist)", "(Dok)").
fn is_capitalized_initials(s: &str) -> bool {
    s.strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .is_some_and(|inner| {
            (2..=4).contains(&inner.len())
                && inner.as_bytes()[0].is_ascii_uppercase()
                && inner.bytes().skip(1).all(|b| b.is_ascii_lowercase())
                && !credit::is_credit_word(inner)
        })
}

/// Whether `s` is a footnote: its number in square brackets opening the line, then its text
/// ("[1] Figures are drawn from Statistics Indonesia export data …"). A story's paragraphs
/// carry the marks inside them ("… a third of output.[1]"), never at their start.
fn is_footnote(s: &str) -> bool {
    s.strip_prefix('[')
        .and_then(|rest| rest.split_once("] "))
        .is_some_and(|(number, text)| {
            (1..=2).contains(&number.len())
                && number.bytes().all(|b| b.is_ascii_digit())
                && text.starts_with(char::is_uppercase)
        })
}

/// Whether `s` is a short line that cites a work: by its DOI ("Journal of Operational
/// Oceanography, 2024. DOI: 10.1080/1755876X.2024.2291145", "10.1000/jfcs.2024.0311"), whose
/// slash is no photographer's, or as a list of references does, the year in brackets after
/// the author's stop ("Klinik Sendi Sehat. (2023). Mengenali Nyeri Lutut …. Diakses pada Mei
/// 2024."). The story's references, never its sentences.
fn cites_reference(s: &str) -> bool {
    const MAX_REFERENCE: usize = 300;
    if s.len() > MAX_REFERENCE {
        return false;
    }
    let bytes = s.as_bytes();
    let digits = |from: usize| {
        bytes[from..]
            .iter()
            .take_while(|b| b.is_ascii_digit())
            .count()
    };
    // ". (2023)." or ". (2023, Mei 4).": read at each opening bracket (a byte search)
    let dated = s.match_indices('(').any(|(at, _)| {
        let year = &bytes[at + 1..];
        s[..at].ends_with(". ")
            && digits(at + 1) == 4
            && (year[4..].starts_with(b").") || year[4..].starts_with(b", "))
    });
    // "10.1080/1755876X…": read back from each slash, a DOI's registrant of four to nine
    // digits after "10." at a word's start
    dated
        || s.match_indices('/').any(|(slash, _)| {
            let registrant = bytes[..slash]
                .iter()
                .rev()
                .take_while(|b| b.is_ascii_digit())
                .count();
            let prefix = slash - registrant;
            (4..=9).contains(&registrant)
                && s[..prefix].ends_with("10.")
                && (prefix == 3 || !bytes[prefix - 4].is_ascii_alphanumeric())
                && bytes
                    .get(slash + 1)
                    .is_some_and(|b| !b.is_ascii_whitespace())
        })
}

/// Where a source's label and name in brackets after the line's last stop begin: "… in
/// Hastings (file image). (Source: 1News)", "… naik 5 persen. (Sumber: BPS)". Under a caption it
/// is the photo's, under a paragraph the figures': the line is read without it.
fn bracketed_source(s: &str) -> Option<usize> {
    let inner = s.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let source = &inner[open + 1..];
    // the name's words open with a capital or a digit: "1News", "Kompas TV"
    let named = source.split_once(':').is_some_and(|(label, name)| {
        credit::is_source_label(label)
            && (1..=4).contains(&name.split_whitespace().count())
            && name
                .split_whitespace()
                .all(|w| w.starts_with(|c: char| c.is_uppercase() || c.is_ascii_digit()))
    });
    (named && s[..open].trim_end().ends_with(['.', '!', '?'])).then_some(open)
}

/// Where a credit in brackets opening `s` ends, when words follow it: "(Dok. Istimewa)
/// Tampilan pesan …", "[Foto: Antara] Warga …". Not an agency alone, which opens a wire story
/// ("(ANTARA) - …").
fn leading_bracketed_credit(s: &str) -> Option<usize> {
    let close = match s.as_bytes().first()? {
        b'(' => ')',
        b'[' => ']',
        _ => return None,
    };
    let end = s.find(close)? + 1;
    let inner = &s[1..end - 1];
    let rest = s[end..].trim_start();
    (end <= MAX_LEADING_CREDIT
        && rest.starts_with(char::is_uppercase)
        && rest.split_whitespace().nth(SCENE_WORDS - 1).is_some()
        && !credit::is_agency_alone(inner)
        && credit::is_credit(&s[..end]))
    .then_some(end)
}

/// The longest credit in brackets opening a caption's line, in bytes with its brackets.
const MAX_LEADING_CREDIT: usize = 80;

/// Whether `s` is a web domain alone in brackets, spaces allowed inside: "(Tribunjogja.com)",
/// "( tribun-timur.com )". After a story's last sentence it names the story's source.
fn is_bracketed_domain(s: &str) -> bool {
    s.strip_prefix(['(', '['])
        .and_then(|s| s.strip_suffix([')', ']']))
        .map(str::trim)
        .is_some_and(|inner| !inner.contains(char::is_whitespace) && site::is_domain(inner))
}

/// Whether `drafts[k]` is a headline of a list of links under a label of
/// [`RELATED_LINK_LABELS`] alone on its line: "READ MORE:" / "Wallerawang power station site
/// sale stalls again …" / "Workies club to host Anzac Day two-up …" (over an illustration's
/// credit, "Picture Shutterstock", which then captions nothing). The lines up to the label
/// follow each other, a blank line between at most, and end without a stop, as headlines do;
/// [`MAX_RELATED_LINKS`] at most.
fn under_related_label(text: &str, drafts: &[Draft], k: usize) -> bool {
    let mut below = k;
    for j in (k.saturating_sub(MAX_RELATED_LINKS + 1)..k).rev() {
        // (a blank line between them, as some pages space every line)
        if drafts[below].line - drafts[j].line > 2 {
            return false;
        }
        let line = drafts[j].block.span.of(text);
        let label = line.trim_end_matches([':', ' ']);
        if label.len() < line.len()
            && RELATED_LINK_LABELS
                .iter()
                .any(|l| label.eq_ignore_ascii_case(l))
        {
            return true;
        }
        if ends_with_stop(line) {
            return false;
        }
        below = j;
    }
    false
}

/// Links under a label of [`RELATED_LINK_LABELS`] that [`under_related_label`] walks up, at
/// most.
const MAX_RELATED_LINKS: usize = 5;

/// Labels of a link to another story, before a colon: "Baca juga: …", "Read more: …".
const RELATED_LINK_LABELS: &[&str] = &[
    "baca juga",
    "baca",
    "lihat juga",
    "simak juga",
    "tonton juga",
    "berita terkait",
    "artikel terkait",
    "read more",
    "read also",
    "also read",
    "related",
    "see also",
];

/// Where a link to another story glued after a sentence's end begins: "… kata dia. Baca juga:
/// Harga Cabai Naik Jelang Lebaran" gives the offset of "Baca". A label of
/// [`RELATED_LINK_LABELS`] and its colon (the linked headline after it or on the next line),
/// or the label in capitals ("… kata dia. BACA JUGA Kos Murah di Jogja …") or closing the line
/// ("… kata Yudi. Baca Juga"), opening a sentence after the first. Only the line's stops are
/// looked at.
fn related_tail(s: &str) -> Option<usize> {
    let bytes = s.as_bytes();
    // where each sentence after the first starts: after a stop, perhaps a closing quotation
    // mark, and a space
    let starts = memchr::memchr3_iter(b'.', b'!', b'?', bytes).filter_map(|stop| {
        let rest = &s[stop + 1..];
        let closed = rest.trim_start_matches(['"', '”', '\'', '’']);
        let at = s.len() - closed.len();
        // the next sentence's first character, past all the white space between
        (bytes.get(at) == Some(&b' ')).then(|| s.len() - closed.trim_start().len())
    });
    let mut last = None;
    for at in starts {
        let rest = &s[at..];
        let label = RELATED_LINK_LABELS.iter().any(|label| {
            let head = rest.get(..label.len());
            let after = rest.as_bytes().get(label.len()).copied();
            head.is_some_and(|head| head.eq_ignore_ascii_case(label))
                && match after {
                    // "Baca juga: …", "Baca juga : …", and the label closing the line, the
                    // links under it ("… kata Yudi. Baca Juga")
                    None => label.contains(' '),
                    Some(b':') => true,
                    Some(b' ') => {
                        rest[label.len()..].trim_start().starts_with(':')
                            // in capitals with no colon: "BACA JUGA Kos Murah …"
                            || label.contains(' ')
                                && head.is_some_and(|h| !h.bytes().any(|b| b.is_ascii_lowercase()))
                    }
                    _ => false,
                }
        });
        if label {
            return Some(at);
        }
        last = Some(at);
    }
    // or a last sentence that is a line of the boilerplate tables: "… in search of food. Read
    // more on the full site", "… miliknya. Simak juga video berikut ini:"; a photographer's
    // copyright closing a caption is its credit ("… 2024. © Yosef Kelen, AFP"); a line that
    // is boilerplate whole is not parted ("© 2024 Radar Malang. All rights reserved.")
    let at = last?;
    let tail = &s[at..];
    (!tail.is_empty() && !tail.starts_with('©') && is_boilerplate(tail) && !is_boilerplate(s))
        .then_some(at)
}

/// Where the story's source closing its last paragraph after a dash begins (at the dash): "…
/// until the end of April. — Bernama", "… on Tuesday. – Reuters", "… she said. - ANTARA". One
/// to three capitalized words after a sentence's end; "— Bernama pic" and "— VNA/VNS Photo" are
/// a photo's credit.
fn trailing_source(s: &str) -> Option<usize> {
    let window = floor_char_boundary(s, s.len().saturating_sub(MAX_TRAILING_SOURCE));
    let (at, separator) = rfind_any(&s[window..], DATELINE_SEPARATORS)?;
    let at = window + at;
    let source = &s[at + separator.len()..];
    let words: Vec<&str> = source.split_whitespace().collect();
    // a slash names a photographer or a file photo ("— AFP/File"), and a label a photo's
    // credit ("— Picture: Tapiwa Musonza"): no story's source
    (ends_with_stop(&s[..at])
        && !source.contains('/')
        && !words.first().is_some_and(|w| w.ends_with(':'))
        && (1..=3).contains(&words.len())
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && !credit::ends_with_source_noun(source)
        && !source.ends_with(['.', '!', '?', ':']))
    .then_some(at + 1)
}

/// The longest source after a dash closing a paragraph, in bytes with its dash.
const MAX_TRAILING_SOURCE: usize = 40;

/// A desk's code closing a story, in parentheses: "(J-2)", "(Z-10)", "(Ant/P-5)", "(mn-03)":
/// one to three letters of one case, a dash (or an underscore or a stop: "(DO_07)", "(BK.27)")
/// and the desk's number, with an agency's short name or another such code before it
/// ("(Rep-03/Ed-01)", a reporter's and an editor's). On its own line, or after a sentence's
/// end: "forum (G-20)" inside a sentence is no code.
fn is_desk_code(s: &str) -> bool {
    let Some(inner) = s.strip_prefix('(').and_then(|s| s.strip_suffix(')')) else {
        return false;
    };
    let parts: Vec<&str> = inner.split('/').collect();
    // (capitalized only beside another code: "(Rep-03/Ed-01)"; "(No.12)" numbers a list)
    let capitalized = |letters: &str| {
        parts.len() == 2
            && letters.starts_with(|c: char| c.is_ascii_uppercase())
            && letters.bytes().skip(1).all(|b| b.is_ascii_lowercase())
    };
    let code = |part: &str| {
        part.split_once(['-', '_', '.'])
            .is_some_and(|(letters, number)| {
                (1..=3).contains(&letters.len())
                    && (letters.bytes().all(|b| b.is_ascii_uppercase())
                        || letters.bytes().all(|b| b.is_ascii_lowercase())
                        || capitalized(letters))
                    && (1..=2).contains(&number.len())
                    && number.bytes().all(|b| b.is_ascii_digit())
            })
    };
    let agency =
        |part: &str| (2..=4).contains(&part.len()) && part.bytes().all(|b| b.is_ascii_alphabetic());
    parts.len() <= 2
        && parts.last().is_some_and(|p| code(p))
        && parts[..parts.len() - 1]
            .iter()
            .all(|p| agency(p) || code(p))
}

/// Who reported the story, and how, as the page's note: "The reporter travelled on the
/// Howrah-Babughat route on two evenings this week … for this report.", "Catatan: Wartawan
/// Merauke Today mengikuti perjalanan tim … Seluruh biaya peliputan ditanggung oleh redaksi.".
/// A reporter opens it (after a note's label), and it points at the report or names its
/// coverage; news of a reporter points at neither ("Wartawan senior Budi Santoso meninggal
/// dunia …").
fn is_reporting_note(s: &str) -> bool {
    const LABELS: &[&str] = &["catatan:", "catatan redaksi:", "note:", "editor's note:"];
    const REPORTERS: &[&str] = &[
        "the reporter ",
        "this reporter ",
        "our reporter ",
        "our correspondent ",
        "the writer ",
        "wartawan ",
        "jurnalis ",
        "reporter ",
        "penulis ",
    ];
    const REPORTS: &[&str] = &[
        "this report",
        "this story",
        "laporan ini",
        "liputan ini",
        "berita ini",
        "tulisan ini",
        "peliputan",
    ];
    let body = LABELS
        .iter()
        .find(|l| starts_with_ignore_case(s, l))
        .map_or(s, |l| s[l.len()..].trim_start());
    REPORTERS.iter().any(|r| starts_with_ignore_case(body, r))
        && s.len() <= MAX_REPORTING_NOTE
        && contains_any(&s.to_lowercase(), REPORTS)
}

/// The longest note on how a story was reported, in bytes.
const MAX_REPORTING_NOTE: usize = 400;

pub fn is_byline(s: &str) -> bool {
    if s.len() > MAX_BYLINE {
        return false;
    }
    // the notes are looked for in a lower-case copy, by the standard library's substring search
    let mut lower = [0u8; MAX_BYLINE];
    let lower = &mut lower[..s.len()];
    lower.copy_from_slice(s.as_bytes());
    lower.make_ascii_lowercase();
    // ASCII case changes keep UTF-8 valid
    let lower = std::str::from_utf8(lower).unwrap_or_default();
    BYLINE_PREFIXES
        .iter()
        .any(|p| starts_with_ignore_case(s, p))
        || is_bracketed_byline(s)
        || contains_any(lower, BYLINE_NOTES)
        || is_english_byline(s)
        || is_posted_on_by(s)
        // "— With files from Reuters", as Canadian outlets close a story: asked of a line's
        // opening, which costs less than one more note searched for in every line
        || starts_with_ignore_case(s.trim_start_matches(['—', '–', '-', ' ']), "with files from")
        || is_labelled_name(s)
        || is_name_and_outlet(s)
        || is_name_and_role(s)
}

/// A writer's name, a slash and the outlet's role for them, as a Jamaican paper prints its
/// byline: "Tishana Blair/Star Writer", "Andre Wright/Staff Reporter" (a photographer's
/// "Kenroy Lawrence/Photographer" is a credit).
fn is_name_and_role(s: &str) -> bool {
    s.split_once('/').is_some_and(|(name, role)| {
        capitalized_words(name, 2..=4)
            && !name.contains(|c: char| c.is_ascii_digit() || c == ':')
            && capitalized_words(role, 1..=3)
            && role.rsplit(' ').next().is_some_and(credit::is_writing_role)
    })
}

/// A byline in brackets, or a reporter's chain of codes in brackets that names the editor
/// after a slash: "[Edited by Martina Koller/Owen Haskell]", "(Rahmat Sudrajat/R3/HR-Online/
/// Editor: Dede Suryana)". A source in brackets is a picture's ("(Sumber: Facebook)"), and so is
/// a line that names a photo ("(Sumber: Ayosemarang.com | Foto: Audrey …)").
fn is_bracketed_byline(s: &str) -> bool {
    /// labels of who wrote or edited the story, opening the brackets: the entries of
    /// [`BYLINE_PREFIXES`] that name a person, not a source ("Sumber:") or a plain "Oleh:"
    const LABELS: &[&str] = &[
        "edited by",
        "editing by",
        "reporting by",
        "written by",
        "editor:",
        "editor :",
        "penulis:",
        "reporter:",
        "pewarta:",
        "penyunting:",
        "redaktur:",
    ];
    /// labels of the editor after a slash
    const EDITOR_LABELS: &[&str] = &["editor:", "editor :", "penyunting:", "redaktur:"];
    let Some(inner) = credit::in_brackets(s) else {
        return false;
    };
    !names_a_photo(inner)
        && (LABELS
            .iter()
            .any(|l| starts_with_ignore_case(inner.trim_start(), l))
            || inner.split('/').skip(1).any(|part| {
                EDITOR_LABELS
                    .iter()
                    .any(|l| starts_with_ignore_case(part.trim_start(), l))
            }))
}

/// How a reporter signs off a story, with an example: the verb and the word before the place.
/// The name or the outlet comes before, the place (and the outlet) after, nothing else.
const SIGN_OFFS: &[(&str, &str)] = &[
    (
        " melaporkan dari ",
        "Reporter VOA Yudha Satriawan melaporkan dari Solo, Jawa Tengah.",
    ),
    (
        " melaporkan untuk ",
        "Yudha Satriawan melaporkan untuk VOA dari Solo.",
    ),
    (
        " reported from ",
        "Yudha Satriawan reported from Solo, Indonesia.",
    ),
    (
        " reporting from ",
        "Yudha Satriawan, VOA News, reporting from Solo.",
    ),
    (" reports from ", "Jane Doe reports from Jakarta."),
];

/// The most words a reporter's sign-off has.
const MAX_SIGN_OFF_WORDS: usize = 14;

/// Whether `line` is a reporter's sign-off ([`SIGN_OFFS`]): capitalized words (a name, an outlet,
/// a title such as "Reporter"), the verb, then only places, outlets and the words that join
/// them ("dari", "untuk", "from", "for"), closed by a stop. "Koresponden Reuters melaporkan dari
/// Kyiv bahwa ledakan terdengar …" goes on with its news.
fn is_sign_off(line: &str) -> bool {
    const JOINS: &[&str] = &["dari", "untuk", "from", "for"];
    let Some(body) = line.strip_suffix('.') else {
        return false;
    };
    if body.split_whitespace().nth(MAX_SIGN_OFF_WORDS).is_some() {
        return false;
    }
    SIGN_OFFS.iter().any(|(verb, _)| {
        body.split_once(verb).is_some_and(|(who, place)| {
            let who = who.trim_end_matches(',');
            capitalized_words(who, 1..=6)
                && !place.trim().is_empty()
                && place.split_whitespace().all(|w| {
                    w.starts_with(char::is_uppercase) || JOINS.contains(&w.trim_end_matches(','))
                })
        })
    })
}

/// A reporter's sign-off as the story's last paragraph ("Reporter VOA Yudha Satriawan
/// melaporkan dari Solo, Jawa Tengah.") is a byline: meta, not a sentence to translate. Only
/// the last open paragraph is asked, once a page.
fn mark_sign_off(text: &str, drafts: &mut [Draft]) {
    let last = drafts
        .iter()
        .rposition(|d| d.block.kind == BlockKind::Paragraph && !d.settled);
    if let Some(k) = last {
        if is_sign_off(drafts[k].block.span.of(text)) {
            drafts[k].block.kind = BlockKind::Meta;
            drafts[k].settled = true;
        }
    }
}

/// Whether `hay` holds any of `needles`, in one pass over `hay` that compares each position
/// only with the needles starting with its byte: on a line of a hundred bytes this costs less
/// than one substring searcher per needle.
pub(crate) fn contains_any(hay: &str, needles: &[&str]) -> bool {
    let hay = hay.as_bytes();
    (0..hay.len()).any(|i| {
        needles.iter().any(|n| {
            let n = n.as_bytes();
            n.first() == Some(&hay[i]) && hay[i..].starts_with(n)
        })
    })
}

/// The last place in `s` where one of `needles` starts, and which one: the rightmost of their
/// `rfind`s, in one pass from the end over the places of a space, which every needle starts
/// with.
fn rfind_any<'n>(s: &str, needles: &[&'n str]) -> Option<(usize, &'n str)> {
    debug_assert!(needles.iter().all(|n| n.starts_with(' ')));
    let mut end = s.len();
    while let Some(at) = s[..end].rfind(' ') {
        if let Some(n) = needles.iter().find(|n| s[at..].starts_with(**n)) {
            return Some((at, n));
        }
        end = at;
    }
    None
}

/// The longest byline, in bytes.
const MAX_BYLINE: usize = 120;

/// A reporter's name and the outlet's, as a site prints its byline: "Rina Kartika -
/// detikNews", "Ayu Lestari - Kompas.com". The outlet is one word that reads as a brand (a
/// capital inside it, or a web domain); "Jakarta - Sara Danius …" is a dateline.
fn is_name_and_outlet(s: &str) -> bool {
    let Some((name, outlet)) = s.split_once(" - ") else {
        return false;
    };
    let words: Vec<&str> = name.split_whitespace().collect();
    let outlet = outlet.trim();
    let brand = !outlet.contains(' ')
        && (outlet.chars().skip(1).any(char::is_uppercase)
            && outlet.starts_with(char::is_lowercase)
            || [".com", ".co.id", ".id", ".net"]
                .iter()
                .any(|tld| outlet.to_ascii_lowercase().ends_with(tld)));
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit()))
        && brand
}

/// Roles a page prints before a name without a colon, as a label in its own element:
/// "Penulis Rina Kartika", "Editor Dodi Saputra", "Reporter Ayu Lestari".
const NAME_LABELS: &[&str] = &[
    // "Oleh Ahmad Fairuz Othman": a byline without its colon (a sentence goes on in lower case)
    "oleh",
    "penulis",
    "editor",
    "reporter",
    "pewarta",
    "penyunting",
    "redaktur",
    "fotografer",
    "kontributor",
    "writer",
    "author",
    "reporting",
];

/// A role label and a name of one to five capitalized words, nothing else: "Penulis Rina
/// Kartika". "Editor Dodi menolak berkomentar." has lower-case words and is a sentence.
fn is_labelled_name(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let Some(label) = words.next() else {
        return false;
    };
    let names: Vec<&str> = words.collect();
    NAME_LABELS.contains(&label.to_lowercase().as_str())
        && (1..=5).contains(&names.len())
        && !s.ends_with(['.', '!', '?', ':'])
        && names
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()))
}

/// What parts a byline's names from the outlet after them.
const BYLINE_SEPARATORS: [&str; 4] = [" / ", " | ", " · ", " — "];

/// An outlet's name after a byline's separator has at most this many words ("South China
/// Morning Post").
const MAX_OUTLET_WORDS: usize = 5;

/// "By Andrew Jeong and Min Joo Kim": "By" and a few capitalized names, no final period.
/// "By 2030, ..." and "By then the talks had ended." are sentences.
/// Whether `s` is the publishing tool's line of date and writer: "Posted on March 10, 2024 by
/// Puntland Post", "Published on 4 May 2024 by Admin", "Diposting pada 12 Maret 2024 oleh
/// Redaksi". The date must be one, and the writer a few capitalized words.
fn is_posted_on_by(s: &str) -> bool {
    const OPENINGS: &[(&str, &str)] = &[
        ("posted on ", " by "),
        ("published on ", " by "),
        ("diposting pada ", " oleh "),
        ("diterbitkan pada ", " oleh "),
    ];
    // or the name first, the post's categories after "in": "Posted by Gabriela Solano on March
    // 8, 2024 in Costa Rica News, Environment"
    const NAME_FIRST: &[(&str, &str)] = &[
        ("posted by ", " on "),
        ("published by ", " on "),
        ("diposting oleh ", " pada "),
    ];
    OPENINGS.iter().any(|(opening, by)| {
        starts_with_ignore_case(s, opening)
            && s[opening.len()..]
                .rsplit_once(by)
                .is_some_and(|(date, name)| {
                    is_bare_date(date.trim()) && capitalized_words(name.trim(), 1..=5)
                })
    }) || NAME_FIRST.iter().any(|(opening, on)| {
        starts_with_ignore_case(s, opening)
            && s[opening.len()..]
                .split_once(on)
                .is_some_and(|(name, rest)| {
                    // (the categories after "in" make it a post's byline: "Posted by Bridlington
                    // RNLI Lifeboat Station on Friday, 9 August 2024" signs an embedded post)
                    rest.split_once(" in ").is_some_and(|(date, _)| {
                        capitalized_words(name.trim(), 1..=5) && is_bare_date(date.trim())
                    })
                })
    })
}

fn is_english_byline(s: &str) -> bool {
    // "(By Wu Kai-hsiang)": in brackets after the story
    let s = s
        .strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .unwrap_or(s);
    // "by University of Leeds", as some sites print it in lower case
    let Some(names) = s.strip_prefix("By ").or_else(|| s.strip_prefix("by ")) else {
        return false;
    };
    // "By Hana Lestari, a fellow at a Jakarta-based research institute.": the names, then the
    // writer's role after a comma
    if let Some((names, role)) = names.split_once(", ") {
        if bio::opens_with_role(role) && capitalized_words(names, 1..=4) {
            return true;
        }
    }
    // the outlet after a separator: "By Sharon Tan / theedgemalaysia.com", "By JONAH PARK |
    // STARS AND STRIPES", "By Ana Silva · Reuters": a domain or a few capitalized words
    let names = match BYLINE_SEPARATORS
        .iter()
        .find_map(|separator| names.split_once(separator))
    {
        Some((names, outlet))
            if !outlet.contains(' ') && outlet.contains('.')
                || capitalized_words(outlet, 1..=MAX_OUTLET_WORDS) =>
        {
            names
        }
        _ => names,
    };
    // the day after the names, and the section before it: "By Dana Omarova in Nation on 13
    // June 2024"
    let names = match names
        .rsplit_once(" on ")
        .filter(|(_, date)| is_bare_date(date))
    {
        Some((names, _)) => names
            .rsplit_once(" in ")
            .filter(|(_, section)| capitalized_words(section, 1..=3))
            .map_or(names, |(names, _)| names),
        None => names,
    };
    // the writer's role after the names with no comma, in sentence case: "By Ellis Varney
    // Staff writer" (in capitals the role reads as more names, which passes all the same)
    let names = match names.rsplit_once(' ') {
        Some((head, role))
            if role.starts_with(char::is_lowercase) && credit::is_writing_role(role) =>
        {
            match head.rsplit_once(' ') {
                Some((name, grade))
                    if ROLE_GRADES.iter().any(|g| grade.eq_ignore_ascii_case(g)) =>
                {
                    name
                }
                _ => head,
            }
        }
        _ => names,
    };
    // a stop may close a name of two words or more: "By Eleanor Quaid." ("By Friday." is a
    // sentence's opening)
    let (names, stopped) = match names.strip_suffix('.') {
        Some(names) if !names.ends_with(['.', '!', '?']) => (names, true),
        _ => (names, false),
    };
    let words: Vec<&str> = names.split_whitespace().collect();
    (1..=8).contains(&words.len())
        && (!stopped || (2..=4).contains(&words.len()))
        && !names.ends_with(['.', '!', '?'])
        && words.iter().all(|w| {
            matches!(*w, "and" | "dan" | "&" | "of" | "the")
                || w.starts_with(|c: char| c.is_uppercase())
        })
        && words
            .first()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
        && words
            .last()
            .is_some_and(|w| w.starts_with(char::is_uppercase))
}

/// Words before a writer's role that grade it, in a byline's "Staff writer", "Senior
/// reporter".
const ROLE_GRADES: &[&str] = &[
    "staff",
    "senior",
    "chief",
    "special",
    "contributing",
    "freelance",
];

/// Words of a reading or listening time's line: "4 min read", "Listen | 3 minutes", "5 menit
/// baca", "Waktu baca 3 menit", "Listen to this article · 5:02 min".
const READING_TIME_WORDS: &[&str] = &[
    "read",
    "reading",
    "listen",
    "listening",
    "baca",
    "membaca",
    "dengarkan",
    "waktu",
    "time",
    "to",
    "this",
    "article",
    "artikel",
    "audio",
    "durasi",
];

/// Units of a reading or listening time.
const TIME_UNITS: &[&str] = &["min", "mins", "minute", "minutes", "menit", "sec", "detik"];

/// A line that gives the story's reading or listening time, a widget of the page: a number, a unit of
/// [`TIME_UNITS`] and only words of [`READING_TIME_WORDS`], one of them at least, between
/// separators ("|", "·"). "Tunggu 5 menit." is no such line.
fn is_reading_time(s: &str) -> bool {
    const MOST_WORDS: usize = 8;
    if s.len() > 60 || !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    let (mut number, mut unit, mut reading) = (false, false, false);
    for word in s
        .split(|c: char| c.is_whitespace() || matches!(c, '|' | '·' | '•' | ','))
        .filter(|w| !w.is_empty())
        .take(MOST_WORDS + 1)
    {
        let among = |table: &[&str]| table.iter().any(|t| word.eq_ignore_ascii_case(t));
        if word.bytes().all(|b| b.is_ascii_digit() || b == b':') {
            number = true;
        } else if among(TIME_UNITS) {
            unit = true;
        } else if among(READING_TIME_WORDS) {
            reading = true;
        } else {
            return false;
        }
    }
    number && unit && reading && s.split_whitespace().nth(MOST_WORDS).is_none()
}

/// A line holding only a date and perhaps a time: "Minggu, 26 Februari 2023",
/// "8 Januari 2021 07:15 WIB", "09/08/2021 14.30".
pub fn is_date_line(s: &str) -> bool {
    // every date has a digit: the day, the year or the time
    if s.len() > 80 || !s.bytes().any(|b| b.is_ascii_digit()) {
        return false;
    }
    if is_bare_date(s) {
        return true;
    }
    // two date lines the scraper glued: "Published 6:00 a.m. ET June 5, 2024Updated 2:14 p.m.
    // ET June 5, 2024"
    if let Some(at) = ["Updated", "UPDATED", "Diperbarui", "DIPERBARUI"]
        .iter()
        .filter_map(|label| s.find(label))
        .find(|&at| at > 0 && s[..at].ends_with(|c: char| c.is_ascii_alphanumeric() || c == '.'))
    {
        return is_date_line(&s[..at]) && is_date_line(&s[at..]);
    }
    // the outlet's name beside the date, and the time apart from it: "Kompas.com - 04/03/2024,
    // 10:15 WIB", "04/03/2024 | detikNews", "Updated on: March 9, 2024 / 9:12 AM EST / CBS News",
    // "Published: May 4, 2024 10:12 AM · Updated: 11:05 AM"
    // "Mei 4, 2024 @ 10:15am": an at sign before the time
    // "Jakarta ● Tue, March 12, 2024": a black circle between the place and the date
    const SEPARATORS: &[&str] = &[
        " - ", " | ", " – ", " — ", " / ", " · ", " • ", " ● ", " @ ",
    ];
    // the outlet's name and a colon before the date: "Sierra Leone Telegraph: 14 March 2024:"
    // (a label's colon is a field's, "Posted by: admin | …", read below)
    if let Some((outlet, date)) = s.trim_end_matches(':').split_once(": ") {
        if capitalized_words(outlet, 1..=OUTLET_WORDS) && is_bare_date(date) {
            return true;
        }
    }
    // a line of one part was read whole above
    if !SEPARATORS.iter().any(|sep| s.contains(sep)) {
        return false;
    }
    let mut rest = Some(s);
    let parts = std::iter::from_fn(|| {
        let line = rest?;
        let next = SEPARATORS
            .iter()
            .filter_map(|sep| line.find(sep).map(|at| (at, sep.len())))
            .min();
        let (part, after) = match next {
            Some((at, len)) => (&line[..at], Some(&line[at + len..])),
            None => (line, None),
        };
        rest = after;
        Some(part.trim())
    });
    let outlet = |p: &str| {
        p.split_whitespace().count() <= OUTLET_WORDS
            && !p.ends_with('.')
            && p.starts_with(|c: char| c.is_alphabetic())
    };
    // a field the publishing tool prints beside the date: "Posted by: admin", "Kategori:
    // Daerah"
    let field = |p: &str| {
        p.split_once(": ").is_some_and(|(label, value)| {
            label.split_whitespace().count() <= FIELD_LABEL_WORDS
                && !value.is_empty()
                && value.split_whitespace().count() <= OUTLET_WORDS
        })
    };
    let (mut dates, mut times, mut outlets, mut fields) = (0, 0, 0, 0);
    for part in parts {
        if is_bare_date(part) {
            dates += 1;
        } else if is_bare_time(part) {
            times += 1;
        } else if field(part) || is_labelled_name(part) || is_reading_time(part) {
            // or the byline beside the date: "Oleh Ahmad Fairuz Othman - Mei 4, 2024 @ 10:15am"
            // (or the reading time: "Ikram Salim · 14 Maret 2024 08:47 WIT · 4 menit membaca")
            fields += 1;
        } else if outlet(part) {
            outlets += 1;
        } else {
            return false;
        }
    }
    dates >= 1 && outlets <= 1 && (outlets == 1 || times >= 1 || fields >= 1)
}

/// Words of a field's label beside a date, at most: "Posted by", "Kategori".
const FIELD_LABEL_WORDS: usize = 2;

/// A live update's entry time on a line of its own: hours, a colon or a stop and two digits of
/// minutes, and its zone ("12.15 WIB", "8:55 a.m. ET"); a counter ("1.234") is no time, and
/// a clock without a zone is a video's length ("0:45").
fn is_entry_time(s: &str) -> bool {
    let mut words = s.split_whitespace();
    let (Some(first), Some(_zone)) = (words.next(), words.next()) else {
        return false;
    };
    is_clock(first) && s.len() <= MAX_ENTRY_TIME && is_bare_time(s)
}

/// Whether `word` is a time of day on the clock: one or two digits, ':' or '.', two digits
/// ("8:55", "10.15").
fn is_clock(word: &str) -> bool {
    word.split_once([':', '.']).is_some_and(|(hours, minutes)| {
        (1..=2).contains(&hours.len())
            && hours.bytes().all(|b| b.is_ascii_digit())
            && minutes.len() == 2
            && minutes.bytes().all(|b| b.is_ascii_digit())
    })
}

/// The longest entry time of a live update, in bytes: "10:45 a.m. ET".
const MAX_ENTRY_TIME: usize = 24;

/// Whether `lower` is a word of [`DATE_WORDS`], a day of the week ([`ID_WEEKDAYS`],
/// [`EN_WEEKDAYS`]), or a zone with its offset ("gmt+7", "utc-5").
fn is_date_word(lower: &str) -> bool {
    DATE_WORDS.contains(&lower) || ID_WEEKDAYS.contains(&lower) || EN_WEEKDAYS.contains(&lower) || {
        let offset = lower
            .strip_prefix("gmt")
            .or_else(|| lower.strip_prefix("utc"))
            .and_then(|rest| rest.strip_prefix(['+', '-']));
        offset.is_some_and(|n| {
            (1..=5).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit() || b == b':')
        })
    }
}

/// A time alone, perhaps with its zone: "9:12 AM EST", "10.15 WIB".
fn is_bare_time(s: &str) -> bool {
    let mut number = false;
    for token in s.split_whitespace() {
        let lower = token.trim_end_matches(['.', ':', ',']).to_lowercase();
        // "10:15am": the half of the day glued to the time
        let lower = match lower
            .strip_suffix("am")
            .or_else(|| lower.strip_suffix("pm"))
        {
            Some(time) if time.ends_with(|c: char| c.is_ascii_digit()) => time.to_string(),
            _ => lower,
        };
        if is_number_like(&lower, &[':', '.']) {
            number = true;
        } else if !is_date_word(&lower) {
            return false;
        }
    }
    number
}

/// Words an outlet's name beside a date may have ("Kompas.com", "CNN Indonesia").
const OUTLET_WORDS: usize = 3;

fn is_bare_date(s: &str) -> bool {
    let (mut month, mut number, mut numeric_date) = (false, false, false);
    for token in s
        .split(|c: char| c.is_whitespace() || c == ',')
        .map(|t| t.trim_matches(['(', ')', '[', ']']))
        .filter(|t| !t.is_empty())
    {
        // (the marks a publishing tool sets between a label and the date, or between two
        // dates: "Published : 14 Mar 2024, 15:20", "… 2024 • Last updated …")
        if token.chars().all(|c| DATE_MARKS.contains(&c)) {
            continue;
        }
        let lower = token.trim_end_matches(['.', ':']).to_lowercase();
        // (the half of the day glued to the time: "9:41PM")
        let lower = match lower
            .strip_suffix("am")
            .or_else(|| lower.strip_suffix("pm"))
        {
            Some(time) if is_clock(time) => time.to_string(),
            _ => lower,
        };
        if MONTHS.contains(&lower.as_str()) {
            month = true;
        } else if is_date_word(&lower) {
        } else if is_number_like(&lower, &[':', '.']) {
            number = true;
        } else if is_number_like(&lower, &['/', '-']) && lower.contains(['/', '-'])
            || is_joined_date(&lower)
        {
            numeric_date = true;
        } else {
            return false;
        }
    }
    (month && number) || numeric_date
}

/// Marks standing alone between a date's label and the date, or between two dates
/// ([`is_bare_date`]).
const DATE_MARKS: &[char] = &[':', '•', '·', '|', '/', '-', '–', '—', '@'];

/// A day, a month's name and a year joined by hyphens or slashes, in lower case:
/// "6-may-2024", "06/mei/2024".
fn is_joined_date(lower: &str) -> bool {
    let parts: Vec<&str> = lower.split(['-', '/']).collect();
    let number = |p: &str, len: std::ops::RangeInclusive<usize>| {
        len.contains(&p.len()) && p.bytes().all(|b| b.is_ascii_digit())
    };
    matches!(parts[..], [day, month, year]
        if number(day, 1..=2) && MONTHS.contains(&month) && number(year, 2..=4))
}

/// Whether `line` holds a date somewhere: a token that is one ("6-MAY-2024", "04/03/2024") or
/// three words that are ("6 Mei 2024", "May 6, 2024").
fn holds_date(line: &str) -> bool {
    let words: Vec<&str> = line.split_whitespace().collect();
    words.iter().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        w.contains(['/', '-']) && is_bare_date(w)
    }) || words.windows(3).any(|three| {
        three
            .iter()
            .any(|w| w.starts_with(|c: char| c.is_ascii_digit()))
            && is_bare_date(&three.join(" "))
    })
}

/// Whether `line` holds a clock time written with a colon: "4:15pm", "10:15 AM", "15:02".
fn holds_clock(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let w = w.trim_matches(|c: char| !c.is_ascii_alphanumeric());
        let w = w.trim_end_matches(['a', 'm', 'p', 'A', 'M', 'P']);
        w.split_once(':').is_some_and(|(h, m)| {
            (1..=2).contains(&h.len())
                && m.len() == 2
                && h.bytes().chain(m.bytes()).all(|b| b.is_ascii_digit())
        })
    })
}

/// Digits, possibly joined by the given separators: "2023", "07:15", "14.30", "9/8/2021".
fn is_number_like(token: &str, separators: &[char]) -> bool {
    token.starts_with(|c: char| c.is_ascii_digit())
        && token.len() <= 10
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || separators.contains(&c))
}

/// The separator after a dateline: "WASHINGTON - Menteri …", "Jakarta, CNN Indonesia -- …",
/// "WAMENA, SUARAPAPUA.com --- …".
const DATELINE_SEPARATORS: &[&str] = &[" --- ", " -- ", " - ", " – ", " — "];

/// A dateline on its own line: "WASHINGTON -", "Washington (ANTARA) -", and a place with the
/// outlet's name after it, "Hong Kong CNN —", "Jakarta VOA -" (on its own line only: inside a
/// paragraph "Presiden AS - …" would read the same).
fn is_dateline_only(s: &str) -> bool {
    if s.strip_suffix(':').is_some_and(is_shouted_place) {
        return true;
    }
    // a place, the day and the outlet, closed by a stop or a colon: "YEREVAN, MAY 14,
    // ARMENPRESS.", "Kathmandu, May 6:"
    if s.len() <= MAX_DATED_OUTLET_BYTES
        && s.strip_suffix([':', '.'])
            .is_some_and(|head| is_dated_outlet_head(head, s.ends_with(':')))
    {
        return true;
    }
    let head = s.trim_end_matches(['-', '–', '—']);
    // the dash after a space, or glued to an outlet's code in brackets ("Lampung Barat
    // (SL)-") or, a long one, to a place in capitals ("SELONG–"; "BPJS-" is a cut word)
    let long_dash = s.ends_with(['–', '—']);
    // or after the stop of a site's name: "Kabupaten Bima, Bimaekspres.-"
    if head.len() < s.len()
        && head.ends_with('.')
        && looks_like_dateline(head.trim_end_matches('.'))
    {
        return true;
    }
    if head.len() == s.len() || !(head.ends_with([' ', ')']) || long_dash && is_shouted_place(head))
    {
        return false;
    }
    let head = head.trim_end();
    if dated_before_outlet(head) {
        return true;
    }
    let words: Vec<&str> = head.split_whitespace().collect();
    let outlet_last = capitalized_words(head, 2..=4)
        && words
            .last()
            .is_some_and(|w| w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase() || c == '.'));
    outlet_last || looks_like_dateline(head)
}

/// Where the body starts after a dateline opening a paragraph: "WASHINGTON - Menteri …"
/// gives the offset of "Menteri".
fn dateline_prefix(s: &str) -> Option<usize> {
    let window = &s[..floor_char_boundary(s, 72)];
    if let Some(end) = barred_byline(window).filter(|&end| opens_sentence(&s[end..])) {
        return Some(end);
    }
    let (at, sep) = window
        .bytes()
        .enumerate()
        // every separator is a space and a dash: '-', or '–' and '—', which start with 0xE2
        .filter(|&(at, b)| b == b' ' && matches!(window.as_bytes().get(at + 1), Some(b'-' | 0xE2)))
        .find_map(|(at, _)| {
            DATELINE_SEPARATORS.iter().find_map(|sep| {
                let rest = &window[at..];
                // "SOLOPOS.COM —Pemerintah …": the scraper dropped the space after the dash
                let glued = sep.trim_end();
                if rest.starts_with(*sep) {
                    Some((at, sep.len()))
                } else if rest.starts_with(glued)
                    && rest[glued.len()..].starts_with(char::is_uppercase)
                {
                    Some((at, glued.len()))
                } else {
                    None
                }
            })
        })
        .or_else(|| glued_long_dash(window))
        .or_else(|| comma_dash(window))
        .or_else(|| glued_domain_dash(window))
        .or_else(|| bracketed_domain_dateline(window))
        .or_else(|| stopped_dash(window))
        .or_else(|| dated_stop(window))
        .or_else(|| dated_agency_close(window))
        // with no dash, a bar after a site's dateline: "KABARMEDAN.COM, Medan | Puluhan …"
        // (the story's paragraph closes on a stop: a headline after the site's name is a
        // window title, "Betanews.id | Jelang Lebaran, Perajin Jenang …")
        .or_else(|| {
            let stopped = s.trim_end().ends_with(['.', '!', '?', '"', '”']);
            window
                .match_indices('|')
                .filter(|_| stopped)
                .find(|&(at, _)| window[..at].ends_with(' ') && window[at + 1..].starts_with(' '))
                .map(|(at, _)| (at - 1, " | ".len()))
        })?;
    // (a scraper may leave more than one space after the dash: "Bandar Lampung, IDN Times -
    // Harga …")
    let spaces = s[at + sep..].len() - s[at + sep..].trim_start_matches(' ').len();
    let sep = sep + spaces;
    let body = &s[at + sep..];
    let end = at + sep + outlet_after_dateline(body).unwrap_or(0);
    let head = &s[..at];
    // (a stop and a hyphen close a place of a few capitalized words alone, as Latin American
    // papers print it: "Santo Domingo.- The government …")
    let stopped_place = || s[at..].starts_with(".-") && capitalized_words(head, 1..=3);
    (opens_sentence(&s[end..])
        && (looks_like_dateline(head)
            || dated_before_outlet(head)
            || barred_outlet(head)
            || outlet_and_date_in_brackets(head)
            || stopped_place()))
    .then_some(end)
}

/// Whether `head` is a place and, in brackets closing it, the outlet and the day parted by a
/// slash or a comma: "ESPERANZA, Agusan del Sur (MindaNews / 14 March)", "Ambon (Siwalima, 3
/// Mei)". The place is a dateline's, or capitalized words with a region after a comma, whose
/// small words ("del", "de") a dateline alone does not allow.
fn outlet_and_date_in_brackets(head: &str) -> bool {
    let Some((place, inner)) = head.strip_suffix(')').and_then(|h| h.rsplit_once(" (")) else {
        return false;
    };
    let Some((outlet, date)) = inner.split_once(" / ").or_else(|| inner.split_once(", ")) else {
        return false;
    };
    let outlet = outlet.trim();
    let named = capitalized_words(outlet, 1..=3) || site::is_domain(outlet);
    let placed = looks_like_dateline(place)
        || place.split_once(", ").is_some_and(|(town, region)| {
            town.starts_with(char::is_uppercase)
                && town.split_whitespace().nth(2).is_none()
                && region.split_whitespace().count() <= 4
                && region.starts_with(char::is_uppercase)
        });
    named && is_bare_date(date.trim()) && placed
}

/// A place and its outlet's domain in brackets with no dash after them, the story right after
/// a space: "Toba (harianSIB.com) Penurunan debit air …" gives the closing bracket's end and
/// the space's length. Only a domain or a dateline's outlet ([`DATELINE_OUTLETS`]) in the
/// brackets: "World Health Organization (WHO) Director-General …" opens a sentence.
fn bracketed_domain_dateline(window: &str) -> Option<(usize, usize)> {
    let close = window.find(") ")?;
    let open = window[..close].rfind('(')?;
    let (place, inner) = (window[..open].trim_end(), &window[open + 1..close]);
    let source = site::is_domain(inner) || DATELINE_OUTLETS.contains(&inner);
    (open > 0
        && source
        && capitalized_words(place, 1..=3)
        && window[close + 2..].starts_with(char::is_uppercase))
    .then_some((close + 1, 1))
}

/// Whether `head` is a place, a bar and the outlet's name: "Banda Aceh | MODUSACEH.CO" (before
/// "- Kejaksaan Negeri …"), or the outlet first: "LANGKATTODAY.COM | Pangkalan Susu",
/// "Aekkanopan24.com | Kualuh Hulu". The place is one to three capitalized words or a
/// dateline's; the outlet a domain or one to three words in capitals.
fn barred_outlet(head: &str) -> bool {
    let place = |place: &str| looks_like_dateline(place) || capitalized_words(place, 1..=3);
    let outlet = |outlet: &str| {
        site::is_domain(outlet)
            || capitalized_words(outlet, 1..=3) && outlet.chars().all(|c| !c.is_lowercase())
    };
    head.split_once(" | ").is_some_and(|(first, second)| {
        place(first) && outlet(second) || outlet(first) && place(second)
    })
}

/// Whether `head` is a dateline and the outlet after it, in brackets or after a comma in
/// capitals, of more words than a dateline alone has: "PORT VILA, 20 MARCH 2024 (VANUATU DAILY
/// POST)", "Ho, March 7, GNA".
/// Letters of a site's brand in lower case in a dateline's brackets, at least: "(risingbd)".
const MIN_LOWER_BRAND: usize = 4;

fn dated_before_outlet(head: &str) -> bool {
    // (or a site's brand in lower case after the place and the date: "Moulvibazar, March 12
    // (risingbd)")
    let dated = |place: &str| {
        place
            .split_once(", ")
            .is_some_and(|(_, date)| is_bare_date(date))
    };
    let bracketed = head
        .strip_suffix(')')
        .and_then(|rest| rest.rsplit_once(" ("))
        .filter(|(place, outlet)| {
            capitalized_words(outlet, 1..=4)
                || outlet.len() >= MIN_LOWER_BRAND
                    && outlet.bytes().all(|b| b.is_ascii_lowercase())
                    && dated(place)
        });
    let after_comma = head.rsplit_once(", ").filter(|(_, outlet)| {
        (2..=6).contains(&outlet.len()) && outlet.bytes().all(|b| b.is_ascii_uppercase())
    });
    bracketed
        .or(after_comma)
        .is_some_and(|(place, _)| looks_like_dateline(place))
}

/// Where the story starts after a byline and the outlet's name parted by bars, glued before
/// its first sentence: "By Farai Mutasa | ZimEye | Residents of Mabvuku …". The byline opens
/// with its word ("By", "Oleh"), and every piece after it is a name of a few capitalized words.
fn barred_byline(window: &str) -> Option<usize> {
    const MOST_NAME_WORDS: usize = 4;
    let last = window.rfind(" | ")?;
    let mut pieces = window[..last].split(" | ");
    let byline = pieces.next()?;
    // (the outlet's name after the byline: "by Nolan Pritchett | Today at 4:31 a.m." is a
    // byline and its date)
    if byline.len() == last {
        return None;
    }
    (["by ", "oleh "]
        .iter()
        .any(|word| starts_with_ignore_case(byline, word))
        && is_byline(byline)
        && pieces.all(|p| capitalized_words(p, 1..=MOST_NAME_WORDS)))
    .then_some(last + " | ".len())
}

/// The outlet's name between the place and the story, a separator after each: "Jakarta –
/// Infobanknews – Bank pembangunan …", "JAKARTA - idnfinancials.com - A listed …", "NGANJUK –
/// NganjukNews.com | Hamparan …". Gives the bytes the name
/// and its separator take. One word, capitalized or a domain, of [`MIN_OUTLET_LETTERS`] letters
/// at least, whose separator is followed by a sentence's opening.
fn outlet_after_dateline(body: &str) -> Option<usize> {
    let word = body.split(' ').next()?;
    let name = (word.starts_with(char::is_uppercase)
        || word.contains('.') && site::is_domain(word))
        && word.chars().filter(|c| c.is_alphabetic()).count() >= MIN_OUTLET_LETTERS
        && word.chars().all(|c| c.is_alphanumeric() || c == '.');
    let rest = &body[word.len()..];
    // (a bar may part the name from the story: "NGANJUK – NganjukNews.com | Hamparan …")
    let sep = DATELINE_SEPARATORS
        .iter()
        .chain(&[" | "])
        .find(|sep| rest.starts_with(**sep));
    match sep {
        Some(sep) => (name && opens_sentence(&rest[sep.len()..])).then_some(word.len() + sep.len()),
        None => outlet_of_words_after_dateline(body),
    }
}

/// [`outlet_after_dateline`] for a name of several capitalized words: "JOMBANG – Jawa Pos Radar
/// Jombang – Jembatan bambu …". Two to [`MAX_DATELINE_OUTLET_WORDS`] words, each capitalized, then a
/// separator and a sentence's opening.
fn outlet_of_words_after_dateline(body: &str) -> Option<usize> {
    let (at, sep) = DATELINE_SEPARATORS
        .iter()
        .filter_map(|sep| body.find(sep).map(|at| (at, sep.len())))
        .min()?;
    let name = &body[..at];
    (capitalized_words(name, 2..=MAX_DATELINE_OUTLET_WORDS)
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || c == ' ' || c == '.')
        && opens_sentence(&body[at + sep..]))
    .then_some(at + sep)
}

/// Words of an outlet's name between a dateline's place and its story, at most.
const MAX_DATELINE_OUTLET_WORDS: usize = 4;

/// Letters of an outlet's name between a dateline's place and its story, at least.
const MIN_OUTLET_LETTERS: usize = 4;

/// A long dash glued to the place before it, as some sites print their dateline:
/// "Harianjogja.com, SLEMAN—Ratusan siswa …" and "SLEMAN— Ratusan siswa …" give the dash's
/// offset and the separator's length. A hyphen glued this way joins words ("Jawa-Bali"), so
/// only '—' and '–'.
fn glued_long_dash(window: &str) -> Option<(usize, usize)> {
    // two hyphens stand for a long dash on some sites: "ASAHIKAWA, Hokkaido--Kazuo Hiraoka …"
    if let Some(at) = window.find("--") {
        let after = &window[at + 2..];
        if at > 0
            && !window[..at].ends_with(|c: char| c.is_whitespace() || c == '-')
            && after.starts_with(char::is_uppercase)
        {
            return Some((at, 2));
        }
    }
    // both dashes start with 0xE2: most lines have none, and a byte search says so
    if !window.as_bytes().contains(&0xE2) {
        return None;
    }
    window.match_indices(['—', '–']).find_map(|(at, dash)| {
        let after = &window[at + dash.len()..];
        let space = usize::from(after.starts_with(' '));
        let glued = window[..at].ends_with(|c: char| !c.is_whitespace());
        // an en dash glued on both sides joins two names, a route or a span ("Pelayaran
        // Ambon–Banda Ditunda"), unless the word before it is a dateline's: in capitals
        // ("AMBON–Kapal …") or the site's domain ("SUMENEP, RadarMadura.id–Harga …"), and the
        // word after it not in capitals as well (a route in a headline in capitals: "LONGSOR
        // DI KM 100, JALUR NABIRE–ILAGA LUMPUH LAGI")
        let shouted_after = || {
            let word = after.split(' ').next().unwrap_or("");
            word.chars().nth(1).is_some() && !word.chars().any(char::is_lowercase)
        };
        let joins =
            dash == "–" && space == 0 && (!ends_a_dateline(&window[..at]) || shouted_after());
        (at > 0 && glued && !joins && after[space..].starts_with(char::is_uppercase))
            .then_some((at, dash.len() + space))
    })
}

/// Whether the last word of `s` can close a dateline: letters, all of them capitals ("AMBON"),
/// or a domain ("RadarMadura.id").
fn ends_a_dateline(s: &str) -> bool {
    let word = s.rsplit(' ').next().unwrap_or("");
    (word.chars().any(char::is_alphabetic) && !word.chars().any(char::is_lowercase))
        || site::is_domain(word)
}

/// A comma and a hyphen closing a dateline, as some sites print it after their name in
/// brackets: "Berita Ciamis, (harapanrakyat.com),- Harga gabah …" gives the comma's offset
/// and the separator's length (the comma, the hyphen and the space).
fn comma_dash(window: &str) -> Option<(usize, usize)> {
    // a byte scan for the comma: a substring search would cost its setup on every line
    let bytes = window.as_bytes();
    let at =
        (1..bytes.len()).find(|&at| bytes[at] == b',' && bytes[at + 1..].starts_with(b"- "))?;
    window[at + 3..]
        .starts_with(char::is_uppercase)
        .then_some((at, 3))
}

/// A hyphen or two glued to the site's domain, as some sites print their dateline:
/// "TANGERANGNEWS.com- Pemerintah …", "KENDARINEWS.COM--Panen raya …" give the first hyphen's
/// offset and the separator's length. A hyphen glued to a word joins words ("Jawa-Bali");
/// after a domain it parts the dateline from the story, and so it does after a word in
/// capitals with a space after it: "MEDAN, METRO- Kesabaran warga …" ("BPJS-Kesehatan" has
/// none).
fn glued_domain_dash(window: &str) -> Option<(usize, usize)> {
    let at = window.find('-')?;
    // (the domain may stand in brackets after the place: "Tabanan (Metrobali.com)-")
    let word = window[..at]
        .rsplit(' ')
        .next()?
        .trim_start_matches('(')
        .trim_end_matches(')');
    let dashes = window[at..].bytes().take_while(|&b| b == b'-').count();
    let after = &window[at + dashes..];
    let space = usize::from(after.starts_with(' '));
    // or an outlet's code in brackets, however short, with the story glued to the hyphen:
    // "Lampung Barat (SL)-Harga kopi …"
    let bracketed = window[..at].ends_with(')');
    // or a place in capitals longer than an acronym, the story glued to the hyphen:
    // "JAYAPURA-Sebanyak 240 mama-mama …" ("BPJS-Kesehatan" joins a name)
    let place = word.chars().count() >= MIN_GLUED_PLACE_LETTERS
        && after
            .split(' ')
            .next()
            .is_some_and(|w| w.chars().skip(1).all(char::is_lowercase) && w.len() > 1);
    let shouted = (space == 1 || bracketed || place)
        && word.chars().count() >= if bracketed { 2 } else { 3 }
        && word.chars().all(|c| c.is_alphabetic() && !c.is_lowercase());
    ((word.contains('.') && site::is_domain(word) || shouted)
        && after[space..].starts_with(char::is_uppercase))
    .then_some((at, dashes + space))
}

/// Letters of a place in capitals to which the story is glued by a hyphen, at least: an
/// acronym is shorter ("BPJS-Kesehatan").
const MIN_GLUED_PLACE_LETTERS: usize = 6;

/// A dash glued after a stop that closes the dateline, as EFE prints it: "Jakarta, Mar 28
/// (EFE).- Thousands …" gives the stop's offset and the separator's length.
fn stopped_dash(window: &str) -> Option<(usize, usize)> {
    let at = window.find(".-")?;
    let space = usize::from(window[at + 2..].starts_with(' '));
    // (or a site's name: "Kabupaten Bima, Bimaekspres.- Harga …"; the caller asks whether
    // what stands before it is a dateline)
    (at > 0
        && (window[..at].ends_with(')')
            || window[..at]
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.starts_with(char::is_uppercase))))
    .then_some((at, 2 + space))
}

/// A place, a comma and the date closed by a full stop, the story after it: "Kathmandu, March
/// 15. The government has …". Gives the stop's offset and the separator's length (the stop and
/// the space). No sentence is a place and a date alone.
fn dated_stop(window: &str) -> Option<(usize, usize)> {
    // the place's comma first, a byte search, and a date's few words after it
    const MOST_PLACE: usize = 32;
    const MOST_DATE: usize = 24;
    let comma = memchr::memchr(b',', &window.as_bytes()[..window.len().min(MOST_PLACE)])?;
    let (place, after) = (&window[..comma], window[comma + 1..].strip_prefix(' ')?);
    let stop = memchr::memchr(b'.', &after.as_bytes()[..after.len().min(MOST_DATE)])?;
    (after[stop + 1..].starts_with(' ')
        && capitalized_words(place, 1..=3)
        && is_bare_date(&after[..stop])
        && after[stop + 2..].starts_with(char::is_uppercase))
    .then_some((comma + 2 + stop, 2))
}

/// A dateline that a news agency in brackets closes, with no dash after it, as wire copy
/// prints it: "Taipei, April 2 (CNA) Thousands of …", "Jakarta, 2/4 (ANTARA) Pemerintah …". The
/// place, a comma and a date (a digit in it) come first, so "Kementerian Kesehatan (Kemenkes)
/// Indonesia mencatat …" opens no dateline. Gives the closing bracket's offset after it and the
/// separator's length (the space).
///
/// The agency may be closed by a colon ("Jakarta [Indonesia], April 3 (ANI): India and …", the
/// country in square brackets after the place) or stand between slashes after the date's stop
/// ("JAKARTA, April 3. /TASS/. Russia and …").
fn dated_agency_close(window: &str) -> Option<(usize, usize)> {
    dated_agency_close_after_place(window).or_else(|| {
        // the place's district or state in brackets before the date: "Udaipur (Gomati), Oct 20
        // (TT):", "Kolkata (West Bengal), Oct 20 (IANS):" (the agency's brackets are the
        // second pair); read without it, the positions after it moved back by its length
        let comma = window.find(", ")?;
        let (town, region) = window[..comma].strip_suffix(')')?.split_once(" (")?;
        if !capitalized_words(town, 1..=3) || !capitalized_words(region, 1..=3) {
            return None;
        }
        let cut = comma - town.len();
        let without = format!("{town}{}", &window[comma..]);
        dated_agency_close_after_place(&without).map(|(end, sep)| (end + cut, sep))
    })
}

/// [`dated_agency_close`] for a place with no bracket.
fn dated_agency_close_after_place(window: &str) -> Option<(usize, usize)> {
    const MOST_AGENCY: usize = 12;
    let (open, close, opener) = agency_marks(window)?;
    let (head, agency) = (&window[..open], &window[open + 2..close]);
    let (place, date) = head.split_once(", ")?;
    // "Jakarta [Indonesia]": the country after the place
    let place = place
        .strip_suffix(']')
        .and_then(|p| p.split_once(" ["))
        .map_or(place, |(place, _)| place);
    let named = agency.len() <= MOST_AGENCY
        && agency.starts_with(|c: char| c.is_ascii_uppercase())
        && agency.chars().all(|c| c.is_alphabetic() || c == '.');
    // after the agency: a space, a colon and a space, or (between slashes) a stop and a space
    let rest = &window[close + 1..];
    let (end, sep) = if rest.starts_with(' ') {
        (close + 1, 1)
    } else if rest.starts_with(": ") {
        (close + 1, 2)
    } else if opener == b'/' && rest.starts_with(". ") {
        (close + 2, 1)
    } else {
        return None;
    };
    (named
        && capitalized_words(place, 1..=3)
        && date.contains(|c: char| c.is_ascii_digit())
        && date.split_whitespace().count() <= 4)
        .then_some((end, sep))
}

/// Where an agency's marks stand in `window`: the space before the opening bracket or slash,
/// the closing one, and which opened it.
fn agency_marks(window: &str) -> Option<(usize, usize, u8)> {
    let bytes = window.as_bytes();
    // the first bracket, else the first slash after a space ("2/4" is a date's) after a place
    // in capitals, as the agencies that sign between slashes print it ("MOSCOW, …")
    let shouted = bytes.len() > 1 && bytes[..2].iter().all(u8::is_ascii_uppercase);
    let at = memchr::memchr(b'(', bytes).or_else(|| {
        shouted
            .then(|| memchr::memchr_iter(b'/', bytes).find(|&at| at > 0 && bytes[at - 1] == b' '))
            .flatten()
    })?;
    let opener = bytes[at];
    let open = at.checked_sub(1).filter(|&open| bytes[open] == b' ')?;
    let closer = if opener == b'(' { b')' } else { b'/' };
    let close = at + 1 + memchr::memchr(closer, &bytes[at + 1..])?;
    Some((open, close, opener))
}

/// Whether `s` opens the way a sentence after a dateline does: a capital or a quotation mark.
fn opens_sentence(s: &str) -> bool {
    s.starts_with(|c: char| c.is_uppercase() || matches!(c, '“' | '"'))
}

/// Where a place and a colon end, when the colon comes early enough in `s` to close a
/// dateline: the offset of ": ".
fn early_colon(s: &str) -> Option<usize> {
    s[..floor_char_boundary(s, 40)].find(": ")
}

/// Where the body starts after a dateline that ends in a colon, as some wire and Asian
/// sites print it: "SINGAPORE: The government …", "KUALA LUMPUR: Malaysia's …". Only a
/// shouted place ([`is_shouted_place`]), since "Jakarta: Warga …" or an interview's "Ayu: …"
/// is text, and only before running text: "BPBD: Tanggul Darurat Dipasang" is a headline that
/// names its source.
fn colon_dateline_prefix(s: &str, lang: Lang) -> Option<usize> {
    let at = early_colon(s)?;
    let body = s[at + 2..].trim_start();
    let place = &s[..at];
    // or a shouted place and the outlet in brackets: "MEDAN (Waspada.id): Harga cabai …"
    let signed = place.strip_suffix(')').and_then(|p| p.split_once(" ("));
    let place = signed.map_or(place, |(place, _)| place);
    // or a date after a comma: "KATHMANDU, March 24: Teahouse owners …"
    let place = place
        .split_once(", ")
        .filter(|(_, date)| is_bare_date(date))
        .map_or(place, |(place, _)| place);
    // or a date in brackets: "KUALA LUMPUR (March 28): …"
    let outlet = signed.is_none_or(|(_, outlet)| {
        is_bare_date(outlet) || looks_like_dateline(&format!("({outlet})"))
    });
    // or the site's domain alone, as some sites sign the story's first line: "kabarbisnis.com:
    // Perajin sepatu …"
    let signs = || !place.contains(' ') && place.contains('.') && site::is_domain(place);
    // (a label in capitals is no place: "FOTO: DOK WARGA Sejumlah pelajar …" is a credit and
    // its caption)
    let label = || COLON_LABELS.iter().any(|l| place.eq_ignore_ascii_case(l));
    (opens_sentence(body)
        && (is_shouted_place(place) && outlet && !label() || signs())
        && prose::is_prose(body, lang))
    .then(|| s.len() - body.len())
}

/// Labels of a live update's entry, opening its paragraph with the entry's time.
/// (a story's first entry under the update above it: "Original 1.35pm: The Ministry …")
const UPDATE_LABELS: &[&str] = &["update", "updated", "pembaruan", "original", "earlier"];

/// Where the text starts after a live update's label and time opening a paragraph: "UPDATE,
/// 1.25pm: Essex Police has confirmed …", "UPDATE 8.10pm: Firefighters say …", "Pembaruan
/// 14.20 WIB: Polisi …". A label of [`UPDATE_LABELS`], a comma perhaps, a time of day on the
/// clock and its zone perhaps ([`is_bare_time`]; a date makes an editor's note, "Update at
/// 7.10 pm, May 15: This report has been updated …"), a colon, then a sentence.
fn update_label_prefix(s: &str) -> Option<usize> {
    let at = early_colon(s)?;
    let (label, time) = s[..at].split_once(' ')?;
    let time = time.trim();
    let time = time.strip_prefix("at ").unwrap_or(time);
    let body = &s[at + 2..];
    (UPDATE_LABELS
        .iter()
        .any(|l| label.trim_end_matches(',').eq_ignore_ascii_case(l))
        && time.contains(['.', ':'])
        && is_bare_time(time)
        && opens_sentence(body))
    .then_some(at + 2)
}

/// Words that open a line with a colon and are no place: "Catatan: …", "Update: …".
const COLON_LABELS: &[&str] = &[
    "catatan",
    "update",
    "pembaruan",
    "editor",
    "koreksi",
    "note",
    "editor's note",
    "correction",
    "baca",
    "simak",
    "lihat",
    "foto",
    "video",
    "sumber",
    "source",
];

/// Small words inside a place's name: "Dar es Salaam", "Rio de Janeiro", "Isle of Man".
const PLACE_PARTICLES: &[&str] = &["es", "de", "del", "da", "al", "el", "la", "of"];

/// A dateline in the story's first paragraph that only its place shows: a capitalized place
/// name and a colon, a dash or a full stop, "Jakarta: Kementerian Kesehatan …" (Medcom),
/// "Jakarta. Bank Indonesia kept …" (Jakarta Globe), or the site's name in its place:
/// "IDXChannel - Indeks Harga Saham Gabungan …", "Fimela.com, Jakarta Sayur …". Inside the
/// story the same shape is a speaker's label or a one-word sentence, so only the first open
/// paragraph after the title is read (and the one after it when the first touches a credit: the
/// lead photo's caption), the place must be a sentence of its own to the sentence splitter
/// (abbreviations such as "Prof." are not), and what follows must be running text. The
/// paragraph is split into the dateline (meta) and the rest.
fn mark_opening_dateline(
    text: &str,
    lang: Lang,
    title: Option<usize>,
    site: &[String],
    drafts: &mut Vec<Draft>,
) {
    let from = title.map_or(0, |t| t + 1);
    // lines left open that are not prose (a byline, a date) become clutter later
    let open_prose = |k: &usize| drafts[*k].block.kind == BlockKind::Paragraph && drafts[*k].prose;
    let Some(first) = (from..drafts.len()).find(open_prose) else {
        return;
    };
    // prose touching a credit may be the lead photo's caption: the story may open after it; so
    // may prose closed on its line by a source the tables read as meta ("… Kamis (28/3).
    // [gat/bhirawa]")
    let closed_by_source = drafts.get(first + 1).is_some_and(|c| {
        c.block.kind == BlockKind::Meta
            && c.line == drafts[first].line
            && c.block.span.of(text).starts_with(['[', '('])
    });
    let touches_credit = closed_by_source || credit_beside(drafts, first);
    // whether a credit, a caption or a meta line (a byline, a date) stands between the first
    // open paragraph and paragraph `k`
    let past_clutter = |k: &usize| {
        drafts.get(first + 1..*k).is_some_and(|between| {
            between.iter().any(|d| {
                matches!(
                    d.block.kind,
                    BlockKind::Meta | BlockKind::Credit | BlockKind::Caption
                )
            })
        })
    };
    // and prose over the byline, the date or the lead photo is the standfirst: the story opens
    // under them ("The Field" / headline / "Five months on, …" / "Nandini Rao" / "May 14,
    // 2024" / "Latehar (Jharkhand): For three weeks …")
    let next = (first + 1..drafts.len())
        .find(open_prose)
        .filter(|next| touches_credit || past_clutter(next));
    // and the standfirst's next may be the lead photo's caption under its credit, the story
    // under it ("… Pilih Olah Sendiri" / deck / byline / "Wonosobo24.com/Arif Setiadi" /
    // "Tukiman (49) memetik buah carica …" / "WONOSOBO24 – Petani carica …")
    let after_caption = next.filter(|&next| {
        next >= 1
            && drafts[next - 1].block.kind == BlockKind::Credit
            && drafts[next - 1].line + 1 == drafts[next].line
    });
    let after_caption = after_caption.and_then(|c| (c + 1..drafts.len()).find(open_prose));
    // (and the first few open paragraphs past a credit, a caption or a meta line: a standfirst
    // and the lead photo's caption may both stand over the story, "Rangers spent three days …"
    // / "Rangers and a veterinarian checking on the calf …" / "(Pic courtesy of …)" / "Kota
    // Kinabalu: A young elephant calf …"; with nothing but prose above, a place and a colon is
    // the story's own, "Watch: Doctors explain …"; each paragraph read once)
    let mut candidates: Vec<usize> = std::iter::once(first)
        .chain(next)
        .chain(after_caption)
        .collect();
    let opening = (first..drafts.len())
        .filter(open_prose)
        .take(OPENING_PARAGRAPHS)
        .filter(past_clutter);
    for k in opening {
        if !candidates.contains(&k) {
            candidates.push(k);
        }
    }
    for k in candidates {
        let d = &drafts[k];
        if d.settled
            || k.checked_sub(1)
                .is_some_and(|j| drafts[j].dateline && drafts[j].line == d.line)
        {
            return;
        }
        // (a head of names only, of any shape, with a date in it is read away from a photo's
        // credit: a caption opens with a place and a date too, "Port Sheldon Township, Mich.,
        // Feb. 19, 2025 — A wooden staircase …" under "Joel Ramsdell | MLive.com")
        let line = d.block.span.of(text);
        let named_head = || {
            named_head_dateline(line, site).filter(|&end| {
                let rest = line[end..].trim();
                let dated = line[..end].contains(|c: char| c.is_ascii_digit());
                !(dated && credit_beside(drafts, k)) && prose::is_prose(rest, lang)
            })
        };
        // (the longer of the two: "Salak - Pakpak Bharat News | Sebanyak …" is no place of one
        // word before a dash)
        let end = match (opening_dateline(line, lang, site), named_head()) {
            (Some(a), Some(b)) => Some(a.max(b)),
            (a, b) => a.or(b),
        };
        let Some(end) = end else {
            continue;
        };
        let dateline = split_off_meta(text, drafts, k, end, Side::Head);
        drafts[dateline].dateline = true;
        return;
    }
}

/// Whether a credit stands right before or after `drafts[k]`, on its line or the next: the
/// draft may be the photo's caption ([`mark_opening_dateline`]).
fn credit_beside(drafts: &[Draft], k: usize) -> bool {
    [k.checked_sub(1), Some(k + 1)]
        .into_iter()
        .flatten()
        .filter_map(|j| drafts.get(j))
        .any(|c| c.block.kind == BlockKind::Credit && c.line.abs_diff(drafts[k].line) <= 1)
}

/// How many of the first open paragraphs after the title [`mark_opening_dateline`] reads for
/// a dateline, beside the standfirst and caption it finds by their neighbours: a standfirst,
/// the lead photo's caption and the story's first paragraph.
const OPENING_PARAGRAPHS: usize = 3;

/// Where the dateline that only its place shows ends in `line`, see [`mark_opening_dateline`].
fn opening_dateline(line: &str, lang: Lang, site: &[String]) -> Option<usize> {
    if let Some(end) = unseparated_dateline(line)
        .or_else(|| shouted_dated_dateline(line))
        .or_else(|| dated_outlet_dateline(line))
        .or_else(|| place_and_date_or_site(line, site))
        .or_else(|| glued_hyphen_dateline(line))
        .or_else(|| stopped_outlet_dateline(line))
        .or_else(|| path_dateline(line))
        .or_else(|| dated_outlet_unmarked(line))
        .or_else(|| date_before_dash(line))
    {
        let rest = line[end..].trim();
        return (opens_sentence(rest) && prose::is_prose(rest, lang)).then_some(end);
    }
    // the place's end and the dateline's end: before a colon, a dash ("IDXChannel - Indeks
    // …", a site's name in place of the place) or a full stop
    let colon = early_colon(line).map(|at| (at, at + 1));
    // (or a bullet, as an American paper prints it: "Farmington • The San Juan County …";
    // asked of the story's opening paragraphs only)
    let dash = {
        let window = &line[..floor_char_boundary(line, 40)];
        DATELINE_SEPARATORS
            .iter()
            .chain([&" • "])
            .filter_map(|sep| window.find(sep).map(|at| (at, at + sep.len())))
            .min()
    };
    let marked = match (colon, dash) {
        (Some(c), Some(d)) => Some(c.min(d)),
        (c, d) => c.or(d),
    };
    let (head_end, end) = match marked {
        Some(ends) => ends,
        None => match sentences::split(line, lang).first() {
            Some(first) if first.span.end < line.len() && line[..first.span.end].ends_with('.') => {
                (first.span.end - 1, first.span.end)
            }
            _ => return None,
        },
    };
    let head = line[..head_end].trim();
    let words = head.split_whitespace().count();
    let letters = head.chars().filter(|c| c.is_alphabetic()).count();
    // a sentence of a few capitalized words opens stories too ("Itu Sangat Mengerikan."), and
    // a pair of names is joined by a dash ("Pasangan Prabowo - Gibran …"), so before a full
    // stop or a dash only one word is a place (one name before a dash still reads as one)
    let most = if colon.is_some_and(|c| marked == Some(c)) {
        3
    } else {
        1
    };
    // (a place's name with a small word inside is one place: "Dar es Salaam. Hundreds of
    // traders …", "Rio de Janeiro. …")
    let particle = |w: &str| PLACE_PARTICLES.contains(&w);
    let particles = head.split_whitespace().filter(|w| particle(w)).count();
    let inner_particles = particles > 0
        && !head.split_whitespace().next().is_some_and(particle)
        && !head.split_whitespace().next_back().is_some_and(particle);
    let words = if inner_particles {
        words - particles - 1
    } else {
        words
    };
    let place = (1..=most).contains(&words)
        && letters >= 4
        && head.split_whitespace().all(|w| {
            if inner_particles && particle(w) {
                return true;
            }
            // "KBRN, Natuna:": a station's name and its place
            // ("Latehar (Jharkhand):": the place and its state in brackets)
            let w = w.strip_suffix(',').unwrap_or(w);
            let w = w
                .strip_prefix('(')
                .and_then(|w| w.strip_suffix(')'))
                .unwrap_or(w);
            w.starts_with(char::is_uppercase)
                && (w.chars().all(|c| c.is_alphabetic() || c == '-')
                    // a local site's name in capitals, its number after it: "WONOSOBO24 –"
                    || w.chars().all(|c| !c.is_lowercase()) && credit::is_numbered_brand(w))
        })
        && !COLON_LABELS.iter().any(|l| head.eq_ignore_ascii_case(l));
    // or the page's own name, in whatever words: "Kaieteur News – More than 40 rice …"
    let named = || site.iter().any(|name| head.eq_ignore_ascii_case(name));
    let end = end + outlet_after_dateline(&line[end..]).unwrap_or(0);
    let rest = line[end..].trim();
    ((place || named()) && opens_sentence(rest) && prose::is_prose(rest, lang)).then_some(end)
}

/// A dateline of any shape opening the story's first paragraph: a head of names only (places,
/// the outlet in capitals, in brackets or as its domain or its own name, a date's words and
/// numbers) closed by a mark a dateline ends with, and the story after it. "LAE: Hundreds of
/// travellers …", "(CNS): The number of …", "Mysore/Mysuru: Residents …", "COLOMBO (News 1st);
/// More than …", "Salak - Pakpak Bharat News | Sebanyak …", "Limapuluh Kota, sumbarsatu — Harga
/// …", "SAN IGNACIO, Cayo District, Tues. Mar. 5, 2024--Business owners …". The longest such
/// head is taken; a word in lower case that is no domain and no word of the site's name ends
/// it ("Morogoro. Rice farmers in …": the full stop after one word is read by
/// [`opening_dateline`] itself). Gives the offset after the mark.
fn named_head_dateline(line: &str, site: &[String]) -> Option<usize> {
    const MOST_HEAD: usize = 64;
    const MOST_WORDS: usize = 8;
    /// letters of a place of one word before a dash, at least, as [`opening_dateline`] asks
    const MIN_PLACE_LETTERS: usize = 4;
    /// marks that close a dateline, with the spaces they take
    const MARKS: &[&str] = &[
        ": ", " : ", " :", "; ", " - ", " – ", " — ", "--", " | ", "| ", "- ", ". ",
    ];
    let window = &line[..floor_char_boundary(line, MOST_HEAD)];
    // a word that may be in lower case and still name the outlet: a domain, or a word of the
    // site's own name ("sumbarsatu")
    let outlet_word = |w: &str| {
        signs_with_domain(w)
            || site
                .iter()
                .any(|name| name.split(' ').any(|part| part == w))
    };
    let name_like = |head: &str| {
        // (an open bracket is a credit's opening the caption: "(Nolan Brandt | The Salt Lake
        // Tribune) Dale Ostrander walks …")
        if head.matches('(').count() != head.matches(')').count() {
            return false;
        }
        let words: Vec<&str> = head
            .split(|c: char| c.is_whitespace() || "/|,;".contains(c))
            .map(|w| w.trim_matches(|c: char| "()[]:.-–—".contains(c)))
            .filter(|w| !w.is_empty())
            .collect();
        (1..=MOST_WORDS).contains(&words.len())
            && words.iter().any(|w| w.starts_with(char::is_alphabetic))
            && words.iter().all(|w| {
                w.starts_with(char::is_uppercase)
                    || w.bytes().all(|b| b.is_ascii_digit())
                    || outlet_word(w)
            })
    };
    // the next mark from a byte on, the longest where two start at one byte; found in one walk
    // over the window's bytes, each compared only when a mark may start with it
    let bytes = window.as_bytes();
    let next_mark = |from: usize| {
        (from..bytes.len()).find_map(|i| {
            if !matches!(bytes[i], b':' | b' ' | b';' | b'-' | b'|' | b'.') {
                return None;
            }
            MARKS
                .iter()
                .filter(|m| bytes[i..].starts_with(m.as_bytes()))
                .max_by_key(|m| m.len())
                .map(|m| (i, *m))
        })
    };
    let mut found = None;
    let mut at = 0;
    while let Some((pos, mark)) = next_mark(at) {
        let head = &line[..pos];
        if !name_like(head) {
            break;
        }
        let end = pos + mark.len();
        let rest = line[end..].trim_start();
        // (a full stop after one word is [`opening_dateline`]'s own; an abbreviation's stop
        // inside the head goes on: "Tues. Mar. 5, 2024--")
        let one_word = !head.trim().contains(char::is_whitespace);
        // (before a colon or a stop, capitalized words alone are a speaker's label or a
        // sentence's opening, "Warga Desa Sukamaju: Kami …": the head needs a mark of a
        // dateline's own, a word in capitals, a bracket, a slash, a bar or a dash, a digit, or
        // a domain)
        let weak_mark = matches!(mark.trim(), ":" | ".");
        let marked = || {
            head.contains(['(', '/', '|', '–', '—'])
                || head.contains(" - ")
                || head.contains(|c: char| c.is_ascii_digit())
                || head.split_whitespace().any(|w| {
                    let w = w.trim_matches(|c: char| !c.is_alphanumeric());
                    w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase()) || outlet_word(w)
                })
        };
        // (one short word before a dash is a pair's first name, "AS - Korea Selatan sepakat
        // …"; before a colon, in capitals, a place: "LAE: Hundreds …")
        let letters = head.chars().filter(|c| c.is_alphabetic()).count();
        let short = one_word && letters < MIN_PLACE_LETTERS && mark.trim() != ":";
        let refused = short || mark == ". " && one_word || weak_mark && !marked();
        if !refused && opens_sentence(rest) {
            found = Some(line.len() - rest.len());
        }
        at = end;
    }
    found
}

/// The site's domain, the place and a topic joined by slashes like a path, closed by a stop:
/// "beritabali.com/Denpasar/Sampah. Sampah kiriman …" gives the offset after the token.
fn path_dateline(line: &str) -> Option<usize> {
    let token = line.split_whitespace().next()?;
    let path = token.strip_suffix('.')?;
    let mut parts = path.split('/');
    let domain = parts.next()?;
    let rest: Vec<&str> = parts.collect();
    (signs_with_domain(domain)
        && !rest.is_empty()
        && rest
            .iter()
            .all(|p| p.starts_with(char::is_uppercase) && p.chars().all(char::is_alphabetic)))
    .then_some(token.len())
}

/// Whether `word` ends as the domains that sign datelines do: "KOMPAS.com", "beritabali.com",
/// "Waspada.id".
fn signs_with_domain(word: &str) -> bool {
    let lower = word.to_ascii_lowercase();
    [".com", ".co", ".id", ".net"]
        .iter()
        .any(|tld| lower.ends_with(tld))
        || site::is_domain(word)
}

/// A place, a comma and the date or the site's own name opening the story with no separator
/// after them, as a dateline in bold leaves the scraped text: "Jakarta, 28 Maret 2024
/// Kementerian …", "Jombang, NU Online Ribuan santri …". Gives where the date (ending in its
/// year) or the name ends.
fn place_and_date_or_site(line: &str, site: &[String]) -> Option<usize> {
    let (place, _) = line[..floor_char_boundary(line, 40)].split_once(", ")?;
    if !capitalized_words(place, 1..=2) {
        return None;
    }
    let start = place.len() + 2;
    let rest = &line[start..];
    let named = site.iter().find_map(|name| {
        let head = rest.get(..name.len())?;
        (head.eq_ignore_ascii_case(name) && rest[name.len()..].starts_with(' '))
            .then_some(start + name.len())
    });
    if named.is_some() {
        return named;
    }
    // the date's words, up to its year: "28 Maret 2024", "Kamis 28 Maret 2024"
    let mut end = 0;
    for (n, word) in rest.split(' ').take(MAX_DATE_WORDS).enumerate() {
        end += word.len() + usize::from(n > 0);
        if is_year(word) && n >= 1 && is_bare_date(&rest[..end]) {
            return Some(start + end);
        }
    }
    None
}

/// A place, a comma and the day, and after another comma the outlet, opening the story's
/// first paragraph before a colon or (after the outlet) a full stop: "YEREVAN, MAY 14,
/// ARMENPRESS. A cold storage …", "Kathmandu, May 6: The Kathmandu Metropolitan City …".
/// Gives the offset after the separator's space.
fn dated_outlet_dateline(line: &str) -> Option<usize> {
    let window = &line[..floor_char_boundary(line, MAX_DATED_OUTLET_BYTES)];
    let at = window
        .find([':', '.'])
        .filter(|&at| window[at + 1..].starts_with(' '))?;
    is_dated_outlet_head(&line[..at], line[at..].starts_with(':')).then_some(at + 2)
}

/// How far into a line a place, the day and the outlet reach at most.
const MAX_DATED_OUTLET_BYTES: usize = 60;

/// Whether `head` is a place, a comma and a bare date ([`is_bare_date`]), then, after another
/// comma, an outlet of one word ("ARMENPRESS", "GNA"). Before a full stop the outlet must be
/// there ("Kathmandu, May 6." could close a sentence's words); before a colon it may not be.
fn is_dated_outlet_head(head: &str, colon: bool) -> bool {
    // three parts at most: a fourth fails the match below whatever it holds
    let mut split = head.splitn(4, ", ");
    let parts: [Option<&str>; 4] = std::array::from_fn(|_| split.next());
    let outlet = |w: &str| {
        w.len() >= 2
            && w.starts_with(|c: char| c.is_ascii_uppercase())
            && !w.contains(' ')
            && w.chars().all(|c| c.is_alphanumeric() || c == '.')
    };
    let place = |p: &str| {
        (capitalized_words(p, 1..=3) || is_shouted_place(p)) && !p.contains(char::is_numeric)
    };
    match parts {
        [Some(p), Some(date), None, _] => colon && place(p) && is_bare_date(date),
        [Some(p), Some(date), Some(o), None] => place(p) && is_bare_date(date) && outlet(o),
        _ => false,
    }
}

/// A place, the date and the agency's name in capitals, with nothing after them but a space,
/// opening the story's first paragraph as some agencies print it: "Baku, March 14, AZERTAC A
/// two-day international workshop …" (the shape [`is_dated_outlet_head`] reads on a line of its
/// own). Gives the offset after the name. The name is in capitals: "Jakarta, 5 Maret, Presiden
/// …" opens no dateline.
fn dated_outlet_unmarked(line: &str) -> Option<usize> {
    const MOST_HEAD: usize = 48;
    let window = &line[..floor_char_boundary(line, MOST_HEAD)];
    let (first, second) = (window.find(", ")?, window.rfind(", ")?);
    let outlet_at = second + 2;
    let end = outlet_at + window[outlet_at..].find(' ')?;
    let outlet = &line[outlet_at..end];
    (second > first
        && outlet.len() >= 3
        && outlet.bytes().all(|b| b.is_ascii_uppercase())
        && line[end + 1..].starts_with(char::is_uppercase)
        && is_dated_outlet_head(&line[..end], false))
    .then_some(end)
}

/// A date alone before a dateline's dash, opening the story's first paragraph with no place:
/// "May 14, 2025 - Island residents on Vis have long complained …". Gives the offset after the
/// dash.
fn date_before_dash(line: &str) -> Option<usize> {
    let window = &line[..floor_char_boundary(line, 32)];
    let (at, sep) = DATELINE_SEPARATORS
        .iter()
        .filter_map(|sep| window.find(sep).map(|at| (at, sep.len())))
        .min()?;
    let head = &line[..at];
    (head.contains(|c: char| c.is_ascii_digit()) && is_bare_date(head)).then_some(at + sep)
}

/// Words of a date opening a dateline, at most: "Kamis, 28 Maret 2024".
const MAX_DATE_WORDS: usize = 4;

/// A place and the outlet, in brackets or bare, closed by a full stop: "Medan, (Analisa). Harga
/// emas …", "Surabaya, Bhirawa. Pemerintah Kota …" gives the offset after the stop.
fn stopped_outlet_dateline(line: &str) -> Option<usize> {
    let window = &line[..floor_char_boundary(line, 40)];
    if let Some(at) = window.find("). ") {
        let (place, outlet) = line[..=at].split_once('(')?;
        let place = place.trim_end().trim_end_matches(',');
        return (capitalized_words(place, 1..=2) && outlet.starts_with(char::is_uppercase))
            .then_some(at + 2);
    }
    // bare, the outlet is one capitalized word after the place's comma: two capitalized words
    // and a stop are no sentence of a story
    let at = window.find(". ")?;
    let (place, outlet) = line[..at].split_once(", ")?;
    (capitalized_words(place, 1..=2)
        && outlet.starts_with(char::is_uppercase)
        && outlet.chars().all(char::is_alphabetic))
    .then_some(at + 2)
}

/// A shouted one-word place glued to the story by a hyphen, as regional papers print their
/// dateline: "MATARAM-Pemprov NTB menyiapkan …" gives the offset after the hyphen; or a place
/// glued to the hyphen with a space after it, "Srinagar- With …", the offset after the space. A number
/// ("COVID-19") or a second shouted word ("NTB-NTT") after the hyphen is a word of the story.
fn glued_hyphen_dateline(line: &str) -> Option<usize> {
    // the first hyphen of the line's first words decides: it must glue a word of the story on
    let window = &line[..floor_char_boundary(line, 40)];
    let hyphen = window.find('-')?;
    let (head, rest) = (&line[..hyphen], &line[hyphen + 1..]);
    // or a place of one word in sentence case, the hyphen glued to it and a space after it:
    // "Srinagar- With the tourist season weeks away, …" (a hyphen that joins words has no
    // space after it, one that is suspended a word in lower case: "pre- and post-war")
    if let Some(after) = rest.strip_prefix(' ') {
        let place = head.chars().count() >= 4
            && head.starts_with(char::is_uppercase)
            && head.chars().all(char::is_alphabetic);
        return (place && after.starts_with(char::is_uppercase)).then_some(hyphen + 2);
    }
    if !(rest.starts_with(char::is_uppercase)
        && rest
            .split_whitespace()
            .next()
            .is_some_and(|w| w.chars().any(char::is_lowercase)))
    {
        return None;
    }
    let signer = head.split_whitespace().next_back()?;
    let shouted = |w: &str| w.chars().count() >= 4 && w.chars().all(char::is_uppercase);
    // "JAKARTA-Pemerintah …": a place in capitals alone; "KUPANG, TIMEX.ID-Harga …": a place, a
    // comma and the site's domain or name in capitals
    // or a place of a few words, all in capitals: "PULANG PISAU-Kenaikan …"
    // or the site's domain in capitals: "JAMBIEKSPRES.CO.ID-Puluhan …"
    let domain = || {
        !head.contains(' ')
            && head.contains('.')
            && !head.contains(char::is_lowercase)
            && site::is_domain(head)
    };
    let alone = domain()
        || head.split_whitespace().count() <= MAX_SHOUTED_PLACE_WORDS
            && shouted(head.split_whitespace().next().unwrap_or(""))
            && head
                .split_whitespace()
                .all(|w| w.chars().count() >= 2 && w.chars().all(char::is_uppercase))
            && !head.starts_with(char::is_whitespace);
    let after_place = head.split_whitespace().count() <= 3
        && head.contains(", ")
        && (signs_with_domain(signer) || shouted(signer))
        && looks_like_dateline(head);
    (alone || after_place).then_some(hyphen + 1)
}

/// Words of a place in capitals glued to the story by a hyphen, at most: "BANDAR LAMPUNG-",
/// "TANJUNG SELOR-".
const MAX_SHOUTED_PLACE_WORDS: usize = 3;

/// A site's domain, a comma and a one-word place opening the story with no separator after
/// them, as a styled dash leaves the scraped text: "Fimela.com, Jakarta Sayur yang disimpan
/// …", "Liputan6.com, Bandung Pemerintah kota …". Gives where the place ends; a place of two
/// words would leave its second word to the story.
fn unseparated_dateline(line: &str) -> Option<usize> {
    let mut words = line.split_whitespace();
    let (site, place, next) = (words.next()?, words.next()?, words.next()?);
    let capitalized = |w: &str| {
        w.starts_with(char::is_uppercase) && w.chars().all(|c| c.is_alphabetic() || c == '-')
    };
    let name = site.trim_end_matches(',');
    // a domain, or a brand with a capital inside it: "TVRINews, Banjarmasin Pasar …"
    let brand = name.starts_with(char::is_uppercase)
        && name.chars().all(char::is_alphanumeric)
        && name.chars().zip(name.chars().skip(1)).any(|(a, b)| {
            a.is_lowercase() && b.is_uppercase() || a.is_uppercase() && b.is_uppercase()
        })
        && name.chars().any(char::is_lowercase);
    let shaped = site.ends_with(',')
        && (site::is_domain(name) || brand)
        && capitalized(place)
        && next.starts_with(|c: char| c.is_uppercase() || matches!(c, '"' | '“'));
    // the place's end: the words are the line's first, in order
    let after_site = line.find(site)? + site.len();
    shaped.then(|| {
        line[after_site..]
            .find(place)
            .map(|at| after_site + at + place.len())
    })?
}

/// A place in capitals, a comma and a date of a month's name and a day, opening the story with
/// no separator after them, as some papers print it: "KATHMANDU, APRIL 29 The Department of
/// Tourism …", "NEW DELHI, March 3, 2024 The …". Gives where the date ends.
fn shouted_dated_dateline(line: &str) -> Option<usize> {
    let comma = line[..floor_char_boundary(line, 40)].find(", ")?;
    if !is_shouted_place(&line[..comma]) {
        return None;
    }
    let rest = &line[comma + 2..];
    let mut words = rest.split(' ');
    let (month, day) = (words.next()?, words.next()?);
    if !MONTHS.contains(&month.to_lowercase().as_str()) {
        return None;
    }
    // the day, or the day, a comma and the year
    let mut end = comma + 2 + month.len() + 1 + day.len();
    if !is_day_number(day) {
        let day = day.strip_suffix(',')?;
        let year = words.next()?;
        if !(is_day_number(day) && is_year(year)) {
            return None;
        }
        end += 1 + year.len();
    }
    Some(end)
}

/// A place name in capitals, as a dateline shouts it: one to three words of capital letters
/// with at least four letters in all ("JAKARTA", "HONG KONG", not the speaker label "VOA").
fn is_shouted_place(s: &str) -> bool {
    let words = s.split_whitespace().count();
    let letters = s.chars().filter(|c| c.is_alphabetic()).count();
    (1..=3).contains(&words)
        && letters >= 4
        && s.chars()
            .all(|c| c.is_uppercase() || c == ' ' || c == '.' || c == '-')
}

/// Whether `s` is a number of words in `words`, each starting with a capital: a name, an
/// outlet, a place ("Bisnis Bali", "Fajar Ramadhan", "KOMPAS TV").
fn capitalized_words(s: &str, words: std::ops::RangeInclusive<usize>) -> bool {
    words.contains(&s.split_whitespace().count())
        && s.split_whitespace()
            .all(|w| w.starts_with(char::is_uppercase))
}

fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Words of a line of the page's that prints a writer's name (a byline, a credit), at most
/// ([`bio_of_a_named_writer`]).
const MAX_NAMING_LINE_WORDS: usize = 8;

/// Whether paragraph `k` is the bio of a person a short line of the page's clutter names (a
/// byline, a credit, the author's box): it opens with two to four capitalized words that line
/// prints as they stand, then a verb of being and a role ([`bio::is_bio_of_named`]): "Muh.
/// Fadli Rasyid" / … / "Muh. Fadli Rasyid adalah jurnalis PalopoToday.com. Ia meliput …".
fn bio_of_a_named_writer(text: &str, drafts: &[Draft], k: usize) -> bool {
    let line = drafts[k].block.span.of(text);
    // the name's words and the verb's after them
    let mut head = [""; 7];
    let mut count = 0;
    for (slot, word) in head.iter_mut().zip(line.split_whitespace()) {
        *slot = word;
        count += 1;
    }
    let head = &head[..count];
    (2..=4).filter(|&n| n < head.len()).any(|n| {
        if !head[..n].iter().all(|w| w.starts_with(char::is_uppercase)) {
            return false;
        }
        // the name as the line prints it, its spaces one each
        let end = head[n - 1].as_ptr() as usize - line.as_ptr() as usize + head[n - 1].len();
        let name = &line[..end];
        let named = || {
            drafts.iter().enumerate().any(|(i, d)| {
                let naming = d.block.span.of(text);
                i != k
                    && matches!(
                        d.block.kind,
                        BlockKind::Meta | BlockKind::Boilerplate | BlockKind::Credit
                    )
                    && naming
                        .split_whitespace()
                        .nth(MAX_NAMING_LINE_WORDS)
                        .is_none()
                    && naming.contains(name)
            })
        };
        bio::is_bio_of_named(line, head, n, named)
    })
}

/// "WASHINGTON", "JAKARTA, KOMPAS.com", "Washington (ANTARA)", "Jakarta, CNN Indonesia".
fn looks_like_dateline(prefix: &str) -> bool {
    let words: Vec<&str> = prefix.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || prefix.len() > 60 {
        return false;
    }
    // (a stop may close the place, as Kazakh and Russian agencies print it: "ALMATY. KAZINFORM")
    let first = words[0].trim_end_matches([',', '.']);
    // (or a place of short words all in capitals: "ST. LOUIS"; not a credit's "FOTO/IST")
    let letters = prefix.chars().filter(|c| c.is_alphabetic()).count();
    let shouting = first.chars().count() >= 3 && first.chars().all(|c| c.is_uppercase())
        || words.len() <= 3
            && letters >= 4
            && !prefix.contains(|c: char| c.is_lowercase() || c == '/')
            && words.iter().all(|w| w.starts_with(char::is_uppercase));
    // the date in brackets after a dateline: "Duniaindustri.com (Maret 2024)"
    if let Some((head, _)) = prefix
        .strip_suffix(')')
        .and_then(|p| p.rsplit_once(" ("))
        .filter(|(head, date)| !head.is_empty() && is_bare_date(date))
    {
        return looks_like_dateline(head);
    }
    // the site's domain glued to the place by a hyphen: "Agrofarm.co.id-Temanggung"
    let glued_domain = words.len() == 1
        && words[0].split_once('-').is_some_and(|(domain, place)| {
            signs_with_domain(domain) && capitalized_words(place, 1..=1)
        });
    if glued_domain {
        return true;
    }
    // "KOMPAS.com", "Liputan6.com": a news site's name alone, or after the place:
    // "Cianjur, tvOnenews.com"
    let domain = |w: &str| signs_with_domain(w.trim_end_matches(','));
    // "(ANTARA)", "(Reuters)", "(VOA)": a news agency in parentheses, or the site's domain as
    // some sites sign their own: "Lamongan (beritajatim.com) –"
    let agency = words.iter().any(|w| {
        let inner = w.strip_prefix('(').and_then(|w| w.strip_suffix(')'));
        inner.is_some_and(|inner| {
            inner.len() > 1 && (inner.starts_with(|c: char| c.is_uppercase()) || domain(inner))
        })
    }) || outlet_of_words_in_brackets(prefix)
        || site_in_lower_case_brackets(&words);
    let capitalized = prefix.contains(',')
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    // the site's domain and then its name or the place in capitalized words: "RM.id Rakyat
    // Merdeka -"
    let site = words.len() <= 2 && domain(first)
        || words.len() <= 4
            && domain(first)
            && words[1..].iter().all(|w| w.starts_with(char::is_uppercase))
        || words.len() <= 3
            && words.last().is_some_and(|w| domain(w))
            && words[..words.len() - 1]
                .iter()
                .all(|w| w.starts_with(char::is_uppercase));
    // "Hong Kong CNN", "Nairobi, Kenya AP": a place and a news outlet that signs its datelines
    let outlet = words.len() >= 2
        && words.iter().all(|w| w.starts_with(char::is_uppercase))
        && words
            .last()
            .is_some_and(|w| DATELINE_OUTLETS.contains(&w.trim_end_matches(',')));
    // "Jakarta, 7 Mei 2024": a place and the day, as a press office dates its release
    // (the place may name its region after a comma: "Neiafu, Vava'u, 13 November")
    let dated = [prefix.split_once(", "), prefix.rsplit_once(", ")]
        .into_iter()
        .flatten()
        .any(|(place, date)| {
            capitalized_words(&place.replace(',', ""), 1..=3)
                && is_bare_date(date.trim_end_matches(','))
        });
    shouting || agency || capitalized || site || outlet || dated
}

/// A place of capitalized words and the site's name in lower case, one word in brackets,
/// closing a dateline: "Lombok Tengah (mataramkini)" (a word of the sentence in brackets is
/// rarely so long and never closes a place before a dash).
fn site_in_lower_case_brackets(words: &[&str]) -> bool {
    const MIN_NAME: usize = 5;
    let Some((last, place)) = words.split_last() else {
        return false;
    };
    let name = last.strip_prefix('(').and_then(|w| w.strip_suffix(')'));
    (1..=3).contains(&place.len())
        && place.iter().all(|w| w.starts_with(char::is_uppercase))
        && name.is_some_and(|name| {
            name.len() >= MIN_NAME
                && name
                    .bytes()
                    .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit())
        })
}

/// A place and an outlet of two or three capitalized words in brackets closing `prefix`:
/// "Denpasar (Bisnis Bali)", "Palu (Radar Sulteng)".
fn outlet_of_words_in_brackets(prefix: &str) -> bool {
    let Some((place, outlet)) = prefix.strip_suffix(')').and_then(|p| p.split_once(" (")) else {
        return false;
    };
    capitalized_words(outlet, 2..=3) && !place.trim().is_empty()
}

/// Whether `line`, a photo's label in capitals and a scene from `at`, is a gallery's headline
/// rather than a caption: "PICTURES: Hundreds line the streets as Newcastle West welcomes home
/// county champions", as sites print the headline of a story told in photos. The label is
/// shouted, and the rest has a headline's length and no final stop; a caption after "Foto:"
/// is a sentence ("Foto: Petugas memeriksa … (27/3/2024).").
fn is_labelled_headline(line: &str, at: usize) -> bool {
    let label = line[..at].trim_end().trim_end_matches(':');
    let rest = line[at..].trim_end();
    label.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && !label.contains(char::is_lowercase)
        && !rest.ends_with(['.', ')'])
        && rest.split_whitespace().nth(MAX_HEADLINE_WORDS).is_none()
}

/// News outlets that sign a dateline after the place name: "Hong Kong CNN — …".
const DATELINE_OUTLETS: &[&str] = &[
    "CNN", "AP", "AFP", "VOA", "BBC", "Reuters", "ANTARA", "Bernama",
];

/// The labels of a teaser for the page's video or podcast ([`mark_clutter`]).
const MEDIA_LABELS: &[&str] = &[
    "watch:",
    "video:",
    "listen:",
    "podcast:",
    "tonton:",
    "saksikan:",
    "dengarkan:",
];

/// Items of a list the story holds, at least ([`story_list_items`]).
const MIN_STORY_LIST_ITEMS: usize = 2;

/// The items of the story's own lists that no line introduces: a run of open items ("- 38
/// vendor stalls, up from 26 before the renovation" / "- A demonstration kitchen …") between
/// two paragraphs of the story, perhaps under a subheading ("What's inside the new winter
/// hall"), the story going on under the run. A list of other stories has its heading, and
/// its items are headlines in capitals; these items are in sentence case.
fn story_list_items(text: &str, drafts: &[Draft]) -> Vec<usize> {
    let open_item = |d: &Draft| {
        let line = d.block.span.of(text);
        d.block.kind == BlockKind::Paragraph
            && !d.settled
            && is_item(text, d)
            && !is_boilerplate(line)
            && !mostly_capitalized(line)
    };
    let mut found = Vec::new();
    let mut k = 0;
    while k < drafts.len() {
        if !open_item(&drafts[k]) {
            k += 1;
            continue;
        }
        let start = k;
        while k < drafts.len() && open_item(&drafts[k]) {
            k += 1;
        }
        // the story over the run, perhaps past one short line (its subheading), and under it
        let over = start >= 1
            && (is_story_paragraph(&drafts[start - 1])
                || start >= 2
                    && is_story_paragraph(&drafts[start - 2])
                    && !drafts[start - 1].prose
                    && drafts[start - 1]
                        .block
                        .span
                        .of(text)
                        .split_whitespace()
                        .nth(SUBHEADING_WORDS)
                        .is_none()
                    && !is_list_heading(drafts[start - 1].block.span.of(text)));
        // (past a photo that stands under the list)
        let under = drafts[k..]
            .iter()
            .find(|d| !matches!(d.block.kind, BlockKind::Caption | BlockKind::Credit))
            .is_some_and(is_story_paragraph);
        if k - start >= MIN_STORY_LIST_ITEMS && over && under {
            found.extend(start..k);
        }
    }
    found
}

/// Whether the first word of `line` is two letters or more in capitals: a label ("WATCH |
/// …", "BREAKING: …"), or a dateline's place.
fn opens_shouted(line: &str) -> bool {
    line.split_whitespace().next().is_some_and(|first| {
        let letters = first.chars().filter(|c| c.is_alphabetic());
        letters.clone().count() >= 2 && letters.clone().all(char::is_uppercase)
    })
}

/// Words of an item of the story's list that lost its mark, at most ([`is_unmarked_item`]).
const MAX_UNMARKED_ITEM_WORDS: usize = 25;

/// Whether `line`, under a sentence of the story that introduces a list, reads as one of its
/// items that a scraper left without its bullet: in sentence case, of an item's length, no
/// question, no line the tables know as clutter ("Advertisement", "READ ALSO: …") and no
/// prompt of the page.
fn is_unmarked_item(line: &str, lang: Lang) -> bool {
    line.starts_with(char::is_uppercase)
        && !mostly_capitalized(line)
        && !line.ends_with('?')
        && !line.ends_with(':')
        && line
            .split_whitespace()
            .nth(MAX_UNMARKED_ITEM_WORDS)
            .is_none()
        && !is_boilerplate(line)
        && !prompt::is_prompt(line, lang)
}

/// Whether most of the words of `line` after its first are capitalized, as a headline's in
/// title case are ("Boca Raton Weighs New Fees …"); an item of the story's list is in sentence
/// case.
fn mostly_capitalized(line: &str) -> bool {
    let (mut words, mut capitals) = (0, 0);
    for word in line.split_whitespace().skip(1) {
        if word.starts_with(char::is_alphabetic) {
            words += 1;
            capitals += usize::from(word.starts_with(char::is_uppercase));
        }
    }
    words > 0 && 2 * capitals > words
}

/// What is left open and is not running text is page clutter: a line that is not prose, or,
/// after the title, a headline-shaped line without a final stop (the headlines of a "related"
/// list, an in-body subheading). A list item after a line that introduces it ("Berikut daftar
/// harga:" then "- Bawang merah Rp 42.000 per kg") is body text whatever its shape.
fn mark_clutter(text: &str, lang: Lang, title: Option<usize>, drafts: &mut Vec<Draft>) {
    let mut in_list = false;
    // in a list a sentence of the story introduced, whose items may have lost their marks
    let mut in_told_list = false;
    // sentences a sign the tables do not know closes, and where the sign begins
    let mut signs: Vec<(usize, usize)> = Vec::new();
    // an interview: a question on a line of its own asks "you" something and the next line
    // answers in the first person ("Apa temuan utama riset Anda?" / "Kami menemukan …"); then
    // the page's other questions are the interviewer's too. An explainer asks its reader
    // ("Apa yang harus Anda lakukan?") and answers in no one's voice.
    let interview = drafts.windows(2).any(|pair| {
        let (question, answer) = (pair[0].block.span.of(text), pair[1].block.span.of(text));
        pair.iter().all(|d| d.block.kind == BlockKind::Paragraph)
            && question.ends_with('?')
            && question
                .split_whitespace()
                .nth(QUESTION_SUBHEADING_WORDS)
                .is_none()
            && is_addressed(question)
            && answer.split_whitespace().any(|w| {
                let w = prose::word_of(w);
                FIRST_PERSON.iter().any(|p| w.eq_ignore_ascii_case(p))
            })
    });
    let inside = story_list_items(text, drafts);
    for k in 0..drafts.len() {
        let d = &drafts[k];
        let line = d.block.span.of(text);
        let open = d.block.kind == BlockKind::Paragraph && !d.settled;
        let item = is_item(text, d);
        // (an item a scraper left without its mark, under a sentence of the story that
        // introduced the list: "The city says homeowners affected by the flooding should:" /
        // "Take photos of any damage before cleaning up;" / "Contact their home insurer …")
        let unmarked = in_told_list && open && !item && is_unmarked_item(line, lang);
        let listed = in_list && (item || open && is_labelled_value(line) && !is_contact(line))
            || unmarked
            || inside.contains(&k);
        // a word or two before the colon are a widget's label ("Bagikan:", "Tags :", "Print
        // Options:"), not a line introducing a list
        let label = line.strip_suffix(':').map(str::trim_end);
        // and one whose items are the page's tags introduces none, unless it opens as the
        // story's lists do ("Berikut barang yang terbakar:" / "1. Kardus" / "2. Kain")
        // (a label as long as a sentence introduces the story's list whatever its items:
        // "Wilayah yang perlu mewaspadai hujan lebat antara lain:" / "- Jawa Barat")
        let label_over =
            |words: usize| label.is_some_and(|label| label.split_whitespace().nth(words).is_some());
        // (or one that ends on a verb of listing, a sentence's own end: "Affected areas
        // include:" / "- Upper Machananao" / "- Ukudu")
        let listing = label_over(1)
            && label
                .and_then(|label| label.split_whitespace().next_back())
                .is_some_and(|last| LISTING_VERBS.iter().any(|v| last.eq_ignore_ascii_case(v)));
        let intro = open
            && (label_over(2)
                && (label_over(MAX_TAG_LABEL_WORDS) || !lists_tags(text, &drafts[k + 1..]))
                || listing
                || opens_a_list(line));
        in_list = intro || listed;
        // (the list ends at an item with a sentence's stop, or at a line that is none)
        // (and a label shouted before the sentence, on its line or opening it, is a teaser's:
        // "WATCH | Elders pass on gardening knowledge in Fort Simpson:" over a video's title)
        let whole_line = k == 0 || drafts[k - 1].line != d.line;
        let told = intro
            && d.prose
            && label_over(MAX_TAG_LABEL_WORDS)
            && whole_line
            && !opens_shouted(line);
        in_told_list = told || unmarked && !ends_with_stop(line);
        if !open {
            continue;
        }
        // a short line introducing a list is the story's when the list follows it: "Infografis
        // gempa dari BMKG:" then "Magnitudo: 5,6"
        let introduces = intro
            && drafts.get(k + 1).is_some_and(|next| {
                let next_line = next.block.span.of(text);
                next.block.kind == BlockKind::Paragraph
                    && !next.settled
                    && (is_item(text, next) || is_labelled_value(next_line))
                    && !is_contact(next_line)
                    && !is_boilerplate(next_line)
            });
        if introduces {
            continue;
        }
        // the author's role under the byline, above the story: "Peneliti kebijakan
        // transportasi di sebuah lembaga kajian di Yogyakarta."
        // (a byline of the name alone is page clutter to the passes so far)
        let under_byline = k.checked_sub(1).is_some_and(|j| {
            let above = &drafts[j];
            bylined_at(drafts, j)
                || above.block.kind == BlockKind::Boilerplate
                    && capitalized_words(above.block.span.of(text), 2..=4)
        });
        // (a caption may open with a role too, "A journalist records a protest in Jayapura,
        // Papua province, Indonesia, Aug. 19, 2023.": it ends with the photo's place and date)
        if under_byline
            && title.is_some_and(|t| k > t && nothing_open_between(drafts, t, k))
            && bio::opens_with_role(line)
            && !ends_with_caption_date(line)
        {
            drafts[k].block.kind = BlockKind::Meta;
            continue;
        }
        // a listicle's numbered heading may follow the line that introduces the list:
        // "Berikut fakta-fakta kebakaran tersebut:" then "1. Api diduga berasal dari …"
        if title.is_some_and(|t| k > t) && is_subheading(text, drafts, k, interview) {
            drafts[k].block.kind = BlockKind::Meta;
            continue;
        }
        if listed {
            continue;
        }
        // after the title, a teaser for the page's video or podcast opens with its medium's
        // label: "Watch: Doctors explain how to recognise …", "Tonton: …" (on a video page the
        // label opens the headline, which is chosen before)
        if title.is_some_and(|t| k > t)
            && MEDIA_LABELS
                .iter()
                .any(|label| starts_with_ignore_case(line, label))
        {
            drafts[k].block.kind = BlockKind::Boilerplate;
            continue;
        }
        // above the headline only a lead photo's caption is the story's: a line there without a
        // stop is the site's slogan or a menu ("Akademisi yang kompeten, jurnalis yang
        // berpengalaman")
        if title.is_some_and(|t| k < t) && !ends_with_stop(line) {
            drafts[k].block.kind = BlockKind::Boilerplate;
            continue;
        }
        let deck =
            || is_deck(text, drafts, title, k) || is_unstopped_deck(text, lang, drafts, title, k);
        let headline = title.is_some_and(|t| k > t)
            && looks_like_title(line)
            && !is_cut_off(line)
            && !line.ends_with(['?', '!', '…', '"', '”', '\'', '’'])
            && !item
            && !deck();
        let clutter = !d.prose && !short_sentence_in_body(text, lang, drafts, k) && !deck();
        // (someone's words reported are the story's, however the detector reads them and
        // whatever closes the line: "\"Setiap tahun sama, kemarau beli air, hujan lupa. Kami
        // ingin …,\" katanya. (Yos)-f"; and so is a sentence that a sign the tables do not
        // know closes: "… guru dari SMK lain di Sidoarjo. [kus.why]", "… availability of
        // transport. ….. PACNEWS")
        let signed = || {
            closing_sign(line).filter(|&at| {
                let sentence = line[..at].trim_end();
                title.is_some_and(|t| k > t)
                    && sentence.split_whitespace().nth(BODY_WORDS - 1).is_some()
                    && prose::is_prose(sentence, lang)
            })
        };
        // (nor is a line whose verb of saying opens the quotation under it: "A Sunderland City
        // Council spokesperson said:" / "\"The charges were introduced …")
        let opens_quotation = || {
            line.ends_with(':')
                && bio::says(line.rsplit(' ').next().unwrap_or_default())
                && drafts
                    .get(k + 1)
                    .is_some_and(|n| n.block.span.of(text).starts_with(['"', '“']))
        };
        if (clutter || headline) && !reports_speech(line) && !opens_quotation() {
            match signed() {
                Some(at) => signs.push((k, at)),
                None => drafts[k].block.kind = BlockKind::Boilerplate,
            }
        }
    }
    // the signs parted from their sentences, from the last: each is meta on its line
    for (k, at) in signs.into_iter().rev() {
        split_off_meta(text, drafts, k, at, Side::Tail);
    }
}

/// Which part of a draft [`split_off_meta`] makes meta.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Side {
    /// what comes before the offset: an opening dateline ("JAKARTA, KOMPAS.com -")
    Head,
    /// what comes from the offset on: a closing sign ("[kus.why]")
    Tail,
}

/// Parts draft `k` at byte `at` of its span: the part on `side` becomes a meta draft of its
/// own on the same line ([`split_off`]). Gives the meta draft's index.
fn split_off_meta(text: &str, drafts: &mut Vec<Draft>, k: usize, at: usize, side: Side) -> usize {
    split_off(text, drafts, k, at, side, BlockKind::Meta)
}

/// Parts draft `k` at byte `at` of its span: the part on `side` becomes a settled draft of
/// `kind` of its own on the same line, inserted beside it (at the line's place in the page's
/// spacing when it comes first), and draft `k` keeps the rest, to be read again by what asks
/// whether it speaks of the page. Gives the new draft's index.
fn split_off(
    text: &str,
    drafts: &mut Vec<Draft>,
    k: usize,
    at: usize,
    side: Side,
    kind: BlockKind,
) -> usize {
    let span = drafts[k].block.span;
    let (head, tail) = (
        Span::new(span.start, span.start + at),
        Span::new(span.start + at, span.end),
    );
    let (kept, part) = match side {
        Side::Head => (tail, head),
        Side::Tail => (head, tail),
    };
    drafts[k].block.span = trimmed(text, kept);
    drafts[k].speaks = None;
    let mut part = draft(kind, trimmed(text, part), false, true);
    part.line = drafts[k].line;
    part.gap_before = side == Side::Head && drafts[k].gap_before;
    let at = match side {
        Side::Head => k,
        Side::Tail => k + 1,
    };
    drafts.insert(at, part);
    at
}

/// A story told in sections under short headings ("The News" / "Know More" / "The View From
/// Jakarta"): lines the passes left as clutter of at most [`SECTION_HEADING_WORDS`] words
/// without a stop, each between two paragraphs of running text, when the page has
/// [`MIN_SECTIONS`] of them at least. One such line alone may be a link to another story or
/// the heading of the page's notes, which ends the story; several, each followed by its
/// section, are the story's (a subheading already taken as meta, a question, counts among them).
fn section_headings(text: &str, blocks: &[Block]) -> Vec<usize> {
    let running = |j: usize| {
        blocks.get(j).is_some_and(|b| {
            let line = b.span.of(text);
            b.kind == BlockKind::Paragraph
                && b.duplicate_of.is_none()
                && ends_with_stop(line)
                && line.split_whitespace().nth(BODY_WORDS - 1).is_some()
        })
    };
    let headings: Vec<usize> = (1..blocks.len().saturating_sub(1))
        .filter(|&k| {
            let line = blocks[k].span.of(text);
            blocks[k].kind == BlockKind::Boilerplate
                && blocks[k - 1].kind == BlockKind::Paragraph
                && blocks[k + 1].kind == BlockKind::Paragraph
                && line.split_whitespace().nth(SECTION_HEADING_WORDS).is_none()
                && line.starts_with(char::is_uppercase)
                && !ends_with_stop(line)
                && !line.contains([':', '|', '/'])
                && !is_boilerplate(line)
                && !is_list_heading(line)
                && !is_about_heading(line)
                && running(k - 1)
                && running(k + 1)
        })
        .collect();
    // a subheading the passes already took (a short question, "What changed?") between two
    // paragraphs counts as one of the story's sections too
    let taken = || {
        (1..blocks.len().saturating_sub(1))
            .filter(|&k| {
                blocks[k].kind == BlockKind::Meta
                    && blocks[k]
                        .span
                        .of(text)
                        .split_whitespace()
                        .nth(SECTION_HEADING_WORDS)
                        .is_none()
                    && running(k - 1)
                    && running(k + 1)
            })
            .count()
    };
    if !headings.is_empty() && headings.len() + taken() >= MIN_SECTIONS {
        headings
    } else {
        Vec::new()
    }
}

/// Words of a section's heading inside a story, at most.
const SECTION_HEADING_WORDS: usize = 5;
/// Section headings a story told in sections has, at least.
const MIN_SECTIONS: usize = 2;

/// Words no headline or label ends with: a line ending in one is running text cut off,
/// as an advertisement cuts a paragraph in two ("… waktu tunggu penumpang yang" / "ADVERTISEMENT"
/// / "selama ini dikeluhkan …"; "… and forced the" / "Advertisement" / "evacuation of …").
const CUT_ENDINGS: &[&str] = &[
    "yang", "dan", "di", "ke", "dari", "dengan", "pada", "bahwa", "serta", "para", "oleh", "the",
    "a", "an", "and", "of", "that", "which", "whose",
];

fn is_cut_off(line: &str) -> bool {
    line.split_whitespace()
        .next_back()
        .is_some_and(|last| CUT_ENDINGS.iter().any(|w| last.eq_ignore_ascii_case(w)))
}

/// The standfirst under the headline, printed without a final stop: the first line below the
/// title (only settled lines between), running text of [`DECK_WORDS`] words or more ("Officials
/// say the toll is expected to rise as rescuers search the rubble"). It is the story's text,
/// not another headline.
fn is_deck(text: &str, drafts: &[Draft], title: Option<usize>, k: usize) -> bool {
    let Some(t) = title.filter(|&t| t < k) else {
        return false;
    };
    let words = drafts[k].block.span.of(text).split_whitespace().count();
    drafts[k].prose
        && words >= DECK_WORDS
        && nothing_open_between(drafts, t, k)
        && !opens_with_label(drafts[k].block.span.of(text))
}

/// Whether no line of the story's text stands between the title `t` and `k`: every line
/// between is settled or already taken for clutter (a share button, a short link).
fn nothing_open_between(drafts: &[Draft], t: usize, k: usize) -> bool {
    drafts[t + 1..k]
        .iter()
        .all(|d| d.settled || d.block.kind != BlockKind::Paragraph)
}

/// Whether `line` opens with a one-word label: "Video: Drone footage shows …", "Watch: …", a
/// teaser's shape, never a standfirst's.
fn opens_with_label(line: &str) -> bool {
    line.split_whitespace()
        .next()
        .is_some_and(|w| w.len() > 1 && w.ends_with(':'))
}

/// A standfirst is at least this long; a related headline is usually shorter.
const DECK_WORDS: usize = 12;

/// A standfirst printed without a final stop, which the prose detector alone would take for
/// clutter: the first line under the title (only settled lines between) that is prose but for
/// its missing stop, of [`DECK_WORDS`] words or more ("Authorities raised the alert to the
/// highest level after ash columns reached 2km"), or of [`UNSTOPPED_DECK_WORDS`] when the byline,
/// the date or the lead photo follows it ("Industry parks weigh solar and gas as Jakarta
/// tightens emissions rules").
fn is_unstopped_deck(
    text: &str,
    lang: Lang,
    drafts: &[Draft],
    title: Option<usize>,
    k: usize,
) -> bool {
    let Some(t) = title.filter(|&t| t < k) else {
        return false;
    };
    let line = drafts[k].block.span.of(text);
    let words = line.split_whitespace().count();
    // a shorter one stands where a standfirst stands, between the headline and the byline or
    // the lead photo
    let settled_meta = |j: usize| {
        drafts.get(j).is_some_and(|d| {
            matches!(
                d.block.kind,
                BlockKind::Meta | BlockKind::Caption | BlockKind::Credit
            )
        })
    };
    // a byline may be the writer's name alone, over the date ("Nadia Farouk" / "Mar 28, 2024")
    let bare_name = || {
        drafts.get(k + 1).is_some_and(|d| {
            let name = d.block.span.of(text);
            capitalized_words(name, 2..=3) && !name.contains(|c: char| c.is_ascii_digit())
        }) && settled_meta(k + 2)
    };
    let above_byline = settled_meta(k + 1) || bare_name();
    // a summary in bullet points stands there as several such lines, one right under the
    // other: the open lines right above may be standfirsts of the same shape
    let deck_shaped = |d: &Draft| {
        let above = d.block.span.of(text);
        !d.settled
            && d.block.kind == BlockKind::Paragraph
            && above.split_whitespace().nth(DECK_WORDS - 1).is_some()
            && !ends_with_stop(above)
            && prose::is_prose_but_for_its_stop(above, lang)
    };
    let decks_above = || {
        let bullets = drafts[t + 1..k]
            .iter()
            .rev()
            .take_while(|d| deck_shaped(d))
            .count();
        nothing_open_between(drafts, t, k - bullets)
    };
    (words >= DECK_WORDS || words >= UNSTOPPED_DECK_WORDS && above_byline)
        && !line.ends_with(':')
        && !opens_with_label(line)
        && decks_above()
        && prose::is_prose_but_for_its_stop(line, lang)
}

/// An unstopped standfirst above the byline or the lead photo is at least this long.
const UNSTOPPED_DECK_WORDS: usize = 8;

/// Whether `line` ends a sentence: a terminator, perhaps inside closing quotation marks.
fn ends_with_stop(line: &str) -> bool {
    // an end mark of asterisks after the stop: "… daerah.***", "… 2024.*"
    line.trim_end_matches('*')
        .trim_end_matches(sentences::rules::is_closer)
        .ends_with(sentences::rules::is_terminator)
}

/// An in-body subheading, between two paragraphs of prose: a numbered line of a listicle, each
/// number followed by its own paragraphs ("1. Api diduga berasal dari korsleting listrik", not
/// a list whose items follow each other), or a short question without a speaker's label ("Apa
/// itu aturan antideforestasi Eropa?", not "VOA: Apa rencana Anda?").
fn is_subheading(text: &str, drafts: &[Draft], k: usize, interview: bool) -> bool {
    let line = drafts[k].block.span.of(text);
    // the paragraphs around it, past the page's clutter in between ("Baca Juga: …") and a
    // photo under the heading
    let around = |j: Option<usize>| {
        j.and_then(|j| drafts.get(j)).filter(|d| {
            !matches!(
                d.block.kind,
                BlockKind::Boilerplate | BlockKind::Meta | BlockKind::Caption | BlockKind::Credit
            )
        })
    };
    let prose_paragraph = |d: Option<&Draft>, intro: bool| {
        d.is_some_and(|d| {
            let line = d.block.span.of(text);
            let words = line.split_whitespace().count();
            d.block.kind == BlockKind::Paragraph
                && (d.prose && words >= BODY_WORDS || intro && line.ends_with(':'))
        })
    };
    let words = line.split_whitespace().count();
    if words > SUBHEADING_WORDS || line.contains(':') || line.ends_with('.') {
        return false;
    }
    let before = (0..k).rev().find_map(|j| around(Some(j)));
    let after = (k + 1..drafts.len()).find_map(|j| around(Some(j)));
    let numbered = line
        .split_once(". ")
        .is_some_and(|(n, _)| (1..=2).contains(&n.len()) && n.bytes().all(|b| b.is_ascii_digit()));
    if !prose_paragraph(before, numbered) || !prose_paragraph(after, false) {
        return false;
    }
    // an interviewer's question speaks to someone: "Bagaimana Anda memilih pemain?", and in an
    // interview every question is the interviewer's
    let question = line.ends_with('?')
        && words <= QUESTION_SUBHEADING_WORDS
        && line.starts_with(char::is_uppercase)
        && !interview
        && !is_addressed(line);
    // "1. Undang-Undang Nomor 46 …;" then "2. Undang-Undang Nomor 48 …": a list, not a heading
    let list = after.is_some_and(|d| is_item(text, d));
    (numbered && !list) || question || is_quoted_heading(line)
}

/// Whether `line` is a few words quoted whole with no stop, as a subheading that quotes the
/// section under it is printed: "'Where would we park?'", "‘Like shoveling wet cement’", "\"A
/// house with no water\"". A quoted sentence standing as a paragraph ends on its stop ("\"It is
/// only by good fortune that nobody was killed.\"") or an exclamation ("\"Jubilee!\""), and one
/// that speaks to someone or runs on past a comma is speech ("\"I don't think that's
/// uncommon, do you?\"").
fn is_quoted_heading(line: &str) -> bool {
    /// words of a quoted subheading, at most
    const QUOTED_HEADING_WORDS: usize = 8;
    const QUOTES: &[(char, char)] = &[('\'', '\''), ('"', '"'), ('‘', '’'), ('“', '”')];
    QUOTES.iter().any(|&(open, close)| {
        line.strip_prefix(open)
            .and_then(|rest| rest.strip_suffix(close))
            .is_some_and(|inner| {
                inner.starts_with(char::is_uppercase)
                    && !inner.contains([open, close, ','])
                    && !inner.ends_with(['.', '!', ';', ':'])
                    && !is_addressed(inner)
                    && inner.split_whitespace().nth(QUOTED_HEADING_WORDS).is_none()
            })
    })
}

/// Words of a question put to someone, which an interview's questions hold and a subheading
/// does not: "Apakah Anda khawatir pasar jenuh?", "What do you make of it?"
const INTERVIEW_WORDS: &[&str] = &["anda", "kamu", "kau", "engkau", "you", "your"];

/// The speaker's own words, with which an interview's answer speaks: "Kami menemukan …".
const FIRST_PERSON: &[&str] = &["saya", "kami", "aku", "i", "we", "my", "our"];

/// Whether `line` speaks to someone with a word of [`INTERVIEW_WORDS`].
fn is_addressed(line: &str) -> bool {
    line.split_whitespace().any(|w| {
        let w = prose::word_of(w);
        INTERVIEW_WORDS.iter().any(|a| w.eq_ignore_ascii_case(a))
    })
}

/// The longest in-body subheading, in words.
const SUBHEADING_WORDS: usize = 12;
/// The longest question taken for a subheading, in words.
const QUESTION_SUBHEADING_WORDS: usize = 8;

/// Headings of the page's lists of other articles: known clutter, but unlike an advertisement
/// inside the story they end a run of its paragraphs ("Berita terkait" then "Uni Eropa tunda
/// penerapan aturan antideforestasi, apa dampaknya bagi Indonesia?" is a link, not the story's
/// last paragraph).
const LIST_HEADINGS: &[&str] = &[
    "berita terkait",
    "artikel terkait",
    "topik terkait",
    "berita lainnya",
    "baca juga",
    "lihat juga",
    "terpopuler",
    "paling banyak dibaca",
    "pilihan editor",
    "rekomendasi",
    "related",
    "related stories",
    "related articles",
    "more stories",
    "more on this story",
    "most read",
    "most viewed",
    // a bar of other stories over the headline: "Trending Now" / "Escom warns of longer …"
    "trending",
    "trending now",
    // "Popular This Week" / "Guanacaste Hotels Report Record February" / …
    "popular",
    "most popular",
    "populer",
    "you may also like",
    "read more",
    // a blog's sidebar over the headline: "Recent Posts" / "Regatta organisers expect …" / …
    "recent posts",
    "latest posts",
    "latest news",
    "latest stories",
    "berita terbaru",
    "artikel terbaru",
];

/// An order to the reader in capitals, as a site prints its in-story promotion: "CLICK HERE
/// TO GET THE FOX NEWS APP".
fn is_shouted_order(line: &str) -> bool {
    !line.chars().any(char::is_lowercase) && prompt::opens_with_order(line)
}

/// The words that open a heading of the page's notes on itself or its people: "About Us",
/// "About the Author", "About Nusantara Solar", "Tentang Penulis", "Media contact".
const ABOUT_HEADINGS: &[&str] = &["about ", "tentang ", "media contact", "kontak media"];

/// A heading of the page's notes: a word of [`ABOUT_HEADINGS`] and at most a few more, with no
/// stop ("About the dam's history, officials said little." is a sentence), capitalized as a
/// heading is: "about sleep and health" under "Read more" ends a label a widget broke in two.
fn is_about_heading(line: &str) -> bool {
    const MOST_WORDS: usize = 5;
    let line = line.trim_end_matches(':');
    if is_comments_heading(line) {
        return true;
    }
    line.starts_with(char::is_uppercase)
        && ABOUT_HEADINGS
            .iter()
            .any(|h| starts_with_ignore_case(line, h))
        && line.split_whitespace().nth(MOST_WORDS).is_none()
        && !ends_with_stop(line)
        && !line.contains(',')
}

/// Headings of the readers' comments under a story, matched as the whole line ignoring case
/// and a count after them: "Comments", "Komentar (3)", "Forum" (VOA's).
const COMMENTS_HEADINGS: &[&str] = &["comments", "komentar", "komentar pembaca", "forum"];

/// Whether `line` is a heading of [`COMMENTS_HEADINGS`]: what follows it is the readers', not
/// the story's.
fn is_comments_heading(line: &str) -> bool {
    let line = match line.strip_suffix(')').and_then(|l| l.rsplit_once(" (")) {
        Some((heading, count)) if count.bytes().all(|b| b.is_ascii_digit()) => heading,
        _ => line,
    }
    .trim();
    COMMENTS_HEADINGS
        .iter()
        .any(|h| line.eq_ignore_ascii_case(h))
}

/// Whether `line` is a list's heading or opens with one and a few words more: "Terpopuler
/// Pekan Ini", "Berita Terkait Lainnya".
fn opens_with_list_heading(line: &str) -> bool {
    const MORE_WORDS: usize = 2;
    let line = line.trim().trim_end_matches(':');
    // (a heading is ASCII: its length after a match is a char boundary of the line)
    LIST_HEADINGS.iter().any(|h| {
        starts_with_ignore_case(line, h)
            && (line.len() == h.len()
                || line[h.len()..].starts_with(' ')
                    && line[h.len()..].split_whitespace().nth(MORE_WORDS).is_none())
    })
}

/// Labels of a ticker of other stories, beside [`LIST_HEADINGS`]: "Breaking News: …".
const TICKER_LABELS: &[&str] = &["breaking news", "breaking", "latest", "terkini"];

/// Whether `line` is an item of a list or a ticker printed after its heading and a colon:
/// "Trending Now: Carnival Queen show moves to Windsor Park", "Breaking News: …". No headline
/// opens with a list's heading.
fn is_ticker_item(line: &str) -> bool {
    line.split_once(": ").is_some_and(|(label, item)| {
        !item.is_empty()
            && (is_list_heading(label)
                || TICKER_LABELS
                    .iter()
                    .any(|t| label.trim().eq_ignore_ascii_case(t)))
    })
}

pub(super) fn is_list_heading(line: &str) -> bool {
    let line = line.trim().trim_end_matches(':');
    LIST_HEADINGS.iter().any(|h| line.eq_ignore_ascii_case(h))
}

/// Words an item of a list of other stories has at most, a headline's or a summary's.
const MAX_LISTED_WORDS: usize = 20;

/// Blocks between a list's heading and its items, at most.
const LIST_REACH: usize = 8;

/// A print of the headline among the page's clutter, with clutter on both sides, is an item of
/// a list (a most-read list under the story, a trending list or a breadcrumb above it), not a
/// repeat of the title: "TERPOPULER" / "Pedagang Pasar Wage …" / "Jembatan Gantung Cipawon
/// Putus …" / "Jadwal Lengkap Persibas …". A print right under the title or right after the
/// story's last paragraph stays the title's repeat.
fn mark_listed_prints_of_the_headline(blocks: &mut [Block]) {
    let Some(t) = blocks
        .iter()
        .position(|b| b.kind == BlockKind::Title && b.duplicate_of.is_none())
    else {
        return;
    };
    let clutter = |b: &Block| b.kind == BlockKind::Boilerplate;
    for k in 1..blocks.len().saturating_sub(1) {
        if blocks[k].kind == BlockKind::Title
            && blocks[k].duplicate_of == Some(t)
            && clutter(&blocks[k - 1])
            && clutter(&blocks[k + 1])
        {
            blocks[k].kind = BlockKind::Boilerplate;
        }
    }
}

/// A line of prose inside a list of other stories, on a line of its own under one of the
/// list's headlines and over the next (or the byline of the story it sums up), with the list's
/// heading above, is the list's: a headline written
/// as sentences ("Related Articles" / "Boca Raton weighs new fees …" / "King tides are back.
/// Here's where South Florida streets could flood this week." / "Pompano Beach residents sue
/// …"), or a summary under its headline and over its byline ("Read More" / … / "The Last Toll
/// Collector" / "On a quiet stretch of highway in Maine, a job that machines were supposed to
/// end years ago." / "By Felix Arden"). A list's item is a headline's length
/// ([`MAX_LISTED_WORDS`]); the story's paragraph after the list is longer.
fn mark_list_items(text: &str, blocks: &mut [Block]) {
    let clutter = |b: &Block| matches!(b.kind, BlockKind::Boilerplate | BlockKind::Meta);
    // a headline of the list: clutter the tables do not know ("Advertisement" they do)
    let headline = |b: &Block| {
        let line = b.span.of(text);
        b.kind == BlockKind::Boilerplate && looks_like_title(line) && !is_boilerplate(line)
    };
    for k in 1..blocks.len().saturating_sub(1) {
        let b = &blocks[k];
        if b.kind != BlockKind::Paragraph || b.duplicate_of.is_some() {
            continue;
        }
        let (above, below) = (&blocks[k - 1], &blocks[k + 1]);
        let apart = |from: usize, to: usize| text.get(from..to).is_some_and(|s| s.contains('\n'));
        let alone = apart(above.span.end, b.span.start) && apart(b.span.end, below.span.start);
        // under a headline of the list, and the list going on under it: its next headline, or
        // the byline of the story it sums up ("By Felix Arden"; "Editor: Hudono" closes the
        // story itself)
        let signed = || {
            let line = below.span.of(text);
            below.kind == BlockKind::Meta
                && ["by ", "oleh "]
                    .iter()
                    .any(|by| starts_with_ignore_case(line, by))
        };
        let listed = headline(above) && (headline(below) || signed());
        if !(alone && listed)
            || b.span
                .of(text)
                .split_whitespace()
                .nth(MAX_LISTED_WORDS)
                .is_some()
        {
            continue;
        }
        // the list's heading above: two of its lines at least between, or one and the list's
        // pattern going on under the line, another headline and its summary (a link under
        // "Baca juga:" alone is no list: the story's paragraph under it may stand over tags)
        let heading = blocks[..k]
            .iter()
            .rev()
            .take(LIST_REACH)
            .take_while(|b| clutter(b))
            .position(|b| is_list_heading(b.span.of(text)));
        let summed_again = || {
            blocks
                .get(k + 2)
                .is_some_and(|n| n.kind == BlockKind::Paragraph && headline(below))
        };
        if heading.is_some_and(|items| items >= 2 || items == 1 && summed_again()) {
            blocks[k].kind = BlockKind::Boilerplate;
        }
    }
}

/// The article ends with its last run of two or more body paragraphs (repeats left out). A
/// paragraph after that, alone between lines of clutter, is a prompt of the page, not news:
/// "Simak berita pilihan kami langsung dari ponselmu.", "Tell us what you think about our
/// coverage.", an author's bio. Clutter lines the tables know ("ADVERTISEMENT"), a shouted
/// order ("CLICK HERE TO GET THE FOX NEWS APP") and an embedded post (`embedded`) do not break
/// a run, so a paragraph between two advertisements inside the story stays, and so does one
/// the input's markup put in the story's body (`marked`).
fn mark_tail(text: &str, lang: Lang, blocks: &mut [Block], marked: &[bool], embedded: &[bool]) {
    for k in section_headings(text, blocks) {
        blocks[k].kind = BlockKind::Meta;
    }
    let paragraph = |b: &Block| b.kind == BlockKind::Paragraph && b.duplicate_of.is_none();
    // the blocks that can break a run: paragraphs, the title, and clutter the tables do not
    // know; captions, credits, meta and known clutter sit inside stories
    let kept: Vec<usize> = (0..blocks.len())
        .filter(|&k| {
            let b = &blocks[k];
            // (an icon glued to a paragraph after it marks a picture's teaser, which breaks a
            // run however often the page prints it: "Camera IconFremantle's new safety
            // ambassadors …"; glued to a caption inside the story it does not)
            let icon = b.kind == BlockKind::Boilerplate
                && b.span.of(text).ends_with(ICON)
                && text[b.span.end..].starts_with(char::is_uppercase)
                && blocks
                    .get(k + 1)
                    .is_some_and(|n| n.kind == BlockKind::Paragraph);
            icon || b.duplicate_of.is_none()
                && match b.kind {
                    BlockKind::Paragraph | BlockKind::Title => true,
                    BlockKind::Boilerplate => {
                        let line = b.span.of(text);
                        // clutter the tables do not know, and a list's heading, break the run;
                        // neither does when it is a widget printed inside the story with the
                        // story going on after it
                        // (nor does a gallery's counter: the gallery stands inside the story)
                        let known = is_boilerplate(line)
                            || is_shouted_order(line)
                            || embedded[k]
                            || gallery_counter(line).is_some();
                        (!known || is_list_heading(line)) && !story_goes_on(text, lang, blocks, k)
                            || is_about_heading(line)
                    }
                    _ => false,
                }
        })
        .collect();
    // the runs of two or more paragraphs, as the first and last block of each
    let mut runs: Vec<(usize, usize)> = Vec::new();
    for w in 0..kept.len() {
        // after the story, a heading of the page's notes ("About Us", "Tentang Penulis") opens
        // what is no longer the story, however many paragraphs it has
        if !runs.is_empty() && is_about_heading(blocks[kept[w]].span.of(text)) {
            break;
        }
        let here = paragraph(&blocks[kept[w]]);
        let next = kept.get(w + 1).is_some_and(|&k| paragraph(&blocks[k]));
        if here && next {
            match runs.last_mut() {
                Some(run) if run.1 == kept[w] => run.1 = kept[w + 1],
                _ => runs.push((kept[w], kept[w + 1])),
            }
        }
    }
    // a run under a list's heading, after a line that closed the run before it, is the list's
    // summaries of other stories ("By Jeong Yu-na, staff reporter" / "Related stories" / a
    // headline / "Mail carriers now check in on …"), not the story going on
    // (or whose paragraphs, short, mostly come each under a headline of the list: "Related
    // Stories" / "Mumbai: BMC to install 60 new flood sensors" / "The sensors will send alerts
    // …" / "Potholes: Civic body sets up WhatsApp helpline" / "Citizens can send photos …")
    while let [.., before, last] = runs[..] {
        if !lists_after_the_close(text, blocks, before.1, last.0)
            && !summaries_under_headlines(text, lang, blocks, before.1, last)
            && !unrelated_run(text, lang, blocks, before.1, last)
        {
            break;
        }
        runs.pop();
    }
    let Some(&(_, end)) = runs.last() else {
        return;
    };
    // a paragraph of the story's shape right above the story's closing line (its editor, the
    // desk's initials, "— With files from Reuters") is the story's, past whatever widget stood
    // before it ("Trending Now" / a headline / "Thousands of residents …" / "— With files …")
    for k in end + 1..blocks.len() {
        // blocks after `k` are not changed yet: its closing line is read as the passes left it
        let closed = || {
            blocks.get(k + 1).is_some_and(|next| {
                matches!(next.kind, BlockKind::Meta | BlockKind::Boilerplate)
                    && closes_the_story(next.span.of(text))
            }) && of_story_shape(text, lang, &blocks[k])
        };
        if paragraph(&blocks[k])
            && !marked[k]
            && !closed()
            && !last_paragraph(text, lang, blocks, end, k)
        {
            blocks[k].kind = BlockKind::Boilerplate;
        }
    }
}

/// Blocks between the story's last run and its last paragraph set apart, at most: a widget's
/// label and its line, a chart's title, an embedded post and its signature after a caption.
const LAST_PARAGRAPH_REACH: usize = 4;

/// Content words the story's last paragraph set apart shares with the story, at least.
const LAST_PARAGRAPH_SHARED: usize = 3;

/// Whether block `k`, the first paragraph after the story's last run ending at `end`, is the
/// story's own last paragraph that a widget set apart ("… urged people to stay away" after a
/// subheading, "Analysts expect prices to recover …" under a chart's title): within
/// [`LAST_PARAGRAPH_REACH`] blocks of the run and no list's heading between, of the story's
/// shape, and sharing [`LAST_PARAGRAPH_SHARED`] content words with the story's paragraphs. A
/// related story's summary comes under a list's heading, and a note of the page speaks of it.
fn last_paragraph(text: &str, lang: Lang, blocks: &[Block], end: usize, k: usize) -> bool {
    let first_after = !blocks[end + 1..k]
        .iter()
        .any(|b| b.kind == BlockKind::Paragraph);
    // a teaser comes under its picture's icon ("Camera Icon" / "Fremantle's new safety
    // ambassadors will start patrols next month.")
    let headed = blocks[k - 1].span.of(text).ends_with(ICON);
    if !(first_after
        && !headed
        && k - end <= LAST_PARAGRAPH_REACH
        && !blocks[end + 1..k]
            .iter()
            .any(|b| is_list_heading(b.span.of(text)))
        && of_story_shape(text, lang, &blocks[k]))
    {
        return false;
    }
    shared_with_story(text, lang, blocks, end, &[k]) >= LAST_PARAGRAPH_SHARED
}

/// How many content words the fewest-sharing of the blocks `ks` shares with the story's
/// paragraphs up to block `end`.
fn shared_with_story(text: &str, lang: Lang, blocks: &[Block], end: usize, ks: &[usize]) -> usize {
    let mut story: Vec<u64> = blocks[..=end]
        .iter()
        .filter(|b| b.kind == BlockKind::Paragraph && b.duplicate_of.is_none())
        .flat_map(|b| content_keys(b.span.of(text), lang))
        .collect();
    story.sort_unstable();
    ks.iter()
        .map(|&k| {
            distinct_content_keys(blocks[k].span.of(text), lang)
                .iter()
                .filter(|key| story.binary_search(key).is_ok())
                .count()
        })
        .min()
        .unwrap_or(0)
}

/// Whether the run of paragraphs `run`, set apart from the run ending at `end` by a line of
/// clutter, is the page's and not the story going on: none of its paragraphs shares a content
/// word with the story's paragraphs up to `end` (a comment box's rules under the tags, "Welcome
/// to the discussion." / "Keep it Clean. …" / "Be Truthful. Don't knowingly lie about anyone or
/// anything."; the story going on after an advertisement names what it told of). A story of
/// fewer than [`MIN_TOLD_PARAGRAPHS`] paragraphs has told too little for its next page to share
/// its words ("Pendaftaran dibuka …" / "Halaman 1 2 3" / "Calon peserta cukup menyerahkan …").
fn unrelated_run(
    text: &str,
    lang: Lang,
    blocks: &[Block],
    end: usize,
    run: (usize, usize),
) -> bool {
    let paragraph = |b: &&Block| b.kind == BlockKind::Paragraph && b.duplicate_of.is_none();
    let apart = blocks[end + 1..run.0]
        .iter()
        .any(|b| b.kind == BlockKind::Boilerplate);
    let told = blocks[..=end].iter().filter(paragraph).count();
    if !(apart && told >= MIN_TOLD_PARAGRAPHS) {
        return false;
    }
    // the run's words, then the story's until one of them is the run's (a story's last run
    // shares a word with its first paragraphs, which are read first)
    let mut said: Vec<u64> = blocks[run.0..=run.1]
        .iter()
        .filter(paragraph)
        .flat_map(|b| content_keys(b.span.of(text), lang))
        .collect();
    said.sort_unstable();
    !blocks[..=end]
        .iter()
        .filter(paragraph)
        .flat_map(|b| content_keys(b.span.of(text), lang))
        .any(|key| said.binary_search(&key).is_ok())
}

/// Paragraphs of the story, at least, for a run after it that shares none of its words to be
/// the page's ([`unrelated_run`]).
const MIN_TOLD_PARAGRAPHS: usize = 4;

/// Whether the blocks between the run of paragraphs ending at `end` and the one starting at
/// `start` hold a line that closes the story ([`closes_the_story`]) and, after it, a list's
/// heading ([`is_list_heading`]): what follows the heading is the page's list.
fn lists_after_the_close(text: &str, blocks: &[Block], end: usize, start: usize) -> bool {
    let between = &blocks[end + 1..start];
    between
        .iter()
        .position(|b| closes_the_story(b.span.of(text)))
        .is_some_and(|close| {
            between[close + 1..]
                .iter()
                .any(|b| is_list_heading(b.span.of(text)))
        })
}

/// Whether the run of paragraphs `run`, after a list's heading ([`is_list_heading`]) that
/// stands between it and the run ending at `end`, is the list's summaries of other stories:
/// from the heading to the run's end, [`MIN_LISTED_SUMMARIES`] paragraphs or more, and half
/// of them at least, come right under a line of clutter with no stop that the tables do not
/// know, of [`MIN_LINK_WORDS`] words or more (the linked headline; not "Advertisement"), and
/// none is longer than [`MAX_SUMMARY_WORDS`]. The story going on under a widget's one headline has one such
/// paragraph, and longer ones.
fn summaries_under_headlines(
    text: &str,
    lang: Lang,
    blocks: &[Block],
    end: usize,
    run: (usize, usize),
) -> bool {
    let (start, last) = run;
    let Some(heading) = (end + 1..start).rfind(|&k| is_list_heading(blocks[k].span.of(text)))
    else {
        return false;
    };
    let run: Vec<usize> = (start..=last)
        .filter(|&k| blocks[k].kind == BlockKind::Paragraph && blocks[k].duplicate_of.is_none())
        .collect();
    // a list's summaries stand alone, or two together at its end; three paragraphs in a row
    // are the story going on under its subheading after the list ("Private walls still a gap"
    // / "The project covers …" / "City engineer …" / "Work on the first 12 street ends …")
    if run.len() > MAX_LISTED_RUN {
        return false;
    }
    // from the heading on: a summary alone between two headlines is no run of its own
    let (mut paragraphs, mut headed) = (0usize, 0usize);
    for k in heading + 1..=last {
        let b = &blocks[k];
        if b.kind != BlockKind::Paragraph || b.duplicate_of.is_some() {
            continue;
        }
        let line = b.span.of(text);
        if line.split_whitespace().nth(MAX_SUMMARY_WORDS).is_some() {
            return false;
        }
        paragraphs += 1;
        // a headline: clutter the tables do not know ("Advertisement" they do), a few words
        let above = &blocks[k - 1];
        let headline = above.span.of(text);
        headed += usize::from(
            above.kind == BlockKind::Boilerplate
                && !ends_with_stop(headline)
                && headline
                    .split_whitespace()
                    .nth(MIN_LINK_WORDS - 1)
                    .is_some()
                && !is_boilerplate(headline),
        );
    }
    // (nor is the run the story going on after a box of other stories' summaries inside it:
    // each of its paragraphs shares the story's words)
    headed >= MIN_LISTED_SUMMARIES
        && 2 * headed >= paragraphs
        && shared_with_story(text, lang, blocks, end, &run) < LAST_PARAGRAPH_SHARED
}

/// Summaries under their headlines a list of other stories has at least.
const MIN_LISTED_SUMMARIES: usize = 2;

/// Paragraphs in a row a list of other stories holds at most: a summary and the next
/// headline written as a sentence.
const MAX_LISTED_RUN: usize = 2;

/// The longest summary of another story in a list, in words.
const MAX_SUMMARY_WORDS: usize = 40;

/// Whether `line` closes a story: its editor or source ("Editor : Fitri …", "— With files from
/// Reuters", [`is_byline`]), the desk's initials ("(ags/ens)") or an end mark ("(END)").
fn closes_the_story(line: &str) -> bool {
    is_byline(line) || is_editor_initials(line) || is_end_mark(line)
}

/// Whether `b` has the shape of a story's paragraph: [`of_story_length`] and
/// [`reads_as_story`].
fn of_story_shape(text: &str, lang: Lang, b: &Block) -> bool {
    of_story_length(text, b) && reads_as_story(b.span.of(text), lang)
}

/// Whether `b` is long enough for a story's paragraph, cheaply: at least [`BODY_WORDS`] words
/// opening with a capital, and no repeat.
fn of_story_length(text: &str, b: &Block) -> bool {
    let line = b.span.of(text);
    b.duplicate_of.is_none()
        && line.starts_with(char::is_uppercase)
        && line.split_whitespace().nth(BODY_WORDS - 1).is_some()
}

/// Whether `line` reads as the story's: neither a bio nor the page speaking.
fn reads_as_story(line: &str, lang: Lang) -> bool {
    !prose::speaks_of_the_page(line, lang) && !bio::is_bio(line, lang)
}

/// Whether `line` is a widget a site prints inside its story: the page's prompt ("Stay updated
/// with our WhatsApp channel", [`prompt::is_prompt`]) or a link to another story under a short
/// label ("READ: PCG deploys more ships to …", "Editor's Choice: Rice Prices Ease as …", "BACA :
/// Pasar Terapung …"): a label of one or two words and a colon, then a headline with no stop.
fn in_story_widget(line: &str, lang: Lang) -> bool {
    let link = line.find(':').is_some_and(|colon| {
        let (label, headline) = (&line[..colon], line[colon + 1..].trim());
        (1..=MAX_LINK_LABEL_WORDS).contains(&label.split_whitespace().count())
            && label.starts_with(char::is_uppercase)
            && headline.starts_with(char::is_uppercase)
            && headline
                .split_whitespace()
                .nth(MIN_LINK_WORDS - 1)
                .is_some()
            && !ends_with_stop(headline)
    });
    link || prompt::is_prompt(line, lang)
}

/// Words of the label before a link's colon, at most: "Editor's Choice:".
const MAX_LINK_LABEL_WORDS: usize = 2;

/// Words of a linked headline, at least.
const MIN_LINK_WORDS: usize = 3;

/// Whether the story goes on past the widget at block `k` ([`in_story_widget`]): the next
/// block that is not clutter is a paragraph of the story's shape, at least [`BODY_WORDS`] words
/// opening with a capital, neither a bio nor the page speaking, and every line of clutter from
/// `k` to it is such a widget. Then the widget does not end the story's last run.
fn story_goes_on(text: &str, lang: Lang, blocks: &[Block], k: usize) -> bool {
    // the linked headline under a known label of its own line ("Baca Juga:" / "Jalur Evakuasi
    // Merapi di Klaten Diperbaiki")
    let link_label = |j: usize| {
        blocks[j].kind == BlockKind::Boilerplate && {
            let label = blocks[j].span.of(text).trim_end();
            label.ends_with(':') && is_boilerplate(label)
        }
    };
    let under_link_label = |j: usize| link_label(j) || j >= 1 && link_label(j - 1);
    // the cheap test first: most clutter after a story runs on to the page's end
    let Some(next) = (k + 1..blocks.len()).find(|&j| blocks[j].kind != BlockKind::Boilerplate)
    else {
        return false;
    };
    // the cheap tests first, then the widgets, then how the paragraph reads
    blocks[next].kind == BlockKind::Paragraph
        && of_story_length(text, &blocks[next])
        && (k..next).all(|j| in_story_widget(blocks[j].span.of(text), lang) || under_link_label(j))
        && reads_as_story(blocks[next].span.of(text), lang)
}

/// Initials in brackets after the stop of a line that follows the story's paragraphs and has
/// none after it sign the story, not a photo: "… losses in corn and vegetables. (JJA)" closing
/// the last paragraph is the story and its editor's initials, where "… in Kuwait City on
/// Thursday. (KUNA)" between paragraphs is a caption and its agency. Initials of an agency the
/// tables know stay a credit.
fn mark_closing_initials(text: &str, drafts: &mut [Draft]) {
    let story = |d: &Draft| d.block.kind == BlockKind::Paragraph && d.prose;
    // a sentence the editor's initials sign on its own line is the story's, however many names
    // it capitalizes: "Selain Kanal Pannampu, Dinas PU Makassar juga menjadwalkan pengerukan
    // Kanal Jongaya … pada akhir November. (rhm/asw)" after the story's paragraphs
    for k in 1..drafts.len().saturating_sub(1) {
        let (line, initials) = (&drafts[k], &drafts[k + 1]);
        let own = line.block.span.of(text);
        let signed = line.block.kind == BlockKind::Boilerplate
            && !line.settled
            && initials.block.kind == BlockKind::Meta
            && initials.line == line.line
            && (k + 2 == drafts.len() || drafts[k + 2].line != line.line)
            && is_editor_initials(initials.block.span.of(text))
            && ends_with_stop(own)
            && own.starts_with(char::is_uppercase)
            && own.split_whitespace().nth(MIN_SIGNED_WORDS - 1).is_some()
            && drafts[..k].iter().rev().take(SIGNED_REACH).any(story);
        if signed {
            drafts[k].block.kind = BlockKind::Paragraph;
        }
    }
    // desks' initials alone on their line under the story, no caption above them: "RAS/AR"
    // after the story's last paragraph (or its editor's note) is its sign, not a credit
    // (nor a caption that only they made one: the story's last paragraph, of a paragraph's
    // length, under the story's paragraphs, "… noting that the next phase is scheduled …" /
    // "SKH/AAM", is read again as the story's)
    for k in 1..drafts.len() {
        let d = &drafts[k];
        let alone =
            drafts[k - 1].line != d.line && drafts.get(k + 1).is_none_or(|n| n.line != d.line);
        let last_paragraph = k >= 2 && {
            let above = &drafts[k - 1];
            above.block.kind == BlockKind::Caption
                && above.prose
                && drafts[k - 2].line != above.line
                && above
                    .block
                    .span
                    .of(text)
                    .split_whitespace()
                    .nth(scene::MOST_WORDS)
                    .is_some()
                && drafts[..k - 1].iter().rev().take(SIGNED_REACH).any(story)
        };
        if d.block.kind == BlockKind::Credit
            && alone
            && (drafts[k - 1].block.kind != BlockKind::Caption || last_paragraph)
            && credit::is_slashed_initials(d.block.span.of(text))
            && drafts[..k].iter().rev().take(SIGNED_REACH).any(story)
            && !drafts[k + 1..].iter().take(SIGNED_REACH).any(story)
        {
            drafts[k].block.kind = BlockKind::Meta;
            if last_paragraph {
                drafts[k - 1].block.kind = BlockKind::Paragraph;
            }
        }
    }
    for k in 1..drafts.len().saturating_sub(1) {
        let (before, caption, credit) = (&drafts[k - 1], &drafts[k], &drafts[k + 1]);
        let signed = caption.block.kind == BlockKind::Caption
            && credit.block.kind == BlockKind::Credit
            && credit.line == caption.line
            && before.line < caption.line
            && story(before)
            && credit::is_unknown_initials(credit.block.span.of(text));
        if signed && !drafts[k + 2..].iter().any(story) {
            drafts[k].block.kind = BlockKind::Paragraph;
            drafts[k + 1].block.kind = BlockKind::Meta;
            return;
        }
    }
}

/// Words of a sentence the editor's initials sign, at least, for it to be the story's.
const MIN_SIGNED_WORDS: usize = 8;

/// Blocks before a signed sentence within which a paragraph of the story stands, at most.
const SIGNED_REACH: usize = 3;

/// Whether `line` reports someone's speech: a quotation between marks and a verb of saying
/// ([`bio::says`]), "\"Kami siap,\" kata Budi.", "\"It worked,\" said the lead author.".
fn reports_speech(line: &str) -> bool {
    let quoted = |open: char, close: char| {
        line.find(open)
            .is_some_and(|at| line[at + open.len_utf8()..].contains(close))
    };
    (quoted('"', '"') || quoted('“', '”')) && bio::says(line) || is_whole_quotation(line)
}

/// How a story says it asked for a response, in both languages: the newsroom's own reporting,
/// which names a page's words ("comment", "konfirmasi") and is the story's.
const RESPONSE_SOUGHT: &[&str] = &[
    // "The Department … has been approached for comment.", "… did not respond to a request
    // for comment."
    "for comment",
    "did not respond",
    "has not responded",
    "have not responded",
    "could not be reached",
    // "… belum memberikan tanggapan", "… tidak dapat dihubungi", "dimintai konfirmasi"
    "belum memberikan tanggapan",
    "belum menanggapi",
    "tidak menanggapi",
    "belum merespons",
    "tidak merespons",
    "tidak dapat dihubungi",
    "belum dapat dihubungi",
    "belum dapat dikonfirmasi",
    "dimintai konfirmasi",
    "dimintai tanggapan",
];

/// Whether `line` says that someone was asked for a response ([`RESPONSE_SOUGHT`]): the
/// story's sentence, not the page speaking of comments.
fn seeks_a_response(line: &str) -> bool {
    // most lines hold none, which one byte search for their common letters says
    (line.contains("respon")
        || line.contains("comment")
        || line.contains("tanggap")
        || line.contains("hubungi")
        || line.contains("konfirmasi")
        || line.contains("reached"))
        && contains_any(&line.to_lowercase(), RESPONSE_SOUGHT)
}

/// Whether `line` is one quotation from its first mark to its last, perhaps signed after it
/// ("\"You cannot teach a child who is not in the classroom.\" DM"): someone's words closing a
/// story, which a page never puts its own notes in.
fn is_whole_quotation(line: &str) -> bool {
    let line = line.trim();
    let body = trailing_sign(line).map_or(line, |at| line[..at].trim_end());
    (body.starts_with('"') && body.ends_with('"') || body.starts_with('“') && body.ends_with('”'))
        && body.chars().count() > 2
}

/// Where a publication's or editor's sign of two to four capitals, no agency, closing a
/// quotation that ends a paragraph begins: "… a flooded river.\" DM".
fn trailing_sign(s: &str) -> Option<usize> {
    let at = s.rfind(' ')? + 1;
    let sign = &s[at..];
    ((2..=4).contains(&sign.len())
        && sign.bytes().all(|b| b.is_ascii_uppercase())
        && !credit::is_agency_alone(sign)
        && s[..at].trim_end().ends_with(['"', '”']))
    .then_some(at)
}

/// Prose before the story's first paragraph and after its last one that shares almost none of
/// the story's words and holds a word of page chrome (see [`prose::speaks_of_the_page`]) is the
/// page speaking, not the news: a cookie notice above the headline,
/// an author's bio, a disclaimer, a newsletter prompt ("Artikel ini merupakan opini pribadi
/// penulis …", "Clara Whitfield is a correspondent for The Times …"). A paragraph belongs to
/// the story when [`MIN_SHARED_WORDS`] of its content words, or [`MIN_SHARED_SHARE`] of them,
/// occur in the title or another paragraph; the story runs from the first such paragraph to
/// the last, and nothing inside it is touched. Lines shorter than [`BODY_WORDS`] are left alone.
fn mark_unrelated_edges(
    text: &str,
    lang: Lang,
    title: Option<usize>,
    site: &[String],
    drafts: &mut [Draft],
) {
    let paragraph = |d: &Draft| d.block.kind == BlockKind::Paragraph && !d.settled;
    let counted: Vec<usize> = (0..drafts.len())
        .filter(|&k| paragraph(&drafts[k]) || Some(k) == title)
        .collect();
    if counted.len() < 3 {
        return;
    }
    // the page's notes name the site and the author again and again: only the title and the
    // paragraphs that do not speak of the page say what the story's words are
    // or an author's box, the name on a line and the bio under it opening with the role:
    // "Tika Adriana" / "Jurnalis dan editor Konde.co. Menulis isu perempuan …"
    let named_above = |k: usize| {
        k >= 1 && {
            let name = &drafts[k - 1];
            matches!(name.block.kind, BlockKind::Boilerplate | BlockKind::Meta)
                && name.line + 1 == drafts[k].line
                && capitalized_words(name.block.span.of(text), 2..=4)
        }
    };
    // the bio of a person the page prints in a byline or a credit, whatever words the name
    // holds: "Foto: Lalu Hamzan/BeritaLombok" / … / "Lalu Hamzan adalah jurnalis BeritaLombok
    // yang meliput …"
    let writers: Vec<bool> = counted
        .iter()
        .map(|&k| Some(k) != title && bio_of_a_named_writer(text, drafts, k))
        .collect();
    let bios: Vec<bool> = counted
        .iter()
        .zip(&writers)
        .map(|(&k, &writer)| {
            let line = drafts[k].block.span.of(text);
            Some(k) != title
                && (writer
                    || bio::is_bio(line, lang)
                    || named_above(k) && bio::opens_with_role(line))
        })
        .collect();
    // a paragraph that quotes someone and says who is reporting, whatever words of the page
    // it holds: "\"Farmers were worried about yields …,\" said the study's lead author."
    let speaking: Vec<bool> = (0..counted.len())
        .map(|j| {
            let k = counted[j];
            let line = drafts[k].block.span.of(text);
            bios[j]
                || Some(k) != title
                    && drafts[k]
                        .speaks
                        .unwrap_or_else(|| prose::speaks_of_the_page(line, lang))
                    && !reports_speech(line)
                    && !seeks_a_response(line)
        })
        .collect();
    // a paragraph opening with the site's own name and speaking of the page and its making
    // ("Middle East Eye delivers independent … coverage … republishing this content …") is the
    // site's note on itself, never the story's end, whatever words it shares; "Kompas.com
    // mencoba menghubungi Budi hingga berita ini diturunkan" holds one such word
    let site_opens = |drafts: &[Draft], j: usize| {
        let k = counted[j];
        let line = drafts[k].block.span.of(text);
        Some(k) != title
            && site::opens_with_name(line, site)
            && prompt::page_signs(line) >= MIN_SITE_NOTE_SIGNS
    };
    // only a paragraph that speaks of the page or stands between clutter can change below:
    // without one, the story's words need not be counted
    let candidate = |j: usize| {
        speaking[j]
            || site_opens(drafts, j)
            || Some(counted[j]) != title && between_clutter(drafts, counted[j])
    };
    if !(0..counted.len()).any(candidate) {
        return;
    }
    let keys: Vec<Vec<u64>> = counted
        .iter()
        .map(|&k| distinct_content_keys(drafts[k].block.span.of(text), lang))
        .collect();
    // the story's words are counted over the paragraphs that do not speak of the page; a story
    // about the page's own world (chat apps, social media) speaks of it all along, and then
    // only the bios are left out
    let read = |left_out: &[bool]| {
        let mut documents: FastMap<u64, usize> = FastMap::default();
        for (own, _) in keys.iter().zip(left_out).filter(|(_, &out)| !out) {
            for key in own {
                *documents.entry(*key).or_default() += 1;
            }
        }
        let belongs: Vec<bool> = keys
            .iter()
            .zip(left_out)
            .map(|(own, &out)| {
                // elsewhere: a paragraph counted itself once
                let elsewhere = if out { 1 } else { 2 };
                let shared = own
                    .iter()
                    .filter(|key| documents.get(*key).is_some_and(|&n| n >= elsewhere))
                    .count();
                shared >= MIN_SHARED_WORDS
                    || shared as f64 >= MIN_SHARED_SHARE * own.len().max(1) as f64
            })
            .collect();
        // (a line between two of clutter that closes on no full stop is a related headline
        // that shares the story's words, "See Also" / "What's the difference between the
        // S-Bahn and the U-Bahn?" / …: it does not carry the story's edge past the author's bio
        // above it)
        let listed = |j: usize| {
            let k = counted[j];
            between_clutter(drafts, k) && !drafts[k].block.span.of(text).ends_with('.')
        };
        let story: Vec<usize> = (0..counted.len())
            .filter(|&j| {
                belongs[j]
                    && !left_out[j]
                    && !site_opens(drafts, j)
                    && Some(counted[j]) != title
                    && !listed(j)
            })
            .collect();
        (belongs, story)
    };
    let (mut belongs, mut story) = read(&speaking);
    if story.len() < MIN_STORY_PARAGRAPHS {
        (belongs, story) = read(&bios);
    }
    // a word of the page that another paragraph uses too is the story's subject, not the page
    // speaking: "Promo itu akan berlangsung sepekan." closing a story about a market's promotion
    let speaks_apart: Vec<bool> = (0..counted.len())
        .map(|j| {
            let line = drafts[counted[j]].block.span.of(text);
            let elsewhere = |key: u64| {
                (0..counted.len()).any(|i| i != j && keys[i].binary_search(&key).is_ok())
            };
            bios[j]
                || speaking[j]
                    && prose::page_words_of(line, lang).any(|word| {
                        word_keys(word)
                            .next()
                            .is_none_or(|(_, key)| !elsewhere(key))
                    })
        })
        .collect();
    let (Some(&first), Some(&last)) = (story.first(), story.last()) else {
        return;
    };
    for j in (0..first).chain(last + 1..counted.len()) {
        let k = counted[j];
        // above the story, a paragraph between two lines of clutter that shares nothing with
        // the story is one of the page's notes even without a word of the page: a disclosure
        // or a partner's note under the authors ("University of Leeds provides funding as a
        // member of The Conversation UK.")
        let isolated = j < first && !belongs[j] && between_clutter(drafts, k);
        // the standfirst under the title names the story's subject in words of its own ("The
        // government says the app was being used to reach illegal online casinos.")
        // (a bio's shape, a name and its role or its disclosure, is no standfirst)
        if j < first && !bios[j] && is_deck(text, drafts, title, k) {
            continue;
        }
        let site_note = j > last && site_opens(drafts, j);
        let d = &mut drafts[k];
        let long = d.block.span.of(text).split_whitespace().count() >= BODY_WORDS;
        // a bio names the story's places and people and so shares its words: its shape decides
        if paragraph(d)
            && ((speaks_apart[j] || isolated) && (!belongs[j] || bios[j]) && long || site_note)
        {
            d.block.kind = BlockKind::Boilerplate;
        }
    }
    // inside the story a word of the page or two prove nothing ("a sign that investors …",
    // "Ponsel Mate 9 … Google Assistant"): a prompt there holds three
    for j in first + 1..last {
        let k = counted[j];
        let line = drafts[k].block.span.of(text);
        let long = line.split_whitespace().count() >= BODY_WORDS;
        let prompt = speaking[j] && prose::page_words(line, lang) >= MIN_PAGE_WORDS_INSIDE;
        // a bio of the site itself ("IDN Times Community adalah media yang menyediakan platform
        // …") is its note wherever it stands, and shares the story's words by chance; a name
        // alone is not enough ("… kata dia kepada Kompas.com."), nor a guest's introduction that
        // names the site after it ("Sekar Ayuningtyas, peneliti hidrologi … Berikut petikan
        // wawancara JurnalIndonesia.id dengan Sekar."): inside the story the site opens it
        let site_note = bios[j] && site::opens_with_name(line, site);
        // a bio right under the story's paragraphs with the page's clutter under it is the
        // writer's, ending the story, though a list of other stories' summaries below shares
        // the story's words ("… to the tail-end villages first." / "Nandini Rao is a reporter
        // based in Pune who writes on water …" / "Write to us at letters@…"); a speaker's
        // introduction goes on with the story
        // (and so is a bio with the page's clutter on both sides, a related list's summaries
        // carrying the story's edge below it: "Hannah Lowery" / "Hannah Lowery covers Folly
        // Beach …" / "Related to this story" / …)
        // (and the bio of a writer the page's byline or credit names, wherever it stands)
        let writers = writers[j]
            || bios[j]
                && (k >= 1
                    && is_story_paragraph(&drafts[k - 1])
                    && drafts
                        .get(k + 1)
                        .is_some_and(|n| n.block.kind == BlockKind::Boilerplate)
                    || between_clutter(drafts, k));
        let d = &mut drafts[k];
        if paragraph(d) && (prompt && !belongs[j] || site_note || writers) && long {
            d.block.kind = BlockKind::Boilerplate;
        }
    }
}

/// Between two lines of the page's clutter, two shapes of open line are the page's too (and a
/// question over a poll's answers wherever it stands, [`over_a_polls_answers`]). A
/// question put to the reader: a poll over its answers ("Polling" / "Menurut Anda, perlukah
/// Pemkab Kebumen membantu perajin …?" / "Perlu"), a reaction box ("Bagaimana perasaan Anda
/// setelah membaca berita ini?" / "Senang"), an appeal ("Would you help us provide free
/// journalism?" / "Support …"), however much it speaks of the story (the story asks its
/// reader between its own paragraphs). And a text cut off by an ellipsis: another story's
/// teaser under its headline ("Perajin Keramik Klampok Kebanjiran Pesanan" / "BANJARNEGARA –
/// Menjelang Lebaran, perajin keramik … untuk hampers..." / "Arsip Blog").
fn mark_asides_between_clutter(text: &str, drafts: &mut [Draft]) {
    for k in 0..drafts.len() {
        let d = &drafts[k];
        let line = d.block.span.of(text);
        let asks = || line.ends_with('?') && is_addressed(line);
        if d.block.kind == BlockKind::Paragraph
            && !d.settled
            && ((asks() || is_cut_by_ellipsis(line)) && between_clutter(drafts, k)
                || line.ends_with('?') && over_a_polls_answers(text, drafts, k))
        {
            drafts[k].block.kind = BlockKind::Boilerplate;
            drafts[k].settled = true;
        }
    }
}

/// Buttons that close a poll's answers, in lower case, each with an example of the poll.
const VOTE_BUTTONS: &[(&str, &str)] = &[
    (
        "vote",
        "Should the former Millstone Arms be turned into flats? / Yes, … / No, … / Vote",
    ),
    ("submit", "Do you agree with the plan? / Yes / No / Submit"),
    ("see results", "… / Yes / No / See results"),
    ("view results", "… / Yes / No / View results"),
    (
        "pilih",
        "Setujukah rencana itu? / Setuju / Tidak setuju / Pilih",
    ),
    ("kirim", "… / Setuju / Tidak setuju / Kirim"),
    (
        "lihat hasil",
        "Perlukah … ? / Perlu / Tidak perlu / Lihat hasil",
    ),
];

/// Answers a poll offers, at least, and words of one, at most.
const MIN_POLL_ANSWERS: usize = 2;
const MAX_POLL_ANSWER_WORDS: usize = 10;

/// Whether the open question at `k` is a poll's, whatever it asks ("Should the former
/// Millstone Arms be turned into flats?", which does not address the reader): under it
/// [`MIN_POLL_ANSWERS`] short lines or more the passes took for the page's, no stop, colon or
/// bar in them, then the poll's button ([`VOTE_BUTTONS`]). A story's question under which the
/// page's widgets stand has no button after them.
fn over_a_polls_answers(text: &str, drafts: &[Draft], k: usize) -> bool {
    for (answers, d) in drafts[k + 1..].iter().enumerate() {
        let line = d.block.span.of(text).trim();
        if VOTE_BUTTONS
            .iter()
            .any(|(button, _)| line.eq_ignore_ascii_case(button))
        {
            return answers >= MIN_POLL_ANSWERS;
        }
        let answer = d.block.kind == BlockKind::Boilerplate
            && !line.ends_with('.')
            && !line.contains([':', '|'])
            && line.split_whitespace().nth(MAX_POLL_ANSWER_WORDS).is_none();
        if !answer {
            return false;
        }
    }
    false
}

/// Words of a sign-up box's own line, in lower case, each with an example: the box offers
/// a newsletter or a subscription.
const SIGN_UP_WORDS: &[(&str, &str)] = &[
    ("sign up", "Sign up for The Readout"),
    ("subscribe", "Subscribe to The Jerusalem Post Newsletter"),
    ("newsletter", "Sign up for our Morning Edition newsletter."),
    ("berlangganan", "Berlangganan sekarang"),
    ("buletin", "Daftar buletin harian"),
];

/// Whether `line` holds a word of [`SIGN_UP_WORDS`], in any case.
fn holds_sign_up(line: &str) -> bool {
    let lower = line.to_lowercase();
    SIGN_UP_WORDS.iter().any(|(w, _)| lower.contains(w))
}

/// Words for what a sign-up box sends, in lower case, each with an example of the box's
/// description of it.
const BOX_OFFERS: &[(&str, &str)] = &[
    (
        "news",
        "A weekly digest of news and analysis from Kazakhstan, Kyrgyzstan, …",
    ),
    (
        "newsletter",
        "The New Statesman's global affairs newsletter, every Monday and Friday.",
    ),
    (
        "newsletters",
        "Tick the boxes of the newsletters you would like to receive.",
    ),
    (
        "stories",
        "A guide through the most important stories of the morning, …",
    ),
    (
        "guide",
        "Your morning guide to the biotech industry, from clinical trial results …",
    ),
    ("digest", "A weekly digest of news and analysis …"),
    (
        "roundup",
        "Insider Weekly brings you a roundup of the week's business news …",
    ),
    (
        "briefing",
        "Our morning briefing brings you the day's essential stories …",
    ),
    (
        "headlines",
        "Get the latest headlines from the city and the region …",
    ),
    ("updates", "Get updates direct to your inbox"),
    ("inbox", "Newcastle news, straight to your inbox"),
    (
        "berita",
        "Dapatkan berita terbaru setiap hari di kotak masuk email Anda.",
    ),
    (
        "informasi",
        "Dapatkan informasi terkini yang dikirimkan langsung ke email Anda.",
    ),
    (
        "rangkuman",
        "Rangkuman berita Kabupaten Semarang setiap pagi.",
    ),
    ("buletin", "Buletin harian Floresterkini, setiap pagi."),
];

/// Words of a sign-up box's description, at most: a line or two, or its notice on the
/// address given.
const MAX_BOX_WORDS: usize = 60;

/// Where an offer word opens a box's description without a verb of the story before it,
/// at most: "A weekly digest of …", "Your morning guide to …".
const OFFER_OPENING_WORDS: usize = 4;

/// A sign-up box is the page's whole: over or under its own line ("Sign up for The Readout",
/// "Sign up for our Morning Edition newsletter.", "Sign up"), which the tables know, the box
/// describes what it sends ("Your morning guide to the biotech industry, from clinical trial
/// results to deal news.", "When you subscribe we will use the information you provide to send
/// you these newsletters."). The description names what is sent ([`BOX_OFFERS`]) and
/// reads as an offer: it speaks to the reader, gives an order, or opens with the offer ("A
/// weekly digest of news …"); a story's "News of the closure prompted hundreds of comments …"
/// next to a box opens with its subject, and "news" alone opens no offer. A box may be one line
/// next to the page's clutter, its own sign-up and the reader in it ("Insider Weekly brings you
/// a roundup of the week's business news every Friday. Sign up now, it's free.").
fn mark_sign_up_boxes(text: &str, drafts: &mut [Draft]) {
    let sign_up =
        |d: &Draft| d.block.kind == BlockKind::Boilerplate && holds_sign_up(d.block.span.of(text));
    for k in 0..drafts.len() {
        let d = &drafts[k];
        if d.block.kind != BlockKind::Paragraph || d.settled {
            continue;
        }
        let next_to_box =
            k > 0 && sign_up(&drafts[k - 1]) || drafts.get(k + 1).is_some_and(sign_up);
        // (or the box in one line, next to the page's clutter, its own sign-up and the reader
        // in it: "Insider Weekly brings you a roundup of the week's business news every Friday.
        // Sign up now, it's free.")
        let clutter = |d: &Draft| d.block.kind == BlockKind::Boilerplate;
        let near_clutter =
            k > 0 && clutter(&drafts[k - 1]) || drafts.get(k + 1).is_some_and(clutter);
        let whole_box = !next_to_box && near_clutter && holds_sign_up(d.block.span.of(text));
        if !next_to_box && !whole_box {
            continue;
        }
        let line = d.block.span.of(text);
        let words: Vec<&str> = line.split_whitespace().map(prose::word_of).collect();
        let reader = || {
            words
                .iter()
                .any(|w| prompt::READER.iter().any(|r| w.eq_ignore_ascii_case(r)))
        };
        if whole_box && !reader() {
            continue;
        }
        let offer = |w: &str| BOX_OFFERS.iter().any(|(o, _)| w.eq_ignore_ascii_case(o));
        let opens_with_offer = words
            .iter()
            .take(OFFER_OPENING_WORDS)
            .any(|w| offer(w) && !w.eq_ignore_ascii_case("news"));
        let reads_as_offer = || opens_with_offer || prompt::opens_with_order(line) || reader();
        if words.len() <= MAX_BOX_WORDS
            && words.iter().any(|w| offer(w))
            && reads_as_offer()
            && !is_speech(line)
            && !reports_speech(line)
        {
            drafts[k].block.kind = BlockKind::Boilerplate;
            drafts[k].settled = true;
        }
    }
}

/// Whether `line` is cut off by an ellipsis, as a teaser of another story is: "… untuk
/// hampers...", "… the council…".
fn is_cut_by_ellipsis(line: &str) -> bool {
    line.ends_with("..") || line.ends_with('…')
}

/// Headlines a list of other stories with their summaries holds, at least.
const MIN_TEASERS: usize = 2;
/// Summary lines under one headline of such a list, at most.
const MAX_SUMMARY_LINES: usize = 3;
/// Words of a summary line, at most: a teaser is a sentence or two.
const MAX_TEASER_WORDS: usize = 45;
/// Words of a paragraph under such a list, at least, for the story to go on under it.
const MIN_STORY_AFTER_TEASERS_WORDS: usize = 15;
/// Words of the label over such a list, at most: "More in Housing".
const MAX_TEASER_HEADING_WORDS: usize = 4;

/// A list of other stories after the story, each a headline the passes took for the page's
/// and a summary of a sentence or two under it, is the page's whole (a list under a heading
/// the tables know whose summaries share few of the story's words is found later, see
/// [`summaries_under_headlines`]): "Read Next" /
/// "Treasure Island considers raising building heights …" / "The proposal would let hotels
/// add two floors …" / "St. Pete Beach tightens short-term rental rules …" / "Owners will
/// need a city license …" / "About Us". The summaries share the story's words (the same
/// beat), so only the list's shape tells them: [`MIN_TEASERS`] headlines at least, each with
/// open prose under it that does not go on from the story, the first under the list's heading
/// (not under the story's last paragraph: a story told in sections has headings there; nor
/// under an advertisement's label inside the story), and no paragraph of the story after the
/// list.
fn mark_teaser_lists(text: &str, lang: Lang, drafts: &mut [Draft]) {
    // (no widget of the tables inside the story: "Baca Juga: …", a promotion's headline)
    // (the passes may have taken a later headline for a caption of the summary above it, no
    // credit beside it: "Lamb prices ease …" / "Agents say buyers …" / "Canola harvest starts
    // a fortnight early around Manildra" / "Warm, dry weeks …")
    let credit_beside = |drafts: &[Draft], i: usize| {
        (i >= 1 && drafts[i - 1].block.kind == BlockKind::Credit)
            || drafts
                .get(i + 1)
                .is_some_and(|d| d.block.kind == BlockKind::Credit)
    };
    let headline = |drafts: &[Draft], i: usize| {
        let d = &drafts[i];
        let line = d.block.span.of(text);
        (d.block.kind == BlockKind::Boilerplate
            || d.block.kind == BlockKind::Caption && !credit_beside(drafts, i))
            && looks_like_title(line)
            && line
                .split_whitespace()
                .nth(MIN_LISTED_HEADLINE_WORDS - 1)
                .is_some()
            && !is_boilerplate(line)
            && !in_story_widget(line, lang)
    };
    // (a summary tells another story from its start: not the story going on, "Menurut Sumini,
    // …", nor someone's words)
    let summary = |d: &Draft| {
        let line = d.block.span.of(text);
        is_story_paragraph(d)
            && line.split_whitespace().nth(MAX_TEASER_WORDS).is_none()
            && sentences::split(line, lang).len() <= 2
            && !continues_the_story(line)
            && !is_speech(line)
            && !reports_speech(line)
    };
    // the list opens under its heading: a short label of the page the tables do not know as
    // an advertisement's ("Read Next", "More in Housing"; not "Promosi", "Advertisement"), or
    // a list heading they know
    let heading = |d: &Draft| {
        let line = d.block.span.of(text);
        d.block.kind == BlockKind::Boilerplate
            && (is_list_heading(line)
                || !ends_with_stop(line)
                    && line
                        .split_whitespace()
                        .nth(MAX_TEASER_HEADING_WORDS)
                        .is_none()
                    && !is_boilerplate(line))
    };
    let mut k = 1;
    while k < drafts.len() {
        // (a field says first whether open prose follows: most lines are ruled out by it)
        let prose_under = drafts.get(k + 1).is_some_and(is_story_paragraph);
        if !(prose_under && heading(&drafts[k - 1]) && headline(drafts, k)) {
            k += 1;
            continue;
        }
        // the run: headlines, each with one to three summary lines under it
        let (mut j, mut teasers, mut summaries) = (k, 0, Vec::new());
        let mut headlines = Vec::new();
        while j < drafts.len() && headline(drafts, j) {
            let under: Vec<usize> = (j + 1..drafts.len())
                .take_while(|&i| summary(&drafts[i]))
                .take(MAX_SUMMARY_LINES)
                .collect();
            if under.is_empty() {
                break;
            }
            teasers += 1;
            headlines.push(j);
            j = under[under.len() - 1] + 1;
            summaries.extend(under);
        }
        // (a short sentence of the page's under the list is no story going on: "Keep it
        // Clean. Please avoid obscene, vulgar, lewd, racist or sexually-oriented language.",
        // "There was a problem reporting this.")
        let story_after = drafts[j..].iter().any(|d| {
            is_story_paragraph(d)
                && d.block
                    .span
                    .of(text)
                    .split_whitespace()
                    .nth(MIN_STORY_AFTER_TEASERS_WORDS - 1)
                    .is_some()
        });
        if teasers >= MIN_TEASERS && !story_after {
            for &i in summaries.iter().chain(&headlines) {
                drafts[i].block.kind = BlockKind::Boilerplate;
                drafts[i].settled = true;
            }
        }
        k = j.max(k + 1);
    }
}

/// Story paragraphs the title must have under it, at least, for what stands above it to be the
/// page's: with fewer the headline chosen may be a later one, and the story above it.
const MIN_STORY_UNDER_TITLE: usize = 3;

/// Open lines above the title, at most, for them to be the page's and not the story's.
const MAX_OPEN_ABOVE_TITLE: usize = 2;

/// What stands above the headline is never the story: the page's top (menus, notices, teasers
/// of other stories) or the lead photo's caption, which some sites print over the headline.
/// An open line there is a caption when it reads as one and says nothing of the page: a scene,
/// or a sentence that holds the photo's date ("Kabut asap menyelimuti kawasan Jembatan Ampera
/// …, Palembang, Senin (9/9/2024) pagi."); else the page's ("Palu Ekspres kini hadir di Google News. Ikuti kami …"). Only under a
/// title with a story under it and few open lines over it: else the title chosen may be a
/// later headline and the lines over it the story.
fn mark_above_the_title(text: &str, lang: Lang, title: Option<usize>, drafts: &mut [Draft]) {
    let Some(t) = title else {
        return;
    };
    let open = |d: &Draft| d.block.kind == BlockKind::Paragraph && !d.settled;
    if drafts[..t].iter().filter(|d| open(d)).count() > MAX_OPEN_ABOVE_TITLE
        || drafts[t + 1..]
            .iter()
            .filter(|d| is_story_paragraph(d))
            .nth(MIN_STORY_UNDER_TITLE - 1)
            .is_none()
    {
        return;
    }
    for (k, d) in drafts[..t].iter_mut().enumerate().filter(|(_, d)| open(d)) {
        let line = d.block.span.of(text);
        let caption = ends_with_stop(line)
            && prompt::page_signs(line) == 0
            && (scene::scene_words(line, lang).is_some()
                || scene::dated_act_words(line, lang).is_some()
                || holds_date(line));
        // right over the title, a line that is no caption may be the headline over its deck
        // ("Gwinnett parents push back on plan to start middle school at 9:25 a.m." / "District
        // says later bell would let buses run fewer routes; …"): it stays the story's
        if k + 1 == t && !caption {
            continue;
        }
        d.block.kind = if caption {
            BlockKind::Caption
        } else {
            BlockKind::Boilerplate
        };
        d.settled = true;
    }
}

/// Whether draft `k` stands above the title with only clutter before it (boilerplate, or
/// labels that are not prose), where a site prints its name and its menu.
fn masthead(drafts: &[Draft], k: usize) -> bool {
    drafts[..k].iter().all(|d| {
        d.block.kind == BlockKind::Boilerplate || d.block.kind == BlockKind::Paragraph && !d.prose
    }) && drafts[k + 1..]
        .iter()
        .any(|d| d.block.kind == BlockKind::Title)
}

/// Whether only meta lines stand between the title and draft `k`.
fn under_title(drafts: &[Draft], k: usize) -> bool {
    drafts[..k]
        .iter()
        .rev()
        .find(|d| d.block.kind != BlockKind::Meta)
        .is_some_and(|d| d.block.kind == BlockKind::Title)
}

/// Whether the nearest blocks before and after draft `k`, past meta, captions and credits, are
/// boilerplate.
fn between_clutter(drafts: &[Draft], k: usize) -> bool {
    let clutter = |d: Option<&Draft>| d.is_some_and(|d| d.block.kind == BlockKind::Boilerplate);
    let aside = |d: &&Draft| {
        !matches!(
            d.block.kind,
            BlockKind::Meta | BlockKind::Caption | BlockKind::Credit
        )
    };
    clutter(drafts[..k].iter().rev().find(aside)) && clutter(drafts[k + 1..].iter().find(aside))
}

/// Words of the page or of publishing a site's note on itself holds, at least
/// ([`prompt::page_signs`]).
const MIN_SITE_NOTE_SIGNS: usize = 2;

/// Distinct words of the page a prompt inside the story holds, at least.
const MIN_PAGE_WORDS_INSIDE: usize = 3;

/// Paragraphs a story has at least; fewer, counted without those that speak of the page, mean
/// the story itself speaks of the page's world.
const MIN_STORY_PARAGRAPHS: usize = 2;

/// Content words a story's paragraph shares with the rest of the story, at least.
const MIN_SHARED_WORDS: usize = 2;
/// Or this share of its content words.
const MIN_SHARED_SHARE: f64 = 0.3;

/// A short sentence between two prose paragraphs is body text even when the detector, which
/// sees one line, cannot tell it from clutter: "Ia menolak." between two paragraphs of a story.
fn short_sentence_in_body(text: &str, lang: Lang, drafts: &[Draft], k: usize) -> bool {
    let line = drafts[k].block.span.of(text);
    let prose_at = |j: Option<usize>| {
        j.and_then(|j| drafts.get(j)).is_some_and(|d| {
            d.prose && matches!(d.block.kind, BlockKind::Paragraph | BlockKind::Title)
        })
    };
    ends_with_stop(line)
        && line.contains(' ')
        && prose_at(k.checked_sub(1))
        && (prose_at(Some(k + 1)) || names_the_story(text, lang, drafts, k))
}

/// Whether the short sentence at `k`, after the story's prose, names someone or something the
/// story named, as a story's closing line does ("Neither will help Siti Aminah much.",
/// "Semoga bermanfaat, Kawan Puan!"), and holds no word of the page ("Follow us on
/// Instagram."): a capitalized word past its first that a line of prose or the title holds.
fn names_the_story(text: &str, lang: Lang, drafts: &[Draft], k: usize) -> bool {
    let line = drafts[k].block.span.of(text);
    let names = line
        .split_whitespace()
        .skip(1)
        .map(prose::word_of)
        .filter(|w| w.len() >= MIN_NAME_LETTERS && w.starts_with(char::is_uppercase));
    let told = |name: &str| {
        drafts.iter().enumerate().any(|(j, d)| {
            j != k
                && d.prose
                && matches!(d.block.kind, BlockKind::Paragraph | BlockKind::Title)
                && d.block
                    .span
                    .of(text)
                    .split_whitespace()
                    .any(|w| prose::word_of(w) == name)
        })
    };
    let mut names = names.peekable();
    names.peek().is_some()
        && !prose::speaks_of_the_page(&without_reporting_phrases(line), lang)
        && names.any(told)
}

/// Phrases of a reporter's closing line that hold a word of the page and speak of no page: "The
/// Rottnest Island Authority was contacted for comment.", "… declined to comment.", "… belum
/// bersedia dimintai komentar.".
const REPORTING_PHRASES: &[&str] = &[
    "for comment",
    "to comment",
    "dimintai komentar",
    "memberikan komentar",
];

/// `line` without its [`REPORTING_PHRASES`], in lower case when it held one.
fn without_reporting_phrases(line: &str) -> std::borrow::Cow<'_, str> {
    if !(line.contains("omment") || line.contains("omentar")) {
        return line.into();
    }
    let mut lower = line.to_lowercase();
    for phrase in REPORTING_PHRASES {
        lower = lower.replace(phrase, "");
    }
    lower.into()
}

/// Letters of a name a closing sentence shares with the story, at least.
const MIN_NAME_LETTERS: usize = 3;

/// "- Bawang merah Rp 42.000 per kg", "• Pemeriksaan kehamilan", "1. Warga diminta …".
/// Words that open a line introducing a list whatever its last mark: "Berikut jadwal
/// imsakiyah untuk wilayah Jakarta hari ini." then "Imsak: 04.28 WIB".
const LIST_INTRODUCTIONS: &[&str] = &["berikut ", "here are ", "here is ", "the following "];

/// Verbs that close a sentence introducing the story's list, before its colon: "Affected areas
/// include:", "Desa yang terdampak antara lain:", "Syaratnya yakni:". A widget's label is a
/// noun ("Tags:", "Baca juga:").
const LISTING_VERBS: &[&str] = &[
    "include",
    "includes",
    "included",
    "including",
    "are",
    "were",
    "meliputi",
    "lain",
    "yakni",
    "yaitu",
    "antaranya",
    "diantaranya",
];

/// Words a list's item has at most, in a list of the page's tags or links rather than the
/// story's: "• Bali", "• Floods", "• export ban".
const MAX_TAG_WORDS: usize = 2;

/// The longest label over a list of tags, in words ("Baca berita terkait lainnya:"): a longer
/// one is a sentence introducing the story's list.
const MAX_TAG_LABEL_WORDS: usize = 5;

/// Whether the list items opening `after` (each marked, numbered or dashed) are short
/// ([`MAX_TAG_WORDS`]), the first and at least half of them: the page's tags or menu under a
/// label ("Read related topics:" / "• Bali" / "• Join the conversation", the next widget's
/// link run on), not a list of the story's ("Gejala yang perlu diwaspadai:" / "- Nyeri perut
/// hebat dan muntah terus-menerus").
fn lists_tags(text: &str, after: &[Draft]) -> bool {
    let short: Vec<bool> = after
        .iter()
        .take_while(|d| is_item(text, d))
        .map(|d| {
            d.block
                .span
                .of(text)
                .split_whitespace()
                .filter(|w| w.contains(char::is_alphanumeric))
                .count()
                <= MAX_TAG_WORDS
        })
        .collect();
    short.first() == Some(&true) && 2 * short.iter().filter(|&&s| s).count() >= short.len()
}

fn opens_a_list(line: &str) -> bool {
    LIST_INTRODUCTIONS
        .iter()
        .any(|p| starts_with_ignore_case(line, p))
}

/// A fact box's line after a line that introduces it: a label of one to three words, a colon
/// and a short value ("Magnitudo: 5,6", "Kedalaman: 20 km", "Lokasi: 80 km barat daya
/// Tuapejat").
fn is_labelled_value(line: &str) -> bool {
    const MAX_VALUE_WORDS: usize = 8;
    let Some((label, value)) = line.split_once(": ") else {
        return false;
    };
    (1..=3).contains(&label.split_whitespace().count())
        && label.starts_with(char::is_uppercase)
        && (1..=MAX_VALUE_WORDS).contains(&value.split_whitespace().count())
        && !value.ends_with(':')
}

/// Whether `line` is a labelled contact detail, the page's and not the story's: an email
/// address, a telephone number or a web address after the label ("Email: humas@kkp.go.id",
/// "Telepon: (021) 3519070", "Website: www.kkp.go.id").
fn is_contact(line: &str) -> bool {
    const MIN_PHONE_DIGITS: usize = 6;
    let Some((_, value)) = line.split_once(": ") else {
        return false;
    };
    let value = value.trim();
    let email = value.contains('@') && value.contains('.') && !value.contains(' ');
    let web = value.starts_with("http") || value.starts_with("www.");
    let digits = value.bytes().filter(u8::is_ascii_digit).count();
    let phone = digits >= MIN_PHONE_DIGITS
        && value
            .bytes()
            .all(|b| b.is_ascii_digit() || matches!(b, b' ' | b'(' | b')' | b'+' | b'-' | b'.'));
    email || web || phone
}

/// Whether draft `d` is a list's item: its line opened with a mark read past ([`LIST_MARKERS`]),
/// or its text opens as an item does ([`is_list_item`]).
fn is_item(text: &str, d: &Draft) -> bool {
    d.item || is_list_item(d.block.span.of(text))
}

fn is_list_item(line: &str) -> bool {
    // one or two digits, then the first '.' or ')' of the line, then a space
    let b = line.as_bytes();
    let numbered = b
        .iter()
        .take(3)
        .position(|&c| c == b'.' || c == b')')
        .is_some_and(|at| {
            at >= 1 && b[..at].iter().all(u8::is_ascii_digit) && b.get(at + 1) == Some(&b' ')
        });
    numbered
        || ["- ", "• ", "* ", "– ", "— "]
            .iter()
            .any(|m| line.starts_with(m))
}

/// The longest caption that prose under a credit is taken for when a described scene without
/// a stop touches the credit from above, in words: a longer paragraph is the story's.
const MAX_SCENE_CAPTION_WORDS: usize = 30;

/// The longest caption, in words: a longer paragraph next to a credit is body text.
const MAX_CAPTION_WORDS: usize = 60;

/// Lines that are the site's name ([`site::names`]) are clutter, and so is a line that names
/// the site and gives the reader an order, speaks to the reader or in the publisher's voice,
/// or names the readers ([`prompt::speaks_for_the_page`]: "Kunjungi Hukumonline Pro untuk
/// analisis hukum yang lebih mendalam.", "Ceylon Today welcomes your views …; write to the
/// editor …", "Readers can now have the Sunday Times delivered …; call our circulation desk
/// …"), which the prompt tables cannot know.
fn mark_site_lines(text: &str, site: &[String], drafts: &mut [Draft]) {
    if site.is_empty() {
        return;
    }
    for (k, d) in drafts.iter_mut().enumerate() {
        let open = d.block.kind == BlockKind::Paragraph && !d.settled;
        // the page's first line is the name's own line whatever shape it has ("Bloomberg"
        // reads as an agency's credit); further down, an agency's name alone credits a photo
        let own = open || k == 0 && d.block.kind == BlockKind::Credit;
        let line = d.block.span.of(text);
        // (someone's words told to the site are the story's: "\"… supaya semua pelanggan
        // tetap kebagian …,\" kata Hendrawan kepada Kepripost.com …")
        if own && site::is_the_name(line, site)
            || open
                && site::names_the_site(line, site)
                && (prompt::opens_with_order(line) || prompt::speaks_for_the_page(line))
                && !reports_speech(line)
        {
            d.block.kind = BlockKind::Boilerplate;
            d.settled = true;
        }
    }
}

/// Headings of a list of the story's tags, on a line of their own, in lower case.
const TAG_HEADINGS: &[&str] = &["tag", "tags", "topik", "topics", "kata kunci", "label"];

/// The most words of a tag under a heading of its own (a name, an event: "Thailand Masters
/// 2024").
const MAX_HEADED_TAG_WORDS: usize = 5;

/// The lines under a heading of the story's tags ([`TAG_HEADINGS`]: "Tag" / "Thailand Masters
/// 2024" / "ganda campuran" / "Raka Adiwinata/Salsabila Putri" / "PBSI") are tags, the page's,
/// whatever shape one has: a pair of players' names parted by a slash read as a photo's credit,
/// and the tag over it as its caption. The list runs over short lines without a stop, to the
/// first line that is not one.
fn mark_tag_lists(text: &str, drafts: &mut [Draft]) {
    let tag = |d: &Draft| {
        let line = d.block.span.of(text);
        matches!(
            d.block.kind,
            BlockKind::Paragraph | BlockKind::Caption | BlockKind::Credit | BlockKind::Boilerplate
        ) && !d.prose
            && line.split_whitespace().nth(MAX_HEADED_TAG_WORDS).is_none()
            && !ends_with_stop(line)
            && !TAG_HEADINGS.iter().any(|h| line.eq_ignore_ascii_case(h))
    };
    let mut k = 0;
    while k < drafts.len() {
        let heading = TAG_HEADINGS
            .iter()
            .any(|h| drafts[k].block.span.of(text).eq_ignore_ascii_case(h));
        k += 1;
        if !heading {
            continue;
        }
        while k < drafts.len() && tag(&drafts[k]) {
            drafts[k].block.kind = BlockKind::Boilerplate;
            drafts[k].settled = true;
            k += 1;
        }
    }
}

/// The site's name alone before a dash opening a paragraph of running text is the story's
/// dateline, as sites that name no place print it ("Marketeers – Persaingan bisnis kedai kopi
/// …"): the name and its dash are meta, the rest the story's first paragraph (which the site's
/// name in it had made a line of the page's in [`mark_site_lines`]).
fn mark_site_datelines(text: &str, site: &[String], drafts: &mut Vec<Draft>) {
    if site.is_empty() {
        return;
    }
    for k in (0..drafts.len()).rev() {
        let d = &drafts[k];
        if d.block.kind != BlockKind::Paragraph || d.settled || !d.prose {
            continue;
        }
        let line = d.block.span.of(text);
        // the name first (most lines open with none), then the dash right after it
        let Some((at, dash)) = site
            .iter()
            .filter(|name| starts_with_ignore_case(line, name))
            .find_map(|name| {
                DATELINE_SEPARATORS
                    .iter()
                    .find(|dash| line[name.len()..].starts_with(*dash))
                    .map(|dash| (name.len(), dash.len()))
            })
        else {
            continue;
        };
        let rest = &line[at + dash..];
        if !rest.starts_with(char::is_uppercase)
            || rest.split_whitespace().nth(BODY_WORDS - 1).is_none()
        {
            continue;
        }
        let meta = split_off_meta(text, drafts, k, at + dash, Side::Head);
        drafts[meta].dateline = true;
    }
}

/// A caption labelled with the site's name, as one group's pages print an image's alt text:
/// "Reading Chronicle: The former sorting office has been empty since 2018 (Image: Google)".
/// The label is the page's, the rest the caption (of [`SCENE_WORDS`] words at least); an
/// open line so labelled is a caption too, the alt text printed alone.
fn mark_site_labelled_captions(text: &str, site: &[String], drafts: &mut Vec<Draft>) {
    if site.is_empty() {
        return;
    }
    for k in (0..drafts.len()).rev() {
        let d = &drafts[k];
        let open = d.block.kind == BlockKind::Paragraph && !d.settled && !d.dateline;
        if !(open || d.block.kind == BlockKind::Caption) {
            continue;
        }
        let line = d.block.span.of(text);
        let Some((label, caption)) = early_colon(line).map(|at| (&line[..at], &line[at + 2..]))
        else {
            continue;
        };
        // (the name may take its article: "The Whitehaven News:" for "Whitehaven News")
        let named = site::is_the_name(label, site)
            || label
                .strip_prefix("The ")
                .is_some_and(|name| site::is_the_name(name, site));
        if !named || caption.split_whitespace().nth(SCENE_WORDS - 1).is_none() {
            continue;
        }
        let at = split_off_meta(text, drafts, k, label.len() + 1, Side::Head);
        drafts[at].block.kind = BlockKind::Boilerplate;
        let caption = &mut drafts[at + 1];
        (caption.block.kind, caption.settled, caption.prose) = (BlockKind::Caption, true, true);
    }
}

/// The site's own name in brackets closing a caption's line is the photo's credit, as sites
/// sign their staff's pictures: "… near Myinmu on May 19. (Frontier)", "… in Juba. (Radio
/// Tamazuj)", "… (Philnews file)". The name is one of the site's [`site::names`], or the first
/// words of one ("Frontier" of "Frontier Myanmar"); a word of the archive's may follow it
/// ([`ARCHIVE_WORDS`]). So is a name the page prints in another photo's credit. A bracketed
/// word that is neither ("(Bersambung)", "(Video)") is left to the caption.
fn mark_site_credits_closing_captions(text: &str, site: &[String], drafts: &mut Vec<Draft>) {
    /// words of the site's name in brackets, at most, with an archive's word after it
    const MOST_NAME_WORDS: usize = 4;
    for k in (0..drafts.len()).rev() {
        let d = &drafts[k];
        if d.block.kind != BlockKind::Caption {
            continue;
        }
        let line = d.block.span.of(text);
        let body = line.trim_end().trim_end_matches('.');
        let Some(open) = body.strip_suffix(')').and_then(|b| b.rfind('(')) else {
            continue;
        };
        let inner = &body[open + 1..body.len() - 1];
        let name = ARCHIVE_WORDS
            .iter()
            .find(|w| inner.len() > w.len() && ends_with_ignore_case(inner, w))
            .map_or(inner, |w| inner[..inner.len() - w.len()].trim_end());
        if name.is_empty()
            || !name.starts_with(char::is_uppercase)
            || inner.split_whitespace().nth(MOST_NAME_WORDS).is_some()
            || line[..open].trim().is_empty()
        {
            continue;
        }
        let lower = name.to_lowercase();
        let named = site.iter().any(|s| {
            *s == lower
                || s.strip_prefix(lower.as_str())
                    .is_some_and(|rest| rest.starts_with(' '))
        });
        // or a name the page gives as another photo's credit: "Photo: SaharaReporters Media"
        // over the story, "… during the protest on Tuesday. (SaharaReporters Media)" in it
        let credited = || {
            drafts.iter().any(|c| {
                c.block.kind == BlockKind::Credit && site::has_whole(c.block.span.of(text), name)
            })
        };
        if !named && !credited() {
            continue;
        }
        let credit = split_off_meta(text, drafts, k, open, Side::Tail);
        drafts[credit].block.kind = BlockKind::Credit;
    }
}

/// A credit the page prints on a line of its own, printed again opening another line with the
/// caption after it, is split off that line: "Picture: Lorcan Maguire-Bell" under one photo,
/// "Picture: Lorcan Maguire-Bell Some of the first customers through the door …" under the
/// next. Where a name without a slash ends is not known from the line; it is from the page.
fn mark_credits_opening_captions(text: &str, drafts: &mut Vec<Draft>) {
    /// bytes of a credit looked for again, at least: a label and a name
    const MIN_CREDIT: usize = 8;
    let credits: Vec<&str> = drafts
        .iter()
        .filter(|d| d.block.kind == BlockKind::Credit)
        .map(|d| d.block.span.of(text))
        .filter(|c| c.len() >= MIN_CREDIT && c.contains(char::is_alphabetic))
        .collect();
    if credits.is_empty() {
        return;
    }
    let mut splits: Vec<(usize, usize)> = Vec::new();
    for (k, d) in drafts.iter().enumerate() {
        let open = d.block.kind == BlockKind::Paragraph && !d.dateline;
        if !(open || d.block.kind == BlockKind::Caption) {
            continue;
        }
        let line = d.block.span.of(text);
        let Some(credit) = credits.iter().find(|c| {
            line.strip_prefix(**c).is_some_and(|rest| {
                rest.starts_with(' ')
                    && rest.trim_start().starts_with(char::is_uppercase)
                    && rest.split_whitespace().nth(SCENE_WORDS - 1).is_some()
            })
        }) else {
            continue;
        };
        splits.push((k, credit.len()));
    }
    for (k, at) in splits.into_iter().rev() {
        let credit = split_off_meta(text, drafts, k, at, Side::Head);
        drafts[credit].block.kind = BlockKind::Credit;
        let caption = &mut drafts[credit + 1];
        (caption.block.kind, caption.settled) = (BlockKind::Caption, true);
    }
}

/// Words that follow a site's name in a credit from its archive: "(Philnews file)", "(Detroit
/// Free Press archives)".
const ARCHIVE_WORDS: &[&str] = &[" file", " file photo", " archives", " archive", " staff"];

/// The line of `text` that holds the byte at `at`, without the white space around it.
fn line_around(text: &str, at: usize) -> &str {
    let start = text[..at].rfind('\n').map_or(0, |n| n + 1);
    let end = text[at..].find('\n').map_or(text.len(), |n| at + n);
    text[start..end].trim()
}

/// Whether drafts `a` and `b` stand on lines of the same words: a caption and its print from
/// the alt text.
fn on_the_same_line(text: &str, a: &Draft, b: &Draft) -> bool {
    line_around(text, a.block.span.start) == line_around(text, b.block.span.start)
}

/// Whether the line that starts at `start` is a copy of the line above it, perhaps cut off: a
/// caption printed again from its alt text. [`MIN_TRUNCATED_REPEAT`] bytes at least.
fn copies_the_line_above(text: &str, start: usize) -> bool {
    let end = text[start..].find('\n').map_or(text.len(), |at| start + at);
    let line = text[start..end].trim();
    let above = text[..start]
        .trim_end()
        .rsplit('\n')
        .next()
        .unwrap_or("")
        .trim();
    line.len() >= MIN_TRUNCATED_REPEAT && above.len() > line.len() && above.starts_with(line)
}

/// A story has one dateline. When a page has more than one line opening with a dateline's
/// shape, a bare upper-case label ("BANJIR - Sejumlah warga melintasi genangan di Jalan Gatot
/// Subroto, Medan, Senin (4/3/2024).") that is not the story's dateline is a caption's keyword,
/// as Indonesian sites print them, and the whole line is the caption. The story's dateline is
/// the first that names an outlet, an agency or a site ("TRIBUNNEWS.COM, MEDAN -"), else the
/// first without a credit on the line under it; only labels after it are taken, since a bare
/// place may open the story above a dateline of another shape, and labels before it with a
/// credit under them ("BANJIR – Warga melintasi …" over "ANDI RAHMAN/PONTIANAK POST", then
/// "PONTIANAK – Air …") or alone on the line over them. A label is one to three upper-case
/// words without a comma.
fn mark_labelled_captions(text: &str, drafts: &mut Vec<Draft>) {
    // (not on a cut copy of the line above it, a caption printed again from its alt text:
    // "TERENDAM: Seorang petani … Desa Pohga")
    let glued = |drafts: &[Draft], k: usize| {
        drafts
            .get(k + 1)
            .is_some_and(|d| d.line == drafts[k].line && !d.settled)
    };
    // a dateline's words without its dash: "PUTUS" of "PUTUS - "
    let place = |span: Span| {
        span.of(text)
            .trim_end_matches(|c: char| c == ' ' || "-–—".contains(c))
    };
    let label = |drafts: &[Draft], k: usize| {
        let head = place(drafts[k].block.span);
        let words = head.split_whitespace().count();
        (1..=3).contains(&words)
            && !head.contains([',', '(', '.'])
            && head.chars().all(|c| !c.is_lowercase())
    };
    // or a place and a date as a caption opens with them ("PATI, 19 Agustus 2024 – Seorang
    // petambak …" under its credit, over "PATIKITA.COM, PATI – Harga garam …"); a story's
    // dateline may wear a date too, so such a caption needs its credit touching it, and the
    // story's dateline right under it when it stands over the story
    let dated = |drafts: &[Draft], k: usize| is_place_and_date(place(drafts[k].block.span));
    // (a dateline alone on its line, the story under it, is a dateline all the same when it
    // is no bare label: "KOTANOPAN24.COM, TAMBANGAN –" / "Jembatan gantung …" under "PUTUS –
    // Sisa tali baja …"; a label alone, "HEADLINES:", may head anything)
    let alone = |drafts: &[Draft], k: usize| {
        drafts.get(k + 1).is_some_and(|d| {
            d.line > drafts[k].line && d.block.kind == BlockKind::Paragraph && !d.settled
        })
    };
    let datelines: Vec<usize> = (0..drafts.len())
        .filter(|&k| {
            let d = &drafts[k];
            (d.dateline && glued(drafts, k)
                || d.block.kind == BlockKind::Meta
                    && alone(drafts, k)
                    && is_dateline_only(d.block.span.of(text))
                    && !label(drafts, k))
                && !copies_the_line_above(text, drafts[k].block.span.start)
        })
        .collect();
    // (one alone: a place and a date opening a scene of one sentence, its credit touching it
    // from above and the story's paragraph under it, is a caption printed under its credit, the
    // story having no dateline: "Photo: Supplied" / "CHANTHABURI, Feb 8, 2024 – Refrigerated
    // trucks … queue at a packing house …" / "Thai durian exporters are shifting …")
    if let [k] = datelines[..] {
        let scene = drafts[k + 1].block.span.of(text);
        let credited = k >= 1
            && drafts[k - 1].block.kind == BlockKind::Credit
            && drafts[k - 1].line + 1 == drafts[k].line;
        let story_under = drafts.get(k + 2).is_some_and(|d| {
            d.line > drafts[k].line
                && is_story_paragraph(d)
                && d.block.span.of(text).len() > scene.len()
        });
        if glued(drafts, k)
            && dated(drafts, k)
            && credited
            && story_under
            && !holds_two_sentences(scene)
            && scene
                .split_whitespace()
                .nth(MAX_SCENE_CAPTION_WORDS)
                .is_none()
        {
            join_as_caption(drafts, k);
        }
        return;
    }
    if datelines.len() < 2 {
        return;
    }
    // the line under a caption's label may be its photo's credit; the story's dateline has
    // the story after it
    // (or over it, alone on its line, when no line over the credit is a caption it closes:
    // "TRIBUNJATENG/KHOIRUL ANWAR" / "PUTUS - Warga …", but not "BANJIR – Warga …" / "ANDI
    // RAHMAN/PONTIANAK POST" / "PONTIANAK – Air …")
    let credit_under = |drafts: &[Draft], k: usize| {
        let credit = |d: &Draft, line: usize| d.block.kind == BlockKind::Credit && d.line == line;
        let over = || {
            let above = drafts[k - 1].line.wrapping_sub(1);
            credit(&drafts[k - 1], drafts[k].line.wrapping_sub(1))
                && (k < 2 || drafts[k - 2].line != drafts[k - 1].line)
                && !drafts[..k - 1].iter().any(|d| d.line == above && d.prose)
        };
        drafts
            .get(k + 2)
            .is_some_and(|d| credit(d, drafts[k].line + 1))
            || k >= 1 && over()
    };
    // a caption printed again from its alt text under its credit, the line over the credit
    // the same: "Padang, 10 Juni 2024 – Seorang pedagang …" / "(Foto: …)" / the same line
    let printed_again_under_credit = |drafts: &[Draft], k: usize| {
        k >= 2
            && drafts[k - 1].block.kind == BlockKind::Credit
            && drafts[k - 1].line + 1 == drafts[k].line
            && drafts[..k - 1]
                .iter()
                .find(|d| d.line + 1 == drafts[k - 1].line)
                .is_some_and(|d| on_the_same_line(text, d, &drafts[k]))
    };
    let story = datelines
        .iter()
        .copied()
        .find(|&k| !label(drafts, k) && !dated(drafts, k))
        .or_else(|| {
            // (nor one right over another: the story's dateline has the story under it, a
            // caption's label may have the story's dateline under it, "INSET: Syamsuddin …"
            // over "BONTANG – Puluhan rumah …")
            let over_dateline = |k: usize| {
                datelines
                    .iter()
                    .any(|&j| drafts[j].line == drafts[k].line + 1)
            };
            datelines
                .iter()
                .copied()
                .find(|&k| !credit_under(drafts, k) && !over_dateline(k))
        })
        .unwrap_or(datelines[0]);
    // (the story's own dateline again, no credit touching it, is another story's, a teaser's
    // under its headline in a list of related stories: "TIDENG PALE – Seorang nelayan di
    // Kecamatan Tana Lia …")
    let story_place = place(drafts[story].block.span);
    // whether the dateline at `k` opens a caption
    let captions = |drafts: &[Draft], k: usize| {
        // (unless its photo's credit touches it: a caption may open with the story's place)
        if !glued(drafts, k)
            || k != story
                && place(drafts[k].block.span).eq_ignore_ascii_case(story_place)
                && !credit_under(drafts, k)
        {
            return false;
        }
        let line = Span::new(drafts[k].block.span.start, drafts[k + 1].block.span.end);
        let words = line.of(text).split_whitespace().count();
        let placed = k > story || k < story && credit_under(drafts, k);
        // (a dated one: its credit touching it, and the story's dateline next when it stands
        // over the story, past prints of the caption itself)
        let dated_caption = || {
            dated(drafts, k)
                && (credit_under(drafts, k) || printed_again_under_credit(drafts, k))
                && (k > story
                    || drafts[k + 2..story]
                        .iter()
                        .all(|d| !d.prose || on_the_same_line(text, d, &drafts[k])))
        };
        // (a line cut off by an ellipsis is another story's teaser under its headline, its
        // dateline in capitals: "BANJARNEGARA – Menjelang Lebaran, perajin keramik …
        // hampers...")
        let teaser = is_cut_by_ellipsis(line.of(text));
        placed && (label(drafts, k) || dated_caption()) && words <= MAX_CAPTION_WORDS && !teaser
    };
    for &k in datelines.iter().rev() {
        // (or the caption printed again from its alt text right under its first print:
        // "Foto: …" / "Sumenep, 9/7 – Petambak garam …" / the same line)
        let first_print = || {
            datelines.iter().copied().find(|&j| {
                j < k
                    && drafts[j].line + 1 == drafts[k].line
                    && on_the_same_line(text, &drafts[j], &drafts[k])
            })
        };
        if captions(drafts, k) || first_print().is_some_and(|j| captions(drafts, j)) {
            join_as_caption(drafts, k);
        }
    }
}

/// Joins draft `k`, a label or a place and date read as a dateline, and the draft after it on
/// its line into one caption spanning both.
fn join_as_caption(drafts: &mut Vec<Draft>, k: usize) {
    let line = Span::new(drafts[k].block.span.start, drafts[k + 1].block.span.end);
    drafts[k].block = Block {
        kind: BlockKind::Caption,
        span: line,
        duplicate_of: None,
    };
    drafts[k].prose = true;
    drafts[k].dateline = false;
    drafts.remove(k + 1);
}

/// Whether `head`, a dateline's words without its dash, is a place and a date alone: one to
/// three capitalized words, a comma, then one to four words of a date, a number among them
/// ("PATI, 19 Agustus 2024", "Klaten, 17/6/2024", "CHANTHABURI, Feb 8, 2024"; "SORONG, Selasa
/// (17/9/2024)" is none: a bracket). An outlet's name ("Jakarta, 12/3 (ANTARA)") or a site's
/// makes none.
fn is_place_and_date(head: &str) -> bool {
    let Some((place, date)) = head.split_once(", ") else {
        return false;
    };
    let place_words = place.split_whitespace().count();
    let date_words = date.split_whitespace().count();
    (1..=3).contains(&place_words)
        && (1..=4).contains(&date_words)
        && place.split_whitespace().all(|w| {
            w.starts_with(|c: char| c.is_uppercase()) && w.chars().all(char::is_alphabetic)
        })
        && date.contains(|c: char| c.is_ascii_digit())
        && date.split_whitespace().all(|w| {
            // (an English date parts its day from the year by a comma: "Feb 8, 2024")
            let lower = w.trim_end_matches(',').to_lowercase();
            is_number_like(&lower, &['/', '.', '-'])
                || MONTHS.contains(&lower.trim_end_matches('.'))
        })
}

/// A table of contents under the headline or the story's opening paragraph ("Daftar Isi" /
/// "Berapa lama anak perlu tidur siang?" / "Cara membiasakan anak tidur siang"): a run of at
/// least [`CONTENTS_ENTRIES`] short lines next to each other, each printed again further down
/// the page, where the copies stand apart, with running text between each and the next (the
/// story's subheadings). The entries are the page's; the copies are subheadings (meta), a
/// question among them too ("Kapan harus ke dokter?"). A page printed twice by a scraper
/// repeats its lines in runs (the headline and the byline still next to each other), so it is
/// not a table of contents.
fn mark_contents(text: &str, drafts: &mut [Draft]) {
    let entry = |d: &Draft| {
        let line = d.block.span.of(text);
        d.block.kind == BlockKind::Paragraph
            && !d.settled
            && !line.ends_with('.')
            && line.split_whitespace().nth(SUBHEADING_WORDS).is_none()
    };
    let running = |d: &Draft| {
        d.block.kind == BlockKind::Paragraph
            && d.prose
            && d.block
                .span
                .of(text)
                .split_whitespace()
                .nth(BODY_WORDS - 1)
                .is_some()
    };
    let mut k = 0;
    while k < drafts.len() {
        // (entry, its copy further down)
        let mut run: Vec<(usize, usize)> = Vec::new();
        for j in k..drafts.len() {
            if !entry(&drafts[j]) {
                break;
            }
            let line = drafts[j].block.span.of(text);
            let Some(copy) = (j + 1..drafts.len()).find(|&c| drafts[c].block.span.of(text) == line)
            else {
                break;
            };
            run.push((j, copy));
        }
        let apart = run.len() >= CONTENTS_ENTRIES
            && run[0].1 > run[run.len() - 1].0
            && run
                .windows(2)
                .all(|w| w[0].1 < w[1].1 && drafts[w[0].1 + 1..w[1].1].iter().any(running));
        if apart {
            for &(j, copy) in &run {
                drafts[j].block.kind = BlockKind::Boilerplate;
                drafts[j].settled = true;
                // a copy left open is a subheading; one a line's shape settled stays as it is
                if drafts[copy].block.kind == BlockKind::Paragraph && !drafts[copy].settled {
                    drafts[copy].block.kind = BlockKind::Meta;
                    drafts[copy].settled = true;
                }
            }
        }
        k += run.len().max(1);
    }
}

/// Entries of a table of contents, at least.
const CONTENTS_ENTRIES: usize = 2;

/// A caption printed twice, once alone (the image's alt text) and once with its credit after
/// it on its line (the figure's caption): "Workers desilting a nullah near LBS Marg in Kurla
/// on Saturday." / "Workers desilting a nullah near LBS Marg in Kurla on Saturday. (Photo:
/// Rajesh Jadhav)", in either order, next to each other or apart on the page, with a credit
/// line or the byline between them. Both prints are the caption, and what the longer print
/// adds is the credit, whatever its shape ("Tribune photo", "Photo © Matangi Tonga Online"):
/// the shorter print says where the caption ends. The shorter print is a whole line of
/// [`SCENE_WORDS`] words at least; the addition is a credit by shape, a name in brackets, or
/// capitalized words in brackets or after a dash, of [`MAX_REPRINT_CREDIT_WORDS`] at most.
fn mark_reprinted_with_credit(text: &str, drafts: &mut Vec<Draft>) {
    // each physical line's drafts: (first draft, drafts on it, the line trimmed)
    let mut lines: Vec<(usize, usize, Span)> = Vec::new();
    for k in 0..drafts.len() {
        let span = drafts[k].block.span;
        let start = text[..span.start].rfind('\n').map_or(0, |at| at + 1);
        match lines.last_mut() {
            Some((first, count, _))
                if *first + *count == k && drafts[*first].block.span.start >= start =>
            {
                *count += 1;
            }
            _ => {
                let end = text[span.end..]
                    .find('\n')
                    .map_or(text.len(), |at| span.end + at);
                lines.push((k, 1, trimmed(text, Span::new(start, end))));
            }
        }
    }
    let open = |d: &Draft| {
        matches!(d.block.kind, BlockKind::Paragraph | BlockKind::Caption) && !d.embedded
    };
    let alone = |&(k, count, whole): &(usize, usize, Span)| {
        count == 1
            && drafts[k].block.span == whole
            && open(&drafts[k])
            && whole.len() >= MIN_TRUNCATED_REPEAT
            && whole
                .of(text)
                .split_whitespace()
                .nth(SCENE_WORDS - 1)
                .is_some()
    };
    // a line's longer prints sort right after it (of the lines long enough to be a print)
    let mut order: Vec<usize> = Vec::with_capacity(lines.len());
    order.extend((0..lines.len()).filter(|&l| lines[l].2.len() >= MIN_TRUNCATED_REPEAT));
    order.sort_unstable_by_key(|&l| lines[l].2.of(text));
    // (short print's line, long print's line, where the credit starts)
    let mut pairs: Vec<(usize, usize, usize)> = Vec::new();
    for (at, &short) in order.iter().enumerate() {
        if !alone(&lines[short]) {
            continue;
        }
        let caption = lines[short].2.of(text);
        let reprint = order[at + 1..]
            .iter()
            .take_while(|&&long| lines[long].2.of(text).starts_with(caption))
            .find(|&&long| {
                let (k, count, whole) = lines[long];
                let rest = &whole.of(text)[caption.len()..];
                let glued = rest.starts_with(['(', '['])
                    || caption.ends_with(['.', ')']) && !rest.starts_with(' ');
                (rest.starts_with(' ') || glued)
                    && !whole.of(text).contains('\t')
                    && drafts[k..k + count]
                        .iter()
                        .all(|d| open(d) || d.block.kind == BlockKind::Credit)
                    && credits_a_reprint(caption, rest.trim())
            });
        if let Some(&long) = reprint {
            pairs.push((short, long, lines[long].2.start + caption.len()));
        }
    }
    // the long prints' lines are rewritten from the page's end, so that indices hold
    // (a line is rewritten once: two shorter prints of it, "X" and "X Y" over "X Y (Photo:
    // …)", would part it twice; the longer of them, whose credit starts later, is kept)
    pairs.sort_unstable_by_key(|&(_, long, at)| (std::cmp::Reverse(long), std::cmp::Reverse(at)));
    pairs.dedup_by_key(|&mut (_, long, _)| long);
    for &(short, _, _) in &pairs {
        printed_caption(&mut drafts[lines[short].0]);
    }
    for (_, long, at) in pairs {
        let (k, count, whole) = lines[long];
        let (line, gap_before) = (drafts[k].line, drafts[k].gap_before);
        let mut caption = draft(
            BlockKind::Caption,
            trimmed(text, Span::new(whole.start, at)),
            true,
            true,
        );
        let mut credit = draft(
            BlockKind::Credit,
            trimmed(text, Span::new(at, whole.end)),
            false,
            true,
        );
        caption.twice = true;
        (caption.line, caption.gap_before, credit.line) = (line, gap_before, line);
        drafts.splice(k..k + count, [caption, credit]);
    }
}

/// A credit the page printed on a line of its own, printed again at the end of another line:
/// the photographer's next photo, its caption and credit on one line as the page set them
/// ("Ice piles up along the river …" / "GRETA SOLBERG, TRIBUNE" / … / "A city crew stacks
/// sandbags … on Monday.GRETA SOLBERG, TRIBUNE"). The line is parted where the credit begins,
/// glued to the caption's closing mark or after a space: the caption is what comes before it,
/// a whole sentence of [`SCENE_WORDS`] words at least. A credit of two words at least and
/// [`MIN_REPRINTED_CREDIT`] bytes, so that an agency's short name signing a paragraph ("…
/// on Monday. AFP") is not taken for one.
fn mark_credits_printed_again(text: &str, drafts: &mut Vec<Draft>) {
    let mut credits: Vec<&str> = Vec::new();
    for k in 0..drafts.len() {
        let own = drafts[k].block.span.of(text);
        if drafts[k].block.kind == BlockKind::Credit
            && alone_on_its_line(drafts, k)
            && own.len() >= MIN_REPRINTED_CREDIT
            && own.contains(char::is_whitespace)
        {
            credits.push(own);
        }
    }
    if credits.is_empty() {
        return;
    }
    // (draft, where its credit starts), rewritten from the page's end so that indices hold
    let mut parts: Vec<(usize, usize)> = Vec::new();
    for k in 0..drafts.len() {
        let d = &drafts[k];
        if d.block.kind != BlockKind::Paragraph || d.embedded || !alone_on_its_line(drafts, k) {
            continue;
        }
        let line = d.block.span.of(text);
        let Some(credit) = credits
            .iter()
            .find(|c| line.len() > c.len() && line.ends_with(**c))
        else {
            continue;
        };
        let caption = line[..line.len() - credit.len()].trim_end();
        if ends_with_stop(caption) && caption.split_whitespace().nth(SCENE_WORDS - 1).is_some() {
            parts.push((k, line.len() - credit.len()));
        }
    }
    for &(k, at) in parts.iter().rev() {
        split_off(text, drafts, k, at, Side::Tail, BlockKind::Credit);
        drafts[k].block.kind = BlockKind::Caption;
        drafts[k].settled = true;
    }
}

/// Whether draft `k` is the only one on its line.
fn alone_on_its_line(drafts: &[Draft], k: usize) -> bool {
    let line = drafts[k].line;
    (k == 0 || drafts[k - 1].line != line) && drafts.get(k + 1).is_none_or(|d| d.line != line)
}

/// The shortest credit [`mark_credits_printed_again`] looks for again, in bytes.
const MIN_REPRINTED_CREDIT: usize = 10;

/// Words a credit added to a caption's second print may have, at most.
const MAX_REPRINT_CREDIT_WORDS: usize = 8;

/// Whether `rest`, added to `caption` in its second print, credits its photo: a credit by
/// shape ("(Photo: Rajesh Jadhav)", "Tribune photo", "Photo © Matangi Tonga Online"), a name
/// in brackets ("(Zambia Monitor)"),
/// or capitalized words in brackets ("[Source: Ministry of Agriculture]") or after a dash when
/// the caption ends a sentence ("… Kampung Pantau-Pantau. – Supplied"); never a window title's
/// site after a headline ("Rising rents push Seoul students … - Chosunilbo (English Edition)").
fn credits_a_reprint(caption: &str, rest: &str) -> bool {
    let dashed = rest
        .strip_prefix(['-', '–', '—'])
        .filter(|name| name.starts_with(' ') && ends_with_stop(caption))
        .map(str::trim_start);
    let named = credit::in_brackets(rest)
        .or(dashed)
        .is_some_and(|name| name.starts_with(|c: char| c.is_uppercase()));
    // a credit that ends the addition after a photo's noun: "Photo © Matangi Tonga Online"
    let worded = || {
        credit::trailing(rest)
            .is_some_and(|at| rest[..at].split_whitespace().all(credit::is_photo_noun))
    };
    rest.split_whitespace()
        .nth(MAX_REPRINT_CREDIT_WORDS)
        .is_none()
        && !rest.starts_with('|')
        && (credit::is_credit(rest) || credit::is_bracketed_name(rest) || named || worded())
}

/// Settles `d` as one of a caption's two prints.
fn printed_caption(d: &mut Draft) {
    d.twice = true;
    d.block.kind = BlockKind::Caption;
    d.settled = true;
}

/// A line printed twice in a row is flagged: scrapers print a figure's caption once under the
/// image and once from its alt text. Prose printed twice, or printed twice next to a credit, is
/// a caption at once; a headline-shaped pair may still be the title, and becomes a caption in
/// [`mark_captions`] otherwise.
fn mark_printed_twice(text: &str, drafts: &mut Vec<Draft>) {
    mark_printed_twice_signed(text, drafts);
    mark_labelled_alt_text(text, drafts);
    for i in 1..drafts.len() {
        // (or with its credit before it on its line: "Sejumlah pelajar …" / "FOTO: DOK WARGA
        // Sejumlah pelajar …")
        let credited = i >= 2
            && drafts[i - 1].block.kind == BlockKind::Credit
            && drafts[i - 1].line == drafts[i].line;
        let p = if credited { i - 2 } else { i - 1 };
        let (a, b) = (&drafts[p], &drafts[i]);
        let open = |d: &Draft| d.block.kind == BlockKind::Paragraph && !d.settled;
        // (the second print may carry its credit on its line, which made it a caption: the
        // image's alt text, then the caption with "(Foto: …)" after it)
        // (the two prints are neighbours, whatever blank lines the page sets between them)
        let captioned = b.block.kind == BlockKind::Caption && b.line == a.line + 1 || credited;
        let (first, second) = (a.block.span.of(text), b.block.span.of(text));
        // or the alt text cut off under a caption of one sentence: "Jeriken milik warga
        // berjajar di depan pos RW menunggu giliran pengisian air bersih." / "Jeriken milik
        // warga berjajar di depan pos RW menunggu gil" (a pull quote repeating a paragraph's
        // opening stands under a paragraph of several sentences)
        let cut = || {
            let copy = second.trim_end_matches(['…', '.', ' ']);
            open(a)
                && open(b)
                && b.line == a.line + 1
                && copy.len() >= MIN_TRUNCATED_REPEAT
                && copy.len() < first.len()
                && first.starts_with(copy)
                && a.prose
                && !first.trim_end_matches('.').contains(". ")
                && first.split_whitespace().count() <= MAX_CAPTION_WORDS
        };
        if cut() {
            for k in [p, i] {
                printed_caption(&mut drafts[k]);
            }
            continue;
        }
        if open(a) && (open(b) || captioned) && first == second {
            let credit = |k: Option<usize>| {
                k.and_then(|k| drafts.get(k))
                    .is_some_and(|d| d.block.kind == BlockKind::Credit)
            };
            let caption = (a.prose && !looks_like_title(a.block.span.of(text)))
                || captioned
                || credit(i.checked_sub(2))
                || credit(Some(i + 1));
            // a menu's last link printed again as the section's label ("Government" /
            // "Government") reads as no caption: only a line that might be one counts as twice
            if !caption && caption_likeness(text, a) == 0 {
                continue;
            }
            for k in [p, i] {
                drafts[k].twice = true;
                if caption {
                    drafts[k].block.kind = BlockKind::Caption;
                    drafts[k].settled = true;
                }
            }
        }
    }
}

/// A credit opening a line under a caption that has none closes that caption, and what the
/// scraper glued after it is the story going on, not a second caption: "TEMUI WARGA: Kepala
/// Desa … di balai desa, Minggu malam (14/7)." / "(FOTO: DOK. PEMDES SUKOMULYO FOR
/// GRESIKPOST)Kepala Desa Sukomulyo Hadi Prayitno membenarkan keluhan tersebut. Ia mengaku …"
/// (the credit-first caption's shape, "Foto: … Petugas memeriksa …", has no caption above it).
/// Only text of two sentences or more: a caption under its credit is mostly one.
fn mark_story_after_closing_credit(text: &str, lang: Lang, drafts: &mut [Draft]) {
    for k in 2..drafts.len() {
        let (caption, credit, after) = (&drafts[k - 2], &drafts[k - 1], &drafts[k]);
        let opens_the_line = caption.line + 1 == credit.line && credit.line == after.line;
        if opens_the_line
            && caption.block.kind == BlockKind::Caption
            && credit.block.kind == BlockKind::Credit
            && after.block.kind == BlockKind::Caption
            && sentences::split(after.block.span.of(text), lang).len() >= 2
        {
            let (line, gap_before) = (after.line, after.gap_before);
            drafts[k] = Draft {
                line,
                gap_before,
                ..read_paragraph(text, after.block.span, lang)
            };
        }
    }
}

/// The image's alt text with the site's name as its label, then the caption itself: "Bournemouth
/// Echo: The two paddleboarders were brought ashore …" / "The two paddleboarders were brought
/// ashore … (Image: RNLI/…)". The label (one to four capitalized words and a colon) is the
/// page's, and both prints are the caption; read alone, the labelled print shares the story's
/// words as a headline does.
fn mark_labelled_alt_text(text: &str, drafts: &mut Vec<Draft>) {
    const LABEL_WORDS: std::ops::RangeInclusive<usize> = 1..=4;
    let open = |d: &Draft| d.block.kind == BlockKind::Paragraph && !d.settled;
    for i in (1..drafts.len()).rev() {
        let (a, b) = (&drafts[i - 1], &drafts[i]);
        if !(open(a) && (open(b) || b.block.kind == BlockKind::Caption) && b.line == a.line + 1) {
            continue;
        }
        // (the second print closes the first: one comparison of bytes from the end rules out
        // most pairs of the story's paragraphs)
        let (first, second) = (a.block.span.of(text), b.block.span.of(text));
        let Some(label) = first
            .strip_suffix(second)
            .and_then(|head| head.strip_suffix(": "))
        else {
            continue;
        };
        if !capitalized_words(label, LABEL_WORDS)
            || second.split_whitespace().nth(SCENE_WORDS - 1).is_none()
        {
            continue;
        }
        let caption = split_off_meta(text, drafts, i - 1, label.len() + 1, Side::Head) + 1;
        drafts[caption - 1].block.kind = BlockKind::Boilerplate;
        for k in [caption, caption + 1] {
            printed_caption(&mut drafts[k]);
        }
    }
}

/// A line printed again on the next line with the photographer's name in capitals after it:
/// the image's alt text, then the caption and its credit ("The Island Star … docked at Potter's
/// Cay yesterday." / "The Island Star … docked at Potter's Cay yesterday. KEVRON ADDERLEY").
/// Both prints are the caption and the name its credit, split off the second (read alone, the
/// name would sign a paragraph). The name: two to four words of letters in capitals.
fn mark_printed_twice_signed(text: &str, drafts: &mut Vec<Draft>) {
    const NAME_WORDS: std::ops::RangeInclusive<usize> = 2..=4;
    let open = |d: &Draft| d.block.kind == BlockKind::Paragraph && !d.settled;
    for i in (1..drafts.len()).rev() {
        let (a, b) = (&drafts[i - 1], &drafts[i]);
        if !(open(a) && open(b) && a.prose && b.line == a.line + 1) {
            continue;
        }
        let (first, second) = (a.block.span.of(text), b.block.span.of(text));
        let Some(at) = second
            .strip_prefix(first)
            .filter(|rest| rest.starts_with(' '))
            .map(|_| first.len())
        else {
            continue;
        };
        let name = second[at..].trim();
        let shouted = NAME_WORDS.contains(&name.split_whitespace().count())
            && name
                .chars()
                .all(|c| c == ' ' || c.is_alphabetic() && !c.is_lowercase());
        if !(shouted && ends_with_stop(first)) {
            continue;
        }
        let credit = split_off_meta(text, drafts, i, at, Side::Tail);
        drafts[credit].block.kind = BlockKind::Credit;
        for k in [i - 1, i] {
            printed_caption(&mut drafts[k]);
        }
    }
}

/// A credit printed as a label line and a name line, as a page's two elements leave it:
/// "Banjir bandang di Kecamatan Cikajang, Garut." / "Sumber :" / "BPBD Garut". The label alone
/// on its line, then a short line without a stop (the name), right after a line of prose of a
/// caption's length and apart from the story's paragraphs: the label and the name are the
/// credit, and the prose is its caption.
fn mark_split_credits(text: &str, drafts: &mut [Draft]) {
    const LABELS: &[&str] = &[
        "foto", "sumber", "photo", "source", "credit", "kredit", "image",
    ];
    const MAX_NAME_WORDS: usize = 6;
    for i in 1..drafts.len().saturating_sub(1) {
        let label = drafts[i].block.span.of(text).trim_end_matches(':').trim();
        let is_label = drafts[i].block.span.of(text).ends_with(':')
            && LABELS.iter().any(|l| label.eq_ignore_ascii_case(l));
        if !is_label {
            continue;
        }
        let (before, name) = (&drafts[i - 1], &drafts[i + 1]);
        let name_text = name.block.span.of(text);
        let is_name = name.line == drafts[i].line + 1
            && name.block.kind == BlockKind::Paragraph
            && !name.settled
            && name_text.split_whitespace().count() <= MAX_NAME_WORDS
            && !name_text.ends_with(['.', '!', '?']);
        let is_caption = before.line + 1 == drafts[i].line
            && (is_given_caption(before)
                || before.prose
                    && !before.settled
                    && before.block.kind == BlockKind::Paragraph
                    && of_caption_length(text, before));
        // a caption stands apart from the story's paragraphs: "… kata dia." / "Sumber :" /
        // "Antara" at the end of a story is its source line, and the paragraph stays one
        let apart =
            i < 2 || !(drafts[i - 2].prose && drafts[i - 2].block.kind == BlockKind::Paragraph);
        if is_name && is_caption && apart {
            drafts[i - 1].block.kind = BlockKind::Caption;
            for d in &mut drafts[i - 1..=i + 1] {
                d.settled = true;
            }
            drafts[i].block.kind = BlockKind::Credit;
            drafts[i + 1].block.kind = BlockKind::Credit;
        }
    }
}

/// Initials in capitals in brackets, two or three letters, that name no agency nor a photo's
/// source ([`credit::is_agency_alone`], [`credit::is_credit_word`]): "(RH)", "(ZA)", not "(AFP)"
/// or "(IST)".
fn is_lone_capital_initials(s: &str) -> bool {
    credit::in_brackets(s.trim_end_matches('.')).is_some_and(|inner| {
        (2..=3).contains(&inner.len())
            && inner.bytes().all(|b| b.is_ascii_uppercase())
            && !credit::is_agency_alone(inner)
            && !credit::is_credit_word(inner)
    })
}

/// An outlet's mark in brackets: an agency's ([`credit::is_agency_mark`]) or an outlet's
/// acronym, its parts perhaps parted by a slash ("(RFE/RL)", "(AFP)").
fn is_outlet_mark(s: &str) -> bool {
    credit::is_agency_mark(s) || is_bracketed_acronym(s)
}

/// An outlet's acronym in brackets, its parts perhaps parted by a slash: "(RFE/RL)", "(AFP)".
fn is_bracketed_acronym(s: &str) -> bool {
    s.strip_prefix('(')
        .and_then(|s| s.strip_suffix(')'))
        .is_some_and(|inner| {
            (2..=MAX_ACRONYM_BYTES).contains(&inner.len())
                && inner.bytes().all(|b| b.is_ascii_uppercase() || b == b'/')
                && inner.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        })
}

/// The longest outlet's acronym in brackets, "RFE/RL" and the like.
const MAX_ACRONYM_BYTES: usize = 12;

/// Whether `line` describes a scene ([`scene::scene_words`]) and holds no word that only a
/// clause holds: a picture's caption rather than the story's sentence.
fn is_untold_scene(line: &str, lang: Lang) -> bool {
    scene::scene_words(line, lang).is_some() && !scene::holds_clause_word(line, lang)
}

/// Whether the line right above draft `i` is an open line that describes a scene with no word
/// of a clause ([`is_untold_scene`]), touching it, and the story goes on right under it: the
/// picture's caption over its credit ("Police officers outside the Interior Ministry building
/// in Bishkek on March 20." / "(RFE/RL)" / "Rights groups condemned …").
fn under_untold_scene(text: &str, lang: Lang, drafts: &[Draft], i: usize) -> bool {
    i >= 1
        && !drafts[i].gap_before
        && drafts[i - 1].block.kind == BlockKind::Paragraph
        && !drafts[i - 1].settled
        && drafts.get(i + 1).is_some_and(is_story_paragraph)
        && is_untold_scene(drafts[i - 1].block.span.of(text), lang)
}

/// Words of a sentence that introduces a picture with a colon, at least ("Here is what the
/// post looked like:"); a label with a colon is shorter ("Bagikan:", "Share this:").
const INTRO_WORDS: usize = 3;

/// Captions by position: the prose next to a credit that stands on its own line, and what is
/// left of the lines printed twice. Of the two neighbours of such a credit, a line printed twice
/// wins, then prose; between two prose lines, the one not cut off by a blank line, and if both
/// or neither are, the one before. A neighbour that is not prose ("Gedung Merah Putih KPK")
/// must touch the credit.
fn mark_captions(text: &str, lang: Lang, site: &[String], drafts: &mut [Draft]) {
    let open = |d: &Draft| d.block.kind == BlockKind::Paragraph && !d.settled;
    mark_credits_by_place(text, drafts);
    // an agency's mark read as the story's sign-off is a photo's credit when a scene touches it
    // from above and the story goes on under it: "Police officers outside the Interior Ministry
    // building in Bishkek on March 20." / "(RFE/RL)" / "Rights groups condemned …"
    for i in 1..drafts.len().saturating_sub(1) {
        let d = &drafts[i];
        if d.block.kind == BlockKind::Meta
            && alone_on_its_line(drafts, i)
            && is_outlet_mark(d.block.span.of(text))
            && under_untold_scene(text, lang, drafts, i)
        {
            drafts[i].block.kind = BlockKind::Credit;
        }
    }
    for i in 0..drafts.len() {
        let credit = &drafts[i];
        if credit.block.kind != BlockKind::Credit {
            continue;
        }
        let alone = |k: Option<usize>| {
            k.and_then(|k| drafts.get(k))
                .is_none_or(|d| d.line != credit.line)
        };
        // (a credit of the page's lead picture names no caption beside it: "Main image: Hull
        // City Council" after the story's last paragraph)
        if !alone(i.checked_sub(1))
            || !alone(Some(i + 1))
            || credit::credits_the_lead_image(credit.block.span.of(text))
        {
            continue;
        }
        let own_text = credit.block.span.of(text);
        // the reporter's signature after the story's last paragraph, under the site's own
        // name: "Bintang.com/Nadia Safitri"
        let site_signature = || {
            own_text.split_once('/').is_some_and(|(outlet, _)| {
                site.iter()
                    .any(|name| outlet.trim().eq_ignore_ascii_case(name))
            }) && ends_the_story(drafts, i)
                && i >= 2
                && is_story_paragraph(&drafts[i - 2])
        };
        // an agency's name alone among the meta lines under the title is the story's source,
        // the byline's place ("Published: May 4, 2024 …" / "Bernama"), not a photo's credit
        // (the dateline alone above it, "JAKARTA" / "AP", may not be marked yet)
        let bylined = || {
            let meta = |d: &Draft| {
                let line = d.block.span.of(text);
                d.block.kind == BlockKind::Meta || is_dateline_only(line) || is_shouted_place(line)
            };
            credit::is_named_agency_alone(own_text)
                && i >= 2
                && meta(&drafts[i - 1])
                && drafts[..i]
                    .iter()
                    .rev()
                    .find(|d| !meta(d))
                    .is_some_and(|d| d.block.kind == BlockKind::Title)
        };
        // ("(ist)", "(dok)": words only a photo's source uses sign no story)
        // ("(File photo)" as well: a photo's word among others)
        let photo_word = own_text
            .strip_prefix('(')
            .and_then(|s| s.strip_suffix(')'))
            .is_some_and(|s| {
                s.split_whitespace()
                    .any(|w| credit::is_credit_word(w) || credit::is_photo_noun(w))
            });
        // (a scene right above it, the story going on under it, is the photo's caption and the
        // agency its credit: "Police officers outside the Interior Ministry building in
        // Bishkek on March 20." / "(RFE/RL)" / "Rights groups condemned …")
        let signs = credit::is_agency_mark(own_text)
            && !photo_word
            && signs_the_story(drafts, i)
            && !under_untold_scene(text, lang, drafts, i)
            || credit::is_sign_off(own_text) && ends_the_story(drafts, i)
            || bylined()
            || site_signature();
        if signs {
            drafts[i].block.kind = BlockKind::Meta;
            continue;
        }
        let neighbour = |k: Option<usize>| {
            k.and_then(|k| drafts.get(k).map(|d| (k, d)))
                .filter(|(_, d)| d.line.abs_diff(credit.line) <= 2)
        };
        let before = neighbour(i.checked_sub(1));
        let after = neighbour(Some(i + 1));
        // a caption already next to the credit (on its own line before it) is the caption, and
        // a credit right after another continues it ("Sumber :" / "BPBD Garut")
        if [before, after]
            .iter()
            .flatten()
            .any(|(_, d)| d.block.kind == BlockKind::Caption)
            || before.is_some_and(|(_, d)| d.block.kind == BlockKind::Credit)
        {
            continue;
        }
        // a credit printed again (under a "toggle caption" button, in a gallery's strip)
        // already has its caption: beside it only a repeat of an earlier caption is one,
        // never the story's next paragraph
        let own = credit.block.span.of(text);
        let printed_again = drafts[..i]
            .iter()
            .any(|d| d.block.kind == BlockKind::Credit && d.block.span.of(text) == own);
        let repeats_a_caption = |d: &Draft| {
            let line = d.block.span.of(text);
            drafts[..i].iter().any(|c| {
                c.block.kind == BlockKind::Caption && c.block.span.of(text).starts_with(line)
            })
        };
        // a byline ("by University of Leeds") or a labelled note ("Citation: …") is none, nor
        // is someone's speech (a credit with no caption beside a quotation of the story)
        // (nor an item of the story's list, under another item: "- Kendaraan dari arah … ;" /
        // "- Angkutan kota trayek 64 … Jalan Stasiun." over "Foto: Dok. Dishub Medan" and its
        // caption; a caption alone may wear a list's mark, "• Part of the market")
        let listed = |k: usize| {
            drafts[k].item
                && k >= 1
                && drafts[k - 1].item
                && drafts[k - 1].line + 1 == drafts[k].line
        };
        let fits = |k: usize, d: &Draft| {
            open(d)
                && !listed(k)
                && !under_related_label(text, drafts, k)
                && of_caption_length(text, d)
                && !is_speech(d.block.span.of(text))
                && (!continues_the_story(d.block.span.of(text))
                    || opens_with_dated_scene(d.block.span.of(text)))
                && {
                    let line = d.block.span.of(text);
                    let note = opens_with_label(line)
                        && !CAPTION_OPENINGS
                            .iter()
                            .any(|p| starts_with_ignore_case(line, p));
                    !note && !is_english_byline(line)
                }
        };
        // a line closed by a colon right above introduces the picture in the story's voice
        // ("Here is what the post looked like at the time of writing:" over a screenshot's
        // credit): the picture has no caption, and the prose under it goes on with the story
        // (a sentence: a share bar's label, "Bagikan:", introduces nothing)
        if before.is_some_and(|(k, d)| {
            let line = d.block.span.of(text);
            k + 1 == i
                && open(d)
                && line.ends_with(':')
                && line.split_whitespace().nth(INTRO_WORDS - 1).is_some()
        }) {
            continue;
        }
        // a photographer credits several photos of a gallery: a line right above the credit,
        // touching it and not continuing the story's paragraphs, is its own photo's caption
        let own_photo = |k: usize| {
            let apart = k == 0 || !(open(&drafts[k - 1]) && drafts[k - 1].prose);
            k + 1 == i && !credit.gap_before && apart && caption_likeness(text, &drafts[k]) > 0
        };
        // or the line opens as the page's captions do, with a word in capitals, a newspaper's
        // caption style ("PEDAGANG Pasar Turi Baru menunggu …" / "SUASANA lantai dua …")
        let styled = |k: usize| {
            k + 1 == i
                && opens_in_capitals(drafts[k].block.span.of(text))
                && drafts[..k].iter().any(|c| {
                    c.block.kind == BlockKind::Caption && opens_in_capitals(c.block.span.of(text))
                })
        };
        // or the photographer's next photo inside the story: a line that reads as a caption
        // (prose, or a described scene without its stop) touching the credit from above, with
        // the story going on under it, where the credit's first print had a caption of its own
        // ("Warga menganyam …" / "KOMPAS/PRIYOMBODO" / … / "Kulit ketupat yang sudah jadi …" /
        // "KOMPAS/PRIYOMBODO" / "Menurut warga …"; "The garden gnome found in the river has
        // become the group's unofficial mascot" / "Picture: Anton River Friends")
        let next_photo = |k: usize| {
            let captioned = |c: usize| {
                drafts[c].block.kind == BlockKind::Credit
                    && drafts[c].block.span.of(text) == own
                    && [c.checked_sub(1), Some(c + 1)]
                        .into_iter()
                        .flatten()
                        .any(|j| {
                            drafts
                                .get(j)
                                .is_some_and(|d| d.block.kind == BlockKind::Caption)
                        })
            };
            // the story goes on under it, or the photo is the story's last, after its last
            // paragraph ("Seorang anak membantu …" / "KOMPAS/PRIYOMBODO" / "Bagikan")
            let last_photo =
                || k >= 1 && is_story_paragraph(&drafts[k - 1]) && ends_the_story(drafts, i);
            k + 1 == i
                && !credit.gap_before
                && caption_likeness(text, &drafts[k]) > 0
                && (drafts.get(i + 1).is_some_and(is_story_paragraph) || last_photo())
                && (0..k).any(captioned)
        };
        // an illustration's credit under a paragraph of the story's length credits a chart or a
        // drawing without a caption ("… will remain between 44°C and 47°C for the rest of the
        // week, …" / "DESIGN: FARHAN QURESHI"); a chart's title above it is short
        let illustration = credit::credits_an_illustration(own);
        let illustrated = |d: &Draft| {
            let line = d.block.span.of(text);
            illustration
                && ends_with_stop(line)
                && (line
                    .split_whitespace()
                    .nth(MAX_SCENE_CAPTION_WORDS)
                    .is_some()
                    // or of two sentences, as a scene's caption rarely is: "Dinas juga
                    // mengimbau … . Dengan begitu, …" / "GRAFIS: WAHYU NUGROHO/RADAR MADIUN"
                    || holds_two_sentences(line)
                    // or telling what happened, as a chart's or a map's title does not:
                    // "Residents say the existing dam …" / "Map: OC Media."
                    || scene::holds_clause_word(line, lang))
        };
        let before = before.filter(|&(k, d)| {
            fits(k, d)
                && !illustrated(d)
                && (!printed_again
                    || repeats_a_caption(d)
                    || own_photo(k)
                    || styled(k)
                    || next_photo(k))
        });
        // an illustration's credit has no caption under it ("Ilustrasi: Dok. SWA" over the
        // story's first paragraph)
        // (a scene in sentence case under it, which no paragraph of the story is, is the next
        // photo's: "Photo: Supplied" credits many)
        let unstopped_scene =
            |d: &Draft| scene::unstopped_scene_words(d.block.span.of(text), lang).is_some();
        // read once: whether the line under the credit is such a scene
        // (inside the story, between two of its paragraphs, no headline stands: an English
        // scene there needs no article, "Unfinished houses on disputed land in Chitungwiza's
        // Unit O")
        let in_story = |k: usize| {
            i >= 1
                && is_story_paragraph(&drafts[i - 1])
                && drafts.get(k + 1).is_some_and(is_story_paragraph)
        };
        let scene_after = after.is_some_and(|(k, d)| {
            unstopped_scene(d)
                || in_story(k)
                    && scene::unstopped_scene_shape(d.block.span.of(text), lang).is_some()
        });
        // at the story's top, no paragraph of it above and no caption beside the credit: the
        // line under it that the story goes on from and that tells what happened (a word of a
        // clause) is the story's lead ("[Photo: FILE]" / "Dalo exports from Taveuni have
        // dropped …" / "Senior Agriculture Officer … says …"); a caption there describes the
        // picture ("(Dok: KabarMakassar)" / "Deretan perahu nelayan bersandar di …")
        // (a line that names its own picture is its caption: "An adult coconut rhinoceros
        // beetle is shown in this undated photo.")
        let lead = |k: usize, d: &Draft| {
            !names_its_picture(d.block.span.of(text))
                && !drafts[..i].iter().any(is_story_paragraph)
                && drafts
                    .get(k + 1)
                    .is_some_and(|n| is_story_paragraph(n) && !n.dateline)
                && scene::holds_clause_word(d.block.span.of(text), lang)
        };
        let after = after.filter(|&(k, d)| {
            fits(k, d)
                && (!printed_again || repeats_a_caption(d) || scene_after)
                && !lead(k, d)
                && !illustration
                // nor is a line that reports what someone said: under a credit it is the
                // story's lead ("…, the defense ministry said.")
                && !bio::says(d.block.span.of(text))
        });
        // above a credit, a line that reports what someone said is the story's when the line
        // under the credit reads as a caption, or when the credit closes the story ("… the
        // Meteorology Department said …" / "Pix by …"); a gallery's caption may still quote
        // someone ("… He says he has lost count …" over its photographer's credit)
        let after_reads = after.is_some_and(|(_, d)| caption_likeness(text, d) > 0);
        // (unless it dates the picture, as a wire photo's caption does and the line under the
        // credit does not: "Grace Namutebi arranges sandals … on Tuesday, March 19, 2024.
        // Traders say sales have fallen …" / "Capital News/Isaac Mugisha" / "Police deployed at
        // the main gates …")
        let dated_over = |line: &str| {
            holds_date(line) && after.is_some_and(|(_, d)| !holds_date(d.block.span.of(text)))
        };
        let before = before.filter(|(_, d)| {
            let line = d.block.span.of(text);
            // a caption speaks in the present: "said", "told", "mengatakan" are the story's
            !bio::says(line)
                || !bio::says_in_story_voice(line) && !after_reads && !ends_the_story(drafts, i)
                || dated_over(line)
        });
        let joined_before = !credit.gap_before;
        let joined_after = after.is_some_and(|(_, d)| !d.gap_before);
        // prose first; a caption that is only a label ("Gedung Merah Putih KPK") must touch
        // its credit
        // the neighbour that reads most like a caption: prose, else a described scene ("The
        // partly built battery plant outside the town in January") over a label ("Read in
        // app", "Health correspondent")
        let likeness = |n: Option<(usize, &Draft)>| n.map_or(0, |(_, d)| caption_likeness(text, d));
        // a labelled credit on its own line ("Image: Adek Berry/AFP") is printed under its
        // caption: a described scene without a stop touching it from above is the caption,
        // and the prose under it, which the story's next paragraph continues, is the story's
        // (a credit without a label too, when the prose under it is longer than a caption:
        // "Synthetic clothing sheds tiny fibres every time it is washed" / "Petra
        // Lindholm/Alamy" / "A filter made from small pellets of fired clay can remove …")
        let long_after = || {
            after.is_some_and(|(_, d)| {
                d.block
                    .span
                    .of(text)
                    .split_whitespace()
                    .nth(MAX_SCENE_CAPTION_WORDS)
                    .is_some()
            })
        };
        // (or a portrait's caption, a person's name alone, between two paragraphs of the
        // story: "Marisol Ferrante" / "Courtesy of Fiorella Banks" / "Ferrante's debut …")
        let portrait = |k: usize, line: &str| {
            capitalized_words(line, 2..=3)
                && line
                    .chars()
                    .all(|c| c.is_alphabetic() || c == ' ' || c == '-' || c == '\'')
                && k >= 1
                && is_story_paragraph(&drafts[k - 1])
        };
        // (or the label inside the credit's brackets, which close a caption above it, whatever
        // names the caption holds: "Reece Holloway was jailed at Winchester Crown Court" /
        // "(Image: Hampshire Constabulary)")
        let bracketed = credit::in_brackets(own).is_some_and(credit::opens_with_label);
        let scene_above = before.filter(|&(k, d)| {
            let line = d.block.span.of(text);
            joined_before
                && (credit::opens_with_label(own) && likeness(before) == 1
                    || bracketed && line.split_whitespace().nth(SCENE_WORDS - 1).is_some()
                    || long_after() && likeness(before) == 1
                    || portrait(k, line))
                && !ends_with_stop(line)
                && after.is_some_and(|(j, _)| {
                    drafts.get(j + 1).is_some_and(is_story_paragraph) && j == i + 1 && k + 1 == i
                })
        });
        if let Some((k, _)) = scene_above {
            drafts[k].block.kind = BlockKind::Caption;
            drafts[k].settled = true;
            continue;
        }
        // a credit alone on its line inside the story, over a described scene without a stop
        // that the story goes on under: the scene is its caption, and the sentence over the
        // credit, in a run of the story's paragraphs, the story's ("… where it can be saved."
        // / "(Image: Cumberland Council)" / "An engineer's drawing of how the rebuilt steps
        // will look, with a new handrail on the seaward side" / "A handrail, …")
        let alone = |j: usize| drafts[j].line != credit.line;
        let scene_below = after.filter(|&(j, d)| {
            let line = d.block.span.of(text);
            j == i + 1
                && alone(j)
                && d.block.kind == BlockKind::Paragraph
                && !d.settled
                && !ends_with_stop(line)
                // (longer than a subheading: "A plan without a map" opens a section)
                && line.split_whitespace().nth(SUBHEADING_WORDS).is_some()
                && likeness(after) == 1
                && drafts.get(j + 1).is_some_and(is_story_paragraph)
                && before.is_some_and(|(k, b)| k + 1 == i && alone(k) && is_story_paragraph(b))
        });
        if let Some((j, _)) = scene_below {
            drafts[j].block.kind = BlockKind::Caption;
            drafts[j].settled = true;
            continue;
        }
        // a scene without a stop under the credit is its caption rather than a paragraph
        // above it longer than a scene's caption ("Pantauan Radar Sukabumi di lokasi, rakit
        // … dua pohon." / "Foto: Dok. BPBD" / "Pelajar SMP menyeberangi Sungai Cikaso dengan
        // rakit bambu yang ditarik tambang")
        // (or of two sentences, which a scene's caption rarely is: "Pintu utama digembok. Di
        // halaman depan, rumput liar tumbuh …" / "Foto: Dok. Kejari" / "Tim Kejari … meninjau
        // … di Lampulo, Selasa (18/6/2024)")
        // (and a credit touching the scene under it, apart from the paragraph above, is
        // printed over its caption: "" / "Image: ZimLive/File" / "Unfinished houses on …")
        let scene_under = after.is_some() && scene_after;
        let before = before.filter(|(_, d)| {
            let line = d.block.span.of(text);
            !scene_under
                || line
                    .split_whitespace()
                    .nth(MAX_SCENE_CAPTION_WORDS)
                    .is_none()
                    && !holds_two_sentences(line)
                    && (!joined_after || joined_before)
        });
        let best = likeness(before).max(likeness(after));
        let before = before.filter(|_| likeness(before) == best);
        let after = after.filter(|_| likeness(after) == best);
        // prose, or what reads as much like a caption (a stopped phrase)
        let prose = |n: Option<(usize, &Draft)>| n.filter(|_| best == 2).map(|(k, _)| k);
        let twice = |n: Option<(usize, &Draft)>| n.filter(|(_, d)| d.twice).map(|(k, _)| k);
        let pick = match (prose(before), prose(after)) {
            _ if twice(before).or(twice(after)).is_some() => twice(before).or(twice(after)),
            // prose on both sides: one of a scene's caption's length over a longer one, the
            // story's ("Reserves fell to $139 billion … a decline that reflects both …" /
            // "Photo: Bank Indonesia / Handout" / "Bank Indonesia's headquarters on Jalan MH
            // Thamrin in central Jakarta."), else the touching one
            (Some(k), Some(j)) => {
                let short = |i: usize| {
                    drafts[i]
                        .block
                        .span
                        .of(text)
                        .split_whitespace()
                        .nth(MAX_SCENE_CAPTION_WORDS)
                        .is_none()
                };
                // (of two lines of a caption's length, the one of two sentences is the
                // story's: "Kondisi serupa dialami petani … . Di sepanjang jalan …" / "Dok.
                // Saibumi.com" / "Antrean truk singkong di depan salah satu pabrik …")
                // (and of two single sentences, the one that tells what happened, with a word
                // only a clause holds, is the story's; the caption shows the scene: "Motorists
                // were stranded for hours …" / "Photo: Bernama" / "Firefighters help an elderly
                // woman out of a boat … on Tuesday.")
                let storied = |i: usize| {
                    let line = drafts[i].block.span.of(text);
                    (
                        holds_two_sentences(line),
                        scene::holds_clause_word(line, lang),
                    )
                };
                // (a wire photo's caption dates its scene in its first sentence, whatever its
                // length: "Ruth Kessler-Brandt boxes an order … on Tuesday, June 17, 2025. The
                // bakery … will close June 29." over "Marcus Delgado mdelgado@bnd.com" over the
                // story's first paragraph)
                let dated = |i: usize| opens_with_dated_scene(drafts[i].block.span.of(text));
                // at the story's top, no paragraph of it above, the lead picture's caption
                // stands over its credit and the story opens under it, whatever their lengths
                // ("Anglers fish from Discovery Pier … . The pier will close …" / "Mirror file
                // photo" / "Anglers who like to cast a line off Discovery Pier will …")
                // (a scene's words, and no clock: "Updated 7:48 p.m." over "COURTESY HAWAII
                // DEPARTMENT OF AGRICULTURE" is the page's time)
                let top = !drafts[..k].iter().any(is_story_paragraph) && {
                    let line = drafts[k].block.span.of(text);
                    line.split_whitespace().nth(SCENE_WORDS - 1).is_some() && !holds_clock(line)
                };
                let named = |i: usize| names_its_picture(drafts[i].block.span.of(text));
                Some(match (short(k), short(j)) {
                    _ if named(k) != named(j) => {
                        if named(k) {
                            k
                        } else {
                            j
                        }
                    }
                    _ if top => k,
                    _ if dated(k) != dated(j) => {
                        if dated(k) {
                            k
                        } else {
                            j
                        }
                    }
                    (false, true) => j,
                    (true, false) => k,
                    (true, true) if storied(k) != storied(j) => {
                        if storied(k) > storied(j) {
                            j
                        } else {
                            k
                        }
                    }
                    _ if joined_after && !joined_before => j,
                    _ => k,
                })
            }
            (Some(k), None) => Some(k),
            (None, Some(j)) => Some(j),
            // a label touching its credit, of two words at least: one word beside an agency's
            // name is a menu ("BERNAMA" / "World")
            // (or a scene in sentence case, touching it or not: "Photo: Supplied" / "" /
            // "Solar panels installed beside a shared tube well in Taungtha Township")
            (None, None) => before
                .filter(|(_, d)| joined_before || unstopped_scene(d))
                .or(after.filter(|_| joined_after || scene_after))
                .filter(|(_, d)| d.block.span.of(text).split_whitespace().nth(1).is_some())
                // nor a labelled value, a counter or a fact ("Dibaca: 1.284 kali", "Comments -
                // 0"), nor an order to the reader ("Follow us")
                .filter(|(_, d)| {
                    let line = d.block.span.of(text);
                    let number = |w: &str| {
                        w.bytes()
                            .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
                    };
                    let counter = line.split_whitespace().next_back().is_some_and(number)
                        // or the count first, in a line of a few words: "0 Comments", "12 Shares"
                        || line.split_whitespace().next().is_some_and(number)
                            && line.split_whitespace().nth(2).is_none();
                    // (a scene may close on its year: "… near Uonuma-Nakazato Station in
                    // autumn 2023")
                    // (nor the page's time: "Updated 7:48 p.m.")
                    !is_labelled_value(line)
                        && !holds_clock(line)
                        && (!counter || unstopped_scene(d))
                        && !prompt::opens_with_order(line)
                })
                // nor is a label above the headline at the page's top: the site's name
                // ("Global Times" / "WORLD / ASIA-PACIFIC")
                .filter(|&(k, _)| !masthead(drafts, k.min(i)))
                .map(|(k, _)| k),
        };
        if let Some(k) = pick {
            drafts[k].block.kind = BlockKind::Caption;
            drafts[k].settled = true;
        } else if (credit::is_named_agency_alone(own.trim_end_matches('.'))
            || credit::is_name_and_code(own))
            && under_title(drafts, i)
        {
            // an agency alone, or a writer's name and a code, under the headline with no
            // caption beside it is the story's byline: "Xinhua" or "Adi Prasetyo / RIA" over
            // the date
            drafts[i].block.kind = BlockKind::Meta;
        } else if masthead(drafts, i) {
            // and above it, with only the page's clutter before and no caption beside it, the
            // site's own name ("BERNAMA") or its section's path ("WORLD / ASIA-PACIFIC")
            drafts[i].block.kind = BlockKind::Boilerplate;
        }
    }
    for d in drafts.iter_mut().filter(|d| d.twice && open(d)) {
        d.block.kind = BlockKind::Caption;
        d.settled = true;
    }
    // a line the clutter tables took that has a credit's shape is the credit of the caption
    // it touches: "Ilustrasi jembatan gantung" then "©2024 Merdeka.com"
    for i in 0..drafts.len() {
        if drafts[i].block.kind != BlockKind::Caption {
            continue;
        }
        for k in [i.checked_sub(1), Some(i + 1)].into_iter().flatten() {
            let touches = drafts.get(k).is_some_and(|d| {
                d.block.kind == BlockKind::Boilerplate
                    && d.line.abs_diff(drafts[i].line) <= 1
                    && !(if k > i {
                        d.gap_before
                    } else {
                        drafts[i].gap_before
                    })
                    && credit::is_credit(d.block.span.of(text))
            });
            if touches {
                drafts[k].block.kind = BlockKind::Credit;
            }
        }
    }
}

/// A gallery's counter on a line of its own: "2 / 3", "2/3", "2 of 3", "Foto 2 dari 3", the
/// photo's number and how many the gallery holds (at least two). A page number or a score has
/// no line of its own, or no photo under it.
fn gallery_counter(line: &str) -> Option<(u32, u32)> {
    /// bytes of the longest counter: "Gambar 100 dari 100"
    const LONGEST: usize = 24;
    let line = line.trim();
    // most lines are longer than any counter: their length says so
    if line.len() > LONGEST {
        return None;
    }
    // (after a photo's noun: "Foto 2 dari 3", "Photo 2 of 3")
    let line = line
        .split_once(' ')
        .filter(|(noun, _)| credit::is_photo_noun(noun))
        .map_or(line, |(_, rest)| rest.trim_start());
    let (number, total) = line
        .split_once('/')
        .or_else(|| line.split_once(" of "))
        .or_else(|| line.split_once(" dari "))?;
    let (number, total) = (number.trim(), total.trim());
    let digits = |s: &str| (1..=3).contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit());
    if !digits(number) || !digits(total) {
        return None;
    }
    let (number, total) = (number.parse().ok()?, total.parse().ok()?);
    (1 <= number && number <= total && total >= 2).then_some((number, total))
}

/// The photos of a gallery, each under its counter ("1 / 3", a caption, a credit, "2 / 3", …):
/// what stands in a photo's slot, up to the next counter of the gallery, is that photo's
/// caption and credit, whatever its shape ("2 / 3" / "Gabah hasil panen dijemur di halaman
/// rumah warga" / "3 / 3"). After the gallery's last counter only the line right under it, or
/// under its credit, is a caption: the story goes on after it. A slot's open line of a
/// caption's length becomes its caption, when no caption is in the slot yet.
fn mark_gallery_slots(text: &str, drafts: &mut [Draft]) {
    let counters: Vec<(usize, (u32, u32))> = drafts
        .iter()
        .enumerate()
        .filter(|(_, d)| matches!(d.block.kind, BlockKind::Boilerplate | BlockKind::Paragraph))
        .filter_map(|(k, d)| gallery_counter(d.block.span.of(text)).map(|c| (k, c)))
        .collect();
    // a gallery is two counters of one total at least: one "1 / 3" alone may be anything, and
    // so may one printed twice, over and under its photo ("1 / 4" / a caption / a credit /
    // "1 / 4" / the story)
    let in_gallery = |total: u32| {
        let mut numbers = counters
            .iter()
            .filter(|(_, c)| c.1 == total)
            .map(|(_, c)| c.0);
        numbers
            .next()
            .is_some_and(|first| numbers.any(|n| n != first))
    };
    // a gallery's first counter alone, its captions listed under it, one for each photo, and
    // the gallery's credit under the last: "1 / 3" / "One of the new cold storage rooms …" /
    // "Inspectors check …" / "Shoppers at the market after sunset." / "PICTURES: Rajeev Menon"
    for &(k, (number, total)) in &counters {
        let listed = k + 1..k + 1 + total as usize;
        if number != 1
            || !(2..=MAX_LISTED_GALLERY).contains(&total)
            || in_gallery(total)
            || drafts
                .get(listed.end)
                .is_none_or(|d| d.block.kind != BlockKind::Credit)
            || !drafts[listed.clone()].iter().all(|d| {
                d.block.kind == BlockKind::Paragraph
                    && !d.settled
                    && of_caption_length(text, d)
                    && !continues_the_story(d.block.span.of(text))
            })
        {
            continue;
        }
        for d in &mut drafts[listed] {
            d.block.kind = BlockKind::Caption;
            d.settled = true;
        }
    }
    for (n, &(k, (number, total))) in counters.iter().enumerate() {
        if !in_gallery(total) || n >= 1 && counters[n - 1].1 == (number, total) {
            continue;
        }
        let next = counters
            .get(n + 1)
            .filter(|(_, c)| c.1 == total && c.0 == number + 1)
            .map(|&(j, _)| j);
        // the last photo's slot: its caption and its credit, in either order
        // (a slot holds a caption, a credit and a caption's second line at most: a gallery's
        // next counter may stand after more of the story)
        let end = next.unwrap_or(k + 3).min(k + 4).min(drafts.len());
        let slot = k + 1..end;
        if drafts[slot.clone()]
            .iter()
            .any(|d| d.block.kind == BlockKind::Caption)
        {
            continue;
        }
        // after the last counter, only the first line or the one under the slot's credit
        let placed = |j: usize| {
            next.is_some()
                || j == k + 1
                || j == k + 2 && drafts[k + 1].block.kind == BlockKind::Credit
        };
        // (after the last counter, not a line going on in the story's voice: the last slot may
        // hold an illustration's credit alone, "3 / 3" / "Ilustrasi: Tim Grafis …" / "Ketua
        // Paguyuban …, Hartono Saputro, menyebut …")
        let fits = |d: &Draft| {
            d.block.kind == BlockKind::Paragraph
                && !d.settled
                && of_caption_length(text, d)
                && (next.is_some() || !continues_the_story(d.block.span.of(text)))
        };
        // of two open lines in a slot, the one that reads most like a caption: prose over a
        // credit the tables do not know ("Photograph by Tomas Lindqvist"); the first of equals
        let candidate = slot
            .filter(|&j| placed(j) && fits(&drafts[j]))
            .rev()
            .max_by_key(|&j| caption_likeness(text, &drafts[j]));
        if let Some(j) = candidate {
            drafts[j].block.kind = BlockKind::Caption;
            drafts[j].settled = true;
        }
    }
}

/// Photos of a gallery whose captions are listed under its one counter, at most
/// ([`mark_gallery_slots`]).
const MAX_LISTED_GALLERY: u32 = 6;

/// Words of a photo's credit, in any case, beside [`credit::is_credit_word`]: "Foto", "Photo by",
/// "Grafis".
const PHOTO_WORDS: &[&str] = &[
    "foto",
    "photo",
    "photos",
    "pic",
    "picture",
    "gambar",
    "image",
    "grafis",
    "graphic",
    "ilustrasi",
    "illustration",
    "file",
];

/// Whether `credit` names a photo: a label's colon, or a word of [`PHOTO_WORDS`] or a credit's
/// own ("Dok", "Istimewa"). "(Tribunpontianak.co.id/Ferdinandus Ama)" names none: it may sign
/// the story.
fn labels_a_photo(credit: &str) -> bool {
    credit.contains(':') || names_a_photo(credit)
}

/// Whether `s` holds a word of [`PHOTO_WORDS`] or a credit's own ("Dok", "Istimewa").
fn names_a_photo(s: &str) -> bool {
    s.split(|c: char| !c.is_alphanumeric())
        .any(|w| credit::is_credit_word(w) || PHOTO_WORDS.iter().any(|p| w.eq_ignore_ascii_case(p)))
}

/// Where an outlet's name in brackets closing the story's line begins, when the line reports
/// speech or goes on from the story ([`continues_the_story`]): "… over the weekend, the Police
/// said. (Colombo Gazette)". One to four capitalized words after the line's last stop; after a
/// scene the same brackets may credit its photo ("… near Myinmu on May 19. (Frontier)"), and
/// so they do after a caption that dates its scene first and then reports a saying.
fn bracketed_sign_after_speech(s: &str, lang: Lang) -> Option<usize> {
    const MOST_WORDS: usize = 4;
    let inner = s.strip_suffix(')')?;
    let open = inner.rfind('(')?;
    let name = &inner[open + 1..];
    let before = s[..open].trim_end();
    let named = (1..=MOST_WORDS).contains(&name.split_whitespace().count())
        && name.split_whitespace().all(|w| {
            w.starts_with(char::is_uppercase) && !w.contains(|c: char| c.is_ascii_digit())
        });
    // (not a photo's credit, "(Foto: Istimewa)", nor after a caption glued to the story's
    // line: "… Residents said … . A water tender on its rounds … on Tuesday. (GP)")
    (named
        && before.ends_with(['.', '!', '?', '"', '\u{201d}'])
        && !labels_a_photo(name)
        && continues_the_story(before)
        && !opens_with_dated_scene(before)
        && story_before_caption(before, lang).is_none())
    .then_some(open)
}

/// Where a photo's caption begins in the text before its credit, when the scraper glued it
/// after a paragraph of the story on one line, with a space or none ("… dengan jumlah
/// penumpang dibatasi. Petugas KSOP Ternate memeriksa jaket pelampung …. (Foto: Istimewa)",
/// "…," kata Syahrul.Petugas menyemprotkan air …"): at the last sentence, when what comes
/// before it is the story going on or someone's words ([`continues_the_story`], a quotation)
/// and the last sentence is neither. A caption that reports speech itself is left whole.
fn story_before_caption(s: &str, lang: Lang) -> Option<usize> {
    const MIN_STORY_WORDS: usize = 5;
    let at = last_sentence_start(s, lang)?;
    let (story, scene) = (&s[..at], &s[at..]);
    let quoted = |t: &str| t.contains(['"', '\u{201c}', '\u{201d}']);
    let goes_on = continues_the_story(story) || quoted(story);
    (goes_on
        && !continues_the_story(scene)
        && !quoted(scene)
        && story.split_whitespace().nth(MIN_STORY_WORDS - 1).is_some()
        && scene.split_whitespace().nth(SCENE_WORDS - 1).is_some())
    .then_some(at)
}

/// Where a block the scraper glued to a quotation's attribution begins: "\"… tempiasnya
/// masuk,\" ujarnya.Kondisi ruang kelas VI …" gives the offset of "Kondisi". The stop closes a
/// word in lower case, no abbreviation's ("Jl.Sudirman"), and a capital and a small letter
/// follow it with no space (not "Kompas.com"); the part before reports speech, its quotation
/// closed at most [`MAX_ATTRIBUTION_WORDS`] words before the stop, and the part after holds no
/// quotation and at least [`SCENE_WORDS`] words.
fn glued_after_speech(s: &str) -> Option<usize> {
    let at = last_glued_start(s, b".")?;
    let (head, tail) = (&s[..at], &s[at..]);
    let quote = head.rfind(['"', '\u{201d}'])?;
    let attribution = head[quote..].split_whitespace().count();
    // an abbreviation's stop ("Jl.Sudirman", "Kec.Cibadak") ends no sentence
    let last = head.rsplit(' ').next().unwrap_or("");
    let abbreviation = || {
        [Lang::Id, Lang::En]
            .iter()
            .any(|lang| lang.rules().abbreviations.contains_key(last))
    };
    (attribution <= MAX_ATTRIBUTION_WORDS
        && !abbreviation()
        && reports_speech(head)
        && !tail.contains(['"', '\u{201c}', '\u{201d}'])
        && tail.split_whitespace().nth(SCENE_WORDS - 1).is_some())
    .then_some(at)
}

/// Words after a quotation's closing mark that attribute it, at most, the mark's own word
/// included: "\" ujarnya.", "\" kata Ujang.", "\" kata Kepala Desa Sukamaju."
const MAX_ATTRIBUTION_WORDS: usize = 5;

/// Where the last sentence of `s` begins: where the sentence splitter starts it, or, in text
/// the scraper glued with no space, after a stop that closes a word in lower case, at a capital
/// followed by a small letter ("… kata Syahrul.Petugas …"; not "Kompas.com").
fn last_sentence_start(s: &str, lang: Lang) -> Option<usize> {
    let split = match sentences::split(s, lang)[..] {
        [.., _, last] => Some(last.span.start),
        _ => None,
    };
    split.max(last_glued_start(s, b".!?"))
}

/// Where the last sentence the scraper glued to the one before it starts: after a stop of
/// `stops` that closes a word in lower case, a capital and a small letter with no space
/// between ("… kata Syahrul.Petugas …"; not "Kompas.com"). The stops are found by a byte
/// search from the end: every line of a page may be asked.
fn last_glued_start(s: &str, stops: &[u8]) -> Option<usize> {
    let b = s.as_bytes();
    memchr::memrchr3_iter(b'.', b'!', b'?', b).find_map(|i| {
        let glued = stops.contains(&b[i])
            && i >= 1
            && i + 2 < b.len()
            && b[i - 1].is_ascii_lowercase()
            && b[i + 1].is_ascii_uppercase()
            && b[i + 2].is_ascii_lowercase();
        glued.then_some(i + 1)
    })
}

/// Words that open a paragraph going on from the one before it, which a photo's caption,
/// read alone, never does: someone's words reported ("Menurut dia, …", "Menanggapi hal itu,
/// …"), a pronoun for someone named before ("Ia menyebut …", "He added …") or a link to what
/// came before ("Karena itu, …", "Hal senada disampaikan …", "Meanwhile, …"). Each ends where
/// the word does.
const STORY_GOES_ON: &[&str] = &[
    "menurut",
    "menurutnya",
    "menanggapi",
    "ia",
    "dia",
    "namun",
    "karena itu",
    "oleh karena itu",
    "selain itu",
    "sementara itu",
    "meski begitu",
    "meski demikian",
    "dengan demikian",
    "sebagai alternatif",
    "hal itu",
    "hal ini",
    "hal senada",
    "senada",
    "he",
    "she",
    "however",
    "meanwhile",
    "but",
    "according to",
];

/// Words by which a caption names the picture it stands under ([`names_its_picture`]).
const OWN_PICTURE: &[&str] = &[
    "in this photo",
    "in this undated photo",
    "in this file photo",
    "in this image",
    "in this picture",
    "in this handout photo",
    "dalam foto ini",
    "dalam gambar ini",
    "pada foto ini",
];

/// Whether `line` names the picture it describes, as a caption does and a story's sentence
/// does not: "An adult coconut rhinoceros beetle is shown in this undated photo.", "Warga
/// terlihat dalam foto ini …".
fn names_its_picture(line: &str) -> bool {
    contains_any(line, OWN_PICTURE)
}

/// Whether the first of `line`'s sentences ends on a date with its year, as a wire photo's
/// caption dates the picture before it says more: "Luis Carrizales, 67, rests in the cooling
/// center … on Thursday, July 11, 2024. Carrizales said the swamp cooler …". A story's
/// sentence gives the weekday alone, or the date without the year.
fn opens_with_dated_scene(line: &str) -> bool {
    let Some(stop) = line.find(". ") else {
        return false;
    };
    let mut words = line[..stop].rsplit(' ');
    let (Some(year), Some(day), Some(month)) = (words.next(), words.next(), words.next()) else {
        return false;
    };
    is_year(year) && day.strip_suffix(',').is_some_and(is_day_number) && is_month(month)
}

/// Whether `line` goes on from the story's paragraph before it: it opens with one of
/// [`STORY_GOES_ON`] or reports speech in the story's voice ([`bio::says_in_story_voice`]:
/// "Hendra menambahkan, …", "Residents said …"). Such a line beside a credit is the story's,
/// not the photo's caption.
fn continues_the_story(line: &str) -> bool {
    goes_on(line) || bio::says_in_story_voice(line)
}

/// Whether `line` opens with one of [`STORY_GOES_ON`].
fn goes_on(line: &str) -> bool {
    STORY_GOES_ON.iter().any(|w| {
        starts_with_ignore_case(line, w)
            && line[w.len()..]
                .chars()
                .next()
                .is_none_or(|c| !c.is_alphanumeric())
    })
}

/// Whether `line` is someone's speech: it opens with a quotation mark that closes after a
/// sentence's or a clause's end ("\"The waves were coming from the side … so we went for those
/// first.\"", "\"Kami minta warga ikut menjaga,\" ujarnya."). A quoted name opening a
/// caption ("\"Kapal Pinisi\" berlayar …") closes after a word.
fn is_speech(line: &str) -> bool {
    const CLOSINGS: &[&str] = &[
        ".\"",
        ",\"",
        "?\"",
        "!\"",
        ".\u{201d}",
        ",\u{201d}",
        "?\u{201d}",
        "!\u{201d}",
    ];
    line.starts_with(['"', '\u{201c}']) && CLOSINGS.iter().any(|c| line.contains(c))
}

/// Whether a credit-shaped line at `i` signs the story rather than a photo: "(AFP)" after a
/// paragraph that continues a run of the story's paragraphs, or after the story's last
/// paragraph. Before the dateline that opens the story, nothing signs it.
fn signs_the_story(drafts: &[Draft], i: usize) -> bool {
    let story = is_story_paragraph;
    let before_the_lead = drafts[i..].iter().any(|d| d.dateline);
    !before_the_lead
        && i >= 1
        && story(&drafts[i - 1])
        && ((i >= 2 && story(&drafts[i - 2])) || !drafts[i + 1..].iter().any(story))
}

/// Whether the line at `i` comes right after the story's last paragraph: a paragraph before it,
/// none after it, and no dateline after it.
fn ends_the_story(drafts: &[Draft], i: usize) -> bool {
    let story = is_story_paragraph;
    i >= 1 && story(&drafts[i - 1]) && !drafts[i + 1..].iter().any(|d| story(d) || d.dateline)
}

/// A picture's caption printed with no credit: a line that reads as a scene
/// ([`scene::is_scene`]) and ends with a stop, alone on its line where a picture stands.
/// That is between two paragraphs of the story, each longer than it ("… di Jakarta, Jumat
/// (3/5)." / "Suasana rapat koordinasi … di Gedung Merah Putih KPK, Jakarta." / "KPK juga
/// meminta …"), or under the title and its meta lines, over the story's first paragraph or
/// its dateline, where the lead photo stands ("Rabu, 3 April 2024 | 10:45" / "Salah satu
/// posko mudik di masjid di jalur Pantura pada tahun lalu." / "Jakarta (Kemenag) --- …").
/// Between two paragraphs, a wire photo's caption may also say what is being done, when it
/// ends on the wire's date ([`scene::dated_act_words`]: "Petugas BPBD mengevakuasi warga …
/// di Jalan Gerilya, Samarinda, Senin (6/5/2024).").
fn mark_uncredited_captions(text: &str, lang: Lang, title: Option<usize>, drafts: &mut [Draft]) {
    // whether `d` has more than `n` words, counting no further
    let longer = |d: &Draft, n: usize| d.block.span.of(text).split_whitespace().nth(n).is_some();
    for k in 1..drafts.len().saturating_sub(1) {
        let (before, d, after) = (&drafts[k - 1], &drafts[k], &drafts[k + 1]);
        let open = d.block.kind == BlockKind::Paragraph && !d.settled;
        if !open || before.line == d.line || after.line == d.line {
            continue;
        }
        // the places first, the words of the line last: most paragraphs are between two; a
        // widget the tables know (a link to another story, an advertisement's label, a
        // prompt) between the story and the line is read past, on either side ("… 15 liter."
        // / "BACA JUGA:Harga Gabah …" / "Saluran irigasi di Desa Lappae yang mengering sejak
        // awal Maret."; "Listen to this story … in our daily podcast …" / "Tangerine crates
        // stacked at a cooperative warehouse in Namwon-eup, Jeju" / "But the number …")
        let before = if is_known_widget(text, before, lang) && k >= 2 {
            &drafts[k - 2]
        } else {
            before
        };
        // and so is a subheading under the photo, which opens the story's next section
        // ("Antrean jeriken nelayan di depan SPBN Tulehu" / "Pasokan Tertahan Cuaca" / "…")
        // (settled as meta, or still an open line that is no prose, of a few words, a
        // capital first: a related headline is longer, a clip's duration no words: "Police
        // step up patrols at ponds after spate of late-night swims", "0:45")
        /// words of an open line read past as a subheading, at most
        const OPEN_HEADING_WORDS: usize = 6;
        let heading = |d: &Draft| {
            let line = d.block.span.of(text);
            (d.block.kind == BlockKind::Meta && d.settled && !d.dateline
                || d.block.kind == BlockKind::Paragraph
                    && !d.settled
                    && !d.prose
                    && line.starts_with(char::is_uppercase)
                    && line.split_whitespace().nth(OPEN_HEADING_WORDS).is_none())
                && line.split_whitespace().nth(SUBHEADING_WORDS).is_none()
                && !ends_with_stop(line)
                && !line.ends_with(':')
        };
        let after = match drafts.get(k + 2) {
            Some(next)
                if (is_known_widget(text, after, lang) || heading(after))
                    && next.line != after.line =>
            {
                next
            }
            _ => after,
        };
        let between = is_story_paragraph(before) && is_story_paragraph(after);
        // under the title, its meta lines and the page's clutter among them, settled or a few
        // words that are no prose (a byline of the name alone, a reading time, a comment
        // count: "… Upper Egypt" / "Mohamed Samir" / "March 10, 2024" / "3 Min Read" / "A
        // solar-powered pumping station on farmland in Minya governorate")
        /// words of a line under the title that is no prose and reads as its clutter, at most
        const FEW_WORDS: usize = 4;
        let under_title = |d: &Draft| {
            d.block.kind == BlockKind::Meta
                || d.block.kind == BlockKind::Boilerplate && d.settled
                || d.block.kind == BlockKind::Paragraph
                    && !d.prose
                    && d.block
                        .span
                        .of(text)
                        .split_whitespace()
                        .nth(FEW_WORDS)
                        .is_none()
        };
        let lead = under_title(before)
            && (after.dateline || is_story_paragraph(after))
            && title.is_some_and(|t| {
                drafts[..k].iter().rposition(|d| !under_title(d)) == Some(t)
                    && drafts[t + 1..k]
                        .iter()
                        .any(|d| d.block.kind == BlockKind::Meta)
            });
        let line = d.block.span.of(text);
        // a line longer than any scene is none: most paragraphs are, and no word of them need
        // be looked up; nor is a row of links parted by bars ("Halaman 1 dari 3 | 1 2 3
        // Selanjutnya")
        if !(between || lead)
            || line
                .split_ascii_whitespace()
                .nth(scene::MOST_WORDS)
                .is_some()
            || line.contains(" | ")
        {
            continue;
        }
        // without a stop, between two paragraphs, only a scene whose verb is in a clause of
        // time or a participle: a described scene alone is a related headline's shape too
        // ("Banjir di Desa Nanga Embaloh")
        let stopped = d.prose && ends_with_stop(line);
        let own = if stopped {
            // between two paragraphs, a wire photo's dated caption may say what is done in it
            scene::scene_words(line, lang)
                .or_else(|| {
                    between
                        .then(|| scene::dated_act_words(line, lang))
                        .flatten()
                })
                .or_else(|| scene::predicate_free_words(line, lang))
        } else {
            // nor a numbered heading ("4. Minum cukup saat sahur dan berbuka")
            let numbered = opens_with_number(line);
            // or a scene in sentence case that may say what is done in it ("Tumpukan lumpur
            // dan sampah hasil pengerukan di tepi Kanal Pannampu"), which no headline is
            // (or under the title's meta lines, where the lead photo stands)
            // (nor a control's label in English: "Close extra sharing options" reads as a
            // subject and a participle; an Indonesian noun in "-kan" reads as an order,
            // "Tumpukan lumpur …")
            let control = lang == Lang::En && prompt::opens_with_order(line);
            ((between || lead) && !numbered && !d.item && !control)
                .then(|| {
                    scene::predicate_free_words(line, lang)
                        .or_else(|| scene::unstopped_scene_words(line, lang))
                        .or_else(|| quote_caption_words(text, drafts, k))
                })
                .flatten()
        };
        let Some(own) = own else {
            continue;
        };
        let story_after = is_story_paragraph(after) && longer(after, own);
        if between && longer(before, own) && story_after || lead && (after.dateline || story_after)
        {
            drafts[k].block.kind = BlockKind::Caption;
            drafts[k].settled = true;
        }
    }
}

/// How many words draft `k` has, when it is a portrait's caption quoting the person it shows,
/// as some African papers print one between paragraphs: "Mwale: Farmers must not panic",
/// "Nkhoma: We are waiting for stocks". A name of one word that another paragraph of the page
/// names, a colon, and [`QUOTE_CAPTION_WORDS`] words after it without a stop. An interview's
/// speaker label stands before a whole answer, stopped ("Ayu: Kami sudah siap.").
fn quote_caption_words(text: &str, drafts: &[Draft], k: usize) -> Option<usize> {
    let line = drafts[k].block.span.of(text);
    let (name, quote) = line.split_once(": ")?;
    let words = quote.split_whitespace().count();
    let named = name.len() >= 3
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name.chars().skip(1).all(|c| c.is_ascii_lowercase());
    let quoted = QUOTE_CAPTION_WORDS.contains(&words)
        && quote.starts_with(char::is_uppercase)
        && !ends_with_stop(quote);
    // named inside a sentence of the story, capitalized as a name is there ("… minister Peter
    // Mwale said …"); a label's word opens its lines ("Video: …", "Related: …")
    let inside = |hay: &str| {
        hay.match_indices(name).any(|(at, _)| {
            at > 0
                && hay[..at].ends_with(' ')
                && !hay[at + name.len()..].starts_with(char::is_alphanumeric)
        })
    };
    let elsewhere = || {
        drafts.iter().enumerate().any(|(j, d)| {
            j != k
                && d.block.kind == BlockKind::Paragraph
                && d.prose
                && inside(d.block.span.of(text))
        })
    };
    (named && quoted && elsewhere()).then_some(words + 1)
}

/// Words of the quotation in a portrait's caption ([`quote_caption_words`]).
const QUOTE_CAPTION_WORDS: std::ops::RangeInclusive<usize> = 3..=12;

/// Whether `d` is clutter the tables know, which a page prints inside its story: a link to
/// another story ("Baca juga: …", "BACA JUGA:Harga Gabah …"), an advertisement's label, a
/// prompt to the reader ([`in_story_widget`]).
fn is_known_widget(text: &str, d: &Draft, lang: Lang) -> bool {
    d.block.kind == BlockKind::Boilerplate
        && d.settled
        && (is_boilerplate(d.block.span.of(text)) || in_story_widget(d.block.span.of(text), lang))
}

/// Whether `d` is still open running text: a paragraph of prose no pass has settled.
/// Whether `line` holds a sentence's stop followed by another sentence: ". " before a capital.
fn holds_two_sentences(line: &str) -> bool {
    line.match_indices(". ").any(|(at, _)| {
        line[at + 2..].starts_with(char::is_uppercase)
            && line[..at]
                .rsplit(' ')
                .next()
                .is_some_and(|w| w.chars().filter(|c| c.is_alphabetic()).count() > 3)
    })
}

fn is_story_paragraph(d: &Draft) -> bool {
    d.block.kind == BlockKind::Paragraph && !d.settled && d.prose
}

/// Whether `d` is a caption the input's markup gave (a figcaption, a Markdown caption): the
/// rules that find a credit by the caption beside it take it as they take a caption they
/// found themselves.
fn is_given_caption(d: &Draft) -> bool {
    d.block.kind == BlockKind::Caption && d.settled
}

/// Whether `d` may be the caption of the credit under it: one the markup gave, or an open line
/// of a caption's length that reads as a caption (prose or a described scene).
fn may_caption(text: &str, d: &Draft) -> bool {
    is_given_caption(d)
        || d.block.kind == BlockKind::Paragraph
            && !d.settled
            && caption_likeness(text, d) >= 1
            && of_caption_length(text, d)
}

/// Whether `d` is no longer than a caption ([`MAX_CAPTION_WORDS`]).
fn of_caption_length(text: &str, d: &Draft) -> bool {
    d.block.span.of(text).split_whitespace().count() <= MAX_CAPTION_WORDS
}

/// Credits that only their place tells from other lines. A name in brackets on its own line
/// ([`credit::is_bracketed_name`]: "(SPA)", "(Caitlin Moore for The Washington Post)") or a
/// photographer's name and outlet ([`credit::is_name_for_outlet`]: "Kevin Raharjo for TIME")
/// right under a caption-length line of prose, unless it signs the story; and a source after a
/// dash closing a line before the story's opening dateline ("… on Monday evening. - Bernama"
/// above "KUANTAN: …"), which after the story's last sentence would name the story's source.
fn mark_credits_by_place(text: &str, drafts: &mut [Draft]) {
    let Some(lead) = drafts.iter().position(|d| d.dateline) else {
        return mark_named_credits(text, drafts);
    };
    for i in 1..lead {
        let (caption, source) = (&drafts[i - 1], &drafts[i]);
        let closes_a_caption = source.block.kind == BlockKind::Meta
            && source.line == caption.line
            && (is_given_caption(caption)
                || caption.block.kind == BlockKind::Paragraph && caption.prose && !caption.settled)
            && source
                .block
                .span
                .of(text)
                .starts_with(['—', '–', '-', '[', '(']);
        if closes_a_caption {
            drafts[i - 1].block.kind = BlockKind::Caption;
            drafts[i - 1].settled = true;
            drafts[i].block.kind = BlockKind::Credit;
        }
    }
    mark_named_credits(text, drafts);
}

/// The names of [`mark_credits_by_place`].
fn mark_named_credits(text: &str, drafts: &mut [Draft]) {
    for i in 1..drafts.len() {
        let (before, d) = (&drafts[i - 1], &drafts[i]);
        // "© Bloomberg" under "Construction at the site of the new capital in East Kalimantan":
        // a copyright sign and a name, which the clutter tables took for a footer, signs the
        // photo above it when that line reads as a caption (prose or a described scene); then
        // that line is the caption
        let signed = d.block.kind == BlockKind::Boilerplate
            && before.line + 1 == d.line
            && credit::is_copyright_name(d.block.span.of(text))
            && may_caption(text, before)
            && !signs_the_story(drafts, i);
        if signed {
            drafts[i - 1].block.kind = BlockKind::Caption;
            drafts[i - 1].settled = true;
            drafts[i].block.kind = BlockKind::Credit;
            continue;
        }
        // "Sumber: Tropenmuseum" under "Lokomotif uap di Stasiun Tanggung, Jawa Tengah." with
        // the story going on under both: a source inside the story is a photo's, not the
        // story's, which closes it
        let photo_source = d.block.kind == BlockKind::Meta
            && credit::is_source_name(d.block.span.of(text))
            && before.line + 1 == d.line
            && may_caption(text, before)
            && i >= 2
            && is_story_paragraph(&drafts[i - 2])
            && drafts.get(i + 1).is_some_and(is_story_paragraph);
        if photo_source {
            drafts[i - 1].block.kind = BlockKind::Caption;
            drafts[i - 1].settled = true;
            drafts[i].block.kind = BlockKind::Credit;
            continue;
        }
        // "Facebook" under "Tangkapan layar unggahan …": a network's name alone under a
        // caption names where the picture was taken from; in a row of them (a share bar) the
        // next line is another
        let network = d.block.kind == BlockKind::Boilerplate
            && before.block.kind == BlockKind::Caption
            && before.line + 1 == d.line
            && credit::is_platform_name(d.block.span.of(text))
            && !drafts
                .get(i + 1)
                .is_some_and(|next| credit::is_platform_name(next.block.span.of(text)));
        if network {
            drafts[i].block.kind = BlockKind::Credit;
            drafts[i].settled = true;
            continue;
        }
        // the place first, which rules out most lines, then the shape
        let caption = || match before.block.kind {
            BlockKind::Caption => true,
            BlockKind::Paragraph => {
                before.prose && !before.settled && of_caption_length(text, before)
            }
            _ => false,
        };
        let candidate = d.block.kind == BlockKind::Paragraph
            && !d.settled
            && !d.prose
            && before.line + 1 >= d.line
            && caption()
            && (credit::is_bracketed_name(d.block.span.of(text))
                || credit::is_name_for_outlet(d.block.span.of(text))
                || credit::is_name_comma_outlet(d.block.span.of(text))
                || credit::is_dated_source(d.block.span.of(text))
                || credit::is_name_and_page_outlet(d.block.span.of(text), text));
        if candidate && !signs_the_story(drafts, i) {
            drafts[i].block.kind = BlockKind::Credit;
            drafts[i].settled = true;
        }
    }
}

/// The body words a title candidate must share, as a share of its own content words.
/// How much an open line next to a credit reads like a caption: 2 for prose, 1 for a line of
/// [`SCENE_WORDS`] words or more in sentence case (a described scene, "Patients waiting in a
/// hospital corridor (file picture)"), 0 for a label in title case or a short one ("Read in
/// app", "Health correspondent").
fn caption_likeness(text: &str, d: &Draft) -> u8 {
    let line = d.block.span.of(text);
    // a line that introduces what follows it, a list or a quotation, captions nothing: "…
    // would come with a number of conditions, including:" / "- a 40-year limit …"
    if line.ends_with(':') {
        return 0;
    }
    // a short phrase with a stop reads as a caption as much as prose does: "Bank Indonesia
    // headquarters in Jakarta."
    if d.prose
        || ends_with_stop(line)
            && line
                .split_whitespace()
                .nth(STOPPED_PHRASE_WORDS - 1)
                .is_some()
    {
        return 2;
    }
    let scene = is_scene_in_sentence_case(line);
    // a described scene closed by the photo's date reads as a caption as much as prose does:
    // "Screenshot of the misleading post, taken on April 2, 2024"
    if scene && ends_with_full_date(line) {
        return 2;
    }
    u8::from(scene)
}

/// Whether `line` has a described scene's words, [`SCENE_WORDS`] at least, in sentence case:
/// half of them capitalized at most ("The partly built battery plant outside the town in
/// January"; "Read in App", "Hurricane Rosa Threatening Phoenix …" are not).
fn is_scene_in_sentence_case(line: &str) -> bool {
    let (words, capitalized) = case_counts(line);
    words >= SCENE_WORDS && capitalized * 2 <= words
}

/// How many words `line` has, and how many of them are capitalized.
fn case_counts(line: &str) -> (usize, usize) {
    let (mut words, mut capitalized) = (0usize, 0usize);
    for word in line.split_whitespace() {
        words += 1;
        capitalized += usize::from(word.starts_with(char::is_uppercase));
    }
    (words, capitalized)
}

/// Words of four letters or more a line in title case has, at least: a headline's ten or so,
/// not an address's four ("Central Library, 15101 E. Alameda Pkwy.").
const TITLE_CASE_WORDS: usize = 6;

/// Whether `line` is in title case, as headlines are: every word capitalized but the small
/// words of [`TITLE_CASE_SMALL_WORDS`], and at least [`TITLE_CASE_WORDS`] of four letters or
/// more ("The Nebraska Town That Banned Leaf Blowers Just Bought One. It's Complicated.";
/// "Examples are the Line Islands in the Pacific …" is a sentence).
fn in_title_case(line: &str) -> bool {
    let mut long = 0usize;
    for word in line.split_whitespace() {
        let bare = word.trim_start_matches(|c: char| !c.is_alphanumeric());
        let letters = bare.chars().filter(|c| c.is_alphabetic()).count();
        // a verb is capitalized however short ("Are"): only articles, conjunctions and
        // prepositions stay in lower case
        if letters == 0 || TITLE_CASE_SMALL_WORDS.contains(&bare.trim_end_matches(['.', ','])) {
            continue;
        }
        if !bare.starts_with(char::is_uppercase) {
            return false;
        }
        long += usize::from(letters >= 4);
    }
    long >= TITLE_CASE_WORDS
}

/// Words a headline in title case leaves in lower case: articles, conjunctions, short
/// prepositions ("Bronx Tenants Have Gone Without *an* Elevator *for* 11 Weeks.").
const TITLE_CASE_SMALL_WORDS: &[&str] = &[
    "a", "an", "the", "and", "but", "or", "nor", "for", "so", "yet", "as", "at", "by", "in", "of",
    "on", "to", "up", "via", "vs", "di", "ke", "dan", "yang", "dari", "untuk", "dengan",
];

/// Whether `line` is in sentence case: no more than half its words capitalized. A headline in
/// title case capitalizes most of its words.
pub(super) fn in_sentence_case(line: &str) -> bool {
    let (words, capitalized) = case_counts(line);
    capitalized * 2 <= words
}

/// Whether `line` ends with a date that names its month and its year: "… April 2, 2024", "… 2
/// April 2024".
fn ends_with_full_date(line: &str) -> bool {
    let mut last = line
        .split_whitespace()
        .rev()
        .map(|w| w.trim_end_matches([',', '.']));
    let year = last.next().is_some_and(is_year);
    year && last
        .take(2)
        .any(|w| MONTHS.contains(&w.to_ascii_lowercase().as_str()))
}

/// Whether `line` opens with a word of three letters or more in capitals and goes on in
/// lower case, as Indonesian newspapers print a caption: "PEDAGANG menunggu pembeli …",
/// "SUASANA lantai dua …". A headline or a label in capitals goes on in capitals.
fn opens_in_capitals(line: &str) -> bool {
    let mut words = line.split_whitespace();
    let (Some(first), Some(second)) = (words.next(), words.next()) else {
        return false;
    };
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    letters(first) >= 3
        && first.chars().all(|c| !c.is_lowercase())
        && second.chars().any(char::is_lowercase)
}

/// Words a described scene has at least.
const SCENE_WORDS: usize = 4;
/// Words a stopped phrase beside a credit has at least to read as its caption.
const STOPPED_PHRASE_WORDS: usize = 3;

const MIN_TITLE_OVERLAP: f64 = 0.25;

/// Content words a title candidate shorter than a headline ([`HEADLINE_WORDS`]) shares with the
/// body, at least, when open lines part it from the body: "Harga Beras Naik" shares two, "Bali
/// Post" one.
const MIN_SHORT_TITLE_MATCHES: usize = 2;

/// How many blocks after the start of the body may still hold the title (a lead photo's
/// caption without a credit may come first).
const TITLE_AFTER_BODY: usize = 3;

/// A prose paragraph starts the body when another prose paragraph follows within this many
/// open blocks (captions, credits and meta lines in between are not counted).
const BODY_RUN_WINDOW: usize = 4;

/// Words a title candidate has at least to be taken for a cut copy of a line above it: a short
/// label ("Batam") may stand in a longer line by chance.
const MIN_COPY_WORDS: usize = 5;

/// Blocks above a title candidate in which its cut copy is looked for: a repeat stands right
/// under what it copies, or under its credit.
const COPY_REACH: usize = 3;

/// The title is chosen among the open blocks before the body starts (the first prose paragraph
/// of [`BODY_WORDS`] words or more) and just after (after the first run of such paragraphs, when
/// a lone one such as a cookie notice comes first), by shape (headline length, no final period)
/// and by how many of its content words the body repeats: menus, section labels and banners
/// before a headline ("Berita Internasional", "Accessibility links") share few or none. Without
/// a body to compare with, the first headline-shaped block is the title.
fn mark_title(text: &str, lang: Lang, drafts: &mut [Draft]) -> Option<usize> {
    let open = |d: &Draft| d.block.kind == BlockKind::Paragraph && !d.settled;
    // (not a line in which the page speaks to its readers, which a site prints above its
    // headline too: "Hiiraan Online welcomes news tips from readers across Somalia; …")
    let body_like = |d: &Draft| {
        let line = d.block.span.of(text);
        open(d)
            && d.prose
            && line.split_whitespace().count() >= BODY_WORDS
            && !looks_like_title(line)
            && !(prompt::names_readers(line) && prompt::speaks_for_the_page(line))
    };
    // headlines are looked for up to the first run of prose: a lone prose line among clutter
    // (a cookie notice, a promo above the headline) does not end the search
    // (nor does one over a line of a headline's shape with its byline or date under it,
    // before the next prose: "Kabar Pangandaran kini hadir di WhatsApp Channel, ikuti …" /
    // "Home » Pangandaran" / the headline / "Penulis: Agus Kusnadi" / the story)
    let headline_block = |j: usize| {
        open(&drafts[j])
            && bylined_at(drafts, j + 1)
            && looks_like_title(drafts[j].block.span.of(text))
    };
    let in_run = |k: usize| {
        (k + 1..drafts.len())
            .filter(|&j| !drafts[j].settled)
            .take(BODY_RUN_WINDOW)
            .find(|&j| {
                drafts[j].prose && drafts[j].block.kind == BlockKind::Paragraph || headline_block(j)
            })
            .is_some_and(|j| !headline_block(j))
    };
    let body_start = drafts.iter().position(body_like);
    // no line before the first body-like one is body-like
    let run_start = (body_start.unwrap_or(drafts.len())..drafts.len())
        .find(|&k| body_like(&drafts[k]) && in_run(k))
        .or(body_start);
    let last = run_start.map_or(drafts.len(), |b| (b + TITLE_AFTER_BODY).min(drafts.len()));
    // a line with a date and a clock time is when the page was posted, never its headline; nor
    // is a cut copy of a line above it, which goes on past it (a caption printed again and
    // cut off: "Warga Perumahan Bukit Raya, Batu Aji, mengantre air bersih dari mobil"; a
    // breadcrumb ending in the headline copies it the other way)
    let copied = |k: usize, line: &str| {
        line.split_whitespace().nth(MIN_COPY_WORDS - 1).is_some()
            && drafts[k.saturating_sub(COPY_REACH)..k].iter().any(|d| {
                let above = d.block.span.of(text);
                d.line < drafts[k].line
                    && above
                        .find(line)
                        .is_some_and(|at| !above[at + line.len()..].trim().is_empty())
                    // the window title prints the headline with the site's name after it
                    && !is_window_title(above, line)
            })
    };
    // nor is an item of a list of other stories under its heading, two items or more in a row
    // ("Terpopuler Pekan Ini" / "Festival Perahu Baganduang …" / "Lahan Gambut Terbakar …")
    let listed = |k: usize| {
        let item = |d: &Draft| {
            let line = d.block.span.of(text);
            open(d)
                && looks_like_title(line)
                && line
                    .split_whitespace()
                    .nth(MIN_LISTED_HEADLINE_WORDS - 1)
                    .is_some()
        };
        // (its rank on a line of its own before each item: "TERPOPULER" / "1" / "Polisi
        // Amankan …" / "2" / …)
        let rank = |d: &Draft| {
            let line = d.block.span.of(text);
            (1..=2).contains(&line.len()) && line.bytes().all(|b| b.is_ascii_digit())
        };
        let part = |d: &Draft| item(d) || rank(d);
        let first = (0..=k).rev().take_while(|&j| part(&drafts[j])).last();
        // (an item printed again below is the headline itself in the list, which the passes
        // on its last print take care of; a line with its byline or date under it is the
        // headline right under the list: "Terpopuler" / "1. Pemkab Nabire …" / … / "LONGSOR DI
        // KM 100, …" / "Penulis: Yance Tebai"; so is the list's line with its standfirst under
        // it: "Most Read" / … / "Torry bakery to close after 60 years as owners retire" / "The
        // family-run shop on Victoria Road said …")
        let line = drafts[k].block.span.of(text);
        // (a deck without a stop too, when the byline stands under it, perhaps under the
        // writer's name and role: "Tiny homes, big questions" / "Planning commission tables
        // vote …" / "Ellen Marchetti" / "Staff writer" / "Mar 12, 2024")
        let named = |j: usize| {
            drafts
                .get(j)
                .is_some_and(|d| open(d) && capitalized_words(d.block.span.of(text), 2..=4))
        };
        let bylined_deck = || {
            bylined_at(drafts, k + 2)
                || named(k + 2) && (k + 3..=k + 4).any(|j| bylined_at(drafts, j))
        };
        let decked = || {
            drafts.get(k + 1).is_some_and(|d| {
                d.block.kind == BlockKind::Paragraph
                    && (d.prose || bylined_deck())
                    && !d.settled
                    && d.block
                        .span
                        .of(text)
                        .split_whitespace()
                        .nth(DECK_WORDS - 1)
                        .is_some()
            })
        };
        !bylined_at(drafts, k + 1)
            && !decked()
            && first.is_some_and(|first| {
                first >= 1
                    && opens_with_list_heading(drafts[first - 1].block.span.of(text))
                    && drafts[first..]
                        .iter()
                        .take_while(|d| part(d))
                        .filter(|d| item(d))
                        .nth(1)
                        .is_some()
            })
            && !drafts[k + 1..]
                .iter()
                .any(|d| d.block.span.of(text) == line)
    };
    let signatures = site::Signatures::new();
    // nor is the site's slogan under its name at the top of the page ("Prague Morning" / "News
    // from Prague in English", "SALATIGAKU" / "Jendela Informasi Kota Salatiga")
    let under_the_masthead = |k: usize| {
        (1..=MASTHEAD_LINES).contains(&k)
            && site::signs_the_page(
                drafts[k - 1].block.span.of(text),
                text,
                drafts,
                &signatures,
                || false,
            )
    };
    // the first line of a headline's shape and length: a site prints its name above it
    // (asked only of a name a credit prints)
    let above_headlines = |k: usize| {
        !(0..k).any(|j| {
            open(&drafts[j])
                && headline_length(text, drafts, j)
                && looks_like_title(drafts[j].block.span.of(text))
        })
    };
    let candidates: Vec<usize> = (0..last)
        .filter(|&k| {
            let line = drafts[k].block.span.of(text);
            // the page's own lines of a headline's shape: its name, its slogan, a count, the
            // writer's name, and the window title on the first line, however worded ("Nelayan
            // Palang Kesulitan Solar, … | Tubankita.com" over "Solar Langka di Palang, …?")
            let the_pages = || {
                k == 0
                    && (site::is_window_title_line(line)
                        || site::opens_with_its_domain_name(line, text)
                        || site::opens_with_its_signed_name(line, text, drafts, &signatures))
                    || site::signs_the_page(line, text, drafts, &signatures, || above_headlines(k))
                    || under_the_masthead(k)
                    || is_count_line(line)
                    || opens_a_bio(text, lang, drafts, k)
            };
            let elsewhere = || {
                holds_clock(line) && holds_date(line)
                    || copied(k, line)
                    || listed(k)
                    || is_ticker_item(line)
                    || the_pages()
            };
            open(&drafts[k]) && looks_like_title(line) && !elsewhere()
        })
        .collect();
    let chosen = match (candidates.first(), body_start) {
        (None, _) => None,
        // without a body, a headline's length wins over a section's label ("Galeri Foto" over
        // "Festival Layang-Layang Warnai Langit Pantai Sanur" on a gallery of captions)
        (Some(&first), None) => candidates
            .iter()
            .copied()
            .find(|&k| headline_length(text, drafts, k))
            .or(Some(first)),
        (Some(_), Some(_)) => {
            // the body that candidates stand before is its first run, past a lone line above
            // the headline
            let body = run_start.unwrap_or(drafts.len());
            // the keys of the candidates' content words that the body repeats
            let wanted: FastSet<u64> = candidates
                .iter()
                .flat_map(|&k| content_keys(drafts[k].block.span.of(text), lang))
                .collect();
            // a candidate printed again in the body (a table of contents' entry that is also
            // a subheading) would match itself there: such repeats are not the story's words
            let printed: Vec<&str> = candidates
                .iter()
                .map(|&k| drafts[k].block.span.of(text))
                .collect();
            let body_keys: FastSet<u64> = drafts[body..]
                .iter()
                .filter(|d| d.block.kind == BlockKind::Paragraph && d.prose)
                .map(|d| d.block.span.of(text))
                .filter(|line| line.ends_with(['.', ',', ';', ':']) || !printed.contains(line))
                .flat_map(word_keys)
                .map(|(_, key)| key)
                .filter(|key| wanted.contains(key))
                .collect();
            // the first candidate with its byline or date under it, as a headline has, from the
            // first that shares a word with the story on (a masthead's slogan over the page's
            // date is none: "Your Daily Metro Briefing" / "Wednesday, April 9, 2025")
            let sharing = candidates
                .iter()
                .position(|&k| overlap(drafts[k].block.span.of(text), &body_keys, lang).0 > 0)
                .unwrap_or(candidates.len());
            let bylined = candidates[sharing..]
                .iter()
                .copied()
                .find(|&k| headline_block(k));
            // the body's first line over a credit is a photo's caption, not the story
            let captioned = drafts
                .get(body + 1)
                .is_some_and(|d| d.block.kind == BlockKind::Credit);
            // (block, matched content words, share): a block before the body wins over one after,
            // then one of headline length over a label ("Asia Pacific", "Jawa Timur") and over a
            // run-on paragraph without stops, then the most matches, then the earliest
            candidates
                .iter()
                .map(|&k| {
                    let (matched, share) = overlap(drafts[k].block.span.of(text), &body_keys, lang);
                    (k, matched, share)
                })
                .filter(|&(k, matched, share)| {
                    // a paraphrasing headline may share one word; a label must share more, and
                    // a line shorter than a headline two words, unless only settled lines (a
                    // date, a byline) part it from the body: a site's or a section's name shares
                    // its one word with any story of its place ("Bali Post" over a photo's
                    // caption), a short headline sits on the story ("Banjir Surut")
                    let length = headline_length(text, drafts, k);
                    // (or on its standfirst, the first prose above the body's run: "Dry
                    // Wells" / "In California's Central Valley, a new pistachio orchard is
                    // thriving. …" / the byline)
                    let on =
                        |start: usize| k < start && drafts[k + 1..start].iter().all(|d| d.settled);
                    let on_body = on(body) && !captioned || body_start.is_some_and(on);
                    matched > 0
                        && (share >= MIN_TITLE_OVERLAP || length)
                        && (length || on_body || matched >= MIN_SHORT_TITLE_MATCHES)
                })
                .map(|(k, matched, _)| {
                    let line = drafts[k].block.span.of(text);
                    let words = line.split_whitespace().count();
                    let fits = headline_length(text, drafts, k) && words <= MAX_HEADLINE_WORDS;
                    // a scene without a stop over a credit is the lead photo's caption, which
                    // shares more of the story's words than its headline: "Barangay health
                    // worker Marites Daguplo weighs an infant … (March 14, 2024)" / "Ria
                    // Salvacion/Rappler"
                    // (and so is such a scene without a credit under a candidate with the
                    // headline's byline or date under it: "Maize prices climb in Lilongwe …" /
                    // "By Chikondi Banda" / … / "Vendors selling maize at Nsungwi market in
                    // Lilongwe")
                    let credited = drafts.get(k + 1).is_some_and(|d| {
                        d.block.kind == BlockKind::Credit && d.line <= drafts[k].line + 2
                    });
                    let under_byline = bylined.is_some_and(|j| j < k);
                    // (a line with a byline or a date of its own under it is a headline's
                    // place whatever stands above it: "Local News" / "21 October 2025" / "Cocoa
                    // growers in Palauli get first solar dryer" / "By Malia Toleafoa, …")
                    // (unless a credit stands right over it, the lead photo's: "Getty Images"
                    // / "Brighton players celebrate …" / "By Sam Whitfield")
                    let credit_over = k > 0
                        && drafts[k - 1].block.kind == BlockKind::Credit
                        && drafts[k - 1].line + 1 == drafts[k].line;
                    // (a line over a credit under the headline's byline is the lead photo's
                    // caption whatever its shape: "By Jess Carter" / … / "Reece Holloway was
                    // jailed at Winchester Crown Court" / "(Image: Hampshire Constabulary)")
                    // (the byline's headline of a headline's length: a slogan over the date,
                    // "Portal Berita Bengkulu Terkini", heads no story)
                    let under_headline =
                        bylined.is_some_and(|j| j < k && headline_length(text, drafts, j));
                    let pictured = credited
                        && (under_headline || scene::unstopped_scene_words(line, lang).is_some())
                        || under_byline
                            && (!headline_block(k) || credit_over)
                            && scene::unstopped_scene_shape(line, lang).is_some();
                    // (a long row of a menu's links read as one line shares many of the
                    // story's names, and fits a headline's length: "Home Falkland Islands
                    // Argentina Brazil Uruguay Chile Paraguay Antarctica Fisheries Tourism")
                    let menu = is_home_menu_row(line);
                    // (nor is the outlet's line of a byline printed without "By", the writer's
                    // name over it and the date under it: "Miles Hartigan" / "Fort Collins
                    // Coloradoan" / "Published 6:00 a.m. MT …")
                    let outlet = k >= 1 && named_over_date(text, drafts, k - 1);
                    (k, (k < body, fits, !pictured, !menu, !outlet, matched))
                })
                .fold(
                    None,
                    |best: Option<(usize, TitleRank)>, (k, rank)| match best {
                        Some((_, top)) if top >= rank => best,
                        _ => Some((k, rank)),
                    },
                )
                .map(|(k, _)| k)
                .map(|k| headline_over_deck(text, drafts, &candidates, &body_keys, lang, k))
                .or_else(|| headline_above(text, drafts, &candidates, body))
        }
    };
    // a short label chosen for want of a headline's shape gives way to a headline printed with
    // a stop over its byline or date ("Local News" in the menu; "Ceres pool stays closed." /
    // "By Rolando Vega")
    // (or over its standfirst and then its byline: "Buckie creel fisherman rescued …" /
    // "Kevin Murray, 58, was spotted …" / "By Fiona Grant")
    let stopped = || stopped_headline(text, lang, drafts, run_start);
    // (and so does a row of a menu's links from the home, the only candidate of a headline's
    // length: "Beranda Banjarmasin Kalsel Pemerintahan …" over "Rob Datang Lagi." / "Penulis:
    // …")
    let chosen = match chosen {
        Some(k)
            if !headline_length(text, drafts, k)
                || is_home_menu_row(drafts[k].block.span.of(text)) =>
        {
            stopped()
                .filter(|&s| {
                    s != k
                        && (bylined_at(drafts, s + 1)
                            || drafts[s + 1].block.kind == BlockKind::Paragraph
                                && byline_starts_at(text, drafts, s + 2)
                            // (the label chosen being the outlet's line of such a byline:
                            // a short headline over a stopped standfirst stays chosen)
                            || k > s && named_over_date(text, drafts, s + 1))
                })
                .or(chosen)
        }
        _ => chosen,
    };
    // a standfirst printed without a stop chosen, its headline printed with one right above it
    // ("Phek farmers bet on millets as rains fail." / "Agriculture officials say at least 40
    // villages have switched …")
    // (longer than any headline: "Jalur Pendakian … dari Shelter 2" under a breadcrumb cut off
    // by an ellipsis is the headline, and so is a headline under its photo's caption)
    let chosen = chosen.map(|k| {
        let line = drafts[k].block.span.of(text);
        let deck = line.split_whitespace().nth(MAX_HEADLINE_WORDS).is_some();
        if deck
            && k >= 1
            && !drafts[k - 1].block.span.of(text).ends_with("..")
            && is_stopped_headline(text, lang, drafts, k - 1)
        {
            k - 1
        } else {
            k
        }
    });
    // the line the page's byline stands under, right over the story, is its headline's place,
    // whatever the words it shares with the story: a label chosen above it, a standfirst
    // chosen between, or a line chosen under the byline gives way ("Local News" / "Vendors
    // Frustrated" / "By GBN News" / "March 12, 2024"; "Ice jam swamps Laurel." / "Residents
    // along the Yellowstone River spent Sunday pumping basements …" / "By MAREN HOLT Billings
    // Gazette")
    let chosen = match (
        chosen,
        headline_over_byline(text, lang, drafts, run_start, last),
    ) {
        (None, placed) => placed.map(|p| p.headline),
        (Some(c), Some(p)) if c != p.headline => {
            // (a label over a standfirst may be its headline: "Dry Wells" / "In California's
            // Central Valley, a new pistachio orchard is thriving. …")
            let line = drafts[p.headline].block.span.of(text);
            let standfirst = line.split_whitespace().nth(DECK_WORDS - 1).is_some();
            let label_above = c < p.headline
                && !headline_length(text, drafts, c)
                && !headline_block(c)
                && !standfirst;
            let standfirst_chosen = c == p.under && p.headline < c;
            let story_below = c > p.byline;
            // (a line chosen among the page's first, above the site's menu, many lines that are no
            // prose between, is the site's slogan, when the headline by its place shares a word
            // with the story: "Berita Boyolali Terkini dan Terpercaya" / "Home" / "Boyolali" / …
            // / "Susu Dibuang, Peternak Meradang." / standfirst / "Oleh: …")
            let over_menu = c <= MASTHEAD_LINES
                && p.shares
                && c < p.headline
                && drafts[c + 1..p.headline]
                    .iter()
                    .filter(|d| !d.prose && d.block.kind != BlockKind::Title)
                    .nth(MIN_MENU_LINES - 1)
                    .is_some();
            if label_above || standfirst_chosen || story_below || over_menu {
                Some(p.headline)
            } else {
                Some(c)
            }
        }
        (chosen, _) => chosen,
    };
    let k = chosen.or_else(stopped)?;
    drafts[k].block.kind = BlockKind::Title;
    drafts[k].settled = true;
    Some(k)
}

/// Lines of the page's clutter between a line chosen for the headline and the headline found
/// by its place under it, at least, for the chosen one to be the site's own, over its menu.
const MIN_MENU_LINES: usize = 5;

/// A headline found by its place ([`headline_over_byline`]).
struct PlacedHeadline {
    /// the headline's draft
    headline: usize,
    /// the draft right over the byline: the headline, or its standfirst
    under: usize,
    /// the byline's first draft
    byline: usize,
    /// whether the headline shares a word with the story under the byline
    shares: bool,
}

/// The headline by its place: the open line right over the page's byline or date line
/// ([`bylined_at`]; the writer's and the outlet's names on lines of their own over a date
/// belong to it) that the story follows (the first open line of a headline's length after it
/// is in the story's first run), or right over a standfirst right over it
/// ([`heads_a_standfirst`]), when it has a headline's shape ([`is_placed_headline_shape`]). The
/// date at the top of a page, over the site's menu, is no such place. Shared words do not count
/// here: a headline of two or three words may share none with its story ("Bumper crop" over a
/// story of a community garden's harvest).
fn headline_over_byline(
    text: &str,
    lang: Lang,
    drafts: &[Draft],
    run_start: Option<usize>,
    last: usize,
) -> Option<PlacedHeadline> {
    let open = |k: usize| drafts[k].block.kind == BlockKind::Paragraph && !drafts[k].settled;
    // (the first open line of a headline's length after it is the story's, in its first run:
    // open lines shorter than a headline, the rest of a share bar or a count, aside)
    let story_follows = |j: usize| {
        let Some(body) = run_start else {
            return false;
        };
        (j..drafts.len())
            .find(|&i| {
                let d = &drafts[i];
                !d.settled
                    && d.block
                        .span
                        .of(text)
                        .split_whitespace()
                        .nth(HEADLINE_WORDS - 1)
                        .is_some()
            })
            .is_some_and(|i| {
                let d = &drafts[i];
                let line = d.block.span.of(text);
                i >= body
                    && d.block.kind == BlockKind::Paragraph
                    && d.prose
                    && line.split_whitespace().nth(BODY_WORDS - 1).is_some()
                    && !looks_like_title(line)
            })
    };
    // (the page's date lines over the byline, taken for clutter, are part of its place:
    // headline / "Updated: Mar. 11, 2024, 3:48 p.m.|Published: …" / "By Nathaniel Orr | …")
    let date_line = |i: usize| {
        let d = &drafts[i];
        let line = d.block.span.of(text);
        d.settled
            && matches!(d.block.kind, BlockKind::Boilerplate | BlockKind::Meta)
            && (holds_date(line) || is_date_line(line))
    };
    let byline = (1..last.min(drafts.len())).find_map(|j| {
        if !(bylined_at(drafts, j) && story_follows(j)) {
            return None;
        }
        let top = (1..=j).rev().find(|&i| !date_line(i - 1)).unwrap_or(j);
        open(top - 1).then_some(top)
    })?;
    // (the writer's name alone over the date is the byline's: "Dry Wells" / "In California's
    // Central Valley, …" / "Marisol Benavides" / "Mar. 14, 2024")
    let named = |k: usize| {
        let line = drafts[k].block.span.of(text);
        capitalized_words(&line.replace(" & ", " "), 2..=4) && !ends_with_stop(line)
    };
    let byline_line = drafts[byline].block.span.of(text);
    let dated = holds_date(byline_line) || holds_clock(byline_line) || is_date_line(byline_line);
    // (and so are the writer's and the outlet's names on two lines: "Miles Hartigan" / "Fort
    // Collins Coloradoan" / "Published 6:00 a.m. MT June 11, 2024")
    // (but not when what stands above them is shorter than a headline: a line of a few
    // capitalized words under a label may be the headline itself, "KOTA TEGAL" / "Rob Kembali
    // Datang" / "Redaksi Tegal Update" / "23 Juli 2024", and no name is taken for it)
    let names = |n: usize| {
        dated
            && byline > n
            && (byline - n..byline).all(|k| open(k) && named(k))
            && (headline_length(text, drafts, byline - n - 1)
                || !capitalized_words(drafts[byline - n - 1].block.span.of(text), 1..=3))
    };
    let under = match (1..=2).rev().find(|&n| names(n)) {
        Some(n) => byline - n - 1,
        None if dated && named(byline - 1) => return None,
        None => byline - 1,
    };
    if !open(under) {
        return None;
    }
    let headline = under
        .checked_sub(1)
        .filter(|&above| open(above) && heads_a_standfirst(text, lang, drafts, above, under))
        .unwrap_or(under);
    let line = drafts[headline].block.span.of(text);
    // (a sentence with a stop right over the byline shares a word with the story, as a
    // headline does: "Thanks for reading our site today." over a story of a tsunami is none)
    let shares = || {
        let keys: FastSet<u64> = content_keys(line, lang).collect();
        drafts[byline..]
            .iter()
            .filter(|d| d.block.kind == BlockKind::Paragraph && d.prose)
            .flat_map(|d| word_keys(d.block.span.of(text)))
            .any(|(_, key)| keys.contains(&key))
    };
    let stopped = headline == under && !looks_like_title(line);
    if !is_placed_headline_shape(line, lang) {
        return None;
    }
    let shared = shares();
    (!stopped || shared).then_some(PlacedHeadline {
        shares: shared,
        headline,
        under,
        byline,
    })
}

/// Whether `drafts[k]`, right over `drafts[under]`, is a headline over its standfirst: the
/// standfirst is prose of [`DECK_WORDS`] words or more and at least twice as long, and the
/// headline is printed as headlines are, not as a section's label: with a stop or a question
/// mark ("Closing time.", "Thirsty in March?"); or over a standfirst that is a sentence,
/// in sentence case ("Bumper crop") or of three words or more ("Tanah Bergerak Lagi" /
/// "Retakan di Kampung Pasir Kored melebar …"); or in sentence case over a standfirst longer
/// than any headline ("Fore no more"). A label over a headline ("Local Government", or in
/// sentence case "Fact checks" / "Claim that Indonesia is moving its capital … is wrong") is
/// none of these.
fn heads_a_standfirst(text: &str, lang: Lang, drafts: &[Draft], k: usize, under: usize) -> bool {
    let line = drafts[k].block.span.of(text);
    let deck = drafts[under].block.span.of(text);
    let words = line.split_whitespace().count();
    let deck_words = deck.split_whitespace().count();
    let sentence_case = || has_lower_case_word_after_first(line);
    let sentence = ends_with_stop(deck);
    deck_words >= DECK_WORDS
        && deck_words >= 2 * words
        && (ends_with_stop(line)
            || sentence && (sentence_case() || words >= HEADLINE_WORDS_OVER_DECK)
            || deck_words > MAX_HEADLINE_WORDS && sentence_case())
        && (drafts[under].prose || prose::is_prose_but_for_its_stop(deck, lang))
}

/// Whether `line` has a word of four letters or more in lower case after its first, as a
/// headline in sentence case has ("Nickel and dimed", "Bumper crop") and a section's label in
/// title case has not ("Local Government", "Church in the USA").
fn has_lower_case_word_after_first(line: &str) -> bool {
    line.split_whitespace()
        .skip(1)
        .any(|w| w.starts_with(char::is_lowercase) && w.chars().count() > 3)
}

/// Words of a headline printed with a stop in its place, at most: a photo's caption there is
/// longer ("Residents fill containers from a water tanker in Brixton during an earlier
/// outage.").
const MAX_PLACED_STOPPED_WORDS: usize = 12;

/// Whether `line`, in a headline's place, has a headline's shape: two words or more and no more
/// than [`MAX_HEADLINE_WORDS`], printed without a stop, or with one in one or two short
/// sentences ("Ice jam swamps Laurel.", "Kalamazoo's pothole budget is half gone. It's only
/// March."); not a row of a menu's links, a known clutter line, a count or a date with its
/// time.
fn is_placed_headline_shape(line: &str, lang: Lang) -> bool {
    let words = line.split_whitespace().count();
    let posted = holds_clock(line) && holds_date(line);
    (2..=MAX_HEADLINE_WORDS).contains(&words)
        && !is_label_row(line)
        && !opens_with_clutter(line)
        && !is_count_line(line)
        && !posted
        && (looks_like_title(line)
            || ends_with_stop(line)
                && words <= MAX_PLACED_STOPPED_WORDS
                && sentences::split(line, lang).len() <= 2)
}

/// Whether the line of `drafts[k]`, a person's name of a few capitalized words, opens a bio
/// further down the page: the writer's name printed as a byline without "By", which shares
/// its words with the bio as a short headline shares them with the story ("Lena Marchetti" /
/// "March 12 2024, 5:00 a.m." / … / "Lena Marchetti is a reporter at The Intercept …").
fn opens_a_bio(text: &str, lang: Lang, drafts: &[Draft], k: usize) -> bool {
    let name = drafts[k].block.span.of(text);
    capitalized_words(name, bio::NAME_WORDS)
        && drafts[k + 1..].iter().any(|d| {
            let line = d.block.span.of(text);
            line.strip_prefix(name)
                .is_some_and(|rest| rest.starts_with(' '))
                && bio::is_bio(line, lang)
        })
}

/// When no line has a headline's shape, the headline may have been printed with a final stop
/// ("Indonesia Tsunami Toll Soars Above 800.", "Labour is no longer a broad church."): the
/// first open line up to the start of the body's first run that is one sentence of headline
/// length and whose content words the paragraphs after it repeat, as a headline's are
/// ([`MIN_STOPPED_OVERLAP`] of them and [`MIN_TITLE_OVERLAP`] of its words).
fn stopped_headline(
    text: &str,
    lang: Lang,
    drafts: &[Draft],
    run_start: Option<usize>,
) -> Option<usize> {
    let end = run_start?;
    (0..=end).find(|&k| is_stopped_headline(text, lang, drafts, k))
}

/// Whether `drafts[k]` is a headline printed with a stop ([`stopped_headline`]).
fn is_stopped_headline(text: &str, lang: Lang, drafts: &[Draft], k: usize) -> bool {
    let d = &drafts[k];
    // a stopped line over a credit, or with one on its line, is a photo's caption
    let credited = drafts
        .get(k + 1)
        .is_some_and(|next| next.block.kind == BlockKind::Credit);
    // (an open stopped line of a headline's length: most lines of prose are longer, and the
    // byline under it is read only then)
    let line = d.block.span.of(text);
    let words = line.split_whitespace().count();
    if d.block.kind != BlockKind::Paragraph
        || d.settled
        || credited
        || words > MAX_HEADLINE_WORDS
        || !ends_with_stop(line)
    {
        return false;
    }
    // (two short sentences over the byline are one headline too: "Fort Worth stopped
    // charging library late fines. The books came back." / "By Marisol Vance")
    // (and so is one of two words over it: "Quiet, Please." / "by Prague Morning")
    // (or with its standfirst between: "Broom busters." / "Every Saturday morning, a band of
    // volunteers …" / "Judith Harlow" / "Times Colonist" / "Sep. 19, 2024 6:00 AM")
    // (a standfirst is longer than its headline; a name alone over the date is the byline)
    let decked = || {
        drafts.get(k + 1).is_some_and(|d| {
            d.block.kind == BlockKind::Paragraph
                && !d.settled
                && d.block.span.of(text).split_whitespace().count() > 2 * words
        }) && byline_starts_at(text, drafts, k + 2)
    };
    let bylined = byline_starts_at(text, drafts, k + 1) || decked();
    let most = if bylined { 2 } else { 1 };
    let fewest = if bylined { 2 } else { 3 };
    if words < fewest || sentences::split(line, lang).len() > most {
        return false;
    }
    let body_keys: FastSet<u64> = drafts[k + 1..]
        .iter()
        .filter(|d| d.block.kind == BlockKind::Paragraph && d.prose)
        .flat_map(|d| word_keys(d.block.span.of(text)))
        .map(|(_, key)| key)
        .collect();
    let (matched, share) = overlap(line, &body_keys, lang);
    // (a headline of a few words over its byline shares one of them, half of its words:
    // "Quiet, Please." over a story of noise rules)
    let short = bylined && words <= SHORT_STOPPED_WORDS;
    if short {
        matched >= 1 && share >= SHORT_STOPPED_SHARE
    } else {
        matched >= MIN_STOPPED_OVERLAP && share >= MIN_TITLE_OVERLAP
    }
}

/// Whether a byline starts at `drafts[k]`: a byline or date line taken as meta
/// ([`bylined_at`]), or the writer's name and the outlet's on lines of their own over the date
/// ([`named_over_date`]).
fn byline_starts_at(text: &str, drafts: &[Draft], k: usize) -> bool {
    bylined_at(drafts, k) || named_over_date(text, drafts, k)
}

/// Whether the lines from `drafts[k]` are a byline printed without "By", the writer's name and
/// the outlet's on two lines of their own over the date ("Lydia Castellanos" / "Mississippi
/// Clarion Ledger" / "Published 5:02 a.m. CT …", as a chain of American papers prints them):
/// two open lines of a few capitalized words, then a byline or a date line. (A name alone over
/// the date may be under a standfirst, the headline over it: "Dry Wells" / "In California's
/// Central Valley, … running out." / "Marisol Benavides" / "Mar. 14, 2024".)
fn named_over_date(text: &str, drafts: &[Draft], k: usize) -> bool {
    let named = |d: &Draft| {
        d.block.kind == BlockKind::Paragraph
            && !d.settled
            && capitalized_words(d.block.span.of(text), 2..=4)
    };
    drafts
        .get(k..k + 2)
        .is_some_and(|run| run.iter().all(named))
        && bylined_at(drafts, k + 2)
}

/// Words of a headline printed with a stop over its byline that may share a single word with
/// the story, at most.
const SHORT_STOPPED_WORDS: usize = 3;

/// The share of its content words such a short headline shares with the story, at least.
const SHORT_STOPPED_SHARE: f64 = 0.5;

/// Whether `drafts[k]` is a byline or a date line, as stands under a headline (not a dateline,
/// which opens the story).
fn bylined_at(drafts: &[Draft], k: usize) -> bool {
    drafts
        .get(k)
        .is_some_and(|m| m.block.kind == BlockKind::Meta && !m.dateline)
}

/// Where a count with its label glued after a date line starts in `s`: "12 September 2024 |
/// 10:14 WITA Dibaca: 1.209 kali" gives the offset of "Dibaca". The label is one capitalized
/// word and a colon, the count a line of [`is_count_line`]'s shape, and what stands before it
/// a date line ([`is_date_line`]).
fn count_after_date(s: &str) -> Option<usize> {
    // (a date and a count are short: most lines are longer; then a byte search for the colon)
    if s.len() > MAX_BYLINE {
        return None;
    }
    let colon = memchr::memmem::rfind(s.as_bytes(), b": ")?;
    let at = s[..colon].rfind(' ')? + 1;
    let label = &s[at..colon];
    (label.starts_with(char::is_uppercase)
        && label.chars().all(char::is_alphabetic)
        && is_count_line(&s[at..])
        && is_date_line(s[..at].trim_end()))
    .then_some(at)
}

/// Where the sections a story is filed under, glued after its date line by a bar, start in
/// `s` (at the bar): "KYODO NEWS - Jul 10, 2024 - 14:37 | All, Japan". One to four
/// capitalized labels parted by commas, no digit; what stands before the bar a date line.
fn sections_after_date(s: &str) -> Option<usize> {
    const MOST_LABELS: usize = 4;
    if s.len() > MAX_BYLINE {
        return None;
    }
    let bar = memchr::memrchr(b'|', s.as_bytes())?;
    let sections = s[bar + 1..].trim();
    let labels = sections.split(", ").count();
    // (one bar, and no label's colon: "Rabu, 03 April 2024 | Reporter: Nurito | Editor: …" is
    // a byline's fields)
    (bar > 0
        && memchr::memchr(b'|', &s.as_bytes()[..bar]).is_none()
        && !sections.contains(':')
        && (1..=MOST_LABELS).contains(&labels)
        && sections
            .split(", ")
            .all(|label| capitalized_words(label, 1..=3))
        && !sections.contains(|c: char| c.is_ascii_digit())
        && is_date_line(s[..bar].trim_end()))
    .then_some(bar)
}

/// Whether `line` is a count and its label, a few words with a number among them: "Dilihat
/// 1.207 kali", "Dibaca: 1.208 kali", "Share: 38", "0 Comments". No headline is so short and
/// so numbered.
fn is_count_line(line: &str) -> bool {
    const MOST_WORDS: usize = 3;
    line.split_whitespace().nth(MOST_WORDS).is_none()
        && line.split_whitespace().any(|w| {
            w.bytes().any(|b| b.is_ascii_digit())
                && w.bytes()
                    .all(|b| b.is_ascii_digit() || b == b'.' || b == b',')
        })
}

/// Whether `line` is a row of a menu's links read as one line from the site's home ("Home",
/// "Beranda"), [`MIN_MENU_ROW_WORDS`] words at least: "Home Falkland Islands Argentina Brazil
/// Uruguay Chile …", which shares many of the story's names and fits a headline's length.
fn is_home_menu_row(line: &str) -> bool {
    line.split_whitespace()
        .nth(MIN_MENU_ROW_WORDS - 1)
        .is_some()
        && line.split_whitespace().next().is_some_and(|first| {
            BREADCRUMB_HOMES
                .iter()
                .any(|h| first.eq_ignore_ascii_case(h))
        })
        && is_label_row(line)
}

/// A title candidate's rank, compared in order: before the body, of a headline's length, no
/// photo's caption, no row of a menu's links, no outlet's line of a byline, and its words the body
/// repeats.
type TitleRank = (bool, bool, bool, bool, bool, usize);

/// Words of a row of a menu's links read as one line from the site's home ("Home", "Beranda"),
/// at least, for it to lose the title to a headline ([`is_label_row`]).
const MIN_MENU_ROW_WORDS: usize = 6;

/// Drafts at the top of the page where the site prints its name and its slogan, at most.
const MASTHEAD_LINES: usize = 3;

/// Content words a headline printed with a stop shares with the body, at least.
const MIN_STOPPED_OVERLAP: usize = 2;

/// A standfirst printed without a final stop ("Officials say the toll is expected to rise as
/// rescuers search the rubble of the market") has a headline's shape and, being longer,
/// shares more words with the body than its headline does. The headline is the shorter
/// candidate right above it, with only settled lines (a date, a byline) between them, that
/// shares a word with the body too.
fn headline_over_deck(
    text: &str,
    drafts: &[Draft],
    candidates: &[usize],
    body_keys: &FastSet<u64>,
    lang: Lang,
    deck: usize,
) -> usize {
    let words = |k: usize| drafts[k].block.span.of(text).split_whitespace().count();
    let Some(&above) = candidates.iter().rev().find(|&&k| k < deck) else {
        return deck;
    };
    let clear = drafts[above + 1..deck].iter().all(|d| d.settled);
    let line = drafts[above].block.span.of(text);
    // a headline's words are the story's; a row of menu links read as one line ("Skip to main
    // content AP Logo Sports Baseball MLB") shares one of them at most
    let (matched, share) = overlap(line, body_keys, lang);
    // right above the standfirst a short headline in sentence case is still one ("Nickel and
    // dimed"); a label is shorter or capitalizes every word ("Climate & Environment")
    let headline_case = || {
        has_lower_case_word_after_first(line)
            // or in capitals, as some sites print their headlines ("NICKEL AND DIMED"), with a
            // small word as a phrase has; not a section's label ("EAST ASIA PACIFIC", "SCIENCE &
            // HEALTH") nor one with the date ("NEWS RELEASE 6-MAY-2024")
            || !line.contains(char::is_lowercase)
                && !line.contains('&')
                && !holds_date(line)
                && line
                    .split_whitespace()
                    .any(|w| prose::is_function_word(prose::word_of(w), lang))
    };
    let length = headline_length(text, drafts, above)
        || above + 1 == deck && words(above) >= HEADLINE_WORDS_OVER_DECK && headline_case();
    let menu = is_label_row(line) || opens_with_clutter(line);
    // (or, right over it, one printed as a headline is and not as a label, whatever its words:
    // "Fore no more" / "Rolling Meadows park board votes to let Sawgrass Bend's nine holes go
    // back to prairie, …")
    let placed = above + 1 == deck && heads_a_standfirst(text, lang, drafts, above, deck);
    let headline =
        clear && (matched > 0 && share >= MIN_TITLE_OVERLAP && length || placed) && !menu;
    // a standfirst is long, or right under a headline in sentence case and longer than it
    // ("Indonesia's Ramadan travel rush begins as millions head home" / "Officials expect
    // more than 190 million journeys over the holiday period"); a headline of nine words
    // under a byline ("News - Arif Gunawan, CNBC Indonesia") is the headline, not a deck
    let standfirst = words(deck) >= DECK_WORDS || above + 1 == deck && headline_case();
    // a standfirst may be the shorter, under a long headline in sentence case that shares
    // several of the story's words ("Young Javanese creators bring an old script back to life on
    // social media" / "Writing in aksara Jawa has become a small online trend")
    let long_headline = words(above) >= LONG_HEADLINE_WORDS
        && matched >= MIN_SHORT_TITLE_MATCHES
        && above + 1 == deck
        && headline_case();
    if headline && standfirst && (words(above) < words(deck) || long_headline) {
        above
    } else {
        deck
    }
}

/// A headline this long, in sentence case, is the headline over a shorter standfirst.
const LONG_HEADLINE_WORDS: usize = 8;

/// Headlines have at least this many words; section labels and site names fewer.
/// A headline that shares no word with its story ("Nasib di Ujung Tanduk") is still where
/// headlines stand: the last headline-length line above the body with only settled lines
/// between them (a date, a byline, a photo and its credit, known clutter).
fn headline_above(
    text: &str,
    drafts: &[Draft],
    candidates: &[usize],
    body: usize,
) -> Option<usize> {
    let k = *candidates.iter().rev().find(|&&k| k < body)?;
    let clear = drafts[k + 1..body].iter().all(|d| d.settled);
    (clear && headline_length(text, drafts, k)).then_some(k)
}

const HEADLINE_WORDS: usize = 4;
/// Right above a standfirst, a headline has at least this many words.
const HEADLINE_WORDS_OVER_DECK: usize = 3;

/// Headlines have at most this many words: a longer line without a stop is a paragraph the
/// scraper left unpunctuated (summary bullets joined), which shares more words with the body
/// than the headline does.
const MAX_HEADLINE_WORDS: usize = 20;

fn headline_length(text: &str, drafts: &[Draft], k: usize) -> bool {
    drafts[k].block.span.of(text).split_whitespace().count() >= HEADLINE_WORDS
}

/// A prose paragraph this long starts the body.
const BODY_WORDS: usize = 8;

/// Letters of a content word kept as its key, so "rendam" in a headline meets "merendam"'s
/// neighbours and "election" meets "elections": the first letters of the word.
const KEY_LETTERS: usize = 5;

/// The keys of the content words of `line` (words of four letters or more that are not
/// function words): a hash of their first [`KEY_LETTERS`] letters, lower-cased. No allocation:
/// this runs over every word of the body.
fn content_keys(line: &str, lang: Lang) -> impl Iterator<Item = u64> + '_ {
    word_keys(line).filter_map(move |(word, key)| {
        (word.len() >= 4 && !prose::is_function_word(word, lang)).then_some(key)
    })
}

/// The distinct keys of `line`'s content words, sorted: a set, without hashing the keys again.
fn distinct_content_keys(line: &str, lang: Lang) -> Vec<u64> {
    let mut keys: Vec<u64> = content_keys(line, lang).collect();
    keys.sort_unstable();
    keys.dedup();
    keys
}

/// Every word of `line` with its key: a hash (FNV-1a) of its first [`KEY_LETTERS`] letters,
/// lower-cased; bytes for ASCII words, the common case. No allocation: the body is read
/// this way, and a key that no title candidate has is dropped without a function-word check.
fn word_keys(line: &str) -> impl Iterator<Item = (&str, u64)> + '_ {
    line.split_ascii_whitespace().map(|word| {
        let word = prose::word_of(word);
        let mut key: u64 = 0xcbf2_9ce4_8422_2325;
        let mut add = |c: u64| key = (key ^ c).wrapping_mul(0x0000_0100_0000_01b3);
        if word.is_ascii() {
            word.bytes()
                .take(KEY_LETTERS)
                .for_each(|b| add(u64::from(b.to_ascii_lowercase())));
        } else {
            word.chars()
                .take(KEY_LETTERS)
                .flat_map(char::to_lowercase)
                .for_each(|c| add(u64::from(c)));
        }
        (word, key)
    })
}

/// How many of `line`'s content words have their keys in `keys`, and their share.
fn overlap(line: &str, keys: &FastSet<u64>, lang: Lang) -> (usize, f64) {
    let own = distinct_content_keys(line, lang);
    let matched = own.iter().filter(|k| keys.contains(*k)).count();
    (matched, matched as f64 / own.len().max(1) as f64)
}

/// Marks a page sets between a caption and its credit on one line: "… Odisha | Photo: …",
/// "… in Klang / Image Credit: …", "… Jakarta • Foto: …".
const CAPTION_CREDIT_BARS: &[char] = &['|', '/', '•', '·', '–', '—', '-'];

/// Where the bar closing `s` starts, when its last word is made of `marks` ([`CAPTION_CREDIT_BARS`]
/// alone and a word with a letter or digit stands before it: "Weavers at work in Berhampur |"
/// gives the offset of "|".
fn separator_closing(s: &str, marks: &[char]) -> Option<usize> {
    let s = s.trim_end();
    let (head, last) = s.rsplit_once(char::is_whitespace)?;
    (!last.is_empty()
        && last.chars().all(|c| marks.contains(&c))
        && head.contains(char::is_alphanumeric))
    .then_some(s.len() - last.len())
}

/// Where the words after a bar opening `s` start, the mirror of [`separator_closing`]: "|
/// Photo: Varney T. Kollie" gives the offset of "Photo".
fn separator_opening(s: &str, marks: &[char]) -> Option<usize> {
    let (first, rest) = s.split_once(char::is_whitespace)?;
    (!first.is_empty()
        && first.chars().all(|c| marks.contains(&c))
        && rest.contains(char::is_alphanumeric))
    .then(|| s.len() - rest.trim_start().len())
}

/// Shaped like a headline: two to thirty words, no final period or comma (a headline in
/// quotes may end in one inside them: "\"My Students Stopped Reading.\""), and none of the
/// separators of menus and meta lines ("Listen to this article · 5:02 min", "Home > News").
fn looks_like_title(s: &str) -> bool {
    /// a quotation longer than this is a quoted paragraph, not a headline
    const QUOTED_HEADLINE_WORDS: usize = 16;
    // a brand written in camel case may open a headline ("iPhone 16 Mulai Dijual di
    // Indonesia", "eFishery Tunda Pembayaran Gaji"); a line opening with a plain lower-case
    // word is a sentence's continuation
    let first_word = s.split_whitespace().next().unwrap_or("");
    let camel = first_word.chars().skip(1).any(char::is_uppercase);
    if s.len() > 300 || (s.starts_with(char::is_lowercase) && !camel) {
        return false;
    }
    // 'Menkeu: "Tidak Ada Kenaikan Pajak"' ends in a quoted phrase and is a headline; a quote
    // closed after its own stop ('… naik," ujarnya.' or '"… naik."') is a sentence
    // an end mark of asterisks follows a caption's or a story's stop: "… 2024.*"
    let s = s.trim_end_matches('*');
    let closed = s.trim_end_matches(['"', '”', '\'', '’']);
    // "Badai Rosa Mengancam Phoenix dengan Banjir Bandang (Daerah Kekeringan Mungkin
    // Diuntungkan)": a headline may close on an aside; "Jakarta (ANTARA)" and "(ant)" close
    // on a name
    let aside = s.ends_with(')')
        && s.rfind('(')
            .is_some_and(|at| s[at..].split_whitespace().count() >= ASIDE_WORDS);
    // "The Nebraska Town That Banned Leaf Blowers Just Bought One. It's Complicated.": a
    // headline in title case may be written as sentences (an abbreviation's dot, "… at 9:25
    // a.m.", is a stop: sentences end on one too); a list of names in title case is parted by
    // semicolons or colons: a line-up
    let dotted = s.ends_with('.') && in_title_case(s) && !s.contains([';', ':']);
    let stop = s.ends_with([',', ';', ':'])
        || s.ends_with('.') && !dotted
        || (s.ends_with(')') && !aside)
        || (closed.len() < s.len()
            && (closed.is_empty() || closed.ends_with(['.', ',', ';', ':', '!', '?', '…'])));
    let in_quotes = s.starts_with(['"', '“', '\'', '‘']) && s.ends_with(['"', '”', '\'', '’']);
    if stop && !in_quotes {
        return false;
    }
    // "Harga Beras Naik Lagi | Kompas.com", "Banjir Rendam Bekasi - Tempo.co": the page title
    // with the site's name after a bar, as scrapers take it from the <title>
    let s = site_suffix(s).map_or(s, |at| &s[..at]);
    let words = s.split_whitespace().count();
    (2..=30).contains(&words)
        && (!stop || words <= QUOTED_HEADLINE_WORDS)
        && !s.contains(['·', '|', '>', '•', '»', '›'])
        && !is_section_row(s)
}

/// Labels a page prints before its breadcrumb: "You are here: Home / Tourism / Analysis".
/// ("Anda berada di: Beranda / Peristiwa / Jalur Pendakian …" was tried: read as clutter, the
/// line no longer held a list of headlines apart from the headline under it, and kerincitoday
/// lost its title.)
const BREADCRUMB_LABELS: &[&str] = &["you are here:"];

/// Whether `s` is a breadcrumb after its label: a label of [`BREADCRUMB_LABELS`], then the
/// path's parts parted by a slash or an arrow.
fn is_labelled_breadcrumb(s: &str) -> bool {
    BREADCRUMB_LABELS
        .iter()
        .find(|label| starts_with_ignore_case(s, label))
        .is_some_and(|label| s[label.len()..].contains(['/', '»', '›', '>']))
}

/// Whether `s` is a row of a site's sections parted by spaced slashes, as a breadcrumb prints
/// them: "HOME / HUKUM", "Beranda / Kreatif / Tips". Every part is three words or fewer; a
/// headline with a slash joins two words with none around it ("Rp 15.800/US$").
fn is_section_row(s: &str) -> bool {
    s.contains(" / ") && short_pieces(s, " / ", 1..=3).is_some()
}

/// Words of a parenthetical aside closing a headline, at least.
const ASIDE_WORDS: usize = 3;

/// Where " | Site Name" ends a headline: a bar (or a spaced dash) before a name of one to three
/// capitalized words, the last of which holds a dot or is all capitals ("Kompas.com",
/// "Tempo.co", "CNN Indonesia", "VOA Indonesia", "BBC News Indonesia").
fn site_suffix(s: &str) -> Option<usize> {
    let (at, sep) = rfind_any(s, &[" | ", " - ", " – ", " — "])?;
    let site = &s[at + sep.len()..];
    let words: Vec<&str> = site.split_whitespace().collect();
    let named = words
        .iter()
        .any(|w| w.contains('.') || (w.len() >= 2 && w.chars().all(|c| c.is_ascii_uppercase())));
    ((1..=3).contains(&words.len())
        && named
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()) || w.contains('.')))
    .then_some(at)
}

/// A truncated repeat must be at least this long to count (bytes), so that a short line that
/// happens to open a paragraph ("Jakarta") is left alone.
const MIN_TRUNCATED_REPEAT: usize = 24;

/// Words of a name that may open a title or a paragraph (a tag, a company, a public service),
/// at most: a line of this many capitalized words, small ones inside ([`is_linked_name`]), is no
/// cut copy ([`mark_duplicates`]).
const MAX_OPENING_NAME_WORDS: usize = 6;

/// Whether `line` is a name of `most` words at most: its words capitalized, the small words of
/// [`bio::NAME_LINKS`] inside it ("Greater Manchester Fire and Rescue Service").
fn is_linked_name(line: &str, most: usize) -> bool {
    let capitalized = |w: &str| w.starts_with(char::is_uppercase);
    let (mut count, mut last) = (0, "");
    for word in line.split_whitespace() {
        count += 1;
        let linked = count > 1 && bio::NAME_LINKS.contains(&word);
        if count > most || !(capitalized(word) || linked) {
            return false;
        }
        last = word;
    }
    count > 0 && capitalized(last)
}

/// The page's window title above its headline, as a scraper that keeps the HTML `<title>`
/// leaves it: "Petani Tembakau … Rusak Bibit - Suarabaru.id" on the first lines, then the
/// headline itself, "Petani Tembakau … Rusak Bibit", which [`mark_duplicates`] took for a cut
/// repeat of it. When the title's remainder past the headline is a separator and the site's
/// name (a few words), the first print is clutter and the headline is the title.
fn mark_window_title(text: &str, lang: Lang, blocks: &mut [Block]) {
    if mark_parted_window_title(text, lang, blocks) {
        return;
    }
    let window =
        |w: usize, h: usize| is_window_title(blocks[w].span.of(text), blocks[h].span.of(text));
    // the headline taken for a cut repeat of the window title above it, whatever kind either
    // was given (the input's markup may have named the headline: "# Petani Tembakau …"), when no
    // other line is the title
    // (above the story, see [`story_start`])
    let repeat = (0..blocks.len()).find_map(|h| {
        blocks[h]
            .duplicate_of
            .filter(|&w| window(w, h) && h < story_start(text, blocks, w + 1))
            .map(|w| (w, h))
    });
    if let Some((w, h)) = repeat {
        // (a later print of the headline itself is none: "… Lebaran - Sinar Jateng" / … /
        // "… Lebaran" / … / "… Lebaran" again under the story; a trending headline between
        // the window title and the headline, or above both, taken for the title, is clutter)
        let other = |k: usize, b: &Block| {
            b.kind == BlockKind::Title
                && k != w
                && k != h
                && b.duplicate_of != Some(h)
                && b.duplicate_of != Some(w)
        };
        // (a print below of a line above taken for the title is none of its own: the agency's
        // name on the masthead and again as the byline, "United News of Bangladesh")
        let other_below = blocks
            .iter()
            .enumerate()
            .any(|(k, b)| k > h && other(k, b) && b.duplicate_of.is_none_or(|d| d > h));
        if !other_below {
            for k in 0..h {
                if other(k, &blocks[k]) {
                    blocks[k].kind = BlockKind::Boilerplate;
                    for b in blocks[h + 1..].iter_mut() {
                        if b.duplicate_of == Some(k) {
                            b.kind = BlockKind::Boilerplate;
                        }
                    }
                }
            }
            blocks[w].kind = BlockKind::Boilerplate;
            blocks[h].kind = BlockKind::Title;
            blocks[h].duplicate_of = None;
        }
        return;
    }
    // the window title taken for the title, and the headline under it in other capitals
    // ("PETANI TEMBAKAU …"), which is no repeat of it
    let Some(t) = blocks.iter().position(|b| b.kind == BlockKind::Title) else {
        return;
    };
    if let Some(h) = (t + 1..blocks.len())
        .find(|&h| window(t, h))
        .or_else(|| reworded_headline(text, lang, blocks, t))
    {
        blocks[t].kind = BlockKind::Boilerplate;
        blocks[h].kind = BlockKind::Title;
        blocks[h].duplicate_of = None;
    }
}

/// A headline printed more than once above the story, in a breadcrumb's last line, a trending
/// list or a bare window title, then on its own line over the byline: the last print is the
/// title, the earlier ones the page's ("Home" / "»" / "Lima Bulan Insentif Belum Cair, …" /
/// "Pendidikan" / "Lima Bulan Insentif Belum Cair, …" / "Penulis: …"). The title taken from an
/// earlier print gives it to the last exact print of its text when only clutter, captions and
/// credits stand between them (no paragraph), one line at least and no byline or date; a
/// print under the story's paragraphs (a most-read list) is not reached.
fn mark_last_print_of_the_headline(text: &str, blocks: &mut [Block]) {
    let Some(t) = blocks
        .iter()
        .position(|b| b.kind == BlockKind::Title && b.duplicate_of.is_none())
    else {
        return;
    };
    let headline = blocks[t].span.of(text);
    // (another headline of the list the first print stands in is read past: a line of a
    // headline's shape with no stop, "Headline" / the headline / "Harga Kopi Arabika Kerinci
    // Tembus Rp85 Ribu per Kilogram" / … / the headline / "Laporan: …")
    let listed_headline = |b: &Block| {
        let line = b.span.of(text);
        looks_like_title(line) && !ends_with_stop(line)
    };
    let mut last = None;
    for (k, b) in blocks.iter().enumerate().skip(t + 1) {
        if b.kind == BlockKind::Paragraph && b.duplicate_of.is_none() && !listed_headline(b) {
            break;
        }
        if b.span.of(text) == headline {
            last = Some(k);
        }
    }
    // a print right under the title, with nothing between, repeats it (a headline printed
    // twice in a row is the title and its repeat), unless the first print closes a list of
    // headlines ("Latest News" / … / "Vava'u ferry schedule changes next week" / "Talamahu
    // vendors move …" / "Talamahu vendors move …" / "Written by …")
    // (and a print under the title's byline or date, above the story, repeats it: the byline
    // stands under the headline)
    // (two other headlines right above it, of a headline's words: not a section's label,
    // "MINAHASA RAYA", nor a menu read as one row, "Skip to main content Kompas.com Bola …")
    let headline_at = |p: usize| {
        let before = blocks[p].span.of(text);
        blocks[p].kind == BlockKind::Boilerplate
            && looks_like_title(before)
            && !ends_with_stop(before)
            && before
                .split_whitespace()
                .nth(MIN_LISTED_HEADLINE_WORDS - 1)
                .is_some()
            && before.chars().any(char::is_lowercase)
    };
    let listed = t >= 2 && headline_at(t - 1) && headline_at(t - 2);
    let Some(h) = last.filter(|&h| {
        let between = &blocks[t + 1..h];
        (between.iter().any(|b| b.span.of(text) != headline) || listed)
            && !between.iter().any(|b| b.kind == BlockKind::Meta)
    }) else {
        return;
    };
    blocks[h].kind = BlockKind::Title;
    blocks[h].duplicate_of = None;
    // the later prints repeat the title now (a repeat names an earlier block, never a later
    // one: the prints between keep naming the first)
    for b in &mut blocks[h + 1..] {
        if b.duplicate_of == Some(t) {
            b.duplicate_of = Some(h);
        }
    }
    // the earlier prints, the first among them, are the page's: none is translated again; nor
    // are the other headlines of their list
    for b in &mut blocks[t..h] {
        if b.span.of(text) == headline
            || b.kind == BlockKind::Paragraph && b.duplicate_of.is_none() && listed_headline(b)
        {
            b.kind = BlockKind::Boilerplate;
        }
    }
}

/// Words of a line above the headline's first print, at least, for it to be another headline
/// of a list ([`mark_last_print_of_the_headline`]).
const MIN_LISTED_HEADLINE_WORDS: usize = 4;

/// Content words a window title shares with the headline it words otherwise, at least (and half
/// of the shorter's).
const MIN_REWORDED_SHARED_WORDS: usize = 3;

/// Whether two headlines, by their sorted content keys ([`distinct_content_keys`]), word one
/// story otherwise: [`MIN_REWORDED_SHARED_WORDS`] keys shared at least, and half of the
/// shorter's.
fn words_it_otherwise(own: &[u64], other: &[u64]) -> bool {
    let shared = own
        .iter()
        .filter(|k| other.binary_search(k).is_ok())
        .count();
    shared >= MIN_REWORDED_SHARED_WORDS && 2 * shared >= own.len().min(other.len())
}

/// Blocks after a window title where the headline it words otherwise may stand, at most.
const REWORDED_HEADLINE_REACH: usize = 40;

/// The headline under a window title that words it otherwise, when the window title on the
/// page's first line was taken for the title: "GWA boil-water notice for Dededo, Yigo stays as
/// crews flush lines" / "Skip to main content" / … / "Boil-water notice stays in place for
/// parts of Dededo as GWA flushes lines" / "Joleen Taitague". Sites give the HTML `<title>`
/// a wording of its own. The headline is a line of headline shape with only clutter between
/// the two, the byline, the date or the writer's bare name under it (within three blocks),
/// and at least three of its content words, and half of the shorter's, shared with the window
/// title.
fn reworded_headline(text: &str, lang: Lang, blocks: &[Block], t: usize) -> Option<usize> {
    const BYLINE_REACH: usize = 3;
    if t != 0 {
        return None;
    }
    let window = distinct_content_keys(blocks[t].span.of(text), lang);
    for h in t + 1..blocks.len().min(t + 1 + REWORDED_HEADLINE_REACH) {
        let b = &blocks[h];
        match b.kind {
            BlockKind::Boilerplate => continue,
            BlockKind::Paragraph if b.duplicate_of.is_none() => {}
            _ => return None,
        }
        let line = b.span.of(text);
        if !looks_like_title(line) || ends_with_stop(line) {
            return None;
        }
        // (read by their text: the passes may have taken a bare name for clutter)
        let bylined = blocks[h + 1..].iter().take(BYLINE_REACH).any(|n| {
            let next = n.span.of(text);
            n.kind == BlockKind::Meta
                || is_byline(next)
                || is_date_line(next)
                // or the writer's bare name: "Joleen Taitague"
                || capitalized_words(next, 2..=3) && !ends_with_stop(next)
        });
        let own = distinct_content_keys(line, lang);
        return (bylined && words_it_otherwise(&own, &window)).then_some(h);
    }
    None
}

/// The window title parted into blocks on the page's first line (its bar read as a credit's:
/// "Ekiti pensioners storm secretariat … | Sahara Reporters"), with the headline printed again
/// under it, whole or cut ([`is_cut_window_title`]): the first line is clutter, and the headline
/// is the title, whichever line the rules took for it (a trending headline, with the headline's
/// print taken for a caption). Whether it was found. A first line parted at its bar that words
/// the title found under it otherwise is clutter too, and the title stays.
fn mark_parted_window_title(text: &str, lang: Lang, blocks: &mut [Block]) -> bool {
    let Some(first) = blocks.first() else {
        return false;
    };
    let line_end = text[first.span.start..]
        .find('\n')
        .map_or(text.len(), |at| first.span.start + at);
    let parts = blocks.iter().take_while(|b| b.span.end <= line_end).count();
    if parts < 2 {
        return false;
    }
    let window = &text[first.span.start..blocks[parts - 1].span.end];
    // (above the story: a print in a most-read list under it is another's, "Ely rowers
    // complete 100-mile Great Ouse challenge for hospice" under the story whose headline
    // words it otherwise)
    let Some(h) = (parts..story_start(text, blocks, parts)).find(|&h| {
        let headline = blocks[h].span.of(text);
        is_window_title(window, headline) || is_cut_window_title(window, headline)
    }) else {
        // or worded otherwise than the title found under it, as its own sentence of a
        // headline's shape before a bar and a site's name ("Reading councillors approve 212
        // flats on former Caversham Road sorting office site | Reading Chronicle" over
        // "Reading councillors approve 212 flats on former sorting office site despite …")
        let reworded = || {
            let title = blocks[parts..]
                .iter()
                .find(|b| b.kind == BlockKind::Title)?;
            let (head, site) = window.split_once(" | ")?;
            let own = distinct_content_keys(head, lang);
            let headline = distinct_content_keys(title.span.of(text), lang);
            (!ends_with_stop(head)
                && looks_like_title(head)
                && capitalized_words(site.trim(), 1..=MAX_WINDOW_SITE_WORDS)
                && words_it_otherwise(&own, &headline))
            .then_some(())
        };
        if reworded().is_some() {
            for b in &mut blocks[..parts] {
                b.kind = BlockKind::Boilerplate;
                b.duplicate_of = None;
            }
            // and a print of its headline further down repeats clutter now
            for b in &mut blocks[parts..] {
                if b.duplicate_of.is_some_and(|d| d < parts) {
                    b.kind = BlockKind::Boilerplate;
                }
            }
        }
        return false;
    };
    for b in blocks.iter_mut().filter(|b| b.kind == BlockKind::Title) {
        b.kind = BlockKind::Boilerplate;
    }
    for b in &mut blocks[..parts] {
        b.kind = BlockKind::Boilerplate;
        b.duplicate_of = None;
    }
    blocks[h].kind = BlockKind::Title;
    blocks[h].duplicate_of = None;
    true
}

/// The first block from `from` on that opens the story: a paragraph of [`BODY_WORDS`] words at
/// least that ends as a sentence does; the blocks' end when there is none. A window title's
/// headline is printed above it; a print under it stands in a list of other stories.
fn story_start(text: &str, blocks: &[Block], from: usize) -> usize {
    blocks[from..]
        .iter()
        .position(|b| {
            let line = b.span.of(text);
            b.kind == BlockKind::Paragraph
                && ends_with_stop(line)
                && line.split_whitespace().nth(BODY_WORDS - 1).is_some()
        })
        .map_or(blocks.len(), |at| from + at)
}

/// Words of a headline cut in a window title, at least.
const MIN_CUT_HEADLINE_WORDS: usize = 4;

/// Whether `window` is the opening words of `headline`, [`MIN_CUT_HEADLINE_WORDS`] at least,
/// then a bar and a site's name of at most [`MAX_WINDOW_SITE_WORDS`] words: "Villagers raise
/// £310,000 to buy and reopen Horwich pub | The Bolton News" over "… Horwich pub that closed in
/// 2022" (the bar read as a credit's, as Indian sites sign a photo "… at a port | Commons").
fn is_cut_window_title(window: &str, headline: &str) -> bool {
    window.split_once(" | ").is_some_and(|(cut, site)| {
        let cut = cut.trim();
        headline.starts_with(cut)
            && headline[cut.len()..].starts_with(' ')
            && cut
                .split_whitespace()
                .nth(MIN_CUT_HEADLINE_WORDS - 1)
                .is_some()
            && (1..=MAX_WINDOW_SITE_WORDS).contains(&site.split_whitespace().count())
    })
}

/// Whether `window` is `headline`, in any capitals, then a separator of
/// [`WINDOW_TITLE_SEPARATORS`] and a site's name of at most [`MAX_WINDOW_SITE_WORDS`] words.
fn is_window_title(window: &str, headline: &str) -> bool {
    // most pairs differ in length or in their first letters: only those that can match are read
    if headline.is_empty()
        || window.len() <= headline.len() + 2
        || window.len() > headline.len() + MAX_WINDOW_SUFFIX
    {
        return false;
    }
    if is_prefixed_window_title(window, headline) {
        return true;
    }
    let mut rest = window.chars();
    let same = headline.chars().all(|h| {
        rest.next()
            .is_some_and(|w| w == h || w.to_lowercase().eq(h.to_lowercase()))
    });
    let suffix = same.then_some(rest.as_str()).and_then(|rest| {
        WINDOW_TITLE_SEPARATORS
            .iter()
            .find_map(|sep| rest.strip_prefix(sep))
    });
    // the site's name, perhaps after a programme's or a section's: "… - Pacific Beat - ABC Radio
    // Australia"
    suffix.is_some_and(|site| {
        let mut parts = 0;
        let named = site_parts(site).all(|part| {
            parts += 1;
            (1..=MAX_WINDOW_SITE_WORDS).contains(&part.split_whitespace().count())
        });
        // (a name may close on an exclamation mark: "… – News Diggers!", "… - Yahoo!")
        let exclaimed = || {
            site.strip_suffix('!')
                .is_some_and(|name| capitalized_words(name, 1..=3))
        };
        named && parts <= MAX_WINDOW_SITE_PARTS && (!ends_with_stop(site) || exclaimed())
    })
}

/// Whether `window` is a site's name, a separator ([`WINDOW_TITLE_SEPARATORS`] or a colon)
/// and `headline` in any capitals, as a blog's engine titles its posts' windows: "Banjarnegara
/// News: Harga Salak Pondoh Naik, …". The name is one to [`MAX_WINDOW_SITE_WORDS`] capitalized
/// words with no stop.
fn is_prefixed_window_title(window: &str, headline: &str) -> bool {
    let at = window.len() - headline.len();
    let Some(prefix) = window
        .get(at..)
        .filter(|tail| tail.eq_ignore_ascii_case(headline))
        .map(|_| &window[..at])
    else {
        return false;
    };
    let name = WINDOW_TITLE_SEPARATORS
        .iter()
        .chain(&[": "])
        .find_map(|sep| prefix.strip_suffix(sep));
    // (a name holds no comma and is shorter than the headline: "Jatiluhur Menyusut, Keramba
    // Warga Terancam - PurwakartaKita" is a headline and a name, not "PurwakartaKita" after one)
    name.is_some_and(|name| {
        capitalized_words(name, 1..=MAX_WINDOW_SITE_WORDS)
            && !ends_with_stop(name)
            && !name.contains(',')
            && name.split_whitespace().count() < headline.split_whitespace().count()
    })
}

/// The parts of a window title's suffix, parted by its separators: "Pacific Beat - ABC Radio
/// Australia" gives "Pacific Beat" and "ABC Radio Australia".
fn site_parts(site: &str) -> impl Iterator<Item = &str> {
    let mut rest = Some(site);
    std::iter::from_fn(move || {
        let s = rest?;
        match WINDOW_TITLE_SEPARATORS
            .iter()
            .filter_map(|sep| s.find(sep).map(|at| (at, sep.len())))
            .min()
        {
            Some((at, len)) => {
                rest = Some(&s[at + len..]);
                Some(&s[..at])
            }
            None => {
                rest = None;
                Some(s)
            }
        }
    })
}

/// Parts of a window title's suffix, at most: a section or programme, then the site, or the
/// site and its slogan's sections ("… - The Tico Times | Costa Rica News | Travel | Real
/// Estate").
const MAX_WINDOW_SITE_PARTS: usize = 4;

/// Lines that print the page's own headline with a few words of the page around it, after the
/// title was found: "Originally published as Why are Gold Coast trams running late every
/// morning?", "Download Cook Islands pearl farmers hope … (9.0 MB)", "Anda sedang membaca: …".
/// The story quotes no headline of its own; such a line is the page naming its article, and is
/// clutter.
fn mark_headline_quotes(text: &str, blocks: &mut [Block]) {
    let Some(title) = blocks
        .iter()
        .find(|b| b.kind == BlockKind::Title && b.duplicate_of.is_none())
        .map(|b| b.span.of(text))
    else {
        return;
    };
    if title
        .split_whitespace()
        .nth(MIN_QUOTED_HEADLINE_WORDS - 1)
        .is_none()
    {
        return;
    }
    for b in blocks.iter_mut() {
        if !matches!(b.kind, BlockKind::Paragraph | BlockKind::Caption) || b.duplicate_of.is_some()
        {
            continue;
        }
        let line = b.span.of(text);
        let Some(at) = line.find(title) else {
            continue;
        };
        let around = line[..at]
            .split_whitespace()
            .chain(line[at + title.len()..].split_whitespace())
            .count();
        if (1..=MAX_HEADLINE_QUOTE_WORDS).contains(&around) {
            b.kind = BlockKind::Boilerplate;
        }
    }
}

/// Words of a headline, at least, for a line quoting it to be the page naming its article: a
/// short one may be a phrase of the story ("Banjir Bandang").
const MIN_QUOTED_HEADLINE_WORDS: usize = 5;

/// Words around the headline in a line of the page naming its article, at most.
const MAX_HEADLINE_QUOTE_WORDS: usize = 6;

/// Lines that print the headline inside the page's chrome, above the headline's own line: the
/// window title ("Mengapa Petani Kopi Muria Enggan Jual Biji Mentah? | Kudusnews", which the
/// line rules may have parted into a caption and a credit) and a breadcrumb ending in it
/// ("Beranda / Kota / Atap Pasar Cik Puan Bocor …", "Home » Daerah » …"). Each becomes one
/// block of clutter before the title is chosen, so that neither takes the title from the
/// headline under it. Run before the title is chosen and only when the input did not name it:
/// it merges drafts, which moves their indices.
fn mark_headline_wrappers(text: &str, drafts: &mut Vec<Draft>) {
    let head = drafts.len().min(WRAPPER_HEAD);
    let reach = drafts.len().min(WRAPPER_HEAD + WRAPPER_REACH);
    // the lines that may be a headline, asked once: alone on their line, of a few words
    let headlines: Vec<Option<&str>> = (0..reach)
        .map(|h| {
            let alone = alone_on_its_line(drafts, h);
            let line = drafts[h].block.span.of(text);
            // (a sentence closed by its stop is the story's, printed again after its dateline:
            // "TASIKMALAYA - Jembatan gantung … Rabu malam." / … / "Jembatan gantung …")
            (alone
                && !line.ends_with('.')
                && line.split_whitespace().nth(MIN_WRAPPED_WORDS - 1).is_some())
            .then_some(line)
        })
        .collect();
    let mut wrappers: Vec<(usize, usize, Span)> = Vec::new();
    let mut k = 0;
    while k < head {
        let line = drafts[k].line;
        let end = (k..drafts.len())
            .find(|&j| drafts[j].line != line)
            .unwrap_or(drafts.len());
        let whole = Span::new(drafts[k].block.span.start, drafts[end - 1].block.span.end);
        let wrapper = whole.of(text).as_bytes();
        // (a credit alone on its line that closes with a name a tag under the story prints is
        // no breadcrumb: "Courtesy U.S. Army Corps of Engineers" / … / "U.s. Army Corps Of
        // Engineers")
        let credit = end == k + 1 && drafts[k].block.kind == BlockKind::Credit;
        // a wrapper is longer than the headline it prints, and opens with it (a window title)
        // or closes with it (a breadcrumb): a byte at either end rules out most pairs
        let wraps = !wrapper.is_empty()
            && (end..reach.min(end + WRAPPER_REACH)).any(|h| {
                headlines[h].is_some_and(|headline| {
                    let bytes = headline.as_bytes();
                    let (w, t) = (whole.of(text), bytes.len());
                    wrapper.len() > t
                        && (bytes[0].eq_ignore_ascii_case(&wrapper[0])
                            && is_window_title(w, headline)
                            && !labels_a_credit(w, headline)
                            || !credit
                                && bytes[t - 1].eq_ignore_ascii_case(&wrapper[wrapper.len() - 1])
                                && is_breadcrumb_of(w, headline))
                })
            });
        if wraps && !drafts[k..end].iter().any(|d| d.marked || d.dateline) {
            wrappers.push((k, end, whole));
        }
        k = end;
    }
    for (k, end, whole) in wrappers.into_iter().rev() {
        let merged = Draft {
            line: drafts[k].line,
            gap_before: drafts[k].gap_before,
            ..draft(BlockKind::Boilerplate, whole, false, true)
        };
        drafts.splice(k..end, [merged]);
    }
}

/// Drafts from the top of the page where a window title or a breadcrumb may stand, at most.
const WRAPPER_HEAD: usize = 80;

/// Drafts after a window title or a breadcrumb where the headline it prints may stand, at most.
const WRAPPER_REACH: usize = 40;

/// Words of a headline a window title or breadcrumb prints, at least: fewer is a section's
/// label ("Home » News » Dunedin" over "Dunedin").
const MIN_WRAPPED_WORDS: usize = 4;

/// Whether what follows `headline` in `window` is a label's credit rather than a site's name: a
/// caption printed again under its first print with its credit ("… pasar - Foto: Budi").
fn labels_a_credit(window: &str, headline: &str) -> bool {
    // a caption closes on its stop or its date in brackets, which a headline does not: "… on
    // Tuesday. — SPA photo", "… were cancelled (12.03.2024) - Pic by …"
    headline.ends_with(['.', ')'])
        || window
            .get(headline.len()..)
            .is_some_and(|rest| rest.contains([':', '/', '(', '@']))
}

/// Whether `line` is a breadcrumb ending in `headline`: a row of short pieces (a section path,
/// "Beranda / Kota /", "Home » Daerah »", "You are here: Home »") parted by one mark, then the
/// headline in any capitals.
fn is_breadcrumb_of(line: &str, headline: &str) -> bool {
    // (a dash after the site's name: "KabarIndonesia - \"Sekolah Kami …\", Keluh Guru …")
    const MARKS: &[char] = &['/', '»', '>', '›', '|', '•', '·', '-', '–', '—'];
    const MOST_PIECE_WORDS: usize = 4;
    if line.len() <= headline.len() + 2 {
        return false;
    }
    let Some(tail) = line.get(line.len() - headline.len()..) else {
        return false;
    };
    if !tail
        .chars()
        .flat_map(char::to_lowercase)
        .eq(headline.chars().flat_map(char::to_lowercase))
    {
        return false;
    }
    let path = line[..line.len() - headline.len()].trim_end();
    let Some(mark) = path.chars().last().filter(|c| MARKS.contains(c)) else {
        // the links joined by spaces alone: "Beranda Ekonomi Ke Mana Perginya …?" (a label
        // or an abbreviation is no link: "Foto: Dok. SDN 019 Samarinda Seberang" is a credit
        // naming what a tag under the story names)
        return !path.contains([':', '.']) && capitalized_words(path, 1..=MOST_PIECE_WORDS);
    };
    let path = &path[..path.len() - mark.len_utf8()];
    short_pieces(path, mark.encode_utf8(&mut [0; 4]), 1..=MOST_PIECE_WORDS).is_some()
}

/// What parts a page's window title from the site's name: "… - Suarabaru.id", "… | Kompas.com".
const WINDOW_TITLE_SEPARATORS: &[&str] = &[" - ", " | ", " – ", " — ", " :: ", " ~ "];

/// Bytes of the separator and the site's name after a window title's headline, at most.
const MAX_WINDOW_SUFFIX: usize = 64;

/// Words of a site's name after its window title, at most: "Suara Merdeka Jawa Tengah", "The
/// Times Of Central Asia" (the headline before it must be a line of the page as well).
const MAX_WINDOW_SITE_WORDS: usize = 6;

/// Another story's headline printed twice, in a ticker over the title and in a list under the
/// story, is clutter wherever a pass read one print as such ("Breaking News" / "Pemkab Paser
/// Buka Pendaftaran Beasiswa …" / … / "Popular Posts" / the same headline): `prints` are the
/// first prints, still paragraphs, of lines of a headline's shape printed again as clutter
/// ([`mark_duplicates`]); after the title's passes, each that is still a paragraph becomes
/// clutter with its repeats (a print the title's passes made the title keeps its kind).
fn mark_reprinted_headlines(prints: &[usize], blocks: &mut [Block]) {
    for &j in prints {
        if blocks[j].kind != BlockKind::Paragraph {
            continue;
        }
        blocks[j].kind = BlockKind::Boilerplate;
        for b in blocks[j + 1..].iter_mut() {
            if b.duplicate_of == Some(j) && b.kind == BlockKind::Paragraph {
                b.kind = BlockKind::Boilerplate;
            }
        }
    }
}

/// An exact repeat of an earlier block (a caption printed twice, a repeated title, a repeated
/// scraped body) becomes a duplicate of the first occurrence and takes its kind; so does a
/// block that is a prefix of an earlier one, the truncated second copy of a body that scrapers
/// often capture ("… membahas cara-cara untuk ber"), with or without a trailing "…".
/// `given` holds each block's span as it will be given out (a list's mark taken back).
fn mark_duplicates(text: &str, given: &[Span], blocks: &mut [Block]) -> Vec<usize> {
    let mut clutter_prints = Vec::new();
    let mut first: FastMap<&str, usize> =
        FastMap::with_capacity_and_hasher(blocks.len(), Default::default());
    // earlier blocks by their first MIN_TRUNCATED_REPEAT bytes, for the prefix check
    let mut by_opening: FastMap<&[u8], Vec<usize>> = FastMap::default();
    for i in 0..blocks.len() {
        let key = given[i].of(text);
        if let Some(&j) = first.get(key) {
            // the title printed before as clutter (a ticker's line, a breadcrumb's last) keeps
            // its kind: the clutter is not translated, the title is its first print to be
            if blocks[i].kind == BlockKind::Title && !blocks[j].kind.is_translated() {
                continue;
            }
            // (a headline printed again where a pass read it as clutter: see
            // [`mark_reprinted_headlines`])
            if blocks[i].kind == BlockKind::Boilerplate
                && blocks[j].kind == BlockKind::Paragraph
                && looks_like_title(key)
                && !ends_with_stop(key)
                && key.split_whitespace().nth(MIN_WRAPPED_WORDS - 1).is_some()
            {
                clutter_prints.push(j);
            }
            blocks[i].duplicate_of = Some(j);
            blocks[i].kind = blocks[j].kind;
            continue;
        }
        first.insert(key, i);
        let cut = key.trim_end_matches(['…', '.', ' ']);
        // a name of a few capitalized words that opens an earlier block is a tag or a
        // speaker, not its cut copy: "Marigold Logistics Trust" under "Topics" and the title
        // "Marigold Logistics Trust's 2HFY2023 DPU down …"
        // (counting no further than a name's words: most blocks are paragraphs; small words
        // inside it: "Greater Manchester Fire and Rescue Service" under "Related topics:" and
        // the story's "Greater Manchester Fire and Rescue Service said the blaze …")
        let name = || is_linked_name(cut, MAX_OPENING_NAME_WORDS);
        if cut.len() >= MIN_TRUNCATED_REPEAT && !name() {
            let opening = &cut.as_bytes()[..MIN_TRUNCATED_REPEAT];
            let earlier = by_opening.get(opening).and_then(|ks| {
                ks.iter()
                    .copied()
                    .find(|&j| given[j].of(text).starts_with(cut))
            });
            if let Some(j) = earlier {
                blocks[i].duplicate_of = Some(j);
                blocks[i].kind = blocks[j].kind;
                continue;
            }
            by_opening.entry(opening).or_default().push(i);
        }
    }
    clutter_prints
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, &str, Option<usize>)> {
        find_blocks(text, Lang::Id)
            .into_iter()
            .map(|b| (b.kind, b.span.of(text), b.duplicate_of))
            .collect()
    }

    /// The titles found on `page`.
    fn titles_of(page: &str, lang: Lang) -> Vec<&str> {
        blocks_in(page, lang)
            .into_iter()
            .filter(|b| b.0 == Title)
            .map(|b| b.1)
            .collect()
    }

    /// Whether `got` holds a block of `kind` whose text opens with `prefix`.
    fn holds(got: &[(BlockKind, &str)], kind: BlockKind, prefix: &str) -> bool {
        got.iter()
            .any(|&(k, text)| k == kind && text.starts_with(prefix))
    }

    /// The kind and text of every block of `page`.
    fn blocks_in(page: &str, lang: Lang) -> Vec<(BlockKind, &str)> {
        find_blocks(page, lang)
            .into_iter()
            .map(|b| (b.kind, b.span.of(page)))
            .collect()
    }

    /// Whether `got` holds a block of `kind` with `text`.
    fn has(got: &[(BlockKind, &str)], kind: BlockKind, text: &str) -> bool {
        got.contains(&(kind, text))
    }

    /// Whether `got` holds a block of `kind` that opens with `prefix`.
    fn has_opening(
        got: &[(BlockKind, &str, Option<usize>)],
        kind: BlockKind,
        prefix: &str,
    ) -> bool {
        got.iter().any(|k| k.0 == kind && k.1.starts_with(prefix))
    }

    use BlockKind::*;

    #[test]
    fn a_sentence_the_editors_initials_sign_is_the_storys() {
        let page = "Kanal Pannampu Dikeruk, Warga Berharap Tak Lagi Kebanjiran\nOleh Redaksi\n\
            Pemerintah kota mulai mengeruk sedimen dan sampah di kanal itu sejak Senin pagi \
            dengan dua alat berat yang dikerahkan dinas.\n\
            Lurah setempat mengatakan pihak kelurahan akan menggelar kerja bakti bersama warga \
            setiap Jumat untuk membersihkan saluran kecil.\n\
            Selain Kanal Pannampu, Dinas PU Makassar juga menjadwalkan pengerukan Kanal Jongaya \
            dan Kanal Sinrijala pada akhir November. (rhm/asw)\n\
            Penulis : Rahmat Hidayat\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Paragraph,
                "Selain Kanal Pannampu, Dinas PU Makassar juga menjadwalkan pengerukan Kanal \
                 Jongaya dan Kanal Sinrijala pada akhir November."
            ),
            "{got:?}"
        );
        assert!(has(&got, Meta, "(rhm/asw)"), "{got:?}");
    }

    #[test]
    fn a_caption_printed_again_with_its_credit_is_a_caption_both_times() {
        let page = "Gelombang Tinggi, Speedboat Berhenti Beroperasi\nOleh Redaksi\n\
            Suasana dermaga speedboat Tulehu yang sepi penumpang, Kamis (14/3/2024).\n\
            Suasana dermaga speedboat Tulehu yang sepi penumpang, Kamis (14/3/2024). \
            (Foto: Fransina/Ambonnews.id)\n\
            Speedboat rute Tulehu–Haruku berhenti beroperasi selama dua hari karena gelombang \
            tinggi di perairan Maluku Tengah, kata petugas pelabuhan.\n";
        let got = kinds(page);
        let first = got
            .iter()
            .position(|k| k.1.starts_with("Suasana dermaga"))
            .unwrap();
        assert_eq!(got[first].0, Caption, "{got:?}");
        assert_eq!(got[first + 1].0, Caption, "{got:?}");
        assert_eq!(got[first + 1].2, Some(first), "{got:?}");
    }

    #[test]
    fn a_line_naming_the_pages_own_headline_is_clutter() {
        let page = "Why are Gold Coast trams running late every morning?\nBy Staff Reporter\n\
            Commuters on the Gold Coast light rail have faced delays of up to 15 minutes on \
            most weekday mornings since the timetable changed in March.\n\
            The operator said a signal fault near Broadbeach was to blame for most of them.\n\
            Originally published as Why are Gold Coast trams running late every morning?\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Boilerplate,
                "Originally published as Why are Gold Coast trams running late every morning?"
            ),
            "{got:?}"
        );
        // a sentence of the story that holds a short headline's words is the story's
        let page = "Banjir Bandang di Garut\nOleh Redaksi\n\
            Banjir bandang di Garut merendam ratusan rumah warga di tiga kecamatan sejak Senin \
            malam, kata petugas BPBD.\n\
            Warga menyebut Banjir Bandang di Garut tahun ini sebagai yang terparah sejak 2016.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Paragraph,
                "Warga menyebut Banjir Bandang di Garut tahun ini sebagai yang terparah sejak 2016."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_scene_under_its_credit_inside_the_story_is_its_caption() {
        // the paragraph above holds two sentences; the scene under the credit has no stop
        let page = "Warga Desa Guci Kembali Buka Pemandian\nOleh Redaksi\n\
            Pengelola objek wisata membatasi jumlah pengunjung setiap hari selama perbaikan \
            tebing berlangsung di kawasan pemandian.\n\
            Pintu utama digembok. Di halaman depan, rumput liar tumbuh setinggi lutut orang \
            dewasa.\n\
            Foto: Dok. Kejari Banda Aceh\n\
            Tim Kejari Banda Aceh saat meninjau kondisi bangunan pasar ikan higienis di Lampulo, \
            Selasa (18/6/2024)\n\
            Kepala dinas setempat menyebutkan bahwa gedung tersebut masih menunggu proses serah \
            terima aset dari provinsi ke kota.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Caption,
                "Tim Kejari Banda Aceh saat meninjau kondisi bangunan pasar ikan higienis di \
                 Lampulo, Selasa (18/6/2024)"
            ),
            "{got:?}"
        );
        assert!(
            has(
                &got,
                Paragraph,
                "Pintu utama digembok. Di halaman depan, rumput liar tumbuh setinggi lutut orang \
                 dewasa."
            ),
            "{got:?}"
        );
        // a credit touching the scene under it, a blank line apart from the paragraph above;
        // inside the story an English scene needs no article
        let page = "Land grabbers target Chitungwiza stands\nBy Staff Reporter\n\
            Police in Chitungwiza have arrested three men accused of selling the same residential \
            stands to several home seekers over two years.\n\n\
            Land scams remain common in Harare's satellite towns, where demand for housing far \
            outstrips the supply of serviced stands.\n\n\
            Image: ZimLive/File\n\
            Unfinished houses on disputed land in Chitungwiza's Unit O\n\n\
            Chitungwiza Municipality has in the past warned residents to verify stands at the \
            council's housing department before paying anyone.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Caption,
                "Unfinished houses on disputed land in Chitungwiza's Unit O"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_breadcrumb_or_window_title_printing_the_headline_is_clutter() {
        let story = "Setiap kali hujan turun, pedagang di lantai dua pasar itu kembali sibuk \
                     memindahkan dagangan mereka ke lorong yang lebih kering.\n\
                     Kepala pasar mengatakan perbaikan atap baru dianggarkan tahun depan karena \
                     dana pemeliharaan tahun ini sudah habis.\n";
        for top in [
            "Beranda / Kota / Atap Pasar Cik Puan Bocor Setiap Hujan, Kapan Diperbaiki?",
            "Home » Daerah » ATAP PASAR CIK PUAN BOCOR SETIAP HUJAN, KAPAN DIPERBAIKI?",
            "Beranda Kota Atap Pasar Cik Puan Bocor Setiap Hujan, Kapan Diperbaiki?",
            "Pekanbaru Terkini - Atap Pasar Cik Puan Bocor Setiap Hujan, Kapan Diperbaiki?",
            "Atap Pasar Cik Puan Bocor Setiap Hujan, Kapan Diperbaiki? | Pekanbaru Terkini",
            "Atap Pasar Cik Puan Bocor Setiap Hujan, Kapan Diperbaiki? - Kota - Pekanbaru Terkini",
        ] {
            let page = format!(
                "{top}\nSembako Murah Digelar di Tiga Kecamatan Pekan Ini\n\
                 Atap Pasar Cik Puan Bocor Setiap Hujan, Kapan Diperbaiki?\nOleh Redaksi\n{story}"
            );
            let got = blocks_in(&page, Lang::Id);
            assert!(has(&got, Boilerplate, top), "{top}: {got:?}");
            assert!(
                has(
                    &got,
                    Title,
                    "Atap Pasar Cik Puan Bocor Setiap Hujan, Kapan Diperbaiki?"
                ),
                "{top}: {got:?}"
            );
        }
        // a dateline and the story's first sentence, that sentence printed again alone under
        // the story (a page scraped twice), is no breadcrumb
        let page = format!(
            "Jembatan Gantung Putus Diterjang Banjir\nOleh Redaksi\n\
             TASIKMALAYA - Jembatan gantung penghubung dua desa putus diterjang banjir, Rabu \
             malam.\n{story}\
             Jembatan gantung penghubung dua desa putus diterjang banjir, Rabu malam.\n"
        );
        let got = blocks_in(&page, Lang::Id);
        assert!(
            has(
                &got,
                Paragraph,
                "Jembatan gantung penghubung dua desa putus diterjang banjir, Rabu malam."
            ),
            "{got:?}"
        );
        // a caption printed with its credit, then again alone, is no window title
        let page = format!(
            "Pasar Cik Puan Digenangi Air\nOleh Redaksi\n\
             Pedagang menadahi air hujan di Pasar Cik Puan, Kamis (9/5). — Foto: Dimas\n\
             Pedagang menadahi air hujan di Pasar Cik Puan, Kamis (9/5).\n{story}"
        );
        let got = blocks_in(&page, Lang::Id);
        assert!(
            has(&got, Credit, "— Foto: Dimas") || has(&got, Credit, "Foto: Dimas"),
            "{got:?}"
        );
    }

    #[test]
    fn a_credit_naming_what_a_tag_names_is_no_breadcrumb() {
        // "Foto: Dok. X" closes with a tag's line under the story: a credit, not the path to X
        let page = "Plafon Sekolah Ambruk, Murid Belajar Bergantian\nOleh Redaksi\n\
            Plafon dua ruang kelas di sekolah itu ambruk pekan lalu setelah hujan deras semalaman \
            mengguyur kota.\n\
            Foto: Dok. SDN 019 Samarinda Seberang\n\
            Plafon ruang kelas V SDN 019 Samarinda Seberang yang ambruk akibat hujan deras.\n\
            Sejak itu murid kelas empat dan lima belajar bergantian di ruang guru yang sempit.\n\
            Tag\nSDN 019 Samarinda Seberang\nsekolah rusak\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(&got, Credit, "Foto: Dok. SDN 019 Samarinda Seberang"),
            "{got:?}"
        );
        assert!(is_breadcrumb_of(
            "Beranda Kota Atap Pasar Cik Puan",
            "Atap Pasar Cik Puan"
        ));
        assert!(!is_breadcrumb_of(
            "Foto: Dok. Atap Pasar Cik Puan",
            "Atap Pasar Cik Puan"
        ));
    }

    #[test]
    fn the_publishing_tools_date_and_writer_line_is_a_byline() {
        for line in [
            "Posted on March 10, 2024 by Puntland Post",
            "Diposting pada 12 Maret 2024 oleh Redaksi",
        ] {
            assert!(is_byline(line), "{line}");
        }
        // a sentence that says when something was posted is none
        assert!(!is_byline(
            "Posted on March 10, 2024 by the ministry, the notice drew hundreds of replies."
        ));
    }

    #[test]
    fn where_a_wire_storys_information_came_from_is_meta() {
        for line in [
            "Some information for this report came from The Associated Press, Agence France-Presse and Reuters.",
            "This story originated in VOA's Indonesian Service.",
            "Sebagian informasi dalam laporan ini berasal dari Reuters dan AP.",
        ] {
            assert!(is_byline(line), "{line}");
        }
        assert!(!is_byline(
            "Investigators said the money in this report came from a shell company."
        ));
    }

    #[test]
    fn a_related_question_under_the_story_leaves_the_authors_bio_at_its_edge() {
        let page = "Munich trials night trains on two U-Bahn lines\nBy Hannah Becker\n\
            Munich will run U-Bahn trains through the night on two lines from Friday, the city \
            transport company MVG said on Monday.\n\
            Munich is one of the last large German cities without a night service on its \
            underground network, and the trial is meant to test demand.\n\
            MVG said maintenance work usually carried out at weekends would be moved to \
            weeknights during the trial period.\n\
            Ticket prices will not change, and all regular tickets are valid on the night \
            trains.\n\
            Hannah Becker is a reporter for The Local Germany based in Munich, where she covers \
            transport, housing and Bavarian politics.\n\
            See Also\n\
            What's the difference between the Munich S-Bahn and the U-Bahn trains?\n\
            Privacy Policy | Cookie Policy | Terms of Use\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Boilerplate,
                "Hannah Becker is a reporter for The Local Germany based in Munich, where she \
                 covers transport, housing and Bavarian politics."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn summaries_under_a_list_heading_after_the_byline_are_the_lists() {
        // invented page; the related list's one-sentence summaries make a run of paragraphs
        // after the story's byline, which ended the story before
        let page = "Rural bus routes cut as drivers retire\n\
            Bus companies in South Jeolla Province will cut 14 rural routes next month, the \
            provincial government said on Tuesday.\n\
            Operators say they cannot find drivers to replace those who retire, and the average \
            age of drivers in the province is now 61.\n\
            Residents of villages on the cut routes will be offered shared taxis instead.\n\
            By Kim Hae-won, staff reporter\n\
            Related stories\n\
            Village post offices close as rural population shrinks\n\
            Mail carriers now check in on elderly residents who live alone, a role the postal \
            service never planned for.\n\
            Several provinces have promised free rides for residents over 70 ahead of next \
            year's budget talks.\n\
            Most viewed articles\n";
        let got = blocks_in(page, Lang::En);
        for line in [
            "Mail carriers now check in on elderly residents who live alone, a role the postal \
             service never planned for.",
            "Several provinces have promised free rides for residents over 70 ahead of next \
             year's budget talks.",
        ] {
            assert!(has(&got, Boilerplate, line), "{line}: {got:?}");
        }
        assert!(has(&got, Meta, "By Kim Hae-won, staff reporter"), "{got:?}");
        // a widget inside the story, with no closing line above it, leaves the story going on
        let page = "Rural bus routes cut as drivers retire\n\
            Bus companies in South Jeolla Province will cut 14 rural routes next month, the \
            provincial government said on Tuesday.\n\
            Operators say they cannot find drivers to replace those who retire, and the average \
            age of drivers in the province is now 61.\n\
            Related stories\n\
            Village post offices close as rural population shrinks\n\
            Residents of villages on the cut routes will be offered shared taxis instead, the \
            province said.\n\
            The taxis will run twice a day and cost the same as a bus ticket.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Paragraph,
                "The taxis will run twice a day and cost the same as a bus ticket."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_photographers_name_in_brackets_after_a_scene_is_its_credit() {
        // invented captions, in the shapes of Japanese and Pacific papers
        for (line, at) in [
            (
                "Kazuo Hiraoka, 71, checks the blade of a snowplow at a garage in Asahikawa, \
                 Hokkaido, on Nov. 7. (Kenta Moriyama)",
                "(Kenta",
            ),
            (
                "Board chair Vicente T. Aldan, center, leads Thursday's special meeting at the \
                 utility's conference room in Dandan. (Joshua Deleon Guerrero)",
                "(Joshua",
            ),
            // no stop closes it, or the bracket is glued to the stop: no paragraph's sentence
            (
                "The lido has been closed to the public since March (Hackney Council)",
                "(Hackney",
            ),
            (
                "Residents say cracks began appearing after crews finished the work.(Hawaii Desk)",
                "(Hawaii",
            ),
        ] {
            assert_eq!(
                bracketed_name_after_scene(line, Lang::En),
                line.find(at),
                "{line}"
            );
        }
        // a sentence of the story closing on a name in brackets keeps it
        for line in [
            "The council said it would review the plan again next year. (Kenta Moriyama)",
            "Kazuo Hiraoka checks the blade of a snowplow in Asahikawa. (AP)",
            // nor does a numbered list's item, or a headline in title case
            "1. SDN 3 Galeh digabung ke SDN 1 Galeh (Kecamatan Tangen)",
            "Hurricane Rosa Threatening Phoenix With Flash Flooding (Drought Areas May Benefit)",
        ] {
            assert_eq!(bracketed_name_after_scene(line, Lang::En), None, "{line}");
        }
    }

    #[test]
    fn a_side_between_commas_after_a_name_places_a_photo() {
        assert!(has_photo_position(
            "Mayor Ana Ruiz, second from left, cuts the ribbon at the new library on Monday."
        ));
        assert!(has_photo_position(
            "Board chair Vicente T. Aldan, center, leads the meeting in Dandan."
        ));
        // a side that is no one's place: after a word in lower case, or a verb between commas
        assert!(!has_photo_position(
            "Those who could, left, and those who stayed waited for the water to fall."
        ));
        assert!(!has_photo_position("He turned, right, and walked on."));
    }

    #[test]
    fn datelines_with_two_hyphens_a_bracketed_domain_or_an_outlet_and_day() {
        // invented openings
        let line = "ASAHIKAWA, Hokkaido--Kazuo Hiraoka has cleared the roads for 43 years.";
        assert_eq!(dateline_prefix(line), line.find("Kazuo"));
        let line = "Toba (harianSIB.com) Penurunan debit air membuat kapal berhenti berlayar.";
        assert_eq!(dateline_prefix(line), line.find("Penurunan"));
        let line = "ESPERANZA, Agusan del Sur (MindaNews / 14 March) – At least 340 hectares of \
            abaca farms have been hit.";
        assert_eq!(dateline_prefix(line), line.find("At least"));
        // an acronym defined in brackets opens a sentence; two hyphens inside one join it
        assert_eq!(
            dateline_prefix("World Health Organization (WHO) Director-General spoke on Monday."),
            None
        );
        assert_eq!(
            dateline_prefix("The plan--which Jakarta approved--will cost Rp 2 triliun."),
            None
        );
    }

    #[test]
    fn a_window_title_worded_otherwise_gives_the_title_to_the_headline_under_it() {
        // invented page: the window title words the headline otherwise
        let page = "Port fees for Apra Harbor ships rise as authority cites repair costs\n\
            Skip to main content\n\
            News\n\
            Sports\n\
            TRENDING\n\
            Man charged after crash on Marine Corps Drive leaves two hurt\n\
            LOCAL\n\
            Port authority raises fees for ships at Apra Harbor to cover repair costs\n\
            Mara Quitugua\n\
            Published 6:04 a.m. ChST June 14, 2024\n\
            The Port Authority of Guam will raise fees for cargo ships next month, its board \
            decided on Thursday.\n\
            The board said the money would pay for repairs to two wharves damaged by the last \
            typhoon.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Title,
                "Port authority raises fees for ships at Apra Harbor to cover repair costs"
            ),
            "{got:?}"
        );
        assert!(
            has(&got, Meta, "Published 6:04 a.m. ChST June 14, 2024"),
            "{got:?}"
        );
        // the headline on the first line keeps the title from a deck under it that repeats its
        // words, with the story and no byline under the deck
        let page = "Port fees for Apra Harbor ships rise as authority cites repair costs\n\
            By Mara Quitugua\n\
            Port authority fees for ships at Apra Harbor rise next month\n\
            The Port Authority of Guam will raise fees for cargo ships next month, its board \
            decided on Thursday.\n\
            The board said the money would pay for repairs to two wharves damaged by the last \
            typhoon.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Title,
                "Port fees for Apra Harbor ships rise as authority cites repair costs"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn an_item_of_the_storys_list_is_no_caption_of_the_credit_under_it() {
        // invented page
        let page = "Jalan Balai Kota Ditutup Sepekan untuk Perbaikan Drainase\n\
            MEDAN - Dinas Perhubungan Kota Medan menutup Jalan Balai Kota selama sepekan mulai \
            Senin untuk perbaikan saluran drainase.\n\
            Selama penutupan, arus lalu lintas dialihkan sebagai berikut:\n\
            - Kendaraan dari arah Lapangan Merdeka diarahkan ke Jalan Pulau Pinang;\n\
            - Angkutan kota trayek 64 dan 103 sementara berputar melalui Jalan Stasiun.\n\
            Foto: Dok. Dishub Medan\n\
            Petugas Dishub Medan memasang rambu pengalihan arus di simpang Jalan Balai Kota\n\
            Kepala Bidang Lalu Lintas Dishub Medan mengatakan pihaknya menempatkan 16 personel \
            di titik pengalihan arus.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Caption,
                "Petugas Dishub Medan memasang rambu pengalihan arus di simpang Jalan Balai Kota"
            ),
            "{got:?}"
        );
        assert!(
            has(
                &got,
                Paragraph,
                "- Angkutan kota trayek 64 dan 103 sementara berputar melalui Jalan Stasiun."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn an_illustrations_credit_under_a_long_paragraph_has_no_caption() {
        // invented page
        let page = "Heatwave cuts cotton picking in Sindh\n\
            KARACHI: Cotton picking across lower Sindh has slowed to half its usual pace as \
            temperatures stay above 45°C, growers said on Monday.\n\
            The Meteorological Department has forecast that temperatures in lower and central \
            Sindh will remain between 44°C and 47°C for the rest of the week, with some relief \
            expected only after the first pre-monsoon showers.\n\
            DESIGN: AYESHA KHAN\n\
            Agricultural economist Dr Naseer Memon said the heat was also hurting yields.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Credit, "DESIGN: AYESHA KHAN"), "{got:?}");
        assert!(!got.iter().any(|(kind, _)| *kind == Caption), "{got:?}");
    }

    #[test]
    fn an_icons_text_glued_before_a_caption_or_a_teaser_is_the_pages() {
        assert_eq!(
            glued_icon("Camera IconTraders say customers stay away."),
            Some(11)
        );
        assert_eq!(glued_icon("Play Icon Watch the video"), None);
        assert_eq!(glued_icon("The Icon of the city was restored."), None);
        // invented page: a caption after its icon, and a teaser of another story after the
        // story's end
        let page = "Fremantle traders say break-ins drive shoppers away\n\
            Camera IconTraders in Fremantle's West End say customers avoid the area after dark. \
            Credit: Ross Tanner/The West Australian\n\
            Fremantle shop owners say a run of break-ins is driving customers away from the \
            port city's historic West End.\n\
            The council said it would add lighting to two laneways and extend the hours of its \
            safety ambassadors.\n\
            Anyone with information is urged to call Crime Stoppers.\n\
            Camera IconFremantle's new safety ambassadors will start patrols next month.\n\
            Council promises more lighting in city laneways\n\
            Comments\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Caption,
                "Traders in Fremantle's West End say customers avoid the area after dark."
            ),
            "{got:?}"
        );
        assert!(
            has(
                &got,
                Boilerplate,
                "Fremantle's new safety ambassadors will start patrols next month."
            ),
            "{got:?}"
        );
        // a photo after its icon inside the story leaves the story's last paragraph its own
        let page = "Fremantle traders say break-ins drive shoppers away\n\
            Fremantle shop owners say a run of break-ins is driving customers away from the \
            port city's historic West End.\n\
            The council said it would add lighting to two laneways and extend the hours of its \
            safety ambassadors.\n\
            Camera IconThe boarded-up front of a homewares store on Market Street. Credit: \
            Supplied\n\
            Traders said they would judge the council's plans by their results next month.\n\
            Comments\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Paragraph,
                "Traders said they would judge the council's plans by their results next month."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn date_lines_glued_in_two_in_american_zones_and_originally_published() {
        for line in [
            "Published 6:00 a.m. ET June 5, 2024Updated 2:14 p.m. ET June 5, 2024",
            "Published 11:52 a.m. CT May 1, 2024 | Updated 4:18 p.m. CT May 1, 2024",
            "Originally Published: March 12, 2024 at 4:31 p.m.",
        ] {
            assert!(is_date_line(line), "{line}");
        }
        // a sentence that opens so is none
        assert!(!is_date_line(
            "Originally, 12 people were expected at 4 p.m. on May 1."
        ));
        assert!(!is_date_line(
            "Prices Updated 2024 show a rise of 3 percent"
        ));
    }

    #[test]
    fn a_controls_label_under_the_byline_is_no_lead_photos_caption() {
        // invented page: the share box's label reads as a subject and a participle
        let page = "Volcano's ash cloud disrupts flights across the region\n\
            By Kate Lin\n\
            March 27, 2024 3 AM PT\n\
            Share via\n\
            Close extra sharing options\n\
            A volcano on Halmahera island erupted Wednesday, sending ash 6 kilometers into the \
            sky and forcing airlines to cancel flights.\n\
            Officials said the eruption was the largest this year.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            !has(&got, Caption, "Close extra sharing options"),
            "{got:?}"
        );
        assert!(has(&got, Meta, "March 27, 2024 3 AM PT"), "{got:?}");
    }

    #[test]
    fn a_photo_viewers_buttons_are_clutter() {
        let page = "Chaguaramas fees anger boat owners\nBy Staff Reporter\n\
            Boat owners at Chaguaramas say new mooring fees introduced on November 1 are too high \
            for small operators.\n\
            Open this photo in gallery:\n\
            Boats moored off the Carenage end of Chaguaramas Bay on Tuesday.\n\
            Hank Morrow/The Oregonian\n\
            The authority said the fees had not changed in a decade.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(&got, Boilerplate, "Open this photo in gallery:"),
            "{got:?}"
        );
        assert!(
            has(
                &got,
                Caption,
                "Boats moored off the Carenage end of Chaguaramas Bay on Tuesday."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_related_link_under_its_label_and_a_colon() {
        assert!(is_boilerplate(
            "Also Read: This S'gorean ex-banker now runs a kuih business. Here's what she learnt."
        ));
    }

    #[test]
    fn a_reader_poll_under_its_label_is_the_pages() {
        assert!(is_boilerplate(
            "POLL: Should the county keep the ferry running through the winter?"
        ));
        assert!(is_boilerplate(
            "Jajak pendapat: Setujukah Anda jam malam bagi pelajar?"
        ));
        // a poll reported by the story is its sentence
        assert!(!is_boilerplate(
            "Polling stations opened at 7 a.m. across the county."
        ));
    }

    #[test]
    fn page_notes_of_round_fifty() {
        assert!(is_boilerplate(
            "Disclaimer: Artikel ini bukan merupakan ajakan untuk membeli atau menjual saham."
        ));
        // and the page's disclosure of who owns it (invented)
        assert!(is_boilerplate(
            "Disclosure: The Daily Ledger is owned by a group of pension funds."
        ));
        // a breadcrumb from the home that ends in the headline, cut or whole
        assert!(is_boilerplate(
            "Beranda » Banjarmasin » Air Sungai Martapura Surut, Puluhan Kelotok Wisata di..."
        ));
        assert!(is_boilerplate(
            "Home > News > Residents fight plan to cut 90 trees along the avenue"
        ));
        assert!(!is_boilerplate("Home > News > Local"));
        assert!(!is_boilerplate(
            "Home rents rose 4 percent > inflation > wages, the report said."
        ));
        assert!(is_boilerplate("You're all signed up!"));
        // the site's announcement under its label
        assert!(is_boilerplate(
            "PENGUMUMAN: ulasan.co membuka lowongan wartawan untuk wilayah Natuna. Lamaran \
             dikirim paling lambat 30 April 2024 melalui surel redaksi."
        ));
        assert!(!is_boilerplate(
            "Pengumuman hasil seleksi CPNS akan disampaikan pekan depan, kata kepala BKD."
        ));
        // as long as it runs, past the length of the prefix rules
        assert!(is_boilerplate(
            "PENGUMUMAN: Waspada penipuan yang mengatasnamakan pejabat di lingkungan Pemerintah \
             Kabupaten Kuningan. Pemerintah Kabupaten Kuningan tidak pernah meminta transfer uang \
             dalam bentuk apa pun kepada masyarakat, pelaku usaha, maupun aparatur sipil negara. \
             Laporkan setiap upaya penipuan kepada kepolisian terdekat."
        ));
        // a ticker's entry: a time and a headline (invented)
        assert!(is_ticker_entry(
            "10:32 Ratusan Siswa SD di Parepare Belum Cair Dana PIP, Disdik Verifikasi Data"
        ));
        assert!(!is_ticker_entry("4:32 AM EDT"));
        assert!(!is_ticker_entry(
            "09.40 WIB Petugas mulai membuka pintu air di Manggarai."
        ));
        assert!(!is_ticker_entry(
            "12.000 Warga Mengungsi ke Posko di Tiga Kecamatan"
        ));
        // a link to another story under its label, whatever its headline ends with (invented)
        assert!(is_boilerplate(
            "MORE: New zoning rules would allow more housing near bus lines. Here's what changes."
        ));
        assert!(is_boilerplate(
            "RELATED: Beach towns lost tons of sand last fall. Who pays to put it back?"
        ));
        assert!(!is_boilerplate(
            "More than 300 people attended the meeting: residents, mostly."
        ));
        assert!(is_byline(
            "Information from Reuters was used in this report."
        ));
        // (invented names)
        assert!(is_byline("Additional reporting: Tom Whelan"));
        assert!(is_byline(
            "Information for this article was contributed by Dana Kessler of the Gazette."
        ));
        assert!(is_date_line(
            "First Published: Apr. 2, 2024 at 6:12 a.m. ET"
        ));
        assert!(is_byline(
            "By Hana Lestari, a fellow at a Jakarta-based research institute."
        ));
        // a name and a comma before a sentence is no byline
        assert!(!is_byline("By Friday, the ministry had closed the case."));
    }

    #[test]
    fn a_bylines_outlet_after_a_separator() {
        for line in [
            "By JONAH PARK | STARS AND STRIPES",
            "By Ana Silva · Reuters",
            "By Sharon Tan / theedgemalaysia.com",
            "By Mei Lin — South China Morning Post",
        ] {
            assert!(is_byline(line), "{line}");
        }
        // after the bar, a sentence's words are no outlet
        assert!(!is_byline("By Friday | the ministry had closed the case"));
    }

    #[test]
    fn readers_comments_under_their_heading_are_the_pages() {
        let page = "Indonesia Reports Rise in Dengue Cases as Rainy Season Lingers\n\
            April 02, 2024 7:31 AM\n\
            Indonesia has recorded more than 60,000 dengue cases so far this year, the health ministry said Tuesday.\n\
            Officials blamed a long rainy season and warmer temperatures for the rise.\n\
            Some hospitals in West Java have set up extra beds in hallways to treat patients.\n\
            Comments (2)\n\
            This forum has been closed.\n\
            by: Arif from: Bandung\n\
            My whole street got sick last month. The government should clean the drains before the rain comes, not after.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Boilerplate,
                "My whole street got sick last month. The government should clean the drains before the rain comes, not after."
            ),
            "{got:?}"
        );
        assert!(
            has(&got, Boilerplate, "This forum has been closed."),
            "{got:?}"
        );
        assert!(is_comments_heading("Komentar (3)"));
        assert!(!is_comments_heading("Forum Ekonomi Dunia"));
    }

    #[test]
    fn a_role_opening_a_caption_under_the_byline_leaves_it_a_caption() {
        let page = "Journalists in Papua Face Growing Restrictions, Groups Say\n\
            By Jane Whitman\n\
            A journalist records a protest in Jayapura, Papua province, Indonesia, Aug. 19, 2023.\n\
            Press freedom groups say journalists working in Indonesia's Papua region face growing restrictions.\n\
            A report released this week documented more than 20 cases of harassment last year.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            !has(
                &got,
                Meta,
                "A journalist records a protest in Jayapura, Papua province, Indonesia, Aug. 19, 2023."
            ),
            "{got:?}"
        );
        let line = "A journalist records a protest in Jayapura. (Courtesy Papua Press Alliance)";
        assert_eq!(credit::trailing(line), line.find('('));
    }

    #[test]
    fn a_scene_closed_by_its_date_above_a_credit_is_its_caption() {
        let page = "Video shows flooding in Brazil, not Indonesian toll road\n\
            A video of water rushing across a highway has been shared in posts that claim it shows a flood in West Java.\n\
            The claim is false: the footage was filmed in Brazil in 2021.\n\
            Screenshot of the misleading post, taken on April 2, 2024\n\
            Rina CHANDRA / AFP\n\
            The video has been viewed more than 50,000 times since it was posted on March 30.\n\
            A reverse image search found the same footage in a Brazilian news report from 2021.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Caption,
                "Screenshot of the misleading post, taken on April 2, 2024"
            ),
            "{got:?}"
        );
        assert!(ends_with_full_date("… taken on 2 April 2024"));
        assert!(!ends_with_full_date("… sejak 2024"));
    }

    #[test]
    fn an_order_above_a_credit_and_a_report_below_it_are_no_caption() {
        let page = "UAE, Indonesia sign deal to expand flights\n\
            Published: Tue 2 Apr 2024, 10:15 AM\n\
            Follow us\n\
            Photo: File\n\
            The UAE and Indonesia have signed an agreement to expand flights between the two countries, state news agency WAM reported.\n\
            Airlines from both sides will be allowed to operate more weekly flights to Jakarta, Bali and other cities.\n\
            Officials said the deal would support tourism and trade.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Credit, "Photo: File"), "{got:?}");
        assert!(!got.iter().any(|(k, _)| *k == Caption), "{got:?}");
    }

    #[test]
    fn a_list_under_a_sentence_long_label_is_the_storys_whatever_its_items() {
        let page = "BMKG Imbau Masyarakat Waspadai Cuaca Ekstrem Sepekan ke Depan\n\
            Badan Meteorologi, Klimatologi, dan Geofisika mengimbau masyarakat mewaspadai potensi cuaca ekstrem.\n\
            Hujan lebat disertai angin kencang diperkirakan terjadi di sejumlah wilayah Sumatera dan Jawa.\n\
            Wilayah yang perlu mewaspadai hujan lebat antara lain:\n\
            - Sumatera Barat\n\
            - Jawa Barat\n\
            - Jawa Tengah\n\
            Masyarakat diminta memantau informasi cuaca terbaru melalui kanal resmi BMKG.\n\
            Bagikan:\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Paragraph, "- Jawa Barat"), "{got:?}");
        assert!(
            has(
                &got,
                Paragraph,
                "Masyarakat diminta memantau informasi cuaca terbaru melalui kanal resmi BMKG."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_line_reporting_speech_under_a_credit_is_the_storys_lead() {
        let page = "Indonesia Orders More Rafale Jets As It Modernizes Air Force\n\
            By EurAsian Times Desk\n\
            April 2, 2024\n\
            1123\n\
            File Image: Rafale\n\
            Indonesia has ordered 18 more Rafale fighter jets, completing a deal for 42 aircraft signed in 2022, the defense ministry said.\n\
            The jets are part of a broader plan to replace ageing aircraft bought in the 1980s and 1990s.\n\
            The first batch is expected to arrive in 2026, officials said.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Credit, "File Image: Rafale"), "{got:?}");
        assert!(
            !got.iter()
                .any(|(k, t)| *k == Caption && t.starts_with("Indonesia has ordered")),
            "{got:?}"
        );
    }

    #[test]
    fn a_byline_and_outlet_parted_by_bars_before_the_first_sentence() {
        let line = "By Farai Mutasa | ZimEye | Residents of Mabvuku say they have had no water.";
        assert_eq!(dateline_prefix(line), line.find("Residents"));
        let line = "Oleh Rina Marlina | Kabar Garut | Harga cabai rawit kembali naik pekan ini.";
        assert_eq!(dateline_prefix(line), line.find("Harga"));
        // a byline and its date are none
        assert_eq!(
            dateline_prefix("by Nolan Pritchett | Today at 4:31 a.m."),
            None
        );
        // a sentence with bars is none
        assert_eq!(
            dateline_prefix("By Tuesday | the deadline | residents had still not been paid."),
            None
        );
    }

    #[test]
    fn a_dated_dateline_closed_by_an_agency_in_brackets_needs_no_dash() {
        let line = "Taipei, April 2 (CNA) Thousands of migrant workers gathered on Tuesday.";
        assert_eq!(dateline_prefix(line), line.find("Thousands"));
        let line = "Jakarta, 2/4 (ANTARA) Pemerintah menaikkan harga beras.";
        assert_eq!(dateline_prefix(line), line.find("Pemerintah"));
        // the place's district in brackets before the date, the agency's after it
        let line = "Udaipur (Gomati), Oct 20 (TT): Rubber growers said prices had fallen.";
        assert_eq!(dateline_prefix(line), line.find("Rubber"));
        let line = "Siliguri (Darjeeling Hills), Oct 20 (IANS): Tea gardens reopened.";
        assert_eq!(dateline_prefix(line), line.find("Tea"));
        assert_eq!(
            dateline_prefix("Budi (Kemenkes), 20 tahun (PNS) bekerja di sana sejak 2004."),
            None
        );
        // an acronym after a name is no agency closing a dateline
        assert_eq!(
            dateline_prefix("Kementerian Kesehatan (Kemenkes) Indonesia mencatat 12 kasus."),
            None
        );
        assert_eq!(
            dateline_prefix("Di Jakarta, Selasa (2/4) Presiden meresmikan jalan tol."),
            None
        );
        // the country in square brackets and a colon after the agency, and an agency between
        // slashes after the date's stop
        let line =
            "Jakarta [Indonesia], April 3 (ANI): India and Indonesia agreed to expand trade.";
        assert_eq!(dateline_prefix(line), line.find("India and"));
        let line = "JAKARTA, April 3. /TASS/. Russia and Indonesia discussed wheat supplies.";
        assert_eq!(dateline_prefix(line), line.find("Russia and"));
        // a sentence's slash is no agency's
        assert_eq!(
            dateline_prefix("Harga, naik 3 /kg/ Pedagang mengeluh."),
            None
        );
    }

    #[test]
    fn credits_signed_by_a_dash_and_slash_by_pix_and_after_a_barred_label() {
        let story = "Karachi opens heat relief centres as temperatures soar\n\
            The Sindh government on Monday ordered heat relief centres set up across Karachi.\n\
            All government hospitals were told to keep heatstroke wards ready.\n\
            A vendor sells chilled drinks at a roadside stall in Karachi. — AFP/File\n\
            The power utility said it had suspended load-shedding in some areas.\n\
            Meanwhile, the Met Office said temperatures were likely to ease over the weekend.\n\
            Pix by Sunil Rathnayake\n\
            Comments - 0\n";
        let got = blocks_in(story, Lang::En);
        assert!(has(
            &got,
            Caption,
            "A vendor sells chilled drinks at a roadside stall in Karachi."
        ));
        assert!(has(&got, Credit, "— AFP/File"), "{got:?}");
        assert!(has(&got, Credit, "Pix by Sunil Rathnayake"), "{got:?}");
        // what the story reports is no caption of the credit under it, nor is a counter
        assert!(has(
            &got,
            Paragraph,
            "Meanwhile, the Met Office said temperatures were likely to ease over the weekend."
        ));
        assert!(!has(&got, Caption, "Comments - 0"));
        assert_eq!(
            credit::trailing(
                "Trucks wait at the Malaba border post on May 2, 2024. PHOTO | BRIAN OJAMBO | NMG"
            ),
            Some(54)
        );
    }

    #[test]
    fn a_guest_s_introduction_that_names_the_site_stays_in_the_interview() {
        // an interview's page (fresh round 102): the guest's introduction is an appositive bio
        // that names the site in its last sentence, inside the story
        let page = include_str!("../../tests/fixtures/pages/fresh/jurnalindonesia-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        assert!(
            got.iter()
                .any(|b| b.0 == Paragraph && b.1.starts_with("Sekar Ayuningtyas, peneliti")),
            "{got:?}"
        );
    }

    #[test]
    fn a_photo_s_source_word_in_brackets_credits_the_line_under_it_and_signs_no_story() {
        let text = "Bus Sekolah Gratis Mulai Diuji di Palembang\n\
            Dinas Perhubungan Kota Palembang mulai menguji coba bus sekolah gratis pada Senin pagi.\n\
            \"Lebih tenang, tidak kehujanan. Tadi berangkat bareng teman-teman,\" tuturnya.\n\
            (ist)\n\
            Orang tua murid mengantar anaknya ke titik kumpul bus sekolah di Plaju.\n\
            Sementara itu, anggota DPRD meminta Dishub memastikan jadwal bus tepat waktu setiap hari.\n";
        let got = blocks_in(text, Lang::Id);
        assert!(has(&got, Credit, "(ist)"), "{got:?}");
        assert!(
            has(
                &got,
                Caption,
                "Orang tua murid mengantar anaknya ke titik kumpul bus sekolah di Plaju."
            ),
            "{got:?}"
        );
        assert!(!is_editor_initials("(ist)") && is_editor_initials("(kem)"));
    }

    #[test]
    fn a_caption_without_a_credit_after_a_link_inside_the_story() {
        let text = "Petani Bone Pompa Air Sungai untuk Selamatkan Padi\n\
            Petani di Desa Lappae memompa air dari sungai untuk mengairi sawah yang mulai retak.\n\
            Untuk bahan bakar, petani patungan membeli solar. Dalam sehari, satu pompa menghabiskan 15 liter.\n\
            Baca juga: Harga Gabah di Bone Naik, Petani Belum Sepenuhnya Untung\n\
            Saluran irigasi di Desa Lappae yang mengering sejak awal Maret.\n\
            Kepala dinas pertanian membenarkan adanya laporan kekeringan di empat kecamatan di Bone.\n";
        let got = blocks_in(text, Lang::Id);
        assert!(
            has(
                &got,
                Caption,
                "Saluran irigasi di Desa Lappae yang mengering sejak awal Maret."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_question_subheading_counts_among_a_story_s_sections() {
        let text = "Seagrass is coming back to Western Port\n\
            For most of the past two decades, the mudflats along the northern shore were bare of seagrass.\n\
            Last summer, we counted shoots across 40 survey sites we first mapped in 2009.\n\
            What changed?\n\
            Over the past 15 years, farmers and councils in the catchment fenced creeks and replanted streams.\n\
            Our water samples show the amount of sediment near the shore roughly halved between the surveys.\n\
            What other bays can learn\n\
            The lesson is patience. Catchment work is slow, unglamorous and often invisible for years.\n\
            Seagrass\n\
            Coastal ecology\n";
        let got = blocks_in(text, Lang::En);
        assert!(
            got.iter()
                .any(|b| b.0 == Paragraph && b.1.starts_with("The lesson is patience")),
            "{got:?}"
        );
        assert!(
            !has(&got, Paragraph, "What other bays can learn"),
            "{got:?}"
        );
    }

    #[test]
    fn a_gallery_s_caption_may_quote_someone_over_its_credit() {
        let text = "The last shipwrights of Sulawesi\n\
            On a beach in southern Sulawesi, shipwrights use no blueprints, only memory and the curve of the wood.\n\
            Long before dawn, the sound of adzes starts up along the shore near the boatyard.\n\
            Master builder Haji Sudirman, 67, checks the line of a plank by eye. He says he has lost count of the ships.\n\
            Photograph by Tomas Lindqvist\n\
            2 / 9\n\
            Demand has shifted from cargo boats to tourist cruisers over the past decade, the builders said.\n\
            The launch itself can take days, with the whole village hauling the hull to the water.\n";
        let got = blocks_in(text, Lang::En);
        assert!(
            got.iter()
                .any(|b| b.0 == Caption && b.1.starts_with("Master builder")),
            "{got:?}"
        );
        assert!(
            has(&got, Credit, "Photograph by Tomas Lindqvist"),
            "{got:?}"
        );
    }

    #[test]
    fn a_line_citing_a_work_is_the_story_s_reference() {
        assert!(cites_reference(
            "Journal of Operational Oceanography, 2024. DOI: 10.1080/1755876X.2024.2291145"
        ));
        assert!(cites_reference("10.1000/jfcs.2024.0311"));
        assert!(is_footnote(
            "[1] Figures are drawn from Statistics Indonesia export data, compiled by the author."
        ));
        assert!(!is_footnote("[Foto: Antara] Warga antre minyak goreng."));
        assert!(!is_footnote("[1]"));
        // a scraped encyclopedia's citation mark inside running text is none
        assert!(!is_footnote(
            "[376] musik Rock mewarisi tradisi rakyat dari lagu protes."
        ));
        assert!(cites_reference(
            "Klinik Sendi Sehat. (2023). Mengenali Nyeri Lutut Setelah Berolahraga. Diakses \
             pada Mei 2024."
        ));
        assert!(!cites_reference("Harga naik. (Foto: Dok. Istimewa)"));
        assert!(!cites_reference(
            "Penjualan naik tajam. (2023) menjadi tahun terbaik."
        ));
        // a price, a score and a version are no DOI
        assert!(!cites_reference("Harga naik 10.000/kg di Pasar Induk."));
        assert!(!cites_reference("Versi 210.1234/beta dirilis kemarin."));
        let page = "Ferries measure the sea for oceanographers\n\
            Ferries carry probes that record the temperature of the sea on every crossing.\n\
            Journal of Operational Oceanography, 2024. DOI: 10.1080/1755876X.2024.2291145\n";
        let got = blocks_in(page, Lang::En);
        assert_eq!(got.last().map(|b| b.0), Some(Meta), "{got:?}");
    }

    #[test]
    fn a_site_s_dateline_before_a_bar_opens_the_story() {
        let line = "KABARMEDAN.COM, Medan | Puluhan pedagang kuliner malam meminta pemerintah kota menunda penertiban.";
        assert_eq!(dateline_prefix(line), line.find("Puluhan"));
        // a dash still wins over a bar before it
        let line =
            "SUMENEP | KORAN MADURA – Pemerintah kabupaten membuka pasar murah di alun-alun.";
        assert_eq!(dateline_prefix(line), line.find("Pemerintah"));
        assert_eq!(
            dateline_prefix("Harga Cabai | Pasar Induk ramai pembeli pada Senin pagi."),
            None
        );
    }

    #[test]
    fn a_place_and_the_day_before_a_dash_is_a_press_release_s_dateline() {
        let line = "Jakarta, 7 Mei 2024 - Kementerian Keuangan memperluas program pendampingan.";
        assert_eq!(dateline_prefix(line), line.find("Kementerian"));
        let line = "Kota Palu, 12 Maret 2024 – Pemerintah kota membuka posko mudik.";
        assert_eq!(dateline_prefix(line), line.find("Pemerintah"));
        // a sentence with a place, a date and a dash in it is none
        assert_eq!(
            dateline_prefix("Warga Jakarta, pada 7 Mei 2024 - ketika hujan turun - mengungsi."),
            None
        );
    }

    #[test]
    fn marks_that_end_a_story() {
        for mark in ["Enditem/AW", "(END)", "-ends-", "(selesai)", "###"] {
            assert!(is_editor_initials(mark), "{mark}");
        }
        // a bare word is a sentence's
        assert!(!is_editor_initials("End."));
        assert!(!is_editor_initials("Selesai"));
        assert!(!is_editor_initials("(Endang)"));
    }

    #[test]
    fn a_byline_in_brackets_after_the_story() {
        assert!(is_byline("(By Wu Kai-hsiang)"));
        assert!(!is_byline("(Byline lengkap menyusul)"));
    }

    #[test]
    fn contact_details_under_a_label_are_no_fact_box() {
        let page = "Kementerian Luncurkan Program Bantuan Kapal untuk Nelayan Kecil\n\
            Kementerian Kelautan dan Perikanan meluncurkan program bantuan kapal untuk nelayan kecil di 20 kabupaten.\n\
            Program ini menyediakan 500 kapal berukuran kecil beserta alat tangkap untuk kelompok nelayan.\n\
            Informasi lebih lanjut:\n\
            Telepon: (021) 3519070\n\
            Email: humas@contoh.go.id\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Boilerplate, "Telepon: (021) 3519070"), "{got:?}");
        assert!(
            has(&got, Boilerplate, "Email: humas@contoh.go.id"),
            "{got:?}"
        );
        assert!(is_contact("Website: www.contoh.go.id"));
        // a fact's value is no contact
        assert!(!is_contact("Magnitudo: 5,6"));
        assert!(!is_contact("Kedalaman: 20 km"));
    }

    #[test]
    fn a_date_line_parted_by_a_middle_dot_is_no_caption_over_the_agency() {
        assert!(is_date_line(
            "Published: May 4, 2024 10:12 AM · Updated: 11:05 AM"
        ));
        let page = "Smoke from Sumatra fires pushes air quality to unhealthy levels\n\
            Published: May 4, 2024 10:12 AM · Updated: 11:05 AM\n\
            Bernama\n\
            Air quality in five states reached unhealthy levels this morning as smoke drifted across the strait.\n\
            Readings above 100 were recorded in Selangor, Kuala Lumpur and Melaka, the department said.\n";
        let got = blocks_in(page, Lang::En);
        assert!(!got.iter().any(|(kind, _)| *kind == Caption), "{got:?}");
    }

    #[test]
    fn an_agency_under_the_dateline_under_the_title_is_the_storys_source() {
        let page = "Indonesia rescuers search for 9 missing after ferry sinks\n\
            JAKARTA\n\
            AP\n\
            Rescuers search for missing passengers off Buton Island, Indonesia, Friday, May 3, 2024.\n\
            (Basarnas via AP)\n\
            Rescuers were searching Saturday for nine people still missing after a small ferry sank, officials said.\n\
            The boat was carrying 38 passengers when it was hit by high waves on Friday evening.\n";
        let got = blocks_in(page, Lang::En);
        assert!(!has(&got, Credit, "AP"), "{got:?}");
        assert!(has(&got, Credit, "(Basarnas via AP)"), "{got:?}");
    }

    #[test]
    fn without_a_body_a_headline_wins_over_a_sections_label() {
        let page = "Langsung ke konten utama\n\
            Galeri Foto\n\
            Festival Layang-Layang Warnai Langit Pantai Sanur\n\
            02 April 2024\n\
            Peserta menerbangkan layang-layang raksasa dalam festival di Pantai Sanur, Bali, 1 April 2024. (foto: AFP/Sonny Tumbelaka)\n\
            Layang-layang berbentuk naga diterbangkan oleh tim dari Denpasar, 1 April 2024. (foto: AFP/Sonny Tumbelaka)\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Title,
                "Festival Layang-Layang Warnai Langit Pantai Sanur"
            ),
            "{got:?}"
        );
        assert!(
            has(&got, Boilerplate, "Langsung ke konten utama"),
            "{got:?}"
        );
    }

    #[test]
    fn a_prompt_inside_the_story_does_not_end_it() {
        let page = "Smoke from Sumatra fires pushes air quality to unhealthy levels\n\
            Air quality in five states reached unhealthy levels this morning as smoke drifted across the strait.\n\
            Readings above 100 were recorded in Selangor, Kuala Lumpur and Melaka, the department said.\n\
            Health officials advised people with asthma to stay indoors and to wear masks outside.\n\
            Stay updated with our WhatsApp channel\n\
            Indonesia's disaster agency said helicopters had been sent to Riau to fight the fires.\n\
            Related Reports\n\
            Haze: Schools in Johor told to monitor air readings\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Paragraph,
                "Indonesia's disaster agency said helicopters had been sent to Riau to fight the fires."
            ),
            "{got:?}"
        );
        // a bio after the prompt is still the page's
        let page = page.replace(
            "Indonesia's disaster agency said helicopters had been sent to Riau to fight the fires.",
            "Linda Yulisman is Indonesia correspondent at The Straits Times. She covers politics.",
        );
        let got = blocks_in(&page, Lang::En);
        assert!(
            !got.iter()
                .any(|(kind, text)| *kind == Paragraph && text.starts_with("Linda")),
            "{got:?}"
        );
    }

    #[test]
    fn a_dated_source_under_a_caption_is_its_credit() {
        let page = "Korean battery makers expand nickel deals in Indonesia\n\
            By Park Ji-won\n\
            A worker checks battery cells at a plant in Gyeonggi Province, in this file photo.\n\
            Korea Times file\n\
            Korean battery makers are expanding nickel supply deals in Indonesia to secure raw materials, officials said Tuesday.\n\
            Two companies signed agreements with Indonesian miners this week, according to the officials.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Credit, "Korea Times file"), "{got:?}");
        assert!(
            has(
                &got,
                Caption,
                "A worker checks battery cells at a plant in Gyeonggi Province, in this file photo."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_dateline_glued_by_a_hyphen_after_the_place_and_the_sites_name() {
        let line = "KUPANG, TIMEX.ID-Harga beras medium di pasar tradisional naik.";
        assert_eq!(glued_hyphen_dateline(line), line.find("Harga"));
        let line = "JAKARTA-Pemerintah menaikkan harga beras.";
        assert_eq!(glued_hyphen_dateline(line), line.find("Pemerintah"));
        // a pair of names joined by a hyphen opens no dateline
        assert_eq!(
            glued_hyphen_dateline("Jakarta, Pasangan Prabowo-Gibran unggul di Jawa Tengah."),
            None
        );
        assert_eq!(
            glued_hyphen_dateline("Bupati Sleman-Kulon Progo bertemu."),
            None
        );
    }

    #[test]
    fn a_hyphen_glued_to_the_site_s_domain_and_a_date_before_a_colon_close_datelines() {
        let line = "TANGERANGNEWS.com- Pemerintah Kota Tangerang menambah tiga pompa.";
        assert_eq!(dateline_prefix(line), line.find("Pemerintah"));
        let line = "KENDARINEWS.COM--Panen raya padi mulai berlangsung di Konawe.";
        assert_eq!(dateline_prefix(line), line.find("Panen"));
        // a place in capitals and a date with no separator after them
        let line = "KATHMANDU, APRIL 29 The Department of Tourism has issued 478 permits.";
        assert_eq!(shouted_dated_dateline(line), line.find(" The"));
        let line = "NEW DELHI, March 3, 2024 The government said on Sunday it would act.";
        assert_eq!(shouted_dated_dateline(line), line.find(" The"));
        assert_eq!(
            shouted_dated_dateline("JAKARTA, Bank Indonesia menahan suku bunga."),
            None
        );
        let line = "Tabanan (Metrobali.com)- Hujan deras merendam puluhan rumah di Tabanan.";
        assert_eq!(dateline_prefix(line), line.find("Hujan"));
        // or to a word in capitals, a space after it; not a compound's hyphen
        let line = "MEDAN, METRO- Kesabaran warga Jalan Kapten Sumarsono akhirnya habis.";
        assert_eq!(dateline_prefix(line), line.find("Kesabaran"));
        assert_eq!(
            dateline_prefix("Layanan BPJS-Kesehatan di Medan dibuka lagi pekan ini."),
            None
        );
        // or to an outlet's code in brackets, the story glued to it; not a sentence's bracket
        let line = "Lampung Barat (SL)-Harga kopi robusta di tingkat petani terus merangkak naik.";
        assert_eq!(dateline_prefix(line), line.find("Harga"));
        assert_eq!(
            dateline_prefix(
                "Harga naik tajam di pasar induk (lihat TABEL)-Sementara itu warga resah."
            ),
            None
        );
        // a dated place and its outlet in brackets before the dash
        let line = "PORT VILA, 20 MARCH 2024 (VANUATU DAILY POST) --- Forty schools have reopened.";
        assert_eq!(dateline_prefix(line), line.find("Forty"));
        // EFE's stop before the dash keeps its own shape
        let line = "Kabupaten Bima, Bimaekspres.- Warga di tiga kecamatan kesulitan air bersih.";
        assert_eq!(dateline_prefix(line), line.find("Warga"));
        let line = "Jakarta, Mar 28 (EFE).- Thousands of residents were evacuated.";
        assert_eq!(dateline_prefix(line), line.find("Thousands"));
        let line = "JAYAPURA-Sebanyak 240 mama-mama pedagang pinang mulai menempati los baru.";
        assert_eq!(dateline_prefix(line), line.find("Sebanyak"));
        // a hyphen joining names is none
        assert_eq!(
            dateline_prefix("Jalur Jakarta-Bandung padat merayap sejak pagi."),
            None
        );
        let line = "KATHMANDU, March 24: Teahouse owners along the Annapurna Circuit say they are struggling to find porters.";
        assert_eq!(colon_dateline_prefix(line, Lang::En), line.find("Teahouse"));
    }

    #[test]
    fn a_line_the_storys_dateline_opens_is_no_prompt() {
        // the site's domain in the dateline, and a noun in "-k-an" opening a sentence after it
        let body = "Puluhan nelayan di Dusun Pulau Datok memilih menambatkan perahu mereka \
                    dalam sepekan terakhir. Pasokan solar di SPBUN setempat kerap habis \
                    sebelum siang.";
        let page = format!(
            "Nelayan Sukadana Kesulitan Solar\nSUKADANA24.COM, SUKADANA – {body}\n\
             Ketua kelompok nelayan mengatakan pasokan solar berkurang sejak awal bulan.\n"
        );
        let got = blocks_in(&page, Lang::Id);
        assert!(has(&got, Meta, "SUKADANA24.COM, SUKADANA –"), "{got:?}");
        assert!(has(&got, Paragraph, body), "{got:?}");
        // and an order after the dateline's domain, which names the page: the story still
        let order = "Simak berita selengkapnya di SUKADANA24.COM.";
        let page = format!("Nelayan Sukadana Kesulitan Solar\n{order}\n");
        assert!(has(&blocks_in(&page, Lang::Id), Boilerplate, order));
    }

    #[test]
    fn a_live_updates_label_and_time_opening_a_paragraph_is_meta() {
        for (line, body) in [
            (
                "UPDATE, 1.25pm: Police said both lanes had reopened.",
                "Police",
            ),
            (
                "UPDATE 8.10pm: Firefighters say the fire is now out.",
                "Firefighters",
            ),
            (
                "Pembaruan 14.20 WIB: Polisi membuka kembali jalan itu.",
                "Polisi",
            ),
            // the story's first entry under the updates
            (
                "Original 1.35pm: The ministry said planting had begun.",
                "The ministry",
            ),
        ] {
            assert_eq!(update_label_prefix(line), line.find(body), "{line}");
        }
        // an editor's note dated, a label without a time, a place: none
        for line in [
            "Update at 7.10 pm, May 15: This report has been updated with a statement.",
            "Update: This article was updated on March 6.",
            "KATHMANDU, 10.15: Teahouse owners say they are struggling.",
        ] {
            assert_eq!(update_label_prefix(line), None, "{line}");
        }
        let page = "Lorry overturns on A127 near Fairglen interchange\n\
                    The A127 has reopened after a lorry overturned near the Fairglen \
                    interchange, closing the road for seven hours.\n\
                    UPDATE, 1.25pm: Essex Police said both carriageways were open again.\n\
                    The lorry came off the road at around 6.30am on Tuesday.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Meta, "UPDATE, 1.25pm:"), "{got:?}");
        assert!(
            has(
                &got,
                Paragraph,
                "Essex Police said both carriageways were open again."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_with_a_small_word_inside_before_the_storys_first_stop() {
        let line =
            "Dar es Salaam. Hundreds of traders kept their shutters down for most of Tuesday.";
        assert_eq!(
            opening_dateline(line, Lang::En, &[]),
            line.find(". ").map(|at| at + 1)
        );
        let line = "Rio de Janeiro. Flooding closed three metro lines on Monday, officials said.";
        assert_eq!(
            opening_dateline(line, Lang::En, &[]),
            line.find(". ").map(|at| at + 1)
        );
        // two capitalized words with no small word between are no one place before a stop,
        // nor is a sentence opening on a small word
        assert_eq!(
            opening_dateline(
                "Itu Sangat Mengerikan. Warga berlarian keluar rumah.",
                Lang::Id,
                &[]
            ),
            None
        );
        assert_eq!(
            opening_dateline(
                "Of Course. The minister said the plan would go ahead.",
                Lang::En,
                &[]
            ),
            None
        );
    }

    #[test]
    fn a_datelines_outlet_between_two_dashes_and_a_shouted_place_of_two_words() {
        let line = "Jakarta – Infobanknews – Bank pembangunan daerah mencatatkan kenaikan laba.";
        assert_eq!(opening_dateline(line, Lang::Id, &[]), line.find("Bank"));
        let line = "MEDAN - Waspada.id - Harga cabai merah di Pasar Petisah naik lagi.";
        assert_eq!(dateline_prefix(line), line.find("Harga"));
        let line = "JAKARTA - idnfinancials.com - A listed nickel miner reported higher revenue.";
        assert_eq!(dateline_prefix(line), line.find("A listed"));
        // a name after one dash is the story's subject
        let line = "JAKARTA - Prabowo meninjau lumbung pangan di Kalimantan Tengah.";
        assert_eq!(dateline_prefix(line), line.find("Prabowo"));
        // an outlet of several words between the dashes, or after a bar before the dash
        let line = "JOMBANG – Jawa Pos Radar Jombang – Jembatan bambu itu hanyut terbawa arus.";
        assert_eq!(dateline_prefix(line), line.find("Jembatan"));
        let line = "JAKARTA - Menteri Keuangan Sri Mulyani - kata dia - belum memutuskan.";
        assert_eq!(dateline_prefix(line), line.find("Menteri"));
        let line =
            "Banda Aceh | MODUSACEH.CO - Kejaksaan Negeri Banda Aceh mulai mengusut proyek itu.";
        assert_eq!(dateline_prefix(line), line.find("Kejaksaan"));
        let line = "Harga Naik | Warga Resah - Pedagang menaikkan harga beras lagi.";
        assert_eq!(dateline_prefix(line), None);
        // or the outlet first (round 314)
        let line = "Aekkanopan24.com | Kualuh Hulu - Harga tandan buah segar kelapa sawit turun.";
        assert_eq!(dateline_prefix(line), line.find("Harga"));
        let line = "LANGKATTODAY.COM | Pangkalan Susu – Sedikitnya 60 perahu nelayan bersandar.";
        assert_eq!(dateline_prefix(line), line.find("Sedikitnya"));
        // a site's domain of any common ending signs the dateline
        let line = "NUNUKAN.NIAGA.ASIA – Harga rumput laut kering terus merosot.";
        assert_eq!(dateline_prefix(line), line.find("Harga"));
        let line = "JAMBIEKSPRES.CO.ID-Puluhan rumah di Kelurahan Tanjung Pasir terendam air.";
        assert_eq!(glued_hyphen_dateline(line), line.find("Puluhan"));
        let line = "PULANG PISAU-Kenaikan harga karet membuat petani kembali menyadap.";
        assert_eq!(glued_hyphen_dateline(line), line.find("Kenaikan"));
        assert_eq!(
            glued_hyphen_dateline("PT PLN-Persero menaikkan tarif."),
            None
        );
        // a place in sentence case, glued to its hyphen, a space after it
        let line = "Srinagar- With the tourist season weeks away, houseboat owners met.";
        assert_eq!(glued_hyphen_dateline(line), line.find("With"));
        for line in [
            "Pre- and post-war housing stood empty.",
            "Jakarta-Bandung trains ran late on Monday.",
            "Two- Thirds of the harbour was closed.",
        ] {
            assert_eq!(glued_hyphen_dateline(line), None, "{line}");
        }
    }

    #[test]
    fn a_link_under_its_label_inside_the_story_does_not_end_it() {
        let page = "Abu Vulkanik Merapi Guyur Tiga Desa di Magelang\n\
            Hujan abu vulkanik dari Gunung Merapi mengguyur tiga desa di Kecamatan Dukun, Jumat sore.\n\
            Badan Penanggulangan Bencana Daerah Magelang membagikan masker kepada warga desa.\n\
            Baca Juga:\n\
            Jalur Evakuasi Merapi di Klaten Diperbaiki\n\
            Balai Penyelidikan Teknologi Kebencanaan Geologik menyatakan status Merapi masih Siaga.\n\
            Tags:\n\
            Merapi\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Paragraph,
                "Balai Penyelidikan Teknologi Kebencanaan Geologik menyatakan status Merapi masih Siaga."
            ),
            "{got:?}"
        );
        assert!(
            has(
                &got,
                Boilerplate,
                "Jalur Evakuasi Merapi di Klaten Diperbaiki"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_paragraph_above_the_storys_closing_line_is_the_storys() {
        let page = "Canadian tourists among those evacuated after volcano erupts in Indonesia\n\
            Several Canadians were among the tourists evacuated from a small island after a volcano erupted on Friday.\n\
            The department said it was in contact with Indonesian authorities and that no one was hurt.\n\
            Trending Now\n\
            Man charged after crash on Highway 401\n\
            Thousands of residents in nearby villages were moved to temporary shelters.\n\
            — With files from Reuters\n\
            Comments closed.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Paragraph,
                "Thousands of residents in nearby villages were moved to temporary shelters."
            ),
            "{got:?}"
        );
        // without the closing line the lone paragraph after the widget is the page's
        let page = page.replace("— With files from Reuters\n", "");
        let got = blocks_in(&page, Lang::En);
        assert!(
            !has(
                &got,
                Paragraph,
                "Thousands of residents in nearby villages were moved to temporary shelters."
            ),
            "{got:?}"
        );
        assert!(is_english_byline("by University of Leeds"));
        // a stop may close a name of two words or more
        assert!(is_english_byline("By Eleanor Quaid."));
        assert!(!is_english_byline("By Friday."));
        // the section and the day after the names
        assert!(is_english_byline(
            "By Dana Omarova in Nation on 13 June 2024"
        ));
        assert!(is_english_byline("By Dana Omarova on 13 June 2024"));
        assert!(!is_english_byline(
            "By then prices rose in Nation on 13 June 2024"
        ));
        assert!(!is_english_byline("By March 2025."));
        assert!(!is_english_byline("by the way"));
    }

    #[test]
    fn a_sites_domain_and_a_colon_open_the_story() {
        let line = "kabarbisnis.com: Perajin sepatu di Kabupaten Mojokerto meminta pemerintah membatasi impor.";
        assert_eq!(colon_dateline_prefix(line, Lang::Id), line.find("Perajin"));
        // a word and a colon before the story's words is a label, not a domain
        let line =
            "Catatan: Perajin sepatu di Kabupaten Mojokerto meminta pemerintah membatasi impor.";
        assert_eq!(colon_dateline_prefix(line, Lang::Id), None);
        // and so is a label in capitals: a credit and its caption
        let line =
            "FOTO: DOK WARGA Sejumlah pelajar menyeberangi Sungai Lematang menggunakan rakit \
                    bambu setelah jembatan gantung desa itu putus, Selasa (20/8/2024).";
        assert_eq!(colon_dateline_prefix(line, Lang::Id), None);
        let got = blocks_in(line, Lang::Id);
        assert!(has(&got, Credit, "FOTO: DOK WARGA"), "{got:?}");
    }

    #[test]
    fn a_photo_noun_after_the_dash_credits_the_photo_not_the_story() {
        let line = "… di Jakarta pada Jumat. — VNA/VNS Photo";
        assert_eq!(trailing_source(line), None);
        let line = "Both sides agreed to hold a trade fair in October. — VNS";
        assert_eq!(trailing_source(line), line.find("— VNS"));
    }

    #[test]
    fn a_link_to_another_story_inside_the_story_does_not_end_it() {
        assert!(in_story_widget(
            "READ: PCG deploys more ships to West Philippine Sea",
            Lang::En
        ));
        assert!(in_story_widget(
            "Editor's Choice: Rice Prices Ease as Harvest Season Begins",
            Lang::En
        ));
        // a sentence with a colon, or a label over a list, is no link
        assert!(!in_story_widget(
            "Ia berkata: Kami akan terus membantu warga.",
            Lang::Id
        ));
        assert!(!in_story_widget("Gejala yang perlu diwaspadai:", Lang::Id));
        let page = "PH, Indonesia coast guards hold joint drill off Mindanao\n\
            MANILA — The coast guards of the Philippines and Indonesia held a two-day joint exercise off southern Mindanao.\n\
            Four vessels and a helicopter took part in the drill, which ended Friday near the border.\n\
            READ: PCG deploys more ships to West Philippine Sea\n\
            Indonesian officials said another drill is planned for later this year in waters off North Sulawesi.\n\
            Related videos\n\
            Coast guard rescues 12 fishermen off Sarangani\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Paragraph,
                "Indonesian officials said another drill is planned for later this year in waters off North Sulawesi."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn the_window_title_above_the_headline_is_clutter() {
        let story = "Petani Tembakau Temanggung Khawatir Hujan Rusak Bibit\n\
            Diterbitkan 4 Mei 2024\n\
            TEMANGGUNG – Petani tembakau di Kabupaten Temanggung khawatir hujan akan merusak bibit yang baru ditanam.\n\
            Biasanya, petani mulai menanam tembakau ketika musim kemarau tiba pada bulan Mei.\n";
        let page = format!(
            "Petani Tembakau Temanggung Khawatir Hujan Rusak Bibit - Suarabaru.id\nSkip to content\n{story}"
        );
        let got = blocks_in(&page, Lang::Id);
        assert!(
            has(
                &got,
                Title,
                "Petani Tembakau Temanggung Khawatir Hujan Rusak Bibit"
            ),
            "{got:?}"
        );
        assert!(
            has(
                &got,
                Boilerplate,
                "Petani Tembakau Temanggung Khawatir Hujan Rusak Bibit - Suarabaru.id"
            ),
            "{got:?}"
        );
        // the window title parted by a bar the rules read as a credit's, over a trending
        // headline and the headline
        let parted = "Ekiti pensioners storm secretariat over 30 months of unpaid gratuities | \
                      Sahara Reporters\n\
            Skip to main content\n\
            Trending\n\
            Residents of Ondo community enter fourth month without electricity\n\
            Ekiti pensioners storm secretariat over 30 months of unpaid gratuities\n\
            by Sahara Reporters, New York\n\
            Hundreds of retired civil servants in Ekiti State on Tuesday stormed the state \
            secretariat in Ado-Ekiti over 30 months of unpaid gratuities.\n\
            The pensioners said they had written several letters to the state government.\n";
        let got = blocks_in(parted, Lang::En);
        assert!(
            has(
                &got,
                Title,
                "Ekiti pensioners storm secretariat over 30 months of unpaid gratuities"
            ),
            "{got:?}"
        );
        assert!(
            !has(
                &got,
                Title,
                "Residents of Ondo community enter fourth month without electricity"
            ),
            "{got:?}"
        );
        // the headline printed again under the story is no other title
        let again = format!(
            "{page}Bagikan artikel ini\nPetani Tembakau Temanggung Khawatir Hujan Rusak Bibit\n"
        );
        let got = blocks_in(&again, Lang::Id);
        assert!(
            has(
                &got,
                Boilerplate,
                "Petani Tembakau Temanggung Khawatir Hujan Rusak Bibit - Suarabaru.id"
            ),
            "{got:?}"
        );
        // the headline in capitals, or named by the input's markup, is the title all the same
        let shouted = page.replacen(
            "Skip to content\nPetani Tembakau Temanggung Khawatir Hujan Rusak Bibit",
            "Skip to content\nPETANI TEMBAKAU TEMANGGUNG KHAWATIR HUJAN RUSAK BIBIT",
            1,
        );
        let got = blocks_in(&shouted, Lang::Id);
        assert!(
            has(
                &got,
                Title,
                "PETANI TEMBAKAU TEMANGGUNG KHAWATIR HUJAN RUSAK BIBIT"
            ),
            "{got:?}"
        );
        // a headline that goes on past a dash is no window title
        let page = format!(
            "Petani Tembakau Temanggung Khawatir Hujan Rusak Bibit - Dinas Pertanian Minta Petani Menunda Tanam Sampai Kemarau\n{story}"
        );
        let got = blocks_in(&page, Lang::Id);
        assert!(
            !got.iter()
                .any(|(kind, text)| *kind == Boilerplate && text.starts_with("Petani")),
            "{got:?}"
        );
    }

    #[test]
    fn a_source_under_a_caption_inside_the_story_is_the_photos() {
        let page = "Ketika Kereta Api Pertama Melintas di Semarang\n\
            Pada pertengahan abad ke-19, hasil bumi dari pedalaman Jawa Tengah diangkut ke pelabuhan dengan pedati.\n\
            Perjalanan itu lambat dan mahal, terutama pada musim hujan ketika jalan berubah menjadi lumpur.\n\
            Lokomotif uap di Stasiun Tanggung, Jawa Tengah.\n\
            Sumber: Tropenmuseum\n\
            Jalur pertama sepanjang 25 kilometer dibuka untuk umum beberapa tahun kemudian.\n\
            Penduduk berdatangan untuk melihat kereta yang mereka sebut kuda besi.\n\
            Sumber: Historia\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Credit, "Sumber: Tropenmuseum"), "{got:?}");
        assert!(
            has(
                &got,
                Caption,
                "Lokomotif uap di Stasiun Tanggung, Jawa Tengah."
            ),
            "{got:?}"
        );
        // after the story's last paragraph it is the story's source
        assert!(has(&got, Meta, "Sumber: Historia"), "{got:?}");
    }

    #[test]
    fn a_bio_under_the_authors_name_after_the_story_is_the_pages() {
        let page = "Pekerja Rumah Tangga Masih Menunggu Undang-Undang yang Melindungi\n\
            Tika Adriana\n\
            Rancangan undang-undang perlindungan pekerja rumah tangga sudah hampir dua dekade menunggu pengesahan.\n\
            Selama itu, banyak pekerja rumah tangga bekerja tanpa kontrak, tanpa libur, dan tanpa jaminan kesehatan.\n\
            Jaringan advokasi pekerja rumah tangga meminta DPR segera membahas rancangan undang-undang itu.\n\
            Tika Adriana\n\
            Jurnalis dan editor Konde.co. Menulis isu perempuan, buruh, dan kelompok minoritas.\n\
            Dukung Konde.co\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Boilerplate,
                "Jurnalis dan editor Konde.co. Menulis isu perempuan, buruh, dan kelompok minoritas."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn the_prose_under_an_illustrations_credit_is_the_storys() {
        let page = "Strategi Startup Logistik Bertahan di Tengah Perang Tarif Ongkir\n\
            Oleh: Vicky Rachman\n\
            Dibaca: 1.284 kali\n\
            Ilustrasi: Dok. SWA\n\
            Persaingan di bisnis pengiriman barang semakin ketat sejak beberapa pemain besar menurunkan ongkos kirim.\n\
            Sebagian perusahaan rintisan memilih tidak ikut menurunkan harga.\n\
            Mereka mengalihkan fokus ke pengiriman untuk pabrik dan distributor.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Credit, "Ilustrasi: Dok. SWA"), "{got:?}");
        assert!(
            has(
                &got,
                Paragraph,
                "Persaingan di bisnis pengiriman barang semakin ketat sejak beberapa pemain besar menurunkan ongkos kirim."
            ),
            "{got:?}"
        );
        // and a counter above it, a labelled value, is no caption either
        assert!(!has(&got, Caption, "Dibaca: 1.284 kali"), "{got:?}");
    }

    #[test]
    fn a_credit_split_into_a_label_line_and_a_name_line() {
        use BlockKind::*;
        let kinds = |page: &'static str| -> Vec<(BlockKind, &'static str)> {
            find_blocks(page, Lang::Id)
                .iter()
                .map(|b| (b.kind, b.span.of(page)))
                .collect()
        };
        let page = "Banjir Bandang Terjang Dua Desa di Garut\nOleh :\nAgus Rahmat\n\
                    Banjir bandang di Kecamatan Cikajang, Garut.\nSumber :\nBPBD Garut\n\
                    Banjir bandang menerjang dua desa di Kecamatan Cikajang pada Senin malam dan \
                    merusak puluhan rumah warga.\nPetugas gabungan masih membersihkan lumpur \
                    yang menutup jalan desa pada Selasa pagi.\n";
        let got = kinds(page);
        assert!(
            got.contains(&(Caption, "Banjir bandang di Kecamatan Cikajang, Garut.")),
            "{got:?}"
        );
        assert!(got.contains(&(Credit, "Sumber :")), "{got:?}");
        assert!(got.contains(&(Credit, "BPBD Garut")), "{got:?}");
        // the story's first paragraph after the credit stays a paragraph
        assert!(
            got.iter().filter(|(k, _)| *k == Paragraph).count() == 2,
            "{got:?}"
        );
        // at the end of a story the same shape is its source line
        let page = "Banjir Bandang Terjang Dua Desa di Garut\n\
                    Banjir bandang menerjang dua desa di Kecamatan Cikajang pada Senin malam dan \
                    merusak puluhan rumah warga.\nPetugas gabungan masih membersihkan lumpur \
                    yang menutup jalan desa pada Selasa pagi.\nSumber :\nHumas Pemkab Garut\n";
        let got = kinds(page);
        assert!(
            got.iter().all(|(k, _)| *k != Caption && *k != Credit),
            "{got:?}"
        );
    }

    #[test]
    fn lines_are_classified() {
        let cases: &[(&str, BlockKind)] = &[
            ("Tautan-tautan Akses", Boilerplate),
            ("ADVERTISEMENT", Boilerplate),
            ("Baca juga: Harga Cabai Naik Jelang Lebaran", Boilerplate),
            ("SCROLL TO CONTINUE WITH CONTENT", Boilerplate),
            ("[uh/ab]", Meta),
            ("(rd/ant)", Meta),
            ("Oleh: VOA Indonesia", Meta),
            ("Editor: Yakop", Meta),
            ("By: Roy Santiago - Reporter / @RSantiagoINQ", Meta),
            ("Sumber: Reuters", Meta),
            ("Minggu, 26 Februari 2023", Meta),
            ("8 Januari 2021 07:15 WIB", Meta),
            ("Diperbarui Senin, 9 Agustus 2021 | 10.15 WIB", Meta),
            ("Published: 26 February 2023", Meta),
            ("March 14, 2023 10:15 AM ET", Meta),
            ("Monday 30 September 2019 14.05 BST", Meta),
            (
                "People wade through a flooded street in Medan, North Sumatra, Indonesia, March 4, 2024.",
                Caption,
            ),
            ("The rules took effect in Jakarta on Monday, March 4, 2024.", Paragraph),
            (
                "Menteri Keuangan (kedua kiri) meninjau gudang beras di Jakarta, Senin (4/3/2024).",
                Caption,
            ),
            ("Para pemenang lomba (ki-ka) berfoto bersama panitia.", Caption),
            ("Sen. John Smith (R) voted against the bill on Tuesday.", Paragraph),
            ("Kompas.com - 04/03/2024, 10:15 WIB", Meta),
            ("04/03/2024 | detikNews", Meta),
            ("Penulis Rina Kartika", Meta),
            ("Rina Kartika - detikNews", Meta),
            ("(Ant/P-5)", Meta),
            ("Editor Dodi menolak berkomentar soal itu.", Paragraph),
            ("Harga cabai naik di pasar (kiri jalan tol) sejak Senin.", Paragraph),
            ("Home  News  World", Boilerplate),
            ("Nasional\tEkonomi\tOlahraga\tGaya Hidup", Boilerplate),
            ("By Andrew Jeong and Min Joo Kim", Meta),
            ("By Jane Doe, VOA News", Meta),
            ("Dewi Lestari contributed reporting from Jakarta.", Meta),
            ("Reuters contributed to this report.", Meta),
            ("By Monday, the talks had collapsed.", Paragraph),
            ("By 2030, half the fleet will be electric.", Paragraph),
            ("By then the talks had ended.", Paragraph),
            ("Read more", Boilerplate),
            ("Kamis, 8 Jul 2021 | 14:25 WIB", Meta),
            ("WASHINGTON -", Meta),
            ("Washington (ANTARA) -", Meta),
            ("Hong Kong CNN —", Meta),
            ("(Foto: AP)", Credit),
            ("Harga beras naik lagi di pasar tradisional.", Paragraph),
            // a real paragraph may begin like clutter; only short lines are clutter
            (
                "Baca juga sejarahnya: pasar ini berdiri pada 1735 dan menjadi pusat \
                 perdagangan beras terbesar di Jawa bagian barat selama hampir dua abad, \
                 sebelum pelabuhan baru dibangun dan jalur kereta api mengubah arus \
                 barang dari pedalaman menuju Batavia.",
                Paragraph,
            ),
        ];
        for &(line, kind) in cases {
            // a title would take the first paragraph; put one in front
            let text = format!("Judul Berita\n{line}");
            let blocks = kinds(&text);
            assert_eq!(blocks[1].0, kind, "line: {line}");
        }
    }

    #[test]
    fn credits_are_split_off_captions() {
        let cases: &[(&str, &str, &str)] = &[
            (
                "Warga mengantre bantuan di Palu, 2 Oktober 2018. (Foto: Lee Jin-man via REUTERS)",
                "Warga mengantre bantuan di Palu, 2 Oktober 2018.",
                "(Foto: Lee Jin-man via REUTERS)",
            ),
            (
                "Petugas memadamkan api di gudang itu (foto: AP).",
                "Petugas memadamkan api di gudang itu",
                "(foto: AP).",
            ),
            (
                "Presiden Joe Biden berbicara di Gedung Putih. ANTARA/REUTERS/Leah Millis/am.",
                "Presiden Joe Biden berbicara di Gedung Putih.",
                "ANTARA/REUTERS/Leah Millis/am.",
            ),
            (
                "Pengunjung memadati pameran buku di Jakarta. ANTARA FOTO/Sigid Kurniawan/foc.",
                "Pengunjung memadati pameran buku di Jakarta.",
                "ANTARA FOTO/Sigid Kurniawan/foc.",
            ),
            (
                "Relawan membagikan masker kepada warga. Foto: dok. Humas Pemkot",
                "Relawan membagikan masker kepada warga.",
                "Foto: dok. Humas Pemkot",
            ),
        ];
        for &(line, caption, credit) in cases {
            let text = format!("Judul Berita\n{line}");
            let blocks = kinds(&text);
            assert_eq!(blocks[1], (Caption, caption, None), "line: {line}");
            assert_eq!(blocks[2], (Credit, credit, None), "line: {line}");
        }
    }

    #[test]
    fn datelines_and_initials_are_split_off_paragraphs() {
        let text = "Judul Berita\n\
            WASHINGTON - Menteri Luar Negeri AS tiba di Seoul.\n\
            Washington (ANTARA) - Presiden menandatangani aturan itu.\n\
            JAKARTA, KOMPAS.com - Harga cabai naik.\n\
            Hong Kong CNN — Pelabuhan itu belum selesai.\n\
            KOMPAS.com - Harga bawang turun.\n\
            Pemerintah menolak usulan itu. [uh/ab]\n\
            Bantuan tiba pada Senin. (ant)";
        assert_eq!(
            kinds(text),
            vec![
                (Title, "Judul Berita", None),
                (Meta, "WASHINGTON -", None),
                (Paragraph, "Menteri Luar Negeri AS tiba di Seoul.", None),
                (Meta, "Washington (ANTARA) -", None),
                (Paragraph, "Presiden menandatangani aturan itu.", None),
                (Meta, "JAKARTA, KOMPAS.com -", None),
                (Paragraph, "Harga cabai naik.", None),
                (Meta, "Hong Kong CNN —", None),
                (Paragraph, "Pelabuhan itu belum selesai.", None),
                (Meta, "KOMPAS.com -", None),
                (Paragraph, "Harga bawang turun.", None),
                (Paragraph, "Pemerintah menolak usulan itu.", None),
                (Meta, "[uh/ab]", None),
                (Paragraph, "Bantuan tiba pada Senin.", None),
                (Meta, "(ant)", None),
            ]
        );
    }

    #[test]
    fn a_match_s_minute_opening_an_entry_is_read_past_as_a_list_s_mark() {
        let text = "Perseka dan Bintang Timur Bermain Imbang 2-2 di Tarakan\n\
            Perseka Kaltara terhindar dari kekalahan di kandang sendiri setelah bermain imbang 2-2.\n\
            Tim tamu sempat unggul dua gol lewat Marcelo Duarte dan Rahmat Saleh sebelum jeda.\n\
            12' GOL! Marcelo Duarte membuka skor lewat sepakan kaki kiri dari luar kotak penalti. Perseka 0-1 Bintang Timur\n\
            31' Kartu kuning untuk bek Perseka, Dimas Pratama, setelah menjatuhkan Rahmat Saleh dari belakang.\n\
            46' Pergantian pemain Perseka: Andi Mappaseng masuk menggantikan Fikri Aziz di babak kedua.\n\
            Pelatih Perseka mengatakan timnya tidak menyerah sampai menit terakhir pertandingan itu.\n";
        let got = kinds(text);
        assert!(has_opening(&got, Paragraph, "12' GOL! Marcelo"), "{got:?}");
        assert!(has_opening(&got, Paragraph, "31' Kartu kuning"), "{got:?}");
        let minute = |s: &str| without_minute(s, Span::new(0, s.len())).of(s).to_string();
        assert_eq!(
            minute("90+4' Yoga Irawan menyamakan kedudukan."),
            "Yoga Irawan menyamakan kedudukan."
        );
        // a number before an apostrophe in a sentence is none
        assert_eq!(minute("90' tersisa"), "90' tersisa");
        assert_eq!(
            minute("2024 adalah tahun politik."),
            "2024 adalah tahun politik."
        );
    }

    #[test]
    fn a_name_alone_over_a_credit_between_paragraphs_is_a_portrait_s_caption() {
        let text = "Lumen Pictures acquires Marisol Ferrante drama ahead of Cannes market\n\
            Lumen Pictures has acquired worldwide sales rights to the second feature from director Marisol Ferrante.\n\
            \"Marisol has an extraordinary gift for finding tenderness in landscapes,\" said Hugo Marchetti.\n\
            Marisol Ferrante\n\
            Courtesy of Fiorella Banks\n\
            Ferrante's debut, a low-budget family drama, played at several European festivals last year.\n\
            Speaking from the editing suite, the director said she wanted the new film to feel like the tide.\n";
        let got = blocks_in(text, Lang::En);
        assert!(has(&got, Caption, "Marisol Ferrante"), "{got:?}");
        assert!(has(&got, Credit, "Courtesy of Fiorella Banks"), "{got:?}");
        assert!(has(
            &got,
            Paragraph,
            "Ferrante's debut, a low-budget family drama, played at several European festivals last year."
        ), "{got:?}");
    }

    #[test]
    fn a_long_headline_in_sentence_case_over_a_shorter_standfirst_is_the_title() {
        let text = "Global Voices\n\
            Young Javanese creators bring an old script back to life on social media\n\
            Writing in aksara Jawa has become a small online trend\n\
            Written by Laras Wicaksono\n\
            For most of the last century, aksara Jawa, the traditional script of Javanese, survived mainly on street signs.\n\
            On social media, a growing number of young creators are posting short videos in which they write in the old script.\n\
            Some of the creators say the script helps them feel closer to their grandparents' life.\n";
        let got = blocks_in(text, Lang::En);
        assert!(
            has(
                &got,
                Title,
                "Young Javanese creators bring an old script back to life on social media"
            ),
            "{got:?}"
        );
        assert!(
            has(
                &got,
                Paragraph,
                "Writing in aksara Jawa has become a small online trend"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_scene_without_a_stop_between_paragraphs_is_a_caption_and_a_headline_is_not() {
        let page = |line: &str| {
            format!(
                "Kanal Pannampu Mulai Dikeruk, Warga Tallo Berharap Tak Lagi Kebanjiran\n\
                 MAKASSAR - Pemerintah Kota Makassar mulai mengeruk sedimen di Kanal Pannampu sepanjang dua kilometer sejak pekan lalu.\n\
                 Ia menjelaskan, pengerukan dikerjakan dengan dua unit ekskavator amfibi dan satu ekskavator biasa.\n\
                 {line}\n\
                 Selain lumpur, petugas juga mengangkat sampah rumah tangga dalam jumlah besar dari dasar kanal.\n\
                 Warga berharap pengerukan itu membuat permukiman mereka tidak lagi tergenang saat puncak musim hujan.\n"
            )
        };
        let scene = "Tumpukan lumpur dan sampah hasil pengerukan di tepi Kanal Pannampu";
        let text = page(scene);
        assert!(has(&blocks_in(&text, Lang::Id), Caption, scene));
        let headline = "Warga Gotong Royong Bersihkan Lumpur Sisa Banjir di Pulung";
        let text = page(headline);
        assert!(!has(&blocks_in(&text, Lang::Id), Caption, headline));
    }

    #[test]
    fn a_services_name_under_the_tags_is_no_cut_copy_of_the_paragraph_it_opens() {
        let text = "Allotment holders vow to rebuild after fire destroys four sheds\n\
            Allotment holders have vowed to rebuild after a fire destroyed four sheds and a community greenhouse.\n\
            Greater Manchester Fire and Rescue Service said the blaze was being treated as deliberate.\n\
            The allotment society has set up an online fundraiser to replace the tools that were lost.\n\
            Related topics:\n\
            Ince\n\
            Greater Manchester Fire and Rescue Service\n\
            Subscribe\n";
        let got = kinds(text);
        let tag = got
            .iter()
            .find(|b| b.1 == "Greater Manchester Fire and Rescue Service")
            .expect("the tag's block");
        assert_eq!(tag.2, None, "{got:?}");
        assert_ne!(tag.0, Paragraph, "{got:?}");
        // a cut copy of the story's paragraph is still one
        let cut = "The allotment society has set up an online fundraiser to";
        let copy = format!("{text}{cut}\n");
        let got = kinds(&copy);
        assert!(got.iter().any(|b| b.1 == cut && b.2.is_some()), "{got:?}");
        assert!(is_linked_name("Kementerian Kelautan dan Perikanan", 6));
        assert!(!is_linked_name("Greater Manchester Fire and rescue", 6));
        assert!(!is_linked_name("of the Greater Manchester Fire Service", 6));
    }

    #[test]
    fn a_desks_code_with_an_underscore_a_stop_or_two_codes_closes_the_story() {
        for code in ["(DO_07)", "(BK.27)", "(Rep-03/Ed-01)", "(J-2)", "(Ant/P-5)"] {
            assert!(is_desk_code(code), "{code}");
            let text = format!(
                "Harga Jagung Anjlok, Petani Dompu Minta Pemerintah Turun Tangan\n\
                 Petani jagung di Kabupaten Dompu mengeluhkan harga yang terus turun sejak awal panen.\n\
                 \"Jagung ini tulang punggung ekonomi kami,\" tegasnya. {code}\n"
            );
            let got = blocks_in(&text, Lang::Id);
            assert!(has(&got, Meta, code), "{got:?}");
        }
        // a letter, a stop and a number of a rule or a list is no desk's code, nor is a word
        for not in ["(No.12)", "(Pasal-12a)", "(BK.2024)", "(Covid_19)"] {
            assert!(!is_desk_code(not), "{not}");
        }
    }

    #[test]
    fn a_credit_printed_again_takes_a_scene_without_its_stop_above_it() {
        let text = "Volunteers haul bikes and a sofa out of the river in winter clean-up\n\n\
            Volunteers from Marsh Valley Trust with some of the rubbish pulled from the river\n\
            Picture: Marsh Valley Trust\n\n\
            More than a dozen bikes and a waterlogged sofa have been dragged out of the river during a volunteer clean-up on Saturday.\n\n\
            Around thirty people in waders spent the morning working their way along the banks between the mill and the footbridge.\n\n\
            The heron nesting by the weir has become the volunteers' favourite sight\n\
            Picture: Marsh Valley Trust\n\n\
            A council spokesperson thanked the volunteers and urged people to report fly-tipping rather than leave it by the water.\n\n\
            The next clean-up is planned for February, and waders and litter pickers are provided.\n";
        let got = blocks_in(text, Lang::En);
        let scene = "The heron nesting by the weir has become the volunteers' favourite sight";
        assert!(has(&got, Caption, scene), "{got:?}");
        assert!(
            holds(&got, Paragraph, "Around thirty people in waders"),
            "{got:?}"
        );
    }

    #[test]
    fn a_credit_printed_alone_and_again_at_the_end_of_a_line_parts_that_line() {
        let text = "Ice jam pushes river up four feet as crews stack sandbags\n\
            Hanna Lund\n\
            Mar 18, 2025\n\n\
            Ice piles up along the river near the south bridge on Monday afternoon.\n\
            HANNA LUND, COURIER\n\n\
            An ice jam that formed on the river over the weekend pushed water levels up more than four feet in less than a day.\n\
            No homes had flooded as of Monday evening, according to the county's emergency managers.\n\n\
            A city crew stacks sandbags around a lift station near the river on Monday.HANNA LUND, COURIER\n\n\
            Crews spent Monday checking storm sewer gates and closing a boat ramp near the water.\n\
            Forecasters said colder weather later in the week could slow the melt.\n";
        let got = blocks_in(text, Lang::En);
        let scene = "A city crew stacks sandbags around a lift station near the river on Monday.";
        assert!(has(&got, Caption, scene), "{got:?}");
        assert_eq!(
            got.iter()
                .filter(|&&(k, t)| k == Credit && t == "HANNA LUND, COURIER")
                .count(),
            2,
            "{got:?}"
        );
    }

    #[test]
    fn a_headline_listed_under_a_related_label_captions_no_credit_under_it() {
        let text = "Town water tastes of chlorine after treatment change\n\
            Residents say the water from their taps has tasted of chlorine since the council changed its treatment last week.\n\
            The council said the water was safe to drink and the taste would ease over the next week or two.\n\
            READ MORE:\n\
            Power station site sale stalls again as buyer pulls out\n\
            Workers club to host Anzac Day games after council approval\n\
            Picture Shutterstock\n\
            Mr Eade said residents who noticed a strong taste could leave a jug of water in the fridge overnight.\n\
            The progress association said residents were not convinced and wanted to see the test results.\n";
        let got = blocks_in(text, Lang::En);
        assert!(has(&got, Credit, "Picture Shutterstock"), "{got:?}");
        assert!(!holds(&got, Caption, "Workers club to host"), "{got:?}");
    }

    #[test]
    fn a_credit_printed_again_for_the_next_photo_takes_the_scene_under_it() {
        let text = "Farmers in central Myanmar turn to solar pumps as diesel prices soar\n\n\
            Farmers harvest sesame in Magway Region on March 4.\n\n\
            Photo: Supplied\n\n\
            MANDALAY - Farmers across the dry zone are switching their irrigation pumps from diesel to solar power as fuel prices keep rising.\n\n\
            Daw Khin Sandar, who runs a shop selling pumps and panels in Mandalay, said sales had tripled since the start of the year.\n\n\
            Photo: Supplied\n\n\
            Solar panels installed beside a shared tube well in Taungtha Township\n\n\
            Not everyone is convinced that the panels will last through the monsoon, and some farmers are waiting to see how their neighbours fare.\n";
        let got = blocks_in(text, Lang::En);
        let scene = "Solar panels installed beside a shared tube well in Taungtha Township";
        assert!(has(&got, Caption, scene), "{got:?}");
        // what the story reports above the credit stays the story's
        assert!(
            got.iter()
                .any(|(k, t)| *k == Paragraph && t.starts_with("Daw Khin Sandar")),
            "{got:?}"
        );
    }

    #[test]
    fn a_quotation_beside_a_credit_is_no_caption() {
        let text = "Longtail boat capsizes off Phuket, all ten on board rescued\n\
            PHUKET - Eight tourists and two crew members were plucked from the sea off the southern tip of Phuket yesterday after their longtail boat was flipped by a wave.\n\
            A fisherman working nearby told reporters he saw the longtail tip over and immediately turned his boat towards it.\n\
            \"The waves were coming from the side and the boat just rolled over. Some people were holding on to the hull, so we went for those first.\"\n\
            Photo via Khaosod\n\
            All ten people on board were wearing life jackets, which officials said was the main reason nobody was seriously hurt.\n";
        let got = blocks_in(text, Lang::En);
        assert!(
            got.iter()
                .any(|(k, t)| *k == Paragraph && t.starts_with("\"The waves were coming")),
            "{got:?}"
        );
        assert!(is_speech(
            "\u{201c}Kami minta warga ikut menjaga,\u{201d} ujarnya."
        ));
        assert!(!is_speech("\"Kapal Pinisi\" berlayar di Teluk Jakarta."));
    }

    #[test]
    fn what_the_story_reports_over_a_credit_is_no_caption_in_either_language() {
        let text = "Jalan Provinsi di Cibungbulang Ambles, Kendaraan Melintas Bergantian\n\
            BOGOR - Ruas jalan provinsi di Kecamatan Cibungbulang ambles sedalam satu meter sejak Minggu malam setelah hujan deras mengguyur kawasan itu.\n\
            Ia menambahkan, ruas tersebut memang termasuk titik rawan karena berada di tepi tebing yang berbatasan dengan aliran sungai.\n\
            Foto: Dok. Polsek Cibungbulang\n\
            Petugas mengatur arus kendaraan yang melintas bergantian di sekitar titik jalan ambles, Senin pagi.\n\
            Dinas terkait menargetkan perbaikan darurat rampung dalam sepekan agar arus kendaraan kembali normal.\n";
        let got = blocks_in(text, Lang::Id);
        assert!(
            has(
                &got,
                Caption,
                "Petugas mengatur arus kendaraan yang melintas bergantian di sekitar titik jalan ambles, Senin pagi."
            ),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(k, t)| *k == Paragraph && t.starts_with("Ia menambahkan")),
            "{got:?}"
        );
        assert!(bio::says_in_story_voice(
            "Ia menambahkan, ruas tersebut rawan."
        ));
        assert!(!bio::says_in_story_voice(
            "He says he has lost count of the ships."
        ));
    }

    #[test]
    fn the_lead_photo_s_caption_under_the_headline_is_no_title() {
        let text = "NATION\n\
            Unpaid for six months, Samar's barangay health workers keep showing up\n\
            Ria Salvacion\n\
            Published 3:45 PM, March 25, 2024\n\
            Barangay health worker Marites Daguplo weighs an infant during a monthly check-up in Catbalogan City, Samar (March 14, 2024)\n\
            Ria Salvacion/Rappler\n\
            CATBALOGAN, Philippines - Barangay health workers in Samar have not received their monthly honorarium for six months, but most of them keep showing up at the health centers.\n\
            Marites Daguplo, who has weighed infants in her barangay for 11 years, said the workers check on pregnant mothers and infants every month.\n\
            The provincial health office said the delay came from a dispute over the barangay health workers' budget.\n";
        let got = blocks_in(text, Lang::En);
        assert!(
            has(
                &got,
                Title,
                "Unpaid for six months, Samar's barangay health workers keep showing up"
            ),
            "{got:?}"
        );
        // a gallery's caption under the headline, found before the title is looked for
        let text = "Harga Karet Tak Menentu, Petani Katingan Mulai Lirik Kopi Liberika\n\
            Dian Pratama\n\
            1 / 2\n\
            Petani menyadap karet di kebun milik warga Desa Tumbang Lahang, Kecamatan Katingan Hilir\n\
            Foto: Metrokalteng/Dian Pratama\n\
            2 / 2\n\
            Bibit kopi liberika di pembibitan Kelompok Tani Harapan Baru\n\
            Foto: Metrokalteng/Dian Pratama\n\
            KASONGAN - Harga karet di tingkat petani Kabupaten Katingan terus turun sejak awal tahun dan membuat petani menyadap karet lebih jarang.\n\
            Sebagian petani mulai menanam kopi liberika di sela kebun karet milik warga di Katingan Hilir.\n";
        let got = blocks_in(text, Lang::Id);
        assert!(
            has(
                &got,
                Title,
                "Harga Karet Tak Menentu, Petani Katingan Mulai Lirik Kopi Liberika"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn an_editor_s_note_is_the_page_s() {
        for line in [
            "Editor's note: Some health workers interviewed for this story asked that their barangays not be named.",
            "Catatan redaksi: nama narasumber disamarkan atas permintaan yang bersangkutan.",
        ] {
            assert!(is_boilerplate(line), "{line}");
        }
        assert!(!is_boilerplate(
            "Catatan itu disampaikan kepada redaksi pada Senin."
        ));
    }

    #[test]
    fn a_prompt_between_the_site_s_name_and_the_headline_block_does_not_start_the_body() {
        let text = "Kabar Pangandaran\n\
            Home\n\
            Wisata\n\
            Kabar Pangandaran kini hadir di WhatsApp Channel, ikuti untuk mendapatkan kabar terbaru seputar Pangandaran langsung di ponsel Anda.\n\
            Home » Pangandaran\n\
            Libur Panjang, Balawista Pangandaran Selamatkan 9 Wisatawan Terseret Arus di Pantai Barat\n\
            Penulis: Agus Kusnadi\n\
            Senin, 1 April 2024 | 15:40 WIB\n\
            KABAR PANGANDARAN - Sedikitnya sembilan wisatawan terseret arus balik di Pantai Barat Pangandaran selama libur panjang akhir pekan lalu.\n\
            Kepala Pos Balawista Pantai Barat mengatakan seluruh wisatawan yang terseret arus berhasil diselamatkan petugas.\n\
            Menurut dia, sebagian besar korban berenang terlalu jauh dari bibir pantai Pangandaran.\n";
        let got = blocks_in(text, Lang::Id);
        assert!(
            has(
                &got,
                Title,
                "Libur Panjang, Balawista Pangandaran Selamatkan 9 Wisatawan Terseret Arus di Pantai Barat"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_scene_without_a_stop_under_a_credit_wins_over_a_long_paragraph_above_it() {
        let text = "Jembatan Gantung Putus, Pelajar di Cikaso Menyeberang dengan Rakit\n\
            SUKABUMI - Jembatan gantung penghubung dua desa di Kecamatan Tegalbuleud putus diterjang banjir sejak Senin pekan lalu.\n\
            Pantauan Radar Sukabumi di lokasi, rakit berukuran sekitar dua kali empat meter itu dioperasikan secara bergiliran oleh pemuda setempat. Sekali menyeberang, rakit hanya mampu mengangkut delapan orang dan ditarik dengan tambang yang dibentangkan di antara dua pohon.\n\
            Foto: Dok. BPBD Kabupaten Sukabumi\n\
            Pelajar SMP menyeberangi Sungai Cikaso dengan rakit bambu yang ditarik tambang\n\
            Kepala desa setempat berharap pemerintah daerah segera membangun jembatan darurat bagi warga dan pelajar.\n";
        let got = blocks_in(text, Lang::Id);
        assert!(
            has(
                &got,
                Caption,
                "Pelajar SMP menyeberangi Sungai Cikaso dengan rakit bambu yang ditarik tambang"
            ),
            "{got:?}"
        );
        assert!(
            got.iter()
                .any(|(k, t)| *k == Paragraph && t.starts_with("Pantauan Radar Sukabumi")),
            "{got:?}"
        );
    }

    #[test]
    fn a_credit_between_prose_captions_the_shorter_line() {
        // a credit printed before its caption, under a paragraph of the story
        let page = "Rupiah Weakens as Reserves Fall\n\
                    Bank Indonesia sold dollars on Monday to slow the rupiah's fall, traders \
                    said.\n\
                    Reserves fell to $139 billion at the end of May from $146 billion at the \
                    start of the year, according to central bank data, a decline that reflects \
                    both intervention and payments on external debt.\n\
                    Photo: Bank Indonesia / Handout\n\
                    Bank Indonesia's headquarters on Jalan MH Thamrin in central Jakarta.\n\
                    Economists expect the central bank to hold its rate at its meeting next \
                    week, citing the weaker currency.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                BlockKind::Caption,
                "Bank Indonesia's headquarters on Jalan MH Thamrin in central Jakarta."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_teaser_for_the_page_s_video_after_the_title_is_clutter() {
        let page = "Watch: Heatwave Grips Karachi as Hospitals Fill Up\n\
                    Hospitals in Karachi treated hundreds of people for heatstroke on Monday, \
                    officials said.\n\
                    Watch: Doctors explain how to recognise the early signs of heatstroke.\n\
                    The provincial government extended school holidays by a week.\n";
        let got = blocks_in(page, Lang::En);
        // on a video page the label opens the headline
        assert!(
            has(
                &got,
                BlockKind::Title,
                "Watch: Heatwave Grips Karachi as Hospitals Fill Up"
            ),
            "{got:?}"
        );
        assert!(
            has(
                &got,
                BlockKind::Boilerplate,
                "Watch: Doctors explain how to recognise the early signs of heatstroke."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_scene_under_the_headline_s_byline_is_no_title() {
        // the lead photo's caption, without a credit or an article, shares more of the story's
        // words than the headline above it with its byline
        let page = "Malawi24\nHome\nNews\n\
                    Prices climb as ADMARC depots run dry\n\
                    By Chikondi Banda\nMarch 7, 2024\nShare on Facebook\n\
                    Vendors selling maize at Nsungwi market in Lilongwe\n\
                    Vendors selling maize at Nsungwi market in Lilongwe say prices have doubled \
                    since ADMARC depots ran dry.\n\
                    Traders at Nsungwi market now sell a bag of maize for twice last month's \
                    price, vendors in Lilongwe said.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                BlockKind::Title,
                "Prices climb as ADMARC depots run dry"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_opening_the_title_is_no_cut_copy_of_it() {
        let page = "Marigold Logistics Trust's DPU down 11.3% on higher finance costs\n\
                    Marigold Logistics Trust reported a lower distribution per unit for the half \
                    year as its finance costs rose.\n\
                    Occupancy slipped after a tenant vacated its Jurong warehouse in October.\n\
                    Topics\n\
                    Marigold Logistics Trust\n\
                    Occupancy slipped after a tenant vacated its Jur\n";
        let got = find_blocks(page, Lang::En);
        let of = |text: &str| got.iter().find(|b| b.span.of(page) == text).unwrap();
        assert_eq!(of("Marigold Logistics Trust").duplicate_of, None);
        assert_ne!(of("Marigold Logistics Trust").kind, BlockKind::Title);
        // the cut copy of a paragraph is still one
        assert!(of("Occupancy slipped after a tenant vacated its Jur")
            .duplicate_of
            .is_some());
    }

    #[test]
    fn a_cut_copy_of_the_caption_is_no_title() {
        let text = "BATAMTODAY.COM\n\
            Pembaca yang budiman, BATAMTODAY.COM kini hadir di Google News. Ikuti kami agar tidak ketinggalan berita terbaru dari Kepri.\n\
            Batam\n\
            Pasokan Air Terganggu Tiga Hari, Warga Batu Aji Antre Air Tangki Sejak Subuh\n\
            Selasa, 12-03-2024 | 14:22 WIB\n\
            Oleh : Hendra Sitepu\n\
            Warga Perumahan Bukit Raya, Batu Aji, mengantre air bersih dari mobil tangki, Selasa (12/3/2024).(Foto: Hendra Sitepu/BATAMTODAY.COM)\n\
            Warga Perumahan Bukit Raya, Batu Aji, mengantre air bersih dari mobil\n\
            BATAMTODAY.COM, Batam - Ribuan pelanggan air bersih di Kecamatan Batu Aji dan Sagulung mengalami gangguan pasokan selama tiga hari terakhir. Warga terpaksa mengantre air dari mobil tangki yang disiagakan di sejumlah titik sejak subuh.\n\
            Pantauan BATAMTODAY.COM di Perumahan Bukit Raya, Selasa (12/3/2024) pagi, puluhan warga sudah berjejer membawa jeriken dan ember sebelum mobil tangki tiba sekitar pukul 06.00 WIB. Setiap keluarga dibatasi maksimal enam jeriken.\n\
            \"Dari Sabtu malam air tidak mengalir sama sekali. Anak-anak mau sekolah, mandi pun susah,\" kata Rosnida (39), warga Blok C, sambil menenteng dua jeriken.\n\
            Warga lain, Jufri (52), mengaku sudah membeli air dari penjual keliling seharga Rp 5.000 per jeriken. Menurut dia, pengeluaran keluarganya untuk air dalam tiga hari ini sudah lebih dari Rp 150.000.\n\
            Baca juga: DPRD Batam Panggil Pengelola SPAM Soal Keluhan Air Mati Berulang\n";
        let got = blocks_in(text, Lang::Id);
        assert!(
            has(
                &got,
                Title,
                "Pasokan Air Terganggu Tiga Hari, Warga Batu Aji Antre Air Tangki Sejak Subuh"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_pitch_s_question_stays_with_its_order_and_a_gallery_does_not_end_the_story() {
        let text = "Fertiliser shortage hits Chitwan farmers ahead of paddy season\n\
            CHITWAN - Farmers in Chitwan queued for hours on Monday outside cooperative offices, but many went home without a single sack of urea.\n\
            The district needs around 9,000 tonnes of urea for the coming season, but less than half has arrived so far.\n\
            Want the most important stories from Nepal in your inbox every morning? Sign up for Republica's free newsletter.\n\
            Officials said delays in the arrival of imported consignments had disrupted supply across the central Tarai.\n\
            1 / 2\n\
            Farmers wait outside a cooperative office in Ratnanagar\n\
            Photo: Republica\n\
            2 / 2\n\
            Sacks of urea stacked in a cooperative's store\n\
            The agriculture office said the next consignment was expected to reach the district by the end of the week.\n\
            This story was compiled from interviews with farmers and cooperative officials.\n\
            Editor: Ram Sharma\n";
        let got = blocks_in(text, Lang::En);
        assert!(
            has(
                &got,
                Boilerplate,
                "Want the most important stories from Nepal in your inbox every morning? Sign up for Republica's free newsletter."
            ),
            "{got:?}"
        );
        assert!(
            has(
                &got,
                Paragraph,
                "The agriculture office said the next consignment was expected to reach the district by the end of the week."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_line_whose_verb_of_saying_opens_the_quotation_under_it_is_the_storys() {
        let intro = "A Sunderland City Council spokesperson said:";
        let text = format!(
            "Seafront Traders Blame New Parking Charges for Quiet Spring\n\
             Traders on the seafront say takings have fallen since pay and display arrived.\n\
             Other traders along the front said they had also noticed a drop in visitors.\n\
             {intro}\n\
             \"The charges were introduced after a public consultation last year.\"\n\
             Opposition councillors have called for the policy to be reviewed next month.\n"
        );
        let got = blocks_in(&text, Lang::En);
        assert!(has(&got, Paragraph, intro), "{got:?}");
        // without the quotation under it, a label of a widget is what it reads as
        let label = text.replace(
            "\"The charges were introduced after a public consultation last year.\"\n",
            "",
        );
        assert!(!has(&blocks_in(&label, Lang::En), Paragraph, intro));
    }

    #[test]
    fn a_line_introducing_a_list_under_a_credit_is_no_caption() {
        let scene =
            "Parish councillor Ann Holt at the edge of one of the fields earmarked for the \
                     scheme";
        let intro = "If the committee agrees with officers, the permission would come with a \
                     number of conditions, including:";
        let text = format!(
            "Solar Farm Plan Goes to Committee After 300 Objections\n\
             A plan for a 40-hectare solar farm near Great Ayton will be decided next week.\n\
             Residents lodged more than 300 objections, most about the view from the moor.\n\
             The developer said the land would still be grazed by sheep between the rows.\n\
             {scene}\nPicture: Rhona Pettigrew\n{intro}\n\
             - a 40-year limit, after which the panels must be removed\n\
             - no construction traffic during school drop-off times\n\
             The committee's decision is expected on Tuesday afternoon.\n"
        );
        let got = blocks_in(&text, Lang::En);
        assert!(has(&got, Caption, scene), "{got:?}");
        assert!(has(&got, Paragraph, intro), "{got:?}");
        assert!(has(
            &got,
            Paragraph,
            "- no construction traffic during school drop-off times"
        ));
    }

    #[test]
    fn the_storys_dateline_glued_after_a_credit_inside_the_caption_s_line() {
        let caption = "Warga mengisi jeriken dari truk tangki milik BPBD, Rabu (7/8/2024).";
        let story = "Sedikitnya 340 kepala keluarga kini bergantung pada kiriman air bersih dari \
                     truk tangki.";
        for (credit, dateline) in [
            (
                "(Foto: Wahyu Prasetyo/Kabarlereng)",
                "KABARLERENG.COM, KALIKAJAR –",
            ),
            ("[Foto: Dok. BPBD]", "KALIKAJAR, Kabarlereng.com -"),
        ] {
            let text = format!(
                "Krisis Air Bersih, Warga Dua Dusun Bergantung pada Truk Tangki\n\
                 {caption} {credit} {dateline} {story}\n\
                 Debit mata air yang selama ini mengalir ke permukiman turun drastis sejak Juli.\n\
                 Kepala desa meminta pemerintah daerah membangun sumur bor di dua dusun itu.\n"
            );
            let got = blocks_in(&text, Lang::Id);
            assert!(has(&got, Caption, caption), "{got:?}");
            assert!(has(&got, Credit, credit), "{got:?}");
            assert!(has(&got, Meta, dateline), "{got:?}");
            assert!(has(&got, Paragraph, story), "{got:?}");
        }
    }

    #[test]
    fn a_list_a_verb_of_listing_introduces_is_the_storys_whatever_its_items() {
        let text = "Dededo Residents Face Third Day of Low Water Pressure\n\
            Hundreds of households in upper Dededo went into a third day with little water.\n\
            The utility said the motor burned out early Monday, cutting pressure uphill.\n\
            Affected areas include:\n- Upper Machananao\n- Ukudu\n- Parts of Wusstig Road\n\
            Crews expect pressure to return by Friday, the utility's spokesperson said.\n";
        let got = blocks_in(text, Lang::En);
        for line in [
            "Affected areas include:",
            "- Ukudu",
            "- Parts of Wusstig Road",
        ] {
            assert!(has(&got, Paragraph, line), "{line}: {got:?}");
        }
        // a widget's label over short items is the page's
        let tags = text.replace("Affected areas include:", "Related topics here:");
        let got = blocks_in(&tags, Lang::En);
        assert!(!has(&got, Paragraph, "- Ukudu"), "{got:?}");
    }

    #[test]
    fn a_list_the_story_introduces_keeps_items_that_lost_their_marks() {
        let text = "Flooded homes in East Trail face a long clean-up\n\
            Residents of East Trail spent the weekend pumping water out of their basements.\n\
            The water main under Columbia Avenue burst on Saturday morning, the city said.\n\
            The city says homeowners affected by the flooding should:\n\
            Take photos of any damage before cleaning up;\n\
            Contact their home insurer as soon as possible;\n\
            Keep receipts for clean-up supplies and equipment rental;\n\
            Call city hall to report damage so it can be logged with the incident.\n\
            Crews expect to finish repairs on the main by the end of the week, the city said.\n\
            Halaman 1 / 2\n";
        let got = blocks_in(text, Lang::En);
        for line in [
            "Take photos of any damage before cleaning up;",
            "Contact their home insurer as soon as possible;",
            "Keep receipts for clean-up supplies and equipment rental;",
        ] {
            assert!(has(&got, Paragraph, line), "{line}: {got:?}");
        }
        // the list ends at its item with a stop: a page's counter under the story is not one
        assert!(!has(&got, Paragraph, "Halaman 1 / 2"), "{got:?}");
        // a teaser's label shouted before the sentence introduces no list of the story
        let teaser = text.replace(
            "The city says homeowners affected by the flooding should:",
            "WATCH | Residents describe what the water did to their homes:",
        );
        let got = blocks_in(&teaser, Lang::En);
        assert!(
            !has(
                &got,
                Paragraph,
                "Contact their home insurer as soon as possible;"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_gallerys_captions_listed_under_its_one_counter_over_its_credit() {
        let story = [
            "The municipality opened six cold storage rooms at the Al Wakrah fish market on \
             Sunday, ahead of the summer months.",
            "Vendors had complained for years that fish spoiled on the counters by noon.",
            "The official said the rooms would be inspected weekly by the health department.",
            "Vendors found storing fish outside the rooms will be fined, he added.",
        ];
        let captions = [
            "One of the new cold storage rooms at the market.",
            "Inspectors check the temperature of a delivery.",
            "Shoppers at the market after sunset.",
        ];
        let text = format!(
            "Fish Market Opens Cold Rooms Before Summer\n{}\n{}\n1 / 3\n{}\n{}\n{}\n\
             PICTURES: Rajeev Menon\n{}\n{}\n",
            story[0], story[1], captions[0], captions[1], captions[2], story[2], story[3]
        );
        let got = blocks_in(&text, Lang::En);
        for caption in captions {
            assert!(has(&got, Caption, caption), "{caption}: {got:?}");
        }
        for line in story {
            assert!(has(&got, Paragraph, line), "{line}: {got:?}");
        }
        // with no credit under them, or fewer lines than the counter counts, none is read so
        let uncredited = text.replace("PICTURES: Rajeev Menon\n", "");
        assert!(!has(
            &blocks_in(&uncredited, Lang::En),
            Caption,
            captions[0]
        ));
        let short = text.replace(&format!("{}\n", captions[2]), "");
        assert!(!has(&blocks_in(&short, Lang::En), Caption, captions[0]));
    }

    #[test]
    fn a_gallery_slot_under_its_counter_holds_the_photo_caption() {
        let text = "Petani Konawe Keluhkan Harga Gabah Anjlok di Tingkat Pengepul\n\
            Kamis, 07 Maret 2024 | 09:15 WITA\n\
            KONAWE - Panen raya padi musim tanam pertama mulai berlangsung di sejumlah kecamatan di Kabupaten Konawe sejak awal bulan ini.\n\
            Di Desa Wonggeduku, gabah kering panen dibeli pengepul dengan harga yang jauh lebih rendah dibanding musim lalu.\n\
            1 / 3\n\
            Petani memanen padi menggunakan mesin di Desa Wonggeduku.\n\
            FOTO: LA ODE RUSDIN/KENDARI POS\n\
            2 / 3\n\
            Gabah hasil panen dijemur di halaman rumah warga Kecamatan Wonggeduku\n\
            3 / 3\n\
            Pengepul menimbang karung gabah milik petani sebelum diangkut ke penggilingan.\n\
            Ketua kelompok tani setempat mengatakan penurunan harga terjadi hampir setiap kali panen raya tiba di daerah itu.\n\
            Ia berharap pemerintah daerah segera membeli gabah petani melalui Bulog dengan harga yang wajar.\n";
        let got = blocks_in(text, Lang::Id);
        for caption in [
            "Gabah hasil panen dijemur di halaman rumah warga Kecamatan Wonggeduku",
            "Pengepul menimbang karung gabah milik petani sebelum diangkut ke penggilingan.",
        ] {
            assert!(has(&got, Caption, caption), "{caption}: {got:?}");
        }
        // after the last photo's slot the story goes on
        assert!(
            got.iter()
                .any(|(k, t)| *k == Paragraph && t.starts_with("Ketua kelompok tani")),
            "{got:?}"
        );
        // one counter alone makes no gallery
        let alone = text.replace("2 / 3\n", "").replace("1 / 3\n", "");
        let got = blocks_in(&alone, Lang::Id);
        assert!(
            !has(
                &got,
                Caption,
                "Gabah hasil panen dijemur di halaman rumah warga Kecamatan Wonggeduku"
            ),
            "{got:?}"
        );
        assert_eq!(gallery_counter("2 / 3"), Some((2, 3)));
        assert_eq!(gallery_counter("4 of 9"), Some((4, 9)));
        assert_eq!(gallery_counter("Foto 2 dari 3"), Some((2, 3)));
        assert_eq!(gallery_counter("4 / 3"), None);
        assert_eq!(gallery_counter("1/1"), None);
        assert_eq!(gallery_counter("Halaman 2 / 3"), None);
        // one counter printed over and under its photo makes none either: the story goes on
        let lead = "Volunteers have spent three weekends hauling stone up a fellside above \
                    Grasmere to rebuild a path swept away in January.";
        let twice = format!(
            "Volunteers rebuild storm-hit path above Grasmere\n1 / 4\n\
             Volunteers carry stone up the fellside above Grasmere on Saturday\n\
             Picture: Fellside Footpath Trust\n1 / 4\n{lead}\n\
             Around 80 metres of the route was left as a channel of loose rock and mud.\n"
        );
        let got = blocks_in(&twice, Lang::En);
        assert!(has(&got, Paragraph, lead), "{got:?}");
    }

    #[test]
    fn categories_parted_by_commas_over_the_headline_are_no_title() {
        let text = "Middle East Monitor\n\
            Africa, Middle East, News, Tunisia\n\
            Tunisian lawyers walk out of courts after colleague detained over radio remarks\n\
            May 14, 2024 at 2:10 pm\n\
            Lawyers across Tunisia boycotted court hearings on Tuesday after a defence lawyer was detained over radio remarks.\n\
            The lawyer was taken from his home on Sunday night and questioned for several hours.\n";
        let got = blocks_in(text, Lang::En);
        assert!(
            has(
                &got,
                Title,
                "Tunisian lawyers walk out of courts after colleague detained over radio remarks"
            ),
            "{got:?}"
        );
        assert!(is_comma_label_row("Africa, Middle East, News, Tunisia"));
        assert!(!is_comma_label_row(
            "Jokowi, Prabowo dan Anies Hadiri Pelantikan"
        ));
        assert!(!is_comma_label_row("Jakarta, Bandung"));
    }

    #[test]
    fn a_credit_in_brackets_opening_a_line_is_followed_by_its_caption() {
        let text = "Mahasiswa Malang Rakit Sensor Banjir untuk Kampungnya\n\
            Dimas Arya Pratama merakit prototipe sensor banjir bersama tiga rekannya di kampung.\n\
            (Dok. Istimewa) Tampilan pesan peringatan otomatis di grup WhatsApp warga Samaan.\n\
            Badan Penanggulangan Bencana Daerah Kota Malang menyambut baik inisiatif tersebut.\n\
            (ANTARA) - Pemerintah kota akan mereplikasi sistem itu di kelurahan lain tahun depan.\n";
        let got = kinds(text);
        assert!(got.contains(&(Credit, "(Dok. Istimewa)", None)), "{got:?}");
        assert!(has_opening(&got, Caption, "Tampilan pesan"), "{got:?}");
        assert!(
            !got.iter().any(|k| k.0 == Credit && k.1 == "(ANTARA)"),
            "{got:?}"
        );
    }

    #[test]
    fn a_dateline_on_a_cut_copy_of_a_caption_is_no_story_s_dateline() {
        let page = "Sawah Terendam Banjir di Lombok Timur\n\
            TERENDAM: Seorang petani memeriksa padinya di Desa Pohgading, Selasa (5/3). \
            (ZULKIFLI/RADAR LOMBOK)\n\
            TERENDAM: Seorang petani memeriksa padinya di Desa Pohga\n\
            SELONG–Hujan deras yang mengguyur Kabupaten Lombok Timur membuat ratusan hektare \
            sawah terendam.\n\
            Data sementara Dinas Pertanian mencatat sedikitnya 340 hektare tanaman padi rusak.\n";
        assert!(copies_the_line_above(
            page,
            page.find("TERENDAM: Seorang petani memeriksa padinya di Desa Pohga\n")
                .unwrap()
        ));
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Meta, "SELONG–"), "{got:?}");
    }

    #[test]
    fn a_portrait_s_caption_quoting_its_subject() {
        let page = "Farmers urged to wait for subsidised fertiliser\n\
            Agriculture minister Peter Mwale said deliveries to all depots would be completed by the end of the month.\n\
            Mwale: Farmers must not panic\n\
            He said the ministry had hired more trucks to move the fertiliser from the central warehouse in Lilongwe.\n\
            Farmers in Kasungu said they had queued for three days without being served.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(&got, Caption, "Mwale: Farmers must not panic"),
            "{got:?}"
        );
        // a label of no one the story names is none
        let other = page.replace("Mwale: Farmers", "Update: Farmers");
        let got = blocks_in(&other, Lang::En);
        assert!(
            !has(&got, Caption, "Update: Farmers must not panic"),
            "{got:?}"
        );
    }

    #[test]
    fn a_note_on_how_the_story_was_reported() {
        assert!(is_reporting_note(
            "The reporter travelled on the Howrah-Babughat route on two evenings this week and \
             spoke to commuters at both jetties for this report."
        ));
        assert!(is_reporting_note(
            "Catatan: Wartawan Merauke Today mengikuti perjalanan tim Dinas Kesehatan ke \
             Distrik Okaba. Seluruh biaya peliputan ditanggung oleh redaksi."
        ));
        assert!(!is_reporting_note(
            "Wartawan senior Budi Santoso meninggal dunia di Jakarta pada usia 72 tahun."
        ));
    }

    #[test]
    fn a_row_of_topics_parted_by_commas_is_the_page_s() {
        assert!(is_tag_row(
            "Asia-Pacific, Climate Change, Food and Agriculture, Headlines, Natural Resources"
        ));
        // a headline listing three names, a sentence's list
        assert!(!is_tag_row("Jokowi, Prabowo, Anies Meet in Jakarta"));
        assert!(!is_tag_row(
            "Rice, Sugar, Cooking Oil, Chillies Get Pricier Before Eid"
        ));
        assert!(!is_tag_row("Beras, gula, minyak goreng, dan cabai naik."));
    }

    #[test]
    fn a_dateline_alone_its_dash_after_a_space_or_an_outlet_s_code() {
        assert!(is_dateline_only("Washington (ANTARA) -"));
        assert!(is_dateline_only("Lampung Barat (SL)-"));
        assert!(is_dateline_only("SELONG–"));
        assert!(is_dateline_only("Kabupaten Bima, Bimaekspres.-"));
        assert!(!is_dateline_only("Harga naik lagi di pasar itu.-"));
        assert!(is_dateline_only("Ho, March 7, GNA –"));
        assert!(is_dateline_only(
            "PORT VILA, 20 MARCH 2024 (VANUATU DAILY POST) ---"
        ));
        assert!(!is_dateline_only("Harga naik (lihat tabel)-"));
        assert!(!is_dateline_only("BPJS-"));
    }

    #[test]
    fn initials_in_capitals_in_brackets_are_an_editor_s() {
        assert!(is_editor_initials("[NP/RPA]"));
        assert!(is_editor_initials("(LK/ZH)"));
        // capitalized, a reporter's and the desk's ("Red": redaksi); not a credit's words
        assert!(is_editor_initials("(Hs/Red)"));
        assert!(is_editor_initials("(rb/kom/rid/JPR)"));
        assert!(!is_editor_initials("(Dok/Ist)"));
        assert!(!is_editor_initials("(Foto/Ist)"));
        assert!(!is_editor_initials("(AP/AFP)"));
        assert!(!is_editor_initials("(ANTARA/HO)"));
        assert!(!is_editor_initials("[NP]"));
        // a reporter's initials with the outlet's name; a photographer's name is a credit
        assert!(is_editor_initials("(agg/Palu Ekspres)"));
        assert!(is_editor_initials("[rin/Radar Sampit]"));
        assert!(!is_editor_initials("(Andi/Palu Ekspres)"));
        let text = "Kasus DBD Naik Saat Pancaroba\n\
            Kasus demam berdarah dengue kembali meningkat di sejumlah daerah seiring pancaroba.\n\
            Ilustrasi foging di permukiman warga\n\
            Selain pemantauan di rumah, dokter mengingatkan pentingnya gerakan 3M Plus di rumah.\n\
            \"Fogging hanya membunuh nyamuk dewasa,\" tambahnya.\n\
            [NP/RPA]\n";
        let got = kinds(text);
        assert!(got.contains(&(Meta, "[NP/RPA]", None)), "{got:?}");
        assert!(has_opening(&got, Paragraph, "\"Fogging hanya"), "{got:?}");
    }

    #[test]
    fn a_source_in_brackets_after_the_last_stop_is_read_apart() {
        let text = "Free bus rides for Hawke's Bay students\n\
            A bus on Heretaunga St in Hastings (file image). (Source: 1News)\n\
            Secondary school students in Hawke's Bay will ride regional buses for free from next term.\n\
            Councillors voted on Tuesday to fund the trial, which will cost about $1.4 million.\n";
        let got = blocks_in(text, Lang::En);
        assert!(
            has(
                &got,
                Caption,
                "A bus on Heretaunga St in Hastings (file image)."
            ),
            "{got:?}"
        );
        assert!(!got
            .iter()
            .any(|b| b.1.contains("(Source: 1News)") && b.0.is_translated()));
        assert_eq!(bracketed_source("Harga naik (Sumber: BPS)"), None);
    }

    #[test]
    fn a_domain_in_brackets_closing_the_last_paragraph_is_its_source() {
        let text = "Tebing Selokan Mataram Ambrol di Sleman\n\
            Tebing saluran irigasi Selokan Mataram ambrol pada Minggu malam.\n\
            Pihak kalurahan akan mengusulkan bantuan pompa air. ( Tribunjogja.com )\n\
            Warga diminta menjauhi tebing itu. (Tribunjogja.com)";
        let got = kinds(text);
        assert!(got.contains(&(
            Paragraph,
            "Pihak kalurahan akan mengusulkan bantuan pompa air.",
            None
        )));
        assert!(got.contains(&(Meta, "( Tribunjogja.com )", None)));
        assert!(got.contains(&(Meta, "(Tribunjogja.com)", None)));
        // a domain inside a sentence stays in it
        assert!(is_bracketed_domain("(tribun-timur.com)"));
        assert!(!is_bracketed_domain("(kata dia.com)"));
    }

    #[test]
    fn a_shouted_place_before_a_colon_is_a_dateline_but_a_headline_s_source_is_not() {
        let text = "Judul Berita Hari Ini\n\
            SINGAPORE: Pemerintah menaikkan tarif air mulai bulan depan untuk semua rumah tangga.\n\
            KUALA LUMPUR:\n\
            Harga minyak goreng naik lagi di seluruh negeri pada pekan ini.\n\
            VOA: Apa yang akan dilakukan pemerintah setelah ini?\n\
            BPBD: Tanggul Darurat Dipasang Setelah Air Surut";
        let got = kinds(text);
        assert_eq!(got[1], (Meta, "SINGAPORE:", None));
        assert_eq!(got[2].0, Paragraph);
        assert!(got[2].1.starts_with("Pemerintah menaikkan"), "{got:?}");
        assert_eq!(got[3], (Meta, "KUALA LUMPUR:", None));
        // a speaker label of three letters and a headline naming its source keep their line
        assert!(
            got.iter()
                .any(|k| k.1.starts_with("VOA: Apa") && k.0 == Paragraph),
            "{got:?}"
        );
        assert!(got.iter().all(|k| k.1 != "BPBD:"), "{got:?}");
    }

    #[test]
    fn numbered_desk_codes_among_editor_initials_close_a_paragraph() {
        let text = "Judul Berita\n\
            Pemerintah daerah berjanji menyampaikan aspirasi itu pekan depan. (mcr23/jpnn)\n\
            Source: Reuters/ec";
        let got = kinds(text);
        assert!(got.contains(&(Meta, "(mcr23/jpnn)", None)), "{got:?}");
        assert!(got.contains(&(Meta, "Source: Reuters/ec", None)), "{got:?}");
        // a desk's code in lower case, as a local site signs its reporters (round 315)
        let got = kinds(
            "Judul Berita\nHarga kopi bubuk kemasan seperempat kilogram ikut naik di pasar. (mn-03)",
        );
        assert!(got.contains(&(Meta, "(mn-03)", None)), "{got:?}");
        // a date in brackets has no letters: it stays in the sentence
        let got = kinds(
            "Judul Berita\nBanjir di kawasan itu akhirnya surut pada Senin pagi setelah hujan reda. (21/3/2024)",
        );
        assert!(got.iter().all(|k| k.1 != "(21/3/2024)"), "{got:?}");
    }

    #[test]
    fn a_credit_printed_again_does_not_take_the_next_paragraph_as_its_caption() {
        let text = "Judul Berita Tentang Sawah\n\
            Petani menanam padi di sawah bertingkat dekat Tabanan, Bali, Februari 2024.\n\
            Made Sutama/AFP via Getty Images\n\
            toggle caption\n\
            Made Sutama/AFP via Getty Images\n\
            Di lereng bukit di tengah Bali, seorang petani menanam bibit padi satu per satu.\n\
            Keluarganya sudah menggarap sawah itu selama beberapa generasi.";
        let got = kinds(text);
        assert!(
            got.contains(&(
                Caption,
                "Petani menanam padi di sawah bertingkat dekat Tabanan, Bali, Februari 2024.",
                None
            )),
            "{got:?}"
        );
        assert_eq!(got.iter().filter(|k| k.0 == Caption).count(), 1, "{got:?}");
        assert!(has_opening(&got, Paragraph, "Di lereng bukit"));
    }

    #[test]
    fn notes_headed_about_an_interview_s_questions_a_role_under_the_byline() {
        // after the story, what an "About …" heading opens is the page's, however long
        let page = "Nusantara Solar Signs Agreement to Build a Plant\n\
            The company announced an agreement with the province to build a solar plant on old mining land.\n\
            The plant is expected to start operating in 2026 and to employ hundreds of local workers.\n\
            About Us\n\
            The firm assists foreign investors throughout Asia from offices across the world, including Jakarta.\n\
            We also maintain offices or have alliance partners in the Philippines, Malaysia and Vietnam.\n";
        let got = kinds(page);
        assert!(
            got.iter()
                .filter(|k| k.1.starts_with("The firm") || k.1.starts_with("We also"))
                .all(|k| k.0 == Boilerplate),
            "{got:?}"
        );
        assert!(is_about_heading("Tentang Penulis"));
        assert!(!is_about_heading(
            "About the dam's history, officials said little."
        ));
        // one question to "you" makes the page an interview, and its other questions stay
        let page = "Wawancara: Peneliti Pemilu Soal Politik Uang\n\
            Politik uang masih menjadi persoalan besar di pemilu kali ini, terutama di tingkat desa.\n\
            Apa temuan utama riset Anda?\n\
            Kami menemukan pembagian uang dan sembako masih terjadi di sebagian besar desa.\n\
            Apakah pemilih menerima uang itu?\n\
            Banyak yang menerima, tetapi tidak semuanya memilih calon yang memberi uang.\n";
        let got = kinds(page);
        assert!(
            got.contains(&(Paragraph, "Apakah pemilih menerima uang itu?", None)),
            "{got:?}"
        );
        // without it, such a question is an explainer's subheading
        let plain = page.replace(
            "Apa temuan utama riset Anda?",
            "Apa temuan utama riset itu?",
        );
        let got = kinds(&plain);
        assert!(
            got.contains(&(Meta, "Apakah pemilih menerima uang itu?", None)),
            "{got:?}"
        );
        // the author's role under a byline of the name alone, and an outlet of two words in
        // brackets after the place
        let page = "Kota Kita Butuh Trotoar, Bukan Flyover Baru\n\
            Bagas Wicaksono\n\
            Peneliti kebijakan transportasi di sebuah lembaga kajian di Yogyakarta.\n\
            Denpasar (Bisnis Bali) – Setiap kali kemacetan memburuk, jawaban pemerintah daerah selalu sama.\n\
            Padahal pengalaman banyak kota menunjukkan jalan baru justru menarik lebih banyak kendaraan.\n";
        let got = kinds(page);
        let role = "Peneliti kebijakan transportasi di sebuah lembaga kajian di Yogyakarta.";
        assert!(got.contains(&(Meta, role, None)), "{got:?}");
        assert!(
            got.iter()
                .any(|k| k.0 == Meta && k.1 == "Denpasar (Bisnis Bali) –"),
            "{got:?}"
        );
    }

    #[test]
    fn shortcodes_left_in_the_text_and_a_paragraph_cut_by_an_advertisement() {
        let page = "Sampah Kiriman Kembali Penuhi Pantai Kuta\n\
            [caption id=\"attachment_4521\" align=\"alignnone\" width=\"800\"] Petugas membersihkan sampah di Pantai Kuta, Rabu (27/3/2024). (Foto: Istimewa)[/caption]\n\
            Sampah kiriman kembali memenuhi Pantai Kuta sejak awal pekan ini menurut petugas.\n\
            Penambahan petugas itu diharapkan bisa mengurangi sampah yang\n\
            ADVERTISEMENT\n\
            selama ini menumpuk di bibir pantai setiap pagi.\n\
            [/caption]\n";
        let got = kinds(page);
        assert!(
            has_opening(&got, Caption, "Petugas membersihkan"),
            "{got:?}"
        );
        assert!(got.contains(&(Credit, "(Foto: Istimewa)", None)), "{got:?}");
        assert!(
            got.iter()
                .filter(|k| k.1.starts_with('['))
                .all(|k| k.0 == Boilerplate),
            "{got:?}"
        );
        let cut = "Penambahan petugas itu diharapkan bisa mengurangi sampah yang";
        assert!(got.contains(&(Paragraph, cut, None)), "{got:?}");
        // an editor's initials and a credit in brackets are no shortcodes
        assert!(shortcode("[uh/ab]").is_none());
        assert!(shortcode("[Istimewa]").is_none());
        assert!(shortcode("[gambas:video 20detik]").is_none());
    }

    #[test]
    fn a_wire_page_s_byline_date_and_list() {
        // an agency alone under the headline is the byline; a date with its label and zone
        let page = "Cambodia and Indonesia to expand rice trade\n\
            Xinhua\n\
            Publication date 28 March 2024 | 10:12 ICT\n\
            Cambodia and Indonesia have agreed to expand trade in rice, the ministry said on Thursday.\n\
            Under the deal, Indonesia could buy up to 250,000 tonnes of milled rice a year.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Meta, "Xinhua"), "{got:?}");
        assert!(
            has(&got, Meta, "Publication date 28 March 2024 | 10:12 ICT"),
            "{got:?}"
        );
        // so is a writer's name and a code; an agency's photographer there keeps his credit
        for (line, kind) in [
            ("Adi Prasetyo / RIA", Meta),
            ("ANTARA FOTO/Budi Santoso", Credit),
        ] {
            let page = format!(
                "Transjakarta Tambah 50 Bus Listrik untuk Rute Pinggiran\n\
                {line}\n\
                Kamis, 21 Maret 2024 | 13:05 WIB\n\
                PT Transjakarta menambah 50 unit bus listrik yang akan melayani rute pinggiran.\n\
                Bus baru diprioritaskan untuk rute dengan waktu tunggu terlama di ibu kota.\n"
            );
            let got = blocks_in(&page, Lang::Id);
            assert!(has(&got, kind, line), "{got:?}");
        }
        // a byline with the outlet after a slash, a shouted place with the date in brackets
        let page = "Malaysian palm oil firms eye Indonesian plantations\n\
            By Sharon Tan / theedgemalaysia.com\n\
            KUALA LUMPUR (March 28): Several Malaysian plantation groups are looking at estates in Indonesia.\n\
            Indonesian estates offer larger land banks and younger trees, analysts said.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(&got, Meta, "By Sharon Tan / theedgemalaysia.com"),
            "{got:?}"
        );
        assert!(has(&got, Meta, "KUALA LUMPUR (March 28):"), "{got:?}");
        // "Berikut …" introduces a list whatever its last mark
        let page = "Jadwal Imsakiyah Hari Ini untuk Jakarta\n\
            Berikut jadwal imsakiyah untuk wilayah Jakarta dan sekitarnya pada hari ini.\n\
            Imsak: 04.28 WIB\n\
            Subuh: 04.38 WIB\n\
            Umat Muslim diimbau mengakhiri sahur sebelum waktu imsak tiba.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Paragraph, "Imsak: 04.28 WIB"), "{got:?}");
        // a video player's text, and the social media prompt
        assert!(is_boilerplate("This is a modal window."));
        assert!(prompt::is_prompt("Follow us on social media :", Lang::En));
    }

    #[test]
    fn a_summary_in_bullet_points_under_the_headline_is_the_story_s() {
        let page = "Indonesian volcano erupts five times in one day forcing thousands to flee\n\
            Mount Ruang erupted five times on Thursday, sending ash two kilometres high\n\
            More than 10,000 people were moved from their homes on nearby islands\n\
            By ADAM WILLIAMS FOR MAILONLINE\n\
            A volcano in eastern Indonesia erupted five times in a single day, forcing thousands to flee.\n\
            Mount Ruang sent a column of ash two kilometres into the sky on Thursday morning.\n";
        let got = kinds(page);
        let second = "More than 10,000 people were moved from their homes on nearby islands";
        assert!(
            got.iter().any(|k| k.0 == Paragraph && k.1 == second),
            "{got:?}"
        );
        // a line of the same shape under a newsletter's prompt is no bullet of the summary
        let page = page.replace(
            "More than 10,000 people",
            "Sign up to our free weekly newsletter for the stories you need\nMore than 10,000 people",
        );
        let got = kinds(&page);
        assert!(
            got.iter().any(|k| k.0 == Boilerplate && k.1 == second),
            "{got:?}"
        );
    }

    #[test]
    fn a_post_signed_by_its_network_under_its_text_is_the_pages() {
        let story = "Residents say the road has been closed for three weeks with no work done.\n\
                     Residents have set up a group on Facebook to share updates on the closure.\n";
        let post = "Day 18. Still no sign of anyone working at the top end this afternoon.";
        let page = format!(
            "Road closure leaves residents stranded\n{story}{post}\n\
             Posted by Elmsleigh Drive Residents on Thursday, 20 June 2024\n\
             The council said the work would finish by the end of the month.\n"
        );
        assert_eq!(kind_of(&page, post, Lang::En), Some(BlockKind::Boilerplate));
        // a post that ends on a pictograph instead of a stop
        let hearted = "Day 18 and the barriers are finally gone. Thank you all \u{2764}\u{fe0f}";
        let page = page.replace(post, hearted);
        assert_eq!(
            kind_of(&page, hearted, Lang::En),
            Some(BlockKind::Boilerplate)
        );
        assert!(!ends_with_pictograph(
            "Road closure leaves residents stranded"
        ));
        // someone's words over it are the story's
        let quote = "\"Every time is the same story. We have nowhere safe to put the boats.\"";
        let quoted = format!(
            "Road closure leaves residents stranded\n{story}{quote}\n\
             Posted by Scotts Head Fishers Cooperative on Sunday, March 3, 2024\n\
             The council said the work would finish by the end of the month.\n"
        );
        assert_eq!(
            kind_of(&quoted, quote, Lang::En),
            Some(BlockKind::Paragraph)
        );
        // a blog's byline under its headline signs no post
        let blog = "Road closure leaves residents stranded\n\
                    Posted by Jane Doe on Thursday, 20 June 2024\n{story}";
        assert_eq!(
            kind_of(blog, "Road closure leaves residents stranded", Lang::En),
            Some(BlockKind::Title)
        );
        // and an embed's prompt in English, the post under it, its signature under that
        let text = "Update kondisi Jalan Raya Guci km 7 Sigedong pagi ini.";
        let embed = format!(
            "Jalan Guci Longsor Lagi\nJalan menuju objek wisata Guci kembali tertutup longsor \
             pada Senin pagi.\nPetugas membersihkan material longsor sejak pagi hari.\n\
             View this post on Instagram\n{text}\n\
             A post shared by Info Guci Tegal (@infoguci.tegal)\n\
             Dinas Pariwisata meminta wisatawan tidak membatalkan kunjungan ke Guci.\n\
             Jalur alternatif melalui Yomani bisa dilalui kendaraan kecil.\n"
        );
        assert_eq!(
            kind_of(&embed, text, Lang::Id),
            Some(BlockKind::Boilerplate)
        );
    }

    #[test]
    fn an_embedded_post_and_its_signature_are_the_page_s_and_do_not_end_the_story() {
        let page = "Persib Kalahkan Persija 2-1 di Bandung\n\
            Persib Bandung mengalahkan Persija Jakarta dengan skor 2-1 dalam laga pekan ke-28 Liga 1.\n\
            Dua gol Persib dicetak pada babak kedua setelah tertinggal lebih dulu dari tamunya.\n\
            GOOOL! Persib menyamakan kedudukan lewat sundulan di menit 58 #PersibDay pic.twitter.com/Xk29QzLm3A\n\
            — PERSIB (@persib) March 28, 2024\n\
            Pelatih Persib memuji semangat pemainnya yang tidak menyerah meski tertinggal lebih dulu.\n\
            Berita Terkait\n";
        let got = kinds(page);
        assert!(
            got.contains(&(Boilerplate, "— PERSIB (@persib) March 28, 2024", None)),
            "{got:?}"
        );
        assert!(
            got.iter()
                .filter(|k| k.1.starts_with("GOOOL") || k.1.starts_with("pic."))
                .all(|k| k.0 == Boilerplate),
            "{got:?}"
        );
        assert!(has_opening(&got, Paragraph, "Pelatih Persib"), "{got:?}");
        assert_eq!(
            post_signature("A post shared by Rara Anjani (@raraanjani)"),
            Some(false)
        );
        // a handle inside a sentence, or with words after it, signs no post
        assert_eq!(
            post_signature("Ia menulis di akun (@raraanjani) bahwa tur akan dimulai."),
            None
        );
        assert_eq!(
            post_signature("Kata Rara (@raraanjani) kepada wartawan"),
            None
        );
        // an Instagram post between the embed's prompt and its signature, with no dash: the
        // post is the page's; without the prompt above it, it is left to the story
        let post = "PERINGATAN DINI GELOMBANG TINGGI. Berlaku 14-16 Mei 2024. Perairan Laut \
                    Banda bagian utara berpotensi mengalami gelombang hingga 4 meter.";
        let embedded = format!(
            "Pelayaran Ambon-Banda Ditunda karena Gelombang Tinggi\n\
             Kapal penumpang rute Ambon-Banda menunda keberangkatan selama dua hari karena \
             gelombang tinggi di Laut Banda.\n\
             Lihat postingan ini di Instagram\n\
             {post}\n\
             Sebuah kiriman dibagikan oleh Info Maritim Ambon (@infomaritim.ambon)\n\
             Prakirawan cuaca menjelaskan gelombang tinggi dipicu angin timur yang bertiup \
             kencang sejak akhir pekan.\n"
        );
        let got = kinds(&embedded);
        assert!(
            got.iter()
                .filter(|k| k.1.starts_with("PERINGATAN") || k.1.starts_with("Perairan"))
                .all(|k| k.0 == Boilerplate),
            "{got:?}"
        );
        assert!(has_opening(&got, Paragraph, "Prakirawan cuaca"), "{got:?}");
        let unprompted = embedded.replace("Lihat postingan ini di Instagram\n", "");
        let got = kinds(&unprompted);
        assert!(
            got.iter()
                .any(|k| k.0 != Boilerplate && k.1.starts_with("PERINGATAN")),
            "{got:?}"
        );
    }

    #[test]
    fn a_shouted_order_inside_the_story_does_not_end_it() {
        let page = "Indonesian volcano eruption forces evacuation of thousands\n\
            A volcano in eastern Indonesia erupted Thursday, forcing authorities to evacuate thousands.\n\
            The eruption sent a column of ash two kilometers into the sky above the island.\n\
            CLICK HERE TO GET THE FOX NEWS APP\n\
            Officials closed the nearest airport and warned residents to stay away from the crater.\n\
            Print\n";
        let got = kinds(page);
        assert!(
            got.contains(&(Boilerplate, "CLICK HERE TO GET THE FOX NEWS APP", None)),
            "{got:?}"
        );
        assert!(has_opening(&got, Paragraph, "Officials closed"), "{got:?}");
        assert!(!is_shouted_order("Click here to get the app"));
    }

    #[test]
    fn reading_and_listening_times_are_the_page_s() {
        for line in [
            "4 min read",
            "Listen | 3 minutes",
            "5 menit baca",
            "Waktu baca 3 menit",
        ] {
            assert!(is_reading_time(line), "{line}");
        }
        for line in [
            "Tunggu 5 menit.",
            "3 minutes",
            "Read more",
            "Baca juga 5 berita menarik",
        ] {
            assert!(!is_reading_time(line), "{line}");
        }
        // a reading time in the story's middle does not end the story
        let page = "Indonesia's new capital struggles to attract residents\n\
            Two years after construction began, the new capital has few residents beyond its builders.\n\
            Civil servants have been told to move in stages, but many are reluctant to leave Jakarta.\n\
            Listen | 3 minutes\n\
            Critics say the project has cleared forest that was home to orangutans and Indigenous communities.\n\
            Your Comments\n";
        let got = kinds(page);
        assert!(
            got.contains(&(Boilerplate, "Listen | 3 minutes", None)),
            "{got:?}"
        );
        assert!(has_opening(&got, Paragraph, "Critics say"), "{got:?}");
    }

    #[test]
    fn a_listicle_s_numbered_heading_may_stand_over_its_photo() {
        let page = "5 Cara Hemat Ongkos Mudik Lebaran\n\
            Mudik Lebaran sudah jadi tradisi yang ditunggu-tunggu banyak orang setiap tahun.\n\
            Sayangnya, ongkos perjalanan sering kali membuat kantong jebol para pemudik.\n\
            1. Pesan tiket jauh-jauh hari\n\
            Harga tiket biasanya makin mahal mendekati hari keberangkatan, jadi pesan sejak awal.\n\
            2. Manfaatkan program mudik gratis\n\
            ilustrasi bus mudik gratis | Credit: pexels.com/Andi Wijaya\n\
            Banyak perusahaan dan pemerintah daerah membuka program mudik gratis setiap tahun.\n\
            Sebarkan!\n";
        let got = kinds(page);
        assert!(
            got.contains(&(Meta, "2. Manfaatkan program mudik gratis", None)),
            "{got:?}"
        );
        let last =
            "Banyak perusahaan dan pemerintah daerah membuka program mudik gratis setiap tahun.";
        assert!(
            got.iter().any(|k| k.0 == Paragraph && k.1 == last),
            "{got:?}"
        );
    }

    #[test]
    fn the_photographer_in_the_box_of_names_is_a_credit() {
        let page = "Kemenag Siapkan Posko Mudik di Masjid\n\
            Kementerian Agama menyiapkan 1.500 posko mudik di masjid sepanjang jalur Pantura.\n\
            Posko itu menyediakan tempat istirahat, air minum, dan layanan kesehatan.\n\
            Editor: Moh Khoeron\n\
            Fotografer: Istimewa\n";
        let got = kinds(page);
        assert!(
            got.contains(&(Meta, "Editor: Moh Khoeron", None)),
            "{got:?}"
        );
        assert!(
            got.contains(&(Credit, "Fotografer: Istimewa", None)),
            "{got:?}"
        );
        assert!(credit::is_credit("Photographer: Jane Doe"));
    }

    #[test]
    fn a_name_in_capitals_after_a_captions_stop_is_its_credit() {
        let story = "Officials said trade between the two countries reached $900 million.\n\
            The ambassador said companies were interested in investing in agro-processing.\n";
        for (line, caption, credit) in [
            (
                "Prime Minister Hun Manet (right) meets the ambassador on April 2. STPM",
                "Prime Minister Hun Manet (right) meets the ambassador on April 2.",
                "STPM",
            ),
            (
                "PASAR MURAH – Warga antre membeli beras di Denpasar, Selasa (2/4). –NATA",
                "PASAR MURAH – Warga antre membeli beras di Denpasar, Selasa (2/4).",
                "–NATA",
            ),
        ] {
            let page = format!("Cambodia and Indonesia agree to boost rice trade\n{line}\n{story}");
            let got = kinds(&page);
            assert!(got.contains(&(Caption, caption, None)), "{got:?}");
            assert!(got.contains(&(Credit, credit, None)), "{got:?}");
        }
        // with nothing else of a caption, the line is the story's
        let page = format!(
            "Cambodia and Indonesia agree to boost rice trade\n\
             The prime minister met the ambassador in Phnom Penh on April 2. STPM\n{story}"
        );
        let got = kinds(&page);
        assert!(
            got.iter().all(|k| k.0 != Caption && k.0 != Credit),
            "{got:?}"
        );
    }

    #[test]
    fn the_sites_note_on_itself_after_the_story_is_clutter() {
        let page = "Middle East Eye\n\
            News\n\
            Indonesia says it will not normalise ties with Israel without Palestinian state\n\
            Indonesia will not establish diplomatic relations with Israel until an independent \
            Palestinian state is created, the country's foreign minister said on Tuesday.\n\
            The minister was responding to reports that Indonesia had discussed normalising ties \
            with Israel in exchange for joining an economic organisation.\n\
            Indonesia, the world's most populous Muslim-majority country, has long supported \
            an independent Palestinian state.\n\
            Middle East Eye delivers independent and unrivalled coverage and analysis of the \
            Middle East, Israel and the Palestinian territories, and its journalism is free to \
            read.\n";
        // it shares the story's words ("independent", "Israel", "Palestinian"): only its
        // opening and its words of the page tell it
        let got = blocks_in(page, Lang::En);
        assert!(
            got.iter()
                .any(|&(k, t)| k == Boilerplate && t.starts_with("Middle East Eye delivers")),
            "{got:?}"
        );
        // the site reaching out for the story is the story's
        let reached = page.replace(
            "Middle East Eye delivers independent and unrivalled coverage and analysis of the \
            Middle East, Israel and the Palestinian territories, and its journalism is free to \
            read.",
            "Middle East Eye contacted the Israeli foreign ministry about the minister's \
            statement but had not received a reply by Wednesday.",
        );
        let got = blocks_in(&reached, Lang::En);
        assert!(
            got.iter()
                .any(|&(k, t)| k == Paragraph && t.starts_with("Middle East Eye contacted")),
            "{got:?}"
        );
    }

    #[test]
    fn a_copyright_sign_before_a_photographers_slash_is_a_credit() {
        let page = "Russia, Indonesia discuss expanding wheat supplies\n\
            Wheat harvest\n\
            © Sergei Bobylev/TASS\n\
            Russia and Indonesia discussed expanding supplies of Russian wheat, the embassy said.\n\
            Russian wheat exports to Indonesia more than doubled last year.\n\
            © 2024 TASS\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Credit, "© Sergei Bobylev/TASS"), "{got:?}");
        assert!(has(&got, Caption, "Wheat harvest"), "{got:?}");
        // the footer's copyright stays clutter
        assert!(has(&got, Boilerplate, "© 2024 TASS"), "{got:?}");
        assert!(!credit::is_signed_slash_credit("© 2024 Merdeka.com"));
    }

    #[test]
    fn a_reporters_sign_off_closing_the_story_is_meta() {
        for (_, example) in SIGN_OFFS {
            assert!(is_sign_off(example), "{example}");
        }
        assert!(!is_sign_off(
            "Koresponden Reuters melaporkan dari Kyiv bahwa ledakan terdengar pukul 05.00."
        ));
        assert!(!is_sign_off("Polisi melaporkan dari lokasi kejadian."));
        let page = "Perajin Batik Solo Kembangkan Pewarna Alami\n\
            Sejumlah perajin batik di Solo mulai menggunakan pewarna alami dari limbah kayu.\n\
            Pewarna alami itu menghasilkan warna cokelat yang diminati pembeli luar negeri.\n\
            Reporter VOA Yudha Satriawan melaporkan dari Solo, Jawa Tengah.\n\
            (ys/ab)\n";
        let got = kinds(page);
        assert!(
            has_opening(&got, Meta, "Reporter VOA Yudha Satriawan"),
            "{got:?}"
        );
        // inside the story the same line is the story's
        let inside = page.replace(
            "(ys/ab)\n",
            "Proses pewarnaan alami memang lebih lama dari pewarna kimia.\n",
        );
        let got = kinds(&inside);
        assert!(
            has_opening(&got, Paragraph, "Reporter VOA Yudha Satriawan"),
            "{got:?}"
        );
    }

    #[test]
    fn a_screens_picture_in_a_fact_check_is_a_caption() {
        let page = "[HOAKS] Foto Antrean di SPBU Disebut Terjadi di Medan\n\
            Sebuah foto antrean panjang kendaraan beredar di media sosial sejak Rabu.\n\
            Tangkapan layar foto antrean kendaraan yang disebut terjadi di Medan.\n\
            Facebook\n\
            Foto itu ternyata diambil di luar negeri pada 2022, menurut penelusuran tim.\n\
            Pertamina memastikan stok bahan bakar di Medan dalam kondisi aman.\n";
        let got = kinds(page);
        assert!(
            has_opening(&got, Caption, "Tangkapan layar foto antrean"),
            "{got:?}"
        );
        // the network's name under it is its credit, and a share bar's is not
        assert!(got.contains(&(Credit, "Facebook", None)), "{got:?}");
        let shared = page.replace("Facebook\n", "Facebook\nTwitter\n");
        let got = kinds(&shared);
        assert!(got.iter().all(|k| k.0 != Credit), "{got:?}");
        // the same words inside a sentence of the story are the story's
        let inside = page.replace(
            "Tangkapan layar foto antrean",
            "Menurut tangkapan layar, foto antrean",
        );
        let got = kinds(&inside);
        assert!(got.iter().all(|k| k.0 != Caption), "{got:?}");
    }

    #[test]
    fn a_line_closed_by_a_colon_introduces_the_picture_under_it() {
        let page = "Fact Check: Video Does NOT Show Volcano Erupting In Indonesia\n\
            Does a video show a volcano erupting in Indonesia this week? No, that's not true.\n\
            Here is what the post looked like at the time of writing:\n\
            (Source: TikTok screenshot taken on Fri Apr 5 09:12:44 2024 UTC)\n\
            A reverse image search found the same footage in a video uploaded in June 2018.\n\
            The volcanology agency did not report any eruption in the first week of April.\n";
        let got = kinds(page);
        assert!(
            got.contains(&(
                Credit,
                "(Source: TikTok screenshot taken on Fri Apr 5 09:12:44 2024 UTC)",
                None
            )),
            "{got:?}"
        );
        assert!(got.iter().all(|k| k.0 != Caption), "{got:?}");
        // without the colon the line above is the picture's caption
        let stopped = page.replace("time of writing:", "time of writing.");
        let got = kinds(&stopped);
        assert!(
            has_opening(&got, Caption, "Here is what the post looked like"),
            "{got:?}"
        );
    }

    #[test]
    fn caption_labels_and_a_shouted_place_signed_in_brackets() {
        let page = "Harga Cabai Merah di Medan Tembus Rp80 Ribu\n\
            MEDAN (Waspada.id): Harga cabai merah di sejumlah pasar tradisional terus naik.\n\
            Kenaikan itu dipicu berkurangnya pasokan dari daerah sentra akibat cuaca buruk.\n\
            Teks foto: Pedagang menata cabai merah di Pasar Sukaramai, Medan, Rabu (27/3).\n\
            Waspada/Andi Siregar\n\
            Dinas Perdagangan berencana menggelar operasi pasar pekan depan di lima kecamatan.\n";
        let got = kinds(page);
        assert!(
            got.contains(&(Meta, "MEDAN (Waspada.id):", None)),
            "{got:?}"
        );
        let caption =
            "Teks foto: Pedagang menata cabai merah di Pasar Sukaramai, Medan, Rabu (27/3).";
        assert!(
            got.iter().any(|k| k.0 == Caption && k.1 == caption),
            "{got:?}"
        );
        // the label shortened, and a space before its colon
        let short = page.replace("Teks foto:", "Ket Foto :");
        let got = kinds(&short);
        assert!(
            got.iter()
                .any(|k| k.0 == Caption && k.1.starts_with("Ket Foto : Pedagang")),
            "{got:?}"
        );
        // a picture agency's caption opens with a place and the day in capitals, which no
        // dateline does
        assert!(opens_with_shouted_place_and_day(
            "FRESNO, CA - APRIL 2: A farmworker picks strawberries near Highway 99."
        ));
        assert!(!opens_with_shouted_place_and_day(
            "FRESNO, CA - A farmworker picks strawberries: the season started early."
        ));
        assert!(!opens_with_shouted_place_and_day(
            "Fresno, CA - April 2: the season started early."
        ));
        // a plain sentence with a colon after its first words is no dateline ("Medan
        // (Waspada):", the place and its outlet, is one)
        let plain = page.replace("MEDAN (Waspada.id):", "Kata pedagang:");
        let got = kinds(&plain);
        assert!(got.iter().all(|k| k.0 != Meta), "{got:?}");
        // a post's lead picture labelled in English, its credit on the next line
        let got = kinds(
            "Bali Introduces New Tourist Levy\n\
             Featured image: Tourists queue at the international terminal of Bali's airport\n\
             Canva\n\
             Foreign tourists arriving in Bali can now pay the island's new levy at the airport.\n\
             The levy was introduced in February to fund cultural preservation on the island.",
        );
        let caption =
            "Featured image: Tourists queue at the international terminal of Bali's airport";
        assert!(
            got.iter().any(|k| k.0 == Caption && k.1 == caption),
            "{got:?}"
        );
        // a source credit closing a caption that opens with a label
        let got = kinds(
            "Rice imports to keep prices steady\n\
             FILE PHOTO: Workers unload sacks of imported rice at a port in Manila. INQUIRER FILES\n\
             The Department of Agriculture will import up to 200,000 tons of rice this year.\n\
             Officials said the imports would arrive in batches between May and July.",
        );
        assert!(
            got.iter().any(|k| k.0 == Credit && k.1 == "INQUIRER FILES"),
            "{got:?}"
        );
    }

    #[test]
    fn a_credit_printed_again_takes_a_caption_in_the_page_s_caption_style() {
        let page = "Pedagang Pasar Keluhkan Sepinya Pembeli\n\
            PEDAGANG pakaian menunggu pembeli di lantai dua pasar, Rabu, 27 Maret 2024.\n\
            -Fajar Ramadhan-HARIAN DISWAY-\n\
            Pedagang di pasar itu mengeluhkan sepinya pembeli meski Lebaran tinggal dua pekan.\n\
            Sebagian besar kios di lantai dua bahkan masih tutup sampai siang hari.\n\
            SUASANA lantai dua pasar yang sepi pengunjung.\n\n\
            -Fajar Ramadhan-HARIAN DISWAY-\n\
            Pengelola pasar berencana menggelar promo bersama untuk menarik pengunjung.\n\
            Promo itu akan berlangsung selama sepekan mulai Senin depan.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Caption,
                "SUASANA lantai dua pasar yang sepi pengunjung."
            ),
            "{got:?}"
        );
        // a paragraph above it in sentence case, apart from it, stays the story's (touching
        // it with the story going on under it, it is the photographer's next photo)
        let plain = page.replace("SUASANA lantai", "Suasana lantai");
        let got = blocks_in(&plain, Lang::Id);
        assert!(
            has(
                &got,
                Paragraph,
                "Suasana lantai dua pasar yang sepi pengunjung."
            ),
            "{got:?}"
        );
        // the story's own word of the page ("promo") does not make its last paragraph the page's
        assert!(
            has(
                &got,
                Paragraph,
                "Promo itu akan berlangsung selama sepekan mulai Senin depan."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn the_first_paragraph_s_place_before_a_colon_or_a_stop_is_its_dateline() {
        let story =
            "Orang tua diminta membawa anak ke puskesmas atau posyandu terdekat pekan ini.\n\
            Vaksin tersedia tanpa biaya dan tidak memerlukan surat rujukan dari dokter.";
        for (opening, dateline) in [
            ("Jakarta: Kementerian Kesehatan memperpanjang program vaksinasi campak gratis sampai Juni.", Some("Jakarta:")),
            ("Jakarta. Bank Indonesia menahan suku bunga acuannya pada level enam persen bulan ini.", Some("Jakarta.")),
            // a sentence of capitalized words is no place, nor a label
            ("Itu Sangat Mengerikan. Para pegawai lembaga itu akhirnya sampai di desa tersebut.", None),
            ("Catatan: Artikel ini diperbarui pada Selasa pagi setelah kementerian memberi keterangan.", None),
            ("Cianjur, tvOnenews.com - Ribuan ikan di keramba jaring apung mati mendadak pekan ini.", Some("Cianjur, tvOnenews.com -")),
            // a shouted place glued by a hyphen, but not a number or a second shouted word
            ("MATARAM-Pemprov NTB menyiapkan lahan seluas 5.000 hektare untuk jagung tahun ini.", Some("MATARAM-")),
            ("COVID-19 kembali menyebar di sejumlah daerah dan pemerintah meminta warga waspada.", None),
            ("NTB-NTT sepakat membangun jalur kapal baru untuk mengangkut ternak antarpulau.", None),
            ("beritabali.com/Denpasar/Sampah. Sampah kiriman kembali memenuhi Pantai Kuta pekan ini.", Some("beritabali.com/Denpasar/Sampah.")),
            ("WAMENA, SUARAPAPUA.com --- Warga sebuah kampung meminta jembatan kayu itu diperbaiki.", Some("WAMENA, SUARAPAPUA.com ---")),
            // a place and the outlet in brackets closed by a stop
            ("Medan, (Analisa). Harga emas perhiasan di Kota Medan naik dalam sepekan terakhir.", Some("Medan, (Analisa).")),
            // or bare, one word
            ("Surabaya, Bhirawa. Pemerintah Kota Surabaya membuka 20 titik pasar murah pekan ini.", Some("Surabaya, Bhirawa.")),
            ("Surabaya, Bhirawa dan Pemkot. Pemerintah Kota Surabaya membuka 20 titik pasar murah.", None),
        ] {
            let text = format!("Kemenkes Perpanjang Vaksinasi Campak Gratis\n{opening}\n{story}");
            let got = kinds(&text);
            let metas: Vec<&str> = got.iter().filter(|k| k.0 == Meta).map(|k| k.1).collect();
            assert_eq!(metas.first().copied(), dateline, "{got:?}");
        }
        // inside the story, a speaker's label stays in its paragraph
        let text = format!("Wawancara Dengan Petani Garam\n{story}\nAyu: Kami belum tahu kapan harga garam akan naik lagi tahun ini.");
        assert!(
            kinds(&text).iter().all(|k| k.0 != Meta),
            "{:?}",
            kinds(&text)
        );
    }

    #[test]
    fn prose_closed_by_a_source_in_brackets_above_the_opening_dateline_is_a_caption() {
        let text = "Pemkot Surabaya Buka 20 Titik Pasar Murah Jelang Lebaran\n\
            28 Maret 2024\n\
            Wali Kota Surabaya meninjau pasar murah di Kecamatan Tambaksari, Kamis (28/3). [gat/bhirawa]\n\
            Surabaya, Bhirawa. Pemerintah Kota Surabaya membuka 20 titik pasar murah di seluruh kecamatan.\n\
            Warga dapat membeli beras, minyak goreng, gula dan telur dengan harga di bawah pasar.\n\
            Pasar murah digelar hingga 5 April mendatang di seluruh kecamatan kota.\n\
            [gat.wwn]";
        let got = kinds(text);
        assert!(
            has_opening(&got, Caption, "Wali Kota Surabaya meninjau"),
            "{got:?}"
        );
        assert!(got.contains(&(Credit, "[gat/bhirawa]", None)), "{got:?}");
        assert!(got.contains(&(Meta, "Surabaya, Bhirawa.", None)), "{got:?}");
        // with no dateline under it, the same line opens the story
        let text = text.replace("Surabaya, Bhirawa. ", "");
        let got = kinds(&text);
        assert!(
            has_opening(&got, Paragraph, "Wali Kota Surabaya meninjau"),
            "{got:?}"
        );
    }

    #[test]
    fn an_agency_after_the_story_s_last_paragraph_signs_the_story_not_a_photo() {
        let text = "Gunung Berapi Meletus Lagi\n\
            Gunung itu meletus beberapa kali pada Senin dan memaksa ribuan warga mengungsi dari desa mereka.\n\
            Read moreIndonesia raises alert level at another volcano\n\
            Belum ada laporan korban jiwa dari letusan yang terjadi pada hari Senin itu.\n\
            (AFP)";
        let got = kinds(text);
        assert!(got.contains(&(Meta, "(AFP)", None)), "{got:?}");
        assert!(got.iter().all(|k| k.0 != Caption), "{got:?}");
        assert!(has_opening(&got, Paragraph, "Belum ada laporan"), "{got:?}");
        assert!(
            has_opening(&got, Boilerplate, "Read moreIndonesia"),
            "{got:?}"
        );
    }

    #[test]
    fn a_story_s_source_after_a_dash_closes_its_last_paragraph() {
        let page = "Operator Feri Diminta Menambah Jadwal Selama Ramadan\n\
                    Operator feri di Johor diminta menambah jadwal pelayaran ke Batam selama bulan \
                    puasa karena permintaan naik.\n\
                    Operator mengatakan harga tiket tidak naik sampai akhir April. — Bernama\n";
        let got = kinds(page);
        assert!(got.contains(&(Meta, "— Bernama", None)), "{got:?}");
        assert!(
            got.contains(&(
                Paragraph,
                "Operator mengatakan harga tiket tidak naik sampai akhir April.",
                None
            )),
            "{got:?}"
        );
        // a dash inside a sentence, and a dash before lower-case words, stay in the paragraph
        for line in [
            "Harga naik. — Kata pedagang, pembeli berkurang sejak pekan lalu di pasar itu.",
            "Ia menang. — dan itu pun belum cukup",
        ] {
            assert_eq!(trailing_source(line), None, "{line}");
        }
    }

    #[test]
    fn a_dateline_glued_to_its_first_word_is_split_off() {
        let page = "Pasar Legi Diperluas ke Bekas Terminal\n\
                    SOLOPOS.COM —Pemerintah Kota Solo akan memperluas bangunan Pasar Legi ke lahan \
                    bekas terminal angkutan kota.\n\
                    Perluasan itu menambah sekitar 300 kios dan los baru bagi pedagang lama.\n";
        let got = kinds(page);
        assert!(got.contains(&(Meta, "SOLOPOS.COM —", None)), "{got:?}");
        // a hyphen glued to a lower-case word is no dateline's
        assert_eq!(dateline_prefix("JAKARTA -an ini bukan dateline"), None);
    }

    #[test]
    fn datelines_that_sign_with_the_site_s_name_or_a_glued_dash() {
        // the site's domain in brackets after the place, and a long dash glued to the place
        for (page, dateline) in [
            (
                "Jembatan Desa Ambrol Diterjang Arus Sungai\n\
                 Blitar (beritalokal.com) – Jembatan penghubung dua desa ambrol setelah \
                 diterjang arus sungai yang meluap sejak Kamis malam.\n\
                 Warga harus memutar sejauh tujuh kilometer untuk menuju pasar.\n",
                "Blitar (beritalokal.com) –",
            ),
            (
                "Siswa Gelar Simulasi Evakuasi Bersama Relawan\n\
                 Kabarkota.com, KLATEN— Ratusan siswa dari empat sekolah mengikuti simulasi \
                 evakuasi erupsi pada Rabu pagi.\n\
                 Simulasi dimulai dengan bunyi sirene dari pos pantau di lereng gunung.\n",
                "Kabarkota.com, KLATEN—",
            ),
            // the site's name alone in the place's stead, in the story's first paragraph even
            // when the lead photo's caption comes before it
            (
                "Indeks Saham Ditutup Menguat Ditopang Saham Perbankan\n\
                 Indeks saham ditutup menguat pada perdagangan hari ini.\n\
                 (Foto: Pasar Media)\n\
                 PasarKini - Indeks saham ditutup menguat 0,8 persen ke level 7.320 pada \
                 perdagangan Senin sore.\n\
                 Penguatan indeks ditopang oleh saham perbankan yang kembali diburu investor.\n",
                "PasarKini -",
            ),
            // the site's domain, then its name
            (
                "Dewan Minta Bantuan Pangan Dipercepat\n\
                 Kabarnusa.id  Kabar Nusa - Dewan meminta pemerintah mempercepat penyaluran \
                 bantuan pangan ke daerah terpencil.\n\
                 Permintaan itu disampaikan dalam rapat kerja pada Senin sore.\n",
                "Kabarnusa.id  Kabar Nusa -",
            ),
        ] {
            let got = blocks_in(page, Lang::Id);
            assert!(got.contains(&(Meta, dateline)), "{got:?}");
        }
        // a place alone before the dash, as Detik prints it inline; but two words before a dash
        // are a pair of names and what names them ("Pasangan Prabowo - Gibran …")
        let place = "Bandung - Pemerintah kota menambah armada bus sekolah tahun ini.";
        assert_eq!(
            opening_dateline(place, Lang::Id, &[]),
            Some("Bandung - ".len())
        );
        let pair =
            "Pasangan Prabowo - Gibran unggul di sebagian besar provinsi menurut hitung cepat.";
        assert_eq!(opening_dateline(pair, Lang::Id, &[]), None);
        let site = "PasarKini - Indeks saham naik tipis pada sesi pagi hari ini.";
        assert_eq!(
            opening_dateline(site, Lang::Id, &[]),
            Some("PasarKini - ".len())
        );
        // a place and the date, or the site's own name, with no separator after them
        let dated = "Jakarta, 28 Maret 2024 Kementerian Kesehatan mengingatkan para pemudik.";
        assert_eq!(
            opening_dateline(dated, Lang::Id, &[]),
            Some("Jakarta, 28 Maret 2024".len())
        );
        let named = "Jombang, NU Online Ribuan santri mengikuti khataman Al-Qur'an serentak.";
        let site = ["nu online".to_string()];
        assert_eq!(
            opening_dateline(named, Lang::Id, &site),
            Some("Jombang, NU Online".len())
        );
        assert_eq!(opening_dateline(named, Lang::Id, &[]), None);
        // a sentence that names a place and a number is no dateline
        let sentence = "Jakarta, kota dengan 11 juta penduduk, kembali dilanda banjir pada 2024.";
        assert_eq!(opening_dateline(sentence, Lang::Id, &[]), None);
        // a hyphen glued to the words on both sides joins them
        assert_eq!(glued_long_dash("Jawa-Bali"), None);
        assert_eq!(glued_long_dash("SLEMAN—Ratusan"), Some((6, 3)));
        assert_eq!(glued_long_dash("SLEMAN— Ratusan"), Some((6, 4)));
        // an en dash glued on both sides joins two names in a headline; after a word in
        // capitals or a domain it closes a dateline
        let headline = "Gelombang Capai Empat Meter, Pelayaran Ambon–Banda Ditunda";
        assert_eq!(dateline_prefix(headline), None);
        assert_eq!(glued_long_dash("AMBON–Kapal"), Some((5, 3)));
        let dated = "SUMENEP, RadarMadura.id–Harga cabai rawit naik lagi pekan ini.";
        assert_eq!(dateline_prefix(dated), dated.find("Harga"));
        // a credit before its caption, a bar between them
        let page = "Bupati Tinjau Jalan Rusak Akibat Banjir\n\
            Dok. Humas Pemkab Aceh Besar | Bupati Aceh Besar meninjau jalan yang rusak akibat banjir di Lhoong.\n\
            Jantho - Bupati Aceh Besar meninjau sejumlah ruas jalan yang rusak akibat banjir pekan lalu.\n\
            Pemerintah kabupaten akan memperbaiki jalan itu dengan dana tanggap darurat.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Credit, "Dok. Humas Pemkab Aceh Besar"));
        assert!(has(
            &got,
            Caption,
            "Bupati Aceh Besar meninjau jalan yang rusak akibat banjir di Lhoong."
        ));
        assert!(has(&got, Meta, "Jantho -"));
        // EFE's stop and dash after the agency's bracket
        let efe = "Jakarta, Mar 28 (EFE).- Thousands of people fled their homes on Thursday.";
        assert_eq!(dateline_prefix(efe), Some("Jakarta, Mar 28 (EFE).- ".len()));
    }

    #[test]
    fn credits_that_only_their_place_tells() {
        // a source after a dash closing the line above the story's dateline credits the photo
        let page = "Flash floods hit three districts as monsoon rain intensifies\n\
                    Residents wade through floodwater after heavy rain on Monday evening. - Bernama\n\
                    KUANTAN: Flash floods struck low-lying areas in three districts after heavy \
                    rain fell for more than six hours.\n\
                    State officials said 1,240 people had been moved to relief centres by Tuesday.\n\
                    The state government said food had been sent to every centre. - Reuters\n";
        let got = blocks_in(page, Lang::En);
        let caption = "Residents wade through floodwater after heavy rain on Monday evening.";
        assert!(got.contains(&(Caption, caption)), "{got:?}");
        assert_eq!(got[2], (Credit, "- Bernama"), "{got:?}");
        // after the story's last sentence the same shape names the story's source
        assert_eq!(got.last(), Some(&(Meta, "- Reuters")), "{got:?}");
        // a name in brackets under a caption-length line of prose
        let page = "Heat waves are arriving earlier in the spring\n\
                    Share\n\
                    A man cools off at a public fountain during a heat advisory last May.\n\
                    (Jane Porter for The Daily Ledger)\n\
                    By Jonathan Reyes\n\
                    The first heat waves of the year are arriving earlier in spring across much \
                    of the country, according to an analysis published Friday.\n\
                    Researchers examined daily temperatures from 240 stations across the country.\n\
                    The authors said their findings should help local governments plan ahead.\n\
                    (Continued)\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            got.contains(&(Credit, "(Jane Porter for The Daily Ledger)")),
            "{got:?}"
        );
        let caption = "A man cools off at a public fountain during a heat advisory last May.";
        assert!(got.contains(&(Caption, caption)), "{got:?}");
        // after the story's last paragraph the shape is no credit, and the paragraph stays one
        let last = "The authors said their findings should help local governments plan ahead.";
        assert!(got.contains(&(Paragraph, last)), "{got:?}");
        assert!(!got.contains(&(Credit, "(Continued)")), "{got:?}");
        // a photographer and the outlet, unbracketed, in the same place
        let page = page.replace("(Jane Porter for The Daily Ledger)", "Jane Porter for TIME");
        let got = blocks_in(&page, Lang::En);
        assert!(got.contains(&(Credit, "Jane Porter for TIME")), "{got:?}");
        assert!(got.contains(&(Caption, caption)), "{got:?}");
        assert!(credit::is_bracketed_name("(SPA)"));
        assert!(!credit::is_bracketed_name("(kem)"));
        assert!(!credit::is_bracketed_name("(Foto: Dok. Humas)"));
        assert!(!credit::is_bracketed_name("(Ia menolak. Lalu pergi)"));
    }

    #[test]
    fn a_line_with_its_alt_text_cut_off_under_it_is_a_caption() {
        let title = "Pipa PDAM Bocor, Ribuan Warga Bekasi Antre Air Bersih";
        let story = [
            "Ribuan pelanggan di tiga kecamatan tidak mendapat aliran air sejak Sabtu pagi \
             setelah pipa induk bocor tertimpa alat berat proyek saluran.",
            "Pihak perusahaan menargetkan perbaikan pipa rampung pada Selasa dini hari. \
             Setelah itu, aliran air diperkirakan kembali normal secara bertahap.",
            "Selama perbaikan, perusahaan mengirim enam mobil tangki ke pos-pos RW yang \
             paling terdampak.",
        ];
        let caption = "Jeriken milik warga berjajar di depan pos RW menunggu giliran pengisian \
                       air bersih.";
        let cut = "Jeriken milik warga berjajar di depan pos RW menunggu gil";
        let page = format!(
            "{title}\n{}\n{caption}\n{cut}\n{}\n{}\n",
            story[0], story[1], story[2]
        );
        assert_eq!(kind_of(&page, caption, Lang::Id), Some(Caption));
        // a pull quote repeating the opening of a paragraph of several sentences is no alt text
        let quote = "\"Kami sudah tiga hari tidak mandi. Air untuk masak saja harus antre di pos \
                     RW sejak subuh,\" kata Rina, warga Bekasi Utara.";
        let pulled = "\"Kami sudah tiga hari tidak mandi. Air untuk masak saja";
        let page = format!(
            "{title}\n{}\n{quote}\n{pulled}\n{}\n{}\n",
            story[0], story[1], story[2]
        );
        assert_eq!(kind_of(&page, quote, Lang::Id), Some(Paragraph));
    }

    #[test]
    fn a_line_printed_again_after_a_credit_is_a_caption() {
        // the alt text, then the credit and the caption on one line, on a page whose blank
        // lines do not count every line alike (a fixture page)
        let page = include_str!("../../tests/fixtures/pages/fresh/lahatnews-1.id.txt");
        let caption = page
            .lines()
            .find(|l| l.starts_with("Sejumlah pelajar menyeberangi"))
            .unwrap();
        let got = find_blocks(page, Lang::Id);
        let prints: Vec<BlockKind> = got
            .iter()
            .filter(|b| b.span.of(page) == caption)
            .map(|b| b.kind)
            .collect();
        assert_eq!(prints, [Caption, Caption]);
        assert!(got
            .iter()
            .any(|b| b.kind == Credit && b.span.of(page) == "FOTO: DOK WARGA"));
    }

    #[test]
    fn a_label_printed_twice_is_no_caption() {
        // a menu's last link and the section's label: the same word twice in a row
        let page = "News\nBusiness\nGovernment\nGovernment\n\
                    Ministry Plans to Expand Free School Meals to Ten Provinces\n\
                    The government plans to expand its free school meals program to ten \
                    provinces next year, the education ministry said on Monday.\n\
                    The program now covers about 4,000 schools in pilot areas.\n";
        let got = blocks_in(page, Lang::En);
        assert!(!got.iter().any(|&(kind, _)| kind == Caption), "{got:?}");
        // a described scene printed twice is a caption and its alt text
        let scene = "Students eat lunch at an elementary school in Tangerang";
        let page = format!(
            "{scene}\n{scene}\n{}",
            &page["News\nBusiness\nGovernment\nGovernment\n".len()..]
        );
        let got = blocks_in(&page, Lang::En);
        assert_eq!(got[0], (Caption, scene), "{got:?}");
    }

    #[test]
    fn a_caption_printed_again_with_its_credit_gives_the_credit_its_bounds() {
        let story = "Rising Water Cuts Off Three Villages in Kapuas Hulu\n\
                     Floodwater from the Kapuas River cut the road to three villages on \
                     Monday, and residents said boats were the only way in or out.\n\
                     The district's disaster agency said it had sent two rubber boats and food \
                     for about 400 families.\n";
        let scene = "Residents push a motorbike through floodwater near Nanga Semangut on Monday.";
        // the alt text over the caption and its credit, with a blank line between; the
        // credit's shape alone ("Tribune photo", "Photo © …") does not say where it starts
        for credit in [
            "(Photo: Dedi Sanjaya)",
            "Daily Tribune photo",
            "Photo © Kapuas Post",
        ] {
            let page =
                format!("{story}{scene}\n\n{scene} {credit}\nThe road reopened on Tuesday.\n");
            let got = blocks_in(&page, Lang::En);
            assert_eq!(
                got.iter().filter(|&&b| b == (Caption, scene)).count(),
                2,
                "{credit}: {got:?}"
            );
            assert!(has(&got, Credit, credit), "{got:?}");
        }
        // the other order, apart on the page, a name in brackets
        let page = format!(
            "{scene} (Kapuas Post)\n{story}Posted by Staff Reporter\n{scene}\nThe road \
             reopened on Tuesday.\n"
        );
        let got = blocks_in(&page, Lang::En);
        assert_eq!(
            got.iter().filter(|&&b| b == (Caption, scene)).count(),
            2,
            "{got:?}"
        );
        assert!(has(&got, Credit, "(Kapuas Post)"), "{got:?}");
        // prints of prints, each a prefix of the next: every word of the page stays in a block
        let page = format!(
            "{story}{scene}\n{scene} (Kapuas Post)\n{scene} (Kapuas Post) (Photo: Dedi)\n\
             The road reopened on Tuesday.\n"
        );
        let got = blocks_in(&page, Lang::En);
        let kept: String = got
            .iter()
            .map(|(_, text)| *text)
            .collect::<Vec<_>>()
            .join(" ");
        let words = |s: &str| s.split_whitespace().map(str::to_string).collect::<Vec<_>>();
        assert_eq!(words(&kept), words(&page), "{got:?}");
        // a window title is the headline and the site after a dash: no credit
        let headline = "Rising Water Cuts Off Three Villages in Kapuas Hulu";
        let page = format!("{headline} - Kapuas Post (English Edition)\n{story}");
        let got = blocks_in(&page, Lang::En);
        assert!(has(&got, Title, headline), "{got:?}");
        assert!(!got.iter().any(|&(kind, _)| kind == Credit), "{got:?}");
    }

    #[test]
    fn a_headline_printed_with_a_stop_is_the_title_when_none_has_the_shape() {
        let page = "Home  News  World\n\n\
                    Indonesia Tsunami Toll Soars Above 800.\n\n\
                    Monday 30 September 2019 14.05 BST\n\n\
                    By Staff Reporter\n\n\
                    The death toll from the earthquake and tsunami that struck the Indonesian \
                    island of Sulawesi has risen to more than 800, officials said.\n\n\
                    Rescue teams are still searching for survivors in the tsunami zone, and the \
                    toll is expected to rise further.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            got.contains(&(Title, "Indonesia Tsunami Toll Soars Above 800.")),
            "{got:?}"
        );
        // a short sentence the body does not repeat is no headline
        let page = page.replace(
            "Indonesia Tsunami Toll Soars Above 800.",
            "Thanks for reading our site today.",
        );
        let got = blocks_in(&page, Lang::En);
        assert!(!got.iter().any(|&(kind, _)| kind == Title), "{got:?}");
    }

    #[test]
    fn date_lines_with_the_time_and_the_outlet_apart() {
        assert!(is_date_line(
            "Updated on: March 9, 2024 / 9:12 AM EST / CBS News"
        ));
        assert!(is_date_line("Kompas.com - 04/03/2024, 10:15 WIB"));
        // an aggregator's date, with a short day name, "at" and a zone's offset
        assert!(is_date_line("Mon, April 1, 2024 at 11:05 AM GMT+7"));
        // a live update's entry time, not a counter nor a video's length
        assert!(is_entry_time("12.15 WIB"));
        assert!(is_entry_time("8:55 a.m. ET"));
        assert!(!is_entry_time("1.234 views"));
        assert!(!is_entry_time("0:45"));
        // the fields a publishing tool prints beside the date
        assert!(is_date_line(
            "Posted by: admin | Kamis, 28 Maret 2024 | Kategori: Daerah"
        ));
        assert!(!is_date_line(
            "Kamis, 28 Maret 2024 | Catatan: harga naik lagi di pasar"
        ));
        // a date and a sentence are no date line
        assert!(!is_date_line(
            "March 9, 2024 / The ministry said prices would rise."
        ));
        // two outlets are not one
        assert!(!is_date_line("March 9, 2024 / CBS News / Reuters"));
        // the byline beside the date, an at sign before the time, the half of the day glued
        assert!(is_date_line(
            "Oleh Ahmad Fairuz Othman - Mei 4, 2024 @ 10:15am"
        ));
        assert!(is_date_line("Mei 4, 2024 @ 10:15am"));
        // a reading time beside the byline and the date
        assert!(is_date_line(
            "Ikram Salim · 14 Maret 2024 08:47 WIT · 4 menit membaca"
        ));
        assert!(is_date_line("May 4, 2024 | 3 min read"));
        assert!(!is_date_line("Ikram Salim · 4 menit membaca"));
        assert!(is_byline("Oleh Ahmad Fairuz Othman"));
        assert!(!is_byline("Oleh karena itu, harga naik"));
        assert!(!is_date_line(
            "Oleh Ahmad - Harga naik lagi pada 4 Mei 2024"
        ));
    }

    #[test]
    fn who_else_worked_on_the_story_is_a_byline() {
        assert!(is_byline("— With assistance from Tom Lee."));
        assert!(is_byline("Additional reporting by Ana Silva"));
        assert!(is_byline("With reporting by ČTK."));
        assert!(is_byline("Posted By: Aoife Reilly"));
        // the role after the names with no comma, in sentence case
        assert!(is_byline("By Ellis Varney Staff writer"));
        assert!(is_byline("By Ana Silva reporter"));
        assert!(!is_byline("By Friday the writer had left"));
        assert!(is_byline("Translated from the Hindi by Arun Sinha."));
        assert!(is_byline("Diterjemahkan oleh Arun Sinha"));
        assert!(!is_byline(
            "The letter, translated by the embassy, said talks would resume."
        ));
        assert!(!is_byline(
            "The bridge was built with assistance from Japan."
        ));
    }

    #[test]
    fn the_site_s_name_on_the_first_line_is_no_credit_and_a_stopped_phrase_is_a_caption() {
        let page = "Bloomberg\nMarkets\nEconomics\n\
                    Indonesia Holds Rate as Rupiah Weakness Limits Room to Ease\n\
                    Bank Indonesia headquarters in Jakarta.\n\
                    Photographer: Dimas Ardian/Bloomberg\n\
                    Indonesia's central bank kept its key interest rate unchanged for a fifth \
                    straight meeting as a weaker rupiah limited its room to cut borrowing costs.\n\
                    Bank Indonesia held the benchmark rate at 6%, as most economists predicted.\n\
                    Most Read from Bloomberg\n";
        let got = blocks_in(page, Lang::En);
        assert_eq!(got[0], (Boilerplate, "Bloomberg"), "{got:?}");
        assert_eq!(got[1], (Boilerplate, "Markets"), "{got:?}");
        assert!(
            got.contains(&(Caption, "Bank Indonesia headquarters in Jakarta.")),
            "{got:?}"
        );
        assert_eq!(
            got.iter().filter(|&&(kind, _)| kind == Caption).count(),
            1,
            "{got:?}"
        );
    }

    #[test]
    fn short_headlines_browser_notices_gallery_credits_and_archive_marks() {
        // a short headline in sentence case right above its standfirst
        let page = "Weekly edition\nNickel and dimed\n\
                    Indonesia's bet on processing its own metals is paying off, for now\n\
                    A decade ago Indonesia shipped most of its nickel ore abroad, leaving others to \
                    turn it into steel and batteries.\n\
                    Then the government banned exports of raw ore, and smelters sprang up.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Title, "Nickel and dimed"), "{got:?}");
        // or in capitals
        let shouted = page.replace("Nickel and dimed", "NICKEL AND DIMED");
        let got = blocks_in(&shouted, Lang::En);
        assert!(has(&got, Title, "NICKEL AND DIMED"), "{got:?}");
        // but a section's label in capitals is none, with no small word or with an ampersand
        for label in ["NICKEL ORE MARKETS", "NICKEL & STEEL"] {
            let labelled = page.replace("Nickel and dimed", label);
            let got = blocks_in(&labelled, Lang::En);
            assert!(!has(&got, Title, label), "{got:?}");
        }
        // nor a breadcrumb of sections parted by spaced slashes
        assert!(!looks_like_title("HOME / HUKUM") && !looks_like_title("Beranda › Bandung Raya"));
        assert!(looks_like_title(
            "Rupiah Loyo ke Rp 15.800/US$, Ini Biang Keroknya"
        ));
        // nor a label in capitals with the date: the line under it is the headline
        let dated = page.replace("Nickel and dimed", "NEWS RELEASE 6-MAY-2024");
        let got = blocks_in(&dated, Lang::En);
        assert!(!has(&got, Title, "NEWS RELEASE 6-MAY-2024"), "{got:?}");
        assert!(is_date_line("6-MAY-2024") && holds_date("NEWS RELEASE 6 MAY 2024"));
        assert!(!holds_date("NICKEL AND DIMED 2024"));
        assert!(
            holds_clock("Posted Thu 28 Mar 2024 at 4:15pm")
                && holds_clock("(Updated: 03 Mar 2024 04:46PM)")
        );
        assert!(!holds_clock("Skor akhir 2:1 untuk Persib") && !holds_clock("Harga naik 1.200"));
        // a label capitalizing every word is no headline over the standfirst
        let page = page.replace("Nickel and dimed", "Climate & Environment");
        let got = blocks_in(&page, Lang::En);
        assert!(!has(&got, Title, "Climate & Environment"), "{got:?}");
        // the browser's notice is the page's
        assert!(prompt::is_prompt(
            "Your browser does not support the <audio> element.",
            Lang::En
        ));
        // one photographer credits two photos of a gallery
        let page = "Pantai Berpasir Merah Mulai Ramai Dikunjungi\n\
                    Pengunjung menikmati suasana pantai di Lombok Timur.\n\
                    Foto: Lensa/Lalu Ahmad\n\
                    Pantai berpasir merah di Lombok Timur mulai ramai dikunjungi wisatawan sejak \
                    akses jalan menuju lokasi diperbaiki.\n\
                    Warna pasir yang kemerahan berasal dari pecahan karang yang terbawa ombak.\n\
                    Foto 1 dari 3\n\
                    Warga setempat menyewakan perahu untuk berkeliling teluk.\n\
                    Foto: Lensa/Lalu Ahmad\n\
                    Warga desa kini menyewakan perahu dan membuka warung makan di tepi pantai.\n\
                    Pemerintah desa meminta pengunjung membawa kembali sampah mereka.\n";
        let got = blocks_in(page, Lang::Id);
        let second = "Warga setempat menyewakan perahu untuk berkeliling teluk.";
        assert!(has(&got, Caption, second), "{got:?}");
        let next = "Warga desa kini menyewakan perahu dan membuka warung makan di tepi pantai.";
        assert!(has(&got, Paragraph, next), "{got:?}");
        // an archive photo marked after the caption's stop, and a separator before the credit
        let page = "Indonesia, India agree to expand direct flights\n\
                    Passengers at an airport terminal. File\n\
                    | Photo Credit: Reuters\n\
                    India and Indonesia have agreed to increase the number of direct flights \
                    between the two countries, officials said on Thursday.\n\
                    The agreement allows airlines to operate up to 28 weekly flights.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(&got, Caption, "Passengers at an airport terminal. File"),
            "{got:?}"
        );
        // (the bar between them is the page's)
        assert!(has(&got, Credit, "Photo Credit: Reuters"), "{got:?}");
        assert!(is_date_line("Published - March 14, 2024 10:20 pm IST"));
    }

    #[test]
    fn a_dateline_without_a_separator_and_a_story_about_chat_apps() {
        // the site's domain, a comma and a one-word place, then the story with no dash
        let page = "5 Cara Menyimpan Sayur agar Tetap Segar Lebih Lama\n\
                    Lensa.com, Jakarta Sayur yang disimpan dengan cara yang tepat bisa bertahan \
                    segar lebih lama dan tidak cepat layu.\n\
                    Berikut beberapa cara sederhana yang bisa dicoba di rumah.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(got.contains(&(Meta, "Lensa.com, Jakarta")), "{got:?}");
        assert_eq!(unseparated_dateline("Jakarta Sayur yang disimpan"), None);
        // a story whose every paragraph names apps and groups still has a story, and the
        // site's note after it is clutter
        let page = "Indonesia's motorbike taxi drivers are organizing on WhatsApp\n\
                    Every evening, thousands of motorbike taxi drivers in Jakarta check a handful \
                    of WhatsApp groups before they log in to the ride-hailing apps.\n\
                    The groups share warnings about accidents and police checkpoints, and the \
                    drivers organize collections when a driver is injured.\n\
                    Drivers say the groups on the app have become the closest thing they have to \
                    a union, and the ride-hailing companies follow the group chats.\n\
                    Researchers say such driver networks in Jakarta have grown across the city.\n\
                    Ledger Asia is a nonprofit newsroom covering the impact of technology on \
                    workers across the region.\n\
                    Read more\n";
        let got = blocks_in(page, Lang::En);
        let note = "Ledger Asia is a nonprofit newsroom covering the impact of technology on \
                    workers across the region.";
        assert!(got.contains(&(Boilerplate, note)), "{got:?}");
        let last = "Researchers say such driver networks in Jakarta have grown across the city.";
        assert!(got.contains(&(Paragraph, last)), "{got:?}");
    }

    #[test]
    fn a_caption_label_above_its_credit_before_the_story_s_dateline() {
        let page = "Sungai Kapuas Meluap, Sejumlah Jalan di Tepian Kota Tergenang\n\
                    BANJIR – Warga melintasi genangan air di Jalan Tanjungpura, Minggu (17/3).\n\
                    ANDI RAHMAN/KOTA POST\n\
                    PONTIANAK – Air Sungai Kapuas meluap dan menggenangi sejumlah jalan di tepian \
                    kota pada Minggu sore.\n\
                    Genangan setinggi 20 hingga 30 sentimeter membuat kendaraan melintas perlahan.\n";
        let got = blocks_in(page, Lang::Id);
        let caption = "BANJIR – Warga melintasi genangan air di Jalan Tanjungpura, Minggu (17/3).";
        assert!(got.contains(&(Caption, caption)), "{got:?}");
        assert!(got.contains(&(Meta, "PONTIANAK –")), "{got:?}");
        // two orders joined by a slash open a prompt
        assert!(prompt::is_prompt(
            "Copy/paste the article video embed link below:",
            Lang::En
        ));
    }

    #[test]
    fn a_copyright_sign_and_a_name_under_a_scene_signs_the_photo() {
        let page = "Indonesia courts Gulf investors for new capital city\n\
                    Construction at the site of the new capital in East Kalimantan\n\
                    © Ledger Images\n\
                    Indonesia is courting investors from the Gulf to help fund the construction \
                    of its new capital, officials said on Thursday.\n\
                    Officials have visited several Gulf states this year to present projects.\n\
                    © Ledger Times Limited. All rights reserved.\n";
        let got = blocks_in(page, Lang::En);
        let scene = "Construction at the site of the new capital in East Kalimantan";
        assert!(got.contains(&(Caption, scene)), "{got:?}");
        assert!(got.contains(&(Credit, "© Ledger Images")), "{got:?}");
        // the footer keeps its rights and stays clutter
        let footer = "© Ledger Times Limited. All rights reserved.";
        assert!(got.contains(&(Boilerplate, footer)), "{got:?}");
        // a footer opening with its rights is the page's too, whole, with a copyright inside
        let footer = "All Rights Reserved. © 2024 Ledger Times. Reproduction of content is \
                      permitted with a link to the source.";
        let rights_first = page.replace("© Ledger Times Limited. All rights reserved.", footer);
        let got = blocks_in(&rights_first, Lang::En);
        assert!(got.contains(&(Boilerplate, footer)), "{got:?}");
        assert!(!credit::is_copyright_name("© 2024 Merdeka.com"));
    }

    #[test]
    fn fact_boxes_station_datelines_brand_datelines_and_standfirsts_about_apps() {
        // a fact box after the line that introduces it is the story's
        let page = "Gempa Guncang Mentawai, Warga Pesisir Sempat Mengungsi\n\
                    Gempa bermagnitudo 5,6 mengguncang Kepulauan Mentawai pada Jumat malam dan \
                    membuat warga pesisir mengungsi ke perbukitan.\n\
                    Petugas mendata kerusakan ringan pada beberapa rumah di Sipora.\n\
                    Infografis gempa dari BMKG:\n\
                    Magnitudo: 5,6\n\
                    Kedalaman: 20 km\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            got.contains(&(Paragraph, "Infografis gempa dari BMKG:")),
            "{got:?}"
        );
        assert!(got.contains(&(Paragraph, "Kedalaman: 20 km")), "{got:?}");
        // a station's name and its place before a colon, a brand and a place with no separator
        for (page, dateline) in [
            (
                "Nelayan Natuna Tangkap Ikan Tongkol Lebih Banyak\n\
                 KBRN, Natuna: Nelayan di Natuna mendapat hasil tangkapan ikan tongkol lebih \
                 banyak dibandingkan musim sebelumnya.\n\
                 Cuaca yang relatif tenang membuat nelayan bisa melaut lebih sering.\n",
                "KBRN, Natuna:",
            ),
            (
                "Pasar Apung Kembali Ramai Setelah Direnovasi\n\
                 KabarNews, Banjarmasin Pasar apung di Banjarmasin kembali ramai dikunjungi \
                 wisatawan setelah dermaga direnovasi.\n\
                 Ratusan pedagang menjajakan buah dari atas perahu sejak subuh.\n",
                "KabarNews, Banjarmasin",
            ),
        ] {
            let got = blocks_in(page, Lang::Id);
            assert!(got.contains(&(Meta, dateline)), "{got:?}");
        }
        // a standfirst that names an app is still the standfirst
        let page = "Indonesia blocks a popular VPN app after a surge in gambling sites\n\
                    The government says the app was being used to reach illegal online casinos.\n\
                    Indonesia's communications ministry has blocked a widely used VPN app, saying \
                    it was helping people reach illegal gambling websites.\n\
                    The ministry said it had asked the developer to filter gambling sites.\n\
                    Digital rights groups criticized the move on Friday.\n";
        let got = blocks_in(page, Lang::En);
        let deck = "The government says the app was being used to reach illegal online casinos.";
        assert!(got.contains(&(Paragraph, deck)), "{got:?}");
    }

    #[test]
    fn a_sign_off_in_brackets_after_the_last_paragraph_signs_the_story() {
        let page = "UMKM Keripik Tempe Tembus Pasar Ekspor ke Malaysia\n\
                    Usaha keripik tempe di Malang mulai mengekspor produknya ke Malaysia setelah \
                    mendapat sertifikat keamanan pangan.\n\
                    Pengiriman pertama sebanyak dua ton dikirim melalui pelabuhan Surabaya.\n\
                    Pemilik usaha mengatakan pesanan datang setelah produknya dipamerkan.\n\
                    (Rudi/LI)\n\
                    Berita Terkait\n";
        let got = blocks_in(page, Lang::Id);
        assert!(got.contains(&(Meta, "(Rudi/LI)")), "{got:?}");
        let last = "Pemilik usaha mengatakan pesanan datang setelah produknya dipamerkan.";
        assert!(got.contains(&(Paragraph, last)), "{got:?}");
        assert!(credit::is_sign_off("(Rudi/LI)"));
        assert!(!credit::is_sign_off("(Foto: Rudi/LI)"));
    }

    #[test]
    fn asterisks_after_the_stop_end_a_caption_or_a_story() {
        let page = "Sentra Kerajinan Payung Geulis Kebanjiran Pesanan Jelang Festival\n\
                    PERAJIN menyelesaikan pembuatan payung geulis di sentra kerajinan, Kota \
                    Tasikmalaya, Senin 25 Maret 2024.*\n\
                    ASEP SAEPUDIN/KABAR LOKAL\n\
                    SENTRA kerajinan payung geulis di Kota Tasikmalaya kebanjiran pesanan \
                    menjelang festival budaya bulan depan.\n\
                    Para perajin mengaku harus bekerja hingga malam untuk memenuhi pesanan.\n\
                    Pemerintah kota berencana memamerkan payung geulis di festival.***\n";
        let got = blocks_in(page, Lang::Id);
        assert_eq!(got[0].0, Title, "{got:?}");
        assert_eq!(got[1].0, Caption, "{got:?}");
        let last = "Pemerintah kota berencana memamerkan payung geulis di festival.***";
        assert!(got.contains(&(Paragraph, last)), "{got:?}");
        assert!(ends_with_stop("… di festival.***"));
    }

    #[test]
    fn a_standfirst_after_share_buttons_is_still_the_standfirst() {
        let page = "Desalination plant expansion to supply water to 2 million residents\n\
                    March 10, 2024 21:12\n\
                    Follow\n\
                    Short Url\n\
                    The expanded plant will raise daily capacity by 40 percent by the end of \
                    next year\n\
                    RIYADH: A coastal desalination plant will be expanded to supply drinking \
                    water to about 2 million more residents, the water authority said on Sunday.\n\
                    The project will add new units and a storage reservoir next year.\n";
        let got = blocks_in(page, Lang::En);
        let deck =
            "The expanded plant will raise daily capacity by 40 percent by the end of next year";
        assert!(got.contains(&(Paragraph, deck)), "{got:?}");
        // a teaser's label is no standfirst's
        assert!(opens_with_label(
            "Video: Drone footage shows damaged harbor after quake"
        ));
        assert!(!opens_with_label(
            "The expanded plant will raise daily capacity"
        ));
    }

    #[test]
    fn a_standfirst_without_a_stop_under_the_title_is_kept() {
        let page = "Volcano erupts in eastern Indonesia, forcing thousands from their homes\n\
                    Industry parks weigh solar and gas as officials tighten the rules\n\
                    March 12, 2024 16:02 JST\n\
                    A volcano in eastern Indonesia erupted several times overnight, sending ash \
                    more than two kilometres into the sky.\n\
                    The volcanology agency raised the alert to the highest of four levels.\n";
        let got = blocks_in(page, Lang::En);
        let deck = "Industry parks weigh solar and gas as officials tighten the rules";
        assert!(got.contains(&(Paragraph, deck)), "{got:?}");
        // without the byline below it, a line that short may be another story's headline
        let page = page.replace("March 12, 2024 16:02 JST\n", "");
        let got = blocks_in(&page, Lang::En);
        assert!(got.contains(&(Boilerplate, deck)), "{got:?}");
    }

    #[test]
    fn above_the_title_a_line_without_a_stop_is_the_site_s() {
        let page = "Akademisi yang kompeten, jurnalis yang berpengalaman\n\
                    Mengapa banjir rob di pantai utara Jawa makin sering\n\
                    Banjir rob kini datang hampir setiap bulan di sejumlah kota pesisir utara Jawa.\n\
                    Penyebab utamanya adalah penurunan muka tanah yang mencapai 10 sentimeter per \
                    tahun.\n";
        let got = kinds(page);
        assert_eq!(got[0].0, Boilerplate, "{got:?}");
        assert_eq!(got[1].0, Title, "{got:?}");
    }

    #[test]
    fn a_note_between_clutter_above_the_story_sharing_none_of_its_words_is_clutter() {
        let page = "Mengapa banjir rob di pantai utara Jawa makin sering\n\
                    Mitra\n\
                    Universitas Diponegoro menyediakan pendanaan sebagai anggota jaringan \
                    penerbit kami.\n\
                    Lihat semua mitra\n\
                    Banjir rob kini datang hampir setiap bulan di sejumlah kota pesisir utara Jawa.\n\
                    Penyebab utama banjir rob adalah penurunan muka tanah di kota pesisir.\n\
                    Penurunan muka tanah terjadi karena pengambilan air tanah berlebihan.\n";
        let got = kinds(page);
        let note =
            "Universitas Diponegoro menyediakan pendanaan sebagai anggota jaringan penerbit kami.";
        assert!(got.contains(&(Boilerplate, note, None)), "{got:?}");
        // the story's own first paragraph between two such lines stays
        let page = page.replace(
            note,
            "Banjir rob di kota pesisir utara Jawa makin sering datang.",
        );
        let got = kinds(&page);
        assert_eq!(
            got.iter().filter(|(k, _, _)| *k == Paragraph).count(),
            4,
            "{got:?}"
        );
    }

    #[test]
    fn a_numbered_list_is_no_run_of_subheadings() {
        let page = "MK Tolak Uji Materi Batas Usia Pensiun Hakim Ad Hoc\n\
                    Mahkamah Konstitusi menolak seluruh permohonan uji materi ketentuan batas usia \
                    pensiun hakim ad hoc.\n\
                    Dasar hukum yang diuji antara lain:\n\
                    1. Undang-Undang Nomor 46 Tahun 2009 tentang Pengadilan Tindak Pidana Korupsi;\n\
                    2. Undang-Undang Nomor 48 Tahun 2009 tentang Kekuasaan Kehakiman.\n\
                    Satu hakim konstitusi menyampaikan pendapat berbeda dalam putusan itu.\n";
        let got = kinds(page);
        assert!(
            got.iter().all(|(k, _, _)| *k != Meta),
            "a list item became a heading: {got:?}"
        );
    }

    #[test]
    fn paragraph_dashes_are_not_datelines() {
        let cases = [
            "Harga naik - dan terus naik - sejak Januari.",
            "Menteri Luar Negeri AS - yang baru tiba - langsung bertemu Presiden.",
            "AS - Korea Selatan sepakat melanjutkan dialog.",
        ];
        for line in cases {
            let text = format!("Judul Berita\n{line}");
            assert_eq!(kinds(&text)[1], (Paragraph, line, None), "line: {line}");
        }
    }

    #[test]
    fn repeats_become_duplicates_of_the_first() {
        let text = "Banjir Rendam Ribuan Rumah\n\
            Banjir Rendam Ribuan Rumah\n\
            Warga mengungsi ke masjid. (Foto: AP)\n\
            Warga mengungsi ke masjid. (Foto: AP)\n\
            Air mulai surut pada Senin pagi.\n\
            Air mulai surut pada Senin pagi.";
        assert_eq!(
            kinds(text),
            vec![
                (Title, "Banjir Rendam Ribuan Rumah", None),
                (Title, "Banjir Rendam Ribuan Rumah", Some(0)),
                (Caption, "Warga mengungsi ke masjid.", None),
                (Credit, "(Foto: AP)", None),
                (Caption, "Warga mengungsi ke masjid.", Some(2)),
                (Credit, "(Foto: AP)", Some(3)),
                (Caption, "Air mulai surut pada Senin pagi.", None),
                (Caption, "Air mulai surut pada Senin pagi.", Some(6)),
            ]
        );
    }

    #[test]
    fn a_caption_the_markup_gave_has_its_credit_found_as_a_found_one_has() {
        // the caption line as a Markdown page or a figcaption marks it
        let marked = |text: &'static str, caption: &str| -> Vec<(BlockKind, &'static str)> {
            let start = text.find(caption).unwrap();
            let marks = [(Span::new(start, start + caption.len()), Caption)];
            let none = RepeatedLines::none();
            find_blocks_marked(text, Lang::Id, &none, None, &marks)
                .into_iter()
                .map(|b| (b.kind, b.span.of(text)))
                .collect()
        };
        // a credit after a dash closing the caption, before the story's dateline
        let caption = "Perahu nelayan tertambat di pantai Kota Biak, Papua. – Jubi/Yulius Rumbiak";
        let text = "Nelayan di Biak Keluhkan Harga Solar yang Terus Naik\n\n\
            Perahu nelayan tertambat di pantai Kota Biak, Papua. – Jubi/Yulius Rumbiak\n\n\
            Biak, Jubi – Nelayan tradisional di Kabupaten Biak Numfor mengeluhkan harga solar.\n\n\
            Kenaikan itu membuat banyak nelayan memilih tidak melaut.";
        let got = marked(text, caption);
        assert_eq!(
            got[1],
            (
                Caption,
                "Perahu nelayan tertambat di pantai Kota Biak, Papua."
            )
        );
        assert_eq!(got[2], (Credit, "– Jubi/Yulius Rumbiak"));
        // a credit printed as a label line and a name line under the caption
        let caption = "Banjir bandang di Kecamatan Cikajang, Garut.";
        let text = "Banjir Bandang Terjang Dua Desa di Garut\n\n\
            Banjir bandang di Kecamatan Cikajang, Garut.\n\nSumber :\n\nBPBD Garut\n\n\
            Banjir bandang menerjang dua desa di Kecamatan Cikajang pada Senin malam.\n\n\
            Sebanyak 40 rumah rusak dan warga mengungsi ke balai desa.";
        let got = marked(text, caption);
        assert_eq!(got[1], (Caption, caption));
        assert_eq!(got[2], (Credit, "Sumber :"));
        assert_eq!(got[3], (Credit, "BPBD Garut"));
    }

    #[test]
    fn a_dateline_the_markup_set_apart_is_the_story_s_lead() {
        // as the readers of HTML and Markdown leave "**Biak, Jubi** – Nelayan …": the caption
        // and the dateline marked, the story's first paragraph on the line under it
        let text = "Nelayan di Biak Keluhkan Harga Solar yang Terus Naik\n\n\
            Perahu nelayan tertambat di pantai Kota Biak, Papua. – Jubi/Yulius Rumbiak\n\n\
            Biak, Jubi –\n\n\
            Nelayan tradisional di Kabupaten Biak Numfor mengeluhkan harga solar.\n\n\
            Kenaikan itu membuat banyak nelayan memilih tidak melaut.";
        let at = |line: &str| {
            let start = text.find(line).unwrap();
            Span::new(start, start + line.len())
        };
        let marks = [
            (
                at("Perahu nelayan tertambat di pantai Kota Biak, Papua. – Jubi/Yulius Rumbiak"),
                Caption,
            ),
            (at("Biak, Jubi –"), Meta),
        ];
        let none = RepeatedLines::none();
        let got: Vec<(BlockKind, &str)> = find_blocks_marked(text, Lang::Id, &none, None, &marks)
            .into_iter()
            .map(|b| (b.kind, b.span.of(text)))
            .collect();
        assert_eq!(got[2], (Credit, "– Jubi/Yulius Rumbiak"), "{got:?}");
        assert_eq!(got[3], (Meta, "Biak, Jubi –"));
        assert!(is_marked_dateline("Jakarta, CNN Indonesia --"));
        assert!(!is_marked_dateline("Editor: Budi"));
    }

    #[test]
    fn a_repeat_is_judged_with_its_list_mark_taken_back() {
        // found by tests/segment_props.rs: the first line's block gives out "- ANTARA …", which
        // the second line's block neither equals nor opens
        let text = "- ANTARA FOTO/Aprillio Akbar/tomPetugas\n\
            (Foto: AP)ANTARA FOTO/Aprillio Akbar/tomPetugas";
        let got = kinds(text);
        assert_eq!(got[0].1, "- ANTARA FOTO/Aprillio Akbar/tomPetugas");
        assert!(got.iter().all(|k| k.2.is_none()), "{got:?}");
        // a list item printed twice with its mark is still a repeat
        let text = "Banjir Rendam Ribuan Rumah\n\
            - Warga mengungsi ke masjid terdekat\n\
            - Warga mengungsi ke masjid terdekat";
        assert_eq!(kinds(text)[2].2, Some(1));
    }

    #[test]
    fn a_lead_photo_may_come_before_the_title() {
        let text = "Warga mengungsi ke masjid. (Foto: AP)\n\
            Banjir Rendam Ribuan Rumah di Bekasi\n\
            Air mulai surut pada Senin pagi.";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|k| k.0).collect();
        assert_eq!(got, [Caption, Credit, Title, Paragraph]);
    }

    #[test]
    fn a_short_sentence_between_paragraphs_stays_in_the_body() {
        let text = "Pemerintah Tolak Usulan Kenaikan Tarif Listrik\n\
            Pemerintah menolak usulan kenaikan tarif listrik yang diajukan oleh perusahaan negara.\n\
            Ia menolak.\n\
            Menurut dia, kenaikan tarif akan membebani rumah tangga yang baru pulih dari pandemi.";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|k| k.0).collect();
        assert_eq!(got, [Title, Paragraph, Paragraph, Paragraph]);
    }

    #[test]
    fn a_first_paragraph_with_a_period_is_no_title() {
        let text = "Harga beras naik lagi.\nPedagang mengeluh.";
        assert_eq!(kinds(text)[0].0, Paragraph);
    }

    #[test]
    fn a_cookie_notice_above_the_headline_does_not_hide_it() {
        let text = "Menu\n\
            Kami menggunakan cookie untuk meningkatkan pengalaman Anda di situs ini.\n\
            Setuju\n\
            Metropolis\n\
            EKSKLUSIF\n\
            PEDAGANG PASAR TOLAK RELOKASI KE GEDUNG BARU\n\
            Rabu, 8 Mei 2024 | 09:15 WIB\n\
            Ratusan pedagang pasar menolak relokasi lapak ke gedung baru di sisi timur pasar.\n\
            Mereka menilai gedung baru itu terlalu sempit untuk lapak yang ada sekarang.";
        let got = kinds(text);
        assert_eq!(got[5].0, Title, "{got:?}");
        assert_eq!(got.iter().filter(|k| k.0 == Title).count(), 1);
    }

    #[test]
    fn headline_shapes() {
        // (line, headline-shaped?)
        let cases: &[(&str, bool)] = &[
            ("Harga Beras Naik Lagi di Pasar Induk", true),
            ("PEDAGANG PASAR TOLAK RELOKASI", true),
            ("Menkeu: \"Tidak Ada Kenaikan Pajak Tahun Ini\"", true),
            (
                "Jokowi Sebut Proyek Itu \u{201c}Tak Bisa Ditawar\u{201d}",
                true,
            ),
            ("\u{201c}Kami Tidak Akan Mundur\u{201d}", true),
            ("Harga beras naik lagi.", false),
            ("Pedagang menyebut harga \"naik terus.\"", false),
            ("Ia berkata, \"Kami menolak.\"", false),
            ("Home > Berita > Nasional", false),
            ("Harga Beras Naik Lagi di Pasar Induk | Kompas.com", true),
            ("Banjir Rendam Ribuan Rumah di Bekasi - CNN Indonesia", true),
            ("Home | Berita | Nasional", false),
            ("dan itu pun belum cukup", false),
            ("iPhone 16 Mulai Dijual di Indonesia Pekan Depan", true),
            ("eFishery Tunda Pembayaran Gaji Karyawan", true),
            (
                "Badai Rosa Mengancam Phoenix dengan Banjir Bandang (Daerah Kekeringan Mungkin Diuntungkan)",
                true,
            ),
            ("Jakarta (ANTARA)", false),
        ];
        for &(line, headline) in cases {
            assert_eq!(looks_like_title(line), headline, "{line}");
        }
    }

    #[test]
    fn the_pages_own_notes_after_the_story_are_clutter() {
        let story = "Banjir Rendam Ribuan Rumah di Bekasi\n\
            Banjir merendam ribuan rumah di Bekasi setelah hujan deras turun sejak Minggu malam.\n\
            Ketinggian banjir di sejumlah rumah warga Bekasi mencapai satu meter pada Senin pagi.\n\
            Petugas mengevakuasi warga ke masjid dan sekolah yang tidak terendam banjir.\n";
        // a disclaimer and a bio share no word with the story and speak of the page
        let notes = "Artikel ini merupakan opini pribadi penulis dan tidak mencerminkan pandangan redaksi.\n\
            Bagas adalah penulis lepas yang tinggal di Yogyakarta dan gemar mendaki gunung.";
        let text = format!("{story}{notes}");
        let got: Vec<BlockKind> = kinds(&text).into_iter().map(|k| k.0).collect();
        assert_eq!(
            got,
            [
                Title,
                Paragraph,
                Paragraph,
                Paragraph,
                Boilerplate,
                Boilerplate
            ]
        );
        // a last paragraph of news that shares no word with the story stays
        let text = format!(
            "{story}Sementara itu, cuaca cerah diperkirakan kembali pada akhir pekan mendatang."
        );
        let got: Vec<BlockKind> = kinds(&text).into_iter().map(|k| k.0).collect();
        assert_eq!(got, [Title, Paragraph, Paragraph, Paragraph, Paragraph]);
    }

    #[test]
    fn a_prompt_inside_the_story_is_clutter_when_it_speaks_of_the_page_three_times() {
        let text = "Pabrik Baterai Dibangun di Morowali\n\
            Pembangunan pabrik baterai di Morowali dimulai pekan ini dengan nilai investasi besar.\n\
            Pabrik baterai itu ditargetkan beroperasi pada akhir tahun depan di kawasan industri.\n\
            Informasi terkini juga tersedia setiap hari melalui kanal WhatsApp, Telegram dan Instagram resmi kami.\n\
            Investasi pabrik baterai di Morowali itu juga membuka ribuan lapangan kerja baru bagi warga.\n\
            Pengamat menyebut pabrik baterai itu memberi sinyal bagi investor di kawasan industri lain.\n";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|k| k.0).collect();
        assert_eq!(
            got,
            [
                Title,
                Paragraph,
                Paragraph,
                Boilerplate,
                Paragraph,
                Paragraph
            ]
        );
    }

    #[test]
    fn a_list_heading_ends_the_story_s_last_run() {
        let text = "Petani Sawit Riau Terancam Aturan Eropa\n\
            Petani sawit di Riau khawatir aturan Eropa membuat sawit mereka tidak laku di pasar.\n\
            Mereka memetakan batas kebun sawit satu per satu dengan alat GPS genggam.\n\
            Berita terkait\n\
            Uni Eropa tunda penerapan aturan antideforestasi, apa dampaknya bagi Indonesia?\n\
            Harga sawit anjlok, petani di Kalimantan pilih biarkan buah membusuk\n";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|k| k.0).collect();
        assert_eq!(
            got,
            [
                Title,
                Paragraph,
                Paragraph,
                Boilerplate,
                Boilerplate,
                Boilerplate
            ]
        );
        // an advertisement inside the story does not end it
        let text = text.replace("Berita terkait", "ADVERTISEMENT");
        let got: Vec<BlockKind> = kinds(&text).into_iter().map(|k| k.0).collect();
        assert_eq!(got[4], Paragraph);
    }

    #[test]
    fn a_caption_goes_on_after_a_credit_that_closed_its_first_sentence() {
        let rest = "Perbaikan ditargetkan rampung sebelum puncak musim hujan.";
        let credit = format!("FOTO: RUSLAN/KKP. {rest}");
        assert_eq!(sentence_after_credit(&credit), credit.find(rest));
        // an office's name after the label's stop is the credit's
        assert_eq!(
            sentence_after_credit("Foto: Dok. Humas Polres Sarolangun"),
            None
        );
        let page = format!(
            "Tanggul Ambles di Kapuas Hilir\n\
             TANGGUL LONGSOR – Warga berdiri di atas tanggul yang ambles di Desa Sei Pasah, \
             Senin (7/10/2024). {credit}\n\
             KUALA KAPUAS – Tanggul penahan air di Desa Sei Pasah ambles sepanjang 30 meter.\n"
        );
        let got: Vec<(BlockKind, &str)> = kinds(&page).into_iter().map(|k| (k.0, k.1)).collect();
        assert!(got.contains(&(Credit, "FOTO: RUSLAN/KKP.")), "{got:?}");
        assert!(got.contains(&(Caption, rest)), "{got:?}");
    }

    #[test]
    fn the_storys_dateline_again_under_a_related_headline_opens_no_caption() {
        let teaser = "SESAYAP – Seorang nelayan di Kecamatan Sesayap terluka setelah diserang \
                      buaya saat memasang jaring pada malam hari.";
        let text = format!(
            "Buaya Muncul di Dermaga Desa Sesayap, Warga Diminta Tak Mandi di Sungai\n\
             SESAYAP – Warga Desa Sesayap digegerkan kemunculan seekor buaya di dermaga desa \
             pada Senin pagi.\n\
             Petugas meminta warga tidak mandi dan mencuci di sungai selama sepekan.\n\
             Kepala desa mengatakan buaya itu terlihat tiga kali dalam sepekan terakhir.\n\
             Berita Terkait\n\
             Nelayan Sesayap Diterkam Buaya Saat Memasang Jaring, Korban Selamat\n{teaser}\n"
        );
        let got: Vec<(BlockKind, &str)> = kinds(&text).into_iter().map(|k| (k.0, k.1)).collect();
        assert!(!got.iter().any(|&(kind, _)| kind == Caption), "{got:?}");
        assert!(got.contains(&(Meta, "SESAYAP –")), "{got:?}");
        // a caption opening with the story's place, its credit under it, stays a caption
        let caption = "SESAYAP – Warga melihat buaya dari dermaga desa, Senin (4/3/2024).";
        let text = text.replace(
            "Berita Terkait\n",
            &format!("{caption}\nFOTO: TIDENG24/MARSEL\nBerita Terkait\n"),
        );
        let got: Vec<(BlockKind, &str)> = kinds(&text).into_iter().map(|k| (k.0, k.1)).collect();
        assert!(got.contains(&(Caption, caption)), "{got:?}");
    }

    #[test]
    fn a_place_and_a_date_under_a_credit_open_a_caption_over_the_storys_dateline() {
        let text = "Harga Garam Rakyat di Batangan Anjlok\n\
            Foto: patikita.com/Rizal Maulana Akbar\n\
            PATI, 19 Agustus 2024 – Seorang petambak mengumpulkan garam hasil panen di lahan tambak Desa Raci.\n\
            PATIKITA.COM, PATI – Harga garam rakyat di tingkat petambak di Kecamatan Batangan terus merosot pada puncak musim panen tahun ini.\n\
            Petambak memilih menyimpan garam di gudang sambil menunggu harga membaik.\n";
        let got: Vec<(BlockKind, &str)> = kinds(text).into_iter().map(|k| (k.0, k.1)).collect();
        assert_eq!(got[1].0, Credit, "{got:?}");
        assert_eq!(got[2].0, Caption, "{got:?}");
        assert!(
            got[2].1.starts_with("PATI, 19 Agustus 2024 – Seorang"),
            "{got:?}"
        );
        assert_eq!(got[3], (Meta, "PATIKITA.COM, PATI –"));
        // a story's own dated dateline under a credit, with another dateline only in a list far
        // below, stays the story's
        let text = "Harga Garam Rakyat di Batangan Anjlok\n\
            Foto: Dok. Istimewa\n\
            PATI, 19 Agustus 2024 – Harga garam rakyat di tingkat petambak di Kecamatan Batangan terus merosot pada puncak musim panen tahun ini.\n\
            Petambak memilih menyimpan garam di gudang sambil menunggu harga membaik pekan depan.\n\
            Dinas Kelautan dan Perikanan berjanji mencari pembeli baru bagi petambak di pesisir utara.\n\
            Berita Terkait\n\
            REMBANG – Petani tembakau mulai memanen daun di lahan tadah hujan…\n";
        let got: Vec<(BlockKind, &str)> = kinds(text).into_iter().map(|k| (k.0, k.1)).collect();
        assert_eq!(got[2], (Meta, "PATI, 19 Agustus 2024 –"), "{got:?}");
        assert_eq!(got[3].0, Paragraph, "{got:?}");
    }

    #[test]
    fn a_place_and_a_date_is_no_outlets_dateline() {
        for head in [
            "PATI, 19 Agustus 2024",
            "Klaten, 17/6/2024",
            "KALIORI, 18/5/2025",
        ] {
            assert!(is_place_and_date(head), "{head}");
        }
        for head in [
            "Jakarta, 12/3 (ANTARA)",
            "PATIKITA.COM, PATI",
            "Bandar Lampung, IDN Times",
            "SORONG, Selasa (17/9/2024)",
        ] {
            assert!(!is_place_and_date(head), "{head}");
        }
    }

    #[test]
    fn a_dateline_with_two_spaces_after_its_dash() {
        let text = "Harga Cabai Naik Tajam\n\
            Bandar Lampung, IDN Times -  Harga cabai rawit di sejumlah pasar tradisional naik tajam pekan ini.\n\
            Pedagang mengeluh karena pasokan dari petani berkurang sejak awal bulan ini.\n";
        let got: Vec<(BlockKind, &str)> = kinds(text).into_iter().map(|k| (k.0, k.1)).collect();
        assert_eq!(got[1], (Meta, "Bandar Lampung, IDN Times -"), "{got:?}");
        assert_eq!(got[2].0, Paragraph);
        assert!(got[2].1.starts_with("Harga cabai"), "{got:?}");
    }

    #[test]
    fn a_site_name_after_a_headline_in_the_window_title_is_no_title() {
        let page = "Jatiluhur Menyusut, Keramba Warga Terancam - PurwakartaKita\n\
            Menu\n\
            PurwakartaKita\n\
            Home / Berita / Peristiwa\n\
            Jatiluhur Menyusut, Keramba Warga Terancam\n\
            Oleh Rizal Fahmi\n\
            Senin, 16 September 2024 - 10:05 WIB\n\
            PURWAKARTA, PurwakartaKita.com — Deretan keramba jaring apung di tepi Waduk Jatiluhur kini tak lagi mengapung karena muka air waduk turun.\n\
            Pembudidaya ikan di keramba jaring apung mulai memanen lebih awal agar tidak merugi.\n";
        assert_eq!(
            titles_of(page, Lang::Id),
            ["Jatiluhur Menyusut, Keramba Warga Terancam"]
        );
        // the blog's way round, the site's name first, still reads
        assert!(is_prefixed_window_title(
            "Banjarnegara News: Harga Salak Pondoh Naik, Petani Senang",
            "Harga Salak Pondoh Naik, Petani Senang"
        ));
        assert!(!is_prefixed_window_title(
            "Jatiluhur Menyusut, Keramba Warga Terancam - PurwakartaKita",
            "PurwakartaKita"
        ));
    }

    #[test]
    fn a_trending_bar_over_the_headline_is_a_list_of_other_stories() {
        // ("Trending Now" / "Escom warns of longer blackouts …" / "Flames squad named …" /
        // "National News" / "Who will fix Chileka Road?" / "By Kondwani Phiri")
        let page = include_str!("../../tests/fixtures/pages/fresh/thenationmw-1.en.txt");
        assert_eq!(titles_of(page, Lang::En), ["Who will fix Chileka Road?"]);
        // a ticker's item after its label and a colon is none either ("Trending Now: Carnival
        // Queen show moves to Windsor Park" over "Roseau taps run dry")
        let page = include_str!("../../tests/fixtures/pages/fresh/dominicavibes-1.en.txt");
        assert_eq!(titles_of(page, Lang::En), ["Roseau taps run dry"]);
        assert!(is_ticker_item("Breaking News: Parliament sits on Friday"));
        assert!(!is_ticker_item("Water rationing: what you need to know"));
    }

    #[test]
    fn a_place_closed_by_a_stop_before_the_agency() {
        let line = "ALMATY. KAZINFORM – Kazakhstan will raise the price of bottled gas next month.";
        assert_eq!(dateline_prefix(line), line.find("Kazakhstan"));
        // (an abbreviation's stops make no place: "U.S." is no shouted place)
        assert_eq!(
            dateline_prefix("U.S. officials – and their allies – met on Tuesday in Geneva."),
            None
        );
    }

    #[test]
    fn a_written_by_in_indonesian_is_a_byline() {
        assert!(is_byline("Ditulis oleh Nurul Aisyah Putri"));
        // and a place with the site's name in lower case in brackets is a dateline
        let line = "Lombok Tengah (mataramkini) - Petani tembakau di Lombok Tengah mulai panen.";
        assert_eq!(dateline_prefix(line), line.find("Petani"));
        // (a word of the sentence in brackets before a dash is none)
        assert_eq!(
            dateline_prefix("Harga beras (medium) - naik lagi pekan ini di pasar induk."),
            None
        );
    }

    #[test]
    fn a_sites_banner_on_the_first_line_is_no_dateline_and_no_headline() {
        // ("BanjarmasinKini.com - Kabar Banua Hari Ini" / "Beranda Banjarmasin Kalsel …" /
        // … / "Rob Datang Lagi." / "Penulis: M. Rizal Noor")
        let line = "BanjarmasinKini.com - Kabar Banua Hari Ini";
        assert!(is_site_banner(line, line.find("Kabar").unwrap()));
        let line = "BANJARMASINKINI.COM, BANJARMASIN - Air pasang kembali merendam permukiman.";
        assert!(!is_site_banner(line, line.find("Air").unwrap()));
        let page = include_str!("../../tests/fixtures/pages/fresh/banjarmasinkini-1.id.txt");
        assert_eq!(titles_of(page, Lang::Id), ["Rob Datang Lagi."]);
        // nor is the site's name as its credits sign it, with its slogan, on the first line
        let page = include_str!("../../tests/fixtures/pages/fresh/madurakini-1.id.txt");
        assert_eq!(
            titles_of(page, Lang::Id),
            ["Garam Rakyat Sumenep Belum Terserap."]
        );
    }

    #[test]
    fn a_labelled_breadcrumb_a_posts_byline_and_a_popular_list() {
        assert!(is_labelled_breadcrumb(
            "You are here: Home / Tourism / Analysis"
        ));
        assert!(!is_labelled_breadcrumb(
            "You are here: a guide to the new bus line"
        ));
        assert!(is_byline(
            "Posted by Gabriela Solano on March 8, 2024 in Costa Rica News, Environment"
        ));
        // an embedded post's signature names no categories
        assert!(!is_byline(
            "Posted by Bridlington RNLI Lifeboat Station on Friday, 9 August 2024"
        ));
        // ("Popular This Week" / three headlines / … / "Toucans Return." / the byline)
        let page = include_str!("../../tests/fixtures/pages/fresh/costaricastar-1.en.txt");
        assert_eq!(titles_of(page, Lang::En), ["Toucans Return."]);
        let page = include_str!("../../tests/fixtures/pages/fresh/elsalvadorperspective-1.en.txt");
        let got = blocks_in(page, Lang::En);
        let title: Vec<&str> = got.iter().filter(|b| b.0 == Title).map(|b| b.1).collect();
        assert_eq!(
            title,
            ["A New Bus Line to the Beach Is Not the Same as a Plan for the Coast."]
        );
    }

    #[test]
    fn a_count_glued_after_the_date_is_the_pages() {
        let line = "12 September 2024 | 10:14 WITA Dibaca: 1.209 kali";
        assert_eq!(count_after_date(line), line.find("Dibaca"));
        // a sentence with a colon and a number is none
        assert_eq!(
            count_after_date("Pada 12 September 2024 polisi menyebut: 1.209 warga terdampak"),
            None
        );
        let text = "Krisis Air Bersih di Rote Timur\n\
            Penulis: Jefri Ndun\n\
            12 September 2024 | 10:14 WITA Dibaca: 1.209 kali\n\
            Ratusan kepala keluarga di Desa Londalusi membeli air tangki seharga Rp 175.000 sejak sumur mengering.\n";
        let got: Vec<(BlockKind, &str)> = kinds(text).into_iter().map(|k| (k.0, k.1)).collect();
        assert_eq!(got[2], (Meta, "12 September 2024 | 10:14 WITA"), "{got:?}");
        assert_eq!(got[3], (Boilerplate, "Dibaca: 1.209 kali"), "{got:?}");
    }

    #[test]
    fn a_share_bars_label_over_a_credit_introduces_no_picture() {
        let text = "Harga Gula Kelapa Anjlok, Penderes Cilongok Pilih Menahan Stok\n\
            Bagikan:\n\
            Foto: banyumaskini.id/Dimas Aryo Wicaksono\n\
            Sugiarto (52), penderes di Desa Pageraji, Kecamatan Cilongok, menunjukkan gula kelapa cetak yang belum terjual, Selasa (11/6/2024).\n\
            CILONGOK, banyumaskini.id – Harga gula kelapa cetak di tingkat penderes di Kecamatan Cilongok terus merosot dalam tiga pekan terakhir.\n\
            Penurunan itu membuat sebagian penderes memilih menahan hasil produksinya di rumah.\n";
        let got: Vec<(BlockKind, &str)> = kinds(text).into_iter().map(|k| (k.0, k.1)).collect();
        assert_eq!(got[2].0, Credit, "{got:?}");
        assert_eq!(got[3].0, Caption, "{got:?}");
        assert!(got[3].1.starts_with("Sugiarto (52)"), "{got:?}");
    }

    #[test]
    fn a_writers_name_and_the_outlets_role_is_a_byline() {
        assert!(is_byline("Tishana Blair/Star Writer"));
        assert!(is_byline("Odette Campbell-Hylton/Gleaner Writer"));
        assert!(!is_byline("Kenroy Lawrence/Photographer"));
        assert!(!is_byline("Photo: Wardi Hamid/Brunei Reporter"));
        // and an unnamed source under it credits the photo below, not the story
        let page = "Cascade residents stranded as river washes away footbridge\n\
            Published:Thursday | November 14, 2024 | 12:07 AM\n\
            Odette Campbell-Hylton/Gleaner Writer\n\
            \n\
            Contributed\n\
            Students from Cascade in Hanover cross the Lucea East River on a makeshift log bridge on Tuesday. Residents say the crossing has become dangerous since the footbridge was swept away last month.\n\
            \n\
            WESTERN BUREAU: For nearly four weeks, residents of Cascade in Hanover have been wading across the Lucea East River to reach the main road.\n\
            Councillor Marcia Dunbar said a temporary bridge would be built before the end of the month.\n";
        let got = blocks_in(page, Lang::En);
        assert_eq!(
            got[2],
            (Meta, "Odette Campbell-Hylton/Gleaner Writer"),
            "{got:?}"
        );
        assert_eq!(got[3], (Credit, "Contributed"), "{got:?}");
    }

    #[test]
    fn a_second_dateline_shaped_label_opens_a_caption() {
        let text = "Kebakaran Hanguskan Ratusan Kios di Pasar Petisah Medan\n\
            TRIBUNNEWS.COM, MEDAN - Kebakaran melanda Pasar Petisah di Medan pada Minggu malam dan menghanguskan ratusan kios.\n\
            BANJIR - Sejumlah warga melintasi genangan di Jalan Gatot Subroto, Medan, Senin (4/3/2024).\n\
            Petugas pemadam kebakaran membutuhkan sembilan jam untuk memadamkan api di pasar tersebut.\n\
            ARSIP - Pedagang menata dagangan di Pasar Petisah, Medan, beberapa waktu lalu.\n";
        let got: Vec<(BlockKind, &str)> = kinds(text).into_iter().map(|k| (k.0, k.1)).collect();
        assert_eq!(got[1], (Meta, "TRIBUNNEWS.COM, MEDAN -"));
        assert_eq!(
            got[3],
            (
                Caption,
                "BANJIR - Sejumlah warga melintasi genangan di Jalan Gatot Subroto, Medan, Senin (4/3/2024)."
            )
        );
        assert_eq!(got[4].0, Paragraph);
        assert_eq!(
            got[5],
            (
                Caption,
                "ARSIP - Pedagang menata dagangan di Pasar Petisah, Medan, beberapa waktu lalu."
            )
        );
        // a label under its credit, over the story's dateline
        let text = "Jembatan Gantung di Banjarnegara Putus Diterjang Banjir\n\
            TRIBUNJATENG/KHOIRUL ANWAR\n\
            PUTUS - Warga melihat sisa tali baja jembatan gantung di Banjarnegara, Senin (6/5/2024).\n\
            TRIBUNJATENG.COM, BANJARNEGARA - Jembatan gantung sepanjang 60 meter putus diterjang banjir.\n";
        let got: Vec<(BlockKind, &str)> = kinds(text).into_iter().map(|k| (k.0, k.1)).collect();
        assert_eq!(got[1], (Credit, "TRIBUNJATENG/KHOIRUL ANWAR"));
        assert_eq!(got[2].0, Caption, "{got:?}");
        assert!(got[2].1.starts_with("PUTUS - Warga"), "{got:?}");
        assert_eq!(got[3], (Meta, "TRIBUNJATENG.COM, BANJARNEGARA -"));
        // a credit between a label's caption and the story's dateline is the caption's
        let text = "Sungai Kapuas Meluap, Jalan di Pontianak Tergenang\n\
            BANJIR – Warga melintasi genangan air di Jalan Tanjungpura, Minggu (17/3).\n\
            ANDI RAHMAN/PONTIANAK POST\n\
            PONTIANAK – Air Sungai Kapuas meluap dan menggenangi sejumlah jalan di tepian kota.\n";
        let got: Vec<(BlockKind, &str)> = kinds(text).into_iter().map(|k| (k.0, k.1)).collect();
        assert_eq!(got[1].0, Caption, "{got:?}");
        assert_eq!(got[3], (Meta, "PONTIANAK –"), "{got:?}");
        // one dateline alone is the story's
        let text = "Banjir Rendam Medan\nMEDAN - Banjir merendam ratusan rumah warga di Medan pada Senin pagi.\n";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|k| k.0).collect();
        assert_eq!(got, [Title, Meta, Paragraph]);
    }

    #[test]
    fn a_standfirst_without_a_stop_is_neither_the_title_nor_clutter() {
        let text = "Pasar Terbakar di Medan\n\
            Petugas pemadam kebakaran masih mencari korban di antara puing pasar yang terbakar sejak Minggu malam\n\
            Minggu, 3 Maret 2024 21:40 WIB\n\
            Kebakaran melanda pasar tradisional di Medan pada Minggu malam dan menghanguskan ratusan kios pedagang.\n\
            Petugas pemadam kebakaran mengerahkan belasan mobil untuk memadamkan api di pasar itu.\n";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|k| k.0).collect();
        assert_eq!(got, [Title, Paragraph, Meta, Paragraph, Paragraph]);
    }

    #[test]
    fn a_bio_after_the_story_is_clutter_even_when_it_names_the_story_s_places() {
        let story = "Trotoar Bekasi Dipenuhi Pedagang\n\
            Trotoar di pusat kota Bekasi kembali dipenuhi pedagang kaki lima sejak pekan lalu.\n\
            Pejalan kaki di Bekasi terpaksa berjalan di badan jalan yang ramai kendaraan.\n\
            Pemerintah kota Bekasi berjanji menertibkan pedagang kaki lima pekan depan.\n";
        // the bio shares "Bekasi", "kota", "pejalan kaki" with the story: its shape decides
        let bio = "Bagas Wicaksana adalah peneliti tata kota dan pegiat pejalan kaki di Bekasi.";
        let got: Vec<BlockKind> = kinds(&format!("{story}{bio}"))
            .into_iter()
            .map(|k| k.0)
            .collect();
        assert_eq!(got, [Title, Paragraph, Paragraph, Paragraph, Boilerplate]);
        // inside the story, the same line introduces a speaker and stays
        let inside = format!(
            "{story}{bio}\nMenurut dia, pedagang kaki lima di Bekasi perlu lokasi berjualan yang tetap."
        );
        let got: Vec<BlockKind> = kinds(&inside).into_iter().map(|k| k.0).collect();
        assert_eq!(
            got,
            [Title, Paragraph, Paragraph, Paragraph, Paragraph, Paragraph]
        );
    }

    #[test]
    fn a_menu_read_as_one_line_is_no_headline_over_the_headline() {
        let story = "PLN to add 3 GW of solar capacity on Java and Bali\n\
            Reporter: Putra Mahendra\n\
            State utility PLN plans to add 3 gigawatts of solar capacity on Java and Bali by 2030.\n\
            The solar plants will be built near existing substations on both islands, Indonesia's \
            energy ministry said.\n";
        for menu in [
            "Indonesia Business Post Energy",
            "Skip to main content Business Post Energy",
        ] {
            let page = format!("{menu}\n{story}");
            let got = blocks_in(&page, Lang::En);
            assert!(
                has(
                    &got,
                    Title,
                    "PLN to add 3 GW of solar capacity on Java and Bali"
                ),
                "{got:?}"
            );
        }
        assert!(is_label_row(
            "detikFinance Berita Ekonomi Bisnis Bursa & Valas"
        ));
        assert!(!is_label_row(
            "Rare Bird Spotted in Indonesia for First Time in Decades"
        ));
        assert!(!is_label_row(
            "Kota Kita Butuh Lebih Banyak Trotoar, Bukan Flyover"
        ));
        assert!(!is_label_row("NICKEL AND DIMED AGAIN"));
        assert!(opens_with_clutter("Skip to content BBC Sport Football"));
        assert!(!opens_with_clutter("Skip to content"));
    }

    #[test]
    fn a_row_of_links_parted_by_bars_is_the_pages() {
        for row in [
            "Skip to content | Suarabaru.id | Semarang Raya | Kedu | Pantura",
            "Pencarian populer: | banjir banjarmasin | sungai martapura | Bagikan ke:",
            "0:00 | 0:09:58 | Direct link | 64 kbps | MP3",
        ] {
            assert!(is_link_row(row), "{row}");
        }
        // a date line's fields, a credit's parts, a headline with its site
        for line in [
            "Senin, 6 Mei 2024 | 14:20 WIB | Kompas.com",
            "Bloomberg | Bloomberg | Getty Images",
            "Harga Beras Naik Lagi | Kompas.com",
        ] {
            assert!(!is_link_row(line), "{line}");
        }
        // a row holding the page's clutter is no credit's parts
        assert!(!credit::is_credit(
            "ADVERTISEMENT | SCROLL TO RESUME CONTENT"
        ));
        assert!(!credit::is_credit("ARTIKEL TERKAIT | BACA JUGA"));
    }

    #[test]
    fn a_link_to_another_story_glued_after_the_paragraph_is_split_off() {
        let cases = [
            (
                "Harga naik lagi, kata dia. Baca juga: Harga Cabai Naik Jelang Lebaran",
                Some("Baca"),
            ),
            ("Harga naik lagi,\" kata dia. Baca Juga", Some("Baca")),
            (
                "Status masih Siaga. BACA JUGA Jalur Pendakian Masih Ditutup",
                Some("BACA"),
            ),
            (
                "Prices fell. Read more: Rice prices ease as harvest begins",
                Some("Read"),
            ),
            // past all the white space after the stop
            ("Prices fell.  Read more: Rice prices ease", Some("Read")),
            // a copyright after the stop is left to the credits' rules, however spaced
            ("Harga naik lagi.  © 2024 Kabar Kota", None),
            (
                "No casualties were reported. Read more at straitstimes.com.",
                Some("Read"),
            ),
            // the page's own last sentence
            (
                "Harga naik lagi. Baca juga laporan lengkapnya di halaman berikut.",
                Some("Baca"),
            ),
            // a sentence of the story opening with a label's word, a credit's copyright, a
            // label inside a sentence
            (
                "Petani menanam padi. Related costs rose by 5% this year.",
                None,
            ),
            (
                "Ash billows over the crater on March 4, 2024. © Yosef Kelen, AFP",
                None,
            ),
            (
                "Warga diminta membaca juga: aturan baru itu berlaku Senin.",
                None,
            ),
        ];
        for (line, at) in cases {
            assert_eq!(
                related_tail(line),
                at.map(|w| line.find(w).unwrap_or(0)),
                "{line}"
            );
        }
        let page = "Harga Cabai Naik Lagi di Pasar Induk\n\
            Harga cabai di pasar induk naik lagi pekan ini. Baca juga: Harga Bawang Turun\n\
            Pedagang menyebut pasokan cabai dari sentra produksi berkurang karena hujan.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(&got, Boilerplate, "Baca juga: Harga Bawang Turun"),
            "{got:?}"
        );
        assert!(
            has(
                &got,
                Paragraph,
                "Harga cabai di pasar induk naik lagi pekan ini."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_page_without_its_headline_gives_no_label_and_no_caption_as_the_title() {
        // the body as a crawler that stores the title apart leaves it: a site's name, a lead
        // photo's caption and credit, the story
        let page = "Bali Post\n\
            Wisatawan berjalan di antara sawah di sebuah desa wisata di Tabanan.\n\
            Foto: Dok. Bali Post\n\
            Jumlah wisatawan yang berkunjung ke desa wisata di Tabanan, Bali, naik dua kali \
            lipat selama libur panjang.\n\
            Pengelola desa wisata menambah pemandu untuk melayani wisatawan di jalur sawah.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(!got.iter().any(|&(kind, _)| kind == Title), "{got:?}");
        // nor, without the site's name, the caption over its credit
        let got = blocks_in(&page["Bali Post\n".len()..], Lang::Id);
        assert!(!got.iter().any(|&(kind, _)| kind == Title), "{got:?}");
        // a short headline that shares two of the story's words is one
        let page = format!("Harga Beras Naik\n{}", &page["Bali Post\n".len()..])
            .replace("Jumlah wisatawan", "Harga beras di pasar");
        let got = blocks_in(&page, Lang::Id);
        assert!(has(&got, Title, "Harga Beras Naik"), "{got:?}");
    }

    #[test]
    fn an_authors_disclosure_under_the_title_is_no_standfirst() {
        let page = "Mengapa banjir rob di pantai utara Jawa makin sering\n\
            Diterbitkan: 12 Maret 2024 09.15 WIB\n\
            Pernyataan Konflik Kepentingan\n\
            Rina Kusumawardhani menerima dana penelitian dari Kementerian Pendidikan untuk \
            studi penurunan muka tanah.\n\
            Banjir rob di pantai utara Jawa makin sering karena tanah di pesisir terus turun.\n\
            Penelitian kami di Pekalongan menunjukkan genangan rob bertambah hampir dua kali \
            lipat dalam sepuluh tahun.\n\
            Pemerintah daerah perlu membatasi sumur dalam di kawasan pesisir.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            got.iter().any(|&(kind, text)| kind == Boilerplate
                && text.starts_with("Rina Kusumawardhani menerima")),
            "{got:?}"
        );
    }

    #[test]
    fn a_word_only_credits_use_in_brackets_closing_a_caption_is_its_credit() {
        let page = "Ogoh-ogoh Raksasa Diarak Keliling Desa Jelang Nyepi\n\
            Foto: Pemuda banjar mengarak ogoh-ogoh di jalan utama Desa Kesiman, Denpasar. (ist)\n\
            Ratusan pemuda dari belasan banjar mengarak ogoh-ogoh keliling desa menjelang Nyepi.\n\
            Warga memadati pinggir jalan sejak sore untuk menyaksikan arak-arakan itu.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Credit, "(ist)"), "{got:?}");
        // an editor's initials in the same place stay meta
        let initials = page.replace("(ist)", "(rd/ant)");
        let got = blocks_in(&initials, Lang::Id);
        assert!(has(&got, Meta, "(rd/ant)"), "{got:?}");
    }

    #[test]
    fn initials_closing_the_storys_last_paragraph_are_its_editors() {
        let story = "Cebu City cuts water supply hours as dams fall to record lows\n\
            The water district will cut supply hours in several barangays starting Wednesday.\n\
            Households in the affected areas will receive water only in the morning.\n";
        let last = "The dry spell has also hit farms in the province's northern towns, where the \
                    agriculture office has recorded losses in corn. (JJA)";
        let page = format!("{story}{last}\nFollow us on Facebook.\n");
        let got = blocks_in(&page, Lang::En);
        assert!(has(&got, Meta, "(JJA)"), "{got:?}");
        assert!(!got.iter().any(|&(kind, _)| kind == Caption), "{got:?}");
        // between the story's paragraphs, the same shape is a caption and its agency
        let between = format!(
            "{story}Officials meet in Cebu City on Thursday. (JJA)\n\
             Officials urged residents to store water in clean containers.\n"
        );
        let got = blocks_in(&between, Lang::En);
        assert!(has(&got, Credit, "(JJA)"), "{got:?}");
        // and a known agency stays one after the last paragraph
        let known = format!("{story}Officials meet in Kuala Lumpur. (BERNAMA)\n");
        let got = blocks_in(&known, Lang::En);
        assert!(has(&got, Credit, "(BERNAMA)"), "{got:?}");
        // desks' initials joined by a slash on their own line under the story's last lines
        // (a fixture page: the story, an editor's note, "RAS/AR", the site's prompts)
        let page = include_str!("../../tests/fixtures/pages/fresh/dhakapost-1.en.txt");
        assert_eq!(kind_of(page, "RAS/AR", Lang::En), Some(BlockKind::Meta));
        assert!(credit::is_slashed_initials("ANT/RDN/HS"));
        assert!(!credit::is_slashed_initials("AFP/AP"));
        assert!(!credit::is_slashed_initials("ANTARA/Budi"));
        // glued to the last sentence's stop by the scraper
        assert_eq!(
            trailing_initials("“Bisa-bisa banyak kandang yang kosong,” pungkasnya.(ang/mt)"),
            Some("“Bisa-bisa banyak kandang yang kosong,” pungkasnya.".len())
        );
        // (not a word's brackets inside a sentence)
        assert_eq!(trailing_initials("Harga telur ayam ras(ras)"), None);
    }

    #[test]
    fn a_quotation_closing_the_story_is_the_storys_whatever_words_of_the_page_it_holds() {
        let story = "Drained rice fields emit less methane, trial shows\n\
            Letting rice fields dry out between irrigations cut methane emissions by half.\n\
            The trial compared flooded plots with plots that were drained and flooded again.\n\
            Draining the fields lets oxygen into the soil and slows the microbes down.\n";
        // "author" is a word of the page ("The author is a lecturer …"), here a speaker's role
        let quote =
            "\"Farmers were worried about yields, but the harvest was the same,\" said the \
                     study's lead author.";
        let got: Vec<BlockKind> = blocks_in(&format!("{story}{quote}\n"), Lang::En)
            .into_iter()
            .map(|k| k.0)
            .collect();
        assert_eq!(got, [Title, Paragraph, Paragraph, Paragraph, Paragraph]);
        // the page's note on its author, with no one quoted, is still the page's
        let note =
            "The author is a lecturer in soil science who writes about farming for our site.";
        let got: Vec<BlockKind> = blocks_in(&format!("{story}{note}\n"), Lang::En)
            .into_iter()
            .map(|k| k.0)
            .collect();
        assert_eq!(got.last(), Some(&Boilerplate), "{got:?}");
        assert!(
            reports_speech("“Kami siap,” kata Budi.") && !reports_speech("Kata Budi, kami siap.")
        );
        // a closing quotation with no verb of saying, signed by the publication, is the story's
        let quote = "\"You cannot teach a child who is not in the classroom. And you cannot \
            ask a parent to send a child into a flooded river.\" DM";
        let page = format!("{story}{quote}\n");
        let got = blocks_in(&page, Lang::En);
        assert_eq!(got.last(), Some(&(Meta, "DM")), "{got:?}");
        assert_eq!(got[got.len() - 2].0, Paragraph, "{got:?}");
        assert!(!is_whole_quotation("\"Kami siap,\" kata Budi."));
    }

    #[test]
    fn a_headline_sharing_no_word_with_its_story_is_found_by_its_place() {
        let text = "Berita Terkini\n\
            Nasib di Ujung Tanduk\n\
            Minggu, 26 Februari 2023\n\
            Oleh: VOA Indonesia\n\
            Ratusan pedagang pasar menolak relokasi lapak ke gedung baru di sisi timur pasar.\n\
            Mereka menilai gedung baru itu terlalu sempit untuk lapak yang ada sekarang.";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|k| k.0).collect();
        assert_eq!(got, [Boilerplate, Title, Meta, Meta, Paragraph, Paragraph]);
    }

    #[test]
    fn subheadings_between_paragraphs_are_meta() {
        let lead =
            "Kebakaran melanda gudang di Cakung pada Senin malam dan merusak ratusan kardus.";
        let body = "Petugas pemadam tiba sekitar dua puluh menit setelah warga melapor ke posko.";
        let text = format!(
            "Gudang di Cakung Terbakar\n{lead}\n1. Api diduga berasal dari korsleting listrik\n{body}\n\
             Apa penyebab kebakaran itu?\n{body}\nBagaimana Anda menilai kerja petugas?\n{lead}\n\
             Berikut barang yang terbakar:\n1. Kardus\n2. Kain\n{body}"
        );
        let got: Vec<(BlockKind, &str)> = kinds(&text).into_iter().map(|k| (k.0, k.1)).collect();
        let kind = |line: &str| got.iter().find(|(_, l)| *l == line).map(|(k, _)| *k);
        // a listicle's number and a question standing as a subheading
        assert_eq!(
            kind("1. Api diduga berasal dari korsleting listrik"),
            Some(Meta)
        );
        assert_eq!(kind("Apa penyebab kebakaran itu?"), Some(Meta));
        // an interviewer's question, and the items of a list, are the story's text
        assert_eq!(
            kind("Bagaimana Anda menilai kerja petugas?"),
            Some(Paragraph)
        );
        assert_eq!(kind("1. Kardus"), Some(Paragraph));
        assert_eq!(kind("2. Kain"), Some(Paragraph));

        // the first heading follows the line that introduces the listicle, the next one a
        // "Baca Juga" line: both are looked past
        let text = format!(
            "Gudang di Cakung Terbakar\n{lead}\nBerikut fakta-fakta kebakaran itu:\n\
             1. Api menyebar dari lantai dua\n{body}\nBaca Juga: Pasar Senen Terbakar Lagi\n\
             2. Warga sempat mengungsi\n{lead}"
        );
        let got: Vec<(BlockKind, &str)> = kinds(&text).into_iter().map(|k| (k.0, k.1)).collect();
        let kind = |line: &str| got.iter().find(|(_, l)| *l == line).map(|(k, _)| *k);
        assert_eq!(kind("1. Api menyebar dari lantai dua"), Some(Meta));
        assert_eq!(kind("2. Warga sempat mengungsi"), Some(Meta));
        assert_eq!(kind("Berikut fakta-fakta kebakaran itu:"), Some(Paragraph));
    }

    #[test]
    fn the_sites_slogan_over_its_menu_loses_the_title_to_the_headline_over_the_byline() {
        // the site's name and slogan over its menu, a kicker, the headline with a stop over its
        // standfirst and the byline
        let page = include_str!("../../tests/fixtures/pages/fresh/boyolalitoday-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(&got, Title, "Susu Dibuang, Peternak Meradang."),
            "{got:?}"
        );
    }

    #[test]
    fn a_headline_over_the_pages_date_lines_over_the_byline_is_found_by_its_place() {
        let page = "Subscribe\n\
            Business\n\
            Harbour Street cafe closes after 40 years. Here is what comes next.\n\
            Updated: Mar. 4, 2025, 2:10 p.m.|Published: Mar. 4, 2025, 9:05 a.m.\n\
            By Dana Whitlock | dwhitlock@example.com\n\
            The counter of the Harbour Street cafe on its last morning, seen on Monday.\n\
            Lee Park | lpark@example.com\n\
            The Harbour Street cafe, which has served breakfast to dock workers since 1985, \
            will close its doors at the end of the month, its owners said on Monday.\n\
            The building has been sold to a developer who plans to open a bakery on the ground \
            floor and flats above it, according to county records.\n\
            Regulars said they would miss the cafe's early opening hours and its cheap coffee.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Title,
                "Harbour Street cafe closes after 40 years. Here is what comes next."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn desks_initials_under_the_storys_last_paragraph_make_it_no_caption() {
        let last = "The council called on residents to keep the planted areas clean and to \
                    refrain from dumping waste or driving vehicles on the shoreline, noting that \
                    the next phase of the programme is scheduled to begin in the autumn.";
        let page = format!(
            "Council plants mangroves along the bay\n\
             Manama, March 12: The council today launched the third phase of its mangrove \
             restoration programme along the bay, with volunteers and students taking part.\n\
             The phase forms part of a national plan to quadruple the area of mangroves by 2035, \
             officials said at the launch on Tuesday morning.\n\
             {last}\n\
             RKM/TDA\n\
             Share\n\
             Related News\n"
        );
        let got = blocks_in(&page, Lang::En);
        assert!(has(&got, Paragraph, last), "{got:?}");
        assert!(has(&got, Meta, "RKM/TDA"), "{got:?}");
    }

    #[test]
    fn a_few_words_quoted_whole_without_a_stop_between_paragraphs_are_a_subheading() {
        let lead =
            "Kebakaran melanda gudang di Cakung pada Senin malam dan merusak ratusan kardus.";
        let body = "Petugas pemadam tiba sekitar dua puluh menit setelah warga melapor ke posko.";
        for heading in [
            "'Ke mana kami harus pergi?'",
            "“Api datang dari lantai dua”",
        ] {
            let text = format!("Gudang di Cakung Terbakar\n{lead}\n{heading}\n{body}\n{lead}");
            let got: Vec<(BlockKind, &str)> =
                kinds(&text).into_iter().map(|k| (k.0, k.1)).collect();
            assert!(got.contains(&(Meta, heading)), "{got:?}");
        }
        // a quoted sentence on its stop, or an exclamation, is the story's paragraph
        for quote in [
            "“Api datang dari lantai dua.”",
            "\"Tolong!\"",
            "\"Menurut saya itu wajar, bagaimana menurut Anda?\"",
        ] {
            let text = format!("Gudang di Cakung Terbakar\n{lead}\n{quote}\n{body}\n{lead}");
            let got: Vec<(BlockKind, &str)> =
                kinds(&text).into_iter().map(|k| (k.0, k.1)).collect();
            assert!(!got.contains(&(Meta, quote)), "{got:?}");
        }
    }

    #[test]
    fn a_table_of_contents_is_the_page_s_and_its_copies_are_subheadings() {
        let page = "HaiBunda\nAnak Susah Tidur Siang? Ini Saran Dokter Anak\n\
            Kamis, 28 Mar 2024 10:00 WIB\nDaftar Isi\nBerapa lama anak perlu tidur siang?\n\
            Cara membiasakan anak tidur siang\n\
            Jakarta - Banyak orang tua bingung ketika anak menolak tidur siang di rumah.\n\
            Dokter anak Andini Lestari mengatakan anak usia tiga tahun masih butuh tidur siang.\n\
            Berapa lama anak perlu tidur siang?\n\
            Menurut Andini, kebutuhan tidur setiap anak berbeda dan orang tua perlu melihat tanda lelah.\n\
            Cara membiasakan anak tidur siang\n\
            Buat rutinitas yang sama setiap hari, misalnya membaca buku setelah makan siang.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(
            &got,
            Title,
            "Anak Susah Tidur Siang? Ini Saran Dokter Anak"
        ));
        assert!(has(&got, Meta, "Jakarta -"));
        let of = |line: &str| -> Vec<BlockKind> {
            got.iter().filter(|b| b.1 == line).map(|b| b.0).collect()
        };
        // the entries are the page's, and their copies are headings, not sentences
        for entry in [
            "Berapa lama anak perlu tidur siang?",
            "Cara membiasakan anak tidur siang",
        ] {
            let kinds = of(entry);
            assert_eq!(kinds.len(), 2, "{entry}");
            assert_eq!(kinds[0], Boilerplate, "{entry}");
            assert!(!kinds[1].is_translated(), "{entry}");
        }
        // a table after the story's opening paragraph, too
        let after_lead = page.replace(
            "Daftar Isi\nBerapa lama anak perlu tidur siang?\nCara membiasakan anak tidur siang\n\
             Jakarta - Banyak orang tua bingung ketika anak menolak tidur siang di rumah.\n",
            "Jakarta - Banyak orang tua bingung ketika anak menolak tidur siang di rumah.\n\
             Daftar Isi\nBerapa lama anak perlu tidur siang?\nCara membiasakan anak tidur siang\n",
        );
        assert_ne!(after_lead, page);
        let got = blocks_in(&after_lead, Lang::Id);
        let kinds: Vec<BlockKind> = got
            .iter()
            .filter(|b| b.1 == "Berapa lama anak perlu tidur siang?")
            .map(|b| b.0)
            .collect();
        assert_eq!(kinds.len(), 2, "{got:?}");
        assert_eq!(kinds[0], Boilerplate, "{got:?}");
        assert!(!kinds[1].is_translated(), "{got:?}");
        // one entry is no table, but the body's copy of it is not the story's words: the
        // headline is still the title
        let one = page.replacen("Cara membiasakan anak tidur siang\n", "", 1);
        let got = blocks_in(&one, Lang::Id);
        assert!(has(
            &got,
            Title,
            "Anak Susah Tidur Siang? Ini Saran Dokter Anak"
        ));
        // a page the scraper printed twice repeats its lines in runs: its headline stays
        let story = "Banjir Rendam Ratusan Rumah di Bekasi\nOleh Rina Wulandari\n\
            Banjir merendam ratusan rumah di Bekasi sejak Senin pagi setelah hujan deras.\n\
            Warga mengungsi ke masjid dan balai desa yang lebih tinggi dari permukiman.\n";
        let twice = format!("{story}{story}");
        let got = blocks_in(&twice, Lang::Id);
        assert_eq!(got[0], (Title, "Banjir Rendam Ratusan Rumah di Bekasi"));
    }

    #[test]
    fn a_site_s_name_above_the_headline_and_a_word_of_its_menu() {
        let page = "Xinhua\nWorld\nMalaysia, Indonesia agree to speed up border talks\n\
            JAKARTA, March 28 - Malaysia and Indonesia agreed on Thursday to speed up \
            talks on the remaining parts of their border.\n\
            The two countries' ministers said technical teams would meet every three months.\n";
        let got = blocks_in(page, Lang::En);
        assert_eq!(got[0], (Boilerplate, "Xinhua"));
        assert_eq!(got[1], (Boilerplate, "World"));
        assert_eq!(got[2].0, Title);
        // a label of two words touching an agency's credit is still its caption
        let page = "Banjir Rendam Bekasi\nGedung Sate\nAntara\nKamis, 28 Maret 2024\n\
            Banjir merendam ratusan rumah di Bekasi sejak Senin pagi setelah hujan deras.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Caption, "Gedung Sate"));
        assert!(has(&got, Credit, "Antara"));
    }

    #[test]
    fn a_short_standfirst_under_a_headline_in_sentence_case_over_a_bare_byline() {
        let page = "The National\nAsia\n\
            Indonesia's Ramadan travel rush begins as millions head home\n\
            Officials expect more than 190 million journeys over the holiday period\n\
            Nadia Farouk\nMar 28, 2024\n\
            Jakarta: Millions of Indonesians have started travelling to their home towns ahead \
            of Eid, crowding ports and train stations.\n\
            The government has expected more than 190 million journeys over the holiday period.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(
            &got,
            Title,
            "Indonesia's Ramadan travel rush begins as millions head home"
        ));
        assert!(has(
            &got,
            Paragraph,
            "Officials expect more than 190 million journeys over the holiday period"
        ));
        // a section's path above the headline is no credit
        let rest = page.split_once("Asia\n").map_or("", |(_, rest)| rest);
        let page = format!("Global Times\nWORLD / ASIA-PACIFIC\n{rest}");
        let got = blocks_in(&page, Lang::En);
        assert!(has(&got, Boilerplate, "WORLD / ASIA-PACIFIC"));
    }

    #[test]
    fn a_widget_s_label_does_not_introduce_a_list() {
        let story = "Presiden Minta Penyaluran Bantuan Pangan Dipercepat\n\
            Presiden meminta kementerian mempercepat penyaluran bantuan pangan beras kepada keluarga.\n\
            Pemerintah juga akan memantau harga beras di pasar secara harian.\n";
        let got_with = |tail: &str| {
            let page = format!("{story}{tail}");
            find_blocks(&page, Lang::Id)
                .into_iter()
                .map(|b| (b.kind, b.span.of(&page).to_string()))
                .collect::<Vec<_>>()
        };
        let got = got_with("Bagikan:\nKategori: Berita\n");
        for line in ["Bagikan:", "Kategori: Berita"] {
            let kind = got.iter().find(|b| b.1 == line).map(|b| b.0);
            assert!(kind.is_some_and(|k| !k.is_translated()), "{line}: {kind:?}");
        }
        // a line of several words introducing its list keeps it in the story
        let got = got_with("Infografis gempa dari BMKG:\nMagnitudo: 5,6\nKedalaman: 10 km\n");
        for line in [
            "Infografis gempa dari BMKG:",
            "Magnitudo: 5,6",
            "Kedalaman: 10 km",
        ] {
            let kind = got.iter().find(|b| b.1 == line).map(|b| b.0);
            assert_eq!(kind, Some(Paragraph), "{line}");
        }
    }

    #[test]
    fn a_scene_without_a_stop_above_a_labelled_credit_is_its_caption() {
        let page = "Jakarta flood barrier faces delays\n\
            A giant sea wall meant to protect the sinking capital is years behind schedule.\n\
            Parts of northern Jakarta already lie below sea level\n\
            Image: Adek Berry/AFP/Getty Images\n\
            Work on a sea wall designed to protect northern Jakarta has fallen years behind schedule, officials said.\n\
            The land in parts of the city is sinking by several centimeters a year.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(
            &got,
            Caption,
            "Parts of northern Jakarta already lie below sea level"
        ));
        assert!(has(&got, Credit, "Image: Adek Berry/AFP/Getty Images"));
        assert!(has(
            &got,
            Paragraph,
            "Work on a sea wall designed to protect northern Jakarta has fallen years behind schedule, officials said."
        ));
        // a credit with no label of its own keeps the caption under it, unless that line
        // reports speech ("…, officials said."), which a caption does not
        let page = page
            .replace("Image: Adek Berry/AFP/Getty Images", "AFP/Adek Berry")
            .replace(" behind schedule, officials said.", " behind schedule.");
        let got = blocks_in(&page, Lang::En);
        assert!(!has(
            &got,
            Caption,
            "Parts of northern Jakarta already lie below sea level"
        ));
        // unless the prose under it is longer than a caption
        let long = "Work on a sea wall designed to protect northern Jakarta from the sea has \
            fallen years behind schedule, as land acquisition along the coast and the \
            relocation of fishing villages took longer than the planners of the project \
            had expected when it began.";
        let page = page.replace(
            "Work on a sea wall designed to protect northern Jakarta has fallen years behind schedule.",
            long,
        );
        let got = blocks_in(&page, Lang::En);
        assert!(has(
            &got,
            Caption,
            "Parts of northern Jakarta already lie below sea level"
        ));
        assert!(has(&got, Paragraph, long), "{got:?}");
    }

    #[test]
    fn a_story_told_in_sections_and_a_short_closing_line_that_names_its_people() {
        let page = "Indonesia's nickel boom is drawing a new kind of investor\n\
            The News\n\
            Middle Eastern sovereign funds are lining up to invest in Indonesia's nickel plants, people said.\n\
            Know More\n\
            Indonesia banned exports of raw nickel ore in 2020 to force companies to process it at home.\n\
            The View From Jakarta\n\
            Officials want to reduce the country's dependence on Chinese capital and attract other buyers.\n\
            Sign up for our newsletter\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Meta, "The View From Jakarta"));
        assert!(has(
            &got,
            Paragraph,
            "Officials want to reduce the country's dependence on Chinese capital and attract other buyers."
        ));
        // one heading alone is no section: what follows it stays the page's
        let page = "Indonesia's nickel boom is drawing a new kind of investor\n\
            Middle Eastern sovereign funds are lining up to invest in Indonesia's nickel plants, people said.\n\
            Indonesia banned exports of raw nickel ore in 2020 to force companies to process it at home.\n\
            More From Our Partners\n\
            Discover the best hotels in Bali with our partner's exclusive travel deals this season.\n";
        let got = blocks_in(page, Lang::En);
        assert!(!has(
            &got,
            Paragraph,
            "Discover the best hotels in Bali with our partner's exclusive travel deals this season."
        ));
        // a short closing line that names the story's people, and a prompt that does not
        let story = "Jakarta is sinking fast\n\
            On a humid afternoon in North Jakarta, Siti Aminah showed me the line on her kitchen wall.\n\
            It was almost at the height of her shoulder, she said, and the water came fast.\n\
            The government has been building a giant sea wall on the coast.\n";
        let page = format!("{story}Neither will help Siti Aminah much.\n");
        let got = blocks_in(&page, Lang::En);
        assert!(has(&got, Paragraph, "Neither will help Siti Aminah much."));
        let page = format!("{story}Follow us on Instagram.\n");
        let got = blocks_in(&page, Lang::En);
        assert!(!has(&got, Paragraph, "Follow us on Instagram."));
    }

    #[test]
    fn the_reporter_s_signature_under_the_site_s_name_after_the_story() {
        let story = "Bintang.com\nAktor Reza Mahendra Bagikan Momen Buka Puasa Bersama Keluarga\n\
            Bintang.com, Jakarta Aktor Reza Mahendra membagikan momen buka puasa bersama keluarganya.\n\
            Dalam unggahan itu, Reza terlihat menyiapkan makanan bersama ibunya di dapur rumah.\n\
            Reza baru saja menyelesaikan syuting film terbarunya di Yogyakarta pekan lalu.\n";
        let page = format!("{story}Bintang.com/Nadia Safitri\n");
        let got = blocks_in(&page, Lang::Id);
        assert!(has(&got, Meta, "Bintang.com/Nadia Safitri"));
        assert!(has(
            &got,
            Paragraph,
            "Reza baru saja menyelesaikan syuting film terbarunya di Yogyakarta pekan lalu."
        ));
        // another outlet's name there credits a photo, whose caption is the line above
        let page = format!("{story}Kapanlagi.com/Nadia Safitri\n");
        let got = blocks_in(&page, Lang::Id);
        assert!(has(&got, Credit, "Kapanlagi.com/Nadia Safitri"));
    }

    /// A photo page: two photos by one photographer inside the story.
    const KETUPAT: &str = "Perajin Ketupat di Kampung Sawah\n\
        Menjelang Lebaran, warga Kampung Sawah di Bekasi sibuk menganyam kulit ketupat dari janur.\n\
        Warga menganyam kulit ketupat di Kampung Sawah, Bekasi, Jawa Barat, Rabu (27/3/2024).\n\
        KOMPAS/PRIYOMBODO\n\
        Setiap hari, satu keluarga bisa menghasilkan hingga 2.000 kulit ketupat untuk pasar.\n\
        Kulit ketupat yang sudah jadi diikat untuk dijual di pasar, Rabu (27/3/2024).\n\
        KOMPAS/PRIYOMBODO\n\
        Menurut warga, usaha musiman ini sudah berlangsung turun-temurun sejak lama.\n\
        Kulit ketupat dijual Rp 10.000 untuk sepuluh buah kepada pedagang di pasar.\n";

    #[test]
    fn cells_parted_by_a_tab_read_as_lines_of_their_own() {
        let page = KETUPAT;
        let lines = blocks_in(page, Lang::Id);
        assert!(has(&lines, Credit, "KOMPAS/PRIYOMBODO"), "{lines:?}");
        // the caption and its credit in two cells of one line
        let cells = page.replace("(27/3/2024).\nKOMPAS", "(27/3/2024).\tKOMPAS");
        assert_eq!(blocks_in(&cells, Lang::Id), lines);
        // a line of tabs alone is a blank line
        let blank = page.replace("KOMPAS/PRIYOMBODO\n", "KOMPAS/PRIYOMBODO\n\t\t\n");
        let got = blocks_in(&blank, Lang::Id);
        assert_eq!(got, lines);
    }

    #[test]
    fn a_list_s_marks_are_read_past() {
        let read_past = |line: &str, marks: &[&str]| {
            let span = without_mark(line, Span::new(0, line.len()), marks);
            span.of(line).to_string()
        };
        let mark = |line: &str| read_past(line, LIST_MARKERS);
        assert_eq!(mark("• Nasional"), "Nasional");
        assert_eq!(mark("*  Ekonomi"), "Ekonomi");
        assert_eq!(mark("- Berita Terkini"), "Berita Terkini");
        assert_eq!(
            mark("» Baca juga: Harga Cabai Turun"),
            "Baca juga: Harga Cabai Turun"
        );
        // a Markdown heading's marks, read past the same way; a hashtag is a word
        let heading = |line: &str| read_past(line, HEADING_MARKS);
        assert_eq!(heading("# Harga Beras Naik Lagi"), "Harga Beras Naik Lagi");
        assert_eq!(heading("## Latar belakang"), "Latar belakang");
        assert_eq!(heading("#PersibDay"), "#PersibDay");
        // a headline quoted with its own stop is one only when the quote opens the line
        let page = "Opini\n# \"Murid Saya Berhenti Membaca. Lalu Kami Menghapus Tenggat.\"\n\
            5 Maret 2024\n\
            Dua tahun lalu, saya melihat murid-murid saya berhenti menamatkan buku bacaan mereka.\n\
            Mereka membaca bab pertama, lalu mengandalkan ringkasan yang beredar di internet.\n\
            Harga beras medium di Pasar Induk Cipinang naik untuk pekan ketiga berturut-turut.\n\
            Pedagang menyebut pasokan dari sentra produksi berkurang karena panen mundur.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Title,
                "# \"Murid Saya Berhenti Membaca. Lalu Kami Menghapus Tenggat.\""
            ),
            "{got:?}"
        );
        // a credit's own dash, a mark glued to a word, a mark alone
        for line in ["— Bernama pic", "-Red", "*catatan", "•"] {
            assert_eq!(mark(line), line);
        }
        // a menu and a list of tags with any of the marks read as the same page, and as the
        // menu and tags without marks; the story's own list under a line that introduces it
        // stays the story's
        let page = |m: &str| {
            format!(
                "{m}Nasional\n{m}Ekonomi\n{m}Olahraga\n\
                Gejala Demam Berdarah yang Perlu Diwaspadai Orang Tua\n\
                Kasus demam berdarah meningkat di sejumlah daerah sejak awal musim hujan tahun ini.\n\
                Dokter meminta orang tua mengenali gejala yang perlu diwaspadai pada anak:\n\
                {m}Demam tinggi mendadak selama dua sampai tujuh hari\n\
                {m}Nyeri perut hebat dan muntah terus-menerus\n\
                Anak dengan gejala itu sebaiknya segera dibawa ke puskesmas atau rumah sakit terdekat.\n\
                Topik :\n{m}demam berdarah\n{m}kesehatan anak\n\
                Baca topik terkait:\n{m}Demam\n{m}Puskesmas\n{m}Ikuti kami di media sosial\n"
            )
        };
        let kinds_of = |page: &str| -> Vec<BlockKind> {
            find_blocks(page, Lang::Id)
                .into_iter()
                .map(|b| b.kind)
                .collect()
        };
        let dashed = kinds_of(&page("- "));
        for m in ["• ", "* ", "► "] {
            assert_eq!(kinds_of(&page(m)), dashed, "{m}");
        }
        let bare = kinds_of(&page(""));
        assert_eq!(dashed[..4], bare[..4]);
        assert_eq!(dashed[dashed.len() - 7..], bare[bare.len() - 7..]);
        let marked = page("• ");
        let got = blocks_in(&marked, Lang::Id);
        assert!(
            has(
                &got,
                Paragraph,
                "• Nyeri perut hebat dan muntah terus-menerus"
            ),
            "{got:?}"
        );
        // each block keeps its mark: nothing of the page is lost
        assert!(has(&got, Boilerplate, "• kesehatan anak"), "{got:?}");
        assert!(has(&got, Boilerplate, "• Puskesmas"), "{got:?}");
        assert!(has(&got, Boilerplate, "• Ekonomi"), "{got:?}");
    }

    #[test]
    fn a_page_spaced_by_blank_lines_reads_as_the_same_page_written_line_under_line() {
        // a caption touching its credit, the next photo of the same photographer, and a gap
        // (a blank line more than the page's usual) before the story's last paragraph
        let page = &KETUPAT.replace("sejak lama.\n", "sejak lama.\n\n");
        let lines = blocks_in(page, Lang::Id);
        assert!(has(
            &lines,
            Caption,
            "Kulit ketupat yang sudah jadi diikat untuk dijual di pasar, Rabu (27/3/2024)."
        ));
        // spaced once by a scraper, and again by a second tool
        let spaced = page.replace('\n', "\n\n");
        let twice = spaced.replace('\n', "\n\n");
        for page in [&spaced, &twice] {
            assert_eq!(blocks_in(page, Lang::Id), lines, "{page}");
        }
        assert_eq!(usual_spacing(page), 0);
        assert_eq!(usual_spacing(&spaced), 1);
        assert_eq!(usual_spacing(&twice), 3);
        // a page with a few blank lines between its blocks is still written line under line
        assert_eq!(usual_spacing("a\nb\n\nc\nd\ne\n\nf"), 0);
    }

    #[test]
    fn a_photographer_s_next_photo_inside_the_story() {
        let page = KETUPAT;
        let got = blocks_in(page, Lang::Id);
        assert!(has(
            &got,
            Caption,
            "Kulit ketupat yang sudah jadi diikat untuk dijual di pasar, Rabu (27/3/2024)."
        ));
        assert!(has(
            &got,
            Paragraph,
            "Menurut warga, usaha musiman ini sudah berlangsung turun-temurun sejak lama."
        ));
        // and the story's last photo, after its last paragraph; the paragraph above that
        // photo stays the story's
        let page = format!(
            "{page}Seorang anak membantu orangtuanya menganyam ketupat di teras rumah.\n\
            KOMPAS/PRIYOMBODO\n\
            Bagikan\n"
        );
        let got = blocks_in(&page, Lang::Id);
        assert!(has(
            &got,
            Caption,
            "Seorang anak membantu orangtuanya menganyam ketupat di teras rumah."
        ));
        assert!(has(
            &got,
            Paragraph,
            "Kulit ketupat dijual Rp 10.000 untuk sepuluh buah kepada pedagang di pasar."
        ));
        // a video's caption under its label
        let page = "Watch: Lava lights up night sky as Indonesian volcano erupts\n\
            Media caption, Watch: Lava glows as Mount Lewotobi erupts in Indonesia\n\
            Glowing lava has poured from a volcano on the Indonesian island of Flores this week.\n\
            The country's volcanology agency has raised the alert to its highest level.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(
            &got,
            Caption,
            "Media caption, Watch: Lava glows as Mount Lewotobi erupts in Indonesia"
        ));
    }

    /// A caption printed with no credit is found by its shape (a placed scene, no clause) and
    /// its place (between longer paragraphs of the story, or under the title's meta lines over
    /// the story's dateline); the same line elsewhere, or a sentence there, stays the story's.
    #[test]
    fn uncredited_captions_by_shape_and_place() {
        let scene =
            "Suasana rapat koordinasi pencegahan korupsi di Gedung Merah Putih KPK, Jakarta.";
        let long_a = "Komisi Pemberantasan Korupsi menilai pencegahan korupsi di sektor pengadaan \
                      barang dan jasa pemerintah harus dimulai sejak tahap perencanaan anggaran.";
        let long_b = "KPK juga meminta pemerintah daerah memanfaatkan katalog elektronik agar \
                      proses pengadaan lebih transparan dan mudah diawasi oleh masyarakat.";
        let title = "KPK Minta Pengadaan Diawasi Sejak Perencanaan";
        let between =
            format!("{title}\nJakarta, 3 Mei 2024\n{long_a}\n{scene}\n{long_b}\n{long_a}\n");
        assert_eq!(kind_of(&between, scene, Lang::Id), Some(BlockKind::Caption));
        let lead = format!(
            "{title}\nRabu, 3 April 2024 | 10:45\n{scene}\nJakarta (ANTARA) - {long_b}\n{long_a}\n"
        );
        assert_eq!(kind_of(&lead, scene, Lang::Id), Some(BlockKind::Caption));
        // shorter paragraphs around it: one of a run of short paragraphs
        let short = "Rapat itu dihadiri kepala daerah.";
        let among_short = format!("{title}\n{long_a}\n{short}\n{scene}\n{short}\n{long_b}\n");
        assert_eq!(
            kind_of(&among_short, scene, Lang::Id),
            Some(BlockKind::Paragraph)
        );
        // a sentence of the story in the same place
        let sentence = "Petugas memeriksa dokumen pengadaan di Gedung Merah Putih KPK, Jakarta.";
        let told =
            format!("{title}\nJakarta, 3 Mei 2024\n{long_a}\n{sentence}\n{long_b}\n{long_a}\n");
        assert_eq!(
            kind_of(&told, sentence, Lang::Id),
            Some(BlockKind::Paragraph)
        );
    }

    /// The kind of the block of `page` whose text is `line`.
    fn kind_of(page: &str, line: &str, lang: Lang) -> Option<BlockKind> {
        find_blocks(page, lang)
            .into_iter()
            .find(|b| b.span.of(page) == line)
            .map(|b| b.kind)
    }

    #[test]
    fn of_two_lines_beside_a_credit_the_one_of_two_sentences_is_the_storys() {
        let story = "Kondisi serupa dialami petani di Kecamatan Bandar Mataram dan Rumbia. Di \
                     sepanjang jalan kabupaten, antrean truk kini terlihat lengang.";
        let caption = "Antrean truk singkong di depan salah satu pabrik tapioka di Kecamatan \
                       Terbanggi Besar pada awal Februari lalu, sebelum harga turun.";
        let page = format!(
            "Harga Singkong Anjlok, Petani Lampung Tengah Menjerit\n\
             Harga singkong di tingkat petani turun menjadi Rp900 per kilogram pekan ini.\n\
             Ia menyebut, singkong yang sudah berumur sembilan bulan masih bisa dibiarkan.\n\
             {story}\n\
             Dok. Saibumi.com\n\
             {caption}\n\
             Pihak pabrik beralasan stok tepung tapioka masih menumpuk di gudang mereka.\n"
        );
        assert_eq!(kind_of(&page, story, Lang::Id), Some(BlockKind::Paragraph));
        assert_eq!(kind_of(&page, caption, Lang::Id), Some(BlockKind::Caption));
        // a graphic's credit under the story's paragraph of two sentences has no caption
        let story = "Dinas juga mengimbau petani agar segera melapor ke penyuluh. Dengan \
                     begitu, pengendalian bisa dilakukan lebih awal.";
        let page = format!(
            "Serangan Tikus Meluas, Petani Ngawi Gelar Gropyokan\n\
             Serangan tikus sawah meluas ke tujuh kecamatan di Kabupaten Ngawi bulan ini.\n\
             {story}\n\
             GRAFIS: WAHYU NUGROHO/RADAR MADIUN\n\
             Rina menambahkan, petani diminta tidak memasang jebakan listrik di sawah.\n"
        );
        assert_eq!(kind_of(&page, story, Lang::Id), Some(BlockKind::Paragraph));
    }

    #[test]
    fn a_place_the_day_and_the_outlet_open_the_story_as_its_dateline() {
        // on the first paragraph's line, before a stop after the outlet or a colon
        let page = "New cold storage hub opens in Ararat province\n\
                    YEREVAN, MAY 14, ARMENPRESS. A cold storage facility opened on Tuesday in \
                    the village of Mkhchyan, officials said.\n\
                    The facility was built by a cooperative with state co-financing.\n";
        assert_eq!(
            kind_of(page, "YEREVAN, MAY 14, ARMENPRESS.", Lang::En),
            Some(BlockKind::Meta)
        );
        let page = "Plastic bag fines start next month in Kathmandu\n\
                    Kathmandu, May 6: The city will start fining shops that use thin plastic \
                    bags from next month, the city office said.\n\
                    The city had announced a similar ban twice in the past.\n";
        assert_eq!(
            kind_of(page, "Kathmandu, May 6:", Lang::En),
            Some(BlockKind::Meta)
        );
        // and on a line of its own
        assert!(is_dateline_only("YEREVAN, MAY 14, ARMENPRESS."));
        assert!(is_dateline_only("Kathmandu, May 6:"));
        // a date with no outlet before a stop closes a sentence's words, and a place must
        // be capitalized words
        assert!(!is_dated_outlet_head("Kathmandu, May 6", false));
        assert!(!is_dated_outlet_head("Prices rose, May 6", true));
        assert!(dated_outlet_dateline("Harga naik, kata dia: Senin ini pasar ramai.").is_none());
        // a comma and a hyphen after the site's name in brackets
        let line = "Berita Ciamis, (harapanrakyat.com),- Harga gabah kering panen di tingkat \
                    petani di Kabupaten Ciamis turun tajam saat panen raya musim ini.";
        assert_eq!(
            dateline_prefix(line).map(|end| &line[..end]),
            Some("Berita Ciamis, (harapanrakyat.com),- ")
        );
    }

    #[test]
    fn a_headline_after_the_sites_name_and_a_bar_is_a_window_title_not_a_dateline() {
        let headline = "Jelang Lebaran, Perajin Jenang Kaliputu Kudus Kebanjiran Pesanan";
        let page = format!(
            "Betanews.id | {headline}\n\
             Beranda\n\
             {headline}\n\
             BETANEWS.ID, KUDUS – Menjelang Lebaran, perajin jenang di Desa Kaliputu \
             kebanjiran pesanan dari luar kota.\n\
             Sejumlah perajin bahkan harus menambah pekerja dan lembur hingga tengah malam.\n"
        );
        let blocks = find_blocks(&page, Lang::Id);
        let titles: Vec<&str> = blocks
            .iter()
            .filter(|b| b.kind == BlockKind::Title && b.duplicate_of.is_none())
            .map(|b| b.span.of(&page))
            .collect();
        assert_eq!(titles, [headline]);
        assert_eq!(
            kind_of(&page, &format!("Betanews.id | {headline}"), Lang::Id),
            Some(BlockKind::Boilerplate)
        );
        // a paragraph closed by a stop after the bar keeps its dateline
        let line = "KABARMEDAN.COM, Medan | Puluhan warga memadati kantor camat pagi ini.";
        assert!(dateline_prefix(line).is_some());
    }

    #[test]
    fn the_headline_under_its_window_title_when_the_masthead_is_printed_again_as_byline() {
        // "… suspension - UNB" / "UNB" / "United News of Bangladesh" / … / the headline /
        // "United News of Bangladesh" (a fixture page)
        let page = include_str!("../../tests/fixtures/pages/fresh/unbnews-1.en.txt");
        let headline = "Ferry services resume on Paturia-Daulatdia route after 7-hr fog suspension";
        let kinds: Vec<BlockKind> = find_blocks(page, Lang::En)
            .iter()
            .filter(|b| {
                b.span.of(page) == headline || b.span.of(page) == "United News of Bangladesh"
            })
            .map(|b| b.kind)
            .collect();
        assert_eq!(kinds, [Boilerplate, Title, Boilerplate]);
    }

    #[test]
    fn a_window_title_may_name_a_site_of_six_words() {
        let headline = "Dostuk Crossing Opens Night Cargo Lanes as Truck Queues Stretch";
        assert!(is_window_title(
            &format!("{headline} - The Times Of Central Asia"),
            headline
        ));
        assert!(!is_window_title(
            &format!("{headline} - and the ministers did not say why it took so long"),
            headline
        ));
        // a name closing on an exclamation mark
        assert!(is_window_title(
            &format!("{headline} – News Diggers!"),
            headline
        ));
        assert!(!is_window_title(
            &format!("{headline} – and then it rained!"),
            headline
        ));
        // the site's name before the headline, as a blog's engine prints it
        assert!(is_window_title(
            &format!("Banjarnegara News: {headline}"),
            headline
        ));
        assert!(!is_window_title(
            &format!("Warga bertanya kenapa: {headline}"),
            headline
        ));
        // a blog's engine may part them with a tilde
        assert!(is_window_title(
            &format!("{headline} ~ Kendawangan News"),
            headline
        ));
    }

    #[test]
    fn the_headline_printed_inside_a_list_of_other_stories_is_the_lists() {
        let headline = "Jembatan Gantung Cipawon Putus Diterjang Banjir, Pelajar Memutar Jauh";
        let page = format!(
            "{headline}\n\
             Oleh Arif Nugroho\n\
             Jembatan gantung yang menghubungkan dua desa di Purbalingga putus diterjang \
             banjir pada Selasa sore.\n\
             Akibatnya, pelajar harus memutar sejauh 12 kilometer untuk ke sekolah.\n\
             TERPOPULER\n\
             Pedagang Pasar Wage Purwokerto Tolak Penataan Ulang Kios\n\
             {headline}\n\
             Jadwal Lengkap Persibas di Liga 3 Jawa Tengah\n"
        );
        let blocks = find_blocks(&page, Lang::Id);
        let prints: Vec<BlockKind> = blocks
            .iter()
            .filter(|b| b.span.of(&page) == headline)
            .map(|b| b.kind)
            .collect();
        assert_eq!(prints, [BlockKind::Title, BlockKind::Boilerplate]);
    }

    #[test]
    fn a_reporters_request_for_comment_closing_the_story_is_the_storys() {
        let page = "Ferry fares to Rottnest Island rise by 8 per cent\n\
                    Ferry operators will lift fares to Rottnest Island by 8 per cent from July, \
                    the operators said on Monday.\n\
                    The Rottnest Island Authority said the landing fee would not change this year.\n\
                    The Rottnest Island Authority was contacted for comment.\n";
        assert_eq!(
            kind_of(
                page,
                "The Rottnest Island Authority was contacted for comment.",
                Lang::En
            ),
            Some(BlockKind::Paragraph)
        );
        assert_eq!(
            without_reporting_phrases("The agency declined to comment."),
            "the agency declined ."
        );
        // a page's own word stays: "Leave a comment"
        assert!(prose::speaks_of_the_page(
            &without_reporting_phrases("Leave a comment below."),
            Lang::En
        ));
    }

    #[test]
    fn an_editors_note_under_its_label_is_the_pages_at_any_length() {
        let note = "Catatan Redaksi: Pada versi sebelumnya tertulis produksi rumput laut \
                    Nunukan sepanjang 2023 mencapai 186.000 ton. Angka yang benar adalah sekitar \
                    168.000 ton. Redaksi mohon maaf atas kekeliruan tersebut.";
        assert!(note.len() > MAX_PREFIX_BOILERPLATE);
        assert!(is_boilerplate(note));
        // other labels stay within the short limit: a long paragraph may open "Baca juga"
        let long = format!("Tags: {}", "rumput laut, ".repeat(20));
        assert!(long.len() > MAX_PREFIX_BOILERPLATE);
        assert!(!is_boilerplate(&long));
    }

    #[test]
    fn an_agencys_mark_under_a_scene_inside_the_story_credits_a_photo() {
        let scene =
            "Police officers outside the Interior Ministry building in Bishkek on March 20.";
        for (mark, glued) in [("(RFE/RL)", true), ("(RFE/RL)", false), ("(AFP)", false)] {
            let photo = if glued {
                format!("{scene} {mark}")
            } else {
                format!("{scene}\n{mark}")
            };
            let page = format!(
                "Kyrgyz police detain four bloggers who criticized dam plan\n\
                 BISHKEK -- Police in Kyrgyzstan have detained four bloggers who posted videos \
                 criticizing a government plan to build a dam, officials said on Wednesday.\n\
                 The government announced the dam last year as part of an effort to end \
                 chronic winter electricity shortages.\n\
                 {photo}\n\
                 Rights groups condemned the detentions, saying they were the latest in a \
                 series of cases against journalists.\n"
            );
            assert_eq!(
                kind_of(&page, scene, Lang::En),
                Some(BlockKind::Caption),
                "{photo}"
            );
            assert_eq!(
                kind_of(&page, mark, Lang::En),
                Some(BlockKind::Credit),
                "{photo}"
            );
        }
        // the story's sentence, which tells what happened, keeps its sign-off
        let page = "Kyrgyz police detain four bloggers who criticized dam plan\n\
                    Police in Kyrgyzstan have detained four bloggers who posted videos \
                    criticizing a government plan to build a dam.\n\
                    The bloggers were released on bail on Thursday. (RFE/RL)\n";
        assert_eq!(kind_of(page, "(RFE/RL)", Lang::En), Some(BlockKind::Meta));
        assert!(is_bracketed_acronym("(RFE/RL)"));
        assert!(!is_bracketed_acronym("(Reuters)"));
    }

    #[test]
    fn a_byline_or_an_editors_name_in_brackets_is_meta_and_a_source_in_brackets_a_credit() {
        assert!(is_byline("[Edited by Martina Koller/Owen Haskell]"));
        assert!(is_byline(
            "(Rahmat Sudrajat/R3/HR-Online/Editor: Dede Suryana)"
        ));
        assert!(!is_byline("(Sumber: Facebook)"));
        assert!(!is_byline(
            "(Sumber: Ayosemarang.com | Foto: Audrey Kurnia Maharani)"
        ));
        assert!(!is_byline("(Foto: Rahmat/Editor: Dede)"));
        // glued to the story's last paragraph, it signs the story: no caption, no credit
        let last = "Menurutnya, petani berharap Bulog segera menyerap gabah di tingkat petani.";
        let page = format!(
            "Harga Gabah Anjlok, Petani Ciamis Menjerit\n\
             Harga gabah kering panen di Kabupaten Ciamis turun tajam saat panen raya musim \
             ini, kata petani.\n\
             {last} (Rahmat Sudrajat/R3/HR-Online/Editor: Dede Suryana)\n"
        );
        assert_eq!(kind_of(&page, last, Lang::Id), Some(BlockKind::Paragraph));
        assert_eq!(
            kind_of(
                &page,
                "(Rahmat Sudrajat/R3/HR-Online/Editor: Dede Suryana)",
                Lang::Id
            ),
            Some(BlockKind::Meta)
        );
    }

    #[test]
    fn a_screenshot_credited_by_its_kind_alone_closes_its_caption() {
        let caption =
            "A copy of the notification issued by the KWSC regarding the suspension of supply.";
        let after = "The water corporation has urged citizens to store water in advance and use \
                     it carefully during the shutdown period.";
        for mark in ["Screengrab", "Screenshot"] {
            let page = format!(
                "Karachi faces water cut as KWSC repairs main line\n\
                 KARACHI: The water corporation will suspend supply to several districts for \
                 48 hours to repair a leaking main line, officials said on Monday.\n\
                 \"The repair cannot be delayed any further,\" he said.\n\
                 {caption} {mark}\n\
                 {after}\n"
            );
            assert_eq!(
                kind_of(&page, caption, Lang::En),
                Some(BlockKind::Caption),
                "{mark}"
            );
            assert_eq!(
                kind_of(&page, mark, Lang::En),
                Some(BlockKind::Credit),
                "{mark}"
            );
            assert_eq!(
                kind_of(&page, after, Lang::En),
                Some(BlockKind::Paragraph),
                "{mark}"
            );
        }
    }

    #[test]
    fn a_maps_credit_has_no_caption() {
        let before = "Residents say the existing dam already covers gardens in the lower part of \
                      the village with dust every summer.";
        let after = "The company says the new dam will be built two kilometres further up the \
                     valley, away from the houses.";
        let page = format!(
            "Villagers in Armenia's south fight a second tailings dam\n\
             Residents of Geghanist have protested for a month against plans for a new dam.\n\
             {before}\n\
             Map: OC Media.\n\
             {after}\n\
             The ministry has not yet approved the project, officials said.\n"
        );
        assert_eq!(
            kind_of(&page, "Map: OC Media.", Lang::En),
            Some(BlockKind::Credit)
        );
        assert_eq!(kind_of(&page, before, Lang::En), Some(BlockKind::Paragraph));
        assert_eq!(kind_of(&page, after, Lang::En), Some(BlockKind::Paragraph));
    }

    #[test]
    fn of_two_single_sentences_beside_a_credit_the_one_without_a_clause_word_is_the_caption() {
        let story = "Motorists were stranded for hours on the Federal Highway near the exit, \
                     with several cars abandoned in knee-deep water.";
        let caption = "Firefighters help an elderly woman out of a boat at Kampung Sungai \
                       Tengah in Klang on Tuesday.";
        // the scene under the credit, or above it
        for (above, below) in [(story, caption), (caption, story)] {
            let page = format!(
                "Flash floods hit Klang again after four hours of rain\n\
                 Flash floods hit several parts of Klang after heavy rain on Tuesday afternoon.\n\
                 Residents of low-lying villages said the water rose faster than last year.\n\
                 {above}\n\
                 Photo: Bernama\n\
                 {below}\n\
                 Rescue personnel used boats to reach residents trapped in their homes all night.\n"
            );
            assert_eq!(kind_of(&page, story, Lang::En), Some(BlockKind::Paragraph));
            assert_eq!(kind_of(&page, caption, Lang::En), Some(BlockKind::Caption));
        }
    }

    #[test]
    fn at_the_storys_top_the_prose_over_the_credit_is_the_lead_pictures_caption() {
        let caption = "Walkers cross the old footbridge over the Medway at Yalding. The bridge \
                       will close from May 6 while crews replace its timber deck.";
        let lead = "Walkers who use the old footbridge at Yalding will need another way across \
                    the river this summer.";
        let page = format!(
            "Yalding footbridge to close for eight weeks of repairs\n\
             By Harriet Vale\n\
             Published April 2, 2024\n\
             {caption}\n\
             Courier file photo\n\
             {lead}\n\
             The county council says inspectors found rotting boards and loose rails in \
             February.\n\
             Work is expected to cost about £240,000, the council said.\n"
        );
        assert_eq!(kind_of(&page, caption, Lang::En), Some(BlockKind::Caption));
        assert_eq!(kind_of(&page, lead, Lang::En), Some(BlockKind::Paragraph));
        // inside the story, of two lines of a caption's length, the one of two sentences is
        // still the story's
        let inside = page.replace(
            "Published April 2, 2024\n",
            "Published April 2, 2024\n\
             The footbridge has carried walkers over the Medway since the 1920s, the \
             council said.\n",
        );
        assert_eq!(
            kind_of(&inside, caption, Lang::En),
            Some(BlockKind::Paragraph)
        );
        assert_eq!(kind_of(&inside, lead, Lang::En), Some(BlockKind::Caption));
    }

    #[test]
    fn an_interviews_turns_are_the_storys_whatever_the_answer_orders() {
        let answer = "Tumpal: Datang lebih awal, jangan mepet. Simpan tiket dan ikuti arahan \
                      petugas. Kalau cuaca buruk, keberangkatan bisa kami tunda.";
        let page = format!(
            "Antrean Kapal Feri Tomok Mengular Saat Libur Panjang\n\
             Penumpang kapal feri di Pelabuhan Tomok, Samosir, mengular sejak pagi. Samosir Pos \
             berbincang dengan Tumpal, kepala pelabuhan.\n\
             Samosir Pos: Berapa kapal yang disiapkan selama libur panjang?\n\
             Tumpal: Ada dua kapal feri dan enam kapal kayu yang beroperasi bergantian.\n\
             Samosir Pos: Apa pesan untuk wisatawan?\n\
             {answer}\n\
             Foto: Dok. Samosir Pos\n\
             Baca juga: Jalan Lingkar Samosir Mulai Diperbaiki\n"
        );
        assert_eq!(kind_of(&page, answer, Lang::Id), Some(BlockKind::Paragraph));
        // the same lines without their turns: the answer alone orders the reader
        let alone = page
            .replace(
                "Samosir Pos: Berapa kapal yang disiapkan selama libur panjang?\n",
                "",
            )
            .replace("Samosir Pos: Apa pesan untuk wisatawan?\n", "");
        assert_eq!(
            kind_of(&alone, answer, Lang::Id),
            Some(BlockKind::Boilerplate)
        );
    }

    #[test]
    fn initials_in_capitals_closing_an_indonesian_paragraph_are_the_editors() {
        let story = "Hingga berita ini diturunkan, pengelola SPBN belum dapat dikonfirmasi. \
                     Telepon dan pesan singkat yang dikirimkan belum berbalas.";
        let page = format!(
            "Nelayan Aceh Barat Keluhkan Solar\n\
             Nelayan di Aceh Barat mengeluhkan sulitnya mendapatkan solar bersubsidi sejak awal \
             bulan.\n\
             Mereka harus antre sejak subuh di SPBN Ujong Baroh.\n\
             Baca Juga: Abrasi Ancam Permukiman Warga Suak Ribee\n\
             {story} (RH)\n\
             Editor: Teuku Syahrial\n"
        );
        assert_eq!(kind_of(&page, "(RH)", Lang::Id), Some(BlockKind::Meta));
        assert_eq!(kind_of(&page, story, Lang::Id), Some(BlockKind::Paragraph));
        // an agency's initials, and a photo's source, still credit a caption
        for sign in ["(AFP)", "(IST)"] {
            let caption = "Nelayan menambatkan perahu di pelabuhan Ujong Baroh, Senin (4/3/2024).";
            let page = format!(
                "Nelayan Aceh Barat Keluhkan Solar\n\
                 {caption} {sign}\n\
                 Nelayan di Aceh Barat mengeluhkan sulitnya mendapatkan solar bersubsidi sejak \
                 awal bulan.\n"
            );
            assert_eq!(
                kind_of(&page, sign, Lang::Id),
                Some(BlockKind::Credit),
                "{sign}"
            );
        }
    }

    #[test]
    fn a_line_naming_its_picture_is_the_caption_beside_its_credit() {
        let caption = "An adult coconut rhinoceros beetle is shown in this undated photo.";
        let page = format!(
            "Invasive beetle found at Leeward beach park\n\
             By Leilani Fong\n\
             March 12, 2024\n\
             \n\
             Updated 7:48 p.m.\n\
             \n\
             COURTESY HAWAII DEPARTMENT OF AGRICULTURE\n\
             \n\
             {caption}\n\
             \n\
             Coconut rhinoceros beetles have been found for the first time at a beach park on \
             the Leeward Coast, officials said.\n\
             A worker spotted chewed fronds on two palms late last week.\n"
        );
        assert_eq!(
            kind_of(&page, "COURTESY HAWAII DEPARTMENT OF AGRICULTURE", Lang::En),
            Some(BlockKind::Credit)
        );
        assert_eq!(kind_of(&page, caption, Lang::En), Some(BlockKind::Caption));
        assert_ne!(
            kind_of(&page, "Updated 7:48 p.m.", Lang::En),
            Some(BlockKind::Caption)
        );
    }

    #[test]
    fn a_credit_closing_with_a_tags_name_is_no_breadcrumb_of_it() {
        let credit = "Courtesy U.S. Army Corps of Engineers";
        let page = format!(
            "Levee path to close for six months of repairs\n\
             By Dana Whitcombe\n\
             Mar 14, 2024\n\
             2 of 3\n\
             {credit}\n\
             A map provided by the Corps shows the section of the levee path that will close.\n\
             The popular path atop the Mill Creek levee will close for much of the spring and \
             summer while crews repair it.\n\
             The work is expected to cost about $6.8 million, the Corps said.\n\
             Tags\n\
             Mill Creek\n\
             U.s. Army Corps Of Engineers\n\
             Flood Control\n"
        );
        assert_eq!(kind_of(&page, credit, Lang::En), Some(BlockKind::Credit));
    }

    #[test]
    fn a_lone_credit_at_the_top_over_the_storys_lead_has_no_caption() {
        let lead = "Dalo exports from Taveuni have dropped by almost a third since the start \
                    of the year as the taro beetle spreads.";
        let page = format!(
            "Taro beetle spreads on Taveuni, dalo exports fall\n\
             March 14, 2024 5:20 pm\n\
             [Photo: FILE]\n\
             {lead}\n\
             Senior Agriculture Officer Josaia Ravula says beetle damage has been confirmed \
             on farms in Vuna.\n\
             He says farmers in these areas were largely free of the pest until last year.\n"
        );
        assert_eq!(kind_of(&page, lead, Lang::En), Some(BlockKind::Paragraph));
        // a caption describing the picture is still one there
        let caption = "A lioness rests on the branch of a fig tree in the Ishasha sector.";
        let page = page.replace(lead, caption);
        assert_eq!(kind_of(&page, caption, Lang::En), Some(BlockKind::Caption));
    }

    #[test]
    fn a_label_broken_in_two_is_no_heading_of_the_pages_notes() {
        let after = [
            "None of the researchers Salon spoke with suggested giving up weekend sleep.",
            "Their advice was to protect a consistent wake-up time, even on days off.",
            "\"The body keeps books,\" Okafor said of the sleep the researchers measured.",
        ];
        let page = format!(
            "Why sleeping in on weekends does not pay back the week\n\
             Many adults sleep an hour less than they need on weekdays, researchers say.\n\
             In a typical experiment, healthy adults slept five hours a night for a week.\n\
             The catch-up nights helped participants feel more alert, Okafor said.\n\
             Read more\n\
             about sleep and health\n\
             Why your phone's night mode probably isn't what's keeping you awake\n\
             The strange science of why some people need only six hours\n\
             What actually helps\n\
             {}\n{}\n{}\n",
            after[0], after[1], after[2]
        );
        for line in after {
            assert_eq!(
                kind_of(&page, line, Lang::En),
                Some(BlockKind::Paragraph),
                "{line}"
            );
        }
        assert!(!is_about_heading("about sleep and health"));
        assert!(is_about_heading("About the Author"));
    }

    #[test]
    fn a_headline_in_title_case_may_be_written_as_sentences() {
        for line in [
            "The Nebraska Town That Banned Leaf Blowers Just Bought One. It's Complicated.",
            "Bronx Tenants Have Gone Without an Elevator for 11 Weeks. Now They're \
             Withholding Rent.",
        ] {
            assert!(looks_like_title(line), "{line}");
        }
        for line in [
            // a sentence with names, an abbreviation's dot, an address, a line-up
            "Examples are the Line Islands in the Pacific and the Maldives in the Indian Ocean.",
            "Thailand planned to implement a curfew between 10 p.m. and 4 a.m.",
            "Korea Utara mengatakan pelucutan senjata nuklir tidak akan terjadi kecuali A.S.",
            "Central Library, 15101 E. Alameda Pkwy.",
            "Persik Kediri (4-3-3): Dikri Yusron; Yusuf Meilana, Bayu Otto, Anri Fadillah; \
             Flavio Silva, Adi Pratama.",
            "Harga beras naik lagi di pasar induk pekan ini.",
        ] {
            assert!(!looks_like_title(line), "{line}");
        }
        // on a page: the headline over its standfirst is the title
        let headline =
            "The Nebraska Town That Banned Leaf Blowers Just Bought One. It's Complicated.";
        let page = format!(
            "{headline}\n\
             Harlow Springs spent two years fighting about noise. Then the leaves came back.\n\
             By Marisa Kelloway\n\
             The village board voted last spring to ban gas-powered leaf blowers within the \
             town limits, after two years of complaints about noise.\n\
             This month, the same board approved buying one for the public works crew.\n"
        );
        assert_eq!(kind_of(&page, headline, Lang::En), Some(BlockKind::Title));
    }

    #[test]
    fn a_count_first_is_no_caption_of_a_credit_beside_it() {
        let first = "The Police say drones will be used to monitor traffic on the Southern \
                     Expressway over the long weekend.";
        let page = format!(
            "Drones to monitor traffic over Vesak weekend\n\
             0 Comments\n\
             (File Photo)\n\
             {first}\n\
             Police Media Spokesman SSP Lakmal Herath said the drones would help officers.\n"
        );
        assert_eq!(
            kind_of(&page, "0 Comments", Lang::En),
            Some(BlockKind::Boilerplate)
        );
        assert_eq!(kind_of(&page, first, Lang::En), Some(BlockKind::Paragraph));
    }

    #[test]
    fn a_sentence_inside_a_list_of_other_stories_is_the_lists() {
        let item = "King tides are back. Here's where South Florida streets could flood this week.";
        let story = "About $9 million will come from a state resilience grant, with the rest \
                     covered by the city's stormwater utility fund, according to a staff memo.";
        // the story goes on under its subheading after the list: three paragraphs in a row
        let after = [
            "The project covers only walls on public property, such as street ends.",
            "City engineer Naomi Feldstein told commissioners water can still get around.",
            "Work on the first 12 street ends is expected to start in the spring, the city said.",
        ];
        let page = format!(
            "Fort Lauderdale to raise seawalls along 40 streets\n\
             The city will rebuild public seawalls along 40 street ends, officials said Tuesday.\n\
             Commissioners approved the plan by a 4-1 vote after a long public hearing.\n\
             The new walls will be built to an elevation of 5 feet above the benchmark.\n\
             Related Articles\n\
             Fort Lauderdale's flood-prone neighborhoods still waiting on stormwater fixes\n\
             Boca Raton weighs new fees to pay for sea-level rise projects\n\
             {item}\n\
             Pompano Beach residents sue over drainage project they say made flooding worse\n\
             {story}\n\
             Private walls still a gap\n\
             {}\n{}\n{}\n",
            after[0], after[1], after[2]
        );
        assert_eq!(kind_of(&page, item, Lang::En), Some(BlockKind::Boilerplate));
        for line in [story].iter().chain(&after) {
            assert_eq!(
                kind_of(&page, line, Lang::En),
                Some(BlockKind::Paragraph),
                "{line}"
            );
        }
        // under one link, the story goes on
        let last = "Balai Penyelidikan dan Pengembangan Teknologi Kebencanaan Geologik \
                    menyatakan status Merapi masih Siaga.";
        let page = format!(
            "Hujan Abu Guyur Lereng Barat Merapi\n\
             Hujan abu terjadi setelah guguran lava pijar meluncur sejauh 1,5 kilometer.\n\
             BPBD Magelang membagikan masker kepada warga di tiga desa terdampak.\n\
             Baca Juga:\n\
             Jalur Evakuasi Merapi di Klaten Diperbaiki\n\
             {last}\n\
             Editor: Hudono\n"
        );
        assert_eq!(kind_of(&page, last, Lang::Id), Some(BlockKind::Paragraph));
    }

    #[test]
    fn the_bar_between_a_caption_and_its_credit_is_neither() {
        for (caption, bar, credit) in [
            (
                "Weavers at work in a handloom cluster in Berhampur, Odisha",
                "|",
                "Photo: Outlook/Ravi Mohanty",
            ),
            (
                "Ilustrasi getah karet di mangkuk sadap",
                "|",
                "Foto: Dok. Sumselnews",
            ),
            (
                "Farah and Daniel at their central kitchen in Klang",
                "/",
                "Image Credit: Sambal Serai Nenda",
            ),
        ] {
            let page = format!(
                "Harga Karet Naik Dua Kali Lipat di Musi Banyuasin\n\
                 Harga karet di tingkat petani naik dua kali lipat dalam sebulan terakhir.\n\
                 {caption} {bar} {credit}\n\
                 Petani diminta menjaga mutu getah agar harga tetap tinggi, kata dia.\n"
            );
            assert_eq!(
                kind_of(&page, caption, Lang::Id),
                Some(BlockKind::Caption),
                "{page}"
            );
            assert_eq!(kind_of(&page, bar, Lang::Id), Some(BlockKind::Boilerplate));
            assert_eq!(kind_of(&page, credit, Lang::Id), Some(BlockKind::Credit));
        }
        // a caption's own last word is no bar: "… 2024 -" has letters before, "Foto 1/3" none
        assert_eq!(
            separator_closing("Warga mengantre di Jakarta -", CAPTION_CREDIT_BARS),
            Some(27)
        );
        assert_eq!(
            separator_closing("Warga mengantre di Jakarta", CAPTION_CREDIT_BARS),
            None
        );
        assert_eq!(separator_closing("| /", CAPTION_CREDIT_BARS), None);
        assert_eq!(separator_closing("Banjir 2/3", CAPTION_CREDIT_BARS), None);
    }

    #[test]
    fn a_paragraph_that_goes_on_from_the_story_is_no_credits_caption() {
        for line in [
            "Menurut Asep, pendangkalan saluran sudah berlangsung sejak musim hujan tahun lalu.",
            "Ia berharap pemerintah daerah segera merealisasikan pembangunan gudang pendingin.",
            "Karena itu, pihaknya meminta pengelola biro perjalanan melapor ke pos SAR.",
            "Hendra menambahkan, pemeriksaan dilakukan setiap pekan.",
            "He noted that the peso's weakness may have encouraged workers to send more money.",
            "Meanwhile, the council said the stalls would open next month.",
        ] {
            assert!(continues_the_story(line), "{line}");
        }
        for line in [
            "Petugas dan warga membersihkan endapan lumpur di saluran sekunder Tarum Timur.",
            "Iamarta Sinaga menimbang gambir milik anggota di gudang sementara di Sarilamak.",
            "A customer sends money at a remittance outlet in Quezon City",
            "Heavy rain floods a street in Nairobi on Sunday.",
        ] {
            assert!(!continues_the_story(line), "{line}");
        }
        // a block glued to a quotation's attribution by the scraper is read alone, whatever
        // its length in sentences; a glued abbreviation or domain parts nothing
        let line = "\"Kalau hujan, tempiasnya masuk,\" ujarnya.Kondisi ruang kelas VI setelah \
                    atapnya ambruk. Guru dan warga membersihkan puing, Sabtu (11/5/2024).";
        assert_eq!(glued_after_speech(line), line.find("Kondisi"));
        for line in [
            "\"Kami tunggu,\" kata warga Jl.Sudirman yang rumahnya terendam sejak Senin pagi.",
            "Warga Kec.Cibadak mengeluh karena air bersih belum mengalir sejak pekan lalu.",
            "\"Kami tunggu,\" ujarnya.Ia lalu pergi.",
            "Ia tiba pada pagi hari.Kondisi ruang kelas VI setelah atapnya ambruk pada Sabtu.",
        ] {
            assert_eq!(glued_after_speech(line), None, "{line}");
        }
        let page = "Atap SD Ambruk, Siswa Belajar di Masjid\n\
                    Euis, orang tua siswa kelas V, mengaku khawatir anaknya tertinggal pelajaran \
                    menjelang penilaian akhir tahun.\n\
                    {line}\n\
                    (Dok. Komite SDN Sukamaju 2 for Radar)\n\
                    Ketua komite menyebut warga sempat bergotong royong membersihkan puing pada \
                    Sabtu pagi.\n";
        let page = page.replace("{line}", line);
        let got = blocks_in(&page, Lang::Id);
        let caption = &line[line.find("Kondisi").unwrap()..];
        assert!(got.contains(&(Caption, caption)), "{got:?}");
        // a caption glued after the story's paragraph on its line: split at its sentence
        for (line, caption) in [
            (
                "Menurutnya, larangan berlaku sementara dan akan dievaluasi setiap dua jam. \
                 Petugas KSOP memeriksa jaket pelampung di salah satu speedboat.",
                "Petugas KSOP memeriksa jaket pelampung di salah satu speedboat.",
            ),
            (
                "\"Besok pagi kami sisir lagi,\" kata Syahrul.Petugas menyemprotkan air ke \
                 titik bara di Kampar Kiri, Rabu (15/5/2024) malam.",
                "Petugas menyemprotkan air ke titik bara di Kampar Kiri, Rabu (15/5/2024) malam.",
            ),
        ] {
            let at = story_before_caption(line, Lang::Id);
            assert_eq!(at.map(|at| &line[at..]), Some(caption), "{line}");
        }
        // the splitter's sentences: "A" opens one, "Dr." closes none
        let line = "Residents said a water tender had visited the area twice in the past week. \
                    A water tender on its rounds in St Joseph on Tuesday.";
        assert_eq!(
            story_before_caption(line, Lang::En).map(|at| &line[at..]),
            Some("A water tender on its rounds in St Joseph on Tuesday.")
        );
        for line in [
            // a caption of two sentences, neither the story's
            "Warga antre bantuan di posko Desa Sukamaju. Bantuan tiba pada Senin pagi.",
            // its last sentence reports speech
            "Menurut warga, banjir datang malam hari. Mereka mengatakan air naik cepat sekali.",
            // no sentence ends before the last: "Dr. Budi", "Kompas.com"
            "Ia menyebut Dr. Budi Santoso memeriksa pasien di RSUD Kota, Senin.",
            "Menurut Kompas.com warga memeriksa tanggul yang jebol di Desa Sukamaju.",
        ] {
            assert_eq!(story_before_caption(line, Lang::Id), None, "{line}");
        }
        // (see also `summaries_under_their_headlines_are_the_lists`)
        // a credit alone between the story's next paragraph and its photo's scene: the scene
        // is the caption, whichever side it stands on
        let title = "Saluran Tarum Timur Dangkal, Petani Kekurangan Air";
        let lead = "Petani di Kecamatan Cikampek mengeluhkan pasokan air irigasi yang berkurang \
                    sejak awal bulan karena saluran sekunder Tarum Timur mengalami pendangkalan.";
        let goes_on = "Menurut Asep, pendangkalan saluran sudah berlangsung sejak musim hujan \
                       tahun lalu.";
        let scene = "Petugas dan warga membersihkan endapan lumpur di saluran sekunder Tarum \
                     Timur dekat pintu air Cihuni, Senin (11/3/2024).";
        let last = "Dinas PUPR berjanji mengerahkan alat berat untuk mengeruk saluran itu pekan \
                    depan agar air kembali mengalir ke sawah petani.";
        let page = format!("{title}\n{lead}\n{goes_on}\nFoto: Dok. Dinas PUPR\n{scene}\n{last}\n");
        assert_eq!(kind_of(&page, scene, Lang::Id), Some(BlockKind::Caption));
        assert_eq!(
            kind_of(&page, goes_on, Lang::Id),
            Some(BlockKind::Paragraph)
        );
    }

    #[test]
    fn summaries_under_their_headlines_are_the_lists() {
        let story = [
            "The city will spend 2 billion rupees this year to clear its storm drains before \
             the monsoon, the civic body said on Saturday.",
            "Officials said 38 per cent of the drains had yet to be cleared, with two weeks \
             left before the rains are expected to arrive.",
            "Residents of low-lying areas said water had entered their homes every year since \
             the drains were last widened a decade ago.",
        ];
        let summaries = [
            "The sensors will send alerts to ward offices when water levels cross 15 cm.",
            "Citizens can send photos and location; complaints to be fixed within 48 hours.",
        ];
        let title = "Civic Body Races to Clear Storm Drains Before Monsoon";
        let page = format!(
            "{title}\n{}\n{}\n{}\nRelated Stories\nMumbai: City to install 60 new flood \
             sensors at low-lying spots\n{}\nPotholes: Civic body sets up WhatsApp helpline \
             ahead of rains\n{}\n",
            story[0], story[1], story[2], summaries[0], summaries[1]
        );
        for line in summaries {
            assert_eq!(kind_of(&page, line, Lang::En), Some(BlockKind::Boilerplate));
        }
        for line in story {
            assert_eq!(kind_of(&page, line, Lang::En), Some(BlockKind::Paragraph));
        }
        // a widget's one headline inside the story, and an advertisement: the story goes on
        let page = format!(
            "{title}\n{}\nRelated Stories\nCity to install 60 new flood sensors at low-lying \
             spots\n{}\nAdvertisement\n{}\n",
            story[0], story[1], story[2]
        );
        for line in story {
            assert_eq!(kind_of(&page, line, Lang::En), Some(BlockKind::Paragraph));
        }
    }

    #[test]
    fn the_dateline_under_a_standfirst_and_the_byline_is_read() {
        let title = "Five Months Without Wages, Workers Borrow to Eat";
        let deck = "Workers in the district have not been paid for work done under the rural \
                    jobs scheme since January.";
        let lead = "For three weeks in January, Phulmani Devi dug a farm pond on the edge of \
                    Chetma village with 14 other women.";
        let more = "Four months later, none of them has been paid, and most have borrowed from \
                    the village shopkeeper to buy rice and oil for their families.";
        for place in ["Latehar (Jharkhand):", "Mumbai:"] {
            let page =
                format!("{title}\n{deck}\nBy Arun Sinha\nMay 14, 2024\n{place} {lead}\n{more}\n");
            assert_eq!(
                kind_of(&page, place, Lang::En),
                Some(BlockKind::Meta),
                "{place}"
            );
            assert_eq!(kind_of(&page, lead, Lang::En), Some(BlockKind::Paragraph));
            // with no byline or date between, the second paragraph is the story's own
            let page = format!("{title}\n{deck}\n{place} {lead}\n{more}\n");
            assert_eq!(kind_of(&page, place, Lang::En), None, "{place}");
        }
    }

    #[test]
    fn the_bio_of_a_writer_the_byline_or_a_credit_names_is_the_pages() {
        let story = [
            "Gelombang tinggi merusak ribuan tali rumput laut milik pembudidaya di pesisir \
             selatan Lombok Tengah sejak akhir November.",
            "Para pembudidaya di Desa Gerupuk mengaku kehilangan sebagian besar panen yang \
             seharusnya dipetik pekan depan.",
            "Dinas Kelautan berjanji mendata kerugian pembudidaya dan menyalurkan bibit \
             pengganti sebelum musim tanam berikutnya.",
        ];
        // the name holds a word of prose ("Lalu", then) and an abbreviation ("Muh.")
        for (byline, bio) in [
            (
                "Foto: Lalu Hamzan/Kabarpesisir",
                "Lalu Hamzan adalah jurnalis Kabarpesisir yang meliput isu perikanan di Lombok \
                 bagian selatan sejak 2017.",
            ),
            (
                "Muh. Fadli Rasyid",
                "Muh. Fadli Rasyid adalah jurnalis Kabarpesisir. Ia meliput isu perikanan dan \
                 pariwisata sejak 2019.",
            ),
        ] {
            let page = format!(
                "Gelombang Tinggi Rusak Rumput Laut di Gerupuk\n{byline}\nRabu, 4 Desember 2024 \
                 | 10:05 WITA\n{}\n{}\n{}\n{bio}\nEditor: Hardianti Sappe\nBerita Terkait\n\
                 Harga Rumput Laut Kering di Lombok Tengah Turun Lagi\n",
                story[0], story[1], story[2]
            );
            assert_eq!(
                kind_of(&page, bio, Lang::Id),
                Some(BlockKind::Boilerplate),
                "{bio}"
            );
            for line in story {
                assert_eq!(
                    kind_of(&page, line, Lang::Id),
                    Some(BlockKind::Paragraph),
                    "{line}"
                );
            }
            // a name the page prints nowhere else is read by its words: "Lalu" opens prose
            let page = page.replace(&format!("{byline}\n"), "");
            assert_eq!(
                kind_of(&page, bio, Lang::Id) == Some(BlockKind::Boilerplate),
                !bio.starts_with("Lalu"),
                "{bio}"
            );
        }
    }

    #[test]
    fn the_writers_bio_and_the_lists_summaries_after_the_story() {
        let title = "In Marathwada, a Canal Built to End Drought Reaches Half Its Villages";
        let story = [
            "The canal was meant to carry water to 84 villages in Beed district by 2020, but \
             only 41 of them have received water from it so far, farmers said.",
            "In Dhanora, villagers said they still depended on tankers from March to June, \
             and women queued at the panchayat office at dawn with plastic drums.",
            "This year, the farmers have written to the collector asking for a rotation \
             schedule that would release canal water to the villages at its tail first.",
        ];
        let bio = "Nandini Rao is a reporter based in Pune who writes on water, agriculture and \
                   rural livelihoods.";
        let summaries = [
            "The state promised to pay half the cost of drip irrigation within a season, but \
             farmers in Beed are still waiting.",
            "The city's reservoirs are full this year, but officials say the next drought in \
             the villages is a matter of time.",
            // a last headline with no summary, which reads as one
            "Charts: How many tankers did each district of Marathwada need this summer?",
        ];
        let page = format!(
            "{title}\n{}\n{}\n{}\n{bio}\nWrite to us at letters@example.in with your comments \
             on this story.\nRead more\nIn Vidarbha, farmers who switched to drip irrigation \
             still wait\n{}\nWhy the water train is not coming back to Latur\n{}\n{}\n",
            story[0], story[1], story[2], summaries[0], summaries[1], summaries[2]
        );
        assert_eq!(kind_of(&page, bio, Lang::En), Some(BlockKind::Boilerplate));
        for line in summaries {
            assert_eq!(
                kind_of(&page, line, Lang::En),
                Some(BlockKind::Boilerplate),
                "{line}"
            );
        }
        for line in story {
            assert_eq!(
                kind_of(&page, line, Lang::En),
                Some(BlockKind::Paragraph),
                "{line}"
            );
        }
        // under the writer's name, the page's clutter on both sides, though a related story's
        // summary below carries the story's edge past it (a fixture page)
        let page = include_str!("../../tests/fixtures/pages/fresh/postandcourier-1.en.txt");
        let framed = page
            .lines()
            .find(|l| l.starts_with("Hannah Lowery covers"))
            .unwrap();
        assert_eq!(
            kind_of(page, framed, Lang::En),
            Some(BlockKind::Boilerplate)
        );
        // a speaker introduced inside the story, the story going on under her
        let speaker = "Sangita Mundhe is a teacher at the village school who runs a small dairy.";
        let page = format!(
            "{title}\n{}\n{speaker}\n{}\n{}\n",
            story[0], story[1], story[2]
        );
        assert_eq!(
            kind_of(&page, speaker, Lang::En),
            Some(BlockKind::Paragraph)
        );
    }

    #[test]
    fn the_headlines_last_print_above_its_byline_is_the_title() {
        let headline = "Lima Bulan Insentif Belum Cair, Guru Honorer di Donggala Mengadu ke DPRD";
        let body = "Puluhan guru honorer di Kabupaten Donggala mendatangi gedung DPRD pada Senin \
                    untuk menanyakan insentif yang belum dibayarkan sejak Januari.\n\
                    Mereka diterima Komisi IV yang berjanji memanggil dinas pendidikan pekan \
                    depan untuk menjelaskan keterlambatan pembayaran tersebut.\n";
        let kinds = |page: &str| -> Vec<BlockKind> {
            find_blocks(page, Lang::Id)
                .into_iter()
                .filter(|b| b.span.of(page) == headline)
                .map(|b| b.kind)
                .collect()
        };
        // a breadcrumb's last line, the section's label, then the headline over its byline
        let page = format!(
            "Home\n»\nPendidikan\n»\n{headline}\nPendidikan\n{headline}\n\
             Penulis: Nirwana Lasulika\nSenin, 13 Mei 2024 - 19:27\n{body}"
        );
        assert_eq!(kinds(&page), [BlockKind::Boilerplate, BlockKind::Title]);
        // the first print in a list of headlines under its label: the list's other headlines
        // are read past, and are the page's too (round 320)
        let other = "Harga Kopi Arabika Kerinci Tembus Rp85 Ribu per Kilogram di Tingkat Petani";
        let page = format!(
            "Headline\n{headline}\n{other}\nLingkungan\n{headline}\n\
             Penulis: Nirwana Lasulika\n{body}"
        );
        assert_eq!(kinds(&page), [BlockKind::Boilerplate, BlockKind::Title]);
        assert!(find_blocks(&page, Lang::Id)
            .iter()
            .any(|b| b.span.of(&page) == other && b.kind == BlockKind::Boilerplate));
        // three prints above the story: a repeat names an earlier block, never a later one
        let page =
            format!("{headline}\n{headline}\nPendidikan\n{headline}\nPenulis: Nirwana\n{body}");
        for (k, b) in find_blocks(&page, Lang::Id).iter().enumerate() {
            assert!(
                b.duplicate_of.is_none_or(|d| d < k),
                "{k}: {:?}",
                b.duplicate_of
            );
        }
        // printed twice in a row: the title and its repeat
        let page = format!("Pendidikan\n{headline}\n{headline}\nPenulis: Nirwana Lasulika\n{body}");
        assert_eq!(kinds(&page)[0], BlockKind::Title);
        // unless the first print closes a list of other headlines: the list's last item (a
        // section's label above it is no list)
        let page = format!("DONGGALA\n{headline}\n{headline}\nPenulis: Nirwana Lasulika\n{body}");
        assert_eq!(kinds(&page)[0], BlockKind::Title);
        let page = format!(
            "Berita Terbaru\nHarga Cabai Rawit di Pasar Inpres Kembali Naik\n\
             Jembatan Gantung Desa Ogoamas Putus Diterjang Banjir\n{headline}\n{headline}\n\
             Penulis: Nirwana Lasulika\n{body}"
        );
        assert_eq!(kinds(&page), [BlockKind::Boilerplate, BlockKind::Title]);
        // printed again under its byline: the first print is the title
        let page = format!(
            "Pendidikan\n{headline}\nPenulis: Nirwana Lasulika\nSenin, 13 Mei 2024\nTentang\n\
             {headline}\n{body}"
        );
        assert_eq!(kinds(&page)[0], BlockKind::Title);
    }

    #[test]
    fn a_paragraph_of_the_story_signed_by_its_reporter_on_its_line() {
        assert!(!labels_a_photo("(Tribunpontianak.co.id/Ferdinandus Ama)"));
        for credit in [
            "(Foto: Istimewa)",
            "Photo: Ruairí Gannon",
            "(Dok. Humas)",
            "AFP PHOTO",
        ] {
            assert!(labels_a_photo(credit), "{credit}");
        }
        let title = "Air Sungai Melawi Surut, Speedboat Kini Hanya Berangkat Pagi";
        let lead = "Debit Sungai Melawi terus menyusut sejak awal Mei sehingga speedboat rute \
                    Nanga Pinoh-Sintang hanya bisa berangkat pada pagi hari.";
        let more = "Kepala Bidang Angkutan Sungai Dinas Perhubungan Melawi mengatakan pihaknya \
                    sudah meminta para motoris membatasi jumlah penumpang.";
        let last = "Ia menambahkan, debit Sungai Melawi baru akan kembali naik jika hujan turun \
                    merata di wilayah hulu.";
        let sign = "(Tribunpontianak.co.id/Ferdinandus Ama)";
        let page = format!("{title}\n{lead}\n{more}\n{last} {sign}\nBagikan\n");
        assert_eq!(kind_of(&page, last, Lang::Id), Some(BlockKind::Paragraph));
        assert_eq!(kind_of(&page, sign, Lang::Id), Some(BlockKind::Meta));
        // a photo's credit after a line that reports speech: the caption stays
        let caption = "Kepala dinas mengatakan speedboat hanya boleh membawa 12 penumpang.";
        let page = format!("{title}\n{lead}\n{caption} (Foto: Istimewa)\n{more}\n{last}\n");
        assert_eq!(kind_of(&page, caption, Lang::Id), Some(BlockKind::Caption));
    }

    #[test]
    fn the_title_printed_before_in_a_ticker_keeps_its_kind() {
        // (a page of round 247, whose title was lost: its ticker's print was clutter, and the
        // headline over the byline a repeat of it, which took its kind)
        let headline = "Police to use drones to monitor Southern Expressway traffic during Vesak";
        let page = [
            "Colombo Gazette\n",
            "Wednesday, May 22, 2024\n",
            "Home\n",
            "News\n",
            "Business\n",
            "Sports\n",
            "World\n",
            "Entertainment\n",
            "Features\n",
            "Videos\n",
            "Breaking News\n",
            "Rupee ends stronger against US Dollar\n",
            "Heavy rain warning issued for five districts\n",
            "{headline}\n",
            "News\n",
            "{headline}\n",
            "By Colombo Gazette\n",
            "May 22, 2024\n",
            "0 Comments\n",
            "(File Photo)\n",
            "The Police say drones will be used to monitor traffic on the Southern Expressway and on main roads leading to Vesak zones over the long weekend.\n",
            "Police Media Spokesman SSP Lakmal Herath said the drones would help officers identify congestion and accidents quickly and send traffic units to the spot.\n",
            "He said four drones would be operated from the Kottawa and Galle interchanges from Thursday until Sunday evening.\n",
            "\u{201c}Large numbers of people travel to see Vesak pandals and dansal in Colombo and Galle. We want to make sure the journey is safe,\u{201d} he told reporters.\n",
            "Police officers test a drone (Pic by Dilan Wickramage) during a rehearsal at the Kottawa interchange on Tuesday.\n",
        ]
        .concat()
        .replace("{headline}", headline);
        let titles: Vec<&str> = find_blocks(&page, Lang::En)
            .into_iter()
            .filter(|b| b.kind == BlockKind::Title)
            .map(|b| b.span.of(&page))
            .collect();
        assert_eq!(titles, [headline]);
    }

    #[test]
    fn the_storys_last_line_signed_by_its_outlet_and_speech_told_to_the_site() {
        let line = "Over 1,500 police officers are to be deployed on traffic duty over the \
                    weekend, the Police said.";
        let signed = format!("{line} (Colombo Gazette)");
        assert_eq!(
            bracketed_sign_after_speech(&signed, Lang::En).map(|at| &signed[at..]),
            Some("(Colombo Gazette)")
        );
        for line in [
            // a scene's photo credit
            "A farmer checks pigeon pea seedlings in a field near Myinmu on May 19. (Frontier)",
            // a labelled credit
            "Menurutnya, larangan berlaku sementara dan akan dievaluasi setiap dua jam. \
             (Foto: Istimewa)",
            // a caption glued after the story's line
            "Residents said a water tender had visited the area twice in the past week. A water \
             tender on its rounds in St Joseph on Tuesday. (GP)",
        ] {
            assert_eq!(bracketed_sign_after_speech(line, Lang::En), None, "{line}");
        }
        let title = "Police to Use Drones to Monitor Expressway Traffic During Vesak";
        let lead = "The Police say drones will be used to monitor traffic on the Southern \
                    Expressway and on main roads leading to Vesak zones over the long weekend.";
        let more = "Motorists have been urged to avoid parking on the sides of main roads and to \
                    follow the instructions of traffic police officers.";
        let page = format!("{title}\n{lead}\n{more}\n{signed}\nShare this:\n");
        assert_eq!(kind_of(&page, line, Lang::En), Some(BlockKind::Paragraph));
        assert_eq!(
            kind_of(&page, "(Colombo Gazette)", Lang::En),
            Some(BlockKind::Meta)
        );
        // someone's words told to the site, naming the site and its subscribers, are the story's
        let title = "Krisis Air Baku, Distribusi Air Digilir di 14 Kelurahan";
        let lead = "Perumda Air Minum Tirta Kepri mulai memberlakukan distribusi air bergilir \
                    di 14 kelurahan di Kota Tanjungpinang sejak Rabu.";
        let quote = "\"Jadi mau tidak mau jadwalnya kami bagi, supaya semua pelanggan tetap \
                     kebagian,\" kata Hendrawan kepada Kepripost.com di kantornya.";
        let last = "Menurut dia, pelanggan di wilayah yang masuk jadwal gilir akan menerima \
                    aliran air dua hari sekali.";
        let page = format!(
            "Kepripost.com\n{title}\nTANJUNGPINANG (Kepripost.com) – {lead}\n{quote}\n{last}\n\
             Copyright © 2024 Kepripost.com\n"
        );
        assert_eq!(kind_of(&page, quote, Lang::Id), Some(BlockKind::Paragraph));
    }

    #[test]
    fn a_quote_closing_the_story_with_its_end_mark_is_the_storys() {
        for (line, mark) in [
            (
                "Bantuan akan disalurkan lewat kelompok nelayan,\" kata Hendra. ***",
                "***",
            ),
            (
                "Kami ingin ada jalan keluar yang permanen,\" katanya. (Yos)-f",
                "(Yos)-f",
            ),
        ] {
            assert_eq!(trailing_end_mark(line).map(|at| &line[at..]), Some(mark));
        }
        for line in [
            "Harga naik 5 persen. (Reuters)",
            "Warga antre di posko. -f",
            "Sumber: BPS",
        ] {
            assert_eq!(trailing_end_mark(line), None, "{line}");
        }
        let title = "Kemarau, Warga Gunungkidul Kembali Beli Air Tangki";
        let lead = "Warga di sejumlah padukuhan di Kabupaten Gunungkidul kembali membeli air \
                    tangki karena sumur dan telaga mengering sejak awal Juli.";
        let more = "Menurut Sarjiyo, usulan pembangunan jaringan pipa sudah disampaikan dalam \
                    musyawarah rencana pembangunan desa tahun lalu.";
        let quote = "\"Setiap tahun sama, kemarau beli air, hujan lupa. Kami ingin ada jalan \
                     keluar yang permanen,\" katanya.";
        let page = format!("{title}\n{lead}\n{more}\n{quote} (Yos)-f\nBagikan\n");
        assert_eq!(kind_of(&page, quote, Lang::Id), Some(BlockKind::Paragraph));
        assert_eq!(kind_of(&page, "(Yos)-f", Lang::Id), Some(BlockKind::Meta));
    }

    #[test]
    fn a_sentence_closed_by_a_sign_the_tables_do_not_know() {
        for (line, sign) in [
            (
                "… depending on the weather and the availability of transport. ….. PACNEWS",
                "….. PACNEWS",
            ),
            ("… guru dari SMK lain di Sidoarjo. [kus.why]", "[kus.why]"),
            (
                "Tidak ada penumpang yang terlantar hingga Minggu malam. (T2/c)",
                "(T2/c)",
            ),
        ] {
            assert_eq!(
                closing_sign(line).map(|at| &line[at..]),
                Some(sign),
                "{line}"
            );
        }
        for line in [
            "Harga Cabai Naik 5 Persen. Ini Penyebabnya",
            "Yuk, sayangi nyawa kita dan keluarga, Sobat Pantai! 🚩🌊",
            "Tidak ada penumpang yang terlantar hingga Minggu malam.",
        ] {
            assert_eq!(closing_sign(line), None, "{line}");
        }
        let title = "Pacific Schools Repaired After Cyclone";
        let lead = "The education ministry said repairs had begun at 14 schools damaged when the \
                    cyclone crossed the northern islands last month.";
        let more = "Classes at the worst-hit schools are being held in church halls and tents \
                    provided by aid agencies, officials said.";
        let last = "It expects work on those schools to be completed by the end of the year, \
                    depending on the weather and the availability of transport.";
        let page = format!("{title}\n{lead}\n{more}\n{last} ….. PACNEWS\nShare this:\n");
        assert_eq!(kind_of(&page, last, Lang::En), Some(BlockKind::Paragraph));
        assert_eq!(
            kind_of(&page, "….. PACNEWS", Lang::En),
            Some(BlockKind::Meta)
        );
    }

    #[test]
    fn the_storys_last_paragraph_set_apart_by_a_widget() {
        let title = "Tea Prices Fall at Mombasa Auction as Kenyan Output Climbs";
        let story = [
            "Tea prices at the Mombasa auction fell for a fourth week as Kenyan output climbed \
             after heavy rains in the growing regions west of the Rift Valley.",
            "Brokers said buyers from Pakistan and Egypt held back, waiting for prices at the \
             auction to fall further before the Ramadan season.",
            "A senior official at the agriculture ministry said the government was reviewing \
             the auction rules to curb the sale of low-grade tea.",
        ];
        let last = "Analysts expect tea prices at the auction to recover slightly in the second \
                    quarter as dry weather in the growing regions reduces volumes.";
        let page = format!(
            "{title}\n{}\n{}\n{}\nAverage Mombasa auction price, US dollars per kilo\n{last}\n\
             This market report is for information purposes only and should not be taken as \
             investment advice.\n",
            story[0], story[1], story[2]
        );
        assert_eq!(kind_of(&page, last, Lang::En), Some(BlockKind::Paragraph));
        // under a list's heading it is another story's summary
        let page = format!(
            "{title}\n{}\n{}\n{}\nRelated Stories\n{last}\nAbout Us\n",
            story[0], story[1], story[2]
        );
        assert_eq!(kind_of(&page, last, Lang::En), Some(BlockKind::Boilerplate));
        // and sharing no words with the story, a line of the page
        let other = "Sign up for our weekly newsletter to get the best of our journalism every \
                     Friday morning in your inbox.";
        let page = format!(
            "{title}\n{}\n{}\n{}\nNewsletter\n{other}\nAbout Us\n",
            story[0], story[1], story[2]
        );
        assert_eq!(
            kind_of(&page, other, Lang::En),
            Some(BlockKind::Boilerplate)
        );
    }

    #[test]
    fn a_request_for_comment_is_the_storys() {
        for line in [
            "The Department for Environment, Food and Rural Affairs has been approached for \
             comment.",
            "Pihak perusahaan belum dapat dikonfirmasi hingga berita ini diturunkan.",
        ] {
            assert!(seeks_a_response(line), "{line}");
        }
        assert!(!seeks_a_response(
            "Join the conversation and leave a comment below."
        ));
        let title = "Hill Farmers Fear Losing Payments as Subsidy Scheme Ends";
        let story = [
            "Hill farmers in the Yorkshire Dales say they fear losing thousands of pounds a year \
             as the old subsidy scheme is phased out by the government.",
            "Jenny Metcalfe, who farms near Gayle, said younger farmers were being asked to make \
             decisions about their farms without knowing what the payments would be.",
        ];
        let asked = "The Department for Environment, Food and Rural Affairs has been approached \
                     for comment.";
        let page = format!(
            "{title}\n{}\n{}\n{asked}\nWant to have your say? Leave a comment on this story.\n",
            story[0], story[1]
        );
        assert_eq!(kind_of(&page, asked, Lang::En), Some(BlockKind::Paragraph));
    }

    #[test]
    fn above_the_title_an_open_line_is_a_caption_or_the_pages() {
        let story = "PALEMBANG - Kabut asap kiriman dari kabupaten tetangga kian pekat di Palembang \
                     sejak akhir pekan lalu.\n\nDinas Kesehatan membagikan dua puluh ribu masker \
                     kepada warga di sejumlah titik keramaian kota.\n\nPosko kesehatan juga dibuka di \
                     setiap puskesmas untuk melayani warga yang mengalami sesak napas.\n\nWarga diminta \
                     mengurangi kegiatan di luar rumah selama kualitas udara belum membaik.\n";
        // (a line right over the headline that is no caption stays the story's: it may be the
        // headline over a deck taken for the title)
        let top = "Skip to content\nSenin, 9 September 2024\nBeritaSumsel.com\nBeranda\n\
                   Palembang\nPolitik\nCari...\n\nKualitas udara kota pagi ini masuk kategori \
                   tidak sehat bagi kelompok sensitif.\n\nKabut asap menyelimuti kawasan \
                   Jembatan Ampera dan Sungai Musi, Palembang, Senin (9/9/2024) pagi.\n\nKabut \
                   Asap Kian Pekat, Dinkes Palembang Bagikan 20 Ribu Masker\nOleh Rendi \
                   Saputra\n\n";
        let page = format!("{top}{story}");
        let caption = "Kabut asap menyelimuti kawasan Jembatan Ampera dan Sungai Musi, Palembang, \
                       Senin (9/9/2024) pagi.";
        let notice =
            "Kualitas udara kota pagi ini masuk kategori tidak sehat bagi kelompok sensitif.";
        assert_eq!(kind_of(&page, caption, Lang::Id), Some(BlockKind::Caption));
        assert_eq!(
            kind_of(&page, notice, Lang::Id),
            Some(BlockKind::Boilerplate)
        );
        // with one paragraph under the headline, the headline chosen may be a later one: the
        // lines above it are left to the other rules
        let short = format!("{top}{}\n", story.split("\n\n").next().unwrap_or(""));
        assert_eq!(
            kind_of(&short, notice, Lang::Id),
            Some(BlockKind::Paragraph)
        );
        // a fixture page: the lead photo's caption over the breadcrumb and the headline
        let fixture = include_str!("../../tests/fixtures/pages/fresh/beritasumsel-1.id.txt");
        let got = blocks_in(fixture, Lang::Id);
        assert!(has(&got, Caption, caption), "{got:?}");
    }

    #[test]
    fn a_question_to_the_reader_between_the_pages_lines_is_the_pages() {
        let story = "Harga genteng di tingkat perajin naik tipis sejak awal bulan ini.\n\n\
                     Perajin mengaku kesulitan mengeringkan genteng selama musim hujan.\n\n";
        let question =
            "Menurut Anda, perlukah Pemkab Kebumen membantu perajin genteng dengan alat \
                        pengering?";
        let poll = format!(
            "Judul Berita Genteng Sokka\n\n{story}Polling\n\n{question}\n\nPerlu\n\nTidak perlu\n\n\
             Lihat hasil\n"
        );
        assert_eq!(
            kind_of(&poll, question, Lang::Id),
            Some(BlockKind::Boilerplate)
        );
        // between the story's own paragraphs it is the story's
        let inside = format!(
            "Judul Berita Genteng Sokka\n\n{story}{question}\n\nPemerintah daerah berencana \
             memberikan bantuan alat pengering kepada kelompok perajin.\n"
        );
        assert_eq!(
            kind_of(&inside, question, Lang::Id),
            Some(BlockKind::Paragraph)
        );
    }

    #[test]
    fn a_question_over_a_polls_answers_and_button_is_the_pages() {
        let story = "The council will decide next month whether the old mill can become flats.\n\
                     Work is expected to start later this year and take two years to finish.\n";
        let question = "Should more of the empty mills be turned into homes?";
        // (right under the story's paragraph, with no label over it)
        let poll = format!(
            "Mill flats plan goes to council\n{story}{question}\n\
             Yes, it is better than leaving them to rot\nNo, the villages cannot take more \
             traffic\nVote\nThe council planning committee meets on June 4 to decide on the \
             plans.\nResidents have until May 30 to comment on the application.\n"
        );
        assert_eq!(
            kind_of(&poll, question, Lang::En),
            Some(BlockKind::Boilerplate)
        );
        // the story's own question, with no answers and button under it, is the story's
        let asked = format!(
            "Mill flats plan goes to council\n{story}{question}\n\
             Residents say the roads cannot take more traffic from new homes.\n"
        );
        assert_eq!(
            kind_of(&asked, question, Lang::En),
            Some(BlockKind::Paragraph)
        );
    }

    #[test]
    fn a_scene_without_a_stop_under_a_credit_inside_the_story_is_its_caption() {
        let above = "Contractors will remove the loose stones and then rebuild the steps using \
                     the original sandstone where it can be saved.";
        let scene = "An engineer's drawing of how the rebuilt steps will look, with a new \
                     handrail on the seaward side";
        let page = format!(
            "Harbour steps to be rebuilt after winter storms\n\
             The steps at the north quay were badly damaged during storms in the winter, the \
             council said on Monday.\n{above}\n(Image: Cumberland Council)\n{scene}\n\
             A handrail and a lifebuoy station will be added at the top of the steps.\n\
             Work is expected to start in March and take around ten weeks.\n"
        );
        let got = blocks_in(&page, Lang::En);
        assert!(has(&got, Caption, scene), "{got:?}");
        assert!(has(&got, Paragraph, above), "{got:?}");
        // a subheading under a caption's credit opens a section
        let page = page.replace(scene, "A plan without a map");
        let got = blocks_in(&page, Lang::En);
        assert!(!has(&got, Caption, "A plan without a map"), "{got:?}");
    }

    #[test]
    fn a_line_over_a_credit_under_the_headlines_byline_is_no_title() {
        let headline = "Driver jailed after hitting cyclist on ring road and fleeing";
        let caption = "Reece Holloway was jailed at Winchester Crown Court";
        let page = format!(
            "Court\nCrime\n{headline}\nBy Jess Carter\nCourt reporter\nShare\n{caption}\n\
             (Image: Hampshire Constabulary)\n\
             A driver who knocked a cyclist off his bike on the ring road and drove away \
             has been jailed.\n\
             Reece Holloway, 29, was sentenced at Winchester Crown Court on Wednesday to 14 \
             months for the crash.\n\
             The cyclist suffered a broken collarbone, the court heard.\n"
        );
        let got = blocks_in(&page, Lang::En);
        assert!(has(&got, Title, headline), "{got:?}");
        assert!(has(&got, Caption, caption), "{got:?}");
    }

    #[test]
    fn a_window_title_split_at_its_bar_like_a_caption_and_credit_is_the_pages() {
        let page = "Villagers raise £310,000 to buy and reopen Horwich pub | The Bolton News\n\
                    The Bolton News\nNews\n\
                    Villagers raise £310,000 to buy and reopen Horwich pub that closed in 2022\n\
                    By Jane Doe\n\
                    Villagers in Horwich have raised £310,000 to buy their local pub, which closed \
                    two years ago.\n\
                    The community group behind the bid said it hoped to reopen the pub by summer.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            got.iter()
                .all(|(kind, _)| !matches!(kind, Caption | Credit)),
            "{got:?}"
        );
        assert!(has(
            &got,
            Title,
            "Villagers raise £310,000 to buy and reopen Horwich pub that closed in 2022"
        ));
        // worded otherwise than the headline: still the page's, and the headline the title
        let headline = "Horwich villagers raise £310,000 to reopen pub that closed in 2022";
        let reworded = page.replacen(
            "Villagers raise £310,000 to buy and reopen Horwich pub that closed in 2022",
            headline,
            1,
        );
        let got = blocks_in(&reworded, Lang::En);
        assert!(
            got.iter()
                .all(|(kind, _)| !matches!(kind, Caption | Credit)),
            "{got:?}"
        );
        assert!(has(&got, Title, headline), "{got:?}");
        // the window's wording printed again in a list under the story is no headline
        let listed = format!(
            "{reworded}Most Read\n\
             Villagers raise £310,000 to buy and reopen Horwich pub\n\
             Bus station cafe to close after 40 years\n"
        );
        let got = blocks_in(&listed, Lang::En);
        assert!(has(&got, Title, headline), "{got:?}");
        assert!(
            got.iter()
                .all(|(kind, _)| !matches!(kind, Caption | Credit)),
            "{got:?}"
        );
    }

    #[test]
    fn a_sign_up_boxs_description_is_the_pages_and_a_story_line_beside_it_is_not() {
        let story = "Lumora's gene therapy missed its main goal in a trial in a rare liver \
                     disorder, the company said on Monday.\n\n\
                     Outside experts were skeptical that the finding would carry weight.\n\n";
        let offer = "Your morning guide to the biotech industry, from clinical trial results to \
                     deal news.";
        let page = format!(
            "Gene therapy misses main goal in trial\n\n{story}Sign up for The Readout\n\n\
             {offer}\n\nPlease enter a valid email address.\n\nThe company said it would \
             meet regulators to discuss a smaller trial in children.\n"
        );
        assert_eq!(
            kind_of(&page, offer, Lang::En),
            Some(BlockKind::Boilerplate)
        );
        // the story's line opens with its subject: "news" opens no offer
        let news = "News of the result sent the company's shares down 40 percent in early \
                    trading on Monday.";
        let beside = format!(
            "Gene therapy misses main goal in trial\n\n{story}Sign up for The Readout\n\n\
             {news}\n\nThe company said it would meet regulators to discuss a smaller trial.\n"
        );
        assert_eq!(kind_of(&beside, news, Lang::En), Some(BlockKind::Paragraph));
        // the box in one line next to the page's clutter, its own sign-up and the reader in it
        let whole = "Insider Weekly brings you a roundup of the week's business news every \
                     Friday. Sign up now, it's free.";
        let page = format!(
            "Gene therapy misses main goal in trial\n\n{story}Share this:\n\n{whole}\n\n\
             Facebook\n\nThe company said it would meet regulators to discuss a smaller trial.\n"
        );
        assert_eq!(
            kind_of(&page, whole, Lang::En),
            Some(BlockKind::Boilerplate)
        );
        // and the offer away from a box is left to the other rules
        let alone = format!(
            "Gene therapy misses main goal in trial\n\n{story}{offer}\n\nThe company said it \
             would meet regulators to discuss a smaller trial.\n"
        );
        assert_eq!(kind_of(&alone, offer, Lang::En), Some(BlockKind::Paragraph));
    }

    #[test]
    fn a_caption_glued_under_a_paragraph_that_goes_on_with_hal_senada_is_parted() {
        // a fixture page of round 291: the story's paragraph, the caption and "(Kebumen24/Fajar)"
        // on one line; the outlet's name holds a number
        let page = include_str!("../../tests/fixtures/pages/fresh/kebumen24-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Credit, "(Kebumen24/Fajar)"), "{got:?}");
        assert!(
            has(
                &got,
                Caption,
                "Tumpukan genteng mentah ditutup terpal di halaman rumah perajin di Desa Sokka."
            ),
            "{got:?}"
        );
        assert!(got.iter().any(|(kind, text)| *kind == BlockKind::Paragraph
            && text.starts_with("Hal senada disampaikan Ngatinah (52)")));
        assert!(
            credit::is_credit("(Kebumen24/Fajar)")
                || credit::is_bracketed_source("(Kebumen24/Fajar)")
        );
    }

    #[test]
    fn a_caption_printed_again_with_the_name_in_capitals_after_it() {
        let caption = "The Island Star, one of the vessels serving the southern Family Islands, \
                       docked at Potter's Cay yesterday.";
        let story = "Mailboat operators say passengers could soon pay more to move people and goods.\n\
                     Several operators said they have asked the government to review the subsidy.\n";
        let page = format!(
            "Mailboat operators seek higher subsidy\n{caption}\n{caption} KEVRON ADDERLEY\n{story}"
        );
        let got = blocks_in(&page, Lang::En);
        assert!(has(&got, Credit, "KEVRON ADDERLEY"), "{got:?}");
        assert_eq!(
            got.iter()
                .filter(|(k, t)| *k == Caption && *t == caption)
                .count(),
            2,
            "{got:?}"
        );
        // a paragraph signed by its reporter in capitals is no caption
        let signed = format!(
            "Mailboat operators seek higher subsidy\n{story}The operators will meet the minister \
             next week. KEVRON ADDERLEY\n"
        );
        let got = blocks_in(&signed, Lang::En);
        assert!(!got.iter().any(|(k, _)| *k == Caption), "{got:?}");
    }

    #[test]
    fn a_bar_between_the_datelines_outlet_and_the_story() {
        let line =
            "NGANJUK – NganjukNews.com | Hamparan sawah bawang merah di Kecamatan Sukomoro kini \
                    tampak terang benderang setiap malam.";
        let page = format!(
            "Petani Bawang Pasang Lampu Perangkap\n\n{line}\n\nPetani memasang ribuan lampu.\n"
        );
        let got = blocks_in(&page, Lang::Id);
        assert!(has(&got, Meta, "NGANJUK – NganjukNews.com |"), "{got:?}");
        assert!(
            got.iter()
                .any(|(k, t)| *k == Paragraph && t.starts_with("Hamparan sawah")),
            "{got:?}"
        );
    }

    #[test]
    fn a_local_sites_name_signs_its_photos_and_its_dateline() {
        // round 295 and 296 pages: "WONOSOBO24 –" opens the story under the lead photo, below
        // the standfirst; "(Pacitanpost/Anang)" closes a caption printed twice
        let page = include_str!("../../tests/fixtures/pages/fresh/wonosobo24-1.id.txt");
        assert_eq!(
            kind_of(page, "WONOSOBO24 –", Lang::Id),
            Some(BlockKind::Meta)
        );
        let page = include_str!("../../tests/fixtures/pages/fresh/pacitanpost-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        assert!(
            got.iter()
                .any(|(k, t)| *k == Credit && t.contains("(Pacitanpost/Anang)")),
            "{got:?}"
        );
        assert!(credit::is_numbered_brand("Kebumen24"));
        assert!(credit::is_numbered_brand("WONOSOBO24"));
        assert!(!credit::is_numbered_brand("Maret2024"));
        assert!(!credit::is_numbered_brand("24"));
    }

    #[test]
    fn another_storys_teaser_cut_off_between_the_pages_lines_is_the_pages() {
        // round 295: a blog's popular posts, each a headline and its lead cut off by "...",
        // the lead opening with a dateline in capitals (no labelled caption)
        let page = include_str!("../../tests/fixtures/pages/fresh/banjarnegaranews-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        let teasers: Vec<&(BlockKind, &str)> =
            got.iter().filter(|(_, t)| t.ends_with("...")).collect();
        assert_eq!(teasers.len(), 2, "{got:?}");
        assert!(
            teasers.iter().all(|(k, _)| *k == Boilerplate),
            "{teasers:?}"
        );
        // and its window title opens with the blog's name
        assert!(got.iter().any(|(k, t)| *k == Title
            && *t == "Harga Salak Pondoh Naik, Petani Madukara Mulai Kirim ke Kalimantan"));
    }

    #[test]
    fn the_story_glued_after_a_credit_that_closes_the_caption_above() {
        // round 300: "TEMUI WARGA: Kepala Desa … (14/7)." / "(FOTO: DOK. PEMDES SUKOMULYO FOR
        // GRESIKPOST)Kepala Desa Sukomulyo Hadi Prayitno membenarkan keluhan tersebut. Ia …"
        let page = include_str!("../../tests/fixtures/pages/fresh/gresikpost-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        assert!(
            got.iter().any(|(k, t)| *k == Paragraph
                && t.starts_with("Kepala Desa Sukomulyo Hadi Prayitno membenarkan")),
            "{got:?}"
        );
        assert!(got
            .iter()
            .any(|(k, t)| *k == Caption && t.starts_with("TEMUI WARGA: Kepala Desa")));
        // with no caption above it, the credit opens its own caption's line
        let alone = "Judul Berita Desa Sukomulyo\n\nParagraf pertama cerita ini cukup panjang untuk \
                     dibaca.\n\n(FOTO: DOK. PEMDES SUKOMULYO FOR GRESIKPOST)Kepala Desa Sukomulyo \
                     menerima warga di balai desa, Minggu (14/7).\n\nParagraf kedua cerita ini juga \
                     cukup panjang untuk dibaca.\n";
        assert_eq!(
            kind_of(
                alone,
                "Kepala Desa Sukomulyo menerima warga di balai desa, Minggu (14/7).",
                Lang::Id
            ),
            Some(BlockKind::Caption)
        );
    }

    #[test]
    fn a_gallerys_last_slot_may_hold_an_illustrations_credit_alone() {
        // round 300: "3 / 3" / "Ilustrasi: Tim Grafis TemanggungPost" / the story going on
        let page = include_str!("../../tests/fixtures/pages/fresh/temanggungpost-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        assert!(
            got.iter().any(|(k, t)| *k == Paragraph
                && t.starts_with("Ketua Paguyuban Petani Tembakau Lereng Sumbing")),
            "{got:?}"
        );
    }

    #[test]
    fn a_run_after_the_story_sharing_none_of_its_words_is_the_pages() {
        let story = "Levee path to close for six months of repairs\n\
                     The walking path atop the Mill Creek levee will close in April while crews \
                     repair the flood channel.\n\
                     The Corps plans to replace about 140 concrete panels lining the channel \
                     near Roosevelt Street.\n\
                     Walkers and cyclists will be detoured along Rose Street until the levee \
                     path reopens in September.\n\
                     The repair will cost about $6.8 million, the Corps said.\n";
        let box_lines = [
            "Welcome to the discussion.",
            "Be Truthful. Don't knowingly lie about anyone or anything.",
        ];
        let page = format!(
            "{story}Tags\nMill Creek\nFlood Control\nSign up\n{}\nKeep it Clean. Please avoid \
             obscene, vulgar, lewd, racist or sexually-oriented language.\n{}\nMost Popular\n\
             College Place approves new water rate tiers\n",
            box_lines[0], box_lines[1]
        );
        for line in box_lines {
            assert_eq!(
                kind_of(&page, line, Lang::En),
                Some(BlockKind::Boilerplate),
                "{line}"
            );
        }
        // the story going on past an advertisement names what it told of
        let going_on = [
            "Crews will work on the levee path six days a week, the Corps said.",
            "The Rose Street detour will be marked with signs for walkers and cyclists.",
        ];
        let page = format!(
            "{story}Advertisement\n{}\n{}\nTags\nMill Creek\n",
            going_on[0], going_on[1]
        );
        for line in going_on {
            assert_eq!(
                kind_of(&page, line, Lang::En),
                Some(BlockKind::Paragraph),
                "{line}"
            );
        }
    }

    #[test]
    fn a_list_of_other_stories_with_their_summaries_after_the_story_is_the_pages() {
        // fixture pages: each summary shares the story's beat, so its words do not tell it
        let page = include_str!("../../tests/fixtures/pages/fresh/tampabay-1.en.txt");
        for summary in [
            "The proposal would let hotels add two floors if they build seawalls and public \
             walkways.",
            "Owners will need a city license and a local contact who can respond within an hour.",
        ] {
            assert_eq!(
                kind_of(page, summary, Lang::En),
                Some(BlockKind::Boilerplate),
                "{summary}"
            );
        }
        // short sentences of the page's under the list are no story going on
        let page = include_str!("../../tests/fixtures/pages/fresh/postandcourier-1.en.txt");
        let summary = "The new pier is longer and taller than the one it replaced, built to \
                       survive stronger storms.";
        assert_eq!(
            kind_of(page, summary, Lang::En),
            Some(BlockKind::Boilerplate)
        );
        let page = include_str!("../../tests/fixtures/pages/fresh/thecity-1.en.txt");
        let summary = "Advocates say the 10 p.m. curfew at several Midtown sites leaves workers \
                       choosing between a bed and a paycheck.";
        assert_eq!(
            kind_of(page, summary, Lang::En),
            Some(BlockKind::Boilerplate)
        );
        let story = "Beach towns ask state for sand after storms\n\
                     ST. PETE BEACH - Pinellas beach towns lost tons of sand during last fall's \
                     storms, and officials say the state must help pay to replace it.\n\
                     The county has asked for an emergency grant to cover the first phase of the \
                     work before the summer season begins.\n\
                     Residents said the dunes in front of their homes had shrunk by half since \
                     September and worried about the next hurricane season.\n";
        // the story going on under an advertisement's label and a promoted headline inside it
        let inside = format!(
            "{story}Advertisement\nTreasure Island considers raising building heights on Gulf \
             Boulevard\nThe county will hold a public meeting on the grant next Tuesday.\n\
             Officials expect the first trucks of sand to arrive in April.\n"
        );
        assert_eq!(
            kind_of(
                &inside,
                "The county will hold a public meeting on the grant next Tuesday.",
                Lang::En
            ),
            Some(BlockKind::Paragraph)
        );
    }

    #[test]
    fn the_alt_text_labelled_with_the_sites_name_over_its_caption() {
        // round 308: "Bournemouth Echo: The two paddleboarders …" / "The two paddleboarders …
        // (Image: RNLI/Bethany Quarrell)", under the headline and its byline
        let page = include_str!("../../tests/fixtures/pages/fresh/bournemouthecho-1.en.txt");
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Boilerplate, "Bournemouth Echo:"), "{got:?}");
        assert!(
            has(
                &got,
                Title,
                "Paddleboarders rescued after being swept out to sea off Southbourne"
            ),
            "{got:?}"
        );
        let caption = "The two paddleboarders were brought ashore at Fisherman's Walk by the \
                       inshore lifeboat crew";
        assert_eq!(
            got.iter()
                .filter(|&&(k, t)| k == Caption && t == caption)
                .count(),
            2
        );
        // a label over a line of its own words is no alt text: "Update: …" / another line
        let other = "Storm warning\n\nUpdate: The ferry will sail again on Monday morning.\n\nThe \
                     ferry was held in port for two days by high winds.\n";
        assert_ne!(
            kind_of(other, "Update:", Lang::En),
            Some(BlockKind::Boilerplate)
        );
    }

    #[test]
    fn an_item_of_a_list_under_its_heading_is_no_title() {
        // round 307: "Terpopuler Pekan Ini" / three headlines of other stories / the breadcrumb
        // / the headline with its contributor and date under it
        let page = include_str!("../../tests/fixtures/pages/fresh/siaktoday-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Title,
                "Dua Hari Berjibaku, Tim Gabungan Padamkan Api di Lahan Gambut Sungai Mandau"
            ),
            "{got:?}"
        );
        assert!(opens_with_list_heading("Terpopuler Pekan Ini"));
        assert!(opens_with_list_heading("Berita Terkait"));
        assert!(!opens_with_list_heading(
            "Terpopuler di Kalangan Petani Sawit Riau"
        ));
    }

    #[test]
    fn a_slash_credit_before_its_caption_with_a_dash_between() {
        // round 312: "SidikalangPost/Rinto Sihombing – Petani menjemur …"
        let page = include_str!("../../tests/fixtures/pages/fresh/sidikalangpost-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(&got, Credit, "SidikalangPost/Rinto Sihombing"),
            "{got:?}"
        );
        assert!(got
            .iter()
            .any(|(k, t)| *k == Caption && t.starts_with("– Petani menjemur biji kopi")));
        // two places, a date and the agency before the dash are the story's dateline
        let lead = "HANOI/LONDON, March 18 (Reuters) - Robusta coffee futures hit a record high \
                    on Monday as a prolonged drought in Vietnam's Central Highlands hurt crops.";
        let page =
            format!("Robusta coffee hits record high\n\n{lead}\n\nTraders said stocks were low.\n");
        assert_eq!(
            kind_of(&page, "HANOI/LONDON, March 18 (Reuters) -", Lang::En),
            Some(BlockKind::Meta)
        );
        // a place and the site's domain before the dash are the story's dateline
        let page = include_str!("../../tests/fixtures/pages/fresh/tabengan-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        assert!(got
            .iter()
            .any(|(k, t)| *k == Paragraph && t.starts_with("Menyusutnya debit Sungai Barito")));
        // a credit opening with a word only credits use, in brackets between two captions
        let line = "Kiri: Pedagang menimbang cabai merah di los sayur Pasar Inpres Kisaran. (Dok. \
                    KisaranToday) Kanan: Pembeli memilih cabai rawit yang harganya ikut naik.";
        let open = line.find("(Dok.").unwrap_or_default();
        assert_eq!(
            credit::inside(line),
            Some((open, open + "(Dok. KisaranToday)".len()))
        );
    }

    #[test]
    fn the_sites_own_name_and_its_writers_name_are_no_short_headline() {
        let page = "Harbour Ledger\n\
                    Subscribe\n\
                    Climate\n\
                    Dry Wells\n\
                    In the valley a new orchard is thriving. Its neighbours' taps are running \
                    out.\n\
                    Marta Olsen\n\
                    March 14, 2024\n\
                    For nineteen years the well behind Rosa Ibarra's house gave her family all \
                    the water it needed, she told Harbour Ledger.\n\
                    Last August it started sputtering, and by October the wells of four of her \
                    neighbours had gone dry as well.\n\
                    County officials say the orchard's pumping is legal under state law.\n\
                    Marta Olsen is an environment reporter at Harbour Ledger.\n\
                    Copyright © 2024 Harbour Ledger and the Coast Media Trust. All Rights \
                    Reserved.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Title, "Dry Wells"), "{got:?}");
        // the outlet of a photo's credit names the site too, above the headlines
        let page = "Skip to Article\n\
                    Staten Harbor Advance\n\
                    Sign In\n\
                    Most Read\n\
                    Staten Harbor ferry schedule changes coming this weekend\n\
                    Great Kills Park beach reopening date pushed back again\n\
                    Food & Drink\n\
                    Harbor diner closes\n\
                    After 41 years of eggs, coffee and rice pudding on Arthur Road, the Harbor \
                    Light Diner served its last breakfast on Sunday.\n\
                    By Dana Ruiz\n\
                    Nikos Vlahos pours coffee for regulars at the Harbor Light Diner.\n\
                    (Staten Harbor Advance/Irene Moss)\n\
                    The diner opened in 1984 and became a stop for workers from the Staten \
                    Harbor docks, and its owner says the time has come to rest.\n\
                    Regulars lined up before dawn for a last plate of eggs at the diner.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Title, "Harbor diner closes"), "{got:?}");
    }

    #[test]
    fn a_headline_printed_with_a_stop_over_its_byline_wins_over_a_short_label() {
        let page = "Valley Bee Logo\n\
                    Local News\n\
                    Crime\n\
                    Opinion\n\
                    Ceres pool stays closed.\n\
                    By Rolando Vega\n\
                    Updated May 30, 2025 4:47 PM\n\
                    For the second summer in a row, Ceres families will not be able to cool \
                    off at the city's only public pool, local news reports said.\n\
                    City officials said the pool will stay closed through September after \
                    inspectors found cracks in its shell.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Title, "Ceres pool stays closed."), "{got:?}");
        // two short sentences over the byline are one headline
        let page = "Sections\n\
                    Sign In\n\
                    LOCAL\n\
                    Fort Worth stopped charging library late fines. The books came back.\n\
                    By Marisol Vance\n\
                    Updated June 12, 2024 4:08 PM\n\
                    Fort Worth's libraries stopped charging late fines last year, and more than \
                    9,000 long-overdue books have come back since.\n\
                    Library officials say the fines had kept many families away.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Title,
                "Fort Worth stopped charging library late fines. The books came back."
            ),
            "{got:?}"
        );
        // and a headline of two words over its byline shares one of them with the story
        let page = "Prague Daily\n\
                    News\n\
                    Travel\n\
                    Quiet, Please.\n\
                    by Prague Daily\n\
                    Bars in part of Holesovice must move their guests indoors by 10pm from \
                    September, the district council decided on Thursday.\n\
                    Residents have complained for years that the street is never quiet at \
                    night.\n\
                    © 2024 Prague Daily. All rights reserved.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Title, "Quiet, Please."), "{got:?}");
    }

    #[test]
    fn the_sites_slogan_under_its_name_and_a_count_are_no_title() {
        let page = "SALAKITA\n\
                    Jendela Informasi Kota Salatiga\n\
                    Home\n\
                    Berita\n\
                    Sampah Plastik Jadi Paving.\n\
                    Reporter: Yohanes Kristianto\n\
                    Dilihat 1.207 kali\n\
                    Sampah plastik dari tiga kelurahan di Salatiga kini diolah menjadi paving \
                    blok oleh kelompok warga di Kecamatan Sidorejo.\n\
                    Paving dari sampah plastik itu dipasang di jalan kampung sejak pekan lalu.\n\
                    Copyright © 2024 Salakita.com\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Title, "Sampah Plastik Jadi Paving."), "{got:?}");
        assert!(is_count_line("Dilihat 1.207 kali"));
        assert!(is_count_line("Share: 38"));
        assert!(!is_count_line("Harga Emas Naik Rp1.200 per Gram"));
    }

    #[test]
    fn a_headline_under_a_ranked_list_with_its_byline_under_it_is_the_title() {
        // the ranks on lines of their own
        let page = "TERPOPULER\n\
                    1\n\
                    Polisi Amankan Dua Pemuda Pembawa Senjata Tajam di Jalan Raya\n\
                    2\n\
                    Pasar Murah Pemkab Bangkalan Jual Cabai Rawit dan Beras Jelang Ramadan\n\
                    3\n\
                    Perahu Nelayan Terbalik Dihantam Ombak di Perairan Kwanyar\n\
                    Home » Ekonomi\n\
                    Kenapa Harga Cabai Rawit di Bangkalan Tembus Rp 90 Ribu?\n\
                    Reporter: Moh. Rifqi\n\
                    Harga cabai rawit di pasar tradisional Bangkalan menembus Rp 90 ribu per \
                    kilogram menjelang Ramadan, sementara pasar murah pemkab belum menjual cabai.\n\
                    Pedagang menyebut pasokan dari petani turun karena hujan.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Title,
                "Kenapa Harga Cabai Rawit di Bangkalan Tembus Rp 90 Ribu?"
            ),
            "{got:?}"
        );
        // the items numbered on their lines, the headline in capitals under the last
        let page = "Terpopuler\n\
                    1. Pemkab Nabire Buka Seleksi Guru Kontrak untuk Distrik Pedalaman\n\
                    2. Harga Semen di Sugapa Tembus Rp1,2 Juta per Sak\n\
                    LONGSOR DI KM 100, JALUR NABIRE–ILAGA LUMPUH LAGI\n\
                    Penulis: Yance Tebai\n\
                    Ruas jalan Trans Papua yang menghubungkan Nabire dengan Ilaga kembali \
                    lumpuh setelah longsor menimbun jalan di Kilometer 100.\n\
                    Hujan deras membuat tebing di kilometer itu runtuh pada Selasa malam.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Title,
                "LONGSOR DI KM 100, JALUR NABIRE–ILAGA LUMPUH LAGI"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn one_editors_initials_capitalized_after_the_storys_last_sentence() {
        let line = "Paguyuban berencana menggelar kontes kambing pada pertengahan Mei. (Dms)";
        assert_eq!(trailing_initials(line), Some(line.len() - "(Dms)".len()));
        // a word only credits use is a photo's credit, and a word inside a sentence no initials
        assert_eq!(
            trailing_initials("Warga mengungsi ke balai desa. (Ist)"),
            None
        );
        assert_eq!(trailing_initials("Ia menyebut lembaga itu (Bappeda)"), None);
    }

    #[test]
    fn the_storys_paragraph_glued_after_a_credit_inside_a_caption_line() {
        let page = "Harga Bawang Merah Anjlok, Gudang Pedagang Penuh\n\
                    Penulis: Muzaki\n\
                    Harga bawang merah di tingkat petani Brebes anjlok hingga Rp 9.000 per \
                    kilogram pekan ini karena panen raya datang bersamaan di banyak desa.\n\
                    Tumpukan bawang merah di gudang pedagang di Wanasari. Pedagang menyebut \
                    gudang penuh sejak akhir Februari. (PanturaPost/Muzaki) Sementara itu, Kepala \
                    Dinas Pertanian Brebes mengatakan pihaknya sudah melaporkan kondisi harga ke \
                    pemerintah provinsi.\n\
                    Ia menyebut luas tanam bawang merah musim ini lebih luas dibanding tahun \
                    lalu.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Credit, "(PanturaPost/Muzaki)"), "{got:?}");
        assert!(holds(&got, Paragraph, "Sementara itu"), "{got:?}");
        // a caption's second sentence after the credit stays the caption's
        let page = page.replace("Sementara itu, Kepala", "Kepala");
        let got = blocks_in(&page, Lang::Id);
        assert!(holds(&got, Caption, "Kepala Dinas"), "{got:?}");
    }

    #[test]
    fn datelines_of_a_place_and_a_date_closed_by_a_stop_or_a_brand_in_lower_case() {
        let line = "Kathmandu, March 15. The government has announced new rules for tea gardens.";
        assert_eq!(dateline_prefix(line), Some("Kathmandu, March 15. ".len()));
        let line = "Moulvibazar, March 12 (risingbd) – Around 900 workers of a tea garden stopped \
                    work.";
        assert_eq!(
            dateline_prefix(line),
            Some("Moulvibazar, March 12 (risingbd) – ".len())
        );
        // a sentence with a place and a date inside is none
        assert_eq!(
            dateline_prefix("Ia lahir di Surabaya, 12 Mei. Kemudian ia pindah ke Jakarta."),
            None
        );
    }

    #[test]
    fn a_stopped_headline_over_a_long_standfirst_and_a_window_title_reworded() {
        let page = "Top News\n\
                    Phek farmers bet on millets as rains fail.\n\
                    Agriculture officials say at least 40 villages have switched part of their \
                    jhum and terrace land to foxtail and finger millet this season\n\
                    NT Correspondent\n\
                    Published on May 14, 2024\n\
                    Farmers in Phek district have turned to millets after the rains failed for a \
                    second year, agriculture officials said on Tuesday.\n\
                    The millets need far less water than paddy, and villages say the harvest \
                    sells well in Kohima.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(&got, Title, "Phek farmers bet on millets as rains fail."),
            "{got:?}"
        );
        // the window title on the first line is the page's, however it words the headline
        let page = "Nelayan Palang Kesulitan Solar, Jatah Subsidi Dipertanyakan | Tubankita.com\n\
                    Beranda\n\
                    Solar Langka di Palang, Ke Mana Jatah Nelayan?\n\
                    Reporter: Rizal\n\
                    Nelayan di Kecamatan Palang kesulitan mendapatkan solar bersubsidi sejak awal \
                    pekan, sehingga banyak perahu tidak melaut.\n\
                    Jatah solar untuk nelayan dipertanyakan karena antrean di stasiun pengisian \
                    terus memanjang.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(
            has(
                &got,
                Title,
                "Solar Langka di Palang, Ke Mana Jatah Nelayan?"
            ),
            "{got:?}"
        );
    }

    #[test]
    fn a_teaser_list_whose_later_headline_reads_as_a_caption_is_the_pages() {
        let page = "Hail shreds cherry crop days before picking\n\
                    By Tom Hardy\n\
                    Growers near Orange lost most of their cherry crop on Sunday when a hail storm \
                    swept through the district days before picking was due to start.\n\
                    The Morandini family said about 80 per cent of their fruit was split or \
                    bruised, and pickers had been told to stay home.\n\
                    Insurers said claims from the district were already coming in on Monday.\n\
                    More from Rural\n\
                    Lamb prices ease as dry spring pushes more stock to market\n\
                    Agents say buyers remain cautious despite lighter yardings at the sale.\n\
                    Canola harvest starts a fortnight early around Manildra\n\
                    Warm, dry weeks in October have brought crops on faster than expected, growers \
                    say.\n\
                    © 2024 Orange Weekly. All rights reserved.\n";
        let got = blocks_in(page, Lang::En);
        for line in [
            "Agents say buyers remain cautious despite lighter yardings at the sale.",
            "Canola harvest starts a fortnight early around Manildra",
        ] {
            assert!(has(&got, Boilerplate, line), "{line}: {got:?}");
        }
        assert!(
            has(
                &got,
                Paragraph,
                "Insurers said claims from the district were already coming in on Monday."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn the_headline_over_its_standfirst_after_a_list_and_the_sites_masthead_and_menu_rows() {
        // the last line of a most-read list with its standfirst under it is the headline
        let page = "Most Read\n\
                    Bin collection changes: full list of streets affected from April\n\
                    Huge queues as new city centre cafe opens its doors\n\
                    Driver charged after crash on the ring road near the harbour\n\n\
                    Torry bakery to close after 60 years as owners retire\n\n\
                    The family-run shop on Victoria Road said it had been \"a privilege\" to serve \
                    generations of customers, with its last day of trading set for the end of \
                    the month\n\n\
                    Bookmark\n\n\
                    By Callum Ritchie\n\n\
                    A much-loved Torry bakery is to close its doors after more than six decades in \
                    business as its owners retire.\n\n\
                    The bakery opened on Victoria Road in 1964 and has served generations of \
                    customers in the area, its owners said.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Title,
                "Torry bakery to close after 60 years as owners retire"
            ),
            "{got:?}"
        );
        // the site's name written as its domain spells it, a dash and its slogan
        let page = "Kabar Sleman – Berita Terkini Sleman dan Sekitarnya\n\
                    Terpopuler\n\
                    1 Jadwal Imsakiyah Wilayah Sleman dan Sekitarnya Hari Ini\n\
                    2 Pemkab Sleman Buka Rekrutmen Pendamping Desa Wisata\n\
                    Beranda › Berita Sleman › Peristiwa\n\
                    Lumpur Lagi di Kalitengah\n\
                    Redaksi KabarSleman\n\
                    Rabu, 6 Maret 2024 - 14:22 WIB\n\
                    SLEMAN, KabarSleman.com – Hujan deras yang mengguyur lereng Merapi di Sleman \
                    membuat saluran air di Dusun Kalitengah meluap dan lumpur masuk ke rumah warga \
                    sekitarnya.\n\
                    Lumpur bercampur pasir menutup jalan dusun sepanjang 200 meter, kata warga \
                    Sleman yang tinggal di sekitarnya, dan terkini jalan itu belum dibersihkan.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Title, "Lumpur Lagi di Kalitengah"), "{got:?}");
        // a row of the menu's links from the home loses the title to the headline
        let page = "Home Falkland Islands Argentina Brazil Uruguay Chile Antarctica Fisheries\n\
                    Stanley's new floating jetty will not be ready before winter, FIG admits\n\
                    The Falkland Islands Government said the jetty in Stanley would not be ready \
                    before winter because parts from Brazil and Uruguay arrived late.\n\
                    Fisheries vessels from Argentina and Chile will keep using the old jetty in \
                    Stanley until then.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            has(
                &got,
                Title,
                "Stanley's new floating jetty will not be ready before winter, FIG admits"
            ),
            "{got:?}"
        );
        // the window title's site and its slogan's sections
        let window = "Can a village beat the drought with rooftop rain tanks? - The Tico Times | \
                      Costa Rica News | Travel | Real Estate";
        assert!(is_window_title(
            window,
            "Can a village beat the drought with rooftop rain tanks?"
        ));
        // a place closed by a stop and a hyphen
        let line = "Santo Domingo.- The government announced a new plan for the water supply.";
        assert_eq!(dateline_prefix(line), Some("Santo Domingo.- ".len()));
    }

    #[test]
    fn another_storys_headline_in_a_ticker_and_a_list_is_clutter_in_both_prints() {
        let page = "Tanah Grogot News: Harga TBS Sawit Naik, Petani di Long Ikis Justru Terhambat \
                    Jalan Rusak\n\
                    Beranda\n\
                    Breaking News\n\
                    Pemkab Paser Buka Pendaftaran Beasiswa Kuliah Tahap II hingga 30 Oktober\n\
                    Rabu, 08 Oktober 2025\n\
                    Home » Ekonomi » Harga TBS Sawit Naik, Petani di Long Ikis Justru Terhambat \
                    Jalan Rusak\n\
                    Harga TBS Sawit Naik, Petani di Long Ikis Justru Terhambat Jalan Rusak\n\
                    Penulis: Redaksi\n\
                    Harga tandan buah segar sawit di Kabupaten Paser naik pekan ini, tetapi petani \
                    di Long Ikis sulit mengangkut panen karena jalan usaha tani rusak.\n\
                    Petani berharap pemkab segera memperbaiki jalan sebelum musim hujan tiba.\n\
                    Dinas Pertanian menyebut perbaikan jalan sudah diusulkan tahun depan.\n\
                    Popular Posts\n\
                    Pemkab Paser Buka Pendaftaran Beasiswa Kuliah Tahap II hingga 30 Oktober\n\
                    Mahasiswa asal Paser bisa mendaftar secara daring melalui laman resmi pemkab.\n\
                    Tentang Kami | Redaksi | Kontak\n";
        let got = blocks_in(page, Lang::Id);
        let prints: Vec<_> = got
            .iter()
            .filter(|&&(_, text)| text.starts_with("Pemkab Paser Buka"))
            .collect();
        assert_eq!(prints.len(), 2, "{got:?}");
        assert!(
            prints.iter().all(|&&(kind, _)| kind == Boilerplate),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_and_a_stop_opening_the_story_under_a_standfirst_and_a_caption() {
        // the standfirst and the lead photo's caption over the story: its first paragraph is
        // the third open one
        let page = "Farmers count losses as river floods rice fields\n\
                    Officials warn that rice prices could rise in the coming months as \
                    the harvest shrinks.\n\
                    Farmers wade through a flooded paddy near the river on Monday.\n\
                    (Pic courtesy of the District Council)\n\
                    Ifakara. Rice farmers along the river are counting their losses after \
                    heavy rains flooded about 2,000 hectares of paddy last week.\n\
                    The district's agriculture officer said most of the crop was weeks from \
                    harvest when the water came.\n";
        let got = blocks_in(page, Lang::En);
        assert!(has(&got, Meta, "Ifakara."), "{got:?}");
        assert!(holds(&got, Paragraph, "Rice farmers along"), "{got:?}");
    }

    #[test]
    fn a_captions_label_printed_again_over_the_storys_dateline_is_not_the_story() {
        // the caption's second print (its alt text) touches the story's dateline: the story's
        // dateline is the one with the story under it, and the story stays the story
        let page = "Foto: Rudi Hartono/Kabar Sampit\n\
                    MENJEMUR PADI – Seorang petani menjemur gabah di halaman rumahnya di Desa \
                    Luwuk Bunter, Senin (8/7/2024).\n\
                    Harga Gabah Turun, Petani Luwuk Bunter Menunda Panen\n\
                    Penulis: Rudi Hartono\n\
                    Selasa, 9 Juli 2024 - 08:10 WIB\n\
                    MENJEMUR PADI – Seorang petani menjemur gabah di halaman rumahnya di Desa \
                    Luwuk Bunter, Senin (8/7/2024).\n\
                    SAMPIT- Harga gabah kering panen di tingkat petani kembali turun dalam dua \
                    pekan terakhir. Sejumlah petani memilih menunda panen sambil menunggu harga \
                    membaik.\n\
                    Kondisi itu membuat sebagian petani menyimpan gabah di lumbung desa.\n";
        let got = blocks_in(page, Lang::Id);
        assert!(has(&got, Meta, "SAMPIT-"), "{got:?}");
        assert!(
            got.iter().any(|&(kind, text)| kind == Paragraph
                && text.starts_with("Harga gabah kering panen di tingkat petani")),
            "{got:?}"
        );
    }

    #[test]
    fn a_gallerys_headline_after_a_shouted_photo_label_is_the_title() {
        let page = "Home > Sport > Hurling\n\
                    Hurling\n\
                    PICTURES: Crowds fill the square as Kilmallock welcome home their champions\n\
                    Supporters of every age waited in the rain on Sunday evening to greet the \
                    team bus on Main Street\n\
                    Reporter:\n\
                    Aoife Brennan\n\
                    14 Oct 2024 9:15 PM\n\
                    Kilmallock captain Darragh Moloney lifts the cup in front of supporters on \
                    Main Street\n\
                    Picture: Donal Hegarty\n\
                    HUNDREDS of supporters packed Main Street on Sunday evening to welcome home \
                    the club after its first county title in 19 years.\n\
                    The bus arrived shortly after 7pm, led by a convoy of tractors in the club's \
                    colours.\n";
        assert_eq!(
            titles_of(page, Lang::En),
            vec!["PICTURES: Crowds fill the square as Kilmallock welcome home their champions"]
        );
        // a caption opening with a photo's label is still one: a sentence, with its stop
        assert!(is_labelled_headline(
            "PICTURES: Crowds fill the square on Sunday",
            "PICTURES: ".len()
        ));
        assert!(!is_labelled_headline(
            "Foto: Petugas memeriksa tumpukan jeriken minyak goreng di gudang",
            "Foto: ".len()
        ));
        assert!(!is_labelled_headline(
            "FOTO: Petugas memeriksa tumpukan jeriken minyak goreng di gudang (27/3/2024).",
            "FOTO: ".len()
        ));
    }

    #[test]
    fn a_headline_of_two_sentences_over_the_writers_name_and_the_outlets() {
        let page = "Skip to main content\n\
                    Subscribe\n\
                    EDUCATION\n\
                    Pike County board delays vote on later school start. Parents want answers.\n\
                    Dana Whitlock\n\
                    Mississippi Clarion Ledger\n\
                    Published 6:10 a.m. CT June 20, 2024\n\
                    The Pike County school board put off a vote Monday on whether to start \
                    classes an hour later, leaving parents without an answer for the fall.\n\
                    Board members said they needed more time to study bus routes and costs \
                    before deciding on the later school start.\n";
        assert_eq!(
            titles_of(page, Lang::En),
            vec!["Pike County board delays vote on later school start. Parents want answers."]
        );
    }

    #[test]
    fn a_caption_that_dates_its_picture_over_the_credit_though_it_reports_a_saying() {
        // inside the story, the credit touching the line over it, a blank line under it
        let page = include_str!("../../tests/fixtures/pages/fresh/capitalnewsug-1.en.txt");
        let got = blocks_in(page, Lang::En);
        assert!(holds(&got, Caption, "Grace Namutebi arranges"), "{got:?}");
        assert!(holds(&got, Paragraph, "Police deployed at"), "{got:?}");
    }

    #[test]
    fn a_dated_caption_printed_again_under_its_credit_is_the_captions_copy() {
        // invented page: the caption, its credit, the caption again from its alt text; the
        // story's own dateline higher up
        let page = "Kabar Contoh\n\
                    Pedagang Pasar Ikan Ditata Ulang Jelang Libur Sekolah\n\
                    Selasa, 11 Juni 2024 | 15:20 WIB\n\
                    PADANG, KABAR– Pemko Padang mulai menata ulang pedagang di kawasan pasar ikan \
                    menjelang libur sekolah yang diperkirakan mendatangkan banyak pengunjung.\n\
                    Penataan dilakukan oleh petugas gabungan dari Dinas Perdagangan dan Satpol PP \
                    Kota Padang sejak Senin pagi.\n\
                    Padang, 10 Juni 2024 – Seorang pedagang ikan membongkar tenda lapaknya di \
                    kawasan pasar.\n\
                    (Foto: Rina Saputri/Kabar)\n\
                    Padang, 10 Juni 2024 – Seorang pedagang ikan membongkar tenda lapaknya di \
                    kawasan pasar.\n\
                    Penataan itu disambut beragam oleh pedagang yang sudah lama berjualan di pasar \
                    tersebut.\n";
        let got = kinds(page);
        let prints: Vec<_> = got
            .iter()
            .filter(|(_, text, _)| text.contains("membongkar tenda"))
            .collect();
        assert_eq!(prints.len(), 2, "{got:?}");
        assert!(prints.iter().all(|(kind, text, _)| *kind == Caption
            && text.starts_with("Padang, 10 Juni 2024")), "{got:?}");
        assert!(prints[1].2.is_some(), "{got:?}");
    }

    #[test]
    fn a_photographers_name_a_dash_and_the_paper_under_a_caption_is_its_credit() {
        let page = "Local News\n\
                    Hillside school board keeps late bus after parents pack meeting\n\
                    Hannah Cole, The Hillside Eagle\n\
                    Oct 9, 2024\n\
                    Parents line up to speak during Tuesday's school board meeting in the \
                    elementary school cafeteria.\n\
                    OWEN PARKER — THE HILLSIDE EAGLE\n\
                    HILLSIDE — The late bus is staying. After more than an hour of testimony from \
                    parents on Tuesday night, the board voted 5-2 to keep the afternoon route.\n\
                    Board members said the route carries about 60 students home from after-school \
                    programs each day.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            got.contains(&(Credit, "OWEN PARKER — THE HILLSIDE EAGLE")),
            "{got:?}"
        );
        assert!(got.contains(&(Meta, "HILLSIDE —")), "{got:?}");
    }

    #[test]
    fn a_caption_that_dates_its_scene_first_then_reports_a_saying_keeps_its_credit() {
        let line = "Luis Moreno, 67, rests in the cooling center at the library in Henderson on \
                    Thursday, July 11, 2024. Moreno said the cooler in his apartment stopped \
                    working Monday. (Rita Delgado/Desert Journal)";
        let got = blocks_in(line, Lang::En);
        assert_eq!(got[0].0, Caption, "{got:?}");
        assert_eq!(
            got.last(),
            Some(&(Credit, "(Rita Delgado/Desert Journal)")),
            "{got:?}"
        );
        assert!(opens_with_dated_scene(line));
        // a story's sentence gives the weekday, or a date without its year
        assert!(!opens_with_dated_scene(
            "Moreno said on Thursday the cooler stopped working. He called the landlord."
        ));
        assert!(!opens_with_dated_scene(
            "The law took effect on July 11. Moreno said the cooler stopped working."
        ));
    }

    #[test]
    fn a_sections_label_before_the_headline_on_its_line() {
        let page = "Skip to content\n\
                    Trending:\n\
                    Police investigate overnight shooting near Union Street\n\
                    Local News | Township library's long-delayed expansion clears its final vote\n\
                    By Dana Keller | dkeller@example.com | The Morning Ledger\n\
                    The Township Public Library will finally get the room it has been asking for \
                    since before the pandemic, after commissioners approved its expansion.\n\
                    Commissioners voted 5-2 on Monday night to approve the library expansion, \
                    which adds a children's wing and a teen room.\n";
        assert_eq!(
            titles_of(page, Lang::En),
            vec!["Township library's long-delayed expansion clears its final vote"]
        );
        // a byline's fields, a menu's row and a window title are no such line
        assert_eq!(
            section_before_headline("By Dana Keller | dkeller@example.com | The Morning Ledger"),
            None
        );
        assert_eq!(
            section_before_headline("News | Sports | Opinion | Business"),
            None
        );
        // a bar glued to a character of several bytes is no label's (and no byte inside the
        // character is read as a space)
        assert_eq!(
            section_before_headline("No.日本語|S.H. rupiah harga naik"),
            None
        );
        assert_eq!(
            section_before_headline("Township library expansion clears its final vote | Ledger"),
            None
        );
    }

    #[test]
    fn a_link_glued_after_a_photos_credit_in_brackets_is_the_pages() {
        let line = "A librarian checks out a cordless drill to a patron at the branch library on \
                    Tuesday. (Kate Dunlop/The Valley Review)Buy a print of this photo";
        let got = blocks_in(line, Lang::En);
        assert_eq!(
            got,
            vec![
                (
                    Caption,
                    "A librarian checks out a cordless drill to a patron at the branch library on \
                     Tuesday."
                ),
                (Credit, "(Kate Dunlop/The Valley Review)"),
                (Boilerplate, "Buy a print of this photo"),
            ]
        );
        // a story's sentence that goes on after a bracket is no link
        assert_eq!(
            glued_after_bracketed_credit("The council (Kate Dunlop/The Valley Review)Said so."),
            None
        );
    }

    #[test]
    fn a_short_stopped_headline_over_its_standfirst_and_a_two_line_byline() {
        let page = "Valley Colonist\n\
                    Local News\n\
                    Weed warriors.\n\
                    Every Saturday morning, a band of volunteers heads into the city park to rip \
                    out an invasive weed that has been spreading for more than a century\n\
                    Judith Harper\n\
                    Valley Colonist\n\
                    Sep. 19, 2024 6:00 AM\n\
                    On a cool Saturday morning in the park, Gwen Alder wraps both gloved hands \
                    around a woody weed stem, plants her boots and pulls.\n\
                    The volunteers have cleared weed from most of the park's meadows over the past \
                    decade, and the native wildflowers have come back.\n";
        assert_eq!(titles_of(page, Lang::En), vec!["Weed warriors."]);
    }

    #[test]
    fn a_caption_dating_its_scene_then_reporting_a_saying_over_its_credit_and_the_story() {
        let page = "NEWS\n\
                    Island volunteers plant 18,000 dune grasses before storm season\n\
                    Marisol Keane\n\
                    Coastal Morning News\n\
                    Published 5:03 a.m. ET March 14, 2024\n\
                    \n\
                    Volunteers plant dune grass along the north end of the island on Saturday, \
                    March 9, 2024. Organizers said about 340 people turned out for the planting.\n\
                    \n\
                    Justin Carden/Coastal Morning News\n\
                    \n\
                    On a gray Saturday morning at the north end of the island, Denise Arwood knelt \
                    in the sand with a garden trowel and a bucket of seedlings no taller than a \
                    pencil.\n\
                    \n\
                    She was one of about 340 volunteers who planted dune grass over the weekend, \
                    the largest turnout the island's dune project has had since it began.\n";
        let got = blocks_in(page, Lang::En);
        assert!(holds(&got, Caption, "Volunteers plant"), "{got:?}");
        assert!(holds(&got, Paragraph, "On a gray Saturday"), "{got:?}");
    }

    #[test]
    fn a_headline_over_its_standfirst_and_a_byline_of_the_name_and_the_outlet() {
        // a short headline without a stop: the outlet's line of the byline, which shares the
        // place's name with the story, is no title
        let page = include_str!("../../tests/fixtures/pages/fresh/coloradoan-1.en.txt");
        assert_eq!(titles_of(page, Lang::En), vec!["Poudre peaks early"]);
        // a stopped headline of two sentences under a row of the menu's links
        let page = include_str!("../../tests/fixtures/pages/fresh/delawareonline-1.en.txt");
        assert_eq!(
            titles_of(page, Lang::En),
            vec!["A Newark diner turns 75. Its regulars never left."]
        );
    }

    #[test]
    fn the_window_title_on_the_first_line_with_the_outlet_after_a_bar_is_no_caption() {
        let page = "Bakery fire: What we know about the Hearth blaze | The Valley Dispatch\n\
                    Skip to main content\n\
                    LOCAL\n\
                    Fire guts bakery days before its 10th anniversary\n\
                    By Rowan Whit\n\
                    A two-alarm fire tore through a bakery early Tuesday, destroying its kitchen \
                    and forcing the owners to cancel a celebration planned for the weekend.\n\
                    Firefighters were called to the bakery shortly after 4:30 a.m., when a passing \
                    delivery driver reported smoke coming from the roof.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            !got.iter()
                .any(|&(kind, _)| kind == Caption || kind == Credit),
            "{got:?}"
        );
        // further down, the same shape is a caption and its source
        let page = "Harbour traffic grows as exporters move cargo to the new terminal this year.\n\
                    Representational image of a cargo ship at a port | Commons\n\
                    Exporters say the terminal has cut their waiting times by half since it opened \
                    in the spring, and more lines plan to call there.\n";
        let got = blocks_in(page, Lang::En);
        assert!(got.contains(&(Credit, "Commons")), "{got:?}");
    }

    #[test]
    fn the_sites_name_and_a_dash_opening_the_story_is_its_dateline() {
        let page = include_str!("../../tests/fixtures/pages/fresh/marketeers-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        assert!(got.contains(&(Meta, "Marketeers –")), "{got:?}");
        assert!(holds(&got, Paragraph, "Persaingan bisnis"), "{got:?}");
    }

    #[test]
    fn the_sections_after_a_date_line_are_the_pages() {
        let line = "KYODO NEWS - Jul 10, 2024 - 14:37 | All, Japan";
        assert_eq!(sections_after_date(line), line.find("| All"));
        // a date line alone, or a headline before a bar, has none
        assert_eq!(sections_after_date("Jul 10, 2024 - 14:37"), None);
        assert_eq!(
            sections_after_date("Rabu, 03 April 2024 | Reporter: Nurito | Editor: Eri Maulana"),
            None
        );
        assert_eq!(
            sections_after_date("Harga beras naik lagi di pasar | Ekonomi, Bisnis"),
            None
        );
    }

    #[test]
    fn the_lines_under_a_tag_heading_are_tags_whatever_their_shape() {
        let page = "Ganda Campuran Melaju ke Semifinal\n\
                    Pasangan ganda campuran Indonesia memastikan satu tempat di semifinal setelah \
                    menundukkan unggulan ketiga dalam laga tiga gim, Kamis (1/2/2024).\n\
                    Bermain di Bangkok, pasangan itu sempat tertinggal setelah kalah pada gim \
                    pertama, lalu bangkit dan menang pada dua gim berikutnya.\n\
                    Tag\n\
                    Thailand Masters 2024\n\
                    ganda campuran\n\
                    Raka Adiwira/Salsa Putri\n\
                    PBSI\n\
                    Berita Terkait\n";
        let got = blocks_in(page, Lang::Id);
        for tag in [
            "Thailand Masters 2024",
            "ganda campuran",
            "Raka Adiwira/Salsa Putri",
            "PBSI",
        ] {
            assert!(got.contains(&(Boilerplate, tag)), "{tag}: {got:?}");
        }
    }

    #[test]
    fn a_place_and_a_date_opening_a_scene_printed_under_its_credit_is_a_caption() {
        let page = "Durian exporters turn to the railway\n\
                    By Anan Sri\n\
                    Photo: Supplied\n\
                    CHANTHABURI, Feb 8, 2024 – Refrigerated trucks loaded with fresh durian queue at \
                    a packing house before the overland trip to the border.\n\
                    Durian exporters are shifting a growing share of their shipments onto the \
                    railway, as congestion at seaports and rising container costs eat into their \
                    margins this season.\n\
                    Exporters in the eastern provinces say rail shipments now account for roughly \
                    a fifth of their volume, up from less than a tenth a year ago.\n";
        let got = blocks_in(page, Lang::En);
        assert!(holds(&got, Caption, "CHANTHABURI, Feb 8"), "{got:?}");
        assert!(is_place_and_date("CHANTHABURI, Feb 8, 2024"));
        assert!(!is_place_and_date("CHANTHABURI, Feb, Thursday"));
    }

    #[test]
    fn a_share_bars_buttons_read_as_one_line_are_the_pages() {
        assert!(is_share_row(
            "Facebook Twitter WhatsApp SMS Email Print Copy article link Save"
        ));
        assert!(is_share_row(
            "Bagikan Facebook Twitter WhatsApp Salin tautan"
        ));
        // a sentence that names platforms is none, nor are fewer words
        assert!(!is_share_row("Share this article on Facebook and Twitter"));
        assert!(!is_share_row("Facebook Twitter Email"));
    }

    #[test]
    fn a_headline_under_a_trending_list_with_its_deck_and_byline_under_it() {
        // "Trending" / three headlines / the headline / a deck without a stop / the writer's
        // name and role / the date; the share bar's row had been taken for the title
        let page = include_str!("../../tests/fixtures/pages/fresh/nptelegraph-1.en.txt");
        assert_eq!(titles_of(page, Lang::En), vec!["Tiny homes, big questions"]);
    }

    #[test]
    fn a_blogs_recent_posts_over_the_headline_are_a_list() {
        let page = include_str!("../../tests/fixtures/pages/fresh/islandsun-1.en.txt");
        assert_eq!(
            titles_of(page, Lang::En),
            vec!["West End ferry dock work stalls."]
        );
    }

    #[test]
    fn a_link_labelled_read_is_the_pages() {
        assert!(is_boilerplate(
            "READ: Former child star opens up about life after showbiz: “I had to learn.”"
        ));
    }

    #[test]
    fn a_caption_dating_its_scene_wins_over_the_storys_first_paragraph_around_a_credit() {
        // the caption longer than a scene's, the story's paragraph under the credit shorter
        let page = include_str!("../../tests/fixtures/pages/fresh/bnd-1.en.txt");
        let got = blocks_in(page, Lang::En);
        assert!(holds(&got, Caption, "Ruth Kessler-Brandt"), "{got:?}");
        assert!(holds(&got, Paragraph, "After 68 years"), "{got:?}");
    }

    #[test]
    fn a_dated_caption_printed_twice_under_its_credit_over_the_storys_dateline() {
        // "Foto: …" / "Sumenep, 9/7 – Petambak garam …" twice / "Sumenep, maduraindepth.com –
        // …": both prints are the caption, the writer's name over the credit no caption
        let page = include_str!("../../tests/fixtures/pages/fresh/maduraindepth-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        let prints = got
            .iter()
            .filter(|&&(kind, text)| kind == Caption && text.starts_with("Sumenep, 9/7 –"))
            .count();
        assert_eq!(prints, 2, "{got:?}");
        assert!(!got.contains(&(Caption, "Hairul Anam")), "{got:?}");
    }

    #[test]
    fn the_storys_own_list_under_a_subheading_between_its_paragraphs() {
        let page = "Market hall reopens after its makeover\n\
                    By Celia Moran\n\
                    The market's enclosed winter hall reopened on Saturday with heated floors and \
                    a new loading dock, and the first customers were waiting at the doors.\n\
                    Vendors said the renovation was welcome, though many worried about losing \
                    parking to a planned apartment project nearby.\n\
                    What's inside the new winter hall\n\
                    - 38 vendor stalls, up from 26 before the renovation\n\
                    - A demonstration kitchen for cooking classes\n\
                    - Public restrooms, which the old hall did not have\n\
                    Not every longtime vendor got a spot inside, and several farmers said they \
                    would stay home in the winter months.\n";
        let got = blocks_in(page, Lang::En);
        for item in [
            "38 vendor stalls, up from 26 before the renovation",
            "A demonstration kitchen for cooking classes",
            "Public restrooms, which the old hall did not have",
        ] {
            assert!(
                got.iter()
                    .any(|&(kind, text)| kind == Paragraph && text.ends_with(item)),
                "{item}: {got:?}"
            );
        }
        // a list of other stories' headlines in title case stays the page's
        assert!(mostly_capitalized(
            "Boca Raton Weighs New Fees For Beach Parking"
        ));
        assert!(!mostly_capitalized(
            "38 vendor stalls, up from 26 before the renovation"
        ));
    }

    #[test]
    fn a_photographers_name_a_bar_and_the_paper_under_a_caption_is_its_credit() {
        let page = include_str!("../../tests/fixtures/pages/fresh/journalgazette-1.en.txt");
        let got = blocks_in(page, Lang::En);
        assert!(
            got.contains(&(Credit, "Kevin Deckard | The Journal Gazette")),
            "{got:?}"
        );
        assert!(holds(&got, Caption, "A cyclist rides along"), "{got:?}");
    }

    #[test]
    fn the_line_over_the_byline_or_over_the_standfirst_over_it_is_the_headline() {
        // short headlines that share few words with their story, in their place: over the
        // byline, or over a standfirst over it, under a section's label
        for (page, lang, headline) in [
            (
                include_str!("../../tests/fixtures/pages/fresh/billingsgazette-1.en.txt"),
                Lang::En,
                "Ice jam swamps Laurel.",
            ),
            (
                include_str!("../../tests/fixtures/pages/fresh/siouxcityjournal-1.en.txt"),
                Lang::En,
                "Bumper crop",
            ),
            (
                include_str!("../../tests/fixtures/pages/fresh/cianjurkini-1.id.txt"),
                Lang::Id,
                "Tanah Bergerak Lagi",
            ),
            (
                include_str!("../../tests/fixtures/pages/fresh/grenadabroadcast-1.en.txt"),
                Lang::En,
                "Vendors Frustrated",
            ),
            // (over a standfirst longer than any headline, no byline under it)
            (
                include_str!("../../tests/fixtures/pages/fresh/dailyherald-1.en.txt"),
                Lang::En,
                "Fore no more",
            ),
        ] {
            let got = blocks_in(page, lang);
            let titles: Vec<&str> = got
                .iter()
                .filter(|&&(kind, _)| kind == Title)
                .map(|&(_, text)| text)
                .collect();
            assert_eq!(titles, [headline], "{got:?}");
        }
        // a label in sentence case over a headline is no headline over a standfirst, nor is
        // the writer's name with the outlet's over the date
        for (page, headline) in [
            (
                include_str!("../../tests/fixtures/pages/fresh/fullfact-1.en.txt"),
                "Claim that Indonesia is moving its capital",
            ),
            (
                include_str!("../../tests/fixtures/pages/fresh/cowraguardian-1.en.txt"),
                "Cowra pool upgrade pushed back a year",
            ),
            (
                include_str!("../../tests/fixtures/pages/fresh/coloradoan-1.en.txt"),
                "Poudre peaks early",
            ),
        ] {
            let got = blocks_in(page, Lang::En);
            assert!(holds(&got, Title, headline), "{got:?}");
        }
    }

    #[test]
    fn date_lines_with_their_labels_marks_and_brackets() {
        for line in [
            "Published Dec 5, 2024 at 7:59 am (Updated Dec 5, 2024 at 7:43 am)",
            "Published : 14 Mar 2024, 15:20",
            "Published Mar 07, 2024 • Last updated Mar 07, 2024 6:02 p.m.",
            "Updated Mar. 06 2025 9:41PM EST / Published Mar. 06 2025 6:12PM EST",
            "Jakarta ● Tue, March 12, 2024",
            "Sierra Leone Telegraph: 14 March 2024:",
        ] {
            assert!(is_date_line(line), "{line}");
        }
        // a note on what an update added is no date line, nor is a count
        for line in [
            "Updated at 2:15 p.m. with details about the raffle of the diner's counter stools.",
            "Dilihat 842 kali",
            "Published by the council on 5 March",
        ] {
            assert!(!is_date_line(line), "{line}");
        }
    }

    #[test]
    fn datelines_of_short_capitals_a_bracketed_date_or_a_glued_domain() {
        for head in [
            "ST. LOUIS",
            "Duniaindustri.com (Maret 2024)",
            "Agrofarm.co.id-Temanggung",
        ] {
            assert!(looks_like_dateline(head), "{head}");
        }
        // a credit in capitals with its slash is none, nor a bracketed date after words of a
        // sentence
        for head in [
            "FOTO/IST",
            "TABENGAN/HENDRI",
            "Harga cabai naik (Maret 2024)",
        ] {
            assert!(!looks_like_dateline(head), "{head}");
        }
        let line = "ST. LOUIS — The Blue Kettle Diner will serve its last plate on Sunday after \
                    61 years on Gravois Avenue.";
        let end = dateline_prefix(line).expect("a dateline");
        assert_eq!(line[..end].trim_end(), "ST. LOUIS —");
        // a bullet after the place
        let line = "Farmington • The San Juan County Commission voted on Tuesday to extend the \
                    burn ban through the end of June.";
        let end = opening_dateline(line, Lang::En, &[]).expect("a dateline");
        assert_eq!(line[..end].trim_end(), "Farmington •");
    }

    #[test]
    fn datelines_of_a_date_alone_or_an_agency_in_capitals_with_no_mark_after_it() {
        let line = "June 3, 2025 - Ferry passengers on the island route will pay less from July \
                    after the county agreed a new subsidy.";
        let end = opening_dateline(line, Lang::En, &[]).expect("a dateline");
        assert_eq!(line[..end].trim_end(), "June 3, 2025 -");
        let line = "Tashkent, April 9, UZNEWS A new railway station opened in the south of the \
                    country on Tuesday, the ministry of transport said.";
        let end = opening_dateline(line, Lang::En, &[]).expect("a dateline");
        assert_eq!(line[..end].trim_end(), "Tashkent, April 9, UZNEWS");
        // a year and a dash inside a sentence, and a name in sentence case after the date, open
        // none
        for line in [
            "Over 2025 - and well into the next year - the county will pay the ferry subsidy \
             from its own budget.",
            "Tashkent, April 9, Transport Minister Ali Karimov said the station would open on \
             time.",
        ] {
            assert_eq!(opening_dateline(line, Lang::En, &[]), None, "{line}");
        }
    }

    #[test]
    fn a_head_of_names_only_closed_by_a_datelines_mark_opens_the_story() {
        for (line, head) in [
            (
                "KOKOPO: Dozens of families were moved to higher ground on Sunday.",
                "KOKOPO:",
            ),
            (
                "LAE: Hundreds of travellers were stranded on the highway.",
                "LAE:",
            ),
            (
                "(TNS): The number of turtles nesting on the beach rose again.",
                "(TNS):",
            ),
            (
                "Bengaluru/Bangalore: Residents of the layout spent an anxious night.",
                "Bengaluru/Bangalore:",
            ),
            (
                "KANDY (Lanka Daily); More than 40 buses were taken off the road.",
                "KANDY (Lanka Daily);",
            ),
            (
                "Sidikalang - Dairi Kini News | Puluhan petani kopi mengikuti pelatihan.",
                "Sidikalang - Dairi Kini News |",
            ),
            (
                "MALANG, kabarmalang.com| Warga mulai memilah sampah dari rumah.",
                "MALANG, kabarmalang.com|",
            ),
            (
                "ORANGE WALK, Orange Walk, Wed. Apr. 3, 2024--Farmers say the rain came late.",
                "ORANGE WALK, Orange Walk, Wed. Apr. 3, 2024--",
            ),
        ] {
            let end = named_head_dateline(line, &[]).expect(line);
            assert_eq!(line[..end].trim_end(), head, "{line}");
        }
        // the site's own name in lower case is a name too
        let line = "Pasir Pengaraian, rohulkini — Harga karet naik lagi pekan ini.";
        let site = ["rohulkini".to_string()];
        assert_eq!(named_head_dateline(line, &site), line.find("Harga"));
        // a sentence's own words, a credit's open bracket, or one word and a stop open none
        for line in [
            "Warga Desa Sukamaju: Kami sudah menunggu tiga tahun.",
            "(Nolan Brandt | The Herald) Dale Ostrander walks his dog across the flats.",
            "Morogoro. Rice farmers are counting their losses.",
            "AS - Korea Selatan sepakat melanjutkan dialog.",
            "Rice farmers in Kilombero - the district hit hardest - are counting losses.",
        ] {
            assert_eq!(named_head_dateline(line, &[]), None, "{line}");
        }
        // a caption that opens with a place and a date under its credit keeps them
        let page = "Bluff loses another 12 feet as lakeshore owners turn to boulders\n\
            Photo: Jo Ramsey/Lakeshore Post\n\
            Port Harlow Township, Mich., Feb. 19, 2025 — A wooden staircase hangs over the edge \
            of an eroded bluff along the lake.\n\
            By Caleb Norland\n\
            Published: Feb. 21, 2025, 7:00 a.m.\n\
            Ruth Vanderhoek has watched the bluff behind her cottage shrink for six years, and \
            this winter it lost more than in any year before.\n\
            The township says it cannot pay for a seawall along the whole shore.\n";
        let got = blocks_in(page, Lang::En);
        assert!(
            !got.contains(&(Meta, "Port Harlow Township, Mich., Feb. 19, 2025 —")),
            "{got:?}"
        );
        // and the story's first paragraph opens with one
        let page = "Dozens moved as river floods Kokopo\n\
            14 March 2025\n\
            KOKOPO: Dozens of families were moved to higher ground on Sunday after the river \
            burst its banks for the second time this month.\n\
            Provincial disaster officials said the water had reached the floors of 40 houses.\n";
        let got = blocks_in(page, Lang::En);
        assert!(got.contains(&(Meta, "KOKOPO:")), "{got:?}");
    }

    #[test]
    fn a_credit_the_page_prints_again_opening_a_caption_is_split_off_it() {
        let page = "Back in business\n\
            March 13, 2024\n\
            Owners Liam and Nora Quinn behind the counter of their rebuilt shop on Main Street.\n\
            Picture: Ciaran Doyle-Hart\n\
            Fourteen months after a fire tore through their family shop, Liam and Nora Quinn \
            were back behind the counter on Monday morning.\n\
            The shop, which also runs the village post office, was gutted in January last year.\n\
            Picture: Ciaran Doyle-Hart Some of the first customers through the door after the \
            reopening.\n\
            Monday's reopening drew customers from across the county and from over the border.\n";
        let got = blocks_in(page, Lang::En);
        assert_eq!(
            got.iter()
                .filter(|&&(kind, text)| kind == Credit && text == "Picture: Ciaran Doyle-Hart")
                .count(),
            2,
            "{got:?}"
        );
        assert!(
            has(
                &got,
                Caption,
                "Some of the first customers through the door after the reopening."
            ),
            "{got:?}"
        );
    }

    #[test]
    fn the_sites_own_name_in_brackets_closing_a_caption_is_its_credit() {
        // the lead photo's caption printed twice (caption and alt text) under the date
        let story = "Lakeside Courier\n\
            News\n\
            Ferry fares to fall on island route\n\
            By LAKESIDE COURIER\n\
            3 March 2025\n\
            A ferry leaves the harbour at dawn on March 3. (Lakeside Courier)\n\
            A ferry leaves the harbour at dawn on March 3. (Lakeside Courier)\n\
            The county has agreed a new subsidy for the ferry that links the islands with the \
            mainland, and fares will fall by a third from July.\n\
            The subsidy will cost the county about two million a year, officials said on \
            Tuesday at a meeting in the town hall.\n\
            Passengers welcomed the news but asked for more sailings in the winter months, \
            when the last boat leaves before dark.\n\
            © 2025 Lakeside Courier. All rights reserved.\n";
        let got = blocks_in(story, Lang::En);
        assert!(has(&got, Credit, "(Lakeside Courier)"), "{got:?}");
        assert!(
            has(
                &got,
                Caption,
                "A ferry leaves the harbour at dawn on March 3."
            ),
            "{got:?}"
        );
        // the first words of its name, and a word of its archive after them
        let short = story.replace("(Lakeside Courier)", "(Lakeside file)");
        let got = blocks_in(&short, Lang::En);
        assert!(has(&got, Credit, "(Lakeside file)"), "{got:?}");
        // a bracketed word that is not the site's stays with the caption
        let other = story.replace("(Lakeside Courier)", "(Bersambung)");
        let got = blocks_in(&other, Lang::En);
        assert!(!has(&got, Credit, "(Bersambung)"), "{got:?}");
        // a name another photo's credit gives
        let credited = story
            .replace("(Lakeside Courier)", "(Harbour Lens Media)")
            .replace(
                "Passengers welcomed",
                "The new timetable pinned up at the ferry terminal.\nPhoto: Harbour Lens \
                 Media\nPassengers welcomed",
            );
        let got = blocks_in(&credited, Lang::En);
        assert!(has(&got, Credit, "(Harbour Lens Media)"), "{got:?}");
        // an archive's word is looked for at a character's boundary only
        let odd = story.replace("(Lakeside Courier)", "(Lakeside Courier’s ’file)");
        blocks_in(&odd, Lang::En);
    }

    #[test]
    fn a_photographers_name_and_the_pages_own_outlet_under_a_caption_is_its_credit() {
        let page = include_str!("../../tests/fixtures/pages/fresh/kearneyhub-1.en.txt");
        let got = blocks_in(page, Lang::En);
        assert!(
            got.contains(&(Credit, "RYAN DOLEZAL, Kearney Hub")),
            "{got:?}"
        );
        assert!(
            holds(&got, Caption, "Children play near the shelter house"),
            "{got:?}"
        );
    }

    #[test]
    fn a_bar_opening_or_closing_a_credits_line_is_the_pages() {
        let page = include_str!("../../tests/fixtures/pages/fresh/frontpageafrica-1.en.txt");
        let got = blocks_in(page, Lang::En);
        assert!(
            got.contains(&(Credit, "Photo: Varney T. Kollie")),
            "{got:?}"
        );
        assert!(!got
            .iter()
            .any(|&(kind, text)| kind == Credit && text.starts_with('|')));
        let page = include_str!("../../tests/fixtures/pages/fresh/tasikpost-1.id.txt");
        let got = blocks_in(page, Lang::Id);
        assert!(
            got.contains(&(Credit, "Foto: Dede Sopian/Tasikpost")),
            "{got:?}"
        );
        // every block's text is still the page's, in order, and a repeat points at its first
        // print
        let blocks = find_blocks(page, Lang::Id);
        assert!(blocks.windows(2).all(|w| w[0].span.end <= w[1].span.start));
        for (k, b) in blocks.iter().enumerate() {
            if let Some(first) = b.duplicate_of {
                assert!(first < k);
                assert_eq!(blocks[first].kind, b.kind, "{b:?}");
            }
        }
    }
}
