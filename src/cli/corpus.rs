//! `selaras corpus`: the parts of a run spread over machines (`translate --shard I/N`): which
//! are done, and merging them into what one run would have written. See docs/scale-out.md.
use clap::{Args as ClapArgs, Subcommand};
use selaras::error::{Error, EXIT_OK};
use selaras::shard::{self, MergeOptions};
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
    }
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
