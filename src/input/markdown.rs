//! Pages a crawler delivered as Markdown (`*.md`, or a JSONL field named `markdown`): the
//! Markdown parsed by pulldown-cmark and turned into the article text the rest of the pipeline
//! reads, one block a line, as [`super::html`] does for a saved page.
//!
//! The markup's signs never reach a sentence: emphasis, links and escapes are read as the text
//! they render, images and code are dropped. What the markup says is kept as marks on the
//! lines it leaves ([`Article::marks`], [`Article::title`]):
//!
//! | Markdown | the line |
//! |---|---|
//! | the first `# Heading` (else a front matter's `title:`, else a reader service's `Title:` header) | the title |
//! | a line of links, `[Baca juga: …](…)`, `* [Nasional](…)` | boilerplate |
//! | `*Warga mengungsi. (Foto: AP)*` under `![…](….jpg)` | a caption (its credit split by the text rules) |
//! | `**Jakarta** - Sara Danius …` | the dateline "Jakarta -" on its own line, as meta, the story's lead |
//! | `> …` | a quotation, given its marks when it has none |
//!
//! Where the markup says nothing, the text rules of the block stage decide, as for a text
//! scrape. Spans point into the extracted text, which is built here and normalized line by line.
use super::html::{bold_dateline, LINK_SHARE};
use super::Article;
use crate::blocks::BlockKind;
use crate::error::Error;
use crate::span::Span;
use encoding_rs::{Encoding, UTF_8};
use pulldown_cmark::{Event, HeadingLevel, MetadataBlockKind, Options, Parser, Tag, TagEnd};

/// Reads a Markdown page into an article: `name` appears in errors, `id` becomes the document
/// id. Invalid UTF-8 is refused unless `lossy`; a page with no text is refused.
pub fn article(bytes: &[u8], name: &str, id: String, lossy: bool) -> Result<Article, Error> {
    let source = super::text_of(bytes, name, lossy)?;
    with_text(from_str(&source, id), name)
}

/// [`article`] for a page served with a charset (a WARC response's `Content-Type: text/markdown;
/// charset=…`): decoded in it (`encoding_rs`), its bytes invalid in it refused unless `lossy`.
pub fn article_in(
    bytes: &[u8],
    charset: Option<&str>,
    name: &str,
    id: String,
    lossy: bool,
) -> Result<Article, Error> {
    let encoding = charset
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .map_or(UTF_8, Encoding::output_encoding);
    if encoding == UTF_8 {
        return article(bytes, name, id, lossy);
    }
    let source = super::decode_in(bytes, encoding, name, lossy)?;
    with_text(from_str(&source, id), name)
}

/// `article`, unless the markup left it no text.
fn with_text(article: Article, name: &str) -> Result<Article, Error> {
    if article.text.trim().is_empty() {
        return Err(Error::BadInput {
            path: name.to_string(),
            problem: "has no text: it holds only markup (images, code, links without words)"
                .to_string(),
        });
    }
    Ok(article)
}

/// The article of Markdown `source` already decoded; its text may be empty.
pub fn from_str(source: &str, id: String) -> Article {
    let options = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_FOOTNOTES
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut walk = Walk::default();
    let (header_title, source) = match reader_header(source) {
        Some((title, body)) => (title, body),
        None => (None, source),
    };
    walk.front_title = header_title.map(str::to_string);
    for event in Parser::new_ext(source, options) {
        walk.event(event);
    }
    walk.flush();
    Article::built(id, walk.text, walk.title, walk.marks, walk.front_title)
}

/// The walk over the parser's events, building the text line by line.
#[derive(Default)]
struct Walk {
    text: String,
    title: Option<Span>,
    marks: Vec<(Span, BlockKind)>,
    /// the line being built, its characters in links and in emphasis, and the rest
    line: String,
    linked: usize,
    emphasized: usize,
    plain: usize,
    /// the bytes of bold text the line opened with, and whether the bold is still open
    bold_lead: Option<(usize, bool)>,
    /// what the line is inside of
    heading: Option<HeadingLevel>,
    quote: usize,
    /// depth of links, emphasis, strong text, and of what is dropped (images, code, HTML,
    /// front matter)
    link: usize,
    emphasis: usize,
    strong: usize,
    dropped: usize,
    front_matter: bool,
    front_title: Option<String>,
    /// an image stood since the last line given out: the next line may be its caption
    after_image: bool,
}

impl Walk {
    fn event(&mut self, event: Event<'_>) {
        match event {
            Event::Start(tag) => self.start(tag),
            Event::End(tag) => self.end(tag),
            Event::Text(text) if self.front_matter => self.front_matter(&text),
            Event::Text(text) | Event::Code(text) if self.dropped == 0 => self.push_text(&text),
            Event::SoftBreak if self.dropped == 0 => self.push_text(" "),
            Event::HardBreak => self.flush(),
            Event::InlineHtml(html) if is_line_break(&html) => self.flush(),
            _ => {}
        }
    }

    fn start(&mut self, tag: Tag<'_>) {
        match tag {
            Tag::Paragraph | Tag::Item | Tag::TableCell | Tag::DefinitionListTitle => self.flush(),
            Tag::DefinitionListDefinition | Tag::FootnoteDefinition(_) => self.flush(),
            Tag::Heading { level, .. } => {
                self.flush();
                self.heading = Some(level);
            }
            Tag::BlockQuote(_) => {
                self.flush();
                self.quote += 1;
            }
            Tag::Image { .. } => {
                // a picture parts the line it stands in: what follows may be its caption
                self.flush();
                self.dropped += 1;
                self.after_image = true;
            }
            Tag::CodeBlock(_) | Tag::HtmlBlock => {
                self.flush();
                self.dropped += 1;
            }
            Tag::MetadataBlock(MetadataBlockKind::YamlStyle) => self.front_matter = true,
            Tag::MetadataBlock(_) => self.dropped += 1,
            Tag::Link { .. } => self.link += 1,
            Tag::Emphasis => self.emphasis += 1,
            Tag::Strong => self.strong += 1,
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd) {
        match tag {
            TagEnd::Paragraph | TagEnd::Item | TagEnd::TableCell => self.flush(),
            TagEnd::DefinitionListTitle | TagEnd::DefinitionListDefinition => self.flush(),
            TagEnd::FootnoteDefinition => self.flush(),
            TagEnd::Heading(_) => {
                self.flush();
                self.heading = None;
            }
            TagEnd::BlockQuote(_) => {
                self.flush();
                self.quote = self.quote.saturating_sub(1);
            }
            TagEnd::Image => self.dropped = self.dropped.saturating_sub(1),
            TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                self.flush();
                self.dropped = self.dropped.saturating_sub(1);
            }
            TagEnd::MetadataBlock(MetadataBlockKind::YamlStyle) => self.front_matter = false,
            TagEnd::MetadataBlock(_) => self.dropped = self.dropped.saturating_sub(1),
            TagEnd::Link => self.link = self.link.saturating_sub(1),
            TagEnd::Emphasis => self.emphasis = self.emphasis.saturating_sub(1),
            TagEnd::Strong => self.strong = self.strong.saturating_sub(1),
            _ => {}
        }
    }

    /// A front matter's `title: …` line, its quotes taken off.
    fn front_matter(&mut self, text: &str) {
        for line in text.lines() {
            if let Some(value) = line.strip_prefix("title:") {
                let value = value.trim().trim_matches(['"', '\'']).trim();
                if !value.is_empty() && self.front_title.is_none() {
                    self.front_title = Some(value.to_string());
                }
            }
        }
    }

    fn push_text(&mut self, text: &str) {
        let bold = self.strong > 0;
        if self.line.trim().is_empty() {
            self.bold_lead = bold.then_some((0, true));
        }
        if let Some((_, open)) = &mut self.bold_lead {
            *open &= bold || text.trim().is_empty();
        }
        for c in text.chars() {
            if c.is_whitespace() {
                if !self.line.is_empty() && !self.line.ends_with(' ') {
                    self.line.push(' ');
                }
                continue;
            }
            self.line.push(c);
            if self.link > 0 {
                self.linked += 1;
            }
            if self.emphasis > 0 || self.strong > 0 {
                self.emphasized += 1;
            } else {
                self.plain += 1;
            }
        }
        if let Some((end, true)) = &mut self.bold_lead {
            *end = self.line.trim_start().trim_end().len();
        }
    }

    /// Ends the current line: appends it to the text with a blank line before it and marks it
    /// by what its markup said.
    fn flush(&mut self) {
        let raw = std::mem::take(&mut self.line);
        let (linked, emphasized, plain) = (
            std::mem::take(&mut self.linked),
            std::mem::take(&mut self.emphasized),
            std::mem::take(&mut self.plain),
        );
        let mut line = super::normalize(raw.trim());
        if line.is_empty() {
            return;
        }
        let bold = self.bold_lead.take();
        let after_image = std::mem::take(&mut self.after_image);
        if self.quote > 0 && !line.contains(['"', '“', '”']) {
            // a block quotation's words: give them the marks the page's style drew
            line = format!("“{line}”");
        }
        let dateline = bold
            .filter(|_| self.heading.is_none() && self.quote == 0)
            .and_then(|(end, _)| bold_dateline(&line, end));
        if let Some(story) = dateline {
            // the dateline on a line of its own, marked, and the story's first paragraph after
            // it; the block stage takes a marked dateline for the story's lead
            self.push_line(line[..story].trim_end(), Some(BlockKind::Meta));
            self.push_line(&line[story..], None);
            return;
        }
        let chars = emphasized + plain;
        let kind = if self.heading == Some(HeadingLevel::H1) && self.title.is_none() {
            None
        } else if chars > 0 && linked as f64 / chars as f64 >= LINK_SHARE {
            // a line of links: a menu, a list of headlines, "Baca juga"
            Some(BlockKind::Boilerplate)
        } else if after_image && plain == 0 && self.heading.is_none() {
            // in emphasis under a picture, as Markdown writes a figure's caption
            Some(BlockKind::Caption)
        } else {
            None
        };
        let span = self.push_line(&line, kind);
        if self.heading == Some(HeadingLevel::H1) && self.title.is_none() {
            self.title = Some(span);
        }
    }

    fn push_line(&mut self, line: &str, kind: Option<BlockKind>) -> Span {
        super::push_line(&mut self.text, &mut self.marks, line, kind)
    }
}

/// The lines of a header at most this long are read before its "Markdown Content:" line.
const HEADER_LINES: usize = 12;

/// The header a reader service writes above the page's Markdown: "Key: value" lines ("Title:
/// …", "URL Source: …", "Published Time: …") closed by a line "Markdown Content:". Returns
/// the header's title and the Markdown after it; `None` when `source` has no such header.
fn reader_header(source: &str) -> Option<(Option<&str>, &str)> {
    let mut title = None;
    let mut at = 0;
    for line in source.split_inclusive('\n').take(HEADER_LINES) {
        at += line.len();
        let line = line.trim();
        if line.is_empty() {
            continue;
        }
        if line == "Markdown Content:" {
            return Some((title, &source[at..]));
        }
        let (key, value) = line.split_once(": ")?;
        let keyed = key.starts_with(|c: char| c.is_ascii_uppercase())
            && key.chars().all(|c| c.is_ascii_alphabetic() || c == ' ');
        if !keyed {
            return None;
        }
        if key == "Title" && !value.trim().is_empty() {
            title = Some(value.trim());
        }
    }
    None
}

/// Inline HTML that breaks a line: `<br>`, `<br/>`, `<br />`.
fn is_line_break(html: &str) -> bool {
    let tag = html.trim().to_ascii_lowercase();
    tag.starts_with("<br") && tag[3..].trim_start_matches([' ', '/']).starts_with('>')
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The article's lines, each with the kind its mark gives (or "title", or "-").
    fn lines(source: &str) -> Vec<(String, &'static str)> {
        let article = from_str(source, "uji".into());
        let mut got = Vec::new();
        let mut at = 0;
        for line in article.text.split("\n\n") {
            let span = Span::new(at, at + line.len());
            at += line.len() + 2;
            let kind = if article.title == Some(span) {
                "title"
            } else {
                article
                    .marks
                    .iter()
                    .find(|(s, _)| *s == span)
                    .map_or("-", |(_, k)| k.name())
            };
            got.push((line.to_string(), kind));
        }
        got
    }

    #[test]
    fn markup_is_read_as_the_text_it_renders() {
        let page = "# Harga Beras *Naik* Lagi\n\n\
            ![Pasar Induk](https://contoh.id/foto/pasar.jpg)\n\
            *Pedagang beras di Pasar Induk Cipinang. (Foto: ANTARA/Aditya)*\n\n\
            **Jakarta** - Harga beras naik lagi pekan ini, kata [Badan Pangan](https://contoh.id/bp).\n\n\
            [Baca juga: Harga Cabai Turun](https://contoh.id/cabai)\n\n\
            > Kami berharap harga turun\n\n\
            ```\nvar iklan = 1;\n```\n\n\
            Pedagang mengeluh \\*sepi\\* pembeli.<br>Stok aman.\n\n\
            * [Nasional](https://contoh.id/n)\n* [Ekonomi](https://contoh.id/e)\n";
        let got = lines(page);
        let want = [
            ("Harga Beras Naik Lagi", "title"),
            (
                "Pedagang beras di Pasar Induk Cipinang. (Foto: ANTARA/Aditya)",
                "caption",
            ),
            ("Jakarta -", "meta"),
            ("Harga beras naik lagi pekan ini, kata Badan Pangan.", "-"),
            ("Baca juga: Harga Cabai Turun", "boilerplate"),
            ("“Kami berharap harga turun”", "-"),
            ("Pedagang mengeluh *sepi* pembeli.", "-"),
            ("Stok aman.", "-"),
            ("Nasional", "boilerplate"),
            ("Ekonomi", "boilerplate"),
        ];
        let want: Vec<(String, &str)> = want.iter().map(|(l, k)| (l.to_string(), *k)).collect();
        assert_eq!(got, want);
    }

    #[test]
    fn only_emphasis_under_a_picture_is_its_caption() {
        // the picture's alt text is not read; a plain line under it is left to the text rules
        let got = lines("![Warga di masjid](a.jpg)\nWarga mengungsi ke masjid.\n\nAir surut.");
        assert_eq!(got[0], ("Warga mengungsi ke masjid.".to_string(), "-"));
        // emphasis away from any picture is not a caption
        let got = lines("Air mulai surut.\n\n*Warga mengungsi ke masjid.*");
        assert_eq!(got[1], ("Warga mengungsi ke masjid.".to_string(), "-"));
        // a line with a word outside the emphasis is not a caption either
        let got = lines("![x](a.jpg)\n\n*Warga* mengungsi ke masjid.");
        assert_eq!(got[0].1, "-");
    }

    #[test]
    fn the_title_is_the_first_level_one_heading_else_the_front_matter() {
        let got = lines("## Ekonomi\n\n# Harga Naik\n\n# Kedua\n\nIsi berita.");
        assert_eq!(got[0], ("Ekonomi".to_string(), "-"));
        assert_eq!(got[1], ("Harga Naik".to_string(), "title"));
        assert_eq!(got[2], ("Kedua".to_string(), "-"));
        let got = lines("---\ntitle: \"Harga Beras Naik\"\nauthor: x\n---\n\nIsi berita.");
        assert_eq!(got[0], ("Harga Beras Naik".to_string(), "title"));
        assert_eq!(got[1], ("Isi berita.".to_string(), "-"));
    }

    #[test]
    fn a_reader_services_header_gives_the_title_and_is_not_text() {
        let page = "Title: Harga Cabai Naik\n\nURL Source: https://contoh.id/a/1\n\n\
            Markdown Content:\nPedagang mengeluh.\n";
        let got = lines(page);
        assert_eq!(got[0], ("Harga Cabai Naik".to_string(), "title"));
        assert_eq!(got[1], ("Pedagang mengeluh.".to_string(), "-"));
        assert_eq!(got.len(), 2);
        // a story that opens with a line of the same shape keeps it
        let got = lines("Catatan: harga naik.\n\nPedagang mengeluh.");
        assert_eq!(got[0], ("Catatan: harga naik.".to_string(), "-"));
    }

    #[test]
    fn a_bold_opening_is_a_dateline_only_before_a_dash_and_the_story() {
        let got = lines("**Jakarta, CNN Indonesia** -- Presiden meresmikan bendungan.");
        assert_eq!(got[0], ("Jakarta, CNN Indonesia --".to_string(), "meta"));
        assert_eq!(got[1].0, "Presiden meresmikan bendungan.");
        // bold words without the dash are the story's own
        let got = lines("**Presiden** meresmikan bendungan.");
        assert_eq!(got, [("Presiden meresmikan bendungan.".to_string(), "-")]);
    }

    #[test]
    fn a_page_of_markup_only_is_refused_with_its_name() {
        let err = article(
            b"![x](a.jpg)\n\n```\ncode\n```\n",
            "halaman.md",
            "h".into(),
            false,
        )
        .unwrap_err()
        .to_string();
        assert!(
            err.contains("halaman.md") && err.contains("no text"),
            "{err}"
        );
        let err = article(b"# Judul\n\xff\xfe", "rusak.md", "r".into(), false)
            .unwrap_err()
            .to_string();
        assert!(err.contains("rusak.md"), "{err}");
        assert!(article(b"# Judul\n\xffIsi.", "rusak.md", "r".into(), true).is_ok());
    }
}
