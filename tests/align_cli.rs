//! `selaras align` and `selaras eval alignment` through the real binary, on two short articles
//! written for these tests (tests/fixtures/align/flood.*): the Indonesian version merges two
//! English sentences, drops one and adds a photo caption with its credit. Also: a side given
//! as a page in Markdown or a saved HTML page aligns as its text does, and a `--beads` output
//! that cannot be written leaves nothing behind.
mod support;

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use support::{entries, Tmpfs};

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/align")
        .join(name)
}

fn selaras(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_selaras"))
        .args(args)
        .output()
        .expect("the selaras binary runs")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

fn path(p: &Path) -> &str {
    p.to_str().unwrap()
}

/// The beads of the fixture pair: title with title, the merged sentence as 1-2, the caption and
/// its credit unaligned (the English story has no photo), the dropped sentence as 0-1.
const FLOOD_BEADS: &str = "\
[0]:[0]
[1]:[1]
[2]:[2, 3]
[3]:[]
[4]:[]
[5]:[4]
[]:[5]
[6]:[6]
[7]:[7]
[8]:[8]
";

/// `selaras align` on the flood fixture articles with `extra` options.
fn align_flood(extra: &[&str]) -> Output {
    let (id, en) = (fixture("flood.id.txt"), fixture("flood.en.txt"));
    let mut args = vec!["align", "--id", path(&id), "--en", path(&en)];
    args.extend_from_slice(extra);
    selaras(&args)
}

fn flood_beads(extra: &[&str]) -> Output {
    let mut args = vec!["--beads"];
    args.extend_from_slice(extra);
    align_flood(&args)
}

#[test]
fn flood_article_beads_without_mt() {
    let out = flood_beads(&["--no-mt"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), FLOOD_BEADS);
    assert_eq!(text(&out.stderr), "", "no warning for a well-formed pair");
}

#[test]
fn flood_article_beads_with_precomputed_mt() {
    let mt = fixture("flood.mt.txt");
    let out = flood_beads(&["--mt-file", path(&mt)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), FLOOD_BEADS);
}

#[test]
fn flood_article_beads_with_the_echo_model() {
    // the echo fixture model translates every sentence into itself: the same signal as
    // --mt-file pointing at the Indonesian side
    let model = Path::new(env!("CARGO_MANIFEST_DIR")).join("models/echo");
    let out = flood_beads(&["--model", path(&model)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), FLOOD_BEADS);
    // an MT that reads as Indonesian is no translation: the user is told, once
    let err = text(&out.stderr);
    assert!(
        err.contains("the machine translation looks Indonesian, not English"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn a_missing_model_is_exit_code_3() {
    let out = flood_beads(&["--model", "/nonexistent/model-dir"]);
    assert_eq!(out.status.code(), Some(3), "{}", text(&out.stderr));
    assert_eq!(text(&out.stderr).lines().count(), 1);
}

#[test]
fn jsonl_keeps_kinds_and_empty_sides() {
    let out = align_flood(&["--no-mt", "--format", "jsonl"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let records: Vec<serde_json::Value> = text(&out.stdout)
        .lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect();
    let kinds: Vec<&str> = records
        .iter()
        .map(|r| r["kind"].as_str().unwrap())
        .collect();
    assert_eq!(
        kinds,
        [
            "title", "sentence", "sentence", "caption", "credit", "sentence", "sentence",
            "sentence", "sentence", "sentence"
        ]
    );
    let dropped = &records[6];
    assert_eq!(dropped["source"], "");
    assert_eq!(
        dropped["target"],
        "It expects the rain to continue until Thursday and has told families along the \
         Ciliwung river to stay ready to leave."
    );
    assert_eq!(dropped["flags"], serde_json::json!(["unaligned"]));
    assert_eq!(records[3]["target"], "");
    let merged = &records[2];
    assert_eq!(
        merged["target"],
        "More than 4,500 residents left their homes. Officials opened 30 shelters in schools \
         and mosques."
    );
    assert!(merged["score"].as_f64().unwrap() > 0.0);
}

#[test]
fn every_output_format_writes_the_beads() {
    let dir = tempfile::tempdir().unwrap();
    for format in [
        "tsv", "jsonl", "text", "tmx", "xliff", "html", "md", "moses",
    ] {
        let out_path = dir.path().join(format!("flood-{format}"));
        let out = align_flood(&["--no-mt", "--format", format, "-o", path(&out_path)]);
        assert!(out.status.success(), "{format}: {}", text(&out.stderr));
        let written = if format == "moses" {
            std::fs::read_to_string(out_path.with_extension("en")).unwrap()
        } else {
            std::fs::read_to_string(&out_path).unwrap()
        };
        assert!(written.contains("Kampung Melayu"), "{format}: {written}");
    }
}

#[test]
fn tsv_keeps_one_row_per_bead() {
    let out = align_flood(&["--no-mt"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    // a header plus ten beads
    assert_eq!(text(&out.stdout).lines().count(), 11);
}

#[test]
fn mt_file_with_the_wrong_line_count_is_refused() {
    let en = fixture("flood.en.txt");
    let out = align_flood(&["--mt-file", path(&en)]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains("has 7 lines") && err.contains("8 sentences"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
}

fn write(dir: &Path, name: &str, content: &str) -> PathBuf {
    let p = dir.join(name);
    std::fs::write(&p, content).unwrap();
    p
}

fn presplit(id: &Path, en: &Path, extra: &[&str]) -> Output {
    let mut args = vec![
        "align",
        "--presplit",
        "--beads",
        "--id",
        path(id),
        "--en",
        path(en),
    ];
    args.extend_from_slice(extra);
    selaras(&args)
}

/// Every sentence index of both sides appears in exactly one bead (in order within a section;
/// sections interleave, so the whole list is compared sorted).
fn assert_covers(beads: &str, n: usize, m: usize) {
    let (mut source, mut target) = (Vec::new(), Vec::new());
    for line in beads.lines() {
        let bead = selaras::eval::alignment::parse_bead(line).unwrap();
        source.extend(bead.source);
        target.extend(bead.target);
    }
    source.sort_unstable();
    target.sort_unstable();
    assert_eq!(source, (0..n).collect::<Vec<_>>());
    assert_eq!(target, (0..m).collect::<Vec<_>>());
}

#[test]
fn empty_english_side_warns_and_keeps_every_sentence() {
    let dir = tempfile::tempdir().unwrap();
    let id = write(dir.path(), "a.id", "Satu kalimat.\nDua kalimat.\nTiga.\n");
    let en = write(dir.path(), "a.en", "");
    let out = presplit(&id, &en, &["--no-mt"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "[0]:[]\n[1]:[]\n[2]:[]\n");
    assert!(text(&out.stderr).contains("the English side has no sentences"));
}

#[test]
fn both_sides_empty_is_an_error() {
    let dir = tempfile::tempdir().unwrap();
    let id = write(dir.path(), "a.id", "");
    let en = write(dir.path(), "a.en", "");
    let out = presplit(&id, &en, &["--no-mt"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("both sides are empty"));
    assert!(out.stdout.is_empty());
}

#[test]
fn very_different_lengths_warn_and_lose_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let id = write(
        dir.path(),
        "a.id",
        "Presiden tiba di Jakarta pada 2024.\nIa disambut 300 warga.\n",
    );
    let en: String = (0..12)
        .map(|k| format!("Sentence {k} of a much longer English story.\n"))
        .collect();
    let en = write(dir.path(), "a.en", &en);
    let out = presplit(&id, &en, &["--no-mt"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(text(&out.stderr).contains("differ a lot in length (2 Indonesian vs 12 English"));
    assert_covers(&text(&out.stdout), 2, 12);
}

#[test]
fn swapped_sides_warn_and_still_align_by_length() {
    let (id, en) = (fixture("flood.id.txt"), fixture("flood.en.txt"));
    let mt = fixture("flood.mt.txt");
    // English given as --id and Indonesian as --en: warned, MT ignored, nothing lost
    let out = selaras(&[
        "align",
        "--id",
        path(&en),
        "--en",
        path(&id),
        "--beads",
        "--mt-file",
        path(&mt),
    ]);
    // the English side has 9 sentences to translate, the MT file 8 lines: refused cleanly
    assert_eq!(out.status.code(), Some(2));
    let out = selaras(&[
        "align",
        "--id",
        path(&en),
        "--en",
        path(&id),
        "--beads",
        "--no-mt",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(err.contains("the Indonesian side looks English"), "{err}");
    assert!(err.contains("the English side looks Indonesian"), "{err}");
    assert_covers(&text(&out.stdout), 9, 9);
}

#[test]
fn presplit_echo_mt_is_the_source_file_itself() {
    let dir = tempfile::tempdir().unwrap();
    let id = write(
        dir.path(),
        "a.id",
        "Presiden Joko Widodo tiba di Jakarta pada 2024.\nIa disambut 300 warga di Monas.\n",
    );
    let en = write(
        dir.path(),
        "a.en",
        "President Joko Widodo arrived in Jakarta in 2024.\nHe was greeted by 300 residents at \
         Monas.\n",
    );
    let out = presplit(&id, &en, &["--mt-file", path(&id)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(text(&out.stdout), "[0]:[0]\n[1]:[1]\n");
}

#[test]
fn each_side_is_read_in_the_form_its_name_gives() {
    let dir = tempfile::tempdir().unwrap();
    let id = std::fs::read_to_string(fixture("flood.id.txt")).unwrap();
    let en = std::fs::read_to_string(fixture("flood.en.txt")).unwrap();
    let paragraphs =
        |text: &str| -> Vec<String> { text.split("\n\n").map(|p| p.trim().to_string()).collect() };
    // the Indonesian article as a page in Markdown: the headline a heading, the photo's
    // caption in emphasis under its image, a menu above
    let id = paragraphs(&id);
    let mut markdown = String::from("[Beranda](/) [Metro](/metro)\n\n");
    markdown.push_str(&format!("# {}\n\n{}\n\n", id[0], id[1]));
    markdown.push_str(&format!("![banjir](banjir.jpg)\n*{}*\n\n", id[2]));
    markdown.push_str(&id[3..].join("\n\n"));
    let id_page = dir.path().join("banjir.md");
    std::fs::write(&id_page, markdown).unwrap();
    // the English original as a saved page
    let en = paragraphs(&en);
    let mut html = format!(
        "<html><body><nav><a href=\"/\">Home</a></nav><h1>{}</h1>",
        en[0]
    );
    for p in &en[1..] {
        html.push_str(&format!("<p>{p}</p>"));
    }
    html.push_str("<footer>© 2024 News</footer></body></html>");
    let en_page = dir.path().join("floods.html");
    std::fs::write(&en_page, html).unwrap();
    let out = selaras(&[
        "align",
        "--id",
        path(&id_page),
        "--en",
        path(&en_page),
        "--no-mt",
        "--format",
        "tsv",
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let rows: Vec<Vec<String>> = text(&out.stdout)
        .lines()
        .skip(1)
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect();
    // no markup on either side, the menus and footer kept as clutter, and the same pairs of
    // sentences as the two text files give
    assert!(rows
        .iter()
        .all(|r| !r[3].contains(['*', '#', '[', '<']) && !r[4].contains('<')));
    let pairs = |rows: &[Vec<String>]| -> Vec<(String, String)> {
        rows.iter()
            .filter(|r| r[2] == "sentence" || r[2] == "title")
            .map(|r| (r[3].clone(), r[4].clone()))
            .collect()
    };
    let as_text = align_flood(&["--no-mt", "--format", "tsv"]);
    let text_rows: Vec<Vec<String>> = text(&as_text.stdout)
        .lines()
        .skip(1)
        .map(|l| l.split('\t').map(str::to_string).collect())
        .collect();
    assert!(pairs(&text_rows).len() >= 8);
    assert_eq!(pairs(&rows), pairs(&text_rows));
    assert!(rows
        .iter()
        .any(|r| r[2] == "caption" && r[3].starts_with("Warga menerobos")));
    // a dump of many documents is not one side, nor is a page read line by line
    let dump = write(dir.path(), "banyak.jsonl", "{\"text\": \"Banjir.\"}\n");
    for (side, extra) in [(&dump, None), (&id_page, Some("--presplit"))] {
        let mut args = vec![
            "align",
            "--id",
            path(side),
            "--en",
            path(&en_page),
            "--no-mt",
        ];
        args.extend(extra);
        let out = selaras(&args);
        assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
        let message = text(&out.stderr);
        assert_eq!(message.lines().count(), 1, "{message}");
        assert!(message.contains(path(side)), "{message}");
    }
}

#[test]
fn missing_file_is_a_one_line_error() {
    let out = selaras(&[
        "align",
        "--id",
        "/nonexistent/a.txt",
        "--en",
        "/nonexistent/b.txt",
        "--no-mt",
    ]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(text(&out.stderr).lines().count(), 1);
}

#[test]
fn eval_alignment_scores_strict_and_lax() {
    let dir = tempfile::tempdir().unwrap();
    let gold = write(dir.path(), "gold", "[0]:[0]\n[1, 2]:[1]\n[3]:[2]\n[]:[3]\n");
    let test = write(dir.path(), "test", "[0]:[0]\n[1]:[1]\n[2]:[]\n[3]:[2, 3]\n");
    let out = selaras(&[
        "eval",
        "alignment",
        "--json",
        "-g",
        path(&gold),
        "-t",
        path(&test),
    ]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let scores: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(scores["precision_strict"], 0.25);
    assert_eq!(scores["precision_lax"], 0.75);
    assert_eq!(scores["recall_lax"], 1.0);
    let out = selaras(&["eval", "alignment", "-g", path(&gold), "-t", path(&gold)]);
    assert!(
        text(&out.stdout).contains("F1          1.000    1.000"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn eval_alignment_refuses_bad_input() {
    let dir = tempfile::tempdir().unwrap();
    let gold = write(dir.path(), "gold", "[0]:[0]\n");
    let bad = write(dir.path(), "bad", "[0]:[0]\n0 -> 1\n");
    let out = selaras(&["eval", "alignment", "-g", path(&gold), "-t", path(&bad)]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("line 2"),
        "{}",
        text(&out.stderr)
    );
    let out = selaras(&[
        "eval",
        "alignment",
        "-g",
        path(&gold),
        path(&gold),
        "-t",
        path(&gold),
    ]);
    assert_eq!(out.status.code(), Some(2));
}

#[test]
fn beads_can_be_scored_against_gold_in_one_go() {
    let dir = tempfile::tempdir().unwrap();
    let predicted = dir.path().join("pred");
    let out = flood_beads(&["--no-mt", "-o", path(&predicted)]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let gold = write(dir.path(), "gold", FLOOD_BEADS);
    let out = selaras(&[
        "eval",
        "alignment",
        "--json",
        "-g",
        path(&gold),
        "-t",
        path(&predicted),
    ]);
    let scores: serde_json::Value = serde_json::from_str(&text(&out.stdout)).unwrap();
    assert_eq!(scores["f1_strict"], 1.0);
}

#[test]
fn beads_to_a_missing_directory_exit_5_and_leave_nothing() {
    let dir = tempfile::tempdir().unwrap();
    let predicted = dir.path().join("tidak-ada").join("pred");
    let out = flood_beads(&["--no-mt", "-o", path(&predicted)]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(
        err.contains("tidak-ada/pred") && err.contains("not written"),
        "{err}"
    );
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(entries(dir.path()).is_empty(), "{:?}", entries(dir.path()));
}

#[test]
fn beads_on_a_disk_full_halfway_leave_no_output_and_no_temporary_file() {
    let Some(disk) = Tmpfs::mount("64k") else {
        return;
    };
    // 6,000 one-to-one beads, "[k]:[k]" each: about 80 kB on a 64 kB disk
    let dir = tempfile::tempdir().unwrap();
    let lines =
        |sentence: &str| -> String { (0..6_000).map(|k| format!("{sentence} {k}.\n")).collect() };
    let id = write(
        dir.path(),
        "a.id",
        &lines("Harga beras naik lagi, kata pedagang nomor"),
    );
    let en = write(
        dir.path(),
        "a.en",
        &lines("Rice prices rose again, said trader number"),
    );
    let predicted = disk.path().join("pred");
    let out = presplit(&id, &en, &["--no-mt", "-o", path(&predicted)]);
    let err = text(&out.stderr);
    assert_eq!(out.status.code(), Some(5), "{err}");
    assert!(err.contains("No space left on device"), "{err}");
    assert!(
        entries(disk.path()).is_empty(),
        "{:?}",
        entries(disk.path())
    );
}

/// The segments `selaras segment` makes of a page, in `lang`.
fn segment_count(page: &Path, lang: &str) -> usize {
    let output = selaras(&["segment", "--format", "jsonl", "--lang", lang, path(page)]);
    assert!(output.status.success(), "{}", text(&output.stderr));
    text(&output.stdout).lines().count()
}

/// The article pairs of tests/fixtures/pairs (an English page and its Indonesian version, with
/// gold beads over their story sentences): every gold sentence is printed on its page, and
/// `align` on the two pages as saved gives every segment of both sides exactly one bead.
#[test]
fn every_fixture_pair_aligns_without_losing_a_segment() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/pairs");
    let mut pairs = 0;
    for split in ["dev", "test"] {
        let mut names: Vec<PathBuf> = std::fs::read_dir(root.join(split))
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.to_string_lossy().ends_with(".beads.tsv"))
            .collect();
        names.sort();
        for beads in names {
            let stem = beads
                .to_string_lossy()
                .trim_end_matches(".beads.tsv")
                .to_string();
            let (id, en) = (
                PathBuf::from(format!("{stem}.id.txt")),
                PathBuf::from(format!("{stem}.en.txt")),
            );
            let pages = [
                std::fs::read_to_string(&id).unwrap(),
                std::fs::read_to_string(&en).unwrap(),
            ];
            for line in std::fs::read_to_string(&beads).unwrap().lines() {
                let columns: Vec<&str> = line.split('\t').collect();
                assert_eq!(columns.len(), 3, "{stem}: {line}");
                for (side, page) in columns[..2].iter().zip(&pages) {
                    for sentence in side.split("||").map(str::trim).filter(|s| *s != "-") {
                        assert!(
                            page.contains(sentence),
                            "{stem}: not on its page: {sentence}"
                        );
                    }
                }
            }
            let output = selaras(&[
                "align",
                "--beads",
                "--no-mt",
                "--id",
                path(&id),
                "--en",
                path(&en),
            ]);
            assert!(output.status.success(), "{stem}: {}", text(&output.stderr));
            assert_covers(
                &text(&output.stdout),
                segment_count(&id, "id"),
                segment_count(&en, "en"),
            );
            pairs += 1;
        }
    }
    assert!(pairs >= 12, "{pairs} pairs");
}
