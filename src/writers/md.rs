//! `--format md`: a two-column Markdown table (Indonesian | English), for review in a
//! repository.
//!
//! Each document gets a `## doc` heading and its own table. Text is escaped so it shows as
//! written: Markdown punctuation is backslash-escaped (including `|`, which would end a cell)
//! and a line break becomes `<br>`. Kinds other than plain sentences, duplicates, flags and
//! low scores show as small code tags, e.g. `` `title` ``, `` `⚠ copy` ``.
use super::{display_kind, fixed, flags_with, Options, PairWriter, Sink};
use crate::pairs::Pair;
use std::io::{self, Write};

pub struct MdWriter {
    out: Sink,
    options: Options,
    doc: Option<String>,
}

impl MdWriter {
    pub fn new(out: Sink, options: Options) -> Self {
        MdWriter {
            out,
            options,
            doc: None,
        }
    }

    /// Gives back the sink (e.g. a memory sink after `finish`).
    pub fn into_sink(self) -> Sink {
        self.out
    }
}

/// Escapes text for a table cell: Markdown punctuation gets a backslash, line breaks `<br>`.
pub fn escape_cell(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len() + 8);
    let mut chars = text.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' | '|' | '*' | '_' | '`' | '[' | ']' | '<' | '>' | '&' | '~' | '#' | '!' => {
                escaped.push('\\');
                escaped.push(c);
            }
            '\r' if chars.peek() == Some(&'\n') => {}
            '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}' => escaped.push_str("<br>"),
            c if c.is_control() && c != '\t' => {}
            c => escaped.push(c),
        }
    }
    escaped
}

impl PairWriter for MdWriter {
    fn begin(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn pair(&mut self, pair: &Pair) -> io::Result<()> {
        if self.doc.as_deref() != Some(pair.doc()) {
            let gap = if self.doc.is_some() { "\n" } else { "" };
            writeln!(
                self.out,
                "{gap}## {}\n\n| Indonesian | English |\n|---|---|",
                escape_cell(pair.doc())
            )?;
            self.doc = Some(pair.doc().to_string());
        }
        let mut source_tags = Vec::new();
        let kind = display_kind(pair);
        if kind != "sentence" {
            source_tags.push(format!("`{kind}`"));
        }
        if let Some(first) = pair.segment().and_then(|s| s.duplicate_of) {
            source_tags.push(format!("`duplicate of {first}`"));
        }
        let mut target_tags = Vec::new();
        for flag in flags_with(pair, None) {
            target_tags.push(format!("`⚠ {}`", flag.name()));
        }
        if let Some(score) = pair.score.filter(|&s| s < self.options.low_score) {
            target_tags.push(format!("`low score {}`", fixed(score, 2)));
        }
        let cell = |tags: &[String], text: &str| {
            let text = if text.is_empty() {
                "*(none)*".to_string()
            } else {
                escape_cell(text)
            };
            match tags.is_empty() {
                true => text,
                false => format!("{} {text}", tags.join(" ")),
            }
        };
        writeln!(
            self.out,
            "| {} | {} |",
            cell(&source_tags, pair.source()),
            cell(&target_tags, &pair.target)
        )?;
        self.out.end_pair()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.out.commit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escape_cell_table() {
        let table = [
            ("biasa saja.", "biasa saja."),
            ("a | b", "a \\| b"),
            ("dua\nbaris", "dua<br>baris"),
            ("crlf\r\nlagi", "crlf<br>lagi"),
            ("<b>&amp;</b>", "\\<b\\>\\&amp;\\</b\\>"),
            (
                "*tebal* _miring_ `kode`",
                "\\*tebal\\* \\_miring\\_ \\`kode\\`",
            ),
            ("C:\\x", "C:\\\\x"),
            ("bel\u{7}", "bel"),
        ];
        for (text, expected) in table {
            assert_eq!(escape_cell(text), expected, "{text:?}");
        }
    }
}
