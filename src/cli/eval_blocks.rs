//! `selaras eval blocks DIR...`: block kinds of scraped-looking pages against gold kinds.
//!
//! A page is `NAME.id.txt` or `NAME.en.txt` (the language picks the rules), or the same names
//! ending in `.md` for a page in Markdown, with its gold in
//! `NAME.id.gold.tsv`; see [`selaras::eval::blocks`] for the protocol. Prints one table per
//! directory: precision and recall per class, and what matters most, clutter translated.
use anyhow::Context;
use selaras::error::Error;
use selaras::eval::blocks::{read_pages, score_page, Page, Report, CLASSES};
use selaras::repeated::{CorpusLines, Origin, RepeatedLines};
use std::io::Write;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
#[command(after_help = super::EXIT_CODES_HELP)]
pub struct BlocksArgs {
    /// Directories of pages with gold kinds (e.g. tests/fixtures/pages/dev)
    #[arg(required = true)]
    pub dirs: Vec<PathBuf>,
    /// Print up to N misclassified gold blocks per directory
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub show_errors: usize,
    /// Score each directory as a corpus run sees it: the pages of one site (the part of the
    /// file name before the first '-') are one origin, and lines repeated in N of them are
    /// boilerplate (see `selaras segment --repeated-lines`)
    #[arg(long, value_name = "N")]
    pub corpus: Option<usize>,
}

pub fn run(args: BlocksArgs) -> anyhow::Result<i32> {
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    for dir in &args.dirs {
        let report = score_dir(dir, args.corpus)?;
        print(&mut out, dir, &report, args.show_errors).context("writing to standard output")?;
    }
    Ok(0)
}

/// Scores every page of `dir` (sorted by name), as a corpus of sites when `corpus` gives the
/// repeated-line threshold: the pages of one site are those whose names share the part before
/// the first '-'.
fn score_dir(dir: &Path, corpus: Option<usize>) -> Result<Report, Error> {
    let pages = read_pages(dir)?;
    let site = |page: &Page| Origin::site(page.name.split('-').next().unwrap_or(&page.name));
    let sites: Vec<Origin> = pages.iter().map(site).collect();
    let lines = corpus.map(|n| {
        CorpusLines::scan(
            sites.iter().zip(&pages).map(|(s, p)| (s, p.text.as_str())),
            n,
        )
    });
    let none = RepeatedLines::none();
    let mut report = Report::default();
    for (page, site) in pages.iter().zip(&sites) {
        let repeated = lines.as_ref().map_or(&none, |lines| lines.of(site));
        score_page(&mut report, page, repeated);
    }
    Ok(report)
}

fn print(out: &mut dyn Write, dir: &Path, r: &Report, show_errors: usize) -> std::io::Result<()> {
    writeln!(out, "# {} ({} pages)", dir.display(), r.pages)?;
    writeln!(out, "class\tgold\tprecision\trecall")?;
    for (k, name) in CLASSES.iter().enumerate() {
        writeln!(
            out,
            "{name}\t{}\t{:.3}\t{:.3}",
            r.gold(k),
            r.precision(k),
            r.recall(k)
        )?;
    }
    writeln!(out, "titles found\t{}/{}", r.titles_found, r.titles)?;
    writeln!(out, "clutter translated\t{}", r.clutter_translated)?;
    writeln!(
        out,
        "repeats translated again\t{}/{}",
        r.repeats_translated, r.repeats
    )?;
    for miss in r.misses.iter().take(show_errors) {
        writeln!(
            out,
            "{}\t{} → {}\t{}",
            miss.page,
            miss.gold,
            miss.predicted.map_or("nothing", |k| k.name()),
            miss.text
        )?;
    }
    Ok(())
}
