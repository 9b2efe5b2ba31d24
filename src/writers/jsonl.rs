//! `--format jsonl`: one JSON object per line, one line per pair. This module defines the wire
//! format; [`Record`] is the only place its field names live.
//!
//! A pair from translation is the `selaras segment` object plus the translation:
//! ```text
//! {"doc":"berita","block":2,"seq":3,"kind":"sentence","text":"Ia datang.","span":[40,50],
//!  "in_quote":false,"duplicate_of":null,"translate":true,
//!  "target":"He came.","score":-0.41,"flags":[]}
//! ```
//! - `doc` string, `block` block index, `seq` index in the document, `kind` one of `title`,
//!   `sentence`, `caption`, `credit`, `meta`, `boilerplate`; `text` the Indonesian source;
//!   `span` `[start, end]` byte offsets into the normalized article; `in_quote` bool;
//!   `duplicate_of` the `seq` of the first occurrence or null; `translate` whether the model saw
//!   it (false: kept verbatim);
//! - `target` the English text, `score` the length-normalized log-probability or null, `flags`
//!   a list of `empty`, `copy`, `length_ratio`, `repeated_ngram`, `split_long`,
//!   `xml_chars_removed`, `unaligned`.
//!
//! A pair from alignment (no segment behind it) carries both texts and its bead:
//! ```text
//! {"doc":"berita","seq":4,"kind":"sentence","source":"","target":"An added sentence.",
//!  "score":-2.3,"flags":["unaligned"],"bead":{"source":[],"target":[5]}}
//! ```
//! `bead.source` and `bead.target` are 0-based sentence indices on each side; a 0-1 or 1-0 bead
//! keeps its empty side (`""` and `[]`), so no sentence disappears. `bead` is omitted for a
//! pair that has neither segment nor bead.
use super::{PairWriter, Sink};
use crate::pairs::{Bead, Flag, Pair};
use crate::segment::{Segment, SegmentKind};
use serde::{Deserialize, Serialize};
use std::io::{self, Write};

/// One JSONL line.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(untagged)]
pub enum Record {
    Translation(TranslationRecord),
    Alignment(AlignmentRecord),
}

/// A translated segment: the `segment` record plus `target`, `score` and `flags`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct TranslationRecord {
    /// the `segment` record's fields, inline
    #[serde(flatten)]
    pub segment: Segment,
    pub target: String,
    pub score: Option<f64>,
    pub flags: Vec<Flag>,
}

/// An alignment bead, or any pair without a segment behind it.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct AlignmentRecord {
    pub doc: String,
    pub seq: usize,
    pub kind: SegmentKind,
    pub source: String,
    pub target: String,
    pub score: Option<f64>,
    pub flags: Vec<Flag>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub bead: Option<Bead>,
}

impl From<&Pair> for Record {
    fn from(pair: &Pair) -> Record {
        match &pair.segment {
            Some(segment) => Record::Translation(TranslationRecord {
                segment: segment.clone(),
                target: pair.target.clone(),
                score: pair.score,
                flags: pair.flags.clone(),
            }),
            None => Record::Alignment(AlignmentRecord {
                doc: pair.doc.clone(),
                seq: pair.seq,
                kind: pair.kind,
                source: pair.source.clone(),
                target: pair.target.clone(),
                score: pair.score,
                flags: pair.flags.clone(),
                bead: pair.bead.clone(),
            }),
        }
    }
}

impl From<Record> for Pair {
    /// Reads a record back into a pair (for resuming or post-processing a JSONL corpus).
    fn from(record: Record) -> Pair {
        match record {
            Record::Translation(r) => Pair {
                doc: r.segment.doc.clone(),
                seq: r.segment.seq,
                kind: r.segment.kind,
                source: r.segment.text.clone(),
                target: r.target,
                score: r.score,
                flags: r.flags,
                segment: Some(r.segment),
                bead: None,
            },
            Record::Alignment(r) => Pair {
                doc: r.doc,
                seq: r.seq,
                kind: r.kind,
                source: r.source,
                target: r.target,
                score: r.score,
                flags: r.flags,
                segment: None,
                bead: r.bead,
            },
        }
    }
}

pub struct JsonlWriter {
    out: Sink,
}

impl JsonlWriter {
    pub fn new(out: Sink) -> Self {
        JsonlWriter { out }
    }

    /// Gives back the sink (e.g. a memory sink after `finish`).
    pub fn into_sink(self) -> Sink {
        self.out
    }
}

impl PairWriter for JsonlWriter {
    fn begin(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn pair(&mut self, pair: &Pair) -> io::Result<()> {
        serde_json::to_writer(&mut self.out, &Record::from(pair))?;
        self.out.write_all(b"\n")?;
        self.out.end_pair()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.commit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::span::Span;

    fn segment() -> Segment {
        Segment {
            doc: "berita".into(),
            block: 2,
            seq: 3,
            kind: SegmentKind::Sentence,
            text: "\"Saya datang,\" katanya.".into(),
            span: Span::new(40, 64),
            in_quote: true,
            duplicate_of: Some(1),
            translate: true,
        }
    }

    #[test]
    fn a_translation_pair_round_trips() {
        let pair = Pair {
            doc: "berita".into(),
            seq: 3,
            kind: SegmentKind::Sentence,
            source: segment().text,
            target: "\"I came,\" he said.".into(),
            score: Some(-0.25),
            flags: vec![Flag::Copy],
            segment: Some(segment()),
            bead: None,
        };
        let line = serde_json::to_string(&Record::from(&pair)).unwrap();
        assert!(line.starts_with(r#"{"doc":"berita","block":2,"seq":3,"kind":"sentence","#));
        assert!(line.contains(r#""span":[40,64]"#));
        assert!(
            line.ends_with(r#""target":"\"I came,\" he said.","score":-0.25,"flags":["copy"]}"#)
        );
        let back: Record = serde_json::from_str(&line).unwrap();
        assert_eq!(Pair::from(back), pair);
    }

    #[test]
    fn an_unaligned_bead_keeps_its_empty_side() {
        let pair = Pair {
            doc: "berita".into(),
            seq: 4,
            kind: SegmentKind::Sentence,
            source: String::new(),
            target: "An added sentence.".into(),
            score: None,
            flags: vec![Flag::Unaligned],
            segment: None,
            bead: Some(Bead {
                source: vec![],
                target: vec![5],
            }),
        };
        let line = serde_json::to_string(&Record::from(&pair)).unwrap();
        assert_eq!(
            line,
            r#"{"doc":"berita","seq":4,"kind":"sentence","source":"","target":"An added sentence.","score":null,"flags":["unaligned"],"bead":{"source":[],"target":[5]}}"#
        );
        let back: Record = serde_json::from_str(&line).unwrap();
        assert_eq!(Pair::from(back), pair);
    }
}
