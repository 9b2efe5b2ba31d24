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
    /// Download an OPUS-MT model zip, convert it to CTranslate2 and install it in the cache
    /// ($XDG_CACHE_HOME/selaras/models/NAME), where `--model NAME` and `translate` find it
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
        "{:<8}  {:<10}  {:>8}  {:<21}  {:<10}  description",
        "name", "licence", "download", "FLORES devtest id→en", "installed"
    );
    for m in model::KNOWN_MODELS {
        let installed = cache
            .as_ref()
            .map(|c| c.join(m.name).join("model.bin").is_file())
            .unwrap_or(false);
        let default = if m.default { " (default)" } else { "" };
        println!(
            "{:<8}  {:<10}  ~{:>4} MB  BLEU {:.1} / chrF {:.1}  {:<10}  {}{}",
            m.name,
            m.licence,
            m.zip_bytes / 1_000_000,
            m.flores_bleu,
            m.flores_chrf,
            if installed { "yes" } else { "no" },
            m.description,
            default
        );
        println!("          {}", m.url);
        if !m.notes.is_empty() {
            println!("          {}", m.notes);
        }
        println!("          scores: {}", m.scores_source);
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
            fetch::fetch_known(known, &options, &mut terminal)?
        }
    };
    model::check_model_dir(&dir)?;
    println!("{}", dir.display());
    Ok(0)
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
