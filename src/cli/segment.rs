//! `selaras segment`: articles in, typed lossless segments out (jsonl, tsv or text).
//!
//! All inputs are read and checked before anything is written, and the segments go out through
//! [`SegmentWriter`], so `-o FILE` appears only when everything succeeded: a bad input or a
//! full disk never leaves half an output. With several inputs, lines repeated across them are
//! counted first and segmented as boilerplate (`--repeated-lines`).
use selaras::input;
use selaras::repeated::{CorpusLines, Origin};
use selaras::segment::segment_article_in;
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
    #[command(flatten)]
    pub repeated: super::RepeatedLinesArgs,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let sources = input::expand(&args.inputs)?;
    let articles = sources
        .iter()
        .map(|source| input::read_source(source, args.lossy))
        .collect::<Result<Vec<_>, _>>()?;
    let origins: Vec<Origin> = sources.iter().map(Origin::of).collect();
    let repeated = match args.repeated.min_documents() {
        Some(n) if articles.len() >= n => CorpusLines::scan(
            origins.iter().zip(articles.iter().map(|a| a.text.as_str())),
            n,
        ),
        _ => CorpusLines::default(),
    };
    for article in articles.iter().filter(|a| a.text.trim().is_empty()) {
        eprintln!(
            "selaras: warning: '{}' is empty: it has no segments",
            article.id
        );
    }
    let destination = Destination::from_arg(args.output.as_deref());
    let mut writer = SegmentWriter::create(args.format, &destination)?;
    writer.begin()?;
    for (article, origin) in articles.iter().zip(&origins) {
        for segment in segment_article_in(article, args.lang, repeated.of(origin)) {
            writer.segment(&segment)?;
        }
    }
    writer.finish()?;
    Ok(0)
}
