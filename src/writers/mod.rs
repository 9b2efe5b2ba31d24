//! Stage 6: output formats, one file per format behind one streaming [`PairWriter`] trait.
//!
//! Every writer streams: [`PairWriter::begin`] once, [`PairWriter::pair`] per pair in document
//! order, [`PairWriter::finish`] once. Files are written to a temporary name and renamed into
//! place only by `finish`, so a failed run (an error, or a writer dropped unfinished) leaves no
//! half-written output and no stale temporary file. Standard output is flushed after every pair.
//! The other outputs, [`segments`] (`selaras segment`) and [`beads`] (`align --beads`), go
//! through the same [`Sink`], so every command writes files the same way.
use crate::error::Error;
use crate::pairs::{Flag, Pair};
use crate::segment::SegmentKind;
use std::borrow::Cow;
use std::io;
use std::path::{Path, PathBuf};

pub mod beads;
pub mod html;
pub mod jsonl;
pub mod md;
pub mod moses;
pub mod segments;
pub mod sink;
pub mod text;
pub mod tmx;
pub mod tsv;
pub mod xliff;
mod xml;

pub use sink::Sink;

/// A streaming writer of pairs.
///
/// Call [`begin`](PairWriter::begin) once, [`pair`](PairWriter::pair) for each pair in
/// document order, and [`finish`](PairWriter::finish) once when the run has succeeded.
/// Dropping a writer without `finish` discards its file outputs.
pub trait PairWriter {
    /// Writes the header (if the format has one).
    fn begin(&mut self) -> io::Result<()>;
    /// Writes one pair; on standard output it is flushed before this returns.
    fn pair(&mut self, pair: &Pair) -> io::Result<()>;
    /// Writes the footer, flushes, and moves file outputs into place. Nothing may be written
    /// after it.
    fn finish(&mut self) -> io::Result<()>;
}

/// The output formats, selected with `--format`; [`Format::description`] says what each
/// writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Format {
    Tsv,
    Jsonl,
    Text,
    Tmx,
    Xliff,
    Moses,
    Html,
    Md,
}

crate::named::named_enum!(Format {
    Tsv => "tsv",
    Jsonl => "jsonl",
    Text => "text",
    Tmx => "tmx",
    Xliff => "xliff",
    Moses => "moses",
    Html => "html",
    Md => "md",
}, unknown: |name| format!("unknown format '{name}': use one of {}", Format::names().join(", ")));

impl Format {
    /// What the format writes, in one line (`--help` lists it beside the name).
    pub fn description(self) -> &'static str {
        match self {
            Format::Tsv => "`doc seq kind source target score`, tab-separated, with a header line",
            Format::Jsonl => "one JSON object per pair (see `writers::jsonl` for the schema)",
            Format::Text => "the English article, paragraphs kept",
            Format::Tmx => "TMX 1.4b translation memory",
            Format::Xliff => "XLIFF 2.0, for CAT tools",
            Format::Moses => "two line-parallel files PREFIX.id and PREFIX.en (`-o PREFIX`)",
            Format::Html => "a self-contained side-by-side review page",
            Format::Md => "a two-column Markdown table",
        }
    }

    /// The usual file extension for this format (moses writes `PREFIX.id` and `PREFIX.en`
    /// and has none of its own).
    pub fn extension(self) -> Option<&'static str> {
        match self {
            Format::Tsv => Some("tsv"),
            Format::Jsonl => Some("jsonl"),
            Format::Text => Some("txt"),
            Format::Tmx => Some("tmx"),
            Format::Xliff => Some("xlf"),
            Format::Moses => None,
            Format::Html => Some("html"),
            Format::Md => Some("md"),
        }
    }
}

/// Where a writer's output goes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Destination {
    /// standard output, flushed after every pair
    Stdout,
    /// a file, written atomically; for [`Format::Moses`] a prefix: `PREFIX.id` and `PREFIX.en`
    Path(PathBuf),
}

impl Destination {
    /// `-o FILE` as given on the command line: none or `-` means standard output.
    pub fn from_arg(arg: Option<&Path>) -> Destination {
        match arg {
            None => Destination::Stdout,
            Some(path) if path.as_os_str() == "-" => Destination::Stdout,
            Some(path) => Destination::Path(path.to_path_buf()),
        }
    }
}

/// Settings shared by the writers; `Options::default()` suits a single article.
#[derive(Clone, Debug)]
pub struct Options {
    /// the review page's title (html); defaults to the first pair's document id
    pub title: Option<String>,
    /// pairs scoring below this are shaded in the review page (html) and marked in Markdown.
    /// The default suits translation log-probabilities; alignment should pass its own.
    pub low_score: f64,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            title: None,
            low_score: -1.0,
        }
    }
}

/// Opens a writer of `format` on `destination`.
///
/// File outputs are created as temporary files next to their final path at once, so an
/// unwritable directory fails here, before any work is done (with [`Error::Output`] inside the
/// I/O error, as every write error of a [`Sink`]). Moses needs a path prefix; given standard
/// output it returns an [`io::ErrorKind::InvalidInput`] error carrying [`Error::Usage`].
pub fn create(
    format: Format,
    destination: &Destination,
    options: &Options,
) -> io::Result<Box<dyn PairWriter>> {
    let open = || Sink::open(destination);
    Ok(match format {
        Format::Tsv => Box::new(tsv::TsvWriter::new(open()?)),
        Format::Jsonl => Box::new(jsonl::JsonlWriter::new(open()?)),
        Format::Text => Box::new(text::TextWriter::new(open()?)),
        Format::Tmx => Box::new(tmx::TmxWriter::new(open()?)),
        Format::Xliff => Box::new(xliff::XliffWriter::new(open()?)),
        Format::Html => Box::new(html::HtmlWriter::new(open()?, options.clone())),
        Format::Md => Box::new(md::MdWriter::new(open()?, options.clone())),
        Format::Moses => {
            match destination {
                Destination::Stdout => return Err(io::Error::new(
                    io::ErrorKind::InvalidInput,
                    Error::Usage(
                        "--format moses writes two files PREFIX.id and PREFIX.en: pass -o PREFIX"
                            .into(),
                    ),
                )),
                Destination::Path(prefix) => Box::new(moses::MosesWriter::create(prefix)?),
            }
        }
    })
}

/// The snake_case name of a kind, as in the JSONL records: `"title"`, `"sentence"`, ….
pub fn kind_name(kind: SegmentKind) -> &'static str {
    kind.name()
}

/// The kind a reviewer sees: a sentence inside a quotation shows as `"quote"`.
pub fn display_kind(pair: &Pair) -> &'static str {
    let in_quote = pair.segment().is_some_and(|s| s.in_quote);
    if in_quote && pair.kind() == SegmentKind::Sentence {
        "quote"
    } else {
        kind_name(pair.kind())
    }
}

/// Flag names joined with commas, e.g. `"copy,length_ratio"`.
pub fn flag_list(flags: &[Flag]) -> String {
    flags.iter().map(Flag::name).collect::<Vec<_>>().join(",")
}

/// A pair's flags plus `extra` (if any), sorted and without repeats.
fn flags_with(pair: &Pair, extra: Option<Flag>) -> Vec<Flag> {
    let mut flags = pair.flags.clone();
    flags.extend(extra);
    flags.sort();
    flags.dedup();
    flags
}

/// `text` with every character that `replacement` maps written as its escape, borrowed when
/// none is: the one escaping loop of the TSV ([`tsv::escape`]) and XML formats.
fn escape_chars(text: &str, replacement: impl Fn(char) -> Option<&'static str>) -> Cow<'_, str> {
    if !text.chars().any(|c| replacement(c).is_some()) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match replacement(c) {
            Some(escape) => escaped.push_str(escape),
            None => escaped.push(c),
        }
    }
    Cow::Owned(escaped)
}

/// A score with four decimals, or the empty string.
fn score_text(score: Option<f64>) -> String {
    score.map(|s| fixed(s, 4)).unwrap_or_default()
}

/// `value` with `decimals` decimals, never as a negative zero: -0.00004 gives "0.0000".
fn fixed(value: f64, decimals: usize) -> String {
    let text = format!("{value:.decimals$}");
    match text.strip_prefix('-') {
        Some(rest) if rest.bytes().all(|b| b == b'0' || b == b'.') => rest.to_string(),
        _ => text,
    }
}

/// The text a reader of the English side sees: segments kept verbatim (credits, meta) or that
/// the model failed on (`model_error`) show their source where the target is empty.
fn english_text(pair: &Pair) -> &str {
    let untranslated =
        pair.segment().is_some_and(|s| !s.translate) || pair.flags.contains(&Flag::ModelError);
    if untranslated && pair.target.is_empty() {
        pair.source()
    } else {
        &pair.target
    }
}

/// The error every writer returns when asked to write after `finish`.
fn finished() -> io::Error {
    io::Error::other("output already finished")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fixed_table() {
        let table = [
            (-0.00004, 4, "0.0000"),
            (-0.004, 2, "0.00"),
            (-0.31254, 2, "-0.31"),
            (-0.31254, 4, "-0.3125"),
            (0.0, 2, "0.00"),
            (-2.5, 1, "-2.5"),
            (1.0, 0, "1"),
            (-0.4, 0, "0"),
        ];
        for (value, decimals, expected) in table {
            assert_eq!(fixed(value, decimals), expected, "{value} with {decimals}");
        }
    }

    #[test]
    fn format_names_parse_back() {
        for format in Format::ALL {
            assert_eq!(format.name().parse(), Ok(format));
            assert_eq!(format.to_string(), format.name());
        }
        assert_eq!(
            Format::names(),
            ["tsv", "jsonl", "text", "tmx", "xliff", "moses", "html", "md"]
        );
        let err = "csv".parse::<Format>().unwrap_err();
        assert!(err.contains("'csv'") && err.contains("tsv, jsonl"), "{err}");
    }
}
