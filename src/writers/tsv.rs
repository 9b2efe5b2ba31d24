//! `--format tsv`: a header line, then one line per pair: `doc seq kind source target score`.
//!
//! Fields are tab-separated. Inside a field, `\` becomes `\\`, a tab `\t`, a newline `\n` and a
//! carriage return `\r`, so every pair is exactly one line and [`unescape`] gives the text
//! back. An empty side (a 0-1 or 1-0 bead) is an empty field; a missing score is empty.
use super::{kind_name, score_text, PairWriter, Sink};
use crate::pairs::Pair;
use std::borrow::Cow;
use std::io::{self, Write};

pub const HEADER: &str = "doc\tseq\tkind\tsource\ttarget\tscore";

pub struct TsvWriter {
    out: Sink,
}

impl TsvWriter {
    pub fn new(out: Sink) -> Self {
        TsvWriter { out }
    }

    /// Gives back the sink (e.g. a memory sink after `finish`).
    pub fn into_sink(self) -> Sink {
        self.out
    }
}

impl PairWriter for TsvWriter {
    fn begin(&mut self) -> io::Result<()> {
        writeln!(self.out, "{HEADER}")?;
        self.out.end_pair()
    }

    fn pair(&mut self, pair: &Pair) -> io::Result<()> {
        writeln!(
            self.out,
            "{}\t{}\t{}\t{}\t{}\t{}",
            escape(pair.doc()),
            pair.seq(),
            kind_name(pair.kind()),
            escape(pair.source()),
            escape(&pair.target),
            score_text(pair.score)
        )?;
        self.out.end_pair()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.commit()
    }
}

/// Escapes backslash, tab, newline and carriage return (also for the segment TSV of
/// [`super::segments`]).
pub(crate) fn escape(text: &str) -> Cow<'_, str> {
    super::escape_chars(text, |c| match c {
        '\\' => Some("\\\\"),
        '\t' => Some("\\t"),
        '\n' => Some("\\n"),
        '\r' => Some("\\r"),
        _ => None,
    })
}

/// Undoes the escaping of [`TsvWriter`] (`\t`, `\n`, `\r`, `\\`). An unknown escape such as
/// `\x` is kept as it is.
pub fn unescape(field: &str) -> String {
    let mut text = String::with_capacity(field.len());
    let mut chars = field.chars();
    while let Some(c) = chars.next() {
        if c != '\\' {
            text.push(c);
            continue;
        }
        match chars.next() {
            Some('\\') => text.push('\\'),
            Some('t') => text.push('\t'),
            Some('n') => text.push('\n'),
            Some('r') => text.push('\r'),
            Some(other) => {
                text.push('\\');
                text.push(other);
            }
            None => text.push('\\'),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_table() {
        let table = [
            ("biasa saja", "biasa saja"),
            ("a\tb", "a\\tb"),
            ("baris\nbaru", "baris\\nbaru"),
            ("cr\r\nlf", "cr\\r\\nlf"),
            ("C:\\jalan", "C:\\\\jalan"),
            ("\\t harfiah", "\\\\t harfiah"),
            ("", ""),
        ];
        for (text, expected) in table {
            assert_eq!(escape(text), expected, "escaping {text:?}");
            assert_eq!(unescape(expected), text, "unescaping {expected:?}");
        }
    }

    #[test]
    fn escaped_text_has_no_tabs_or_newlines() {
        let nasty = "x\t\n\r\\\\\t\ty";
        let escaped = escape(nasty);
        assert!(!escaped.contains(['\t', '\n', '\r']));
        assert_eq!(unescape(&escaped), nasty);
    }
}
