//! Stage 2: blocks. Classifies every line of an article as title, paragraph, caption, credit,
//! meta or boilerplate, splits photo credits off captions and datelines / editor initials off
//! paragraphs, and marks exact repeats as duplicates of their first occurrence.
//! Every block span is trimmed and lies inside one line of the normalized text.
use crate::hash::FastMap;
use crate::repeated::RepeatedLines;
use crate::span::Span;
use serde::{Deserialize, Serialize};

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
    "recommended",
    "xs",
    "sm",
    "md",
    "lg",
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
    "lewati ke konten utama",
    "skip to main content",
    // English pages, for `--lang en` articles: "Read more", "Share this article"
    "read more",
    "related",
    "share this article",
];

/// Page clutter matched as the start of a short line, ignoring case.
const BOILERPLATE_PREFIXES: &[&str] = &[
    // "Baca juga: Harga Cabai Naik Jelang Lebaran"
    "baca juga",
    // "Lihat juga: Video Banjir Jakarta", "Simak juga: …", "Simak video …"
    "lihat juga",
    "simak juga",
    "simak video",
    "tonton juga",
    // "Artikel ini telah tayang di …", "Dapatkan update berita pilihan …"
    "artikel ini telah tayang",
    "dapatkan update",
    "klik di sini",
    "download aplikasi",
    "unduh aplikasi",
    // "Sign up for our newsletter", "Read more: …"
    "sign up for",
    "read more:",
    // "Copyright © 2021 VOA", "© 2023 Kompas"
    "copyright",
    "©",
    // "Tag: ekonomi, inflasi"
    "tag:",
    "tags:",
    "topik:",
    "kata kunci:",
];

/// Boilerplate prefixes only apply to lines this short: a real paragraph may start "Baca juga".
const MAX_PREFIX_BOILERPLATE: usize = 200;

/// Bylines and sources at the end of an article, matched as a line prefix ignoring case:
/// "Oleh: VOA Indonesia", "Editor: Yakop", "Sumber: Reuters".
const BYLINE_PREFIXES: &[&str] = &[
    "oleh:",
    "oleh :",
    "editor:",
    "editor :",
    "sumber:",
    "sumber :",
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
    "fotografer:",
    "laporan:",
];

/// How a photo credit in parentheses starts, ignoring case:
/// "(Foto: Lee Jin-man via REUTERS)", "(foto: AP).", "(ANTARA FOTO/Hafidz Mubarak A)",
/// "(Dok. Humas Polri)", "(REUTERS/Kevin Lamarque)".
const CREDIT_OPENINGS: &[&str] = &[
    "foto",
    "photo",
    "dok",
    "ilustrasi",
    "gambar",
    "sumber foto",
    "antara",
    "reuters",
    "afp",
    "ap photo",
    "ap/",
    "getty",
    "istimewa",
    "image",
];

/// Words a date line may hold besides numbers: "Minggu, 26 Februari 2023",
/// "8 Januari 2021 07:15 WIB", "Diperbarui Senin, 9 Agustus 2021 | 10.15 WIB".
const DATE_WORDS: &[&str] = &[
    "senin",
    "selasa",
    "rabu",
    "kamis",
    "jumat",
    "jum'at",
    "sabtu",
    "minggu",
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
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
    "pada",
    // "March 14, 2023 10:15 AM ET"
    "am",
    "pm",
    "a.m",
    "p.m",
    "et",
    "edt",
    "est",
    "-",
    "–",
    "—",
    "|",
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

/// Splits an article's text into classified blocks, in text order.
pub fn find_blocks(text: &str) -> Vec<Block> {
    find_blocks_with(text, &RepeatedLines::none())
}

/// [`find_blocks`] for an article of a corpus: lines `repeated` across the documents of its
/// origin are boilerplate (see [`crate::repeated`]).
pub fn find_blocks_with(text: &str, repeated: &RepeatedLines) -> Vec<Block> {
    let mut blocks = Vec::new();
    let mut offset = 0;
    for line in text.split('\n') {
        let span = trimmed(text, Span::new(offset, offset + line.len()));
        offset += line.len() + 1;
        if !span.is_empty() {
            classify_line(text, span, &mut blocks);
        }
    }
    mark_repeats_printed_twice(text, &mut blocks);
    mark_repeated_lines(text, &mut blocks, repeated);
    mark_title(text, &mut blocks);
    mark_duplicates(text, &mut blocks);
    blocks
}

fn block(kind: BlockKind, span: Span) -> Block {
    Block {
        kind,
        span,
        duplicate_of: None,
    }
}

/// `span` without leading and trailing white space.
fn trimmed(text: &str, span: Span) -> Span {
    let piece = span.of(text);
    let start = span.start + (piece.len() - piece.trim_start().len());
    let end = span.start + piece.trim_end().len();
    Span::new(start, end.max(start))
}

/// Classifies one trimmed line, splitting off a dateline, a credit and editor initials.
fn classify_line(text: &str, line: Span, blocks: &mut Vec<Block>) {
    let s = line.of(text);
    if is_boilerplate(s) {
        blocks.push(block(BlockKind::Boilerplate, line));
        return;
    }
    if is_editor_initials(s) || is_byline(s) || is_date_line(s) || is_dateline_only(s) {
        blocks.push(block(BlockKind::Meta, line));
        return;
    }
    // "... abadi. [uh/ab]" — editor initials trailing the last paragraph on its line
    let (body, initials) = match trailing_initials(s) {
        Some(at) => (
            trimmed(text, Span::new(line.start, line.start + at)),
            Some(Span::new(line.start + at, line.end)),
        ),
        None => (line, None),
    };
    let b = body.of(text);
    if let Some(at) = credit_start(b) {
        let caption = trimmed(text, Span::new(body.start, body.start + at));
        if !caption.is_empty() {
            blocks.push(block(BlockKind::Caption, caption));
        }
        let credit = trimmed(text, Span::new(body.start + at, body.end));
        blocks.push(block(BlockKind::Credit, credit));
    } else if let Some(end) = dateline_prefix(b) {
        let dateline = trimmed(text, Span::new(body.start, body.start + end));
        blocks.push(block(BlockKind::Meta, dateline));
        let rest = trimmed(text, Span::new(body.start + end, body.end));
        if !rest.is_empty() {
            blocks.push(block(BlockKind::Paragraph, rest));
        }
    } else if !body.is_empty() {
        blocks.push(block(BlockKind::Paragraph, body));
    }
    if let Some(initials) = initials {
        blocks.push(block(BlockKind::Meta, initials));
    }
}

/// Whether `s` starts with the lowercase `prefix`, ignoring ASCII case (the prefixes are
/// ASCII but for "©", which has no case).
fn starts_with_ignore_case(s: &str, prefix: &str) -> bool {
    let (s, p) = (s.as_bytes(), prefix.as_bytes());
    s.len() >= p.len() && s[..p.len()].eq_ignore_ascii_case(p)
}

pub fn is_boilerplate(line: &str) -> bool {
    let line = line.trim();
    if line.len() > MAX_PREFIX_BOILERPLATE {
        return false;
    }
    BOILERPLATE_LINES
        .iter()
        .any(|b| line.eq_ignore_ascii_case(b))
        || BOILERPLATE_PREFIXES
            .iter()
            .any(|p| starts_with_ignore_case(line, p))
}

/// Agency codes closing a story in parentheses without initials: "... kata dia. (ant)".
const AGENCY_CODES: &[&str] = &["(ant)", "(antara)", "(afp)", "(ap)", "(rtr)", "(voa)"];

/// "[uh/ab]", "[my/ds]", "(rd/ant)", "(ant)": an editor's and reporter's initials.
pub fn is_editor_initials(s: &str) -> bool {
    let inner = match (s.chars().next(), s.chars().last()) {
        (Some('['), Some(']')) => &s[1..s.len() - 1],
        (Some('('), Some(')')) if s.contains('/') || AGENCY_CODES.contains(&s) => {
            &s[1..s.len() - 1]
        }
        _ => return false,
    };
    !inner.is_empty()
        && inner.len() <= 24
        && inner.bytes().any(|b| b.is_ascii_lowercase())
        && inner
            .bytes()
            .all(|b| b.is_ascii_lowercase() || b == b'/' || b == b'*' || b == b',')
}

/// Where editor initials trailing a line begin: "... Korea Utara. [uh/ab]".
fn trailing_initials(s: &str) -> Option<usize> {
    if !s.ends_with(']') && !s.ends_with(')') {
        return None;
    }
    let open = if s.ends_with(']') { '[' } else { '(' };
    let at = s.rfind(open)?;
    let before = &s[..at];
    (at > 0 && before.ends_with(char::is_whitespace) && is_editor_initials(&s[at..])).then_some(at)
}

pub fn is_byline(s: &str) -> bool {
    s.len() <= 120
        && (BYLINE_PREFIXES
            .iter()
            .any(|p| starts_with_ignore_case(s, p))
            || is_english_byline(s))
}

/// "By Andrew Jeong and Min Joo Kim": "By" and a few capitalized names, no final period.
/// "By 2030, ..." and "By then the talks had ended." are sentences.
fn is_english_byline(s: &str) -> bool {
    let Some(names) = s.strip_prefix("By ") else {
        return false;
    };
    let words: Vec<&str> = names.split_whitespace().collect();
    (1..=8).contains(&words.len())
        && !s.ends_with(['.', '!', '?'])
        && words
            .iter()
            .all(|w| matches!(*w, "and" | "dan" | "&") || w.starts_with(|c: char| c.is_uppercase()))
}

/// A line holding only a date and perhaps a time: "Minggu, 26 Februari 2023",
/// "8 Januari 2021 07:15 WIB", "09/08/2021 14.30".
pub fn is_date_line(s: &str) -> bool {
    if s.len() > 80 {
        return false;
    }
    let (mut month, mut number, mut numeric_date) = (false, false, false);
    for token in s
        .split(|c: char| c.is_whitespace() || c == ',')
        .filter(|t| !t.is_empty())
    {
        let lower = token.trim_end_matches(['.', ':']).to_lowercase();
        if MONTHS.contains(&lower.as_str()) {
            month = true;
        } else if DATE_WORDS.contains(&lower.as_str()) {
        } else if is_number_like(&lower, &[':', '.']) {
            number = true;
        } else if is_number_like(&lower, &['/', '-']) && lower.contains(['/', '-']) {
            numeric_date = true;
        } else {
            return false;
        }
    }
    (month && number) || numeric_date
}

/// Digits, possibly joined by the given separators: "2023", "07:15", "14.30", "9/8/2021".
fn is_number_like(token: &str, separators: &[char]) -> bool {
    token.starts_with(|c: char| c.is_ascii_digit())
        && token.len() <= 10
        && token
            .chars()
            .all(|c| c.is_ascii_digit() || separators.contains(&c))
}

/// The separator after a dateline: "WASHINGTON - Menteri …", "Jakarta, CNN Indonesia -- …".
const DATELINE_SEPARATORS: &[&str] = &[" -- ", " - ", " – ", " — "];

/// A dateline on its own line: "WASHINGTON -", "Washington (ANTARA) -".
fn is_dateline_only(s: &str) -> bool {
    let head = s.trim_end_matches(['-', '–', '—']);
    head.len() < s.len() && head.ends_with(' ') && looks_like_dateline(head.trim_end())
}

/// Where the body starts after a dateline opening a paragraph: "WASHINGTON - Menteri …"
/// gives the offset of "Menteri".
fn dateline_prefix(s: &str) -> Option<usize> {
    let window = &s[..floor_char_boundary(s, 72)];
    let (at, sep) = window
        .bytes()
        .enumerate()
        .filter(|&(_, b)| b == b' ')
        .find_map(|(at, _)| {
            DATELINE_SEPARATORS
                .iter()
                .find(|sep| window[at..].starts_with(**sep))
                .map(|sep| (at, sep))
        })?;
    let body = &s[at + sep.len()..];
    let starts_sentence = body
        .chars()
        .next()
        .is_some_and(|c| c.is_uppercase() || matches!(c, '“' | '"'));
    (starts_sentence && looks_like_dateline(&s[..at])).then_some(at + sep.len())
}

fn floor_char_boundary(s: &str, at: usize) -> usize {
    let mut at = at.min(s.len());
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// "WASHINGTON", "JAKARTA, KOMPAS.com", "Washington (ANTARA)", "Jakarta, CNN Indonesia".
fn looks_like_dateline(prefix: &str) -> bool {
    let words: Vec<&str> = prefix.split_whitespace().collect();
    if words.is_empty() || words.len() > 6 || prefix.len() > 60 {
        return false;
    }
    let first = words[0].trim_end_matches(',');
    let shouting = first.chars().count() >= 3 && first.chars().all(|c| c.is_uppercase());
    // "(ANTARA)", "(Reuters)", "(VOA)": a news agency in parentheses
    let agency = words.iter().any(|w| {
        w.starts_with('(')
            && w.ends_with(')')
            && w[1..].starts_with(|c: char| c.is_uppercase())
            && w.len() > 3
    });
    let capitalized = prefix.contains(',')
        && words
            .iter()
            .all(|w| w.starts_with(|c: char| c.is_uppercase()));
    // "KOMPAS.com", "Liputan6.com": a news site's name alone
    let site = words.len() <= 2 && {
        let lower = first.to_ascii_lowercase();
        [".com", ".co", ".id", ".net"]
            .iter()
            .any(|tld| lower.ends_with(tld))
    };
    shouting || agency || capitalized || site
}

/// Where a photo credit ending the line begins, if there is one.
fn credit_start(s: &str) -> Option<usize> {
    if let Some(at) = parenthesized_credit(s) {
        return Some(at);
    }
    let candidates = credit_candidates(s);
    // "ANTARA/REUTERS/Leah Millis/am." or "ANTARA FOTO/Sigid Kurniawan/foc."
    let agency = candidates
        .iter()
        .copied()
        .find(|&at| is_agency_credit(&s[at..]));
    // "Foto: AP" or "FOTO: dok. Humas" after the caption's last sentence
    agency.or_else(|| {
        candidates.iter().copied().find(|&at| {
            let rest = &s[at..];
            rest.len() <= 80
                && ["foto:", "foto :", "photo:"]
                    .iter()
                    .any(|p| starts_with_ignore_case(rest, p))
        })
    })
}

/// "(Foto: Lee Jin-man via REUTERS)" or "(foto: AP)." at the end of the line.
fn parenthesized_credit(s: &str) -> Option<usize> {
    let body = s.strip_suffix('.').unwrap_or(s);
    let body = body.strip_suffix(')')?;
    let open = body.rfind('(')?;
    let inner = body[open + 1..].trim();
    let ok = inner.len() <= 120
        && !inner.contains(')')
        && CREDIT_OPENINGS
            .iter()
            .any(|p| starts_with_ignore_case(inner, p));
    ok.then_some(open)
}

/// Candidate starts of a trailing credit: the line start (for a short line) and every word
/// after ". " within the last 120 bytes.
fn credit_candidates(s: &str) -> Vec<usize> {
    let from = floor_char_boundary(s, s.len().saturating_sub(120));
    let bytes = s.as_bytes();
    let mut candidates = Vec::new();
    if s.len() <= 120 {
        candidates.push(0);
    }
    for at in from..bytes.len().saturating_sub(1) {
        if bytes[at] == b'.' && bytes[at + 1] == b' ' {
            candidates.push(at + 2);
        }
    }
    candidates
}

fn is_agency_credit(rest: &str) -> bool {
    let rest = rest.trim();
    let Some((agency, _)) = rest.split_once('/') else {
        return false;
    };
    let letters = agency.chars().filter(|c| c.is_alphabetic()).count();
    letters >= 2
        && agency.chars().all(|c| c.is_uppercase() || c == ' ')
        && !rest.trim_end_matches('.').contains(". ")
}

/// A paragraph printed twice in a row is a caption: scrapers print a figure's caption once
/// under the image and once from its alt text. Titles are decided later and win.
fn mark_repeats_printed_twice(text: &str, blocks: &mut [Block]) {
    for i in 1..blocks.len() {
        let (a, b) = (&blocks[i - 1], &blocks[i]);
        if a.kind == BlockKind::Paragraph
            && b.kind == BlockKind::Paragraph
            && a.span.of(text) == b.span.of(text)
            && !looks_like_title(a.span.of(text))
        {
            blocks[i - 1].kind = BlockKind::Caption;
            blocks[i].kind = BlockKind::Caption;
        }
    }
}

/// The first paragraph is the title when it is shaped like one: short and without a final
/// period ("Menlu AS dan Korsel Bahas Cara-Cara untuk Berdialog dengan Korut"). Clutter,
/// date lines and a lead photo's caption may come before it.
fn mark_title(text: &str, blocks: &mut [Block]) {
    if let Some(b) = blocks.iter_mut().find(|b| b.kind == BlockKind::Paragraph) {
        if looks_like_title(b.span.of(text)) {
            b.kind = BlockKind::Title;
        }
    }
}

fn looks_like_title(s: &str) -> bool {
    let words = s.split_whitespace().count();
    words <= 30
        && s.len() <= 300
        && !s.ends_with(['.', ',', ';', ':', '”', '"', ')'])
        && s.chars().next().is_some_and(|c| !c.is_lowercase())
}

/// An exact repeat of an earlier block (a caption printed twice, a repeated title, a repeated
/// scraped body) becomes a duplicate of the first occurrence and takes its kind.
fn mark_duplicates(text: &str, blocks: &mut [Block]) {
    let mut first: FastMap<&str, usize> =
        FastMap::with_capacity_and_hasher(blocks.len(), Default::default());
    for i in 0..blocks.len() {
        let key = blocks[i].span.of(text);
        match first.get(key) {
            Some(&j) => {
                blocks[i].duplicate_of = Some(j);
                blocks[i].kind = blocks[j].kind;
            }
            None => {
                first.insert(key, i);
            }
        }
    }
}

/// A line found in enough documents of the article's origin is clutter as a whole line,
/// whatever its wording: a site's WhatsApp invitation ("Dapatkan informasi terkini … di kanal
/// WhatsApp kami."), its slogan, its menu labels. Only lines that would be translated change; a
/// line of meta and credits alone ("Minggu, 26 Februari 2023", "Editor: Yakop") keeps its
/// kinds. This runs before the title is chosen, so a repeated slogan above the headline does
/// not take the title.
fn mark_repeated_lines(text: &str, blocks: &mut Vec<Block>, repeated: &RepeatedLines) {
    if repeated.is_empty() {
        return;
    }
    let mut marked = Vec::with_capacity(blocks.len());
    let mut i = 0;
    while i < blocks.len() {
        // blocks[i..j] are the blocks of one line; together they span it, trimmed
        let after = blocks[i].span.end;
        let line_end = text[after..].find('\n').map_or(text.len(), |at| after + at);
        let j = i + blocks[i..]
            .iter()
            .take_while(|b| b.span.start < line_end)
            .count();
        let line = Span::new(blocks[i].span.start, blocks[j - 1].span.end);
        let translated = blocks[i..j].iter().any(|b| {
            matches!(
                b.kind,
                BlockKind::Title | BlockKind::Paragraph | BlockKind::Caption
            )
        });
        if translated && repeated.contains(line.of(text)) {
            marked.push(block(BlockKind::Boilerplate, line));
        } else {
            marked.extend_from_slice(&blocks[i..j]);
        }
        i = j;
    }
    *blocks = marked;
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(BlockKind, &str, Option<usize>)> {
        find_blocks(text)
            .into_iter()
            .map(|b| (b.kind, b.span.of(text), b.duplicate_of))
            .collect()
    }

    use BlockKind::*;

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
            ("Sumber: Reuters", Meta),
            ("Minggu, 26 Februari 2023", Meta),
            ("8 Januari 2021 07:15 WIB", Meta),
            ("Diperbarui Senin, 9 Agustus 2021 | 10.15 WIB", Meta),
            ("Published: 26 February 2023", Meta),
            ("March 14, 2023 10:15 AM ET", Meta),
            ("By Andrew Jeong and Min Joo Kim", Meta),
            ("By Jane Doe, VOA News", Meta),
            ("By Monday, the talks had collapsed", Paragraph),
            ("By 2030, half the fleet will be electric.", Paragraph),
            ("By then the talks had ended.", Paragraph),
            ("Read more", Boilerplate),
            ("Kamis, 8 Jul 2021 | 14:25 WIB", Meta),
            ("WASHINGTON -", Meta),
            ("Washington (ANTARA) -", Meta),
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
    fn a_lead_photo_may_come_before_the_title() {
        let text = "Warga mengungsi ke masjid. (Foto: AP)\n\
            Banjir Rendam Ribuan Rumah di Bekasi\n\
            Air mulai surut pada Senin pagi.";
        let got: Vec<BlockKind> = kinds(text).into_iter().map(|k| k.0).collect();
        assert_eq!(got, [Caption, Credit, Title, Paragraph]);
    }

    #[test]
    fn a_first_paragraph_with_a_period_is_no_title() {
        let text = "Harga beras naik lagi.\nPedagang mengeluh.";
        assert_eq!(kinds(text)[0].0, Paragraph);
    }
}
