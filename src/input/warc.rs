//! WARC crawls: records streamed one at a time (the `warc` crate), HTTP responses unwrapped
//! (status, headers by `httparse`, chunked transfer, gzip or deflate content), and HTML pages
//! read by [`super::html`]. Everything else is skipped with a reason the run's summary counts.
//!
//! A record is held in memory only while it is read; the file never is. A record cut off by
//! the end of the file is reported, not fatal: what came before it stands.
use super::Article;
use super::{html, markdown};
use crate::error::Error;
use std::cell::Cell;
use std::io::{self, BufRead, Read};
use std::rc::Rc;
use warc::{RecordType, WarcHeader};

/// What reading a WARC file gives next.
pub enum Item {
    /// an HTML page: its target URI is the document's id and URL
    Page { article: Article, url: String },
    /// a record that holds no article, with the reason the summary counts it under
    Skipped(&'static str),
    /// a page that could not be read (its bytes are not its charset, it has no text): reported
    Bad(Error),
    /// the file ended inside a record
    Truncated(String),
}

/// The reasons a record is skipped, as the summary names them.
pub mod reason {
    pub const NOT_RESPONSE: &str = "records that are not responses (warcinfo, request, metadata …)";
    pub const REVISIT: &str = "revisit records";
    pub const NOT_HTML: &str = "responses that are not HTML or Markdown";
    pub const NOT_OK: &str = "responses with a status other than 200";
    pub const BAD_HTTP: &str = "responses without a readable HTTP header";
    pub const ENCODING: &str = "responses in a content encoding not read (br, zstd …)";
    pub const NO_URI: &str = "responses without a target URI";
}

/// A reader that counts the bytes taken from it, so that bytes left after the last whole
/// record (a file cut off inside a record's header) are seen: the WARC reader ends quietly there.
struct Tracked<R> {
    inner: R,
    taken: Rc<Cell<u64>>,
}

impl<R: Read> Read for Tracked<R> {
    fn read(&mut self, buf: &mut [u8]) -> io::Result<usize> {
        let n = self.inner.read(buf)?;
        self.taken.set(self.taken.get() + n as u64);
        Ok(n)
    }
}

impl<R: BufRead> BufRead for Tracked<R> {
    fn fill_buf(&mut self) -> io::Result<&[u8]> {
        self.inner.fill_buf()
    }

    fn consume(&mut self, n: usize) {
        self.taken.set(self.taken.get() + n as u64);
        self.inner.consume(n);
    }
}

/// A WARC file's records, in order.
pub struct Records<R: BufRead> {
    records: warc::RecordIter<Tracked<R>>,
    taken: Rc<Cell<u64>>,
    /// bytes taken when the last whole record ended
    record_end: u64,
    name: String,
    lossy: bool,
    /// records read so far, for messages (the first is 1)
    number: u64,
    done: bool,
}

impl<R: BufRead> Records<R> {
    /// Checks that `reader` starts as a WARC file does ("WARC/1.0"), so that another file is a
    /// one-line error here and not a silent empty run.
    pub fn new(mut reader: R, name: &str, lossy: bool) -> Result<Records<R>, Error> {
        let head = reader.fill_buf().map_err(|e| Error::BadInput {
            path: name.to_string(),
            problem: format!("cannot read: {e}"),
        })?;
        if !head.starts_with(b"WARC/") {
            return Err(Error::BadInput {
                path: name.to_string(),
                problem: "is not a WARC file (it does not start with \"WARC/\"): pass a .warc or \
                          .warc.gz crawl, or choose another --input-format"
                    .to_string(),
            });
        }
        let taken = Rc::new(Cell::new(0));
        let tracked = Tracked {
            inner: reader,
            taken: taken.clone(),
        };
        Ok(Records {
            records: warc::WarcReader::new(tracked).iter_records(),
            taken,
            record_end: 0,
            name: name.to_string(),
            lossy,
            number: 0,
            done: false,
        })
    }

    /// The number of the last record read (1 for the first).
    pub fn number(&self) -> u64 {
        self.number
    }

    /// The next record's item, `None` at the end of the file (or after a truncated record).
    pub fn next_item(&mut self) -> Result<Option<Item>, io::Error> {
        if self.done {
            return Ok(None);
        }
        let record = match self.records.next() {
            None => {
                self.done = true;
                // a header begun and never finished
                if self.taken.get() > self.record_end {
                    self.number += 1;
                    return Ok(Some(Item::Truncated(
                        "the file ends inside this record's header (a truncated crawl): the \
                         records before it are read"
                            .to_string(),
                    )));
                }
                return Ok(None);
            }
            Some(Ok(record)) => {
                self.record_end = self.taken.get();
                record
            }
            Some(Err(warc::Error::ReadData(err))) => return Err(err),
            Some(Err(err)) => {
                // the crate reads to the end of a record's body; a file that ends first, or
                // whose headers cannot be parsed, leaves nothing reliable after this point
                self.done = true;
                self.number += 1;
                let problem = match err {
                    warc::Error::UnexpectedEOB => {
                        "the file ends inside this record (a truncated crawl): the records \
                         before it are read"
                            .to_string()
                    }
                    other => format!("unreadable record ({other}): the records before it are read"),
                };
                return Ok(Some(Item::Truncated(problem)));
            }
        };
        self.number += 1;
        Ok(Some(self.item(&record)))
    }

    fn item(&self, record: &warc::Record<warc::BufferedBody>) -> Item {
        match record.warc_type() {
            RecordType::Response => {}
            RecordType::Revisit => return Item::Skipped(reason::REVISIT),
            _ => return Item::Skipped(reason::NOT_RESPONSE),
        }
        let Some(url) = record
            .header(WarcHeader::TargetURI)
            .map(|u| u.trim().to_string())
        else {
            return Item::Skipped(reason::NO_URI);
        };
        let response = match Response::parse(record.body()) {
            Ok(response) => response,
            Err(reason) => return Item::Skipped(reason),
        };
        if response.status != 200 {
            return Item::Skipped(reason::NOT_OK);
        }
        let markdown = response.is_markdown();
        if !markdown && !response.is_html() {
            return Item::Skipped(reason::NOT_HTML);
        }
        let body = match response.body() {
            Ok(body) => body,
            Err(reason) => return Item::Skipped(reason),
        };
        let name = format!("{} record {} ({url})", self.name, self.number);
        let article = if markdown {
            markdown::article_in(&body, response.charset(), &name, url.clone(), self.lossy)
        } else {
            html::article(&body, response.charset(), &name, url.clone(), self.lossy)
        };
        match article {
            Ok(article) => Item::Page { article, url },
            Err(err) => Item::Bad(err),
        }
    }
}

/// An HTTP response as a crawler stored it.
struct Response<'a> {
    status: u16,
    content_type: Option<String>,
    chunked: bool,
    encoding: Option<String>,
    body: &'a [u8],
}

/// Headers a response has at most.
const MAX_HEADERS: usize = 128;

impl<'a> Response<'a> {
    fn parse(bytes: &'a [u8]) -> Result<Response<'a>, &'static str> {
        let mut headers = [httparse::EMPTY_HEADER; MAX_HEADERS];
        let mut response = httparse::Response::new(&mut headers);
        let Ok(httparse::Status::Complete(length)) = response.parse(bytes) else {
            return Err(reason::BAD_HTTP);
        };
        let header = |name: &str| {
            response
                .headers
                .iter()
                .find(|h| h.name.eq_ignore_ascii_case(name))
                .map(|h| String::from_utf8_lossy(h.value).trim().to_ascii_lowercase())
        };
        Ok(Response {
            status: response.code.unwrap_or(0),
            content_type: header("content-type"),
            chunked: header("transfer-encoding").is_some_and(|t| t.contains("chunked")),
            encoding: header("content-encoding").filter(|e| e != "identity"),
            body: &bytes[length..],
        })
    }

    /// `text/markdown` (or `text/x-markdown`): a page a crawler asked for as Markdown.
    fn is_markdown(&self) -> bool {
        self.content_type
            .as_deref()
            .is_some_and(|t| t.starts_with("text/markdown") || t.starts_with("text/x-markdown"))
    }

    /// `text/html` or `application/xhtml+xml`; a response without a type is looked at: pages
    /// served without one start with markup.
    fn is_html(&self) -> bool {
        match &self.content_type {
            Some(t) => t.starts_with("text/html") || t.starts_with("application/xhtml+xml"),
            None => {
                let start = String::from_utf8_lossy(&self.body[..self.body.len().min(512)])
                    .trim_start()
                    .to_ascii_lowercase();
                start.starts_with("<!doctype html") || start.starts_with("<html")
            }
        }
    }

    /// The charset the Content-Type names, if any.
    fn charset(&self) -> Option<&str> {
        let t = self.content_type.as_deref()?;
        let at = t.find("charset=")?;
        let value = t[at + "charset=".len()..].trim_matches(|c| c == '"' || c == '\'');
        Some(value.split([';', ' ', '"']).next().unwrap_or(value))
    }

    /// The body as the server meant it: chunks joined, gzip or deflate undone.
    fn body(&self) -> Result<Vec<u8>, &'static str> {
        let body = match self.chunked {
            true => dechunk(self.body).ok_or(reason::BAD_HTTP)?,
            false => self.body.to_vec(),
        };
        let mut decoded = Vec::new();
        let result = match self.encoding.as_deref() {
            None => return Ok(body),
            Some("gzip" | "x-gzip") => {
                flate2::read::MultiGzDecoder::new(&body[..]).read_to_end(&mut decoded)
            }
            Some("deflate") => flate2::read::ZlibDecoder::new(&body[..]).read_to_end(&mut decoded),
            Some(_) => return Err(reason::ENCODING),
        };
        result.map(|_| decoded).map_err(|_| reason::BAD_HTTP)
    }
}

/// Joins the chunks of a `Transfer-Encoding: chunked` body; `None` when it is malformed. A
/// body cut off inside a chunk keeps what it has (crawlers store such bodies).
fn dechunk(mut bytes: &[u8]) -> Option<Vec<u8>> {
    let mut out = Vec::with_capacity(bytes.len());
    loop {
        let line_end = bytes.windows(2).position(|w| w == b"\r\n")?;
        let size_field = std::str::from_utf8(&bytes[..line_end]).ok()?;
        let size_hex = size_field.split(';').next()?.trim();
        let size = usize::from_str_radix(size_hex, 16).ok()?;
        bytes = &bytes[line_end + 2..];
        if size == 0 {
            return Some(out);
        }
        let take = size.min(bytes.len());
        out.extend_from_slice(&bytes[..take]);
        if take < size {
            return Some(out);
        }
        bytes = bytes.get(size + 2..).unwrap_or(&[]);
        if bytes.is_empty() {
            return Some(out);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chunked_bodies_are_joined() {
        assert_eq!(
            dechunk(b"4\r\nWiki\r\n5;x=1\r\npedia\r\n0\r\n\r\n").unwrap(),
            b"Wikipedia"
        );
        assert_eq!(dechunk(b"4\r\nWiki\r\n5\r\nped").unwrap(), b"Wikiped");
        assert!(dechunk(b"zz\r\nWiki").is_none());
    }

    #[test]
    fn responses_say_their_status_type_and_charset() {
        let bytes =
            b"HTTP/1.1 200 OK\r\nContent-Type: text/html; charset=\"ISO-8859-1\"\r\n\r\n<p>x</p>";
        let response = Response::parse(bytes).unwrap();
        assert_eq!(response.status, 200);
        assert!(response.is_html());
        assert_eq!(response.charset(), Some("iso-8859-1"));
        assert_eq!(response.body().unwrap(), b"<p>x</p>");
        let image = Response::parse(b"HTTP/1.1 200 OK\r\nContent-Type: image/jpeg\r\n\r\n\xff\xd8")
            .unwrap();
        assert!(!image.is_html());
        assert_eq!(Response::parse(b"garbage").err(), Some(reason::BAD_HTTP));
    }

    #[test]
    fn a_file_that_is_not_warc_is_refused() {
        let err = Records::new(&b"<html><p>halo</p></html>"[..], "page.warc", false)
            .err()
            .unwrap();
        assert!(err.to_string().contains("page.warc") && err.to_string().contains("not a WARC"));
    }
}
