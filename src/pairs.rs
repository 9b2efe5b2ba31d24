//! Stage 5: aligned Indonesian–English pairs, with scores and flags.
//!
//! A [`Pair`] comes either from translation (one segment and its translation) or from
//! alignment (a bead of zero or more sentences on each side). Writers see only pairs.
use crate::segment::{Segment, SegmentKind};
use serde::{Deserialize, Serialize};

/// Something suspicious about a pair, for a reviewer to look at.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Flag {
    /// the translation is empty
    Empty,
    /// the translation is a copy of the source
    Copy,
    /// target/source length ratio outside 0.3–3
    LengthRatio,
    /// the translation repeats an n-gram
    RepeatedNgram,
    /// the source was longer than the model's input limit and was split at clause boundaries
    SplitLong,
    /// characters that XML 1.0 forbids were removed from the text
    XmlCharsRemoved,
    /// an alignment bead with one side empty (0-1 or 1-0)
    Unaligned,
    /// the model failed on this sentence even alone; it was kept untranslated (empty target)
    ModelError,
}

impl Flag {
    pub fn name(&self) -> &'static str {
        match self {
            Flag::Empty => "empty",
            Flag::Copy => "copy",
            Flag::LengthRatio => "length_ratio",
            Flag::RepeatedNgram => "repeated_ngram",
            Flag::SplitLong => "split_long",
            Flag::XmlCharsRemoved => "xml_chars_removed",
            Flag::Unaligned => "unaligned",
            Flag::ModelError => "model_error",
        }
    }
}

/// Which sentences of each side an alignment bead joins (0-based sentence indices).
#[derive(Clone, Debug, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bead {
    pub source: Vec<usize>,
    pub target: Vec<usize>,
}

/// One aligned pair, in document order: what every pair has (the English, a score, flags)
/// and where it comes from. Serialized, a pair is its JSONL record (`writers::jsonl`), the
/// one JSON shape of a pair: the resume journal stores the same records.
#[derive(Clone, Debug, PartialEq)]
pub struct Pair {
    pub origin: Origin,
    /// the English text
    pub target: String,
    /// length-normalized log-probability (translation) or bead score (alignment)
    pub score: Option<f64>,
    pub flags: Vec<Flag>,
}

/// Where a pair comes from.
#[derive(Clone, Debug, PartialEq)]
pub enum Origin {
    /// one segment of the Indonesian article and its machine translation
    Translated { segment: Segment },
    /// an alignment bead: sentences of the Indonesian article (joined by spaces in `source`)
    /// and of its English version
    Aligned {
        doc: String,
        /// the bead's index in the document
        seq: usize,
        kind: SegmentKind,
        source: String,
        bead: Bead,
    },
}

impl Pair {
    /// A translated segment's pair.
    pub fn translated(
        segment: Segment,
        target: String,
        score: Option<f64>,
        flags: Vec<Flag>,
    ) -> Pair {
        Pair {
            origin: Origin::Translated { segment },
            target,
            score,
            flags,
        }
    }

    /// The document's id.
    pub fn doc(&self) -> &str {
        match &self.origin {
            Origin::Translated { segment } => &segment.doc,
            Origin::Aligned { doc, .. } => doc,
        }
    }

    /// The segment's `seq` (translation) or the bead's index (alignment).
    pub fn seq(&self) -> usize {
        match &self.origin {
            Origin::Translated { segment } => segment.seq,
            Origin::Aligned { seq, .. } => *seq,
        }
    }

    pub fn kind(&self) -> SegmentKind {
        match &self.origin {
            Origin::Translated { segment } => segment.kind,
            Origin::Aligned { kind, .. } => *kind,
        }
    }

    /// The Indonesian text.
    pub fn source(&self) -> &str {
        match &self.origin {
            Origin::Translated { segment } => &segment.text,
            Origin::Aligned { source, .. } => source,
        }
    }

    /// The segment behind a translated pair.
    pub fn segment(&self) -> Option<&Segment> {
        match &self.origin {
            Origin::Translated { segment } => Some(segment),
            Origin::Aligned { .. } => None,
        }
    }

    /// The bead behind an aligned pair.
    pub fn bead(&self) -> Option<&Bead> {
        match &self.origin {
            Origin::Translated { .. } => None,
            Origin::Aligned { bead, .. } => Some(bead),
        }
    }

    /// Whether the model translated this pair's source here: not kept verbatim (a credit,
    /// editor's initials, a repeat of an earlier segment) and not failed (`model_error`).
    pub fn is_translated(&self) -> bool {
        self.segment().is_some_and(|s| s.translate) && !self.flags.contains(&Flag::ModelError)
    }
}
