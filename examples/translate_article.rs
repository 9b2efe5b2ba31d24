//! Translates the sample article with the demonstration model `models/shout` (which writes
//! every sentence in capitals) and prints the pairs as TSV: the library without the command
//! line. Run it from the repository root: `cargo run --release --example translate_article`.
use selaras::input::{read_source, Source};
use selaras::translate::ct2::{Ct2Model, Settings};
use selaras::translate::translate_article;
use selaras::writers::{self, Destination, Format};
use std::path::Path;

fn main() -> anyhow::Result<()> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let article = read_source(
        &Source::File(root.join("samples/000_0af768b52f2b990e.txt")),
        false,
    )?;
    let mut model = Ct2Model::load(&root.join("models/shout"), Settings::default())?;
    let mut writer = writers::create(
        Format::Tsv,
        &Destination::Stdout,
        &writers::Options::default(),
    )?;
    let summary = translate_article(&article, &mut model, writer.as_mut())?;
    eprintln!("{summary}");
    Ok(())
}
