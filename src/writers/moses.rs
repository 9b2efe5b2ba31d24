//! `--format moses`: two line-parallel plain-text files, `PREFIX.id` and `PREFIX.en`, as
//! Moses, fast_align and most MT training tools read them.
//!
//! Line n of each file is pair n's side. Line breaks inside a text (LF, CR, U+0085, U+2028,
//! U+2029) become spaces so the files stay parallel; an empty side (a 0-1 or 1-0 bead) is an
//! empty line. Both files are written atomically and appear together at `finish`.
use super::{PairWriter, Sink};
use crate::pairs::Pair;
use std::borrow::Cow;
use std::io::{self, Write};
use std::path::{Path, PathBuf};

pub struct MosesWriter {
    source: Sink,
    target: Sink,
}

impl MosesWriter {
    /// Opens `PREFIX.id` and `PREFIX.en` (as temporary files until `finish`).
    pub fn create(prefix: &Path) -> io::Result<Self> {
        Ok(MosesWriter {
            source: Sink::file(&side_path(prefix, "id"))?,
            target: Sink::file(&side_path(prefix, "en"))?,
        })
    }

    /// Writes to two given sinks (e.g. memory sinks in tests).
    pub fn new(source: Sink, target: Sink) -> Self {
        MosesWriter { source, target }
    }

    /// Gives back the Indonesian and English sinks.
    pub fn into_sinks(self) -> (Sink, Sink) {
        (self.source, self.target)
    }
}

/// `PREFIX.id` or `PREFIX.en`: the language code is appended, never substituted for an
/// extension (`corpus.v1` gives `corpus.v1.id`).
pub fn side_path(prefix: &Path, lang: &str) -> PathBuf {
    let mut name = prefix.as_os_str().to_os_string();
    name.push(".");
    name.push(lang);
    PathBuf::from(name)
}

/// The text on one line: line breaks become spaces.
pub fn one_line(text: &str) -> Cow<'_, str> {
    let is_break = |c: char| matches!(c, '\n' | '\r' | '\u{85}' | '\u{2028}' | '\u{2029}');
    if text.contains(is_break) {
        Cow::Owned(text.replace(is_break, " "))
    } else {
        Cow::Borrowed(text)
    }
}

impl PairWriter for MosesWriter {
    fn begin(&mut self) -> io::Result<()> {
        Ok(())
    }

    fn pair(&mut self, pair: &Pair) -> io::Result<()> {
        writeln!(self.source, "{}", one_line(pair.source()))?;
        writeln!(self.target, "{}", one_line(&pair.target))?;
        self.source.end_pair()?;
        self.target.end_pair()
    }

    fn finish(&mut self) -> io::Result<()> {
        self.source.commit()?;
        self.target.commit()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_table() {
        let table = [
            ("satu baris", "satu baris"),
            ("dua\nbaris", "dua baris"),
            ("crlf\r\n", "crlf  "),
            ("nel\u{85}ls\u{2028}ps\u{2029}", "nel ls ps "),
            ("tab\ttetap", "tab\ttetap"),
        ];
        for (text, expected) in table {
            assert_eq!(one_line(text), expected, "{text:?}");
        }
    }

    #[test]
    fn side_paths_append_the_language() {
        assert_eq!(
            side_path(Path::new("out/corpus.v1"), "id"),
            Path::new("out/corpus.v1.id")
        );
        assert_eq!(side_path(Path::new("c"), "en"), Path::new("c.en"));
    }
}
