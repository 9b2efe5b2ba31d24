//! A [`Translate`] backend that reads precomputed translations, one per line, for
//! `selaras align --mt-file`. Line k is the translation of the k-th sentence it is asked for,
//! across calls; running out of lines is an error, never a silent empty translation.
use super::{Translate, Translation};
use crate::error::Error;
use anyhow::Context;
use std::path::Path;

/// Precomputed translations, handed out in order.
#[derive(Clone, Debug)]
pub struct MtFile {
    path: String,
    lines: Vec<String>,
    next: usize,
}

impl MtFile {
    /// Reads `path`: UTF-8, one translation per line (a BOM and CRLF line ends are accepted).
    pub fn open(path: &Path) -> anyhow::Result<Self> {
        let bytes = std::fs::read(path).with_context(|| format!("reading '{}'", path.display()))?;
        let name = path.display().to_string();
        let text = String::from_utf8(bytes).map_err(|e| Error::InvalidUtf8 {
            path: name.clone(),
            offset: e.utf8_error().valid_up_to(),
        })?;
        Ok(MtFile::from_text(&name, &text))
    }

    /// Builds the backend from text already in memory; `path` names it in messages.
    pub fn from_text(path: &str, text: &str) -> Self {
        let text = text.strip_prefix('\u{feff}').unwrap_or(text);
        MtFile {
            path: path.to_string(),
            lines: text.lines().map(str::to_string).collect(),
            next: 0,
        }
    }

    /// The file's name, as given.
    pub fn path(&self) -> &str {
        &self.path
    }

    /// How many lines the file has.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// How many lines have not been handed out yet.
    pub fn remaining(&self) -> usize {
        self.lines.len() - self.next
    }
}

impl Translate for MtFile {
    fn translate(&mut self, sources: &[&str]) -> anyhow::Result<Vec<Translation>> {
        let end = self.next + sources.len();
        if end > self.lines.len() {
            return Err(Error::BadInput {
                path: self.path.clone(),
                problem: format!(
                    "has {} lines but {} sentences need a translation: give one translation per \
                     Indonesian sentence, in order",
                    self.lines.len(),
                    end
                ),
            }
            .into());
        }
        let out = self.lines[self.next..end]
            .iter()
            .map(|text| Translation {
                text: text.clone(),
                score: None,
            })
            .collect();
        self.next = end;
        Ok(out)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hands_out_lines_in_order_across_calls() {
        let mut mt = MtFile::from_text("mt.txt", "\u{feff}One.\r\nTwo.\r\nThree.\r\n");
        assert_eq!(mt.len(), 3);
        let first = mt.translate(&["Satu.", "Dua."]).unwrap();
        assert_eq!(first[1].text, "Two.");
        assert_eq!(mt.translate(&["Tiga."]).unwrap()[0].text, "Three.");
        assert_eq!(mt.remaining(), 0);
    }

    #[test]
    fn running_out_is_an_error_naming_the_file() {
        let mut mt = MtFile::from_text("mt.txt", "One.\n");
        let err = mt.translate(&["Satu.", "Dua."]).unwrap_err().to_string();
        assert!(
            err.contains("mt.txt") && err.contains("has 1 lines"),
            "{err}"
        );
    }
}
