//! `selaras translate`: articles in, aligned Indonesian–English pairs out.
//!
//! Reads and segments each article, translates in groups of documents (so batches fill up),
//! and streams pairs to the chosen writer in document order. A file output appears only when
//! the run succeeds; a corpus run with `--resume` picks up where an interrupted one stopped.
use super::progress::Terminal;
use anyhow::Context;
use clap::Parser;
use selaras::corpus::{self, CorpusOptions};
use selaras::error::{EXIT_INPUT, EXIT_OK};
use selaras::translate::ct2::{Ct2Model, Device, Settings, DEFAULT_BATCH_TOKENS};
use selaras::translate::pipeline::counted;
use selaras::writers::{self, Destination, Format};
use std::path::PathBuf;

#[derive(Parser, Debug)]
#[command(after_help = super::EXIT_CODES_HELP)]
pub struct Args {
    /// Articles to translate: files (text, or JSONL dumps of many documents, see
    /// --input-format), directories (their *.txt files, sorted), or - for standard input
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
    #[arg(long, default_value_t = 4, value_name = "N", value_parser = positive)]
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
    #[arg(long, default_value_t = DEFAULT_BATCH_TOKENS, value_name = "N", value_parser = positive)]
    pub batch_tokens: usize,

    /// Most sentences in one batch
    #[arg(long, default_value_t = 64, value_name = "N", value_parser = positive)]
    pub batch_size: usize,

    /// Longest input sent to the model, in tokens; longer sentences are split at clause
    /// boundaries, translated in pieces, joined again and flagged (Marian models take 512)
    #[arg(long, default_value_t = 512, value_name = "N", value_parser = positive)]
    pub max_input_tokens: usize,

    /// Forbid repeating any n-gram of this size in a translation (0: off)
    #[arg(long, default_value_t = 0, value_name = "N")]
    pub no_repeat_ngram_size: usize,

    /// The articles' language, as an ISO code (id, ms, jv, su, en). A multilingual model
    /// (NLLB-200, M2M100, MADLAD-400) is told it by its language token; an OPUS-MT model has
    /// one language pair and ignores it. A language the model lacks is an error that lists
    /// what it has
    #[arg(long, default_value = "id", value_name = "ISO")]
    pub source_lang: String,

    /// The language to translate into, as an ISO code (see --source-lang)
    #[arg(long, default_value = "en", value_name = "ISO")]
    pub target_lang: String,

    /// Where the model runs: auto (a CUDA GPU when selaras was built with `--features cuda`
    /// and one is visible, else the CPU), cpu or cuda
    #[arg(long, default_value = "auto", value_parser = super::by_name::<Device>(Device::names()))]
    pub device: Device,

    #[command(flatten)]
    pub input: super::InputArgs,

    /// Keep a journal next to the output and, when run again, skip the documents it lists
    /// as finished (needs -o)
    #[arg(long, requires = "output")]
    pub resume: bool,

    /// Drop pairs whose source and target both repeat an earlier pair exactly
    #[arg(long)]
    pub dedup_pairs: bool,

    /// Write only the pairs the model translated, leaving out the segments kept verbatim
    /// (photo credits, editor initials) and those it failed on: for parallel corpora
    #[arg(long)]
    pub translated_only: bool,

    #[command(flatten)]
    pub repeated: super::RepeatedLinesArgs,

    /// Print nothing but errors and warnings (no progress bar, no summary)
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let inputs = corpus::collect_inputs(&args.inputs, args.manifest.as_deref())?;
    let destination = Destination::from_arg(args.output.as_deref());
    if matches!(destination, Destination::Path(_)) {
        selaras::interrupt::install();
    }
    args.device.resolve()?; // an unusable --device fails before a model is fetched
    selaras::translate::ct2::library::load()?; // and a missing CTranslate2 library too
    let mut terminal = Terminal::new(args.quiet);
    let model_dir = selaras::model::resolve(args.model.as_deref(), &mut terminal)?;
    let settings = Settings {
        beam_size: args.beam,
        threads: args.threads,
        replicas: args.replicas,
        batch_tokens: args.batch_tokens,
        batch_size: args.batch_size,
        no_repeat_ngram_size: args.no_repeat_ngram_size,
        device: args.device,
        source_lang: args.source_lang.clone(),
        target_lang: args.target_lang.clone(),
    };
    let mut model = Ct2Model::load(&model_dir, settings)?;
    if let (Some(note), false) = (model.memory_note(), args.quiet) {
        eprintln!("selaras: {note}");
    }
    let options = CorpusOptions {
        read: args.input.read_options(),
        lang_id: args.input.lang_id,
        journal: match (&destination, args.resume) {
            (Destination::Path(path), true) => Some(corpus::journal_path(path)),
            _ => None,
        },
        strict: args.input.strict,
        dedup_pairs: args.dedup_pairs,
        translated_only: args.translated_only,
        max_input_tokens: Some(args.max_input_tokens),
        repeated_lines: args.repeated.min_documents(),
    };
    let mut writer = writers::create(args.format, &destination, &writers::Options::default())
        .with_context(|| format!("opening the {} output", args.format))?;
    let result = corpus::translate_corpus(
        &inputs,
        &mut model,
        writer.as_mut(),
        &options,
        &mut terminal,
    );
    drop(terminal);
    let report = match (result, &destination) {
        // Name the output that was not written.
        (Err(err), Destination::Path(path)) if selaras::error::Error::is_interruption(&err) => {
            return Err(err.context(format!("'{}'", path.display())))
        }
        (result, _) => result?,
    };
    if !args.quiet {
        let failed = match report.failed.len() {
            0 => String::new(),
            n => format!(", {} failed", counted(n, "input", "inputs")),
        };
        let skipped = super::skipped(
            report.bad_lines,
            report.other_language,
            &report.records_skipped,
        );
        eprintln!("selaras: {}{skipped}{failed}", report.summary);
    }
    Ok(if report.failed.is_empty() {
        EXIT_OK
    } else {
        EXIT_INPUT
    })
}

/// A whole number of at least 1, for options where 0 means nothing sensible (`--beam 0`).
pub fn positive(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("must be at least 1".to_string()),
        Ok(n) => Ok(n),
        Err(err) => Err(format!("'{text}' is not a whole number: {err}")),
    }
}
