//! `selaras eval`: score segmentation, block kinds, alignment or language identification
//! against gold data.
use clap::Subcommand;

pub use super::eval_alignment::AlignmentArgs;
pub use super::eval_blocks::BlocksArgs;
pub use super::eval_langid::LangIdArgs;
pub use super::eval_segmentation::SegmentationArgs;

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    pub what: What,
}

#[derive(Subcommand, Debug)]
pub enum What {
    /// Sentence-boundary precision, recall and F1 against one-sentence-per-line gold files
    Segmentation(SegmentationArgs),
    /// Strict and lax alignment precision, recall and F1 against gold beads
    Alignment(AlignmentArgs),
    /// Block kinds (title, caption, credit, clutter …) of pages against gold kinds
    Blocks(BlocksArgs),
    /// Precision and recall of language identification ("Indonesian or not") on documents
    /// made of consecutive lines of sentence files
    LangId(LangIdArgs),
}

pub fn run(args: Args) -> anyhow::Result<i32> {
    match args.what {
        What::Segmentation(args) => super::eval_segmentation::run(args),
        What::Alignment(args) => super::eval_alignment::run(args),
        What::Blocks(args) => super::eval_blocks::run(args),
        What::LangId(args) => super::eval_langid::run(args),
    }
}
