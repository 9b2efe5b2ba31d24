//! Input formats and the documents of one input.
//!
//! The format is chosen by the file name (`*.jsonl`, `*.ndjson`, either with `.gz` or `.zst`,
//! are JSONL; `*.html`, `*.htm` and `*.xhtml` a saved page; `*.md` and `*.markdown` a page in
//! Markdown; `*.warc` a crawl; anything else is one plain-text
//! article) or given (`--input-format`). Every
//! format gives its documents through [`Documents::next_entry`]: a document, a bad line to
//! report, or an error that stops reading the input (it cannot be read or decompressed). A
//! WARC reader is one more [`InputFormat`] and one more arm in [`Documents`].
use super::compressed::{self, BytesRead, Compression};
use super::jsonl::{self, Fields, Line};
use super::warc;
use super::{decode, html, markdown, Article, Source};
use crate::error::Error;
use std::io::{BufRead, Read};

/// How an input is read.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// the whole input is one article
    Text,
    /// one JSON document per line
    Jsonl,
    /// a saved HTML page: one article, its structure read from the markup
    Html,
    /// a page a crawler turned into Markdown: one article, its structure read from the markup
    Markdown,
    /// a WARC crawl: its HTML responses are the documents
    Warc,
}

crate::named::named_enum!(InputFormat {
    Text => "text",
    Jsonl => "jsonl",
    Html => "html",
    Markdown => "markdown",
    Warc => "warc",
}, unknown: |name| format!(
    "unknown input format '{name}': use one of {}",
    InputFormat::names().join(", ")
));

impl InputFormat {
    /// The format a file name implies: `.jsonl` or `.ndjson` (before any `.gz` or `.zst`) is
    /// JSONL, `.html`, `.htm` or `.xhtml` HTML, `.md` or `.markdown` Markdown, anything else text.
    pub fn of(name: &str) -> InputFormat {
        let lower = Compression::strip(name).to_ascii_lowercase();
        if lower.ends_with(".jsonl") || lower.ends_with(".ndjson") {
            InputFormat::Jsonl
        } else if [".html", ".htm", ".xhtml"]
            .iter()
            .any(|e| lower.ends_with(e))
        {
            InputFormat::Html
        } else if lower.ends_with(".md") || lower.ends_with(".markdown") {
            InputFormat::Markdown
        } else if lower.ends_with(".warc") {
            InputFormat::Warc
        } else {
            InputFormat::Text
        }
    }

    /// Whether an input of this format holds many documents (a dump), not one article.
    pub fn holds_many(self) -> bool {
        matches!(self, InputFormat::Jsonl | InputFormat::Warc)
    }

    /// The format of `source`: the one given, else by its name (standard input is text).
    pub fn of_source(source: &Source, given: Option<InputFormat>) -> InputFormat {
        match (given, source) {
            (Some(format), _) => format,
            (None, Source::Stdin) => InputFormat::Text,
            (None, Source::File(path)) => InputFormat::of(&path.to_string_lossy()),
        }
    }
}

/// How inputs are read.
#[derive(Clone, Debug, Default)]
pub struct ReadOptions {
    /// replace invalid UTF-8 with U+FFFD instead of refusing the input (or the line)
    pub lossy: bool,
    /// the format of every input; `None` chooses by file name
    pub format: Option<InputFormat>,
    /// JSONL field names given instead of the usual ones
    pub fields: Fields,
}

/// One document of an input.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Document {
    /// the article; its id is the one the input gave, empty when it gave none
    pub article: Article,
    /// the page's URL, when the input has it
    pub url: Option<String>,
    /// the line the document was on, for inputs of many documents
    pub line: Option<u64>,
}

/// What reading an input gives next.
#[derive(Debug)]
pub enum Entry {
    Document(Document),
    /// a line that holds no document ([`Error::BadLine`]), or a WARC record cut off or not
    /// readable ([`Error::BadRecord`]): reported and skipped, or the run's error under
    /// `--strict`
    Bad(Error),
    /// a record that holds no article (a WARC request, an image), counted under its reason
    Skipped(&'static str),
}

/// The documents of one opened input, in order.
pub struct Documents {
    name: String,
    format: InputFormat,
    kind: Kind,
    bytes_read: Option<BytesRead>,
    size: Option<u64>,
}

enum Kind {
    /// a text article, read whole when opened; taken by the first call
    Text(Option<Article>),
    Jsonl {
        reader: jsonl::Reader<Box<dyn BufRead>>,
        compression: Compression,
    },
    Warc {
        records: warc::Records<Box<dyn BufRead>>,
        compression: Compression,
    },
}

impl Documents {
    /// Opens `source` in its format. A text input is read whole here, so an unreadable or
    /// binary article is an error now; a JSONL input is only opened.
    pub fn open(source: &Source, options: &ReadOptions) -> Result<Documents, Error> {
        let name = source.name();
        let format = InputFormat::of_source(source, options.format);
        let (reader, compression, bytes_read, size): (Box<dyn BufRead>, _, _, _) = match source {
            Source::Stdin => (
                Box::new(std::io::stdin().lock()),
                Compression::None,
                None,
                None,
            ),
            Source::File(path) => {
                let opened = compressed::open(path)?;
                (
                    opened.reader,
                    opened.compression,
                    Some(opened.bytes_read),
                    opened.size,
                )
            }
        };
        let kind = match format {
            InputFormat::Text | InputFormat::Html | InputFormat::Markdown => {
                let mut reader = reader;
                let mut bytes = Vec::new();
                reader
                    .read_to_end(&mut bytes)
                    .map_err(|err| compressed::stream_error(&name, compression, &err))?;
                let id = source.doc_id();
                Kind::Text(Some(match format {
                    InputFormat::Html => html::article(&bytes, None, &name, id, options.lossy)?,
                    InputFormat::Markdown => markdown::article(&bytes, &name, id, options.lossy)?,
                    _ => decode(&bytes, &name, id, options.lossy)?,
                }))
            }
            InputFormat::Jsonl => Kind::Jsonl {
                reader: jsonl::Reader::new(reader, options.fields.clone(), options.lossy),
                compression,
            },
            InputFormat::Warc => Kind::Warc {
                records: warc::Records::new(reader, &name, options.lossy)?,
                compression,
            },
        };
        Ok(Documents {
            name,
            format,
            kind,
            bytes_read,
            size,
        })
    }

    /// The documents of a text article already read (standard input, which cannot be read
    /// twice, is read once when a run counts repeated lines).
    pub fn of_article(name: &str, article: Article) -> Documents {
        Documents {
            name: name.to_string(),
            format: InputFormat::Text,
            kind: Kind::Text(Some(article)),
            bytes_read: None,
            size: None,
        }
    }

    /// The input's name in messages.
    pub fn name(&self) -> &str {
        &self.name
    }

    pub fn format(&self) -> InputFormat {
        self.format
    }

    /// Bytes of the file read so far, and its size (for progress); `None` for standard input.
    pub fn progress(&self) -> Option<(u64, Option<u64>)> {
        self.bytes_read.as_ref().map(|read| (read.get(), self.size))
    }

    /// The next document or bad line, `None` at the end; an error when the input cannot be
    /// read further (a truncated or mislabelled compressed file).
    pub fn next_entry(&mut self) -> Result<Option<Entry>, Error> {
        match &mut self.kind {
            Kind::Text(article) => Ok(article.take().map(|article| {
                Entry::Document(Document {
                    article,
                    url: None,
                    line: None,
                })
            })),
            Kind::Jsonl {
                reader,
                compression,
            } => loop {
                let line = reader
                    .next_line()
                    .map_err(|err| compressed::stream_error(&self.name, *compression, &err))?;
                let number = reader.line();
                return Ok(match line {
                    None => None,
                    Some(Line::Blank) => continue,
                    Some(Line::Record(record)) => Some(Entry::Document(Document {
                        article: record.article,
                        url: record.url,
                        line: Some(number),
                    })),
                    Some(Line::Bad(problem)) => Some(Entry::Bad(Error::BadLine {
                        path: self.name.clone(),
                        line: number,
                        problem,
                    })),
                });
            },
            Kind::Warc {
                records,
                compression,
            } => {
                let item = records
                    .next_item()
                    .map_err(|err| compressed::stream_error(&self.name, *compression, &err))?;
                let record = records.number();
                Ok(item.map(|item| match item {
                    warc::Item::Page { article, url } => Entry::Document(Document {
                        article,
                        url: Some(url),
                        line: Some(record),
                    }),
                    warc::Item::Skipped(reason) => Entry::Skipped(reason),
                    warc::Item::Bad(err) => Entry::Bad(err),
                    warc::Item::Truncated(problem) => Entry::Bad(Error::BadRecord {
                        path: self.name.clone(),
                        record,
                        problem,
                    }),
                }))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn formats_by_name() {
        let cases = [
            ("dump.jsonl", InputFormat::Jsonl),
            ("dump.jsonl.gz", InputFormat::Jsonl),
            ("dump.ndjson.zst", InputFormat::Jsonl),
            ("DUMP.JSONL", InputFormat::Jsonl),
            ("berita.txt", InputFormat::Text),
            ("berita.txt.gz", InputFormat::Text),
            ("berita", InputFormat::Text),
            ("berita.md", InputFormat::Markdown),
            ("berita.markdown.gz", InputFormat::Markdown),
            ("page.html", InputFormat::Html),
            ("crawl.warc.gz", InputFormat::Warc),
        ];
        for (name, format) in cases {
            assert_eq!(InputFormat::of(name), format, "{name}");
        }
    }
}
