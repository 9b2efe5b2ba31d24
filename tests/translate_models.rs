//! `selaras translate` through the real CTranslate2 runtime with the fixture models.
//!
//! echo translates every sentence into itself and shout into its uppercase, so these tests can
//! prove that every segment reaches its own pair, in order, once, whatever the batching.
mod support;
use serde_json::Value;
use std::path::{Path, PathBuf};
use std::process::Output;
use support::{root, selaras};

const SEED: &str = "samples/000_0af768b52f2b990e.txt";

fn model(name: &str) -> PathBuf {
    root().join("models").join(name)
}

fn jsonl(output: &Output) -> Vec<Value> {
    assert!(
        output.status.success(),
        "exit {:?}: {}",
        output.status.code(),
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).expect("a JSON line"))
        .collect()
}

/// The segments `selaras segment` finds, which translation must reproduce one pair each.
fn segments(inputs: &[&str]) -> Vec<Value> {
    let mut args = vec!["segment", "--format", "jsonl"];
    args.extend_from_slice(inputs);
    jsonl(&selaras(&args))
}

fn translate(inputs: &[&str], model_name: &str, extra: &[&str]) -> Vec<Value> {
    let model_dir = model(model_name);
    let mut args = vec![
        "translate",
        "--threads",
        "1",
        "--format",
        "jsonl",
        "--model",
        model_dir.to_str().unwrap(),
    ];
    args.extend_from_slice(extra);
    args.extend_from_slice(inputs);
    jsonl(&selaras(&args))
}

/// Checks pairs against segments: same order, nothing missing or doubled, boilerplate left
/// out, and each target what `expected` says the model makes of the source.
fn check_pairs(
    segments: &[Value],
    pairs: &[Value],
    expected: impl Fn(&str) -> String,
    label: &str,
) {
    let wanted: Vec<&Value> = segments
        .iter()
        .filter(|s| s["kind"] != "boilerplate")
        .collect();
    assert!(!wanted.is_empty(), "{label}: no segments");
    let key = |v: &Value| {
        (
            v["doc"].as_str().unwrap().to_string(),
            v["seq"].as_u64().unwrap(),
        )
    };
    let got_keys: Vec<_> = pairs.iter().map(key).collect();
    let want_keys: Vec<_> = wanted.iter().map(|v| key(v)).collect();
    assert_eq!(got_keys, want_keys, "{label}: pairs differ from segments");
    let by_key: std::collections::HashMap<_, &Value> = pairs.iter().map(|p| (key(p), p)).collect();
    for (segment, pair) in wanted.iter().zip(pairs) {
        let text = segment["text"].as_str().unwrap();
        assert_eq!(pair["text"], segment["text"], "{label}");
        let target = pair["target"].as_str().unwrap();
        if let Some(first) = segment["duplicate_of"].as_u64() {
            let doc = segment["doc"].as_str().unwrap().to_string();
            let original = by_key[&(doc, first)];
            assert_eq!(
                target,
                original["target"].as_str().unwrap(),
                "{label}: duplicate reused"
            );
        } else if segment["translate"] == true {
            assert_eq!(target, expected(text), "{label}: seq {}", segment["seq"]);
            assert!(
                pair["score"].is_number(),
                "{label}: a translated pair has a score"
            );
        } else {
            assert_eq!(target, text, "{label}: kept verbatim");
        }
    }
}

#[test]
fn echo_returns_every_seed_sentence_in_place_for_any_batch_and_beam() {
    let segs = segments(&[SEED]);
    for batch in ["1", "3", "64"] {
        for beam in ["1", "4"] {
            let pairs = translate(&[SEED], "echo", &["--batch-size", batch, "--beam", beam]);
            check_pairs(
                &segs,
                &pairs,
                str::to_string,
                &format!("echo batch {batch} beam {beam}"),
            );
        }
    }
}

#[test]
fn shout_proves_each_target_is_its_own_sentence_translated() {
    let segs = segments(&[SEED]);
    for batch in ["1", "3", "64"] {
        for beam in ["1", "4"] {
            let pairs = translate(&[SEED], "shout", &["--batch-size", batch, "--beam", beam]);
            check_pairs(
                &segs,
                &pairs,
                str::to_uppercase,
                &format!("shout batch {batch} beam {beam}"),
            );
        }
    }
    // Batches spread over two replicas come back to their own sentences, whether a batch is
    // bounded by its sentences or by its tokens.
    let pairs = translate(&[SEED], "shout", &["--replicas", "2", "--batch-size", "3"]);
    check_pairs(&segs, &pairs, str::to_uppercase, "shout on two replicas");
    let pairs = translate(
        &[SEED],
        "shout",
        &["--replicas", "2", "--batch-tokens", "40"],
    );
    check_pairs(&segs, &pairs, str::to_uppercase, "shout, 40-token batches");
    // The quotation keeps its curly marks around the translated text.
    let pairs = translate(&[SEED], "shout", &[]);
    let quote = pairs
        .iter()
        .find(|p| p["text"].as_str().unwrap().starts_with('“'))
        .expect("the seed has a quotation");
    assert!(quote["target"]
        .as_str()
        .unwrap()
        .starts_with("“MENTERI BLINKEN"));
}

#[test]
fn translated_only_leaves_out_exactly_the_verbatim_pairs() {
    let segs = segments(&[SEED]);
    let verbatim: Vec<&Value> = segs
        .iter()
        .filter(|s| s["kind"] != "boilerplate" && s["translate"] == false)
        .map(|s| &s["seq"])
        .collect();
    assert!(
        !verbatim.is_empty(),
        "the seed has segments kept verbatim (credits, editor initials)"
    );
    let all = translate(&[SEED], "shout", &[]);
    let only = translate(&[SEED], "shout", &["--translated-only"]);
    let expected: Vec<&Value> = all
        .iter()
        .filter(|p| !verbatim.contains(&&p["seq"]))
        .collect();
    assert!(expected.len() < all.len());
    assert_eq!(only.iter().collect::<Vec<_>>(), expected);
    for pair in &only {
        let segment = segs.iter().find(|s| s["seq"] == pair["seq"]).unwrap();
        assert_eq!(segment["translate"], true, "{pair}");
    }
}

#[test]
fn many_articles_keep_document_order_and_share_translations() {
    let dir = tempfile::tempdir().unwrap();
    let seed = std::fs::read_to_string(root().join(SEED)).unwrap();
    let other = "Harga Beras Naik\n\nJAKARTA - Harga beras naik lagi pekan ini. “Kami siap,” kata \
                 pedagang.\n\n“Stok aman. Harga akan turun.”\n\nPemerintah mengimpor beras. [ab/cd]\n";
    for (name, text) in [
        ("a.txt", seed.as_str()),
        ("b.txt", other),
        ("c.txt", seed.as_str()),
    ] {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    let input = dir.path().to_str().unwrap();
    let segs = segments(&[input]);
    let docs: Vec<&str> = segs.iter().map(|s| s["doc"].as_str().unwrap()).collect();
    assert!(docs.contains(&"a") && docs.contains(&"b") && docs.contains(&"c"));
    for batch in ["1", "3", "64"] {
        for beam in ["1", "4"] {
            let pairs = translate(&[input], "shout", &["--batch-size", batch, "--beam", beam]);
            check_pairs(
                &segs,
                &pairs,
                str::to_uppercase,
                &format!("corpus batch {batch} beam {beam}"),
            );
        }
    }
    let output = selaras(&[
        "translate",
        "--threads",
        "1",
        "--model",
        model("echo").to_str().unwrap(),
        input,
    ]);
    let summary = String::from_utf8_lossy(&output.stderr);
    assert!(summary.contains("3 documents"), "{summary}");
}

#[test]
fn text_format_gives_back_the_article_in_english_paragraphs() {
    let output = selaras(&[
        "translate",
        "--threads",
        "1",
        "--format",
        "text",
        "--model",
        model("shout").to_str().unwrap(),
        SEED,
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("MENLU AS DAN KORSEL"), "{text}");
    assert!(text.contains("\n\n"), "paragraph breaks kept");
    assert!(
        !text.contains("Tautan-tautan Akses"),
        "boilerplate left out"
    );
    assert!(text.contains("[uh/ab]"), "editor initials kept verbatim");
}

#[test]
fn long_sentences_are_split_to_fit_and_flagged() {
    let dir = tempfile::tempdir().unwrap();
    let clauses: Vec<String> = (0..12)
        .map(|i| format!("bagian nomor {i} dari kalimat panjang"))
        .collect();
    let long = format!("{}.", clauses.join(", "));
    let file = dir.path().join("long.txt");
    std::fs::write(&file, format!("{long}\n")).unwrap();
    let pairs = translate(
        &[file.to_str().unwrap()],
        "shout",
        &["--max-input-tokens", "20"],
    );
    assert_eq!(pairs.len(), 1);
    assert_eq!(pairs[0]["target"].as_str().unwrap(), long.to_uppercase());
    assert!(pairs[0]["flags"]
        .as_array()
        .unwrap()
        .iter()
        .any(|f| f == "split_long"));
}

fn assert_one_line_error(output: &Output, code: i32, needles: &[&str]) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "{stderr}");
    assert_eq!(stderr.trim_end().lines().count(), 1, "one line: {stderr}");
    for needle in needles {
        assert!(stderr.contains(needle), "{needle:?} not in {stderr}");
    }
    assert!(output.stdout.is_empty(), "no output on error");
}

fn copy_model(name: &str, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for entry in std::fs::read_dir(model(name)).unwrap() {
        let entry = entry.unwrap();
        std::fs::copy(entry.path(), to.join(entry.file_name())).unwrap();
    }
}

#[test]
fn model_and_input_problems_are_one_line_errors_and_leave_no_output() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("pairs.tsv");

    let no_spm = dir.path().join("no-spm");
    copy_model("echo", &no_spm);
    std::fs::remove_file(no_spm.join("source.spm")).unwrap();

    let corrupt = dir.path().join("corrupt");
    copy_model("echo", &corrupt);
    let mut bytes = std::fs::read(corrupt.join("model.bin")).unwrap();
    bytes.truncate(bytes.len() / 3);
    bytes[10..200].fill(0xAB);
    std::fs::write(corrupt.join("model.bin"), bytes).unwrap();

    let invalid = dir.path().join("latin1.txt");
    std::fs::write(&invalid, b"Harga naik \xe9 hari ini.\n").unwrap();

    let seed = root().join(SEED);
    let echo = model("echo");
    // (model directory, input, exit code, what the message must name)
    let cases: &[(&Path, &Path, i32, &[&str])] = &[
        (
            &dir.path().join("no-such-model"),
            &seed,
            3,
            &["no-such-model", "selaras model fetch"],
        ),
        (&no_spm, &seed, 3, &["source.spm"]),
        (&corrupt, &seed, 3, &["model.bin"]),
        (
            &echo,
            Path::new("no-such-article.txt"),
            2,
            &["no-such-article.txt"],
        ),
        (&echo, &invalid, 2, &["latin1.txt", "byte 11"]),
    ];
    for (model_dir, input, code, needles) in cases {
        let output = selaras(&[
            "translate",
            "--threads",
            "1",
            "--model",
            model_dir.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
            input.to_str().unwrap(),
        ]);
        assert_one_line_error(&output, *code, needles);
    }

    let left: Vec<_> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| name.contains("pairs"))
        .collect();
    assert!(
        left.is_empty(),
        "no output or temporary file left: {left:?}"
    );
}
