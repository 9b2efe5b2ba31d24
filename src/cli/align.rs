//! `selaras align`: align an Indonesian article with an existing English version of it and
//! write the beads as pairs (any `--format`) or as `[id idxs]:[en idxs]` lines (`--beads`).
//! Warnings (empty side, very different lengths, wrong language) go to stderr; the output
//! always keeps every sentence of both sides.
use crate::align::{self, AlignedBead, Params};
use crate::error::Error;
use crate::input;
use crate::pairs::{Flag, Pair};
use crate::segment::{self, Segment, SegmentKind};
use crate::sentences::Lang;
use crate::span::Span;
use crate::translate::ct2::{Ct2Model, Device, Settings};
use crate::translate::mtfile::MtFile;
use crate::translate::pipeline::Pipeline;
use crate::translate::Translate;
use crate::writers::beads::BeadWriter;
use crate::writers::{self, Destination, Format};
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
#[command(after_help = super::EXIT_CODES_HELP)]
pub struct Args {
    /// the Indonesian article
    #[arg(long = "id", value_name = "FILE")]
    pub id: PathBuf,
    /// the English version of the article
    #[arg(long = "en", value_name = "FILE")]
    pub en: PathBuf,
    /// translation model for the MT similarity (a converted model directory or a model name)
    #[arg(long, value_name = "DIR|NAME", conflicts_with_all = ["no_mt", "mt_file"])]
    pub model: Option<String>,
    /// where the --model runs: auto (a CUDA GPU when selaras was built with `--features
    /// cuda` and one is visible, else the CPU), cpu or cuda
    #[arg(long, default_value = "auto", value_parser = super::model::device_parser())]
    pub device: Device,
    /// align by length and lexical anchors only, without machine translation
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
    let id = read_side(&args.id, args.presplit, Side::Indonesian)?;
    let en = read_side(&args.en, args.presplit, Side::English)?;
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
    let mt = machine_translation(&args, &id)?;
    let alignment = align::align_segments(&id, &en, mt.as_deref(), &params);
    for warning in &alignment.warnings {
        eprintln!("selaras: warning: {warning}");
    }
    if args.beads {
        write_beads(&alignment.beads, args.output.as_deref())?;
    } else {
        write_pairs(&args, &alignment.beads, &id, &en)?;
    }
    Ok(0)
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

#[derive(Clone, Copy)]
enum Side {
    Indonesian,
    English,
}

/// Reads one side: whole-article segmentation, or one body sentence per line (`--presplit`).
fn read_side(path: &Path, presplit: bool, side: Side) -> anyhow::Result<Vec<Segment>> {
    let article = input::read_source(&input::Source::File(path.to_path_buf()), false)?;
    if presplit {
        return Ok(presplit_segments(&article.id, &article.text));
    }
    let lang = match side {
        Side::Indonesian => Lang::Id,
        Side::English => Lang::En,
    };
    Ok(segment::segment_article(&article, lang))
}

/// Every line is one body sentence, so bead indices are line numbers; the spans point into the
/// normalized file text.
fn presplit_segments(doc: &str, text: &str) -> Vec<Segment> {
    let mut segments = Vec::new();
    let mut start = 0;
    for line in text.split_inclusive('\n') {
        let content = line.strip_suffix('\n').unwrap_or(line);
        segments.push(Segment {
            doc: doc.to_string(),
            block: segments.len(),
            seq: segments.len(),
            kind: SegmentKind::Sentence,
            text: content.to_string(),
            span: Span::new(start, start + content.len()),
            in_quote: false,
            duplicate_of: None,
            translate: true,
        });
        start += line.len();
    }
    segments
}

/// The machine translation of every Indonesian segment, or `None` with `--no-mt`. Segments the
/// translation stage would not send to a model (credits, meta, repeats) stand for themselves.
fn machine_translation(args: &Args, id: &[Segment]) -> anyhow::Result<Option<Vec<String>>> {
    if args.no_mt {
        return Ok(None);
    }
    let wanted: Vec<usize> = (0..id.len()).filter(|&k| id[k].translate).collect();
    let mut backend: Box<dyn Translate> = match (&args.mt_file, &args.model) {
        (Some(path), _) => {
            let file = MtFile::open(path)?;
            if file.len() != wanted.len() {
                return Err(Error::BadInput {
                    path: path.display().to_string(),
                    problem: format!(
                        "has {} lines but the Indonesian side has {} sentences to translate: \
                         give one translation per line for each segment that `selaras segment` \
                         marks \"translate\": true (with --presplit: one per line), in order",
                        file.len(),
                        wanted.len()
                    ),
                }
                .into());
            }
            Box::new(file)
        }
        (None, model) => {
            // Through the translation pipeline, as `selaras translate` does: quotation marks
            // set aside, overlong sentences split to fit the model, repeats translated once.
            let mut model = load_model(model.as_deref(), args.device)?;
            let mut pipeline = Pipeline::new(model.as_mut(), None);
            let pairs = pipeline.translate_documents(&[id.to_vec()])?.remove(0);
            let mut mt: Vec<String> = id.iter().map(|segment| segment.text.clone()).collect();
            let index: std::collections::HashMap<usize, usize> = id
                .iter()
                .enumerate()
                .map(|(k, segment)| (segment.seq, k))
                .collect();
            for pair in pairs {
                if let Some(&k) = index.get(&pair.seq) {
                    mt[k] = pair.target;
                }
            }
            return Ok(Some(mt));
        }
    };
    let sources: Vec<&str> = wanted.iter().map(|&k| id[k].text.as_str()).collect();
    let translations = backend.translate(&sources)?;
    let mut mt: Vec<String> = id.iter().map(|segment| segment.text.clone()).collect();
    for (k, translation) in wanted.into_iter().zip(translations) {
        mt[k] = translation.text;
    }
    Ok(Some(mt))
}

/// The translation model behind `--model` (or, when neither `--model`, `--mt-file` nor
/// `--no-mt` is given, `SELARAS_MODEL` or the default model, as `selaras translate` resolves it).
fn load_model(model: Option<&str>, device: Device) -> anyhow::Result<Box<dyn Translate>> {
    device.resolve()?; // an unusable --device fails before a model is fetched
    let dir = crate::model::resolve(model)?;
    let settings = Settings {
        device,
        ..Settings::default()
    };
    Ok(Box::new(Ct2Model::load(&dir, settings)?))
}

fn write_beads(beads: &[AlignedBead], output: Option<&Path>) -> anyhow::Result<()> {
    let mut writer = BeadWriter::create(&Destination::from_arg(output))?;
    for aligned in beads {
        writer.bead(&aligned.bead)?;
    }
    writer.finish()?;
    Ok(())
}

fn write_pairs(
    args: &Args,
    beads: &[AlignedBead],
    id: &[Segment],
    en: &[Segment],
) -> anyhow::Result<()> {
    let destination = Destination::from_arg(args.output.as_deref());
    let options = writers::Options {
        // a bead scoring below zero is worse than leaving its sentences unaligned
        low_score: 0.0,
        ..writers::Options::default()
    };
    let mut writer = writers::create(args.format, &destination, &options)?;
    writer.begin()?;
    let doc = id.first().or(en.first()).map_or("-", |s| s.doc.as_str());
    for (seq, aligned) in beads.iter().enumerate() {
        writer.pair(&pair(doc, seq, aligned, id, en))?;
    }
    writer.finish()?;
    Ok(())
}

/// The pair of one bead: the sentences of each side joined by a space; an empty side stays
/// empty and the pair is flagged `unaligned`.
fn pair(doc: &str, seq: usize, aligned: &AlignedBead, id: &[Segment], en: &[Segment]) -> Pair {
    let join = |segments: &[Segment], ids: &[usize]| {
        ids.iter()
            .map(|&k| segments[k].text.as_str())
            .collect::<Vec<_>>()
            .join(" ")
    };
    Pair {
        doc: doc.to_string(),
        seq,
        kind: aligned.kind,
        source: join(id, &aligned.bead.source),
        target: join(en, &aligned.bead.target),
        score: aligned.score.map(|s| (s * 1000.0).round() / 1000.0),
        flags: if aligned.is_unaligned() {
            vec![Flag::Unaligned]
        } else {
            Vec::new()
        },
        segment: None,
        bead: Some(aligned.bead.clone()),
    }
}
