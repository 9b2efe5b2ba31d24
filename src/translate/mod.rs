//! Stage 4: translation.
//!
//! Everything outside this folder sees only the small [`Translate`] interface. [`ct2`] is the
//! one module that talks to ct2rs; other backends (precomputed translations for
//! `align --mt-file`, say) implement the same trait.
pub mod ct2;
pub mod mtfile;
pub mod pipeline;

use crate::input::Article;
use crate::segment::segment_article;
use crate::sentences::Lang;
use crate::writers::PairWriter;
use pipeline::{Pipeline, Summary};

/// The model's translation of one source sentence.
#[derive(Clone, Debug, PartialEq)]
pub struct Translation {
    pub text: String,
    /// length-normalized log-probability, when the backend has one
    pub score: Option<f64>,
}

/// A backend that translates plain-text sentences.
pub trait Translate {
    /// Translates `sources` and returns one translation per source, in the same order.
    fn translate(&mut self, sources: &[&str]) -> anyhow::Result<Vec<Translation>>;

    /// How many tokens the model sees for `text` (a word count where the backend has no
    /// tokenizer). A tokenizer that fails is an error, never a count of 0.
    fn count_tokens(&self, text: &str) -> anyhow::Result<usize> {
        Ok(text.split_whitespace().count())
    }

    /// The longest input the model accepts, in tokens; longer sources are split first.
    fn max_input_tokens(&self) -> usize {
        usize::MAX
    }
}

/// Translates one Indonesian article and streams its pairs to `writer` (`begin`, one pair per
/// non-boilerplate segment in document order, `finish`). For many articles, with resuming and
/// progress, see [`crate::corpus::translate_corpus`].
pub fn translate_article(
    article: &Article,
    backend: &mut dyn Translate,
    writer: &mut dyn PairWriter,
) -> anyhow::Result<Summary> {
    let segments = segment_article(article, Lang::Id);
    let mut pipeline = Pipeline::new(backend, None);
    let pairs = pipeline.translate_documents(&[segments])?.remove(0);
    writer.begin()?;
    for pair in &pairs {
        writer.pair(pair)?;
    }
    writer.finish()?;
    Ok(pipeline.summary)
}
