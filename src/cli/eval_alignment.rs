//! `selaras eval alignment`: strict and lax precision, recall and F1 of predicted beads against
//! gold beads (`[src idxs]:[tgt idxs]` per line), summed over documents as vecalign's
//! `score.py` does. Gold and test files pair up in the order given.
use anyhow::Context;
use selaras::error::Error;
use selaras::eval::alignment::{parse_beads, score_documents};
use selaras::pairs::Bead;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
#[command(after_help = super::EXIT_CODES_HELP)]
pub struct AlignmentArgs {
    /// gold bead files, one per document
    #[arg(short, long, value_name = "FILE", num_args = 1.., required = true)]
    pub gold: Vec<PathBuf>,
    /// predicted bead files (e.g. from `selaras align --presplit --beads`), in the same order
    #[arg(short, long, value_name = "FILE", num_args = 1.., required = true)]
    pub test: Vec<PathBuf>,
    /// print the scores as one JSON object instead of a table
    #[arg(long)]
    pub json: bool,
}

pub fn run(args: AlignmentArgs) -> anyhow::Result<i32> {
    if args.gold.len() != args.test.len() {
        return Err(Error::Usage(format!(
            "{} gold files but {} test files: give one test file per gold file, in the same order",
            args.gold.len(),
            args.test.len()
        ))
        .into());
    }
    let gold: Vec<Vec<Bead>> = args
        .gold
        .iter()
        .map(|p| read(p))
        .collect::<Result<_, _>>()?;
    let test: Vec<Vec<Bead>> = args
        .test
        .iter()
        .map(|p| read(p))
        .collect::<Result<_, _>>()?;
    let s = score_documents(
        gold.iter()
            .zip(&test)
            .map(|(g, t)| (g.as_slice(), t.as_slice())),
    );
    if args.json {
        println!(
            "{}",
            serde_json::json!({
                "precision_strict": s.precision_strict,
                "recall_strict": s.recall_strict,
                "f1_strict": s.f1_strict,
                "precision_lax": s.precision_lax,
                "recall_lax": s.recall_lax,
                "f1_lax": s.f1_lax,
                "documents": gold.len(),
            })
        );
    } else {
        println!("            strict    lax");
        println!(
            "precision   {:.3}    {:.3}",
            s.precision_strict, s.precision_lax
        );
        println!("recall      {:.3}    {:.3}", s.recall_strict, s.recall_lax);
        println!("F1          {:.3}    {:.3}", s.f1_strict, s.f1_lax);
    }
    Ok(0)
}

fn read(path: &Path) -> anyhow::Result<Vec<Bead>> {
    let text =
        std::fs::read_to_string(path).with_context(|| format!("reading '{}'", path.display()))?;
    parse_beads(&text).map_err(|problem| {
        Error::BadInput {
            path: path.display().to_string(),
            problem,
        }
        .into()
    })
}
