//! `selaras translate`: articles in, aligned Indonesian–English pairs out.
//!
//! Reads and segments each article, translates in groups of documents (so batches fill up),
//! and streams pairs to the chosen writer in document order. A file output appears only when
//! the run succeeds; a corpus run with `--resume` picks up where an interrupted one stopped.
use super::progress::Terminal;
use anyhow::Context;
use clap::Parser;
use selaras::corpus::{self, CorpusOptions};
use selaras::error::{Error, EXIT_INPUT, EXIT_OK};
use selaras::shard::{self, RunPrints, Shard};
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

    /// Output format [default: tsv]
    #[arg(long, value_parser = super::pair_format())]
    pub format: Option<Format>,

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

    /// Translate only shard I of N (I counted from 0) of the documents, for runs spread over
    /// machines: -o names a directory, which gets part-IIIII-of-NNNNN.jsonl and, once it is
    /// complete, part-IIIII-of-NNNNN.done; `selaras corpus merge DIR` joins the parts into
    /// what one run would have written. A document's shard is a fixed hash of its id; every
    /// shard reads all inputs. Without --shard, and with -o naming a directory, the shard is
    /// taken from a Slurm job array (SLURM_ARRAY_TASK_ID of --shard-count; without it
    /// SLURM_ARRAY_TASK_ID - SLURM_ARRAY_TASK_MIN of SLURM_ARRAY_TASK_COUNT) or a Kubernetes
    /// Indexed Job (JOB_COMPLETION_INDEX of --shard-count). See docs/scale-out.md
    #[arg(long, value_name = "I/N")]
    pub shard: Option<String>,

    /// The number of shards, when the scheduler's index is the shard number: Kubernetes'
    /// JOB_COMPLETION_INDEX, or SLURM_ARRAY_TASK_ID (so that resubmitting some indices with
    /// `sbatch --array=3,7` runs exactly shards 3 and 7)
    #[arg(long, value_name = "N", value_parser = positive, conflicts_with = "shard")]
    pub shard_count: Option<usize>,

    /// Print nothing but errors and warnings (no progress bar, no summary)
    #[arg(short, long)]
    pub quiet: bool,
}

/// The shard this run is, and where that came from: `--shard`, or the scheduler's variables
/// when -o names a directory (or `--shard-count` asks for them).
fn shard_of_run(args: &Args) -> anyhow::Result<Option<(Shard, String)>> {
    if let Some(text) = &args.shard {
        return Ok(Some((Shard::parse(text)?, format!("--shard {text}"))));
    }
    let to_directory = args
        .output
        .as_deref()
        .is_some_and(|out| out.is_dir() || out.as_os_str().to_string_lossy().ends_with('/'));
    if !to_directory && args.shard_count.is_none() {
        return Ok(None);
    }
    let found = Shard::from_env(|name| std::env::var(name).ok(), args.shard_count)?;
    if found.is_none() && args.shard_count.is_some() {
        return Err(Error::Usage(
            "--shard-count needs the scheduler's index (JOB_COMPLETION_INDEX or \
             SLURM_ARRAY_TASK_ID): pass --shard I/N instead"
                .into(),
        )
        .into());
    }
    Ok(found)
}

/// The options that change what a run writes, as `name=value` words for a part's manifest:
/// parts made with other options cannot be merged. Threads, replicas and batching change
/// only the speed, and are left out.
fn output_options(args: &Args) -> String {
    format!(
        "beam={} max_input_tokens={} no_repeat_ngram_size={} source_lang={} target_lang={} \
         repeated_lines={:?} lang_id={:?} read={:?}",
        args.beam,
        args.max_input_tokens,
        args.no_repeat_ngram_size,
        args.source_lang,
        args.target_lang,
        args.repeated.min_documents(),
        args.input.lang_id,
        args.input.read_options(),
    )
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let inputs = corpus::collect_inputs(&args.inputs, args.manifest.as_deref())?;
    let shard = shard_of_run(&args)?;
    if let Some((shard, from)) = &shard {
        return run_shard(args, inputs, *shard, from);
    }
    let format = args.format.unwrap_or(Format::Tsv);
    let destination = Destination::from_arg(args.output.as_deref());
    if matches!(destination, Destination::Path(_)) {
        selaras::interrupt::install();
    }
    args.device.resolve()?; // an unusable --device fails before a model is fetched
    selaras::translate::ct2::library::load()?; // and a missing CTranslate2 library too
    let mut terminal = Terminal::new(args.quiet);
    let model_dir = selaras::model::resolve(args.model.as_deref(), &mut terminal)?;
    let mut model = load_model(&args, &model_dir)?;
    let journal = match (&destination, args.resume) {
        (Destination::Path(path), true) => Some(corpus::journal_path(path)),
        _ => None,
    };
    let options = CorpusOptions {
        dedup_pairs: args.dedup_pairs,
        translated_only: args.translated_only,
        ..corpus_options(&args, journal, None)
    };
    let mut writer = writers::create(format, &destination, &writers::Options::default())
        .with_context(|| format!("opening the {format} output"))?;
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
    Ok(finish(&report, "", args.quiet))
}

/// Prints a run's summary line (after `label`) unless `quiet`, and gives its exit code: an
/// input that could not be read makes it [`EXIT_INPUT`].
fn finish(report: &corpus::CorpusReport, label: &str, quiet: bool) -> i32 {
    if !quiet {
        let failed = match report.failed.len() {
            0 => String::new(),
            n => format!(", {} failed", counted(n, "input", "inputs")),
        };
        let skipped = super::skipped(
            report.bad_lines,
            report.other_language,
            &report.records_skipped,
        );
        eprintln!("selaras: {label}{}{skipped}{failed}", report.summary);
    }
    if report.failed.is_empty() {
        EXIT_OK
    } else {
        EXIT_INPUT
    }
}

/// The model, with the note on stderr of how many replicas memory allowed.
fn load_model(args: &Args, dir: &std::path::Path) -> anyhow::Result<Ct2Model> {
    let model = Ct2Model::load(dir, settings(args))?;
    if let (Some(note), false) = (model.memory_note(), args.quiet) {
        eprintln!("selaras: {note}");
    }
    Ok(model)
}

/// The corpus options of the command line; the corpus-wide filters (--dedup-pairs,
/// --translated-only) are off, for the caller to set where they apply.
fn corpus_options(args: &Args, journal: Option<PathBuf>, shard: Option<Shard>) -> CorpusOptions {
    CorpusOptions {
        read: args.input.read_options(),
        lang_id: args.input.lang_id,
        journal,
        strict: args.input.strict,
        dedup_pairs: false,
        translated_only: false,
        max_input_tokens: Some(args.max_input_tokens),
        repeated_lines: args.repeated.min_documents(),
        line_stats: args.repeated.line_stats.clone(),
        shard,
    }
}

fn settings(args: &Args) -> Settings {
    Settings {
        beam_size: args.beam,
        threads: args.threads,
        replicas: args.replicas,
        batch_tokens: args.batch_tokens,
        batch_size: args.batch_size,
        no_repeat_ngram_size: args.no_repeat_ngram_size,
        device: args.device,
        source_lang: args.source_lang.clone(),
        target_lang: args.target_lang.clone(),
    }
}

/// One shard of a run: its documents into `DIR/part-IIIII-of-NNNNN.jsonl`, then the manifest.
fn run_shard(
    args: Args,
    inputs: Vec<corpus::Planned>,
    shard: Shard,
    from: &str,
) -> anyhow::Result<i32> {
    let usage = |what: &str| -> anyhow::Error { Error::Usage(what.to_string()).into() };
    let Some(dir) = args.output.clone().filter(|o| o.as_os_str() != "-") else {
        return Err(usage(
            "a shard writes a part into a directory: pass -o DIR/ (the same for every shard)",
        ));
    };
    if args.format.is_some_and(|f| f != Format::Jsonl) {
        return Err(usage(
            "a shard's part is JSONL: choose the output format when merging (`selaras corpus \
             merge DIR --format FORMAT -o OUT`)",
        ));
    }
    if args.dedup_pairs || args.translated_only {
        return Err(usage(
            "--dedup-pairs and --translated-only apply to the whole corpus: pass them to \
             `selaras corpus merge`, not to a shard",
        ));
    }
    if inputs
        .iter()
        .any(|i| matches!(i, Ok(selaras::input::Source::Stdin)))
    {
        return Err(usage(
            "shards must read the same inputs, so standard input cannot be sharded: name files",
        ));
    }
    if dir.exists() && !dir.is_dir() {
        return Err(usage(&format!(
            "-o '{}' is a file: a shard writes into a directory",
            dir.display()
        )));
    }
    std::fs::create_dir_all(&dir).with_context(|| format!("creating '{}'", dir.display()))?;
    selaras::interrupt::install();
    args.device.resolve()?;
    selaras::translate::ct2::library::load()?;
    let mut terminal = Terminal::new(args.quiet);
    let model_dir = selaras::model::resolve(args.model.as_deref(), &mut terminal)?;
    let part = shard.part_path(&dir);
    let prints = RunPrints {
        inputs: shard::inputs_fingerprint(&inputs),
        model: shard::model_fingerprint(&model_dir)?,
        options: output_options(&args),
    };
    if !args.quiet {
        eprintln!(
            "selaras: shard {} of {} (from {from}): {}",
            shard.index,
            shard.count,
            part.display()
        );
    }
    if shard::is_done(&dir, shard, &prints) {
        if !args.quiet {
            eprintln!("selaras: this shard is already done (its .done matches this run)");
        }
        return Ok(EXIT_OK);
    }
    let mut model = load_model(&args, &model_dir)?;
    let journal = args.resume.then(|| corpus::journal_path(&part));
    let options = corpus_options(&args, journal, Some(shard));
    let result = shard::translate_shard(&inputs, &mut model, &dir, &options, prints, &mut terminal);
    drop(terminal);
    let (_, report) = result?;
    let label = format!("shard {} of {}: ", shard.index, shard.count);
    Ok(finish(&report, &label, args.quiet))
}

/// A whole number of at least 1, for options where 0 means nothing sensible (`--beam 0`).
pub fn positive(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(0) => Err("must be at least 1".to_string()),
        Ok(n) => Ok(n),
        Err(err) => Err(format!("'{text}' is not a whole number: {err}")),
    }
}
