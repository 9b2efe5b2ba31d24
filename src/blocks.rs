//! Stage 2: blocks. Classifies every line or paragraph of an article.
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
