//! `selaras eval lang-id --id FILE... --other FILE...`: precision and recall of "Indonesian"
//! (or, with `--lang en`, "English") on documents of N consecutive sentences.
use anyhow::Context;
use selaras::error::Error;
use selaras::eval::langid::{count, precision_recall, FileCounts};
use selaras::sentences::Lang;
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
pub struct LangIdArgs {
    /// Files in the language, one sentence per line (e.g.
    /// ../shared/eval/mt/flores200.devtest.ind_Latn)
    #[arg(long = "id", value_name = "FILE", num_args = 1.., required = true)]
    pub positives: Vec<PathBuf>,
    /// Files in other languages, one sentence per line (e.g.
    /// ../shared/eval/mt/flores200.devtest.eng_Latn)
    #[arg(long = "other", value_name = "FILE", num_args = 1.., required = true)]
    pub negatives: Vec<PathBuf>,
    /// Consecutive sentences joined into one document
    #[arg(long, value_name = "N", default_value_t = 5, value_parser = super::translate::positive)]
    pub per_document: usize,
    /// The language the --id files are in: id (Indonesian) or en (English)
    #[arg(long, default_value_t = Lang::Id, value_parser = super::by_name::<Lang>(Lang::names()))]
    pub lang: Lang,
}

pub fn run(args: LangIdArgs) -> anyhow::Result<i32> {
    let score = |paths: &[PathBuf]| -> anyhow::Result<Vec<(String, FileCounts)>> {
        paths
            .iter()
            .map(|path| {
                let name = path.display().to_string();
                let bytes = std::fs::read(path).map_err(|e| Error::BadInput {
                    path: name.clone(),
                    problem: format!("cannot read: {e}: pass a one-sentence-per-line file"),
                })?;
                let text = selaras::input::decode_lines(&bytes, &name)?;
                let lines: Vec<&str> = text.lines().collect();
                Ok((name, count(&lines, args.per_document, args.lang)))
            })
            .collect()
    };
    let positives = score(&args.positives)?;
    let negatives = score(&args.negatives)?;
    let stdout = std::io::stdout();
    let mut out = stdout.lock();
    let lang = args.lang.name();
    writeln!(out, "file\tdocuments\tidentified as {lang}")?;
    for (name, counts) in positives.iter().chain(&negatives) {
        writeln!(out, "{name}\t{}\t{}", counts.documents, counts.identified)?;
    }
    let counts = |files: &[(String, FileCounts)]| -> Vec<FileCounts> {
        files.iter().map(|(_, c)| c.clone()).collect()
    };
    let (precision, recall) = precision_recall(&counts(&positives), &counts(&negatives));
    writeln!(
        out,
        "{lang}: precision {precision:.4} recall {recall:.4} ({} sentences per document)",
        args.per_document
    )
    .context("writing to standard output")?;
    Ok(0)
}
