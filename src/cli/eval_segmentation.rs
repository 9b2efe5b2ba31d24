//! `selaras eval segmentation GOLD...`: sentence-boundary P/R/F1 per gold file and overall.
//!
//! Gold files hold one sentence per line; see [`selaras::eval::segmentation`] for the protocol.
//! `--show-errors N` prints up to N wrong boundaries per file with their context.
use anyhow::Context;
use selaras::error::Error;
use selaras::eval::segmentation::{score_lines, Options, Report, Score};
use selaras::sentences::Lang;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct SegmentationArgs {
    /// Gold files, one sentence per line (e.g. ../shared/eval/ud-id-pud.id.txt)
    #[arg(required = true)]
    pub gold: Vec<PathBuf>,
    /// Gold sentences joined into each pseudo-paragraph
    #[arg(long, default_value_t = 5)]
    pub per_paragraph: usize,
    /// Sentence rules: id (Indonesian) or en (English)
    #[arg(long, default_value_t = Lang::Id, value_parser = super::by_name::<Lang>(Lang::names()))]
    pub lang: Lang,
    /// Keep gold lines without final punctuation (headlines) in a paragraph of their own, as
    /// in a real article; their boundaries are then not scored
    #[arg(long)]
    pub headlines_apart: bool,
    /// Print up to N wrong boundaries per file ("+" over-split, "-" missed)
    #[arg(long, value_name = "N", default_value_t = 0)]
    pub show_errors: usize,
}

pub fn run(args: SegmentationArgs) -> anyhow::Result<i32> {
    if args.per_paragraph == 0 {
        return Err(Error::Usage("--per-paragraph must be at least 1".into()).into());
    }
    let options = Options {
        per_paragraph: args.per_paragraph,
        lang: args.lang,
        headlines_apart: args.headlines_apart,
    };
    let mut reports = Vec::new();
    for path in &args.gold {
        let bytes = std::fs::read(path).map_err(|e| Error::BadInput {
            path: path.display().to_string(),
            problem: format!("cannot read gold file: {e}: pass a one-sentence-per-line file"),
        })?;
        // one sentence a line: its lines are read as they are, never joined as a wrapper's
        let text = selaras::input::decode_lines(&bytes, &path.display().to_string())?;
        let lines: Vec<&str> = text.lines().collect();
        reports.push((path, score_lines(&lines, &options)));
    }
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    print(&mut out, &reports, &options, args.show_errors).context("writing to standard output")?;
    Ok(0)
}

fn print(
    out: &mut dyn Write,
    reports: &[(&PathBuf, Report)],
    options: &Options,
    show_errors: usize,
) -> std::io::Result<()> {
    writeln!(
        out,
        "# sentence-boundary scores: {} gold sentences per paragraph, --lang {}{}",
        options.per_paragraph,
        options.lang,
        if options.headlines_apart {
            ", headlines apart"
        } else {
            ""
        }
    )?;
    writeln!(
        out,
        "file\tsentences\tparagraphs\tgold\tpredicted\tcorrect\tprecision\trecall\tf1"
    )?;
    let mut total = Score::default();
    for (path, report) in reports {
        total.add(report.score);
        row(
            out,
            &path.display().to_string(),
            report.sentences,
            report.paragraphs,
            report.score,
        )?;
    }
    if reports.len() > 1 {
        let sentences = reports.iter().map(|(_, r)| r.sentences).sum();
        let paragraphs = reports.iter().map(|(_, r)| r.paragraphs).sum();
        row(out, "total", sentences, paragraphs, total)?;
    }
    if show_errors > 0 {
        for (path, report) in reports {
            writeln!(out, "\n## {}", path.display())?;
            for miss in report.misses.iter().take(show_errors) {
                let p = &miss.paragraph;
                let from = floor(p, miss.at.saturating_sub(60));
                let to = floor(p, (miss.at + 60).min(p.len()));
                writeln!(
                    out,
                    "{} …{}‖{}…",
                    if miss.spurious { "+" } else { "-" },
                    &p[from..miss.at],
                    &p[miss.at..to]
                )?;
            }
        }
    }
    Ok(())
}

fn row(
    out: &mut dyn Write,
    name: &str,
    sentences: usize,
    paragraphs: usize,
    s: Score,
) -> std::io::Result<()> {
    writeln!(
        out,
        "{name}\t{sentences}\t{paragraphs}\t{}\t{}\t{}\t{:.4}\t{:.4}\t{:.4}",
        s.gold,
        s.predicted,
        s.correct,
        s.precision(),
        s.recall(),
        s.f1()
    )
}

fn floor(s: &str, mut at: usize) -> usize {
    while !s.is_char_boundary(at) {
        at -= 1;
    }
    at
}
