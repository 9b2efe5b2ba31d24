//! `selaras translate`: articles in, aligned Indonesian–English pairs out.
//!
//! Reads and segments each article, translates in groups of documents (so batches fill up),
//! and streams pairs to the chosen writer in document order. A file output appears only when
//! the run succeeds; a corpus run with `--resume` picks up where an interrupted one stopped.
use crate::corpus::{self, CorpusOptions};
use crate::translate::ct2::{Ct2Model, Settings, DEFAULT_BATCH_TOKENS};
use crate::writers::{Destination, Format};
use clap::Parser;
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(after_help = super::EXIT_CODES_HELP)]
pub struct Args {
    /// Articles to translate: files, directories (their *.txt files, sorted), or - for
    /// standard input
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,

    /// A file listing one input path per line (blank lines and lines starting with # are
    /// skipped), added to INPUT
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,

    /// A CTranslate2 model directory, or the NAME of a fetched model (see `selaras model
    /// list`). Default: $SELARAS_MODEL, else the default model, fetched on first use
    #[arg(long, value_name = "DIR|NAME")]
    pub model: Option<String>,

    /// Output format
    #[arg(long, default_value_t = Format::Tsv, value_parser = super::pair_format())]
    pub format: Format,

    /// Write to FILE instead of standard output (for moses: PREFIX, giving PREFIX.id and
    /// PREFIX.en). The file appears only when the run succeeds
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,

    /// Beam size (1 is greedy search)
    #[arg(long, default_value_t = 4, value_name = "N")]
    pub beam: usize,

    /// Threads per model replica (0: the cores shared among the replicas)
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub threads: usize,

    /// Model replicas decoding batches in parallel (0: one per core, at most 4, or as many
    /// as --threads leaves room for). Each holds its own copy of the weights and its own
    /// batch: --replicas 1 uses the least memory
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub replicas: usize,

    /// Largest batch, in source tokens including padding (sentences are sorted by length
    /// first, so padding stays small). Decoding memory grows with it: peak RSS is about the
    /// weights per replica plus this budget per replica
    #[arg(long, default_value_t = DEFAULT_BATCH_TOKENS, value_name = "N")]
    pub batch_tokens: usize,

    /// Most sentences in one batch
    #[arg(long, default_value_t = 64, value_name = "N")]
    pub batch_size: usize,

    /// Longest input sent to the model, in tokens; longer sentences are split at clause
    /// boundaries, translated in pieces, joined again and flagged (Marian models take 512)
    #[arg(long, default_value_t = 512, value_name = "N")]
    pub max_input_tokens: usize,

    /// Forbid repeating any n-gram of this size in a translation (0: off)
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub no_repeat_ngram_size: usize,

    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the file
    #[arg(long)]
    pub lossy: bool,

    /// Keep a journal next to the output and, when run again, skip the documents it lists
    /// as finished (needs -o)
    #[arg(long, requires = "output")]
    pub resume: bool,

    /// Stop at the first unreadable input instead of reporting it and going on
    #[arg(long)]
    pub strict: bool,

    /// Drop pairs whose source and target both repeat an earlier pair exactly
    #[arg(long)]
    pub dedup_pairs: bool,

    /// Write only the pairs the model translated, leaving out the segments kept verbatim
    /// (photo credits, editor initials): for parallel corpora
    #[arg(long)]
    pub translated_only: bool,

    /// Print nothing but errors (no progress bar, no summary)
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let inputs = corpus::collect_inputs(&args.inputs, args.manifest.as_deref())?;
    let destination = Destination::from_arg(args.output.as_deref());
    if matches!(destination, Destination::Path(_)) {
        crate::interrupt::install();
    }
    let model_dir = crate::model::resolve(args.model.as_deref())?;
    let settings = Settings {
        beam_size: args.beam.max(1),
        threads: args.threads,
        replicas: args.replicas,
        batch_tokens: args.batch_tokens.max(1),
        batch_size: args.batch_size.max(1),
        no_repeat_ngram_size: args.no_repeat_ngram_size,
    };
    let mut model = Ct2Model::load(&model_dir, settings)?;
    let options = CorpusOptions {
        format: args.format,
        destination,
        lossy: args.lossy,
        resume: args.resume,
        strict: args.strict,
        dedup_pairs: args.dedup_pairs,
        translated_only: args.translated_only,
        quiet: args.quiet,
        max_input_tokens: args.max_input_tokens.max(1),
    };
    let result = corpus::translate_corpus(&inputs, &mut model, &options);
    match (result, &options.destination) {
        // Name the output that was not written.
        (Err(err), Destination::Path(path)) if is_interrupted(&err) => {
            Err(err.context(format!("'{}'", path.display())))
        }
        (result, _) => result,
    }
}

fn is_interrupted(err: &anyhow::Error) -> bool {
    matches!(
        err.downcast_ref::<crate::error::Error>(),
        Some(crate::error::Error::Interrupted { .. })
    )
}
