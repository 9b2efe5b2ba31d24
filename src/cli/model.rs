//! `selaras model`: list the known models, fetch one (download, convert, install in the
//! cache), or convert an OPUS-MT zip or directory that is already on disk.
use std::path::PathBuf;

use super::progress::Terminal;
use clap::{Args as ClapArgs, Subcommand};

use selaras::error::Error;
use selaras::model::{self, fetch, Quantization};

#[derive(ClapArgs, Debug)]
pub struct Args {
    #[command(subcommand)]
    pub command: ModelCommand,
}

#[derive(Subcommand, Debug)]
pub enum ModelCommand {
    /// Show the known models (models/catalog.toml), with licence, download size, published
    /// scores and where they come from, notes, and whether they are installed
    List,
    /// Fetch a known model and install it in the cache ($XDG_CACHE_HOME/selaras/models/NAME),
    /// where `--model NAME` and `translate` find it: an OPUS-MT zip is downloaded and
    /// converted; an NLLB, M2M100 or MADLAD model is a ready CTranslate2 conversion fetched
    /// from the hub ($SELARAS_HUB_URL, default https://huggingface.co), every file checked
    /// against the size and sha256 the hub announces
    Fetch(FetchArgs),
    /// Convert an OPUS-MT zip or unpacked directory (decoder.yml, .npz, vocabulary .yml,
    /// source.spm, target.spm) into a CTranslate2 model directory
    Convert(ConvertArgs),
    /// Print the directory a model NAME or DIR resolves to
    Path {
        /// a model name or directory (default: $SELARAS_MODEL, then the default model)
        model: Option<String>,
    },
}

#[derive(ClapArgs, Debug)]
pub struct FetchArgs {
    /// a known model (see `selaras model list`), or the name to install a --url zip as
    pub name: Option<String>,
    /// fetch this zip instead (any model in the OPUS-MT release layout)
    #[arg(long)]
    pub url: Option<String>,
    /// install into DIR instead of the cache
    #[arg(long)]
    pub dir: Option<PathBuf>,
    /// weight type of the converted model
    #[arg(long, default_value = "int8", value_name = "int8|int16|float32", value_parser = parse_quantization)]
    pub quantization: Quantization,
    /// fetch again even if the model is installed
    #[arg(long)]
    pub force: bool,
    /// accept a licence that forbids commercial use (NLLB-200 is CC-BY-NC-4.0); without it,
    /// such a model is fetched only after a yes at the terminal
    #[arg(long)]
    pub accept_licence: bool,
    /// how many times a dropped download is resumed before giving up (a later run
    /// resumes it too)
    #[arg(long, default_value_t = 3, value_name = "N")]
    pub retries: u32,
    /// print nothing but errors
    #[arg(long, short)]
    pub quiet: bool,
}

#[derive(ClapArgs, Debug)]
pub struct ConvertArgs {
    /// an OPUS-MT release zip, or a directory holding its unpacked files
    pub input: PathBuf,
    /// the model directory to create (it must not exist yet)
    #[arg(long)]
    pub out: PathBuf,
    /// weight type of the converted model
    #[arg(long, default_value = "int8", value_name = "int8|int16|float32", value_parser = parse_quantization)]
    pub quantization: Quantization,
}

fn parse_quantization(s: &str) -> Result<Quantization, String> {
    s.parse()
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.command {
        ModelCommand::List => list(),
        ModelCommand::Fetch(a) => fetch_cmd(a),
        ModelCommand::Convert(a) => convert_cmd(a),
        ModelCommand::Path { model } => {
            let dir = model::resolve(model.as_deref(), &mut Terminal::new(false))?;
            println!("{}", dir.display());
            Ok(0)
        }
    }
}

fn list() -> anyhow::Result<i32> {
    let cache = model::cache_dir().ok();
    println!(
        "{:<12}  {:<8}  {:<12}  {:>9}  {:<21}  {:<9}  description",
        "name", "family", "licence", "download", "FLORES devtest id→en", "installed"
    );
    for m in model::KNOWN_MODELS {
        let installed = cache
            .as_ref()
            .map(|c| c.join(m.name).join("model.bin").is_file())
            .unwrap_or(false);
        let default = if m.default { " (default)" } else { "" };
        let licence = if m.non_commercial {
            format!("{} (NC)", m.licence)
        } else {
            m.licence.to_string()
        };
        let scores = match (m.flores_bleu, m.flores_chrf) {
            (Some(bleu), Some(chrf)) => format!("BLEU {bleu:.1} / chrF {chrf:.1}"),
            _ => "none published".to_string(),
        };
        println!(
            "{:<12}  {:<8}  {:<12}  ~{:>5} MB  {:<21}  {:<9}  {}{}",
            m.name,
            m.family.name(),
            licence,
            m.download_bytes / 1_000_000,
            scores,
            if installed { "yes" } else { "no" },
            m.description,
            default
        );
        println!("              {}", m.source.describe());
        if !m.notes.is_empty() {
            println!("              {}", m.notes);
        }
        if m.non_commercial {
            println!("              non-commercial use only: fetch with --accept-licence");
        }
        println!("              scores: {}", m.scores_source);
    }
    if let Some(c) = cache {
        println!("cache: {}", c.display());
    }
    Ok(0)
}

fn fetch_cmd(a: FetchArgs) -> anyhow::Result<i32> {
    let options = fetch::FetchOptions {
        quantization: a.quantization,
        dir: a.dir,
        force: a.force,
        retries: a.retries,
        licence_accepted: a.accept_licence,
    };
    let mut terminal = Terminal::new(a.quiet);
    let dir = match (a.url, a.name) {
        (Some(url), name) => {
            let name = name.unwrap_or_else(|| fetch::name_from_url(&url));
            fetch::fetch_url(&url, &name, &options, &mut terminal)?
        }
        (None, name) => {
            let name = name.unwrap_or_else(|| model::DEFAULT_MODEL.to_string());
            let known = model::known(&name).ok_or_else(|| {
                Error::Usage(format!(
                    "unknown model '{name}': pick one of `selaras model list`, or pass --url URL"
                ))
            })?;
            let mut options = options;
            if known.non_commercial && !options.licence_accepted {
                options.licence_accepted = ask_licence(known)?;
            }
            fetch::fetch_known(known, &options, &mut terminal)?
        }
    };
    model::check_model_dir(&dir)?;
    println!("{}", dir.display());
    Ok(0)
}

/// Asks at the terminal whether the user accepts `model`'s non-commercial licence. Without a
/// terminal on both standard input and standard error, nothing is asked: the fetch then fails
/// with the message that names `--accept-licence`.
fn ask_licence(model: &model::KnownModel) -> anyhow::Result<bool> {
    use std::io::{BufRead, IsTerminal, Write};
    if !(std::io::stdin().is_terminal() && std::io::stderr().is_terminal()) {
        return Ok(false);
    }
    let mut stderr = std::io::stderr();
    write!(
        stderr,
        "model '{}' is licensed {}, which forbids commercial use. Accept it? [y/N] ",
        model.name, model.licence
    )?;
    stderr.flush()?;
    let mut answer = String::new();
    std::io::stdin().lock().read_line(&mut answer)?;
    Ok(matches!(answer.trim(), "y" | "Y" | "yes" | "Yes" | "YES"))
}

fn convert_cmd(a: ConvertArgs) -> anyhow::Result<i32> {
    if a.out.exists() {
        return Err(Error::Usage(format!(
            "'{}' already exists: pass a new directory to --out",
            a.out.display()
        ))
        .into());
    }
    let options = fetch::FetchOptions {
        quantization: a.quantization,
        ..fetch::FetchOptions::default()
    };
    if a.input.is_dir() {
        fetch::install_dir(&a.input, &a.out, options.quantization)?;
    } else if a.input.is_file() {
        fetch::install_zip(&a.input, &a.out, &options)?;
    } else {
        return Err(Error::BadInput {
            path: a.input.display().to_string(),
            problem: "no such file or directory: pass an OPUS-MT zip or its unpacked directory"
                .into(),
        }
        .into());
    }
    println!("{}", a.out.display());
    Ok(0)
}
