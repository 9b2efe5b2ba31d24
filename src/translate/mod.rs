//! Stage 4: translation.
//!
//! Everything outside this folder sees only the small [`Translate`] interface. [`ct2`] is the
//! one module that talks to ct2rs; other backends (precomputed translations for
//! `align --mt-file`, say) implement the same trait.
pub mod ct2;
pub mod mtfile;
pub mod pipeline;

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
