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

/// One aligned pair, in document order.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pair {
    pub doc: String,
    /// the segment's `seq` (translation) or the bead's index (alignment)
    pub seq: usize,
    pub kind: SegmentKind,
    pub source: String,
    pub target: String,
    /// length-normalized log-probability (translation) or bead score (alignment)
    pub score: Option<f64>,
    pub flags: Vec<Flag>,
    /// the source segment, when the pair comes from translation
    pub segment: Option<Segment>,
    /// the bead, when the pair comes from alignment
    pub bead: Option<Bead>,
}

impl Pair {
    /// Whether the model translated this pair's source here: not kept verbatim (a credit,
    /// editor's initials, a repeat of an earlier segment) and not failed (`model_error`).
    pub fn is_translated(&self) -> bool {
        self.segment.as_ref().is_some_and(|s| s.translate)
            && !self.flags.contains(&Flag::ModelError)
    }
}
