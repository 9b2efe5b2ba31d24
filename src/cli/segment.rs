//! `selaras segment`: articles in, typed lossless segments out (jsonl, tsv or text).
//!
//! All inputs are read and checked before anything is written, and `-o FILE` is written to a
//! temporary file renamed into place on success, so a bad input never leaves half an output.
use crate::input;
use crate::segment::{segment_article, Segment};
use crate::sentences::Lang;
use anyhow::Context;
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
#[command(after_help = super::EXIT_CODES_HELP)]
pub struct Args {
    /// Articles: files, directories (their *.txt files, in sorted order) or - for standard
    /// input; none means standard input
    pub inputs: Vec<PathBuf>,
    /// jsonl: one segment object per line (fields doc, block, seq, kind, text, span, in_quote,
    /// duplicate_of, translate); tsv: the same as columns; text: the segments that would be
    /// translated, one per line
    #[arg(long, value_enum, default_value_t = Format::Jsonl)]
    pub format: Format,
    /// Sentence rules: id (Indonesian) or en (English)
    #[arg(long, value_enum, default_value_t = LangArg::Id)]
    pub lang: LangArg,
    /// Replace invalid UTF-8 with U+FFFD instead of failing
    #[arg(long)]
    pub lossy: bool,
    /// Write to FILE (replaced only when everything succeeded) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum Format {
    Jsonl,
    Tsv,
    Text,
}

/// The `--lang` values; maps onto [`Lang`].
#[derive(clap::ValueEnum, Clone, Copy, Debug, PartialEq, Eq)]
pub enum LangArg {
    Id,
    En,
}

impl From<LangArg> for Lang {
    fn from(lang: LangArg) -> Self {
        match lang {
            LangArg::Id => Lang::Id,
            LangArg::En => Lang::En,
        }
    }
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let articles = input::read_inputs(&args.inputs, args.lossy)?;
    for article in articles.iter().filter(|a| a.text.trim().is_empty()) {
        eprintln!(
            "selaras: warning: '{}' is empty: it has no segments",
            article.id
        );
    }
    let lang = Lang::from(args.lang);
    let write = |out: &mut dyn Write| -> anyhow::Result<()> {
        if args.format == Format::Tsv {
            writeln!(out, "{TSV_HEADER}")?;
        }
        for article in &articles {
            for segment in segment_article(article, lang) {
                write_segment(out, &segment, args.format)?;
            }
        }
        out.flush()?;
        Ok(())
    };
    match &args.output {
        Some(path) => write_atomically(path, write)?,
        None => {
            let stdout = std::io::stdout();
            let mut out = std::io::BufWriter::new(stdout.lock());
            write(&mut out).context("writing to standard output")?;
        }
    }
    Ok(0)
}

pub const TSV_HEADER: &str =
    "doc\tblock\tseq\tkind\tstart\tend\tin_quote\tduplicate_of\ttranslate\ttext";

/// Writes one segment in `format`.
pub fn write_segment(
    out: &mut dyn Write,
    segment: &Segment,
    format: Format,
) -> std::io::Result<()> {
    match format {
        Format::Jsonl => {
            serde_json::to_writer(&mut *out, segment)?;
            writeln!(out)
        }
        Format::Tsv => writeln!(
            out,
            "{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}\t{}",
            tsv_escape(&segment.doc),
            segment.block,
            segment.seq,
            segment.kind.name(),
            segment.span.start,
            segment.span.end,
            segment.in_quote,
            segment
                .duplicate_of
                .map(|d| d.to_string())
                .unwrap_or_default(),
            segment.translate,
            tsv_escape(&segment.text),
        ),
        Format::Text if segment.translate => writeln!(out, "{}", segment.text),
        Format::Text => Ok(()),
    }
}

/// Tabs, newlines and backslashes escaped so a field stays one TSV cell.
fn tsv_escape(s: &str) -> String {
    s.replace('\\', "\\\\")
        .replace('\t', "\\t")
        .replace('\n', "\\n")
        .replace('\r', "\\r")
}

/// Runs `write` into a temporary file next to `path` and renames it into place on success;
/// on failure the temporary file is removed and `path` is left as it was.
pub fn write_atomically(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> anyhow::Result<()>,
) -> anyhow::Result<()> {
    let dir = match path.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir.to_path_buf(),
        _ => PathBuf::from("."),
    };
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "output".to_string());
    let tmp = dir.join(format!(".{name}.{}.tmp", std::process::id()));
    let result = (|| -> anyhow::Result<()> {
        let file =
            std::fs::File::create(&tmp).with_context(|| format!("creating '{}'", tmp.display()))?;
        let mut out = std::io::BufWriter::new(file);
        write(&mut out).with_context(|| format!("writing '{}'", path.display()))?;
        out.into_inner()
            .map_err(|e| e.into_error())
            .and_then(|f| f.sync_all())
            .with_context(|| format!("writing '{}'", path.display()))?;
        std::fs::rename(&tmp, path).with_context(|| format!("replacing '{}'", path.display()))
    })();
    if result.is_err() {
        let _ = std::fs::remove_file(&tmp);
    }
    result
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::SegmentKind;
    use crate::span::Span;

    fn segment(text: &str, translate: bool) -> Segment {
        Segment {
            doc: "uji".into(),
            block: 1,
            seq: 2,
            kind: SegmentKind::Sentence,
            text: text.into(),
            span: Span::new(10, 10 + text.len()),
            in_quote: false,
            duplicate_of: None,
            translate,
        }
    }

    fn render(segment: &Segment, format: Format) -> String {
        let mut out = Vec::new();
        write_segment(&mut out, segment, format).unwrap();
        String::from_utf8(out).unwrap()
    }

    #[test]
    fn formats() {
        let s = segment("Harga naik.", true);
        let cases: &[(Format, &str)] = &[
            (
                Format::Jsonl,
                "{\"doc\":\"uji\",\"block\":1,\"seq\":2,\"kind\":\"sentence\",\"text\":\"Harga naik.\",\
                 \"span\":[10,21],\"in_quote\":false,\"duplicate_of\":null,\"translate\":true}\n",
            ),
            (Format::Tsv, "uji\t1\t2\tsentence\t10\t21\tfalse\t\ttrue\tHarga naik.\n"),
            (Format::Text, "Harga naik.\n"),
        ];
        for &(format, expected) in cases {
            assert_eq!(render(&s, format), expected, "{format:?}");
        }
        assert_eq!(render(&segment("[uh/ab]", false), Format::Text), "");
        assert_eq!(
            render(&segment("a\tb", true), Format::Tsv),
            "uji\t1\t2\tsentence\t10\t13\tfalse\t\ttrue\ta\\tb\n"
        );
    }
}
