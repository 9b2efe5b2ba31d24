//! Stage 1: reading articles.
//!
//! Owns decoding (strict UTF-8 unless lossy, BOM stripped, CRLF accepted, binary refused) and
//! the single normalization (no-break and other typeset spaces made plain, zero-width
//! characters dropped, NFC); every later span points into [`Article::text`]. An input holds
//! one article (`text`, this file) or many ([`jsonl`]); [`mod@format`] chooses the reader by name
//! and [`compressed`] undoes gzip and zstd. [`html`] reads a saved page, [`markdown`] a page a crawler
//! turned into Markdown, [`mod@warc`] a crawl of many.
pub mod compressed;
pub mod format;
pub mod html;
pub mod jsonl;
pub mod markdown;
pub mod warc;
mod wrap;

use crate::error::Error;
use crate::span::Span;
use std::borrow::Cow;
use std::io::Read;
use std::path::{Path, PathBuf};
use unicode_normalization::{is_nfc_quick, IsNormalized, UnicodeNormalization};

/// One article: its document id (file stem, or "-" for standard input), its normalized text,
/// and, when the input names it (a JSONL `title` field), the span of its title in that text.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Article {
    pub id: String,
    pub text: String,
    /// the headline the input gave apart from the text; it is the first line of `text`, and
    /// the block stage takes it as the title instead of guessing one
    pub title: Option<Span>,
    /// what the input's markup says of some lines (an HTML page's figcaption, aside, footer):
    /// the block stage takes these kinds instead of guessing; sorted by start, one per line
    pub marks: Vec<(Span, crate::blocks::BlockKind)>,
}

impl Article {
    /// The article a markup reader built line by line ([`push_line`]): its marks in order, and
    /// `fallback` put first as its title when the markup named none.
    pub(crate) fn built(
        id: String,
        text: String,
        title: Option<Span>,
        mut marks: Vec<(Span, crate::blocks::BlockKind)>,
        fallback: Option<String>,
    ) -> Article {
        marks.sort_by_key(|(span, _)| span.start);
        let mut article = Article {
            id,
            text,
            title,
            marks,
        };
        if let Some(title) = fallback.filter(|_| article.title.is_none()) {
            article.put_title_first(&title);
        }
        article
    }

    /// Puts `title` (a page's `og:title`, a front matter's, a JSONL document's `title` field)
    /// on a line of its own before the text, as the article's title; the marks move with the
    /// text. A title of white space only changes nothing.
    pub fn put_title_first(&mut self, title: &str) {
        let line = normalize(&title.split_whitespace().collect::<Vec<_>>().join(" "));
        if line.is_empty() {
            return;
        }
        let shift = line.len() + 2;
        self.text = if self.text.is_empty() {
            line.clone()
        } else {
            format!("{line}\n\n{}", self.text)
        };
        for (span, _) in &mut self.marks {
            *span = Span::new(span.start + shift, span.end + shift);
        }
        self.title = Some(Span::new(0, line.len()));
    }
}

/// Appends `line` to the `text` a markup reader builds, a blank line before it unless it is the
/// first, and `kind` to `marks` as what the markup says of it. Returns the line's span.
pub(crate) fn push_line(
    text: &mut String,
    marks: &mut Vec<(Span, crate::blocks::BlockKind)>,
    line: &str,
    kind: Option<crate::blocks::BlockKind>,
) -> Span {
    if !text.is_empty() {
        text.push_str("\n\n");
    }
    let span = Span::new(text.len(), text.len() + line.len());
    text.push_str(line);
    if let Some(kind) = kind {
        marks.push((span, kind));
    }
    span
}

/// Where an article comes from: a file, or standard input (`-`).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Source {
    Stdin,
    File(PathBuf),
}

impl Source {
    /// The name used in messages: the path as given, or "-".
    pub fn name(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(path) => path.display().to_string(),
        }
    }

    /// The document id: the file stem, or "-" for standard input.
    pub fn doc_id(&self) -> String {
        match self {
            Source::Stdin => "-".to_string(),
            Source::File(path) => path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| path.display().to_string()),
        }
    }
}

/// Expands command-line inputs: `-` is standard input, a directory gives its `*.txt` files in
/// sorted order, anything else is a file. No inputs at all means standard input.
pub fn expand(paths: &[PathBuf]) -> Result<Vec<Source>, Error> {
    if paths.is_empty() {
        return Ok(vec![Source::Stdin]);
    }
    let mut sources = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            sources.push(Source::Stdin);
        } else if path.is_dir() {
            sources.extend(txt_files(path)?.into_iter().map(Source::File));
        } else if path.exists() {
            sources.push(Source::File(path.clone()));
        } else {
            return Err(bad(
                path,
                "no such file or directory: pass an article file, a directory of *.txt files, \
                 or - for standard input",
            ));
        }
    }
    Ok(sources)
}

fn txt_files(dir: &Path) -> Result<Vec<PathBuf>, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        bad(
            dir,
            &format!("cannot list directory: {e}: check its permissions"),
        )
    })?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.is_file() && p.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    files.sort();
    if files.is_empty() {
        return Err(bad(
            dir,
            "directory has no *.txt files: put articles there as UTF-8 .txt files",
        ));
    }
    Ok(files)
}

fn bad(path: &Path, problem: &str) -> Error {
    Error::BadInput {
        path: path.display().to_string(),
        problem: problem.to_string(),
    }
}

/// Reads and normalizes one article.
pub fn read_source(source: &Source, lossy: bool) -> Result<Article, Error> {
    let mut bytes = Vec::new();
    let read = match source {
        Source::Stdin => std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ()),
        Source::File(path) => std::fs::read(path).map(|b| bytes = b),
    };
    read.map_err(|e| Error::BadInput {
        path: source.name(),
        problem: format!("cannot read: {e}: check the path and its permissions"),
    })?;
    decode(&bytes, &source.name(), source.doc_id(), lossy)
}

/// Reads every input, all or nothing: the first bad input is an error and no article is
/// returned, so a caller writes nothing.
pub fn read_inputs(paths: &[PathBuf], lossy: bool) -> Result<Vec<Article>, Error> {
    expand(paths)?
        .iter()
        .map(|source| read_source(source, lossy))
        .collect()
}

/// Decodes raw bytes into an article. `name` appears in errors; `id` becomes the doc id.
/// A NUL byte means a binary file and is refused even with `lossy`.
pub fn decode(bytes: &[u8], name: &str, id: String, lossy: bool) -> Result<Article, Error> {
    let text = text_of(bytes, name, lossy)?;
    Ok(Article {
        id,
        text: article_text(&text),
        title: None,
        marks: Vec::new(),
    })
}

/// Decodes raw bytes of a file that is no article (a gold table, a list) into text, normalized
/// as an article's text is but with its lines as they are: a table's rows are never a
/// wrapper's.
pub fn decode_lines(bytes: &[u8], name: &str) -> Result<String, Error> {
    Ok(normalize(&unescape(&text_of(bytes, name, false)?)))
}

/// The text of raw bytes, checked as [`decode`] checks it (UTF-16 and binary files refused,
/// invalid UTF-8 refused unless `lossy`), before any reader turns it into an article.
pub fn text_of<'b>(bytes: &'b [u8], name: &str, lossy: bool) -> Result<Cow<'b, str>, Error> {
    if bytes.starts_with(&[0xff, 0xfe]) || bytes.starts_with(&[0xfe, 0xff]) {
        return Err(Error::BadInput {
            path: name.to_string(),
            problem: "is UTF-16 (it starts with a UTF-16 byte order mark): convert it to UTF-8, \
                      e.g. with `iconv -f UTF-16 -t UTF-8`"
                .to_string(),
        });
    }
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(Error::BadInput {
            path: name.to_string(),
            problem: format!(
                "looks like a binary file (NUL byte at byte {offset}): pass a UTF-8 text article"
            ),
        });
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Cow::Borrowed(text)),
        Err(_) if lossy => Ok(String::from_utf8_lossy(bytes)),
        Err(e) => Err(Error::InvalidUtf8 {
            path: name.to_string(),
            offset: e.valid_up_to(),
        }),
    }
}

/// `bytes` decoded in `encoding` (`encoding_rs`; a byte order mark is taken off), as a page
/// served in a charset is read: bytes invalid in it are refused unless `lossy` (invalid UTF-8
/// with the offset of the first such byte), and replaced with U+FFFD when it is.
pub(crate) fn decode_in<'b>(
    bytes: &'b [u8],
    encoding: &'static encoding_rs::Encoding,
    name: &str,
    lossy: bool,
) -> Result<Cow<'b, str>, Error> {
    let (source, had_errors) = encoding.decode_with_bom_removal(bytes);
    if had_errors && !lossy {
        if encoding == encoding_rs::UTF_8 {
            let offset = std::str::from_utf8(bytes)
                .err()
                .map_or(0, |e| e.valid_up_to());
            return Err(Error::InvalidUtf8 {
                path: name.to_string(),
                offset,
            });
        }
        return Err(Error::BadInput {
            path: name.to_string(),
            problem: format!(
                "has bytes that are not {}: pass --lossy to replace them",
                encoding.name()
            ),
        });
    }
    Ok(source)
}

/// An article's whole text as read: character references read, [`normalize`]d, and lines a
/// fixed-width wrapper broke joined again (`src/input/wrap.rs`).
pub fn article_text(raw: &str) -> String {
    wrap::unwrapped(normalize(&unescape(raw)))
}

/// The one normalization: BOM stripped, CRLF and lone CR turned into LF, the spaces and
/// breaks of the table `SPACES` made plain, then NFC.
pub fn normalize(text: &str) -> String {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let text: Cow<str> = if text.contains('\r') {
        Cow::Owned(text.replace("\r\n", "\n").replace('\r', "\n"))
    } else {
        Cow::Borrowed(text)
    };
    let text = plain_spaces(mended_mojibake(text));
    // an ASCII character is in NFC and resets the check, so each stretch of other characters
    // is checked alone and the ASCII between them is not decoded
    let nfc = non_ascii_stretches(&text)
        .all(|stretch| is_nfc_quick(text[stretch].chars()) == IsNormalized::Yes);
    match nfc {
        true => text.into_owned(),
        false => text.nfc().collect(),
    }
}

/// The byte ranges of `text`'s maximal stretches of characters outside ASCII, in order. Most
/// of an Indonesian or English text is ASCII, which is skipped eight bytes at a time.
fn non_ascii_stretches(text: &str) -> impl Iterator<Item = std::ops::Range<usize>> + '_ {
    const HIGH: u64 = 0x8080_8080_8080_8080;
    let bytes = text.as_bytes();
    let mut at = 0;
    std::iter::from_fn(move || {
        while at + 8 <= bytes.len() {
            let word = u64::from_le_bytes(bytes[at..at + 8].try_into().unwrap_or([0; 8]));
            if word & HIGH != 0 {
                break;
            }
            at += 8;
        }
        let start = at + bytes[at..].iter().position(|&b| b >= 0x80)?;
        // a character outside ASCII is bytes of 0x80 and above only, so the stretch ends at
        // the next ASCII byte, a character boundary
        let end = bytes[start..]
            .iter()
            .position(|&b| b < 0x80)
            .map_or(bytes.len(), |n| start + n);
        at = end;
        Some(start..end)
    })
}

/// `text` with its mojibake mended: UTF-8 that a tool once read as Windows-1252 (or Latin-1) and
/// wrote again, so that every accented letter or typographic mark became two or three
/// characters: "KlÃ¶cker" for "Klöcker", "â€œKami siap,â€\u{9d} katanya" for "“Kami siap,”
/// katanya", "Â\u{a0}" for a no-break space. Crawled text and public corpora hold it. Each run
/// of characters that Windows-1252 can write, outside ASCII, is written back to its bytes; when
/// those bytes are UTF-8 of fewer characters, they replace the run. A run that is not such
/// bytes (a real "é" or "ö" alone, "café»") is left as it is. Every mojibake of a letter opens
/// with a character U+00C2–U+00F4, written 0xC3 in UTF-8: text without that byte is returned
/// after one search.
fn mended_mojibake(text: Cow<str>) -> Cow<str> {
    if memchr::memchr(0xc3, text.as_bytes()).is_none() {
        return text;
    }
    let writable = |c: char| {
        let mut buf = [0u8; 4];
        let (_, _, unmappable) = encoding_rs::WINDOWS_1252.encode(c.encode_utf8(&mut buf));
        !unmappable
    };
    // the text up to `copied`, with the runs before it mended; made at the first mended run
    let mut out: Option<String> = None;
    let mut copied = 0;
    let mut flush = |out: &mut Option<String>, run: std::ops::Range<usize>| {
        let (bytes, _, _) = encoding_rs::WINDOWS_1252.encode(&text[run.clone()]);
        match std::str::from_utf8(&bytes) {
            Ok(mended) if mended.chars().count() < text[run.clone()].chars().count() => {
                let out = out.get_or_insert_with(|| String::with_capacity(text.len()));
                out.push_str(&text[copied..run.start]);
                out.push_str(mended);
                copied = run.end;
            }
            _ => {}
        }
    };
    // an ASCII character cannot be written as Windows-1252's own and ends a run: the runs lie
    // in the stretches of other characters
    for stretch in non_ascii_stretches(&text) {
        let mut run_start: Option<usize> = None;
        for (at, c) in text[stretch.clone()].char_indices() {
            let at = stretch.start + at;
            match (run_start, writable(c)) {
                (None, true) => run_start = Some(at),
                (Some(start), false) => {
                    flush(&mut out, start..at);
                    run_start = None;
                }
                _ => {}
            }
        }
        if let Some(start) = run_start {
            flush(&mut out, start..stretch.end);
        }
    }
    match out {
        Some(mut out) => {
            out.push_str(&text[copied..]);
            Cow::Owned(out)
        }
        None => text,
    }
}

/// Text taken from HTML by a scraper that left its character references in it ("&quot;Kami
/// siap,&quot; katanya", "Jakarta&#8217;s", "Rp&nbsp;10.000", "AT&amp;T"), as feeds and APIs
/// often give titles and bodies, read as the page showed it. Only references closed by ";" are
/// read (html-escape's rule), so "R&D" and "AT&T" stay. A saved HTML page is not read through
/// this: its parser has already read them.
pub fn unescape(text: &str) -> Cow<'_, str> {
    if !text.contains('&') {
        return Cow::Borrowed(text);
    }
    html_escape::decode_html_entities(text)
}

/// What HTML and word processors leave in scraped text in place of a space or a line break,
/// and what they leave that is not seen at all, with what it becomes. A page that spells its
/// spaces "&nbsp;" reads as one long word to every rule that splits on spaces, and a line
/// ending in a zero-width space is not the same line as its copy; both are common in pages
/// copied from a browser.
const SPACES: &[(char, Option<char>, &str)] = &[
    ('\u{a0}', Some(' '), "no-break space: \"Rp&nbsp;10.000\""),
    ('\u{2007}', Some(' '), "figure space"),
    ('\u{202f}', Some(' '), "narrow no-break space: \"10 %\""),
    ('\u{205f}', Some(' '), "medium mathematical space"),
    ('\u{3000}', Some(' '), "ideographic space"),
    ('\u{2028}', Some('\n'), "line separator"),
    ('\u{2029}', Some('\n'), "paragraph separator"),
    ('\u{85}', Some('\n'), "next line (NEL)"),
    (
        '\u{200b}',
        None,
        "zero-width space, left by editors between words and at line ends",
    ),
    ('\u{2060}', None, "word joiner"),
    (
        '\u{feff}',
        None,
        "a byte order mark inside the text (pasted from another file)",
    ),
    ('\u{ad}', None, "soft hyphen: \"pe&shy;me&shy;rin&shy;tah\""),
];

/// The spaces from EN QUAD to HAIR SPACE (U+2000–U+200A) also become plain spaces: typesetters'
/// widths of one space.
fn plain_space(c: char) -> Option<Option<char>> {
    if ('\u{2000}'..='\u{200a}').contains(&c) {
        return Some(Some(' '));
    }
    SPACES
        .iter()
        .find(|(from, _, _)| *from == c)
        .map(|&(_, to, _)| to)
}

/// `text` with [`SPACES`] made plain. Every such character's UTF-8 encoding opens with one of
/// four bytes, so only the characters at those bytes are looked up (a dash or a quotation mark
/// shares them), found by memchr's vectorized search; text without any (most of it) is returned
/// as it is after one scan.
fn plain_spaces(text: Cow<str>) -> Cow<str> {
    let bytes = text.as_bytes();
    // U+3000 is the one character of SPACES that opens with 0xe3: a byte CJK text is full of,
    // looked for apart only when there is one
    let ideographic = memchr::memchr(0xe3, bytes).is_some();
    let found = memchr::memchr3_iter(0xc2, 0xe2, 0xef, bytes).any(|at| {
        text.get(at..)
            .and_then(|rest| rest.chars().next())
            .is_some_and(|c| plain_space(c).is_some())
    }) || ideographic && text.contains('\u{3000}');
    if !found {
        return text;
    }
    Cow::Owned(
        text.chars()
            .filter_map(|c| plain_space(c).unwrap_or(Some(c)))
            .collect(),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn normalization() {
        let cases: &[(&str, &str)] = &[
            ("\u{feff}Judul\r\nIsi.\r\n", "Judul\nIsi.\n"),
            ("Baris satu\rBaris dua", "Baris satu\nBaris dua"),
            // "é" as e + combining acute becomes one code point
            ("Cafe\u{301} di Bandung", "Caf\u{e9} di Bandung"),
            ("Sudah normal.", "Sudah normal."),
            // spaces a browser copies: no-break, narrow, en quad to hair space; a separator
            // of lines; and what is never seen
            ("Rp\u{a0}10.000 dan 10\u{202f}%", "Rp 10.000 dan 10 %"),
            ("a\u{2000}b\u{200a}c\u{3000}d", "a b c d"),
            ("Baris satu\u{2028}Baris dua", "Baris satu\nBaris dua"),
            (
                "Judul\u{200b}\nIsi\u{2060}nya pe\u{ad}me\u{ad}rin\u{ad}tah.\u{feff}",
                "Judul\nIsinya pemerintah.",
            ),
            // joiners that shape emoji and scripts stay, and so does a dash the lead bytes share
            (
                "👨\u{200d}👩 \u{200c} \u{2014} “kutipan”",
                "👨\u{200d}👩 \u{200c} \u{2014} “kutipan”",
            ),
        ];
        for &(input, expected) in cases {
            assert_eq!(normalize(input), expected, "input: {input:?}");
        }
    }

    #[test]
    fn mojibake_is_mended_and_real_accents_are_left() {
        for (input, expected) in [
            ("David KlÃ¶cker Ehrenstrahl", "David Klöcker Ehrenstrahl"),
            ("GuaycurÃº dan PayaguÃ¡", "Guaycurú dan Payaguá"),
            (
                "â€œKami siap,â€\u{9d} katanya.",
                "\u{201c}Kami siap,\u{201d} katanya.",
            ),
            ("Rp\u{c2}\u{a0}10.000", "Rp 10.000"),
            // real accents, alone or next to a mark, and a capital A with a tilde in a name
            (
                "Café di Bandung, Pelé dan Gödel",
                "Café di Bandung, Pelé dan Gödel",
            ),
            ("«café»", "«café»"),
            ("São Paulo dan Ã", "São Paulo dan Ã"),
            // runs at the very start and end, after more than eight bytes of ASCII, and a
            // mended run beside a real accent
            ("Ã¶zÃ¼", "özü"),
            (
                "Sebuah kalimat panjang tentang KlÃ¶",
                "Sebuah kalimat panjang tentang Klö",
            ),
            ("PelÃ© dan Pelé", "Pelé dan Pelé"),
        ] {
            assert_eq!(normalize(input), expected, "input: {input:?}");
        }
    }

    #[test]
    fn stretches_outside_ascii() {
        let text = "ab é ŝ€ dua belas huruf—x“";
        let stretches: Vec<&str> = non_ascii_stretches(text).map(|r| &text[r]).collect();
        assert_eq!(stretches, ["é", "ŝ€", "—", "“"]);
        assert_eq!(
            non_ascii_stretches("ascii only, longer than eight").count(),
            0
        );
        assert_eq!(non_ascii_stretches("").count(), 0);
        // a combining mark after ASCII is still found out of NFC
        assert_eq!(normalize("Cafe\u{301} x"), "Caf\u{e9} x");
    }

    #[test]
    fn character_references_left_by_a_scraper_are_read() {
        for (input, expected) in [
            ("&quot;Kami siap,&quot; katanya.", "\"Kami siap,\" katanya."),
            (
                "Jakarta&#8217;s &#x201C;new&#x201D; capital",
                "Jakarta\u{2019}s \u{201c}new\u{201d} capital",
            ),
            ("Rp&nbsp;10.000 &amp; PT&nbsp;KAI", "Rp 10.000 & PT KAI"),
            // no ";", no reference: a company's name and a department's
            ("AT&T dan R&D &copy 2024", "AT&T dan R&D &copy 2024"),
            ("Tanpa referensi.", "Tanpa referensi."),
        ] {
            assert_eq!(normalize(&unescape(input)), expected, "input: {input:?}");
        }
        let article = decode(
            b"Judul&#58; Berita\n&quot;Ya&quot;.",
            "a.txt",
            "a".into(),
            false,
        );
        assert_eq!(article.unwrap().text, "Judul: Berita\n\"Ya\".");
    }

    #[test]
    fn invalid_utf8_names_the_byte_offset() {
        let bytes = b"Harga naik \xff lagi.";
        match decode(bytes, "berita.txt", "berita".into(), false) {
            Err(Error::InvalidUtf8 { path, offset }) => {
                assert_eq!(path, "berita.txt");
                assert_eq!(offset, 11);
            }
            other => panic!("expected InvalidUtf8, got {other:?}"),
        }
        let lossy = decode(bytes, "berita.txt", "berita".into(), true).unwrap();
        assert_eq!(lossy.text, "Harga naik \u{fffd} lagi.");
    }

    #[test]
    fn binary_is_refused_even_when_lossy() {
        let bytes = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR";
        for lossy in [false, true] {
            let err = decode(bytes, "gambar.png", "gambar".into(), lossy).unwrap_err();
            assert!(err.to_string().contains("binary"), "{err}");
            assert_eq!(err.exit_code(), 2);
        }
    }

    #[test]
    fn doc_ids() {
        assert_eq!(Source::Stdin.doc_id(), "-");
        let file = Source::File(PathBuf::from("samples/000_0af768b52f2b990e.txt"));
        assert_eq!(file.doc_id(), "000_0af768b52f2b990e");
    }
}
