//! Property tests of the segmenter's promises on random and adversarial text: it never panics,
//! spans are ordered and on character boundaries, a paragraph's sentences plus the white
//! space between them give back the paragraph, nothing but white space is left out, and a
//! corpus whose repeated lines are boilerplate segments the same in any document order, and a
//! page in Markdown of any shape gives a well-formed article.
use proptest::prelude::*;
use selaras::blocks::find_blocks;
use selaras::input::{normalize, Article};
use selaras::repeated::{CorpusLines, Origin};
use selaras::segment::{segment_article, segment_article_in, Segment};
use selaras::sentences::{split, split_span, Lang};

/// Pieces that stress the rules: quotes of every kind, dots, abbreviations, numbers, URLs,
/// credits, initials, datelines, white space of every kind and non-Latin text.
const PIECES: &[&str] = &[
    ".",
    "...",
    "…",
    "?",
    "!",
    "“",
    "”",
    "\"",
    "'",
    "’",
    "(",
    ")",
    "[uh/ab]",
    "(Foto: AP)",
    "ANTARA/REUTERS/Leah Millis/am.",
    "WASHINGTON - ",
    "AFP/EVAN VUCCIPresiden",
    "ANTARA FOTO/Aprillio Akbar/tomPetugas",
    "rupiahFoto: Bagus/detikcom",
    "Reuters/Antara Foto",
    "FILE - ",
    "Image caption, ",
    "(kem)",
    "(*)",
    "contributed to this report.",
    "Jakarta ● ",
    "berikut:",
    "- ",
    "1. ",
    "Dr.",
    "dll.",
    "S.H.",
    "H.R.",
    "No.",
    "1.400",
    "(6/8).",
    "www.contoh.co.id.",
    " ",
    "  ",
    "\n",
    "\n\n",
    "\t",
    "\u{a0}",
    "\u{2028}",
    "Ia",
    "Menteri",
    "harga",
    "kata",
    "A",
    "Ünïcödé",
    "日本語",
    "😀",
    "e\u{301}",
];

/// A table piece, or any character at all when the index is past the table.
fn piece() -> impl Strategy<Value = String> {
    (0..PIECES.len() + 2, any::<char>()).prop_map(|(i, c)| match PIECES.get(i) {
        Some(p) => p.to_string(),
        None => c.to_string(),
    })
}

fn adversarial() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..80).prop_map(|pieces| pieces.concat())
}

/// Checks that `sentences` tile `piece` (a span of `text`) with white space between them.
fn assert_lossless(text: &str, start: usize, end: usize, spans: &[(usize, usize)]) {
    let mut at = start;
    for &(s, e) in spans {
        assert!(
            at <= s && s < e && e <= end,
            "span {s}..{e} out of order in {start}..{end}"
        );
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e));
        assert!(
            text[at..s].chars().all(char::is_whitespace),
            "non-space dropped: {:?}",
            &text[at..s]
        );
        let seg = &text[s..e];
        assert_eq!(seg, seg.trim(), "span not trimmed: {seg:?}");
        at = e;
    }
    assert!(text[at..end].chars().all(char::is_whitespace));
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    #[test]
    fn sentences_are_lossless_on_adversarial_text(text in adversarial()) {
        for lang in [Lang::Id, Lang::En] {
            let spans: Vec<(usize, usize)> =
                split(&text, lang).iter().map(|s| (s.span.start, s.span.end)).collect();
            assert_lossless(&text, 0, text.len(), &spans);
        }
    }

    #[test]
    fn sentences_are_lossless_on_any_string(text in any::<String>()) {
        let spans: Vec<(usize, usize)> =
            split(&text, Lang::Id).iter().map(|s| (s.span.start, s.span.end)).collect();
        assert_lossless(&text, 0, text.len(), &spans);
    }

    #[test]
    fn every_block_is_given_back_by_its_sentences(raw in adversarial()) {
        let text = normalize(&raw);
        for lang in [Lang::Id, Lang::En] {
            for (k, block) in find_blocks(&text, lang).into_iter().enumerate() {
                // a repeat names an earlier block
                prop_assert!(block.duplicate_of.is_none_or(|first| first < k));
                let span = block.span;
                prop_assert!(!span.is_empty());
                prop_assert!(!span.of(&text).contains('\n'));
                let spans: Vec<(usize, usize)> = split_span(&text, span, lang)
                    .iter()
                    .map(|s| (s.span.start, s.span.end))
                    .collect();
                assert_lossless(&text, span.start, span.end, &spans);
            }
        }
    }

    #[test]
    fn an_article_loses_nothing_but_white_space(raw in adversarial()) {
        let article = Article { id: "uji".into(), text: normalize(&raw), title: None, marks: Vec::new() };
        let segments = segment_article(&article, Lang::Id);
        let spans: Vec<(usize, usize)> =
            segments.iter().map(|s| (s.span.start, s.span.end)).collect();
        assert_lossless(&article.text, 0, article.text.len(), &spans);
        for (seq, s) in segments.iter().enumerate() {
            prop_assert_eq!(s.seq, seq);
            prop_assert_eq!(s.span.of(&article.text), s.text.as_str());
            if let Some(first) = s.duplicate_of {
                // an exact repeat, or a truncated one: a prefix of what it repeats
                prop_assert!(first < seq);
                let repeat = s.text.trim_end_matches(['…', '.', ' ']);
                prop_assert!(segments[first].text.starts_with(repeat), "{:?} repeats {:?}", s.text, segments[first].text);
                prop_assert!(!s.translate);
            }
        }
    }

    #[test]
    fn long_lines_of_one_repeated_piece(p in piece(), n in 1usize..4_000) {
        let text = p.repeat(n);
        let spans: Vec<(usize, usize)> =
            split(&text, Lang::Id).iter().map(|s| (s.span.start, s.span.end)).collect();
        assert_lossless(&text, 0, text.len(), &spans);
        let article = Article { id: "uji".into(), text: normalize(&text), title: None, marks: Vec::new() };
        let _ = segment_article(&article, Lang::Id);
    }
}

/// Pieces of Markdown that stress the reader: every kind of block and inline mark, nested and
/// unclosed, with the text pieces above between them.
const MARKDOWN_PIECES: &[&str] = &[
    "# ",
    "## ",
    "\n===\n",
    "\n---\n",
    "---\ntitle: x\n---\n",
    "Title: Judul\n",
    "Markdown Content:\n",
    "URL Source: http://a\n",
    "**",
    "*",
    "_",
    "__",
    "~~",
    "`",
    "```\n",
    "> ",
    ">> ",
    "- ",
    "1. ",
    "![",
    "](",
    ")",
    "[",
    "]",
    "<br>",
    "<div>",
    "</div>",
    "\\",
    "|",
    "| --- |",
    "[^1]",
    "[^1]: ",
    "    ",
    "&amp;",
    "&#8220;",
];

fn markdown() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        (0..MARKDOWN_PIECES.len()).prop_map(|i| MARKDOWN_PIECES[i].to_string()),
        piece(),
    ];
    prop::collection::vec(piece, 0..80).prop_map(|pieces| pieces.concat())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 512, ..ProptestConfig::default() })]

    /// The Markdown reader never panics, gives a title and marks that are ordered, disjoint
    /// lines of its text on character boundaries, and its article segments without loss.
    #[test]
    fn a_markdown_page_gives_a_well_formed_article(source in markdown()) {
        let article = selaras::input::markdown::from_str(&source, "uji".into());
        let text = &article.text;
        let is_line = |start: usize, end: usize| {
            start < end
                && end <= text.len()
                && text.is_char_boundary(start)
                && text.is_char_boundary(end)
                && !text[start..end].contains('\n')
        };
        if let Some(title) = article.title {
            prop_assert!(is_line(title.start, title.end), "title {title:?} in {text:?}");
        }
        let mut at = 0;
        for (span, _) in &article.marks {
            prop_assert!(at <= span.start && is_line(span.start, span.end), "{span:?} in {text:?}");
            at = span.end;
        }
        let segments = segment_article(&article, Lang::Id);
        let spans: Vec<(usize, usize)> =
            segments.iter().map(|s| (s.span.start, s.span.end)).collect();
        assert_lossless(text, 0, text.len(), &spans);
    }
}

/// Lines for corpora of a few documents: site clutter, numbers that change, headlines, text.
const LINES: &[&str] = &[
    "Dapatkan informasi terkini dan terpercaya seputar berita hari ini langsung di ponsel Anda \
     dengan bergabung di kanal WhatsApp kami.",
    "DAPATKAN informasi terkini dan terpercaya seputar berita hari ini langsung di ponsel  Anda \
     dengan bergabung di kanal WhatsApp kami.",
    "Dibaca 1.234 kali",
    "Dibaca 56 kali",
    "Ekonomi",
    "Harga Beras Naik Lagi",
    "JAKARTA - Harga beras naik lagi pekan ini. Pedagang mengeluh.",
    "Warga mengungsi ke masjid. (Foto: AP)",
    "Minggu, 26 Februari 2023",
    "“Kami berharap harga turun,” kata Budi.",
    "Editor: Yakop",
    "",
];

/// A document: lines from [`LINES`] or adversarial text, and the origin it belongs to.
fn corpus_document() -> impl Strategy<Value = (String, bool)> {
    let line = prop_oneof![
        4 => (0..LINES.len()).prop_map(|i| LINES[i].to_string()),
        1 => adversarial(),
    ];
    (prop::collection::vec(line, 0..8), any::<bool>())
        .prop_map(|(lines, second_site)| (normalize(&lines.join("\n")), second_site))
}

/// Every document's segments when the corpus is scanned and segmented in `order`, by document.
fn segment_corpus(documents: &[(String, bool)], order: &[usize], min: usize) -> Vec<Vec<Segment>> {
    let sites = [
        Origin::Directory("situs-a".into()),
        Origin::site("situs-b.example"),
    ];
    let origin = |second: bool| &sites[usize::from(second)];
    let lines = CorpusLines::scan(
        order
            .iter()
            .map(|&i| (origin(documents[i].1), documents[i].0.as_str())),
        min,
    );
    let mut segments = vec![Vec::new(); documents.len()];
    for &i in order {
        let article = Article {
            id: format!("d{i}"),
            text: documents[i].0.clone(),
            title: None,
            marks: Vec::new(),
        };
        segments[i] = segment_article_in(&article, Lang::Id, lines.of(origin(documents[i].1)));
    }
    segments
}

/// Corpora of up to 12 documents and a shuffled order of them.
fn shuffled_corpus() -> impl Strategy<Value = (Vec<(String, bool)>, Vec<usize>)> {
    prop::collection::vec(corpus_document(), 0..12).prop_flat_map(|documents| {
        let order: Vec<usize> = (0..documents.len()).collect();
        (Just(documents), Just(order).prop_shuffle())
    })
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    /// Repeated lines are counted as a set: a corpus segmented in any order gives every
    /// document the same segments, so `--resume` and sharding give the same bytes.
    #[test]
    fn corpus_segments_do_not_depend_on_document_order(
        (documents, order) in shuffled_corpus(),
        min in 2usize..5,
    ) {
        let in_order: Vec<usize> = (0..documents.len()).collect();
        let first = segment_corpus(&documents, &in_order, min);
        let shuffled = segment_corpus(&documents, &order, min);
        prop_assert_eq!(&first, &shuffled);
        // and the segments stay lossless, whatever became boilerplate
        for ((text, _), segments) in documents.iter().zip(&first) {
            let spans: Vec<(usize, usize)> =
                segments.iter().map(|s| (s.span.start, s.span.end)).collect();
            assert_lossless(text, 0, text.len(), &spans);
        }
    }
}

#[test]
fn huge_line_without_punctuation_is_one_sentence() {
    let text = "abc ".repeat(2_000_000);
    let sentences = split(&text, Lang::Id);
    assert_eq!(sentences.len(), 1);
    assert_eq!(sentences[0].span.end, text.len() - 1);
}

#[test]
fn huge_lines_of_dots_quotes_and_initials_finish() {
    for unit in ["a. ", "“a. ", "A. ", ". ", "\" ", "x.y", "Dr. ", "…"] {
        let text = unit.repeat(200_000);
        let sentences = split(&text, Lang::Id);
        assert!(!sentences.is_empty());
        let spans: Vec<(usize, usize)> = sentences
            .iter()
            .map(|s| (s.span.start, s.span.end))
            .collect();
        assert_lossless(&text, 0, text.len(), &spans);
    }
}
