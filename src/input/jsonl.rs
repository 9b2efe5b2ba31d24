//! JSONL inputs: one document per line, read one line at a time (never the whole file).
//!
//! The text, id and title are found by name, so the dumps corpus builders have are read
//! without flags: trafilatura's JSON (`title`, `text`, `id`, `source`/`url`), warc2text
//! `--jsonl` (`u`, `p`), giashard (`u`, `text`) and datatrove (`id`, `text`, `metadata.url`).
//! [`Fields`] overrides any of them; a dotted name ("metadata.url") looks inside objects.
//! A line that holds no document (invalid JSON or UTF-8, no text, text not a string, longer
//! than [`MAX_LINE_BYTES`]) is a [`Line::Bad`] naming the problem; the caller reports it.
use super::format::InputFormat;
use super::{normalize, unescape, Article};
use crate::error::Error;
use serde_json::Value;
use std::io::{self, BufRead};

/// The longest line read, 16 MiB: a news article is rarely over 100 KB, and a line much
/// longer is a dump of something else. A longer line is skipped without being held in memory.
pub const MAX_LINE_BYTES: usize = 16 << 20;

/// Where the text is looked for, in this order: trafilatura, giashard and datatrove use
/// `text`, warc2text `p`; crawlers that deliver Markdown name it `markdown`, which is then read
/// as Markdown ([`super::markdown`]), and the page itself `html`, read as a saved page is
/// ([`super::html`]).
pub const TEXT_FIELDS: &[&str] = &["text", "p", "content", "markdown", "html"];

/// How a text field is read, by the last part of its name: a field named after a format of
/// markup (`markdown`, `html`) is read as an input of that format is, any other as text.
fn field_format(field: &str) -> InputFormat {
    let last = field.rsplit('.').next().unwrap_or_default();
    match last.to_ascii_lowercase().parse() {
        Ok(format @ (InputFormat::Markdown | InputFormat::Html)) => format,
        _ => InputFormat::Text,
    }
}
/// Where the document id is looked for: datatrove's and trafilatura's `id`, else the URL.
pub const ID_FIELDS: &[&str] = &["id", "url", "u", "source", "metadata.id", "metadata.url"];
/// Where the page's URL is looked for (its host is the document's site, see
/// [`crate::repeated::Origin`]): warc2text and giashard `u`, trafilatura `source` or `url`,
/// datatrove `metadata.url`.
pub const URL_FIELDS: &[&str] = &["url", "u", "source", "metadata.url", "metadata.source"];
/// Where the title is looked for: trafilatura's `title`.
pub const TITLE_FIELDS: &[&str] = &["title", "metadata.title"];

/// Field names given on the command line (`--text-field`, `--id-field`, `--title-field`);
/// `None` looks the field up by its usual names.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Fields {
    pub text: Option<String>,
    pub id: Option<String>,
    pub title: Option<String>,
}

/// One document read from a line: the article (its id from the line, or empty when the line
/// names none) and the page's URL when it has one.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Record {
    pub article: Article,
    pub url: Option<String>,
}

/// What one line gave.
#[derive(Debug)]
pub enum Line {
    Record(Record),
    /// a blank line: nothing, and nothing wrong
    Blank,
    /// a line that holds no document, and why
    Bad(String),
}

/// Reads the lines of a JSONL stream, each at most [`MAX_LINE_BYTES`] long.
pub struct Reader<R> {
    reader: R,
    fields: Fields,
    lossy: bool,
    /// the number of the line last read, from 1
    line: u64,
    buffer: Vec<u8>,
    max_line: usize,
}

impl<R: BufRead> Reader<R> {
    pub fn new(reader: R, fields: Fields, lossy: bool) -> Self {
        Reader {
            reader,
            fields,
            lossy,
            line: 0,
            buffer: Vec::new(),
            max_line: MAX_LINE_BYTES,
        }
    }

    /// The number of the line last returned, from 1.
    pub fn line(&self) -> u64 {
        self.line
    }

    /// The next line, or `None` at the end. An I/O error (a broken compressed stream) is the
    /// reader's error, not a bad line.
    pub fn next_line(&mut self) -> io::Result<Option<Line>> {
        self.buffer.clear();
        let mut too_long = 0u64;
        let mut any = false;
        loop {
            let available = match self.reader.fill_buf() {
                Ok(bytes) => bytes,
                Err(err) if err.kind() == io::ErrorKind::Interrupted => continue,
                Err(err) => return Err(err),
            };
            if available.is_empty() {
                break;
            }
            any = true;
            let (piece, done) = match available.iter().position(|&b| b == b'\n') {
                Some(at) => (&available[..at], at + 1),
                None => (available, available.len()),
            };
            let ends = done > piece.len();
            if too_long > 0 || self.buffer.len() + piece.len() > self.max_line {
                // past the limit: count the bytes, keep none of them
                too_long += (self.buffer.len() + piece.len()) as u64;
                self.buffer.clear();
            } else {
                self.buffer.extend_from_slice(piece);
            }
            self.reader.consume(done);
            if ends {
                break;
            }
        }
        if !any {
            return Ok(None);
        }
        self.line += 1;
        if too_long > 0 {
            return Ok(Some(Line::Bad(format!(
                "the line is longer than {} MiB ({} bytes or more): skipped without reading it \
                 whole; is it one document?",
                self.max_line >> 20,
                too_long
            ))));
        }
        Ok(Some(parse_line(&self.buffer, &self.fields, self.lossy)))
    }
}

/// Parses one line (without its newline) into a record.
pub fn parse_line(bytes: &[u8], fields: &Fields, lossy: bool) -> Line {
    let bytes = bytes.strip_suffix(b"\r").unwrap_or(bytes);
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => std::borrow::Cow::Borrowed(text),
        Err(_) if lossy => String::from_utf8_lossy(bytes),
        Err(err) => {
            return Line::Bad(format!(
                "invalid UTF-8 at byte {} of the line: fix the file or pass --lossy",
                err.valid_up_to()
            ))
        }
    };
    if text.trim().is_empty() {
        return Line::Blank;
    }
    let value: Value = match serde_json::from_str(&text) {
        Ok(value) => value,
        Err(err) => return Line::Bad(format!("invalid JSON: {err}")),
    };
    if !value.is_object() {
        return Line::Bad(
            "the line is JSON but not an object: one document object per line".into(),
        );
    }
    let (body, format) = match find(&value, fields.text.as_deref(), TEXT_FIELDS) {
        Some((name, Value::String(body))) => (body, field_format(&name)),
        Some((name, other)) => {
            return Line::Bad(format!(
                "the text field '{name}' is {}, not a string",
                kind_of(other)
            ))
        }
        None => {
            return Line::Bad(match &fields.text {
                Some(name) => format!("no text field '{name}': check --text-field"),
                None => format!(
                    "no text field (looked for {}): name it with --text-field",
                    TEXT_FIELDS.join(", ")
                ),
            })
        }
    };
    let id = find(&value, fields.id.as_deref(), ID_FIELDS)
        .and_then(|(_, id)| scalar(id))
        .unwrap_or_default();
    let url = find(&value, None, URL_FIELDS)
        .and_then(|(_, url)| url.as_str())
        .filter(|url| url.contains("://"))
        .map(str::to_string);
    let title = find(&value, fields.title.as_deref(), TITLE_FIELDS)
        .and_then(|(_, title)| title.as_str())
        .map(|title| one_line(&normalize(&unescape(title))))
        .filter(|title| !title.is_empty());
    let mut article = match format {
        InputFormat::Markdown => super::markdown::from_str(body, id),
        // the page's text is the JSON string's: a charset its markup declares no longer applies
        InputFormat::Html => {
            match super::html::article(body.as_bytes(), Some("utf-8"), "", id, false) {
                Ok(article) => article,
                Err(Error::BadInput { problem, .. }) => {
                    return Line::Bad(format!("the html field {problem}"))
                }
                Err(err) => return Line::Bad(format!("the html field: {err}")),
            }
        }
        _ => Article {
            id,
            text: super::article_text(body),
            title: None,
            marks: Vec::new(),
        },
    };
    // the title is the first line, apart from the body, so that its span is its own line
    if let Some(title) = title.filter(|_| article.title.is_none()) {
        article.put_title_first(&title);
    }
    Line::Record(Record { article, url })
}

/// The first of `names` (or the one `given`) present and not null in `value`, with its name.
fn find<'v>(
    value: &'v Value,
    given: Option<&str>,
    names: &[&'v str],
) -> Option<(String, &'v Value)> {
    let lookup = |name: &str| -> Option<&'v Value> {
        name.split('.')
            .try_fold(value, |v, key| v.get(key))
            .filter(|v| !v.is_null())
    };
    match given {
        Some(name) => lookup(name).map(|v| (name.to_string(), v)),
        None => names
            .iter()
            .find_map(|&name| lookup(name).map(|v| (name.to_string(), v))),
    }
}

/// A string or number as an id; anything else (an object, an empty string) is none.
fn scalar(value: &Value) -> Option<String> {
    match value {
        Value::String(s) if !s.trim().is_empty() => Some(s.trim().to_string()),
        Value::Number(n) => Some(n.to_string()),
        _ => None,
    }
}

/// A title on one line: every run of white space, line breaks included, becomes one space.
fn one_line(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn kind_of(value: &Value) -> &'static str {
    match value {
        Value::Null => "null",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "a string",
        Value::Array(_) => "an array",
        Value::Object(_) => "an object",
    }
}

/// The host of a URL: `https://www.voaindonesia.com/a/123.html` gives `www.voaindonesia.com`
/// ([`crate::repeated::Origin::site`] lower-cases it).
pub fn host(url: &str) -> Option<&str> {
    let rest = url.split_once("://")?.1;
    let authority = rest.split(['/', '?', '#']).next()?;
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = host.split(':').next()?;
    (!host.is_empty()).then_some(host)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn record(line: &str) -> Record {
        match parse_line(line.as_bytes(), &Fields::default(), false) {
            Line::Record(record) => record,
            other => panic!("{line}: expected a record, got {other:?}"),
        }
    }

    fn bad(line: &[u8], fields: &Fields) -> String {
        match parse_line(line, fields, false) {
            Line::Bad(problem) => problem,
            other => panic!("expected a bad line, got {other:?}"),
        }
    }

    #[test]
    fn the_four_shapes_are_read_by_name() {
        // (line, id, text, title, url)
        type Case<'a> = (&'a str, &'a str, &'a str, Option<&'a str>, Option<&'a str>);
        let cases: &[Case] = &[
            // trafilatura: title apart, the URL in `source`, `id` often null
            (
                r#"{"title":"Harga Beras Naik","text":"Harga beras naik.","source":"https://www.antaranews.com/berita/1","id":null}"#,
                "https://www.antaranews.com/berita/1",
                "Harga Beras Naik\n\nHarga beras naik.",
                Some("Harga Beras Naik"),
                Some("https://www.antaranews.com/berita/1"),
            ),
            // warc2text --jsonl
            (
                r#"{"f":"a.warc.gz","o":0,"s":120,"u":"https://www.voaindonesia.com/a/1.html","c":"text/html","l":"id","p":"Warga mengungsi.\nAir naik."}"#,
                "https://www.voaindonesia.com/a/1.html",
                "Warga mengungsi.\nAir naik.",
                None,
                Some("https://www.voaindonesia.com/a/1.html"),
            ),
            // giashard
            (
                r#"{"u":"https://kompas.com/x","text":"Banjir lagi."}"#,
                "https://kompas.com/x",
                "Banjir lagi.",
                None,
                Some("https://kompas.com/x"),
            ),
            // datatrove: the URL inside `metadata`
            (
                r#"{"id":"<urn:uuid:1>","text":"Air naik.","metadata":{"url":"https://detik.com/y","dump":"CC-MAIN"}}"#,
                "<urn:uuid:1>",
                "Air naik.",
                None,
                Some("https://detik.com/y"),
            ),
            // a feed's title and body with the character references of their HTML
            (
                r#"{"title":"Warga &#8216;Siap&#8217; Mengungsi","text":"&quot;Air naik,&quot; kata&nbsp;warga."}"#,
                "",
                "Warga \u{2018}Siap\u{2019} Mengungsi\n\n\"Air naik,\" kata warga.",
                Some("Warga \u{2018}Siap\u{2019} Mengungsi"),
                None,
            ),
            // a numeric id, no URL
            (
                r#"{"id":42,"text":"Air naik."}"#,
                "42",
                "Air naik.",
                None,
                None,
            ),
        ];
        for &(line, id, text, title, url) in cases {
            let record = record(line);
            assert_eq!(record.article.id, id, "{line}");
            assert_eq!(record.article.text, text, "{line}");
            let got_title = record
                .article
                .title
                .map(|span| span.of(&record.article.text));
            assert_eq!(got_title, title, "{line}");
            assert_eq!(record.url.as_deref(), url, "{line}");
        }
    }

    #[test]
    fn fields_can_be_named() {
        let fields = Fields {
            text: Some("body".into()),
            id: Some("meta.key".into()),
            title: Some("headline".into()),
        };
        let line = r#"{"body":"Air naik.","text":"bukan ini","meta":{"key":"k1"},"headline":"Banjir\nDi Kota"}"#;
        let Line::Record(record) = parse_line(line.as_bytes(), &fields, false) else {
            panic!("not a record")
        };
        assert_eq!(record.article.id, "k1");
        // a title broken over lines is one line
        assert_eq!(record.article.text, "Banjir Di Kota\n\nAir naik.");
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        let none = Fields::default();
        let cases: &[(&[u8], &str)] = &[
            (b"{\"text\": \"Air naik.\"", "invalid JSON"),
            (b"[1, 2]", "not an object"),
            (b"{\"title\": \"Judul\"}", "no text field"),
            (b"{\"text\": 12}", "'text' is a number, not a string"),
            (b"{\"text\": [\"a\"]}", "'text' is an array"),
            (
                b"{\"text\": \"Harga \xff naik\"}",
                "invalid UTF-8 at byte 16",
            ),
        ];
        for &(line, expected) in cases {
            let problem = bad(line, &none);
            assert!(problem.contains(expected), "{problem:?} lacks {expected:?}");
        }
        let named = Fields {
            text: Some("isi".into()),
            ..Fields::default()
        };
        assert!(bad(b"{\"text\": \"Air.\"}", &named).contains("no text field 'isi'"));
    }

    #[test]
    fn lines_are_numbered_and_an_overlong_one_is_skipped() {
        let long = format!("{{\"text\": \"{}\"}}", "a".repeat(100));
        let input = format!("{{\"text\":\"satu\"}}\n\n{long}\r\n{{\"text\":\"empat\"}}");
        let mut reader = Reader::new(input.as_bytes(), Fields::default(), false);
        reader.max_line = 50;
        let mut got = Vec::new();
        while let Some(line) = reader.next_line().unwrap() {
            let what = match line {
                Line::Record(r) => r.article.text,
                Line::Blank => "(blank)".into(),
                Line::Bad(problem) => problem[..20].to_string(),
            };
            got.push((reader.line(), what));
        }
        assert_eq!(
            got,
            [
                (1, "satu".to_string()),
                (2, "(blank)".to_string()),
                (3, "the line is longer t".to_string()),
                (4, "empat".to_string()),
            ]
        );
    }

    #[test]
    fn hosts() {
        let cases = [
            (
                "https://www.voaindonesia.com/a/1.html",
                Some("www.voaindonesia.com"),
            ),
            ("http://user@kompas.com:8080/x?y", Some("kompas.com")),
            ("https://detik.com", Some("detik.com")),
            ("detik.com/x", None),
        ];
        for (url, expected) in cases {
            assert_eq!(host(url), expected, "{url}");
        }
    }
}
