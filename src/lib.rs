//! selaras: Indonesian news articles in, aligned Indonesian–English sentence pairs out.
//!
//! The pipeline, one module per stage, in order:
//! 1. [`input`]: read an article (strict UTF-8, BOM, CRLF) and normalize it to NFC once.
//! 2. [`blocks`]: classify lines and paragraphs as title, paragraph, caption, credit, meta or
//!    boilerplate, and mark exact repeats.
//! 3. [`sentences`]: split paragraphs and captions into sentences with Indonesian (or English)
//!    rules; [`segment`] joins stages 1–3 into the typed, lossless [`segment::Segment`] records.
//! 4. [`translate`]: send the segments marked `translate` to a model (CTranslate2 through
//!    [`translate::ct2`], the only module that touches ct2rs) and map results back by id.
//! 5. [`pairs`]: the aligned Indonesian–English [`pairs::Pair`]s, with scores and flags.
//! 6. [`writers`]: one file per output format, all streaming begin → pair → finish.
//!
//! Beside the pipeline: [`align`] aligns an article with an existing English version,
//! [`model`] lists, fetches and converts OPUS-MT models, [`corpus`] runs many articles
//! resumably (stopping cleanly on Ctrl-C, see [`interrupt`]), and [`eval`] scores segmentation
//! and alignment against gold data.
pub mod align;
pub mod blocks;
pub mod corpus;
pub mod error;
pub mod eval;
pub mod hash;
pub mod input;
pub mod interrupt;
pub mod model;
mod named;
pub mod observe;
pub mod pairs;
pub mod segment;
pub mod sentences;
pub mod span;
pub mod translate;
pub mod writers;
