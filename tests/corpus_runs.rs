//! Corpus runs through the real binary and the echo model: resume after SIGKILL or Ctrl-C
//! gives the same bytes as an uninterrupted run, and bad inputs are reported without losing
//! the rest.
mod support;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};
use support::place;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn echo() -> String {
    root().join("models/echo").display().to_string()
}

fn selaras() -> Command {
    let mut command = Command::new(env!("CARGO_BIN_EXE_selaras"));
    command.env_remove("SELARAS_MODEL");
    command
}

/// A sentence-shaped line a news site prints under every article.
/// A site's footer that reads like a sentence: only its repetition across articles shows it is
/// clutter.
/// (Its words do not speak of the page, as "Redaksi menerima tulisan pembaca …" would: such a
/// note is found on one page alone.)
const FOOTER: &str = "Pelayanan pengaduan masyarakat dibuka setiap hari kerja mulai pukul delapan \
                      pagi di kantor kelurahan.";

/// Writes `count` distinct articles in the shape of a scraped news page, each ending with the
/// site's [`FOOTER`] (boilerplate once three articles hold it).
fn write_articles(dir: &Path, count: usize) {
    std::fs::create_dir_all(dir).unwrap();
    for n in 0..count {
        let p = place(n);
        let text = format!(
            "Tautan-tautan Akses\n\nBerita Nomor {n} dari {p}\n\nJAKARTA - Harga beras di pasar \
             {p} naik {n}.400 rupiah pada Senin (6/8). Pedagang di {p} mengatakan stok masih aman.\n\n\
             “Kami berharap harga turun minggu depan,” kata Budi, pedagang dari {p}.\n\n\
             Pemerintah berencana mengimpor {n} ton beras untuk {p}. Harga gabah juga naik di \
             tingkat petani {p}. [ab/cd]\n\n{FOOTER}\n"
        );
        std::fs::write(dir.join(format!("berita-{n:03}.txt")), text).unwrap();
    }
}

fn journal_lines(output: &Path) -> usize {
    let journal = output.with_file_name(format!(
        "{}.selaras-journal",
        output.file_name().unwrap().to_string_lossy()
    ));
    std::fs::read_to_string(journal)
        .map(|t| t.lines().count())
        .unwrap_or(0)
}

/// `selaras translate` of `inputs` with the echo model into `format` at `output`, with `extra`
/// options; standard output discarded.
fn translate_to(format: &str, output: &Path, inputs: &Path, extra: &[&str]) -> Command {
    let mut command = selaras();
    command
        .args(["translate", "--threads", "1", "--quiet", "--format", format])
        .args(["--model", &echo()])
        .args(extra)
        .arg("-o")
        .arg(output)
        .arg(inputs)
        .stdout(Stdio::null());
    command
}

/// Waits until `documents` documents of the run writing `output` are journaled, the run
/// ends, or two minutes pass.
fn wait_for_journal(child: &mut Child, output: &Path, documents: usize) {
    let started = Instant::now();
    while journal_lines(output) < documents && started.elapsed() < Duration::from_secs(120) {
        if child.try_wait().unwrap().is_some() {
            break;
        }
        std::thread::sleep(Duration::from_millis(5));
    }
}

#[test]
fn a_run_killed_halfway_resumes_to_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    write_articles(&articles, 60);
    let run = |format: &str, output: &Path, extra: &[&str]| {
        translate_to(format, output, &articles, extra)
    };

    for format in ["jsonl", "tmx"] {
        let whole = dir.path().join(format!("whole.{format}"));
        assert!(run(format, &whole, &[]).status().unwrap().success());

        let resumed = dir.path().join(format!("resumed.{format}"));
        let mut child = run(format, &resumed, &["--resume", "--batch-size", "4"])
            .spawn()
            .unwrap();
        // Kill it once some documents, but not all, are journaled.
        wait_for_journal(&mut child, &resumed, 5);
        let killed = child.try_wait().unwrap().is_none();
        child.kill().unwrap(); // SIGKILL
        child.wait().unwrap();
        let done_before = journal_lines(&resumed);
        assert!(killed, "the run finished before it could be killed");
        assert!(
            (5..60).contains(&done_before),
            "{done_before} documents journaled"
        );
        assert!(!resumed.exists(), "no output file before the run finishes");

        let status = run(format, &resumed, &["--resume"]).status().unwrap();
        assert!(status.success());
        assert_eq!(
            std::fs::read(&resumed).unwrap(),
            std::fs::read(&whole).unwrap(),
            "{format}: resumed output differs"
        );
        assert_eq!(
            journal_lines(&resumed),
            0,
            "the journal is removed after success"
        );
    }
}

#[test]
fn ctrl_c_stops_cleanly_and_resume_finishes_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    write_articles(&articles, 60);
    let out = dir.path().join("out");
    std::fs::create_dir_all(&out).unwrap();
    let run = |output: &Path, extra: &[&str]| {
        let mut command = translate_to("jsonl", output, &articles, extra);
        command.stderr(Stdio::piped());
        command
    };
    let whole = out.join("whole.jsonl");
    assert!(run(&whole, &[]).status().unwrap().success());

    let resumed = out.join("resumed.jsonl");
    let mut child = run(&resumed, &["--resume", "--batch-size", "4"])
        .spawn()
        .unwrap();
    wait_for_journal(&mut child, &resumed, 5);
    let interrupt = Command::new("sh")
        .args(["-c", &format!("kill -INT {}", child.id())])
        .status()
        .unwrap();
    assert!(interrupt.success(), "the run finished before Ctrl-C");
    let stopped = child.wait_with_output().unwrap();
    let stderr = String::from_utf8_lossy(&stopped.stderr);

    assert_eq!(stopped.status.code(), Some(130), "{stderr}");
    assert_eq!(stderr.lines().count(), 1, "one line: {stderr}");
    assert!(
        stderr.contains("resumed.jsonl") && stderr.contains("interrupted (Ctrl-C)"),
        "{stderr}"
    );
    let done_before = journal_lines(&resumed);
    assert!(
        (5..60).contains(&done_before),
        "{done_before} documents journaled"
    );
    // No output and no temporary file beside it: only the earlier output and the journal.
    let mut left: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|entry| entry.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    left.sort();
    assert_eq!(left, ["resumed.jsonl.selaras-journal", "whole.jsonl"]);

    assert!(run(&resumed, &["--resume"]).status().unwrap().success());
    assert_eq!(
        std::fs::read(&resumed).unwrap(),
        std::fs::read(&whole).unwrap()
    );
}

#[test]
fn bad_inputs_are_reported_and_the_rest_still_written() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    write_articles(&articles, 3);
    // Unreadable: a directory where an article should be.
    std::fs::create_dir(articles.join("bukan-file.txt")).unwrap();
    let invalid = dir.path().join("latin1.txt");
    std::fs::write(&invalid, b"Harga \xe9 naik.\n").unwrap();
    let manifest = dir.path().join("manifest.txt");
    std::fs::write(
        &manifest,
        "articles/berita-000.txt\narticles/bukan-file.txt\nlatin1.txt\n# a comment\n\narticles/berita-002.txt\n",
    )
    .unwrap();
    let output = dir.path().join("corpus.tsv");
    let run = selaras()
        .args([
            "translate",
            "--threads",
            "1",
            "--model",
            &echo(),
            "--manifest",
        ])
        .arg(&manifest)
        .arg("-o")
        .arg(&output)
        .output()
        .unwrap();
    let stderr = String::from_utf8_lossy(&run.stderr);
    assert_eq!(run.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("bukan-file.txt"), "{stderr}");
    assert!(
        stderr.contains("latin1.txt") && stderr.contains("invalid UTF-8"),
        "{stderr}"
    );
    let written = std::fs::read_to_string(&output).unwrap();
    assert!(
        written.contains("berita-000\t") && written.contains("berita-002\t"),
        "{written}"
    );
    assert!(!written.contains("latin1"), "{written}");

    // --strict stops at the first bad input and writes nothing.
    let strict_output = dir.path().join("strict.tsv");
    let run = selaras()
        .args([
            "translate",
            "--threads",
            "1",
            "--strict",
            "--model",
            &echo(),
            "--manifest",
        ])
        .arg(&manifest)
        .arg("-o")
        .arg(&strict_output)
        .output()
        .unwrap();
    assert_eq!(run.status.code(), Some(2));
    assert!(!strict_output.exists());
}

#[test]
fn repeated_pairs_can_be_dropped_from_a_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let text = "Harga beras naik lagi pekan ini.\n\nPedagang berharap harga turun.\n";
    std::fs::write(dir.path().join("a.txt"), text).unwrap();
    std::fs::write(dir.path().join("b.txt"), text).unwrap();
    let count = |extra: &[&str]| {
        let run = selaras()
            .args([
                "translate",
                "--threads",
                "1",
                "--quiet",
                "--format",
                "tsv",
                "--model",
                &echo(),
            ])
            .args(extra)
            .arg(dir.path())
            .output()
            .unwrap();
        assert!(run.status.success());
        String::from_utf8(run.stdout).unwrap().lines().count() - 1
    };
    assert_eq!(count(&[]), 4);
    assert_eq!(count(&["--dedup-pairs"]), 2);
}

/// A run-on sentence of `words` words with no clause boundary, the shape that once made
/// CTranslate2 fail the whole corpus ("No position encodings are defined for positions >= 1024").
fn run_on_article(words: usize) -> String {
    format!(
        "Kalimat Tanpa Akhir\n\n{}kata.\n",
        "kata ".repeat(words - 1)
    )
}

#[test]
fn run_on_sentences_of_500_to_20000_words_do_not_stop_a_corpus() {
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("plain");
    write_articles(&plain, 56);
    let mixed = dir.path().join("mixed");
    write_articles(&mixed, 56);
    let lengths = [500, 1_500, 5_000, 20_000];
    for words in lengths {
        std::fs::write(
            mixed.join(format!("panjang-{words:05}.txt")),
            run_on_article(words),
        )
        .unwrap();
    }
    let run = |inputs: &Path, output: &Path| {
        let result = translate_to("jsonl", output, inputs, &[])
            .stderr(Stdio::piped())
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&result.stderr).into_owned();
        assert!(result.status.success(), "{stderr}");
        (std::fs::read_to_string(output).unwrap(), stderr)
    };
    let (alone, _) = run(&plain, &dir.path().join("plain.jsonl"));
    let (together, stderr) = run(&mixed, &dir.path().join("mixed.jsonl"));

    // Every other document is written exactly as in a run without the long ones.
    let others: Vec<&str> = together
        .lines()
        .filter(|line| line.starts_with(r#"{"doc":"berita-"#))
        .collect();
    assert_eq!(others, alone.lines().collect::<Vec<_>>());
    // Each long sentence has its one pair, translated in pieces or flagged as failed, and is
    // reported on stderr by document.
    for words in lengths {
        let doc = format!("panjang-{words:05}");
        let long: Vec<serde_json::Value> = together
            .lines()
            .map(|line| serde_json::from_str::<serde_json::Value>(line).unwrap())
            .filter(|record| record["doc"] == doc.as_str() && record["kind"] == "sentence")
            .collect();
        assert_eq!(long.len(), 1, "{doc}");
        let flags = long[0]["flags"].to_string();
        let reported = stderr.contains(&format!("'{doc}' segment 1"));
        if words <= 500 {
            // Fits the model's 512 tokens: an ordinary sentence.
            assert!(
                !flags.contains("model_error") && !reported,
                "{doc}: {flags} {stderr}"
            );
            assert_ne!(long[0]["target"], "", "{doc}");
        } else {
            assert!(
                flags.contains("split_long") || flags.contains("model_error"),
                "{doc}: {flags}"
            );
            assert!(reported, "{doc}: {stderr}");
        }
    }
}

/// A sentence-shaped line in only two articles: shared text, not clutter.
const SHARED: &str =
    "Pemerintah daerah menyatakan akan terus memantau situasi di lapangan bersama aparat.";

/// Writes `(name, text)` articles into `dir`.
fn write_each(dir: &Path, articles: &[(&str, String)]) {
    std::fs::create_dir_all(dir).unwrap();
    for (name, text) in articles {
        std::fs::write(dir.join(format!("{name}.txt")), text).unwrap();
    }
}

/// The (doc, kind, source, target) rows of a TSV output.
fn tsv_rows(tsv: &str) -> Vec<[String; 4]> {
    tsv.lines()
        .skip(1)
        .map(|line| {
            let cells: Vec<&str> = line.split('\t').collect();
            [cells[0], cells[2], cells[3], cells[4]].map(str::to_string)
        })
        .collect()
}

#[test]
fn a_line_in_three_articles_of_a_source_is_boilerplate_and_not_translated() {
    let dir = tempfile::tempdir().unwrap();
    let site = dir.path().join("situs");
    write_each(
        &site,
        &[
            ("a", format!("Harga Beras Naik\n\nHarga beras di pasar tradisional Bekasi naik lagi pada pekan ini.\n\nDibaca 1.234 kali\n\n{FOOTER}\n\n{SHARED}\n")),
            ("b", format!("Stok Gula Aman\n\nGudang Bulog di Medan penuh dan stok gula dinyatakan aman sampai akhir tahun.\n\nDibaca 56 kali\n\n{FOOTER}\n")),
            ("c", format!("Banjir Surut\n\nWarga Kampung Melayu mulai pulang ke rumah setelah air surut pada Senin pagi.\n\nDibaca 7.890 kali\n\n{FOOTER}\n")),
            ("d", format!("Jalan Tol Dibuka\n\nJalan tol itu dibuka dan pengendara dapat melintas tanpa membayar tarif selama dua pekan.\n\n{SHARED}\n")),
        ],
    );
    let shout = root().join("models/shout");
    let translate = |extra: &[&str]| {
        let run = selaras()
            .args(["translate", "--threads", "1", "--quiet", "--format", "tsv"])
            .arg("--model")
            .arg(&shout)
            .args(extra)
            .arg(&site)
            .output()
            .unwrap();
        assert!(
            run.status.success(),
            "{}",
            String::from_utf8_lossy(&run.stderr)
        );
        tsv_rows(&String::from_utf8(run.stdout).unwrap())
    };
    let with_source = |rows: &[[String; 4]], source: &str| -> Vec<[String; 4]> {
        rows.iter().filter(|r| r[2] == source).cloned().collect()
    };

    let rows = translate(&[]);
    // in three articles: boilerplate, left out of the pairs, however its numbers differ
    assert_eq!(with_source(&rows, FOOTER), Vec::<[String; 4]>::new());
    assert!(rows.iter().all(|r| !r[2].starts_with("Dibaca")), "{rows:?}");
    // in two: a sentence, translated
    let shared = with_source(&rows, SHARED);
    assert_eq!(shared.len(), 2, "{rows:?}");
    for row in &shared {
        assert_eq!(
            (row[1].as_str(), row[3].clone()),
            ("sentence", SHARED.to_uppercase())
        );
    }
    // the articles' own text is all there
    assert_eq!(rows.iter().filter(|r| r[1] == "title").count(), 4);
    assert_eq!(rows.len(), 4 + 4 + 2, "{rows:?}");

    // turned off, or with a threshold of 4, the footer is translated in each article
    for extra in [&["--no-repeated-lines"][..], &["--repeated-lines", "4"]] {
        let rows = translate(extra);
        let footer = with_source(&rows, FOOTER);
        let docs: Vec<&str> = footer.iter().map(|r| r[0].as_str()).collect();
        assert_eq!(docs, ["a", "b", "c"], "{extra:?}");
        assert!(
            footer.iter().all(|r| r[3] == FOOTER.to_uppercase()),
            "{extra:?}"
        );
    }
}

#[test]
fn a_resumed_run_counts_the_lines_of_finished_documents() {
    let dir = tempfile::tempdir().unwrap();
    let articles = dir.path().join("articles");
    // the footer in a, b and d: d's footer is boilerplate only if a and b are counted
    write_each(
        &articles,
        &[
            (
                "a",
                format!("Harga Beras Naik\n\nHarga beras di pasar tradisional Bekasi naik lagi pada pekan ini.\n\n{FOOTER}\n"),
            ),
            (
                "b",
                format!("Stok Gula Aman\n\nGudang Bulog di Medan penuh dan stok gula dinyatakan aman sampai akhir tahun.\n\n{FOOTER}\n"),
            ),
            (
                "c",
                "Banjir Surut\n\nWarga Kampung Melayu mulai pulang ke rumah setelah air surut pada Senin pagi.\n".to_string(),
            ),
            (
                "d",
                format!("Jalan Tol Dibuka\n\nJalan tol itu dibuka dan pengendara dapat melintas tanpa membayar tarif selama dua pekan.\n\n{FOOTER}\n"),
            ),
        ],
    );
    // a missing input makes each run end with exit code 2 and keep its journal
    let manifest = dir.path().join("manifest.txt");
    std::fs::write(
        &manifest,
        "articles/a.txt\narticles/b.txt\narticles/c.txt\narticles/d.txt\nhilang.txt\n",
    )
    .unwrap();
    let run = |output: &Path, extra: &[&str]| {
        let status = selaras()
            .args([
                "translate",
                "--threads",
                "1",
                "--quiet",
                "--format",
                "jsonl",
            ])
            .args(["--model", &echo(), "--manifest"])
            .arg(&manifest)
            .args(extra)
            .arg("-o")
            .arg(output)
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert_eq!(status.code(), Some(2));
    };
    let whole = dir.path().join("whole.jsonl");
    run(&whole, &[]);
    let written = std::fs::read_to_string(&whole).unwrap();
    assert!(!written.contains("Redaksi menerima"), "{written}");

    // A journal of a, b and c only, as if the run had stopped before d.
    let resumed = dir.path().join("resumed.jsonl");
    run(&resumed, &["--resume"]);
    let journal = dir.path().join("resumed.jsonl.selaras-journal");
    let kept: String = std::fs::read_to_string(&journal)
        .unwrap()
        .lines()
        .take(3)
        .map(|line| format!("{line}\n"))
        .collect();
    assert!(kept.contains(r#""doc":"c""#) && !kept.contains(r#""doc":"d""#));
    std::fs::write(&journal, kept).unwrap();
    std::fs::remove_file(&resumed).unwrap();

    run(&resumed, &["--resume"]);
    assert_eq!(std::fs::read_to_string(&resumed).unwrap(), written);
}
