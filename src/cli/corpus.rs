//! `selaras corpus`: the parts of a run spread over machines (`translate --shard I/N`): which
//! are done, and merging them into what one run would have written. See docs/scale-out.md.
use clap::{Args as ClapArgs, Subcommand};
use selaras::documents::{self, DocumentOptions};
use selaras::error::{Error, EXIT_INPUT, EXIT_OK};
use selaras::input::Source;
use selaras::repeated::stats::{Header, LineStats};
use selaras::repeated::{LineCensus, DEFAULT_MIN_DOCUMENTS};
use selaras::sentences::Lang;
use selaras::shard::{self, MergeOptions, Shard};
use selaras::translate::pipeline::counted;
use selaras::writers::{self, Destination, Format};
use std::path::PathBuf;

#[derive(ClapArgs, Debug)]
pub struct Args {
    #[command(subcommand)]
    pub command: CorpusCommand,
}

#[derive(Subcommand, Debug)]
pub enum CorpusCommand {
    /// Which shards of the run in DIR are done, missing or stale (made from another input
    /// list, model or options than the others). Prints the shards to run again as a list
    /// that `sbatch --array=` takes. Exit 0 only when every shard is done
    Status {
        /// the directory the shards wrote their parts into
        dir: PathBuf,
    },
    /// Join the parts in DIR into one output, in the order one run would have written the
    /// documents, byte for byte. Refuses (and writes nothing) when a part is missing,
    /// unfinished, cut short, or from another input list, model or option set
    Merge(MergeArgs),
    /// Count the lines of every document of INPUT once and write the counts to STATS, for
    /// every shard of a run to read (`translate --line-stats STATS`) instead of each counting
    /// the whole corpus: lines in several documents of one site are its clutter. Give it the
    /// inputs and input options the shards get. Split over machines with --shard I/N, then
    /// join the parts with `selaras corpus merge-stats`
    Scan(ScanArgs),
    /// Join the parts of a split scan (`corpus scan --shard I/N`, all N of them) into the
    /// counts one scan would have written, byte for byte
    MergeStats(MergeStatsArgs),
}

#[derive(ClapArgs, Debug)]
pub struct ScanArgs {
    /// The run's inputs, as `translate` takes them (files, directories; not standard input,
    /// which a run cannot read twice)
    #[arg(value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// A file listing one input path per line, added to INPUT (as `translate --manifest`)
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// Where the counts go: written whole or not at all
    #[arg(short, long, value_name = "STATS", required = true)]
    pub output: PathBuf,
    /// Count only part I of N of the documents (those whose text hashes to I), to split the
    /// scan over machines; `corpus merge-stats` adds the parts up
    #[arg(long, value_name = "I/N")]
    pub shard: Option<String>,
    /// The run's language, as `segment --lang` (translate runs are id)
    #[arg(long, default_value_t = Lang::Id, value_parser = super::by_name::<Lang>(Lang::names()))]
    pub lang: Lang,
    #[command(flatten)]
    pub input: super::InputArgs,
    /// Print nothing but errors and warnings
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(ClapArgs, Debug)]
pub struct MergeStatsArgs {
    /// The parts, from `corpus scan --shard I/N` for every I of one N
    #[arg(value_name = "PART", required = true)]
    pub parts: Vec<PathBuf>,
    /// Where the counts go: written whole or not at all
    #[arg(short, long, value_name = "STATS", required = true)]
    pub output: PathBuf,
    /// Print nothing but errors
    #[arg(short, long)]
    pub quiet: bool,
}

#[derive(ClapArgs, Debug)]
pub struct MergeArgs {
    /// the directory the shards wrote their parts into
    pub dir: PathBuf,
    /// Output format
    #[arg(long, default_value_t = Format::Jsonl, value_parser = super::pair_format())]
    pub format: Format,
    /// Write to FILE instead of standard output (for moses: PREFIX, giving PREFIX.id and
    /// PREFIX.en). The file appears only when the merge succeeds
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Drop pairs whose source and target both repeat an earlier pair exactly, across all
    /// parts (as `translate --dedup-pairs` does in one run)
    #[arg(long)]
    pub dedup_pairs: bool,
    /// Write only the pairs the model translated (as `translate --translated-only`)
    #[arg(long)]
    pub translated_only: bool,
    /// Print nothing but errors
    #[arg(short, long)]
    pub quiet: bool,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.command {
        CorpusCommand::Status { dir } => status(&dir),
        CorpusCommand::Merge(args) => merge(args),
        CorpusCommand::Scan(args) => scan(args),
        CorpusCommand::MergeStats(args) => merge_stats(args),
    }
}

fn scan(args: ScanArgs) -> anyhow::Result<i32> {
    let inputs = selaras::corpus::collect_inputs(&args.inputs, args.manifest.as_deref())?;
    if inputs
        .iter()
        .any(|input| matches!(input, Ok(Source::Stdin)))
    {
        return Err(Error::Usage(
            "corpus scan counts inputs that every shard reads again: name files, not standard \
             input"
                .into(),
        )
        .into());
    }
    let part = args.shard.as_deref().map(Shard::parse).transpose()?;
    let options = DocumentOptions {
        read: args.input.read_options(),
        lang_id: args.input.lang_id,
        lang: args.lang,
        strict: args.input.strict,
        repeated_lines: None,
        line_stats: None,
        threads: selaras::ordered::default_threads(),
    };
    let mut terminal = super::progress::Terminal::new(args.quiet);
    let mut census = match part {
        Some(part) => LineCensus::of_part(part),
        None => LineCensus::new(DEFAULT_MIN_DOCUMENTS),
    };
    let report = documents::count_lines(&inputs, &options, &mut census, &mut terminal)?;
    let stats = census.into_stats(Header {
        inputs: shard::inputs_fingerprint(&inputs),
        options: options.census_options(),
        part,
    });
    stats.write(&args.output)?;
    let failed: Vec<String> = inputs
        .iter()
        .filter_map(|input| input.as_ref().err())
        .chain(&report.failed)
        .map(ToString::to_string)
        .collect();
    for err in &failed {
        eprintln!("selaras: skipped: {err}");
    }
    if !args.quiet {
        let skipped = super::skipped(report.bad_lines, report.other_language, &Default::default());
        eprintln!(
            "selaras: counted {} of {}{skipped}: {} distinct lines, {} in at least \
             {DEFAULT_MIN_DOCUMENTS} documents of their source; wrote '{}'",
            counted(stats.documents() as usize, "document", "documents"),
            counted(stats.origins(), "source", "sources"),
            stats.lines(),
            stats.repeated(DEFAULT_MIN_DOCUMENTS),
            args.output.display()
        );
    }
    // the counts hold for a run over the same inputs, which skips the same ones
    Ok(if failed.is_empty() {
        EXIT_OK
    } else {
        EXIT_INPUT
    })
}

fn merge_stats(args: MergeStatsArgs) -> anyhow::Result<i32> {
    let mut parts = Vec::new();
    for path in args.parts {
        let stats = LineStats::read(&path)?;
        parts.push((path, stats));
    }
    let count = parts.len();
    let stats = LineStats::merge(parts)?;
    stats.write(&args.output)?;
    if !args.quiet {
        eprintln!(
            "selaras: merged {count} parts: {} of {}, {} distinct lines; wrote '{}'",
            counted(stats.documents() as usize, "document", "documents"),
            counted(stats.origins(), "source", "sources"),
            stats.lines(),
            args.output.display()
        );
    }
    Ok(EXIT_OK)
}

fn status(dir: &std::path::Path) -> anyhow::Result<i32> {
    let status = shard::status(dir)?;
    let list = |shards: &[usize]| match shards {
        [] => "none".to_string(),
        some => shard::ranges(some),
    };
    println!("shards: {}", status.shards);
    println!("done: {} ({})", status.done.len(), list(&status.done));
    println!(
        "missing: {} ({})",
        status.missing.len(),
        list(&status.missing)
    );
    println!(
        "stale: {} ({}){}",
        status.stale.len(),
        list(&status.stale),
        if status.stale.is_empty() {
            ""
        } else {
            ": made from another input list, model or options than the others"
        }
    );
    let rerun = status.to_rerun();
    if rerun.is_empty() {
        println!(
            "all shards are done: merge with `selaras corpus merge {}`",
            dir.display()
        );
        return Ok(EXIT_OK);
    }
    println!("rerun: {rerun}");
    // not done: the exit code of a run with unfinished inputs
    Ok(selaras::error::EXIT_INPUT)
}

fn merge(args: MergeArgs) -> anyhow::Result<i32> {
    if !args.dir.is_dir() {
        return Err(Error::BadInput {
            path: args.dir.display().to_string(),
            problem: "not a directory of parts".into(),
        }
        .into());
    }
    let destination = Destination::from_arg(args.output.as_deref());
    let mut writer = writers::create(args.format, &destination, &writers::Options::default())?;
    let report = shard::merge(
        &args.dir,
        writer.as_mut(),
        MergeOptions {
            dedup_pairs: args.dedup_pairs,
            translated_only: args.translated_only,
        },
    )?;
    if !args.quiet {
        eprintln!(
            "selaras: merged {} shards: {} documents, {} pairs read, {} written",
            report.shards, report.documents, report.pairs_read, report.pairs_written
        );
    }
    Ok(EXIT_OK)
}
