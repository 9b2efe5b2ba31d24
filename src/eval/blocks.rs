//! Block classification against gold kinds (`tests/fixtures/pages`): every gold block of a page
//! gets the kind of the predicted block that covers most of its bytes, and the counts add up
//! over pages. Clutter is `boilerplate` and `meta` taken together, because what matters is that
//! neither is translated. Gold blocks marked `+repeat` count only as "translated again or not".
//!
//! Gold files hold one `kind[+repeat]\ttext` line per block, in page order; each text is found
//! in the page after the previous one.
use crate::blocks::{find_blocks_marked, Block, BlockKind};
use crate::error::Error;
use crate::input::{decode, markdown, Article};
use crate::repeated::RepeatedLines;
use crate::sentences::Lang;
use crate::span::Span;
use std::path::{Path, PathBuf};

/// One gold block: its kind, whether it repeats an earlier block, and where it is.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct GoldBlock {
    pub kind: BlockKind,
    pub repeat: bool,
    pub span: Span,
}

/// One page of a gold directory: its file name, the language of its rules, its normalized
/// text, what its markup said (a Markdown page's title and marks; none for a text page) and
/// its gold blocks.
pub struct Page {
    pub name: String,
    pub lang: Lang,
    pub text: String,
    pub title: Option<Span>,
    pub marks: Vec<(Span, BlockKind)>,
    pub gold: Vec<GoldBlock>,
}

/// Reads every `NAME.id.txt` / `NAME.en.txt` page of `dir` (or `NAME.<lang>.md`, a page in
/// Markdown, read as `segment` reads one), sorted by name, with its gold in
/// `NAME.<lang>.gold.tsv`. Errors name the file: a directory that cannot be listed or holds no
/// page, a file that cannot be read, a gold line that does not fit its page.
pub fn read_pages(dir: &Path) -> Result<Vec<Page>, Error> {
    let bad = |path: &Path, problem: String| Error::BadInput {
        path: path.display().to_string(),
        problem,
    };
    let read_article = |path: &Path, markdown: bool| -> Result<Article, Error> {
        let bytes = std::fs::read(path).map_err(|e| bad(path, format!("cannot read: {e}")))?;
        let name = path.display().to_string();
        if markdown {
            markdown::article(&bytes, &name, String::new(), false)
        } else {
            decode(&bytes, &name, String::new(), false)
        }
    };
    let read = |path: &Path| {
        let bytes = std::fs::read(path).map_err(|e| bad(path, format!("cannot read: {e}")))?;
        crate::input::decode_lines(&bytes, &path.display().to_string())
    };
    let entries = std::fs::read_dir(dir).map_err(|e| {
        bad(
            dir,
            format!("cannot list the directory: {e}: pass a directory of pages"),
        )
    })?;
    let mut paths: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .collect();
    paths.sort();
    let mut pages = Vec::new();
    for path in paths {
        let name = path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let Some((stem, lang, markdown)) = [Lang::Id, Lang::En].into_iter().find_map(|lang| {
            [("txt", false), ("md", true)]
                .into_iter()
                .find_map(|(ext, markdown)| {
                    Some((
                        name.strip_suffix(&format!(".{lang}.{ext}"))?,
                        lang,
                        markdown,
                    ))
                })
        }) else {
            continue;
        };
        let gold_path = path.with_file_name(format!("{stem}.{lang}.gold.tsv"));
        let article = read_article(&path, markdown)?;
        let gold = parse_gold(&article.text, &read(&gold_path)?).map_err(|e| bad(&gold_path, e))?;
        pages.push(Page {
            name,
            lang,
            text: article.text,
            title: article.title,
            marks: article.marks,
            gold,
        });
    }
    if pages.is_empty() {
        return Err(bad(
            dir,
            "holds no NAME.id.txt, NAME.en.txt (or .md) pages".into(),
        ));
    }
    Ok(pages)
}

/// Reads a gold file against its page. Errors name the 1-based gold line.
pub fn parse_gold(page: &str, gold: &str) -> Result<Vec<GoldBlock>, String> {
    let mut blocks = Vec::new();
    let mut from = 0;
    for (k, line) in gold.lines().enumerate() {
        if line.trim().is_empty() {
            continue;
        }
        let at = |problem: String| format!("line {}: {problem}", k + 1);
        let (kind, text) = line
            .split_once('\t')
            .ok_or_else(|| at(format!("expected 'kind<TAB>text', found '{line}'")))?;
        let (kind, repeat) = match kind.strip_suffix("+repeat") {
            Some(kind) => (kind, true),
            None => (kind, false),
        };
        let kind: BlockKind = kind.parse().map_err(at)?;
        let text = text.trim();
        let (start, end) = find_spaced(page, from, text)
            .ok_or_else(|| at(format!("'{text}' is not in the page after the line before")))?;
        from = end;
        blocks.push(GoldBlock {
            kind,
            repeat,
            span: Span::new(start, end),
        });
    }
    Ok(blocks)
}

/// Where `text` first stands in `page` at or after `from`, as (start, end): as it is, or with
/// any run of white space in the page where it has one (a page a wrapper broke, whose breaks
/// the reader left: "Jakarta,\n3 Mei" is the gold's "Jakarta, 3 Mei").
fn find_spaced(page: &str, from: usize, text: &str) -> Option<(usize, usize)> {
    // the first place it stands in either way: an exact copy further on (a caption printed
    // again) is not the one meant
    let mut words = text.split_whitespace();
    let first = words.next()?;
    let rest: Vec<&str> = words.collect();
    let mut search = from;
    while let Some(at) = page[search..].find(first) {
        let start = search + at;
        let mut end = start + first.len();
        let fits = rest.iter().all(|word| {
            let gap = page[end..].len() - page[end..].trim_start().len();
            let ok = gap > 0 && page[end + gap..].starts_with(word);
            end += gap + word.len();
            ok
        });
        if fits {
            return Some((start, end));
        }
        search = start + first.len();
    }
    None
}

/// Whether a predicted block goes to translation.
fn translated(block: &Block) -> bool {
    block.duplicate_of.is_none() && block.kind.is_translated()
}

/// The predicted block covering most of `span`, if any covers it at all.
fn covering(predicted: &[Block], span: Span) -> Option<&Block> {
    predicted
        .iter()
        .map(|b| {
            let overlap = b
                .span
                .end
                .min(span.end)
                .saturating_sub(b.span.start.max(span.start));
            (overlap, b)
        })
        .filter(|(overlap, _)| *overlap > 0)
        .max_by_key(|(overlap, _)| *overlap)
        .map(|(_, b)| b)
}

/// The class a kind is scored as: boilerplate and meta are one class, clutter.
fn class(kind: BlockKind) -> usize {
    match kind {
        BlockKind::Title => 0,
        BlockKind::Paragraph => 1,
        BlockKind::Caption => 2,
        BlockKind::Credit => 3,
        BlockKind::Meta | BlockKind::Boilerplate => 4,
    }
}

/// The classes by index: boilerplate and meta are one class, clutter.
pub const CLASSES: [&str; 5] = ["title", "paragraph", "caption", "credit", "clutter"];

/// A gold block that was classified wrongly, for error listings.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Miss {
    pub page: String,
    pub gold: BlockKind,
    pub predicted: Option<BlockKind>,
    pub text: String,
}

/// Counts over pages.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Report {
    pub pages: usize,
    /// confusion[gold class][predicted class]; a gold block nothing covers counts as clutter
    pub confusion: [[usize; 5]; 5],
    /// gold clutter blocks that were sent to translation
    pub clutter_translated: usize,
    /// gold repeats, and those sent to translation again
    pub repeats: usize,
    pub repeats_translated: usize,
    /// pages whose gold title was predicted a title
    pub titles_found: usize,
    pub titles: usize,
    pub misses: Vec<Miss>,
}

impl Report {
    /// Precision of a class: of the gold blocks predicted as it, the share that are it.
    pub fn precision(&self, class: usize) -> f64 {
        let predicted: usize = (0..5).map(|g| self.confusion[g][class]).sum();
        ratio(self.confusion[class][class], predicted)
    }

    /// Recall of a class: of its gold blocks, the share predicted as it.
    pub fn recall(&self, class: usize) -> f64 {
        let gold: usize = self.confusion[class].iter().sum();
        ratio(self.confusion[class][class], gold)
    }

    pub fn gold(&self, class: usize) -> usize {
        self.confusion[class].iter().sum()
    }

    /// Scores one page.
    pub fn add_page(&mut self, name: &str, page: &str, gold: &[GoldBlock], predicted: &[Block]) {
        self.pages += 1;
        let mut title_seen = false;
        for g in gold {
            let p = covering(predicted, g.span);
            if g.repeat {
                self.repeats += 1;
                self.repeats_translated += usize::from(p.is_some_and(translated));
                continue;
            }
            let predicted_class = p.map_or(4, |p| class(p.kind));
            self.confusion[class(g.kind)][predicted_class] += 1;
            if class(g.kind) == 4 && p.is_some_and(translated) {
                self.clutter_translated += 1;
            }
            if g.kind == BlockKind::Title && !title_seen {
                title_seen = true;
                self.titles += 1;
                self.titles_found += usize::from(predicted_class == 0);
            }
            if predicted_class != class(g.kind) {
                self.misses.push(Miss {
                    page: name.to_string(),
                    gold: g.kind,
                    predicted: p.map(|p| p.kind),
                    text: g.span.of(page).to_string(),
                });
            }
        }
    }
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 {
        1.0
    } else {
        a as f64 / b as f64
    }
}

/// Classifies a page, with the repeated lines of its corpus origin if any and what its
/// markup said, and scores it against its gold blocks.
pub fn score_page(report: &mut Report, page: &Page, repeated: &RepeatedLines) {
    let predicted = find_blocks_marked(&page.text, page.lang, repeated, page.title, &page.marks);
    report.add_page(&page.name, &page.text, &page.gold, &predicted);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn gold_is_found_in_order_and_scored_by_coverage() {
        let page = "Berita Terkait\nBanjir Rendam Bekasi\nWarga mengungsi ke masjid. (Foto: AP)\n\
                    Air mulai surut pada Senin pagi, kata petugas.\nAir mulai surut";
        let gold = "boilerplate\tBerita Terkait\ntitle\tBanjir Rendam Bekasi\n\
                    caption\tWarga mengungsi ke masjid.\ncredit\t(Foto: AP)\n\
                    paragraph\tAir mulai surut pada Senin pagi, kata petugas.\n\
                    paragraph+repeat\tAir mulai surut";
        let gold = parse_gold(page, gold).unwrap();
        assert_eq!(gold.len(), 6);
        assert_eq!(gold[3].span.of(page), "(Foto: AP)");
        assert!(gold[5].repeat);
        // a hand-made prediction: the credit missed (left on the caption), the title a paragraph
        let at = |s: &str| {
            let start = page.find(s).unwrap();
            Span::new(start, start + s.len())
        };
        let block = |kind, s| Block {
            kind,
            span: at(s),
            duplicate_of: None,
        };
        let predicted = [
            block(BlockKind::Paragraph, "Berita Terkait"),
            block(BlockKind::Paragraph, "Banjir Rendam Bekasi"),
            block(BlockKind::Caption, "Warga mengungsi ke masjid. (Foto: AP)"),
            block(
                BlockKind::Paragraph,
                "Air mulai surut pada Senin pagi, kata petugas.",
            ),
        ];
        let mut report = Report::default();
        report.add_page("p", page, &gold, &predicted);
        assert_eq!(report.clutter_translated, 1);
        assert_eq!((report.titles, report.titles_found), (1, 0));
        assert_eq!(report.recall(3), 0.0, "the credit went with the caption");
        assert_eq!(report.recall(2), 1.0);
        // the truncated repeat is covered by nothing: not translated again
        assert_eq!((report.repeats, report.repeats_translated), (1, 0));
        assert_eq!(report.misses.len(), 3);
    }

    #[test]
    fn gold_text_meets_a_page_broken_at_other_spaces() {
        let page = "Judul\nHarga beras naik\ndi Jakarta, kata\npedagang.\nHarga beras turun.";
        let gold = parse_gold(page, "title\tJudul\nparagraph\tHarga beras naik di Jakarta, kata pedagang.\nparagraph\tHarga beras turun.").unwrap();
        assert_eq!(
            gold[1].span.of(page),
            "Harga beras naik\ndi Jakarta, kata\npedagang."
        );
        assert_eq!(gold[2].span.of(page), "Harga beras turun.");
        // words glued or apart in the page are no match
        assert!(parse_gold("Hargaberas", "title\tHarga beras").is_err());
        // the first place, broken, before an exact copy further on
        let page = "Warga mengungsi\nke masjid.\nWarga mengungsi ke masjid.";
        let gold = parse_gold(page, "caption\tWarga mengungsi ke masjid.").unwrap();
        assert_eq!(gold[0].span.start, 0);
    }

    #[test]
    fn gold_errors_name_the_line() {
        assert_eq!(
            parse_gold("Satu", "title\tDua").unwrap_err(),
            "line 1: 'Dua' is not in the page after the line before"
        );
        assert!(parse_gold("Satu", "judul\tSatu")
            .unwrap_err()
            .starts_with("line 1: unknown block kind 'judul'"));
    }
}
