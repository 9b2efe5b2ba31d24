//! `selaras eval blocks DIR...`: block kinds of scraped-looking pages against gold kinds.
//!
//! A page is `NAME.id.txt` or `NAME.en.txt` (the language picks the rules) with its gold in
//! `NAME.id.gold.tsv`; see [`selaras::eval::blocks`] for the protocol. Prints one table per
//! directory: precision and recall per class, and what matters most, clutter translated.
use anyhow::Context;
use selaras::error::Error;
use selaras::eval::blocks::{parse_gold, score_page, Report, CLASSES};
use selaras::repeated::{CorpusLines, Origin};
use selaras::sentences::Lang;
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

fn bad(path: &Path, problem: String) -> Error {
    Error::BadInput {
        path: path.display().to_string(),
        problem,
    }
}

fn read(path: &Path) -> Result<String, Error> {
    let bytes = std::fs::read(path).map_err(|e| bad(path, format!("cannot read: {e}")))?;
    Ok(selaras::input::decode(&bytes, &path.display().to_string(), String::new(), false)?.text)
}

/// Scores every page of `dir` (sorted by name), as a corpus of sites when `corpus` gives the
/// repeated-line threshold.
fn score_dir(dir: &Path, corpus: Option<usize>) -> Result<Report, Error> {
    let entries = std::fs::read_dir(dir).map_err(|e| {
        bad(
            dir,
            format!("cannot list the directory: {e}: pass a directory of pages"),
        )
    })?;
    let mut pages: Vec<PathBuf> = entries
        .filter_map(|entry| entry.ok().map(|entry| entry.path()))
        .filter(|path| !path.to_string_lossy().ends_with(".gold.tsv"))
        .filter(|path| path.extension().is_some_and(|ext| ext == "txt"))
        .collect();
    pages.sort();
    if pages.is_empty() {
        return Err(bad(dir, "holds no NAME.id.txt or NAME.en.txt pages".into()));
    }
    let mut read_pages = Vec::new();
    for page_path in pages {
        let name = page_path
            .file_name()
            .unwrap_or_default()
            .to_string_lossy()
            .to_string();
        let (stem, lang) = match name.strip_suffix(".en.txt") {
            Some(stem) => (stem.to_string(), Lang::En),
            None => match name.strip_suffix(".id.txt") {
                Some(stem) => (stem.to_string(), Lang::Id),
                None => continue,
            },
        };
        let gold_path = page_path.with_file_name(format!("{stem}.{lang}.gold.tsv"));
        let page = read(&page_path)?;
        let gold = parse_gold(&page, &read(&gold_path)?).map_err(|e| bad(&gold_path, e))?;
        let site = Origin::site(stem.split('-').next().unwrap_or(&stem));
        read_pages.push((name, page, gold, lang, site));
    }
    let lines = match corpus {
        Some(n) => CorpusLines::scan(read_pages.iter().map(|p| (&p.4, p.1.as_str())), n),
        None => CorpusLines::scan(std::iter::empty(), usize::MAX),
    };
    let mut report = Report::default();
    for (name, page, gold, lang, site) in &read_pages {
        score_page(&mut report, name, page, gold, *lang, lines.of(site));
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
