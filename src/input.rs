//! Stage 1: reading articles.
//!
//! Owns decoding (strict UTF-8 unless lossy, BOM stripped, CRLF accepted) and the single NFC
//! normalization; every later span points into [`Article::text`].

/// One article: its document id (file stem, or "-" for standard input) and its normalized text.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Article {
    pub id: String,
    pub text: String,
}
