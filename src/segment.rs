//! Stages 1–3 joined: an article becomes typed, lossless [`Segment`]s.
//!
//! [`Segment`] is the record `selaras segment --format jsonl` writes; its field names are a
//! public contract. [`segment_article`] is the one entry point later stages call.
use crate::blocks::{find_blocks_marked, Block, BlockKind};
use crate::input::Article;
use crate::repeated::RepeatedLines;
use crate::sentences::{self, Lang};
use crate::span::Span;
use serde::{Deserialize, Serialize};

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum SegmentKind {
    Title,
    Sentence,
    Caption,
    Credit,
    Meta,
    Boilerplate,
}

/// One segment of a document. `span` points into the article's normalized text.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Segment {
    /// file stem, or "-" for standard input
    pub doc: String,
    /// block index
    pub block: usize,
    /// index within the document
    pub seq: usize,
    pub kind: SegmentKind,
    pub text: String,
    pub span: Span,
    pub in_quote: bool,
    /// `seq` of the first occurrence, or null
    pub duplicate_of: Option<usize>,
    /// whether the translation stage sends this segment to the model
    pub translate: bool,
}

impl SegmentKind {
    /// The name used in JSONL and TSV: "title", "sentence", ...
    pub fn name(&self) -> &'static str {
        match self {
            SegmentKind::Title => "title",
            SegmentKind::Sentence => "sentence",
            SegmentKind::Caption => "caption",
            SegmentKind::Credit => "credit",
            SegmentKind::Meta => "meta",
            SegmentKind::Boilerplate => "boilerplate",
        }
    }
}

/// Segments an article: blocks are classified, paragraphs and captions split into sentences
/// with `lang`'s rules, and every segment gets its span into `article.text`, its `seq` in
/// document order and its `translate` flag (false for boilerplate, credits, meta and
/// duplicates). A repeated block's segments point at the first occurrence's by `seq`.
pub fn segment_article(article: &Article, lang: Lang) -> Vec<Segment> {
    segment_article_in(article, lang, &RepeatedLines::none())
}

/// [`segment_article`] for an article of a corpus: its lines found in `repeated` (the
/// repeated lines of its origin, see [`crate::repeated`]) are boilerplate, whole. A title the
/// input named ([`Article::title`]) is the title segment.
pub fn segment_article_in(article: &Article, lang: Lang, repeated: &RepeatedLines) -> Vec<Segment> {
    let text = article.text.as_str();
    let blocks = find_blocks_marked(text, lang, repeated, article.title, &article.marks);
    let mut segments: Vec<Segment> = Vec::new();
    // for each block, the seq of its first segment
    let mut first_seq: Vec<usize> = Vec::with_capacity(blocks.len());
    for (index, block) in blocks.iter().enumerate() {
        first_seq.push(segments.len());
        let kind = segment_kind(block.kind);
        for (k, sentence) in block_pieces(text, block, lang).into_iter().enumerate() {
            // (a repeat names an earlier block; a pass that named a later one would be a bug,
            // which the property tests look for in the blocks: here it is no repeat)
            let duplicate_of = block
                .duplicate_of
                .filter(|&b| b < index)
                .map(|b| first_seq[b] + k);
            let seq = segments.len();
            segments.push(Segment {
                doc: article.id.clone(),
                block: index,
                seq,
                kind,
                text: sentence.span.of(text).to_string(),
                span: sentence.span,
                in_quote: sentence.in_quote,
                duplicate_of,
                translate: is_translated(kind) && duplicate_of.is_none(),
            });
        }
    }
    segments
}

/// An article that holds one sentence per line already (`align --presplit`): every line is
/// one body sentence, so segment indices are line numbers; spans point into `article.text`.
pub fn presplit_article(article: &Article) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut start = 0;
    for line in article.text.split_inclusive('\n') {
        let content = line.strip_suffix('\n').unwrap_or(line);
        segments.push(Segment {
            doc: article.id.clone(),
            block: segments.len(),
            seq: segments.len(),
            kind: SegmentKind::Sentence,
            text: content.to_string(),
            span: Span::new(start, start + content.len()),
            in_quote: false,
            duplicate_of: None,
            translate: true,
        });
        start += line.len();
    }
    segments
}

/// The sentences of a block: paragraphs and captions are split, every other kind is one piece.
fn block_pieces(text: &str, block: &Block, lang: Lang) -> Vec<sentences::Sentence> {
    match block.kind {
        BlockKind::Paragraph | BlockKind::Caption => sentences::split_span(text, block.span, lang),
        _ => vec![sentences::Sentence {
            span: block.span,
            in_quote: false,
        }],
    }
}

fn segment_kind(kind: BlockKind) -> SegmentKind {
    match kind {
        BlockKind::Title => SegmentKind::Title,
        BlockKind::Paragraph => SegmentKind::Sentence,
        BlockKind::Caption => SegmentKind::Caption,
        BlockKind::Credit => SegmentKind::Credit,
        BlockKind::Meta => SegmentKind::Meta,
        BlockKind::Boilerplate => SegmentKind::Boilerplate,
    }
}

#[cfg(test)]
impl Segment {
    /// A segment for unit tests of later stages: its block is its seq, its span covers its own
    /// text, and `translate` is set as the segmenter sets it.
    pub(crate) fn example(
        seq: usize,
        kind: SegmentKind,
        text: &str,
        duplicate_of: Option<usize>,
    ) -> Segment {
        Segment {
            doc: "d".into(),
            block: seq,
            seq,
            kind,
            text: text.into(),
            span: Span::new(0, text.len()),
            in_quote: false,
            duplicate_of,
            translate: is_translated(kind) && duplicate_of.is_none(),
        }
    }
}

/// Whether segments of this kind go to the model (before duplicates are taken out).
pub fn is_translated(kind: SegmentKind) -> bool {
    matches!(
        kind,
        SegmentKind::Title | SegmentKind::Sentence | SegmentKind::Caption
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn article(text: &str) -> Article {
        Article {
            id: "uji".into(),
            text: text.into(),
            title: None,
            marks: Vec::new(),
        }
    }

    #[test]
    fn segments_carry_kinds_spans_and_duplicates() {
        let text = "Banjir Rendam Ribuan Rumah\n\n\
            Warga mengungsi. (Foto: AP)\n\
            Warga mengungsi. (Foto: AP)\n\n\
            JAKARTA - Air naik. Warga panik.\n\
            Baca juga: Banjir Lagi\n\
            Air naik. Warga panik. [uh/ab]";
        let segments = segment_article(&article(text), Lang::Id);
        let got: Vec<(&str, &str, Option<usize>, bool)> = segments
            .iter()
            .map(|s| (s.kind.name(), s.text.as_str(), s.duplicate_of, s.translate))
            .collect();
        assert_eq!(
            got,
            vec![
                ("title", "Banjir Rendam Ribuan Rumah", None, true),
                ("caption", "Warga mengungsi.", None, true),
                ("credit", "(Foto: AP)", None, false),
                ("caption", "Warga mengungsi.", Some(1), false),
                ("credit", "(Foto: AP)", Some(2), false),
                ("meta", "JAKARTA -", None, false),
                ("sentence", "Air naik.", None, true),
                ("sentence", "Warga panik.", None, true),
                ("boilerplate", "Baca juga: Banjir Lagi", None, false),
                ("sentence", "Air naik.", Some(6), false),
                ("sentence", "Warga panik.", Some(7), false),
                ("meta", "[uh/ab]", None, false),
            ]
        );
        for (seq, s) in segments.iter().enumerate() {
            assert_eq!(s.seq, seq);
            assert_eq!(s.span.of(text), s.text);
        }
    }

    #[test]
    fn a_title_the_input_named_is_the_title() {
        // The headline ends with a period and reads like a sentence; a line in the body has a
        // headline's shape. Neither matters when the input named the title.
        let title = "Pemerintah menaikkan harga beras pekan ini.";
        let text = format!(
            "{title}\n\nHarga Beras Naik Lagi\n\nJAKARTA - Pemerintah menaikkan harga beras \
             pekan ini karena pasokan dari daerah berkurang. Pedagang di pasar mengeluh."
        );
        let titled = Article {
            id: "uji".into(),
            text: text.clone(),
            title: Some(Span::new(0, title.len())),
            marks: Vec::new(),
        };
        let segments = segment_article(&titled, Lang::Id);
        let titles: Vec<&str> = segments
            .iter()
            .filter(|s| s.kind == SegmentKind::Title)
            .map(|s| s.text.as_str())
            .collect();
        assert_eq!(titles, [title]);
        assert_eq!(segments[0].span, Span::new(0, title.len()));
        for s in &segments {
            assert_eq!(s.span.of(&text), s.text);
        }
        // without it, the first line is a sentence
        let guessed = segment_article(&article(&text), Lang::Id);
        assert_ne!(guessed[0].kind, SegmentKind::Title);
    }

    #[test]
    fn empty_article_has_no_segments() {
        for text in ["", "\n\n", "   \n\t\n"] {
            assert!(segment_article(&article(text), Lang::Id).is_empty());
        }
    }
}
