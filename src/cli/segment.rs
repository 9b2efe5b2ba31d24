//! `selaras segment`: articles in, typed lossless segments out (jsonl, tsv or text).
//!
//! All inputs are read and checked before anything is written, and the segments go out through
//! [`SegmentWriter`], so `-o FILE` appears only when everything succeeded: a bad input or a
//! full disk never leaves half an output.
use selaras::input;
use selaras::segment::segment_article;
use selaras::sentences::Lang;
use selaras::writers::segments::{SegmentFormat, SegmentWriter};
use selaras::writers::Destination;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = super::EXIT_CODES_HELP)]
pub struct Args {
    /// Articles: files, directories (their *.txt files, in sorted order) or - for standard
    /// input; none means standard input
    pub inputs: Vec<PathBuf>,
    /// jsonl: one segment object per line (fields doc, block, seq, kind, text, span, in_quote,
    /// duplicate_of, translate); tsv: the same as columns; text: the segments that would be
    /// translated, one per line
    #[arg(long, default_value_t = SegmentFormat::Jsonl,
          value_parser = super::by_name::<SegmentFormat>(SegmentFormat::names()))]
    pub format: SegmentFormat,
    /// Sentence rules: id (Indonesian) or en (English)
    #[arg(long, default_value_t = Lang::Id, value_parser = super::by_name::<Lang>(Lang::names()))]
    pub lang: Lang,
    /// Replace invalid UTF-8 with U+FFFD instead of failing
    #[arg(long)]
    pub lossy: bool,
    /// Write to FILE (replaced only when everything succeeded) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let articles = input::read_inputs(&args.inputs, args.lossy)?;
    for article in articles.iter().filter(|a| a.text.trim().is_empty()) {
        eprintln!(
            "selaras: warning: '{}' is empty: it has no segments",
            article.id
        );
    }
    let destination = Destination::from_arg(args.output.as_deref());
    let mut writer = SegmentWriter::create(args.format, &destination)?;
    writer.begin()?;
    for article in &articles {
        for segment in segment_article(article, args.lang) {
            writer.segment(&segment)?;
        }
    }
    writer.finish()?;
    Ok(0)
}
