//! `selaras align`: align an Indonesian article with an existing English version of it and
//! write the beads as pairs (any `--format`) or as `[id idxs]:[en idxs]` lines (`--beads`).
//! Warnings (empty side, very different lengths, wrong language) go to stderr; the output
//! always keeps every sentence of both sides.
use super::progress::Terminal;
use selaras::align::{self, Mt, Params};
use selaras::error::{Error, EXIT_OK};
use selaras::input::{
    self,
    format::{Documents, Entry, InputFormat, ReadOptions},
};
use selaras::segment::{self, Segment};
use selaras::sentences::Lang;
use selaras::translate::ct2::{Ct2Model, Device, Settings};
use selaras::translate::mtfile::MtFile;
use selaras::writers::beads::BeadWriter;
use selaras::writers::{self, Destination, Format};
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
#[command(after_help = super::EXIT_CODES_HELP)]
pub struct Args {
    /// the Indonesian article: a text file, a saved HTML page (*.html, *.htm, *.xhtml) or a
    /// page in Markdown (*.md, *.markdown), read as `selaras segment` reads it
    #[arg(long = "id", value_name = "FILE")]
    pub id: PathBuf,
    /// the English version of the article, in any of the same forms
    #[arg(long = "en", value_name = "FILE")]
    pub en: PathBuf,
    /// translation model for the MT similarity (a converted model directory or a model name)
    #[arg(long, value_name = "DIR|NAME", conflicts_with_all = ["no_mt", "mt_file"])]
    pub model: Option<String>,
    /// where the --model runs: auto (a CUDA GPU when selaras was built with `--features
    /// cuda` and one is visible, else the CPU), cpu or cuda
    #[arg(long, default_value = "auto", value_parser = super::by_name::<Device>(Device::names()))]
    pub device: Device,
    /// align without machine translation: by length, lexical anchors and a word-by-word gloss
    /// of the Indonesian side (an MT that reads as Indonesian, such as a model of the other
    /// direction, is warned of and aligned this way too)
    #[arg(long, conflicts_with = "mt_file")]
    pub no_mt: bool,
    /// precomputed translations, one line per Indonesian segment that `selaras segment` marks
    /// "translate": true (with --presplit: one per input line), in order
    #[arg(long, value_name = "FILE")]
    pub mt_file: Option<PathBuf>,
    /// the files hold one sentence per line already: no segmentation, every line is a body
    /// sentence and bead indices are line numbers (0-based)
    #[arg(long)]
    pub presplit: bool,
    /// output format
    #[arg(long, default_value_t = Format::Tsv, value_parser = super::pair_format())]
    pub format: Format,
    /// write the beads as `[id idxs]:[en idxs]` lines (the gold format of `selaras eval
    /// alignment`) instead of pairs
    #[arg(long, conflicts_with = "format")]
    pub beads: bool,
    /// output file ('-' or none: standard output)
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// set a scoring weight, NAME=VALUE (for tuning on a dev set)
    #[arg(long = "param", value_name = "NAME=VALUE", hide = true)]
    pub params: Vec<String>,
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    let params = parse_params(&args.params)?;
    let id = read_side(&args.id, args.presplit, Lang::Id)?;
    let en = read_side(&args.en, args.presplit, Lang::En)?;
    if id.is_empty() && en.is_empty() {
        return Err(Error::BadInput {
            path: args.id.display().to_string(),
            problem: format!(
                "both sides are empty ('{}' too): nothing to align; pass the Indonesian article \
                 with --id and its English version with --en",
                args.en.display()
            ),
        }
        .into());
    }
    let mut model = None;
    let mt = match (&args.mt_file, args.no_mt) {
        (_, true) => Mt::None,
        (Some(path), false) => Mt::File(MtFile::open(path)?),
        (None, false) => Mt::Model(model.insert(load_model(args.model.as_deref(), args.device)?)),
    };
    let alignment = align::align_documents(&id, &en, mt, &params)?;
    for warning in &alignment.warnings {
        eprintln!("selaras: warning: {warning}");
    }
    let destination = Destination::from_arg(args.output.as_deref());
    if args.beads {
        let mut writer = BeadWriter::create(&destination)?;
        for aligned in &alignment.beads {
            writer.bead(&aligned.bead)?;
        }
        writer.finish()?;
    } else {
        let options = writers::Options {
            // a bead scoring below zero is worse than leaving its sentences unaligned
            low_score: 0.0,
            ..writers::Options::default()
        };
        let mut writer = writers::create(args.format, &destination, &options)?;
        let doc = id.first().or(en.first()).map_or("-", |s| s.doc.as_str());
        writer.begin()?;
        for pair in alignment.pairs(doc, &id, &en) {
            writer.pair(&pair)?;
        }
        writer.finish()?;
    }
    Ok(EXIT_OK)
}

fn parse_params(settings: &[String]) -> anyhow::Result<Params> {
    let mut params = Params::default();
    for setting in settings {
        let (name, value) = setting
            .split_once('=')
            .and_then(|(name, value)| Some((name, value.parse::<f64>().ok()?)))
            .ok_or_else(|| {
                Error::Usage(format!("--param expects NAME=NUMBER, found '{setting}'"))
            })?;
        params.set(name, value).map_err(Error::Usage)?;
    }
    Ok(params)
}

/// Reads one side: whole-article segmentation, or one body sentence per line (`--presplit`).
/// The side's format is its name's ([`InputFormat::of`]): a text article, a saved page or a
/// page in Markdown, whose markup says what it says to `segment`; a dump of many documents
/// is refused, as is a page with `--presplit`, which reads lines of text.
fn read_side(path: &Path, presplit: bool, lang: Lang) -> anyhow::Result<Vec<Segment>> {
    let source = input::Source::File(path.to_path_buf());
    let format = InputFormat::of(&path.to_string_lossy());
    let refuse = |problem: String| Error::BadInput {
        path: source.name(),
        problem,
    };
    if format.holds_many() {
        return Err(refuse(format!(
            "is a {} input of many documents: align takes one article a side (take the \
             document out, e.g. as a text file)",
            format.name()
        ))
        .into());
    }
    if presplit && format != InputFormat::Text {
        return Err(refuse(format!(
            "is read as {}: --presplit reads one sentence per line of a text file",
            format.name()
        ))
        .into());
    }
    let mut documents = Documents::open(&source, &ReadOptions::default())?;
    let article = match documents.next_entry()? {
        Some(Entry::Document(document)) => document.article,
        _ => return Err(refuse("holds no article".to_string()).into()),
    };
    Ok(if presplit {
        segment::presplit_article(&article)
    } else {
        segment::segment_article(&article, lang)
    })
}

/// The translation model behind `--model` (or, when neither `--model`, `--mt-file` nor
/// `--no-mt` is given, `SELARAS_MODEL` or the default model, as `selaras translate` resolves it).
fn load_model(model: Option<&str>, device: Device) -> anyhow::Result<Ct2Model> {
    device.resolve()?; // an unusable --device fails before a model is fetched
    selaras::translate::ct2::library::load()?; // and a missing CTranslate2 library too
    let dir = selaras::model::resolve(model, &mut Terminal::new(false))?;
    let settings = Settings {
        device,
        ..Settings::default()
    };
    Ct2Model::load(&dir, settings)
}
