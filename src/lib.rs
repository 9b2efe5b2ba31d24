//! selaras: Indonesian news articles in, aligned Indonesian–English sentence pairs out.
//!
//! The pipeline, one module per stage, in order:
//! 1. [`input`]: read an article (strict UTF-8, BOM, CRLF) and normalize it to NFC once; a
//!    JSONL input (plain, gzip or zstd) gives one article per line. [`langid`] then keeps
//!    the documents in Indonesian (or Malay), and [`documents`] walks a run's inputs in order.
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
//! [`model`] lists, fetches and converts models (the catalog is `models/catalog.toml`),
//! [`corpus`] runs many articles resumably (stopping cleanly on Ctrl-C, see [`interrupt`]) and
//! first counts, with [`repeated`], the lines that recur across its documents (boilerplate),
//! [`ordered`] spreads the work on documents over threads with the output in their order,
//! [`shard`] splits a corpus run across machines and merges the parts, and [`eval`] scores
//! segmentation and alignment against gold data.
//!
//! # One entry point per job
//! Each takes plain values and options structs; none prints. Long jobs report progress and
//! warnings to an [`observe::Observer`], and failures are [`error::Error`]s, one class each.
//! - segment an article: [`segment::segment_article`]; an article of a corpus, whose lines
//!   repeated across documents are boilerplate: [`repeated::CorpusLines::scan`], then
//!   [`segment::segment_article_in`];
//! - translate one article to any [`writers::PairWriter`]: [`translate::translate_article`];
//! - translate a corpus, resumably: [`corpus::translate_corpus`]; one shard of it
//!   ([`corpus::CorpusOptions::shard`]), and merge the parts: [`shard::merge`];
//! - align an article with its English version: [`align::align_documents`], then
//!   [`align::Alignment::pairs`];
//! - find or fetch a model: [`model::resolve`], [`model::fetch`].
//!
//! Translating an article with the demonstration model `models/shout`, which writes every
//! sentence in capitals:
//! ```
//! use selaras::input::decode;
//! use selaras::translate::ct2::{Ct2Model, Settings};
//! use selaras::translate::translate_article;
//! use selaras::writers::{tsv::TsvWriter, Sink};
//! use std::path::Path;
//!
//! let text = "Harga Beras Naik\n\nJAKARTA - Harga beras naik lagi pekan ini. [ab/cd]\n";
//! let article = decode(text.as_bytes(), "beras.txt", "beras".into(), false)?;
//! let shout = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/shout");
//! let settings = Settings { replicas: 1, threads: 1, ..Settings::default() };
//! let mut model = Ct2Model::load(&shout, settings)?;
//! let mut writer = TsvWriter::new(Sink::memory());
//! let summary = translate_article(&article, &mut model, &mut writer)?;
//! let tsv = String::from_utf8(writer.into_sink().into_bytes())?;
//! assert_eq!(
//!     tsv.lines().collect::<Vec<_>>(),
//!     [
//!         "doc\tseq\tkind\tsource\ttarget\tscore",
//!         "beras\t0\ttitle\tHarga Beras Naik\tHARGA BERAS NAIK\t0.0000",
//!         "beras\t1\tmeta\tJAKARTA -\tJAKARTA -\t",
//!         "beras\t2\tsentence\tHarga beras naik lagi pekan ini.\tHARGA BERAS NAIK LAGI PEKAN INI.\t0.0000",
//!         "beras\t3\tmeta\t[ab/cd]\t[ab/cd]\t",
//!     ]
//! );
//! assert_eq!(summary.translated, 2);
//! # Ok::<(), anyhow::Error>(())
//! ```
pub mod align;
pub mod blocks;
pub mod corpus;
pub mod documents;
pub mod error;
pub mod eval;
pub mod hash;
pub mod input;
pub mod interrupt;
pub mod langid;
pub mod model;
mod named;
pub mod observe;
pub mod ordered;
pub mod pairs;
mod parse;
pub mod repeated;
pub mod segment;
pub mod sentences;
pub mod shard;
pub mod span;
pub mod translate;
pub mod writers;
