//! Stages 1–3 joined: an article becomes typed, lossless [`Segment`]s.
//!
//! [`Segment`] is the record `selaras segment --format jsonl` writes; its field names are a
//! public contract.
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
