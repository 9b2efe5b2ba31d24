//! `--format jsonl`: one JSON object per line, one line per pair. This module defines the wire
//! format; `Record` is the only place its field names live.
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
//! keeps its empty side (`""` and `[]`), so no sentence disappears.
//!
//! [`Pair`] serializes as this record and reads back from it, so the resume journal, which
//! stores pairs, holds exactly these records.
use super::{PairWriter, Sink};
use crate::pairs::{Bead, Flag, Origin, Pair};
use crate::segment::{Segment, SegmentKind};
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::borrow::Cow;
use std::io::{self, Write};

/// One JSONL line: borrowed from a [`Pair`] when written, owned when read back.
#[derive(Serialize, Deserialize)]
#[serde(untagged)]
enum Record<'a> {
    /// a translated segment: the `segment` record plus `target`, `score` and `flags`
    Translation {
        #[serde(flatten)]
        segment: Cow<'a, Segment>,
        target: Cow<'a, str>,
        score: Option<f64>,
        flags: Cow<'a, [Flag]>,
    },
    /// an alignment bead
    Alignment {
        doc: Cow<'a, str>,
        seq: usize,
        kind: SegmentKind,
        source: Cow<'a, str>,
        target: Cow<'a, str>,
        score: Option<f64>,
        flags: Cow<'a, [Flag]>,
        bead: Cow<'a, Bead>,
    },
}

impl Serialize for Pair {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let (target, score, flags) = (
            Cow::from(&self.target),
            self.score,
            Cow::from(&self.flags[..]),
        );
        let record = match &self.origin {
            Origin::Translated { segment } => Record::Translation {
                segment: Cow::Borrowed(segment),
                target,
                score,
                flags,
            },
            Origin::Aligned {
                doc,
                seq,
                kind,
                source,
                bead,
            } => Record::Alignment {
                doc: Cow::from(doc),
                seq: *seq,
                kind: *kind,
                source: Cow::from(source),
                target,
                score,
                flags,
                bead: Cow::Borrowed(bead),
            },
        };
        record.serialize(serializer)
    }
}

impl<'de> Deserialize<'de> for Pair {
    /// Reads a record back into a pair (for resuming, or post-processing a JSONL corpus).
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Pair, D::Error> {
        Ok(match Record::deserialize(deserializer)? {
            Record::Translation {
                segment,
                target,
                score,
                flags,
            } => Pair::translated(
                segment.into_owned(),
                target.into_owned(),
                score,
                flags.into_owned(),
            ),
            Record::Alignment {
                doc,
                seq,
                kind,
                source,
                target,
                score,
                flags,
                bead,
            } => Pair {
                origin: Origin::Aligned {
                    doc: doc.into_owned(),
                    seq,
                    kind,
                    source: source.into_owned(),
                    bead: bead.into_owned(),
                },
                target: target.into_owned(),
                score,
                flags: flags.into_owned(),
            },
        })
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
        serde_json::to_writer(&mut self.out, pair)?;
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
        let pair = Pair::translated(
            segment(),
            "\"I came,\" he said.".into(),
            Some(-0.25),
            vec![Flag::Copy],
        );
        let line = serde_json::to_string(&pair).unwrap();
        assert!(line.starts_with(r#"{"doc":"berita","block":2,"seq":3,"kind":"sentence","#));
        assert!(line.contains(r#""span":[40,64]"#));
        assert!(
            line.ends_with(r#""target":"\"I came,\" he said.","score":-0.25,"flags":["copy"]}"#)
        );
        let back: Pair = serde_json::from_str(&line).unwrap();
        assert_eq!(back, pair);
    }

    #[test]
    fn an_unaligned_bead_keeps_its_empty_side() {
        let pair = Pair {
            origin: Origin::Aligned {
                doc: "berita".into(),
                seq: 4,
                kind: SegmentKind::Sentence,
                source: String::new(),
                bead: Bead {
                    source: vec![],
                    target: vec![5],
                },
            },
            target: "An added sentence.".into(),
            score: None,
            flags: vec![Flag::Unaligned],
        };
        let line = serde_json::to_string(&pair).unwrap();
        assert_eq!(
            line,
            r#"{"doc":"berita","seq":4,"kind":"sentence","source":"","target":"An added sentence.","score":null,"flags":["unaligned"],"bead":{"source":[],"target":[5]}}"#
        );
        let back: Pair = serde_json::from_str(&line).unwrap();
        assert_eq!(back, pair);
    }
}
