//! NLLB-200, M2M100 and MADLAD-400 conventions through the real CTranslate2 runtime.
//!
//! Each family's fixture is made by `support::family_model` from the echo and shout models:
//! their model.bin and config.json, the family's tokenizer file name, and a vocabulary where
//! three byte pieces no article holds are renamed to the family's language tokens. The echo model copies source
//! position t at decoder step t, so NLLB's and M2M100's outputs come out right only when the
//! source language token is first in the source (else every sentence loses its first piece),
//! the target language token is forced as the decoder's first token (else a control byte
//! leads every output) and dropped from the output (else the token's text does). MADLAD's
//! `<2en> ` is written before the text, so its echo gives it back before every sentence.
mod support;
use serde_json::Value;
use std::path::Path;
use std::process::Output;
use support::{family_model, selaras};

const SEED: &str = "samples/000_0af768b52f2b990e.txt";
const CORPUS: [&str; 3] = [
    "tests/fixtures/articles/antara-dateline-credit-byline.txt",
    "tests/fixtures/articles/kompas-quote-across-paragraphs-repeated-body.txt",
    "tests/fixtures/articles/voa-captions-without-blank-lines.txt",
];

fn ok(output: Output) -> String {
    assert!(
        output.status.success(),
        "exit {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

fn translate(model: &Path, inputs: &[&str], format: &str) -> String {
    let model = model.display().to_string();
    let mut args = vec![
        "translate",
        "--threads",
        "1",
        "--quiet",
        "--format",
        format,
        "--model",
        &model,
    ];
    args.extend_from_slice(inputs);
    ok(selaras(&args))
}

/// What the fixture makes of `text`.
fn expected(family: &str, base: &str, text: &str) -> String {
    let marked = match family {
        "madlad" => format!("<2en> {text}"),
        _ => text.to_string(),
    };
    match base {
        "shout" => marked.to_uppercase(),
        _ => marked,
    }
}

/// Checks one family and base model on `inputs` through jsonl, tsv, text and tmx.
fn check(model: &Path, family: &str, base: &str, inputs: &[&str]) {
    let label = format!("{family} {base}");
    let mut args = vec!["segment", "--format", "jsonl"];
    args.extend_from_slice(inputs);
    let segments: Vec<Value> = ok(selaras(&args))
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .filter(|s: &Value| s["kind"] != "boilerplate")
        .collect();
    let pairs: Vec<Value> = translate(model, inputs, "jsonl")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    // every segment once, in order, each target what the model makes of its own sentence
    assert_eq!(pairs.len(), segments.len(), "{label}");
    let mut targets = Vec::new();
    for (segment, pair) in segments.iter().zip(&pairs) {
        assert_eq!(pair["doc"], segment["doc"], "{label}");
        assert_eq!(pair["seq"], segment["seq"], "{label}");
        let text = segment["text"].as_str().unwrap();
        let target = pair["target"].as_str().unwrap();
        if segment["translate"] == true && segment["duplicate_of"].is_null() {
            // a quotation is translated without its marks, which are put back around it
            // (when they wrap the whole sentence)
            let inner = |s: &str| s.trim_matches(['“', '”', '"']).to_string();
            let whole = expected(family, base, text);
            if target != whole {
                assert_eq!(
                    inner(target),
                    expected(family, base, &inner(text)),
                    "{label}: {text}"
                );
            }
        }
        targets.push(target.to_string());
    }
    // the same targets through tsv (its target column) and in order through text and tmx
    let tsv = translate(model, inputs, "tsv");
    let column: Vec<&str> = tsv
        .lines()
        .skip(1)
        .map(|l| l.split('\t').nth(4).unwrap())
        .collect();
    assert_eq!(column, targets, "{label}: tsv");
    for format in ["text", "tmx"] {
        let out = translate(model, inputs, format);
        let mut at = 0;
        for target in targets.iter().filter(|t| !t.is_empty()) {
            let written = match format {
                "tmx" => target
                    .replace('&', "&amp;")
                    .replace('<', "&lt;")
                    .replace('>', "&gt;")
                    .replace('"', "&quot;"),
                _ => target.clone(),
            };
            let found = out[at..]
                .find(&written)
                .unwrap_or_else(|| panic!("{label} {format}: {written:?} not in order"));
            at += found + written.len();
        }
    }
}

#[test]
fn every_family_translates_the_sample_and_a_corpus_with_its_conventions() {
    let dir = tempfile::tempdir().unwrap();
    for family in ["nllb", "m2m100", "madlad"] {
        for base in ["echo", "shout"] {
            let model = family_model(dir.path(), base, family);
            check(&model, family, base, &[SEED]);
            check(&model, family, base, &CORPUS);
        }
    }
}

#[test]
fn a_language_the_model_lacks_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let model = family_model(dir.path(), "echo", "nllb");
    let model = model.display().to_string();
    let output = selaras(&["translate", "--model", &model, "--source-lang", "fr", SEED]);
    let message = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(3), "{message}");
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert!(
        message.contains("'fr'") && message.contains("it has id, ms, en"),
        "{message}"
    );
    assert!(output.stdout.is_empty());
}
