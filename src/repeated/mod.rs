//! Lines repeated across the documents of a corpus: a line found in at least N distinct
//! documents of one origin is page clutter, whatever its wording (CCNet-style line hashing).
//! All documents are counted before any is segmented, and counting is a set operation, so the
//! result does not depend on document order: `--resume` and sharding give the same bytes.
//!
//! # The key of a line
//! A line is trimmed, case-folded, every number ("1.234", "14:30", "6/8") becomes one
//! placeholder and every run of white space one space; the result is hashed to 64 bits with
//! [`crate::hash::text_key`] (not the map hasher, under which near-identical lines collide).
//! So "Dibaca 1.234 kali" and "dibaca 56  kali" are the same line.
//!
//! # The origin of a document
//! Lines are counted per [`Origin`]: the site when it is known (a URL host; `.txt` inputs do
//! not carry one yet, [`Origin::site`] is the hook for inputs that will), else the directory
//! of the input file, else the run itself (standard input). A site's clutter differs from
//! another's, and one site's menu label ("Ekonomi") is another's title word.
//!
//! # The threshold: 3 distinct documents
//! Clutter is on every page of a site, so in any corpus of more than a few pages of a site it
//! passes 3 at once. Two articles of one site share real text too often for 2 to be evidence:
//! a follow-up story repeats its background sentence, two reports quote one statement, a live
//! page reuses its headline. A higher N only misses clutter in small corpora. N is at least 2
//! (every line is in one document); an origin with fewer than N documents has no repeated
//! lines, so a run of one or two articles is left as it is, which is right: it holds no
//! evidence. The same text counts once, so an article scraped three times stays an article.
//! Known consequence: articles filled in from one template that differ only in their numbers
//! (a daily gold-price report) are repeated lines too, and are not translated.
//!
//! Memory: the census holds a 64-bit key, a count and the first 8 normalized bytes per distinct
//! line of each origin (about 30 bytes with the hash table's overhead), and keeps no text.
//!
//! # One count for many machines
//! A run spread over shards must decide the same: `selaras corpus scan` writes the counts to a
//! file ([`stats`]), which every shard reads instead of counting itself. The scan can itself be
//! split: part `I` of `N` counts the documents whose text key is `I` modulo `N`, so that a
//! text counted once stays counted once, and the parts' counts add up to the whole.
pub mod stats;

use crate::hash::{text_key, FastMap, FastSet};
use crate::input::Source;
use crate::shard::Shard;
use std::path::{Path, PathBuf};

/// The default threshold: a line in this many distinct documents of one origin is repeated.
pub const DEFAULT_MIN_DOCUMENTS: usize = 3;

/// The smallest sensible threshold: with 1, every line of every document would be repeated.
pub const MIN_DOCUMENTS_FLOOR: usize = 2;

/// Where a document comes from, for counting its lines: see the module documentation.
#[derive(Clone, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Origin {
    /// a site, by its URL host in lower case ("www.voaindonesia.com")
    Site(String),
    /// the directory holding the input file, canonical when it can be resolved
    Directory(PathBuf),
    /// neither is known (standard input): the run is one origin
    Run,
}

impl Origin {
    /// The origin of an input: its file's directory, or the run for standard input.
    pub fn of(source: &Source) -> Origin {
        match source {
            Source::Stdin => Origin::Run,
            Source::File(path) => Origin::Directory(directory_of(path)),
        }
    }

    /// The origin of a document whose URL host is known. Inputs are `.txt` files today; a
    /// reader for inputs that carry their URL gives their origin this way, and it then takes
    /// the place of the directory.
    pub fn site(host: &str) -> Origin {
        Origin::Site(host.trim().trim_end_matches('.').to_lowercase())
    }
}

/// The directory of `path`, canonical when it exists: "corpus/a.txt" and "./corpus/b.txt"
/// have one origin.
fn directory_of(path: &Path) -> PathBuf {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf())
}

/// The normalized text of a line's key: trimmed, case-folded, each number one "0", white
/// space collapsed. Empty for a blank line.
pub fn normalized(line: &str) -> String {
    let mut key = Vec::with_capacity(line.len());
    normalize_into(line, &mut key, usize::MAX);
    // only whole UTF-8 sequences were pushed
    String::from_utf8(key).unwrap_or_default()
}

/// The 64-bit key of a line, or `None` for a blank line.
pub fn line_key(line: &str) -> Option<u64> {
    key_with(line, &mut Vec::with_capacity(line.len())).map(|k| k.key)
}

/// A line's key and the first [`PREFIX`] bytes of its normalized text. Most lines of an
/// article are not repeated, and the prefix tells most of them so after a few bytes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
struct LineKey {
    key: u64,
    prefix: u64,
}

/// How many normalized bytes [`LineKey::prefix`] holds.
const PREFIX: usize = 8;

fn prefix_of(normalized: &[u8]) -> u64 {
    let mut bytes = [0u8; PREFIX];
    let n = normalized.len().min(PREFIX);
    bytes[..n].copy_from_slice(&normalized[..n]);
    u64::from_le_bytes(bytes)
}

/// The key of `line` with a buffer the caller reuses.
fn key_with(line: &str, buffer: &mut Vec<u8>) -> Option<LineKey> {
    normalize_into(line, buffer, usize::MAX);
    (!buffer.is_empty()).then(|| LineKey {
        key: text_key(buffer),
        prefix: prefix_of(buffer),
    })
}

/// Separators inside a number: "1.234", "2,5", "14:30", "6/8".
const NUMBER_SEPARATORS: &[u8] = b".,:/";

/// ASCII bytes that are neither white space nor digits: written as they are, lowercased.
const PLAIN: [bool; 256] = {
    let mut plain = [false; 256];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        plain[b] = !c.is_ascii_digit() && !matches!(c, b' ' | b'\t'..=b'\r');
        b += 1;
    }
    plain
};

/// Writes the normalized UTF-8 of `line` to `out`, or its first `limit` bytes. The scan reads
/// every byte of a corpus through here, so runs of plain ASCII are copied at once and only
/// white space, digits and other characters are looked at one by one.
fn normalize_into(line: &str, out: &mut Vec<u8>, limit: usize) {
    out.clear();
    out.reserve(line.len().min(limit.saturating_add(PREFIX)));
    let bytes = line.as_bytes();
    // white space seen since the last character written; leading and trailing is dropped, so
    // what is written is always the start of the whole normalized line
    let mut space = false;
    let mut at = 0;
    while at < bytes.len() && out.len() < limit {
        let start = at;
        while at < bytes.len() && PLAIN[usize::from(bytes[at])] {
            at += 1;
        }
        if at > start {
            if std::mem::take(&mut space) && !out.is_empty() {
                out.push(b' ');
            }
            out.extend(bytes[start..at].iter().map(u8::to_ascii_lowercase));
            if at == bytes.len() {
                break;
            }
        }
        let b = bytes[at];
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let c = line[at..]
                .chars()
                .next()
                .unwrap_or(char::REPLACEMENT_CHARACTER);
            (c, c.len_utf8())
        };
        at += len;
        if c.is_whitespace() {
            space = true;
            continue;
        }
        if std::mem::take(&mut space) && !out.is_empty() {
            out.push(b' ');
        }
        if b.is_ascii_digit() {
            // "1.234", "14:30", "(6/8)": digits and the separators between them are one number
            loop {
                while bytes.get(at).is_some_and(u8::is_ascii_digit) {
                    at += 1;
                }
                let joined = bytes.get(at).is_some_and(|s| NUMBER_SEPARATORS.contains(s))
                    && bytes.get(at + 1).is_some_and(u8::is_ascii_digit);
                if !joined {
                    break;
                }
                at += 1;
            }
            out.push(b'0');
        } else {
            let mut utf8 = [0; 4];
            for lower in c.to_lowercase() {
                out.extend_from_slice(lower.encode_utf8(&mut utf8).as_bytes());
            }
        }
    }
    out.truncate(limit);
}

/// Counts, for each origin, the distinct documents holding each line key. Add every document
/// of the run, then [`LineCensus::finish`]: the order of the additions does not matter.
#[derive(Debug)]
pub struct LineCensus {
    min_documents: usize,
    /// count only the documents of this part of the scan (see the module documentation)
    part: Option<Shard>,
    origins: FastMap<Origin, OriginCounts>,
}

#[derive(Debug, Default)]
struct OriginCounts {
    /// the text keys of the documents counted, so that the same text counts once
    documents: FastSet<u64>,
    /// for each line key, the number of distinct documents holding it, and its prefix
    lines: FastMap<u64, (u32, u64)>,
}

impl LineCensus {
    /// A census whose lines are repeated from `min_documents` distinct documents of an origin
    /// on; values below [`MIN_DOCUMENTS_FLOOR`] count as that floor.
    pub fn new(min_documents: usize) -> LineCensus {
        LineCensus {
            min_documents: min_documents.max(MIN_DOCUMENTS_FLOOR),
            part: None,
            origins: FastMap::default(),
        }
    }

    /// A census of one part of a scan: only documents whose text key is `part.index` modulo
    /// `part.count` are counted.
    pub fn of_part(part: Shard) -> LineCensus {
        LineCensus {
            part: Some(part),
            ..LineCensus::new(MIN_DOCUMENTS_FLOOR)
        }
    }

    /// Counts the lines of one document (its normalized text) of `origin`. A text already
    /// counted for this origin is not counted again, and a text of another part is not
    /// counted.
    pub fn add(&mut self, origin: &Origin, text: &str) {
        if let Some(keys) = DocumentKeys::of(text, self.part) {
            self.add_keys(origin, keys);
        }
    }

    /// The part of a scan this census counts, for [`DocumentKeys::of`].
    pub fn part(&self) -> Option<Shard> {
        self.part
    }

    /// Counts the keys of one document of `origin`, as [`LineCensus::add`] counts its text.
    pub fn add_keys(&mut self, origin: &Origin, keys: DocumentKeys) {
        let counts = match self.origins.get_mut(origin) {
            Some(counts) => counts,
            None => self.origins.entry(origin.clone()).or_default(),
        };
        if !counts.documents.insert(keys.document) {
            return;
        }
        for &LineKey { key, prefix } in &keys.lines {
            counts.lines.entry(key).or_insert((0, prefix)).0 += 1;
        }
    }

    /// The repeated lines of every origin; the counts are dropped.
    pub fn finish(self) -> CorpusLines {
        let min = self.min_documents;
        let origins = self
            .origins
            .into_iter()
            .map(|(origin, counts)| {
                let mut lines = RepeatedLines::none();
                for (key, (documents, prefix)) in counts.lines {
                    if is_repeated(documents, min) {
                        lines.insert(key, prefix);
                    }
                }
                (origin, lines)
            })
            .filter(|(_, lines)| !lines.is_empty())
            .collect();
        CorpusLines {
            origins,
            none: RepeatedLines::none(),
        }
    }
}

/// The keys of one document's text and of its distinct lines: the work of counting a document,
/// done apart from the census (on any thread) and counted by [`LineCensus::add_keys`].
#[derive(Debug)]
pub struct DocumentKeys {
    document: u64,
    lines: Vec<LineKey>,
}

impl DocumentKeys {
    /// The keys of `text`, or `None` when it is a text of another part than `part`.
    pub fn of(text: &str, part: Option<Shard>) -> Option<DocumentKeys> {
        let document = text_key(text.as_bytes());
        if let Some(part) = part {
            if document % part.count as u64 != part.index as u64 {
                return None;
            }
        }
        let mut buffer = Vec::new();
        let mut lines: Vec<LineKey> = text
            .split('\n')
            .filter_map(|line| key_with(line, &mut buffer))
            .collect();
        // a line printed twice in one document is still one document
        lines.sort_unstable();
        lines.dedup();
        Some(DocumentKeys { document, lines })
    }
}

/// The repeated lines of a whole run, by origin.
#[derive(Debug, Default)]
pub struct CorpusLines {
    origins: FastMap<Origin, RepeatedLines>,
    none: RepeatedLines,
}

impl CorpusLines {
    /// Counts `documents` (each with its origin and normalized text) and finishes.
    pub fn scan<'a>(
        documents: impl IntoIterator<Item = (&'a Origin, &'a str)>,
        min_documents: usize,
    ) -> CorpusLines {
        let mut census = LineCensus::new(min_documents);
        for (origin, text) in documents {
            census.add(origin, text);
        }
        census.finish()
    }

    /// The repeated lines of the documents of `origin` (none for an origin never counted).
    pub fn of(&self, origin: &Origin) -> &RepeatedLines {
        self.origins.get(origin).unwrap_or(&self.none)
    }
}

/// Whether a line held by `documents` distinct documents of its origin is repeated under the
/// threshold `min_documents` (at least [`MIN_DOCUMENTS_FLOOR`]): the one test the census, a
/// stats file and its summary apply.
pub fn is_repeated(documents: u32, min_documents: usize) -> bool {
    documents as usize >= min_documents.max(MIN_DOCUMENTS_FLOOR)
}

/// The lines repeated across the documents of one origin, by key; what
/// [`crate::blocks::find_blocks_with`] turns into boilerplate.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct RepeatedLines {
    keys: FastSet<u64>,
    /// the first bytes of their normalized texts, to rule most lines out cheaply
    prefixes: FastSet<u64>,
}

impl RepeatedLines {
    /// No repeated lines: a single article, or a run with the scan turned off.
    pub fn none() -> RepeatedLines {
        RepeatedLines::default()
    }

    /// Whether `line` (any text of one line; it is normalized here) is repeated.
    pub fn contains(&self, line: &str) -> bool {
        if self.keys.is_empty() {
            return false;
        }
        let mut buffer = Vec::new();
        normalize_into(line, &mut buffer, PREFIX);
        self.prefixes.contains(&prefix_of(&buffer))
            && key_with(line, &mut buffer).is_some_and(|k| self.keys.contains(&k.key))
    }

    pub fn is_empty(&self) -> bool {
        self.keys.is_empty()
    }

    /// Adds a repeated line by its key and the prefix of its normalized text.
    fn insert(&mut self, key: u64, prefix: u64) {
        self.keys.insert(key);
        self.prefixes.insert(prefix);
    }

    /// How many distinct line keys are repeated.
    pub fn len(&self) -> usize {
        self.keys.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_are_normalized() {
        let cases: &[(&str, &str)] = &[
            // counters and dates change from page to page
            ("Dibaca 1.234 kali", "dibaca 0 kali"),
            ("  Dibaca   56\tkali ", "dibaca 0 kali"),
            ("Jumat (6/8) pukul 14:30 WIB", "jumat (0) pukul 0 wib"),
            ("Harga naik 2,5 persen.", "harga naik 0 persen."),
            // a period after a number ends the sentence, it joins nothing
            ("Naik 1.400.", "naik 0."),
            ("Bab 3. Penutup", "bab 0. penutup"),
            // case-folded beyond ASCII, white space of every kind collapsed
            ("ÜBER\u{a0}ALLES", "über alles"),
            (
                "DAPATKAN informasi terkini di kanal WhatsApp kami.",
                "dapatkan informasi terkini di kanal whatsapp kami.",
            ),
            ("Ekonomi", "ekonomi"),
            ("   \t ", ""),
            ("", ""),
        ];
        for &(line, key) in cases {
            assert_eq!(normalized(line), key, "line: {line:?}");
        }
    }

    #[test]
    fn a_limited_normalization_is_the_start_of_the_whole() {
        let lines = [
            "  Dibaca 1.234 kali  ",
            "ÜBER\u{a0}\u{a0}ALLES über alles",
            "a  b   c    d 12 34",
            "İstanbul 7",
            "   ",
        ];
        for line in lines {
            let whole = normalized(line).into_bytes();
            for limit in 0..=whole.len() + 2 {
                let mut start = Vec::new();
                normalize_into(line, &mut start, limit);
                assert_eq!(
                    start,
                    whole[..limit.min(whole.len())],
                    "{line:?} to {limit}"
                );
            }
        }
    }

    #[test]
    fn equal_keys_are_equal_hashes() {
        let same = [
            ("Dibaca 1.234 kali", "dibaca 7 KALI"),
            ("Ikuti Kami di WhatsApp", " ikuti  kami di whatsapp"),
        ];
        for (a, b) in same {
            assert_eq!(line_key(a), line_key(b), "{a:?} ~ {b:?}");
            assert!(line_key(a).is_some());
        }
        let different = [
            ("Dibaca 1.234 kali", "Dibaca kali"),
            ("Harga naik.", "Harga naik"),
        ];
        for (a, b) in different {
            assert_ne!(line_key(a), line_key(b), "{a:?} / {b:?}");
        }
        assert_eq!(line_key(" \t"), None);
    }

    const FOOTER: &str = "Dapatkan informasi terkini dan terpercaya seputar berita hari ini \
                          langsung di ponsel Anda dengan bergabung di kanal WhatsApp kami.";

    /// Document `n` of a site: its own sentence, a view counter, and the footer.
    fn page(n: usize) -> String {
        let words = ["beras", "cabai", "bawang", "gula", "minyak", "telur"];
        format!(
            "Harga {w} naik di pasar.\nDibaca {n}.{n}00 kali\n{FOOTER}\n",
            w = words[n]
        )
    }

    #[test]
    fn a_line_is_repeated_from_the_threshold_on() {
        let site = Origin::Directory("kompas".into());
        // (documents holding the footer, threshold, repeated?)
        let cases: &[(usize, usize, bool)] = &[
            (1, 3, false),
            (2, 3, false),
            (3, 3, true),
            (6, 3, true),
            (2, 2, true),
            (3, 4, false),
            (4, 4, true),
            // a threshold below 2 counts as 2: one document is no evidence
            (1, 1, false),
            (1, 0, false),
            (2, 1, true),
        ];
        for &(documents, threshold, repeated) in cases {
            let pages: Vec<String> = (0..documents).map(page).collect();
            let lines = CorpusLines::scan(pages.iter().map(|p| (&site, p.as_str())), threshold);
            let of_site = lines.of(&site);
            let case = format!("{documents} documents, threshold {threshold}");
            assert_eq!(of_site.contains(FOOTER), repeated, "{case}");
            assert_eq!(of_site.contains("dibaca 99 kali"), repeated, "{case}");
            assert!(!of_site.contains("Harga beras naik di pasar."), "{case}");
            // the footer's first words, but not the footer
            assert!(!of_site.contains("Dapatkan informasi lain."), "{case}");
        }
    }

    #[test]
    fn documents_count_once_and_origins_apart() {
        let (kompas, voa) = (
            Origin::Directory("kompas".into()),
            Origin::site("WWW.VOA.com."),
        );
        assert_eq!(voa, Origin::Site("www.voa.com".into()));
        let twice = format!("{FOOTER}\n\n{FOOTER}\n");
        let documents = [
            // one page with the footer twice, and the same page scraped again: one document
            (&kompas, twice.as_str()),
            (&kompas, twice.as_str()),
            (&kompas, FOOTER),
            // the footer in three documents of another origin
            (&voa, FOOTER),
            (&voa, "Berita lain.\n"),
        ];
        let lines = CorpusLines::scan(documents, 3);
        assert!(!lines.of(&kompas).contains(FOOTER));
        assert!(!lines.of(&voa).contains(FOOTER));
        assert!(lines.of(&Origin::Run).is_empty());

        // a third, different document with the footer
        let third = format!("Berita baru.\n\n{FOOTER}");
        let mut more = documents.to_vec();
        more.push((&kompas, third.as_str()));
        let lines = CorpusLines::scan(more, 3);
        assert!(lines.of(&kompas).contains(FOOTER));
        assert_eq!(lines.of(&kompas).len(), 1);
        assert!(!lines.of(&voa).contains(FOOTER));
    }

    const PEDAGANG: &str = "Pedagang di pasar tradisional mengeluh karena harga beras naik lagi.";
    const GUDANG: &str = "Gudang Bulog di Jakarta penuh dan stok gula dinyatakan aman.";

    #[test]
    fn repeated_lines_become_whole_boilerplate_blocks() {
        use crate::blocks::{find_blocks, find_blocks_with, BlockKind, BlockKind::*};
        // three pages of one site; two of them share a headline
        let page = |title: &str, body: &str| {
            format!(
                "Portal Berita Terpercaya\n{title}\nMinggu, 26 Februari 2023\n{body}\n\
                 Ilustrasi rupiah. (Foto: Dok. Redaksi)\n{FOOTER}\nEditor: Yakop\n"
            )
        };
        let pages = [
            page("Harga Beras Naik Lagi", PEDAGANG),
            page(
                "Harga Beras Naik Lagi",
                "Petani senang karena harga gabah di desa ikut naik.",
            ),
            page("Stok Gula Aman", GUDANG),
        ];
        let site = Origin::Run;
        let lines = CorpusLines::scan(pages.iter().map(|p| (&site, p.as_str())), 3);
        let got = |text: &str| -> Vec<(BlockKind, String)> {
            find_blocks_with(text, crate::sentences::Lang::Id, lines.of(&site))
                .into_iter()
                .map(|b| (b.kind, b.span.of(text).to_string()))
                .collect()
        };
        let expected = |title: &str, body: &str| -> Vec<(BlockKind, String)> {
            [
                // the slogan is clutter, so the headline below it is the title
                (Boilerplate, "Portal Berita Terpercaya"),
                // a headline in two documents is still a headline
                (Title, title),
                // meta repeated keeps its kind
                (Meta, "Minggu, 26 Februari 2023"),
                (Paragraph, body),
                // a caption and its credit become one block
                (Boilerplate, "Ilustrasi rupiah. (Foto: Dok. Redaksi)"),
                (Boilerplate, FOOTER),
                (Meta, "Editor: Yakop"),
            ]
            .into_iter()
            .map(|(kind, text)| (kind, text.to_string()))
            .collect()
        };
        assert_eq!(got(&pages[0]), expected("Harga Beras Naik Lagi", PEDAGANG));
        assert_eq!(got(&pages[2]), expected("Stok Gula Aman", GUDANG));
        // without the corpus, the repeated stock caption is a caption to translate; the footer
        // is clutter on the page's own signs too (it names WhatsApp and shares no word with the
        // story)
        let alone = find_blocks(&pages[0], crate::sentences::Lang::Id);
        let kind_alone = |line: &str| {
            alone
                .iter()
                .find(|b| b.span.of(&pages[0]) == line)
                .map(|b| b.kind)
        };
        assert_eq!(kind_alone("Ilustrasi rupiah."), Some(Caption), "{alone:?}");
        assert_eq!(kind_alone(FOOTER), Some(Boilerplate), "{alone:?}");
    }

    #[test]
    fn files_in_one_directory_share_an_origin() {
        let dir = tempfile::tempdir().unwrap();
        let plain = Source::File(dir.path().join("a.txt"));
        let dotted = Source::File(dir.path().join(".").join("b.txt"));
        assert_eq!(Origin::of(&plain), Origin::of(&dotted));
        assert!(matches!(Origin::of(&plain), Origin::Directory(_)));
        assert_eq!(Origin::of(&Source::Stdin), Origin::Run);
        let elsewhere = Source::File(dir.path().join("sub").join("a.txt"));
        assert_ne!(Origin::of(&plain), Origin::of(&elsewhere));
    }
}
