//! Fits the prose detector's weights (`src/blocks/prose.rs`) on data and prints them as the
//! Rust table to paste there. Prose: the gold `paragraph` and `caption` blocks of the pages in
//! the given directories and every line of the given one-sentence-per-line files (UD
//! sentences). Not prose: the gold `title`, `credit`, `meta` and `boilerplate` blocks. The three
//! groups weigh the same in total; plain logistic regression by full-batch gradient descent
//! with a small L2 penalty, so the same data always gives the same weights.
//!
//! ```sh
//! cargo run --release --example fit_prose -- --lang id tests/fixtures/pages/dev tests/fixtures/pages/fresh \
//!     ../shared/eval/ud-id-pud.id.txt ../shared/eval/ud-id-csui-test.sentences.txt
//! cargo run --release --example fit_prose -- --lang en tests/fixtures/pages/dev tests/fixtures/pages/fresh \
//!     ../shared/eval/ud-en-pud.en.txt
//! ```
//! The dev and fresh splits: the test split is never fitted on.
use selaras::blocks::prose::{features, FEATURES, FEATURE_COUNT};
use selaras::blocks::BlockKind;
use selaras::eval::blocks::read_pages;
use selaras::sentences::Lang;
use std::path::Path;

type Sample = ([f64; FEATURE_COUNT], bool, f64);

fn main() -> anyhow::Result<()> {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let lang: Lang = match args.iter().position(|a| a == "--lang") {
        Some(k) => args
            .get(k + 1)
            .ok_or_else(|| anyhow::anyhow!("--lang needs id or en"))?
            .parse()
            .map_err(anyhow::Error::msg)?,
        None => Lang::Id,
    };
    let inputs: Vec<&String> = args
        .iter()
        .enumerate()
        .filter(|(k, a)| *a != "--lang" && (*k == 0 || args[k - 1] != "--lang"))
        .map(|(_, a)| a)
        .collect();
    let (mut page_prose, mut ud_prose, mut clutter) = (Vec::new(), Vec::new(), Vec::new());
    for input in inputs {
        let path = Path::new(input);
        if path.is_dir() {
            page_features(path, lang, &mut page_prose, &mut clutter)?;
        } else {
            for line in std::fs::read_to_string(path)?.lines() {
                if !line.trim().is_empty() {
                    ud_prose.push(features(line.trim(), lang));
                }
            }
        }
    }
    println!(
        "// {} page prose, {} UD prose, {} not prose ({lang})",
        page_prose.len(),
        ud_prose.len(),
        clutter.len()
    );
    let mut samples: Vec<Sample> = Vec::new();
    for (group, label) in [(&page_prose, true), (&ud_prose, true), (&clutter, false)] {
        let weight = if label { 1.0 } else { 2.0 } / group.len().max(1) as f64;
        samples.extend(group.iter().map(|f| (*f, label, weight)));
    }
    let weights = fit(&samples);
    for (group, name, label) in [
        (&page_prose, "page prose", true),
        (&ud_prose, "UD prose", true),
        (&clutter, "not prose", false),
    ] {
        let right = group
            .iter()
            .filter(|f| (dot(f, &weights) > 0.0) == label)
            .count();
        println!("// {name}: {right}/{} right", group.len());
    }
    println!("[");
    for (w, (name, _)) in weights.iter().zip(FEATURES) {
        println!("    {w:.2}, // {name}");
    }
    println!("]");
    Ok(())
}

/// The gold blocks of the `lang` pages of `dir`, as features: prose (paragraphs and captions)
/// or not (titles, credits, meta, boilerplate). Repeats are left out.
fn page_features(
    dir: &Path,
    lang: Lang,
    prose: &mut Vec<[f64; FEATURE_COUNT]>,
    clutter: &mut Vec<[f64; FEATURE_COUNT]>,
) -> anyhow::Result<()> {
    for page in read_pages(dir)?
        .into_iter()
        .filter(|page| page.lang == lang)
    {
        for block in page.gold.iter().filter(|b| !b.repeat) {
            let f = features(block.span.of(&page.text), lang);
            match block.kind {
                BlockKind::Paragraph | BlockKind::Caption => prose.push(f),
                _ => clutter.push(f),
            }
        }
    }
    Ok(())
}

fn dot(f: &[f64; FEATURE_COUNT], w: &[f64; FEATURE_COUNT]) -> f64 {
    f.iter().zip(w).map(|(a, b)| a * b).sum()
}

/// Weighted logistic regression, full-batch gradient descent from zero.
fn fit(samples: &[Sample]) -> [f64; FEATURE_COUNT] {
    const STEPS: usize = 20_000;
    const RATE: f64 = 2.0;
    const L2: f64 = 1e-4;
    let total: f64 = samples.iter().map(|s| s.2).sum();
    let mut w = [0.0; FEATURE_COUNT];
    for _ in 0..STEPS {
        let mut gradient = [0.0; FEATURE_COUNT];
        for (f, label, weight) in samples {
            let p = 1.0 / (1.0 + (-dot(f, &w)).exp());
            let error = p - if *label { 1.0 } else { 0.0 };
            for k in 0..FEATURE_COUNT {
                gradient[k] += weight * error * f[k] / total;
            }
        }
        for k in 0..FEATURE_COUNT {
            let penalty = if k == 0 { 0.0 } else { L2 * w[k] };
            w[k] -= RATE * (gradient[k] + penalty);
        }
    }
    w
}
