//! One exit code per class of failure, the same in every command (the table in every
//! `--help`): 2 bad input or usage, 3 model, 4 download or conversion, 5 output.
use std::path::PathBuf;
use std::process::{Command, Output};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const SEED: &str = "samples/000_0af768b52f2b990e.txt";

fn echo() -> String {
    root().join("models/echo").display().to_string()
}

fn selaras(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_selaras"))
        .args(args)
        .current_dir(root())
        .env_remove("SELARAS_MODEL")
        .env("XDG_CACHE_HOME", root().join("target/no-cache-here"))
        .output()
        .unwrap()
}

fn assert_exit(output: &Output, code: i32, what: &str) {
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(code), "{what}: {stderr}");
    assert!(!stderr.trim().is_empty(), "{what}: says why");
}

#[test]
fn invalid_numbers_are_usage_errors() {
    let echo = echo();
    for (option, value) in [
        ("--beam", "0"),
        ("--beam", "-1"),
        ("--beam", "four"),
        ("--batch-size", "0"),
        ("--batch-tokens", "0"),
        ("--max-input-tokens", "0"),
        ("--threads", "x"),
    ] {
        let output = selaras(&["translate", "--model", &echo, option, value, SEED]);
        assert_exit(&output, 2, &format!("{option} {value}"));
        assert!(
            output.stdout.is_empty(),
            "{option} {value}: no pairs written"
        );
    }
    // 0 keeps its documented meaning where it has one.
    let output = selaras(&[
        "translate",
        "--model",
        &echo,
        "--threads",
        "0",
        "--replicas",
        "1",
        SEED,
    ]);
    assert!(
        output.status.success(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(!output.stdout.is_empty());
}

#[test]
fn each_class_has_one_code_in_every_command() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.txt");
    let missing = missing.to_str().unwrap();
    let no_dir = dir.path().join("no/such/dir/out.txt");
    let no_dir = no_dir.to_str().unwrap();
    let no_model = dir.path().join("no-model");
    let no_model = no_model.to_str().unwrap();
    let echo = echo();
    // (what, arguments, exit code)
    let cases: Vec<(&str, Vec<&str>, i32)> = vec![
        ("segment: bad input", vec!["segment", missing], 2),
        (
            "translate: bad input",
            vec!["translate", "--model", &echo, missing],
            2,
        ),
        (
            "align: bad input",
            vec!["align", "--no-mt", "--id", missing, "--en", SEED],
            2,
        ),
        (
            "segment: usage",
            vec!["segment", "--format", "xml", SEED],
            2,
        ),
        (
            "translate: usage",
            vec!["translate", "--beam", "0", SEED],
            2,
        ),
        ("align: usage", vec!["align", "--id", SEED], 2),
        (
            "translate: model",
            vec!["translate", "--model", no_model, SEED],
            3,
        ),
        (
            "align: model",
            vec!["align", "--model", no_model, "--id", SEED, "--en", SEED],
            3,
        ),
        (
            "model fetch: download",
            vec![
                "model",
                "fetch",
                "x",
                "--url",
                "http://127.0.0.1:9/none.zip",
                "--dir",
                no_model,
            ],
            4,
        ),
        (
            "model convert: conversion",
            vec!["model", "convert", SEED, "--out", no_model],
            4,
        ),
        ("segment: output", vec!["segment", "-o", no_dir, SEED], 5),
        (
            "translate: output",
            vec!["translate", "--model", &echo, "-o", no_dir, SEED],
            5,
        ),
        (
            "align: output",
            vec!["align", "--no-mt", "--id", SEED, "--en", SEED, "-o", no_dir],
            5,
        ),
        (
            "align --beads: output",
            vec![
                "align", "--no-mt", "--beads", "--id", SEED, "--en", SEED, "-o", no_dir,
            ],
            5,
        ),
    ];
    for (what, args, code) in cases {
        assert_exit(&selaras(&args), code, what);
    }
}

#[test]
fn every_help_ends_with_the_exit_codes() {
    for command in [
        &["--help"][..],
        &["segment", "--help"],
        &["translate", "--help"],
        &["align", "--help"],
        &["model", "--help"],
        &["model", "fetch", "--help"],
        &["eval", "--help"],
    ] {
        let output = selaras(command);
        assert_eq!(output.status.code(), Some(0), "{command:?}");
        let help = String::from_utf8_lossy(&output.stdout);
        for line in ["Exit codes:", "5    output could not be written", "130"] {
            assert!(help.contains(line), "{command:?} lacks {line:?}:\n{help}");
        }
    }
}
