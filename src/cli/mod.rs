//! The command line: clap types and dispatch, one file per subcommand.
//!
//! `main.rs` calls [`run`] and maps errors to exit codes with [`report`]; every `--help` ends
//! with the table of exit codes, [`selaras::error::EXIT_CODES`].
use clap::builder::{PossibleValue, PossibleValuesParser, TypedValueParser};
use clap::{Parser, Subcommand};
use selaras::input::format::{InputFormat, ReadOptions};
use selaras::input::jsonl::{Fields, MAX_LINE_BYTES};
use selaras::langid::LangId;
use selaras::repeated::{DEFAULT_MIN_DOCUMENTS, MIN_DOCUMENTS_FLOOR};
use selaras::writers::Format;
use std::str::FromStr;

pub mod align;
pub mod corpus;
pub mod eval;
mod eval_alignment;
mod eval_blocks;
mod eval_langid;
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
    /// Corpus runs spread over machines (translate --shard): one count of repeated lines for
    /// all shards (scan), which parts are done (status), and merging them
    Corpus(corpus::Args),
    /// Score segmentation or alignment against gold data
    Eval(eval::Args),
}

/// `--repeated-lines N` and `--no-repeated-lines`, shared by `segment` and `translate`.
#[derive(clap::Args, Debug)]
pub struct RepeatedLinesArgs {
    /// With several articles, a line found in at least N distinct articles of one source is
    /// boilerplate, whatever its wording (a site's footer, slogan or menu labels), and is not
    /// translated. Lines are compared trimmed, case-folded, with every number alike
    /// ("Dibaca 1.234 kali"); the source is a JSONL document's site (its URL host), else the
    /// article's directory. At least 2
    #[arg(long, value_name = "N", default_value_t = DEFAULT_MIN_DOCUMENTS,
          value_parser = at_least_two)]
    pub repeated_lines: usize,
    /// Do not look for lines repeated across articles
    #[arg(long, conflicts_with = "repeated_lines")]
    pub no_repeated_lines: bool,
    /// Read the line counts from FILE, written by `selaras corpus scan` over the same inputs
    /// with the same input options, instead of counting them: what every shard of a run
    /// spread over machines does, so that none reads the corpus twice. Refused when FILE was
    /// counted from other inputs or options
    #[arg(long, value_name = "FILE", conflicts_with = "no_repeated_lines")]
    pub line_stats: Option<std::path::PathBuf>,
}

impl RepeatedLinesArgs {
    /// The threshold, or `None` when the scan is off.
    pub fn min_documents(&self) -> Option<usize> {
        (!self.no_repeated_lines).then_some(self.repeated_lines)
    }
}

/// How inputs are read, shared by `segment` and `translate`: the format, JSONL field names,
/// invalid UTF-8, bad lines and language identification.
#[derive(clap::Args, Debug)]
pub struct InputArgs {
    /// How inputs are read: text (the whole input is one article), jsonl (one JSON document
    /// per line: trafilatura, warc2text --jsonl, giashard and datatrove output are read
    /// without further flags) or html (a saved page: its charset honoured, <h1> the title,
    /// figcaption the caption and credit, nav, aside, footer, share and related boxes
    /// boilerplate; the text rules decide the rest) or markdown (a page a crawler turned into
    /// Markdown: the first # heading the title, emphasis and links read as their text, images
    /// and code dropped, a line of links boilerplate, an emphasized line under an image the
    /// caption, a **bold** opening before a dash the dateline; the text rules decide the rest)
    /// or warc (a crawl: its HTML
    /// responses are the documents, with the target URI as id; other records are counted and
    /// skipped). Default: by file name: *.jsonl and *.ndjson are jsonl, *.html, *.htm and
    /// *.xhtml html, *.md and *.markdown markdown, *.warc warc, anything else text; a further .gz (gzip, several members allowed, as
    /// .warc.gz has one per record) or .zst (zstd) is decompressed. Standard input is text
    /// unless this says otherwise
    #[arg(long, value_name = "FORMAT",
          value_parser = by_name::<InputFormat>(InputFormat::names()))]
    pub input_format: Option<InputFormat>,
    /// JSONL: the field holding the article text (default: the first of text, p, content,
    /// markdown, html); a dotted name such as metadata.body looks inside objects. A field named
    /// markdown is read as Markdown, as --input-format markdown reads a file, and one named
    /// html as a saved page, as --input-format html reads one
    #[arg(long, value_name = "NAME")]
    pub text_field: Option<String>,
    /// JSONL: the field holding the document id (default: the first of id, url, u, source,
    /// metadata.id, metadata.url); a line without one is FILE:LINE
    #[arg(long, value_name = "NAME")]
    pub id_field: Option<String>,
    /// JSONL: the field holding the headline, which becomes the document's title segment
    /// (default: title, metadata.title)
    #[arg(long, value_name = "NAME")]
    pub title_field: Option<String>,
    /// Skip documents that are not in the run's language (Indonesian, which includes Malay;
    /// English for segment --lang en), and count them: auto is on for JSONL documents and off
    /// for text articles, which were named one by one and are always kept
    #[arg(long, value_name = "WHEN", default_value_t = LangId::Auto,
          value_parser = by_name::<LangId>(LangId::names()))]
    pub lang_id: LangId,
    /// Replace invalid UTF-8 with U+FFFD instead of rejecting the file (or the JSONL line)
    #[arg(long)]
    pub lossy: bool,
    #[arg(long, help = format!(
        "Stop with an error at the first unreadable input or bad JSONL line (invalid JSON or \
         UTF-8, no text field, text not a string, longer than {} MiB) instead of reporting it \
         on stderr, skipping it and going on", MAX_LINE_BYTES >> 20))]
    pub strict: bool,
}

impl InputArgs {
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions {
            lossy: self.lossy,
            format: self.input_format,
            fields: Fields {
                text: self.text_field.clone(),
                id: self.id_field.clone(),
                title: self.title_field.clone(),
            },
        }
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

/// What a run skipped, for its summary line: ", 2 bad lines skipped, 5 documents in other
/// languages skipped, 3 responses that are not HTML or Markdown skipped", or nothing.
pub fn skipped(
    bad_lines: usize,
    other_language: usize,
    records: &std::collections::BTreeMap<&'static str, usize>,
) -> String {
    use selaras::translate::pipeline::counted;
    let mut text = String::new();
    if bad_lines > 0 {
        text += &format!(", {} skipped", counted(bad_lines, "bad line", "bad lines"));
    }
    if other_language > 0 {
        text += &format!(
            ", {} in other languages skipped",
            counted(other_language, "document", "documents")
        );
    }
    for (reason, n) in records {
        text += &format!(", {n} {reason} skipped");
    }
    text
}

/// Runs the parsed command line and returns the process exit code.
pub fn run(cli: Cli) -> anyhow::Result<i32> {
    match cli.command {
        Command::Segment(args) => segment::run(args),
        Command::Translate(args) => translate::run(args),
        Command::Align(args) => align::run(args),
        Command::Model(args) => model::run(args),
        Command::Corpus(args) => corpus::run(args),
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
