//! Corpus runs spread over shards (`translate --shard I/N`, `corpus status`, `corpus merge`).
//!
//! The promise: merging the parts of a run gives, byte for byte, what the same run writes on
//! one machine. The corpora here have what makes that hard: a site footer in every article
//! (boilerplate only because it repeats across documents, which every shard must decide
//! alike), a photo caption shared by several articles (translated once by a single run, once
//! per shard here), and articles of very different lengths.
mod support;

use proptest::prelude::*;
use selaras::corpus::{self, CorpusOptions};
use selaras::shard::{self, MergeOptions, RunPrints, Shard};
use selaras::translate::ct2::{Ct2Model, Settings};
use selaras::writers::{self, Destination, Format};
use std::path::{Path, PathBuf};
use std::process::Output;
use support::{place, root, selaras, stderr};

const FOOTER: &str = "Hak Cipta © 2024 Kabar Desa. Dilarang mengutip tanpa izin.";
const CAPTION: &str = "Warga antre membeli beras murah di pasar, Senin (6/8).";

/// `count` articles into `dir`: article n has `1 + lengths[n]` paragraphs; every third
/// carries the shared caption, and all end with the footer.
fn write_corpus(dir: &Path, lengths: &[usize]) -> Vec<PathBuf> {
    std::fs::create_dir_all(dir).unwrap();
    let mut paths = Vec::new();
    for (n, &length) in lengths.iter().enumerate() {
        let p = place(n);
        let mut text = format!("Harga Beras di {p} Naik Lagi\n\n");
        if n % 3 == 0 {
            text += &format!("{CAPTION}\n\n");
        }
        for k in 0..=length {
            text += &format!(
                "JAKARTA - Harga beras di pasar {p} naik {k}.400 rupiah pekan ini. Pedagang di \
                 {p} mengatakan stok ke-{k} masih aman.\n\n"
            );
        }
        text += &format!("{FOOTER}\n");
        let path = dir.join(format!("berita-{n:03}.txt"));
        std::fs::write(&path, text).unwrap();
        paths.push(path);
    }
    paths
}

fn echo() -> Ct2Model {
    let settings = Settings {
        replicas: 1,
        threads: 1,
        ..Settings::default()
    };
    Ct2Model::load(&root().join("models/echo"), settings).unwrap()
}

fn prints(inputs: &[corpus::Planned]) -> RunPrints {
    RunPrints {
        inputs: shard::inputs_fingerprint(inputs),
        model: shard::model_fingerprint(&root().join("models/echo")).unwrap(),
        options: "test".into(),
    }
}

fn single_run(model: &mut Ct2Model, inputs: &[corpus::Planned], out: &Path) -> Vec<u8> {
    let mut writer = writers::create(
        Format::Jsonl,
        &Destination::Path(out.into()),
        &Default::default(),
    )
    .unwrap();
    let options = CorpusOptions::default();
    corpus::translate_corpus(
        inputs,
        model,
        writer.as_mut(),
        &options,
        &mut selaras::observe::Silent,
    )
    .unwrap();
    std::fs::read(out).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(6))]
    /// For random corpora and shard counts from 1 to 32, every document lands in exactly one
    /// shard, and the merged parts are the single run's bytes.
    #[test]
    fn merged_shards_are_the_single_run(
        lengths in proptest::collection::vec(0usize..6, 4..40),
        count in 1usize..=32,
    ) {
        let dir = tempfile::tempdir().unwrap();
        let paths = write_corpus(&dir.path().join("in"), &lengths);
        let inputs = corpus::collect_inputs(&paths, None).unwrap();
        let mut model = echo();
        let single = single_run(&mut model, &inputs, &dir.path().join("single.jsonl"));
        let parts = dir.path().join("parts");
        let mut seen = vec![0usize; lengths.len()];
        for index in 0..count {
            let options = CorpusOptions {
                shard: Some(Shard::new(index, count).unwrap()),
                ..CorpusOptions::default()
            };
            let (manifest, _) = shard::translate_shard(
                &inputs, &mut model, &parts, &options, prints(&inputs),
                &mut selaras::observe::Silent,
            ).unwrap();
            for document in &manifest.documents {
                seen[document.index] += 1;
            }
        }
        prop_assert!(seen.iter().all(|&n| n == 1), "{:?}", seen);
        let merged = dir.path().join("merged.jsonl");
        let mut writer =
            writers::create(Format::Jsonl, &Destination::Path(merged.clone()), &Default::default())
                .unwrap();
        shard::merge(&parts, writer.as_mut(), MergeOptions::default()).unwrap();
        prop_assert!(std::fs::read(&merged).unwrap() == single, "{} shards", count);
    }
}

fn ok(output: Output) -> String {
    assert!(output.status.success(), "{}", stderr(&output));
    String::from_utf8(output.stdout).unwrap()
}

fn translate(args: &[&str], env: &[(&str, &str)]) -> Output {
    let mut command = std::process::Command::new(env!("CARGO_BIN_EXE_selaras"));
    command.arg("translate");
    if !args.contains(&"--model") {
        command.args(["--model", "models/echo"]);
    }
    command
        .args(["--threads", "1", "--quiet"])
        .args(args)
        .current_dir(root())
        .env_remove("SLURM_ARRAY_TASK_ID")
        .env_remove("JOB_COMPLETION_INDEX");
    for (k, v) in env {
        command.env(k, v);
    }
    command.output().unwrap()
}

/// One line on stderr, a failure, and nothing in `dir` (or no `dir` at all).
fn refused(out: &Output, dir: &Path, expected: &str) {
    let err = stderr(out);
    assert!(!out.status.success(), "{err}");
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains(expected), "{expected:?} not in {err}");
    if let Ok(entries) = std::fs::read_dir(dir) {
        let names: Vec<_> = entries.flatten().map(|e| e.file_name()).collect();
        assert!(names.is_empty(), "{names:?}");
    }
}

struct Corpus {
    _dir: tempfile::TempDir,
    input: String,
    parts: PathBuf,
    out: PathBuf,
}

fn corpus(articles: usize) -> Corpus {
    let dir = tempfile::tempdir().unwrap();
    let lengths: Vec<usize> = (0..articles).map(|n| n % 4).collect();
    write_corpus(&dir.path().join("in"), &lengths);
    Corpus {
        input: dir.path().join("in").display().to_string(),
        parts: dir.path().join("parts"),
        out: dir.path().join("out"),
        _dir: dir,
    }
}

fn shard_all(c: &Corpus, count: usize, model: &str) {
    let parts = format!("{}/", c.parts.display());
    for index in 0..count {
        let shard = format!("{index}/{count}");
        ok(translate(
            &["--model", model, "--shard", &shard, "-o", &parts, &c.input],
            &[],
        ));
    }
}

fn merge(c: &Corpus, args: &[&str]) -> Output {
    let parts = c.parts.display().to_string();
    let mut all = vec!["corpus", "merge", &parts];
    all.extend_from_slice(args);
    selaras(&all)
}

#[test]
fn merged_parts_equal_the_single_run_in_jsonl_tmx_and_moses_with_scheduler_indices() {
    let c = corpus(12);
    std::fs::create_dir_all(&c.out).unwrap();
    // Kubernetes: JOB_COMPLETION_INDEX set by hand for each index, with --shard-count
    let parts = format!("{}/", c.parts.display());
    for index in 0..3 {
        let i = index.to_string();
        let out = translate(
            &["--shard-count", "3", "-o", &parts, &c.input],
            &[("JOB_COMPLETION_INDEX", &i)],
        );
        ok(out);
    }
    let status = selaras(&["corpus", "status", &c.parts.display().to_string()]);
    let text = ok(status);
    assert!(text.contains("done: 3 (0-2)"), "{text}");
    for (format, file) in [("jsonl", "a.jsonl"), ("tmx", "a.tmx"), ("moses", "moses")] {
        let single = c.out.join(format!("single-{file}"));
        let merged = c.out.join(format!("merged-{file}"));
        let (single_s, merged_s) = (single.display().to_string(), merged.display().to_string());
        ok(translate(
            &["--format", format, "-o", &single_s, &c.input],
            &[],
        ));
        ok(merge(&c, &["--format", format, "-o", &merged_s]));
        let read_all = |base: &Path| -> Vec<Vec<u8>> {
            if format == "moses" {
                ["id", "en"]
                    .iter()
                    .map(|side| std::fs::read(format!("{}.{side}", base.display())).unwrap())
                    .collect()
            } else {
                vec![std::fs::read(base).unwrap()]
            }
        };
        assert_eq!(read_all(&single), read_all(&merged), "{format}");
    }
    // the corpus-wide filters apply at the merge as in one run
    let single = ok(translate(
        &[
            "--format",
            "jsonl",
            "--dedup-pairs",
            "--translated-only",
            &c.input,
        ],
        &[],
    ));
    let merged = ok(merge(&c, &["--dedup-pairs", "--translated-only"]));
    assert_eq!(single, merged);
    // Slurm's variables name the shard too, and the run says where the numbers came from
    let slurm = c.out.join("slurm");
    let slurm_dir = format!("{}/", slurm.display());
    let out = translate(
        &["-o", &slurm_dir, &c.input],
        &[
            ("SLURM_ARRAY_TASK_ID", "5"),
            ("SLURM_ARRAY_TASK_MIN", "4"),
            ("SLURM_ARRAY_TASK_COUNT", "2"),
        ],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(slurm.join("part-00001-of-00002.done").is_file());
    let status = selaras(&["corpus", "status", &slurm.display().to_string()]);
    assert!(!status.status.success(), "shard 0 of 2 is not done");
    let rerun = String::from_utf8(status.stdout).unwrap();
    assert!(rerun.contains("rerun: 0\n"), "{rerun}");
}

#[test]
fn bad_shards_and_broken_parts_are_one_line_errors_and_write_nothing() {
    let c = corpus(6);
    let parts = format!("{}/", c.parts.display());
    for bad in ["4/4", "0/0", "x/2"] {
        let out = translate(&["--shard", bad, "-o", &parts, &c.input], &[]);
        refused(&out, &c.parts, "--shard");
    }
    shard_all(&c, 3, "models/echo");
    std::fs::create_dir_all(&c.out).unwrap();
    let merged = c.out.join("merged.jsonl");
    let merged_s = merged.display().to_string();
    let try_merge = |expected: &str| {
        let out = merge(&c, &["-o", &merged_s]);
        refused(&out, &c.out, expected);
        assert!(!merged.exists());
    };
    let part1 = c.parts.join("part-00001-of-00003.jsonl");
    let done1 = c.parts.join("part-00001-of-00003.done");
    let (good_part, good_done) = (
        std::fs::read(&part1).unwrap(),
        std::fs::read(&done1).unwrap(),
    );
    assert!(good_part.len() > 100);

    // a part from another model
    ok(translate(
        &[
            "--model",
            "models/shout",
            "--shard",
            "1/3",
            "-o",
            &parts,
            &c.input,
        ],
        &[],
    ));
    try_merge("another model");
    let status = selaras(&["corpus", "status", &c.parts.display().to_string()]);
    assert!(!status.status.success());
    assert!(String::from_utf8_lossy(&status.stdout).contains("rerun: 1"));

    // a part cut mid-line
    std::fs::write(&part1, &good_part[..good_part.len() - 7]).unwrap();
    std::fs::write(&done1, &good_done).unwrap();
    try_merge("does not match its manifest");

    // a .done whose counts disagree with its part
    std::fs::write(&part1, &good_part).unwrap();
    let text = String::from_utf8(good_done.clone()).unwrap();
    let pairs_line = text
        .lines()
        .find(|l| l.trim_start().starts_with("\"pairs\""))
        .unwrap();
    std::fs::write(&done1, text.replace(pairs_line, "  \"pairs\": 1,")).unwrap();
    try_merge("does not match its manifest");

    // a part of another input list
    std::fs::write(&done1, &good_done).unwrap();
    let other = c.parts.with_file_name("other");
    write_corpus(&other, &[1, 2]);
    let other_s = other.display().to_string();
    ok(translate(
        &["--shard", "1/3", "-o", &parts, &c.input, &other_s],
        &[],
    ));
    try_merge("another input list");

    // a missing part
    std::fs::write(&part1, &good_part).unwrap();
    std::fs::write(&done1, &good_done).unwrap();
    std::fs::remove_file(c.parts.join("part-00002-of-00003.done")).unwrap();
    try_merge("not finished");
    let status = selaras(&["corpus", "status", &c.parts.display().to_string()]);
    assert!(String::from_utf8_lossy(&status.stdout).contains("rerun: 2"));

    // and with every part back, the merge goes through
    shard_all(&c, 3, "models/echo");
    ok(merge(&c, &["-o", &merged_s]));
    assert!(merged.is_file());
}

fn scan(args: &[&str]) -> Output {
    let mut all = vec!["corpus", "scan", "--quiet"];
    all.extend_from_slice(args);
    selaras(&all)
}

#[test]
fn a_split_scan_adds_up_and_shards_reading_it_merge_to_the_single_run() {
    let c = corpus(12);
    std::fs::create_dir_all(&c.out).unwrap();
    let stats = |name: &str| c.out.join(name).display().to_string();
    let whole = stats("whole.stats");
    ok(scan(&[&c.input, "-o", &whole]));
    // three parts, merged in any order, are the whole scan byte for byte
    let parts: Vec<String> = (0..3).map(|i| stats(&format!("part{i}.stats"))).collect();
    for (i, part) in parts.iter().enumerate() {
        ok(scan(&["--shard", &format!("{i}/3"), &c.input, "-o", part]));
    }
    let merged = stats("merged.stats");
    let args = [
        "corpus",
        "merge-stats",
        &parts[2],
        &parts[0],
        &parts[1],
        "-o",
        &merged,
    ];
    ok(selaras(&args));
    assert_eq!(
        std::fs::read(&whole).unwrap(),
        std::fs::read(&merged).unwrap()
    );
    // the parts hold different documents: none of them alone is the whole
    for part in &parts {
        assert_ne!(std::fs::read(part).unwrap(), std::fs::read(&whole).unwrap());
    }

    // shards that read the counts merge to what one run that counted itself writes
    let shard_dir = format!("{}/", c.parts.display());
    for index in 0..3 {
        let shard = format!("{index}/3");
        let args = [
            "--line-stats",
            &whole,
            "--shard",
            &shard,
            "-o",
            &shard_dir,
            &c.input,
        ];
        ok(translate(&args, &[]));
    }
    let single = ok(translate(&["--format", "jsonl", &c.input], &[]));
    assert!(
        !single.contains("Warga antre"),
        "the shared caption is boilerplate"
    );
    assert_eq!(ok(merge(&c, &[])), single);
    // segment reads them too
    let segmented = ok(selaras(&["segment", &c.input]));
    let with_stats = ok(selaras(&["segment", "--line-stats", &whole, &c.input]));
    assert_eq!(segmented, with_stats);

    // The counts are read, not recounted: give the articles another shared caption of the
    // same length, so the input list's fingerprint (paths and sizes) still matches. A run
    // that counts finds the new caption repeated; one that reads the old counts does not.
    for entry in std::fs::read_dir(&c.input).unwrap() {
        let path = entry.unwrap().path();
        let text = std::fs::read_to_string(&path).unwrap();
        std::fs::write(&path, text.replace("Warga antre", "Warga ambil")).unwrap();
    }
    let counted = ok(translate(&["--format", "jsonl", &c.input], &[]));
    assert!(!counted.contains("Warga ambil"));
    let read = ok(translate(
        &["--format", "jsonl", "--line-stats", &whole, &c.input],
        &[],
    ));
    assert!(
        read.contains("Warga ambil"),
        "the stale counts do not know the new caption"
    );
}

#[test]
fn bad_scans_and_stats_are_one_line_errors_and_write_nothing() {
    let c = corpus(6);
    std::fs::create_dir_all(&c.out).unwrap();
    let file = |name: &str| c.out.join(name).display().to_string();
    let (whole, part0, part1) = (file("whole.stats"), file("p0.stats"), file("p1.stats"));
    ok(scan(&[&c.input, "-o", &whole]));
    ok(scan(&["--shard", "0/2", &c.input, "-o", &part0]));
    ok(scan(&["--shard", "1/2", &c.input, "-o", &part1]));
    let written = |out: &Output, expected: &str, path: &str| {
        let err = stderr(out);
        assert!(!out.status.success(), "{err}");
        assert_eq!(err.trim().lines().count(), 1, "{err}");
        assert!(err.contains(expected), "{expected:?} not in {err}");
        assert!(!Path::new(path).exists(), "{path} was written");
    };
    let stats = file("new.stats");
    // standard input cannot be scanned: the shards would not see it again
    written(&scan(&["-o", &stats]), "standard input", &stats);
    written(&scan(&["-", "-o", &stats]), "standard input", &stats);
    written(
        &scan(&["--shard", "2/2", &c.input, "-o", &stats]),
        "--shard",
        &stats,
    );
    let nowhere = c.out.join("no/such/dir/x.stats").display().to_string();
    written(&scan(&[&c.input, "-o", &nowhere]), "x.stats", &nowhere);
    // merging parts that do not make a whole
    let merge_stats = |parts: &[&str]| {
        let mut args = vec!["corpus", "merge-stats"];
        args.extend_from_slice(parts);
        args.extend_from_slice(&["-o", &stats]);
        selaras(&args)
    };
    written(&merge_stats(&[&part0]), "parts 1 of 2 are missing", &stats);
    written(&merge_stats(&[&part0, &part0, &part1]), "again", &stats);
    written(&merge_stats(&[&whole]), "a whole scan", &stats);

    // a run given counts it cannot use
    let output = file("out.tsv");
    let run = |stats: &str| translate(&["--line-stats", stats, "-o", &output, &c.input], &[]);
    written(&run(&part0), "merge-stats", &output);
    let other = c.out.join("other");
    write_corpus(&other, &[1, 2, 0]);
    let other_stats = file("other.stats");
    ok(scan(&[&other.display().to_string(), "-o", &other_stats]));
    written(&run(&other_stats), "another input list", &output);
    let jsonl = file("as-jsonl.stats");
    ok(scan(&["--input-format", "html", &c.input, "-o", &jsonl]));
    written(&run(&jsonl), "other options", &output);
    let good = std::fs::read(&whole).unwrap();
    let cut = file("cut.stats");
    std::fs::write(&cut, &good[..good.len() - 9]).unwrap();
    written(&run(&cut), "cut short", &output);
    written(&run(&file("missing.stats")), "missing.stats", &output);
    written(&run(&c.input), "not a selaras line-stats file", &output);
    // and with the right counts the run goes through
    ok(run(&whole));
    assert!(Path::new(&output).is_file());
}
