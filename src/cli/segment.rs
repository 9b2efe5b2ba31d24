//! `selaras segment`: articles in, typed lossless segments out (jsonl, tsv or text).
//!
//! Documents are read one at a time through [`RunDocuments`] (a JSONL dump streams), and the
//! segments go out through [`SegmentWriter`], so `-o FILE` appears only when everything
//! succeeded: a bad input or a full disk never leaves half an output. When every input is a
//! text article, standard output too is written only once all of them were read, so a bad
//! article among good ones prints nothing; JSONL runs stream to standard output. With several
//! documents, lines repeated across them are counted first and segmented as boilerplate
//! (`--repeated-lines`). Documents are segmented on every core (`--threads`), and written in
//! their order, so the output does not depend on the number of threads.
use super::progress::Terminal;
use selaras::documents::{DocumentOptions, RunDocuments};
use selaras::error::{EXIT_INPUT, EXIT_OK};
use selaras::input::{self, format::InputFormat};
use selaras::observe::{Event, Observer};
use selaras::ordered;
use selaras::segment::segment_article_in;
use selaras::sentences::Lang;
use selaras::writers::segments::{render, SegmentFormat, SegmentWriter};
use selaras::writers::{Destination, Sink};
use std::io::Write;
use std::path::PathBuf;

#[derive(clap::Args, Debug)]
#[command(after_help = super::EXIT_CODES_HELP)]
pub struct Args {
    /// Articles: files (text, or JSONL dumps of many documents, see --input-format),
    /// directories (their *.txt files, in sorted order) or - for standard input; none means
    /// standard input
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
    /// Write to FILE (replaced only when everything succeeded) instead of standard output
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Segment on N threads, one document each at a time (default: the machine's cores). The
    /// output is the same bytes whatever N: documents are read, and their segments written, in
    /// order
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub threads: Option<u16>,
    #[command(flatten)]
    pub input: super::InputArgs,
    #[command(flatten)]
    pub repeated: super::RepeatedLinesArgs,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let inputs: Vec<_> = input::expand(&args.inputs)?.into_iter().map(Ok).collect();
    let streamed = inputs
        .iter()
        .flatten()
        .any(|source| InputFormat::of_source(source, args.input.input_format).holds_many());
    let options = DocumentOptions {
        read: args.input.read_options(),
        lang_id: args.input.lang_id,
        lang: args.lang,
        // text articles were named one by one: any that cannot be read stops the run
        strict: args.input.strict || !streamed,
        repeated_lines: args.repeated.min_documents(),
        line_stats: args.repeated.line_stats.clone(),
        threads: args
            .threads
            .map_or_else(ordered::default_threads, usize::from),
    };
    // segment prints no status and draws no bar; warnings and skipped inputs go to stderr
    let mut terminal = Terminal::new(true);
    let destination = Destination::from_arg(args.output.as_deref());
    let held = !streamed && destination == Destination::Stdout;
    let mut writer = match held {
        true => SegmentWriter::new(Sink::memory(), args.format),
        false => SegmentWriter::create(args.format, &destination)?,
    };
    let mut documents = RunDocuments::new(&inputs, &options, &mut terminal)?;
    // the documents are read on this thread, segmented and rendered on the workers, and
    // written here in their order
    let census = documents.take_repeated();
    let (lang, format) = (args.lang, args.format);
    writer.begin()?;
    ordered::map_in_order(
        options.threads,
        || {
            let Some(document) = documents.next(&mut terminal)? else {
                return Ok(None);
            };
            if document.article.text.trim().is_empty() {
                terminal.event(Event::Warning(&format!(
                    "'{}' is empty: it has no segments",
                    document.article.id
                )));
            }
            Ok(Some(document))
        },
        |document| {
            let mut bytes = Vec::new();
            let repeated = census.of(&document.origin);
            for segment in segment_article_in(&document.article, lang, repeated) {
                render(format, &segment, &mut bytes)?;
            }
            Ok::<_, std::io::Error>(bytes)
        },
        |bytes| Ok::<_, anyhow::Error>(writer.rendered(&bytes?)?),
    )?;
    let report = documents.finish();
    writer.finish()?;
    if held {
        let mut out = Sink::stdout();
        out.write_all(&writer.into_sink().into_bytes())?;
        out.commit()?;
    }
    let skipped = super::skipped(
        report.bad_lines,
        report.other_language,
        &report.records_skipped,
    );
    if !skipped.is_empty() {
        eprintln!("selaras: {}", skipped.trim_start_matches(", "));
    }
    Ok(if report.failed.is_empty() {
        EXIT_OK
    } else {
        EXIT_INPUT
    })
}
