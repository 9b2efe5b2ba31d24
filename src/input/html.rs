//! Saved HTML pages: the page's charset, its HTML5 parse, and its markup turned into the
//! article text the rest of the pipeline reads, one block a line.
//!
//! What the markup says is kept as marks on those lines ([`Article::marks`], [`Article::title`]):
//! the `<h1>` is the title, a `<figcaption>` the caption (its `<cite>`, `<small>` or
//! credit-classed part the credit), navigation, asides, footers, share and related boxes are
//! boilerplate. Where the markup says nothing, the text rules of the block stage decide, as
//! for a text scrape. Spans point into the extracted text, which is built here and normalized
//! line by line.
use super::Article;
use crate::blocks::BlockKind;
use crate::error::Error;
use crate::span::Span;
use ego_tree::NodeId;
use encoding_rs::{Encoding, UTF_8};
use scraper::{ElementRef, Html, Node};
use std::collections::HashMap;

/// Elements whose content is never text of the page: code, styling, forms, embedded frames,
/// the site's navigation.
const DROPPED: &[&str] = &[
    "head", "script", "style", "noscript", "template", "svg", "math", "nav", "form", "button",
    "select", "textarea", "iframe", "object", "canvas", "video", "audio", "map",
];

/// Elements that end a line of text before and after them.
const BLOCK_ELEMENTS: &[&str] = &[
    "address",
    "article",
    "aside",
    "blockquote",
    "br",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "footer",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "td",
    "th",
    "tr",
    "ul",
];

/// Elements that hold page furniture rather than the story, whatever their class says.
const CLUTTER_ELEMENTS: &[&str] = &["aside", "footer"];

/// Words in a class or id that name page furniture: `class="share-buttons"`, `id="baca-juga"`,
/// `class="related-posts"`, `class="newsletter-box"`. Matched against the words of the class
/// and id split at `-`, `_` and spaces, so "shareholders" in a story's class does not match.
const CLUTTER_CLASS_WORDS: &[&str] = &[
    "share",
    "sharing",
    "social",
    "sosmed",
    "related",
    "terkait",
    "bacajuga",
    "baca",
    "recommended",
    "recommendation",
    "rekomendasi",
    "newsletter",
    "subscribe",
    "comment",
    "comments",
    "komentar",
    "breadcrumb",
    "breadcrumbs",
    "tags",
    "tag",
    "topik",
    "ads",
    "advert",
    "advertisement",
    "iklan",
    "promo",
    "sidebar",
    "popular",
    "populer",
    "terpopuler",
    "trending",
    "footer",
    "menu",
    "widget",
    "banner",
    "cookie",
    "paging",
    "pagination",
];

/// Words in a class that mark a photo credit inside a caption: `<span class="credit">`,
/// `class="photo-source"`, `class="caption__author"`.
const CREDIT_CLASS_WORDS: &[&str] = &["credit", "credits", "source", "author", "byline"];

/// How a dateline ends: "Jakarta - ", "Jakarta, CNN Indonesia -- ". The block stage knows a
/// dateline the readers set apart by it ([`crate::blocks`]).
pub(crate) const DATELINE_SEPARATORS: &[&str] = &[" -- ", " - ", " – ", " — "];

/// Words a bold dateline has at most ("Jakarta, CNN Indonesia").
const DATELINE_WORDS: usize = 6;

/// How far into the page the `<meta charset>` is looked for, as browsers do (HTML's prescan
/// reads 1,024 bytes; pages with long comments before it are common, so a little more).
const PRESCAN_BYTES: usize = 4096;

/// A link-dominated line (a list of headlines, "Home  News  World") is clutter when its linked
/// text is at least this share of its characters.
pub(super) const LINK_SHARE: f64 = 0.8;

/// Reads a saved HTML page into an article: `transport_charset` is what the HTTP header said
/// (a WARC record's Content-Type), `name` appears in errors, `id` becomes the document id.
/// Invalid UTF-8 in a UTF-8 page is refused unless `lossy`.
pub fn article(
    bytes: &[u8],
    transport_charset: Option<&str>,
    name: &str,
    id: String,
    lossy: bool,
) -> Result<Article, Error> {
    if let Some(offset) = bytes.iter().position(|&b| b == 0) {
        return Err(bad(
            name,
            format!("looks like a binary file (NUL byte at byte {offset}), not an HTML page"),
        ));
    }
    let source = super::decode_in(bytes, encoding_of(bytes, transport_charset), name, lossy)?;
    let page = Html::parse_document(&source);
    let mut walk = Walk::new(&page);
    walk.node(page.tree.root(), Context::default());
    walk.flush();
    let fallback = walk
        .title
        .is_none()
        .then(|| fallback_title(&page))
        .flatten();
    let article = Article::built(id, walk.text, walk.title, walk.marks, fallback);
    if article.text.trim().is_empty() {
        return Err(bad(
            name,
            "has no text in its body: pass the saved article page, not an empty or \
             script-only one"
                .to_string(),
        ));
    }
    Ok(article)
}

fn bad(name: &str, problem: String) -> Error {
    Error::BadInput {
        path: name.to_string(),
        problem,
    }
}

/// The page's encoding: a byte order mark, else the transport's charset, else `<meta charset>`
/// or `<meta http-equiv="content-type">` near the start, else UTF-8 (what pages without a
/// declaration are today; HTML's own default of windows-1252 is for old pages).
fn encoding_of(bytes: &[u8], transport_charset: Option<&str>) -> &'static Encoding {
    if let Some((encoding, _)) = Encoding::for_bom(bytes) {
        return encoding;
    }
    transport_charset
        .and_then(|label| Encoding::for_label(label.trim().as_bytes()))
        .or_else(|| meta_charset(&bytes[..bytes.len().min(PRESCAN_BYTES)]))
        .map(|e| e.output_encoding())
        .unwrap_or(UTF_8)
}

/// `<meta charset="windows-1252">` or `<meta http-equiv="Content-Type" content="text/html;
/// charset=ISO-8859-1">`: the label after `charset=` in a meta tag.
fn meta_charset(head: &[u8]) -> Option<&'static Encoding> {
    let lower = head.to_ascii_lowercase();
    let mut at = 0;
    while let Some(found) = find(&lower[at..], b"<meta") {
        let start = at + found;
        let end = find(&lower[start..], b">").map_or(lower.len(), |e| start + e);
        let tag = &lower[start..end];
        if let Some(c) = find(tag, b"charset=") {
            let label: Vec<u8> = tag[c + b"charset=".len()..]
                .iter()
                .copied()
                .skip_while(|&b| b == b'"' || b == b'\'' || b == b' ')
                .take_while(|&b| !matches!(b, b'"' | b'\'' | b' ' | b';' | b'/' | b'>'))
                .collect();
            if let Some(encoding) = Encoding::for_label(&label) {
                return Some(encoding);
            }
        }
        at = end;
    }
    None
}

fn find(haystack: &[u8], needle: &[u8]) -> Option<usize> {
    haystack.windows(needle.len()).position(|w| w == needle)
}

/// What the elements around a piece of text say about it.
#[derive(Clone, Copy, Default)]
struct Context {
    clutter: bool,
    caption: bool,
    credit: bool,
    heading1: bool,
    link: bool,
    /// inside `<strong>` or `<b>`: a paragraph opening in bold before " - " is its dateline
    bold: bool,
    /// inside `<blockquote>`: a quotation, printed without quotation marks by the page
    quote: bool,
    /// inside `<p>` or `<li>` of the story's body
    paragraph: bool,
}

/// The walk over the page in document order, building the text line by line.
struct Walk {
    text: String,
    title: Option<Span>,
    marks: Vec<(Span, BlockKind)>,
    line: String,
    linked: usize,
    line_context: Context,
    /// the length of the bold text the current line opened with, while it is still growing
    /// (`open`), as a dateline candidate: "<strong>Jakarta</strong> - Sara Danius …"
    bold_lead: Option<(usize, bool)>,
    /// the element a readability-style score chose as the story's body
    body: Option<NodeId>,
    inside_body: bool,
    after_body: bool,
}

impl Walk {
    fn new(page: &Html) -> Walk {
        Walk {
            text: String::new(),
            title: None,
            marks: Vec::new(),
            line: String::new(),
            linked: 0,
            line_context: Context::default(),
            bold_lead: None,
            body: story_body(page),
            inside_body: false,
            after_body: false,
        }
    }

    fn node(&mut self, node: ego_tree::NodeRef<'_, Node>, parent: Context) {
        match node.value() {
            Node::Text(text) => self.push_text(text, parent),
            Node::Element(_) => {
                let Some(element) = ElementRef::wrap(node) else {
                    return;
                };
                let name = element.value().name();
                if DROPPED.contains(&name) || element.attr("hidden").is_some() {
                    return;
                }
                let block = BLOCK_ELEMENTS.contains(&name);
                if block {
                    self.flush();
                }
                let is_body = Some(node.id()) == self.body;
                if is_body {
                    self.inside_body = true;
                }
                let words = class_words(&element);
                let context = Context {
                    clutter: parent.clutter
                        || CLUTTER_ELEMENTS.contains(&name)
                        || words
                            .iter()
                            .any(|w| CLUTTER_CLASS_WORDS.contains(&w.as_str())),
                    caption: parent.caption || name == "figcaption",
                    credit: parent.credit
                        || (parent.caption
                            && (matches!(name, "cite" | "small")
                                || words
                                    .iter()
                                    .any(|w| CREDIT_CLASS_WORDS.contains(&w.as_str())))),
                    heading1: parent.heading1 || name == "h1",
                    link: parent.link || name == "a",
                    bold: parent.bold || matches!(name, "strong" | "b"),
                    quote: parent.quote || name == "blockquote",
                    paragraph: parent.paragraph || matches!(name, "p" | "li"),
                };
                // a credit inside a caption is a line of its own
                let credit_starts = context.credit && !parent.credit;
                if credit_starts {
                    self.flush();
                }
                // an inline quotation: the marks a browser draws around it
                let inline_quote = name == "q";
                if inline_quote {
                    self.push_text("“", context);
                }
                for child in node.children() {
                    self.node(child, context);
                }
                if inline_quote {
                    self.line.push('”');
                }
                if block || credit_starts {
                    self.flush();
                }
                if is_body {
                    self.inside_body = false;
                    self.after_body = true;
                }
            }
            Node::Document | Node::Fragment => {
                for child in node.children() {
                    self.node(child, parent);
                }
            }
            _ => {}
        }
    }

    fn push_text(&mut self, text: &str, context: Context) {
        if text.trim().is_empty() {
            if !self.line.is_empty() && !self.line.ends_with(' ') {
                self.line.push(' ');
            }
            return;
        }
        if self.line.trim().is_empty() {
            self.line_context = context;
            self.bold_lead = context.bold.then_some((0, true));
        }
        if let Some((_, open)) = &mut self.bold_lead {
            *open &= context.bold;
        }
        if text.starts_with(char::is_whitespace) && !self.line.ends_with(' ') {
            self.line.push(' ');
        }
        let mut words = text.split_whitespace().peekable();
        while let Some(word) = words.next() {
            self.line.push_str(word);
            if context.link {
                self.linked += word.chars().count();
            }
            if words.peek().is_some() {
                self.line.push(' ');
            }
        }
        if let Some((end, true)) = &mut self.bold_lead {
            *end = self.line.trim_start().len();
        }
        if text.ends_with(char::is_whitespace) {
            self.line.push(' ');
        }
    }

    /// Ends the current line: appends it to the text with a blank line before it and marks it
    /// by what its elements said.
    fn flush(&mut self) {
        let mut line = super::normalize(self.line.trim());
        if self.line_context.quote && !line.is_empty() && !line.contains(['"', '“', '”']) {
            // a blockquote's words are a quotation: give them the marks the page's style drew
            line = format!("“{line}”");
        }
        let dateline = self
            .bold_lead
            .and_then(|(bold, _)| bold_dateline(&line, bold));
        self.bold_lead = None;
        let linked = std::mem::take(&mut self.linked);
        self.line.clear();
        let context = std::mem::take(&mut self.line_context);
        if line.is_empty() {
            return;
        }
        if let Some(story) =
            dateline.filter(|_| !context.clutter && !context.caption && !context.heading1)
        {
            // the dateline on a line of its own, marked, and the story's first paragraph after it
            self.push_line(line[..story].trim_end(), Some(BlockKind::Meta));
            self.line_context = context;
            self.line = line[story..].to_string();
            self.linked = 0;
            return self.flush();
        }
        let chars = line.chars().filter(|c| !c.is_whitespace()).count().max(1);
        let link_row = linked as f64 / chars as f64 >= LINK_SHARE;
        let title = context.heading1 && !context.clutter && self.title.is_none();
        let kind = if title {
            None
        } else if context.clutter {
            Some(BlockKind::Boilerplate)
        } else if context.credit {
            Some(BlockKind::Credit)
        } else if context.caption {
            Some(BlockKind::Caption)
        } else if link_row || (self.after_body && !self.inside_body) {
            // after the story's body: related headlines, tags, the site's footer
            Some(BlockKind::Boilerplate)
        } else if self.inside_body && context.paragraph {
            // a paragraph of the story: the text rules still find its dateline, editor
            // initials or "Baca juga", but no pass takes it for clutter by its place
            Some(BlockKind::Paragraph)
        } else {
            None
        };
        let span = self.push_line(&line, kind);
        if title {
            self.title = Some(span);
        }
    }

    fn push_line(&mut self, line: &str, kind: Option<BlockKind>) -> Span {
        super::push_line(&mut self.text, &mut self.marks, line, kind)
    }
}

/// Where the story starts when `line` opens with `bold` bytes in bold that are a dateline: a
/// few words, then a dash and the story ("<strong>Jakarta</strong> - Sara Danius …", in
/// Markdown "**Jakarta** - Sara Danius …").
pub(super) fn bold_dateline(line: &str, bold: usize) -> Option<usize> {
    let lead = line.get(..bold)?;
    let rest = &line[bold..];
    let separator = DATELINE_SEPARATORS
        .iter()
        .find(|sep| rest.starts_with(**sep) || rest.starts_with(sep.trim_start()))?;
    let skip = if rest.starts_with(*separator) {
        separator.len()
    } else {
        separator.trim_start().len()
    };
    let story = rest[skip..].trim_start();
    let words = lead.split_whitespace().count();
    ((1..=DATELINE_WORDS).contains(&words)
        && story.starts_with(|c: char| c.is_uppercase() || c == '"' || c == '“'))
    .then(|| line.len() - story.len())
}

/// A page without an `<h1>`: its `og:title`, else its `<title>`, put first as its title.
fn fallback_title(page: &Html) -> Option<String> {
    let og = scraper::Selector::parse(r#"meta[property="og:title"]"#).expect("selector");
    let title = scraper::Selector::parse("title").expect("selector");
    page.select(&og)
        .find_map(|m| m.attr("content").map(str::to_string))
        .or_else(|| page.select(&title).next().map(|t| t.text().collect()))
}

/// The words of an element's class and id, lower-cased and split at `-`, `_` and spaces.
fn class_words(element: &ElementRef) -> Vec<String> {
    let mut words = Vec::new();
    for value in [element.attr("class"), element.attr("id")]
        .into_iter()
        .flatten()
    {
        for word in value.split(|c: char| c == '-' || c == '_' || c.is_whitespace()) {
            if !word.is_empty() {
                words.push(word.to_ascii_lowercase());
            }
        }
    }
    words
}

/// The story's body, chosen as readability does: every run of text gives its length (linked
/// text not counted) to the element that holds its paragraph — the parent of a `<p>`, or the
/// element itself when text sits in it between `<br>`s — and half of it to that element's
/// parent; the element with the highest total holds the story. Text in clutter, captions and
/// headings gives nothing. A page whose best total is under [`MIN_BODY_CHARS`] has no body
/// that can be trusted, and nothing is judged by its place after it.
fn story_body(page: &Html) -> Option<NodeId> {
    let mut scores: HashMap<NodeId, f64> = HashMap::new();
    for node in page.tree.root().descendants() {
        let Node::Text(text) = node.value() else {
            continue;
        };
        let length = text.trim().chars().count();
        if length == 0 {
            continue;
        }
        let mut elements = node.ancestors().filter_map(ElementRef::wrap);
        let Some(block) = elements.find(|e| BLOCK_ELEMENTS.contains(&e.value().name())) else {
            continue;
        };
        let skipped = |e: &ElementRef| {
            let name = e.value().name();
            matches!(
                name,
                "a" | "figcaption" | "figure" | "h1" | "h2" | "h3" | "h4" | "h5" | "h6"
            ) || DROPPED.contains(&name)
                || CLUTTER_ELEMENTS.contains(&name)
                || class_words(e)
                    .iter()
                    .any(|w| CLUTTER_CLASS_WORDS.contains(&w.as_str()))
        };
        if node
            .ancestors()
            .filter_map(ElementRef::wrap)
            .any(|e| skipped(&e))
        {
            continue;
        }
        let container = match block.value().name() {
            "p" | "li" | "blockquote" | "pre" => block
                .ancestors()
                .find_map(ElementRef::wrap)
                .unwrap_or(block),
            _ => block,
        };
        *scores.entry(container.id()).or_default() += length as f64;
        if let Some(parent) = container.ancestors().find_map(ElementRef::wrap) {
            *scores.entry(parent.id()).or_default() += length as f64 / 2.0;
        }
    }
    scores
        .into_iter()
        .filter(|&(_, score)| score >= MIN_BODY_CHARS)
        .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)))
        .map(|(id, _)| id)
}

/// The characters of text a story's body has at least (two or three short paragraphs).
const MIN_BODY_CHARS: f64 = 200.0;

#[cfg(test)]
mod tests {
    use super::*;

    fn read(html: &str) -> Article {
        article(html.as_bytes(), None, "page.html", "page".into(), false).unwrap()
    }

    fn kinds(article: &Article) -> Vec<(String, Option<BlockKind>)> {
        article
            .text
            .split("\n\n")
            .map(|line| {
                let start = line.as_ptr() as usize - article.text.as_ptr() as usize;
                let span = Span::new(start, start + line.len());
                let kind = if article.title == Some(span) {
                    Some(BlockKind::Title)
                } else {
                    article
                        .marks
                        .iter()
                        .find(|(s, _)| *s == span)
                        .map(|(_, k)| *k)
                };
                (line.to_string(), kind)
            })
            .collect()
    }

    #[test]
    fn markup_becomes_lines_and_marks() {
        let page = read(
            r#"<html><head><title>Situs</title><script>var x = "<p>no</p>";</script></head>
            <body><nav><a href="/">Beranda</a> <a href="/n">Nasional</a></nav>
            <h1>Banjir  Rendam
              Medan</h1>
            <figure><img src="a.jpg"><figcaption>Warga melintasi genangan di Medan.
              <span class="photo-credit">ANTARA FOTO/Budi</span></figcaption></figure>
            <div class="content"><p>Hujan deras turun sejak <b>Senin</b> malam.</p>
            <div class="share-buttons"><p>Bagikan ke teman</p></div>
            <p>Air mulai surut pada Selasa pagi.</p></div>
            <footer><p>Hak cipta dilindungi.</p></footer></body></html>"#,
        );
        use BlockKind::*;
        assert_eq!(
            kinds(&page),
            [
                ("Banjir Rendam Medan".to_string(), Some(Title)),
                (
                    "Warga melintasi genangan di Medan.".to_string(),
                    Some(Caption)
                ),
                ("ANTARA FOTO/Budi".to_string(), Some(Credit)),
                ("Hujan deras turun sejak Senin malam.".to_string(), None),
                ("Bagikan ke teman".to_string(), Some(Boilerplate)),
                ("Air mulai surut pada Selasa pagi.".to_string(), None),
                ("Hak cipta dilindungi.".to_string(), Some(Boilerplate)),
            ]
        );
    }

    #[test]
    fn charset_from_bom_transport_and_meta() {
        // "Rp 5.000 – café" in windows-1252: the en dash is 0x96, é is 0xe9
        let body = b"<p>Harga caf\xe9 \x96 naik.</p>";
        let with_meta = [b"<meta charset=\"windows-1252\">".as_slice(), body].concat();
        let a = article(&with_meta, None, "p.html", "p".into(), false).unwrap();
        assert_eq!(a.text, "Harga caf\u{e9} \u{2013} naik.");
        let http_equiv = [
            b"<meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\">"
                .as_slice(),
            body,
        ]
        .concat();
        let a = article(&http_equiv, None, "p.html", "p".into(), false).unwrap();
        assert_eq!(a.text, "Harga caf\u{e9} \u{2013} naik.");
        // the transport's charset wins over none in the page
        let a = article(body, Some("windows-1252"), "p.html", "p".into(), false).unwrap();
        assert_eq!(a.text, "Harga caf\u{e9} \u{2013} naik.");
        // undeclared: UTF-8, and these bytes are not UTF-8
        let err = article(body, None, "p.html", "p".into(), false).unwrap_err();
        assert!(err.to_string().contains("p.html"), "{err}");
        let bom = [b"\xef\xbb\xbf".as_slice(), "<p>Kafe é.</p>".as_bytes()].concat();
        assert_eq!(
            article(&bom, Some("windows-1252"), "p.html", "p".into(), false)
                .unwrap()
                .text,
            "Kafe \u{e9}."
        );
    }

    #[test]
    fn pages_without_text_or_with_nul_are_refused() {
        for (bytes, problem) in [
            (
                b"<html><body><script>x()</script></body></html>".as_slice(),
                "no text",
            ),
            (b"<p>a\0b</p>".as_slice(), "binary"),
        ] {
            let err = article(bytes, None, "p.html", "p".into(), false).unwrap_err();
            let message = err.to_string();
            assert!(
                message.contains("p.html") && message.contains(problem),
                "{message}"
            );
        }
    }

    #[test]
    fn a_page_without_h1_takes_its_og_title() {
        let page = read(
            r#"<head><meta property="og:title" content="Harga Beras Turun"></head>
            <body><p>Harga beras turun di pasar.</p></body>"#,
        );
        assert_eq!(
            page.text,
            "Harga Beras Turun\n\nHarga beras turun di pasar."
        );
        assert_eq!(page.title, Some(Span::new(0, 17)));
    }

    #[test]
    fn the_story_body_outscores_a_teaser_box() {
        let page = read(
            r#"<body><h1>Judul</h1>
            <div id="story"><p>Kalimat pertama yang panjang dari berita utama hari ini, yang
            menceritakan banjir di Medan dan warga yang mengungsi ke masjid terdekat.</p>
            <p>Kalimat kedua yang juga panjang dari berita utama hari ini, tentang bantuan
            yang datang dari pemerintah kota pada Selasa pagi.</p></div>
            <div><p>Teaser berita lain.</p></div></body>"#,
        );
        let teaser = kinds(&page).pop().unwrap();
        assert_eq!(
            teaser,
            (
                "Teaser berita lain.".to_string(),
                Some(BlockKind::Boilerplate)
            )
        );
    }
}
