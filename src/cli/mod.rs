//! The command line: clap types and dispatch, one file per subcommand.
//!
//! `main.rs` calls [`run`] and maps errors to exit codes with [`report`]; every `--help` ends
//! with the table of exit codes, [`selaras::error::EXIT_CODES`].
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};
use selaras::repeated::{DEFAULT_MIN_DOCUMENTS, MIN_DOCUMENTS_FLOOR};
use selaras::writers::Format;
use std::str::FromStr;

pub mod align;
pub mod eval;
mod eval_alignment;
mod eval_blocks;
mod eval_segmentation;
pub mod model;
mod progress;
pub mod segment;
pub mod translate;

/// The text every `--help` ends with: the exit codes, 5 (output not written) included.
pub const EXIT_CODES_HELP: &str = selaras::error::EXIT_CODES;

/// `command` and all its subcommands, at any depth, end their `--help` with the exit codes
/// (`model fetch --help` as much as `segment --help`).
fn with_exit_codes(command: clap::Command) -> clap::Command {
    command
        .after_help(EXIT_CODES_HELP)
        .mut_subcommands(with_exit_codes)
}

#[derive(Parser, Debug)]
#[command(
    name = "selaras",
    version,
    about = "Segment Indonesian news articles, translate them with a local CTranslate2 model, \
and write aligned Indonesian-English sentence pairs",
    after_help = EXIT_CODES_HELP,
    mut_subcommands(with_exit_codes)
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// Split articles into typed sentences (title, sentence, caption, credit, meta,
    /// boilerplate) with byte spans; needs no model
    Segment(segment::Args),
    /// Translate articles sentence by sentence and write aligned Indonesian-English pairs
    Translate(translate::Args),
    /// Align an Indonesian article with an existing English version of it
    Align(align::Args),
    /// List, fetch and convert translation models
    Model(model::Args),
    /// Score segmentation or alignment against gold data
    Eval(eval::Args),
}

/// `--repeated-lines N` and `--no-repeated-lines`, shared by `segment` and `translate`.
#[derive(clap::Args, Debug)]
pub struct RepeatedLinesArgs {
    /// With several articles, a line found in at least N distinct articles of one source is
    /// boilerplate, whatever its wording (a site's footer, slogan or menu labels), and is not
    /// translated. Lines are compared trimmed, case-folded, with every number alike
    /// ("Dibaca 1.234 kali"); the source is the article's directory. At least 2
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MIN_DOCUMENTS,
          value_parser = at_least_two)]
    pub repeated_lines: usize,
    /// Do not look for lines repeated across articles
    #[arg(long, conflicts_with = "repeated_lines")]
    pub no_repeated_lines: bool,
}

impl RepeatedLinesArgs {
    /// The threshold, or `None` when the scan is off.
    pub fn min_documents(&self) -> Option<usize> {
        (!self.no_repeated_lines).then_some(self.repeated_lines)
    }
}

fn at_least_two(text: &str) -> Result<usize, String> {
    match text.parse::<usize>() {
        Ok(n) if n < MIN_DOCUMENTS_FLOOR => Err(format!(
            "must be at least {MIN_DOCUMENTS_FLOOR}: every line is in one article \
             (use --no-repeated-lines to turn the scan off)"
        )),
        Ok(n) => Ok(n),
        Err(err) => Err(format!("'{text}' is not a whole number: {err}")),
    }
}

/// A clap value parser for a library type chosen by name (`--format`, `--lang`): `--help`
/// lists `values`, and the name clap accepted parses into `T` with its `FromStr`. The library
/// types stay free of clap; each gives its names with `names()`.
pub fn by_name<T>(
    values: impl IntoIterator<Item = impl Into<PossibleValue>>,
) -> impl TypedValueParser<Value = T>
where
    T: FromStr + Clone + Send + Sync + 'static,
    T::Err: std::fmt::Display,
{
    PossibleValuesParser::new(values).map(|name| match name.parse::<T>() {
        Ok(value) => value,
        Err(err) => unreachable!("'{name}' is a listed value but does not parse: {err}"),
    })
}

/// The value parser of `translate --format` and `align --format`: `--help` lists each format
/// with its description.
pub fn pair_format() -> impl TypedValueParser<Value = Format> {
    by_name(Format::ALL.map(|format| PossibleValue::new(format.name()).help(format.description())))
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Segment(args) => segment::run(args),
        Command::Translate(args) => translate::run(args),
        Command::Align(args) => align::run(args),
        Command::Model(args) => model::run(args),
        Command::Eval(args) => eval::run(args),
    }
}

/// Prints an error as one line on stderr and returns its exit code.
pub fn report(err: &anyhow::Error) -> i32 {
    if is_broken_pipe(err) {
        return 0;
    }
    let code = selaras::error::Error::of(err)
        .map(selaras::error::Error::exit_code)
        .unwrap_or(1);
    let message: Vec<String> = err.chain().map(|cause| cause.to_string()).collect();
    eprintln!("selaras: error: {}", message.join(": ").replace('\n', " "));
    code
}

fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<std::io::Error>()
            .is_some_and(|io| io.kind() == std::io::ErrorKind::BrokenPipe)
    })
}
