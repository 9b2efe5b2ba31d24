//! `selaras segment` through the real binary: the seed sample's "done when", the fixture
//! articles, every output format, bad input (invalid UTF-8, binary, empty, a 5 MB line
//! without punctuation, unbalanced quotation marks, a closed pipe) and outputs that cannot be
//! written (a missing directory, a disk that fills up halfway), and lines repeated across the
//! articles of a run.
mod support;

use serde_json::Value;
use std::io::{Read, Write};
use std::path::PathBuf;
use std::process::{Command, Output, Stdio};
use support::{entries, Tmpfs};

const BIN: &str = env!("CARGO_BIN_EXE_selaras");
const SEED: &str = "samples/000_0af768b52f2b990e.txt";
const FIXTURES: &str = "tests/fixtures/articles";

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

fn selaras(args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(root())
        .output()
        .expect("run selaras")
}

fn selaras_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(BIN)
        .args(args)
        .current_dir(root())
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("run selaras");
    let mut stdin = child.stdin.take().unwrap();
    let input = input.to_vec();
    let writer = std::thread::spawn(move || {
        let _ = stdin.write_all(&input);
    });
    let output = child.wait_with_output().expect("wait for selaras");
    writer.join().unwrap();
    output
}

fn jsonl(output: &Output) -> Vec<Value> {
    assert!(
        output.status.success(),
        "selaras failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout.clone())
        .expect("UTF-8 output")
        .lines()
        .map(|line| serde_json::from_str(line).expect("one JSON object per line"))
        .collect()
}

fn of_kind<'a>(segments: &'a [Value], kind: &str) -> Vec<&'a Value> {
    segments.iter().filter(|s| s["kind"] == kind).collect()
}

fn text(segment: &Value) -> &str {
    segment["text"].as_str().unwrap()
}

#[test]
fn seed_sample_is_segmented_as_agreed() {
    let segments = jsonl(&selaras(&["segment", SEED, "--format", "jsonl"]));

    // exactly the contract fields
    let fields: Vec<&str> = segments[0]
        .as_object()
        .unwrap()
        .keys()
        .map(String::as_str)
        .collect();
    let mut expected = [
        "doc",
        "block",
        "seq",
        "kind",
        "text",
        "span",
        "in_quote",
        "duplicate_of",
        "translate",
    ];
    expected.sort();
    let mut fields = fields;
    fields.sort();
    assert_eq!(fields, expected);
    assert!(segments.iter().all(|s| s["doc"] == "000_0af768b52f2b990e"));

    // the boilerplate lines, flagged and not translated
    let boilerplate: Vec<&str> = of_kind(&segments, "boilerplate")
        .into_iter()
        .map(text)
        .collect();
    assert_eq!(
        boilerplate,
        ["Tautan-tautan Akses", "Recommended", "XS", "SM", "MD", "LG"]
    );
    assert!(of_kind(&segments, "boilerplate")
        .iter()
        .all(|s| s["translate"] == false));

    // one title
    let titles = of_kind(&segments, "title");
    assert_eq!(titles.len(), 1);
    assert_eq!(
        text(titles[0]),
        "Menlu AS dan Korsel Bahas Cara-Cara untuk Berdialog dengan Korut"
    );

    // two distinct captions, each followed by its credit; the repeat is a duplicate
    let captions = of_kind(&segments, "caption");
    let distinct: Vec<&&Value> = captions
        .iter()
        .filter(|c| c["duplicate_of"].is_null())
        .collect();
    assert_eq!(distinct.len(), 2);
    assert_ne!(text(distinct[0]), text(distinct[1]));
    for caption in &captions {
        let seq = caption["seq"].as_u64().unwrap() as usize;
        let credit = &segments[seq + 1];
        assert_eq!(credit["kind"], "credit");
        assert_eq!(credit["translate"], false);
        assert!(text(credit).starts_with("(Foto: "), "{credit}");
        assert!(!text(caption).contains("(Foto"), "{caption}");
    }
    let repeats: Vec<&&Value> = captions
        .iter()
        .filter(|c| !c["duplicate_of"].is_null())
        .collect();
    assert_eq!(repeats.len(), 1);
    assert_eq!(repeats[0]["duplicate_of"], distinct[1]["seq"]);
    assert_eq!(text(repeats[0]), text(distinct[1]));
    assert_eq!(repeats[0]["translate"], false);

    // nine body sentences, the quotation and its attribution as one
    let sentences = of_kind(&segments, "sentence");
    assert_eq!(sentences.len(), 9, "{sentences:#?}");
    assert!(sentences.iter().all(|s| s["translate"] == true));
    let quote: Vec<&&Value> = sentences
        .iter()
        .filter(|s| text(s).starts_with('“'))
        .collect();
    assert_eq!(quote.len(), 1);
    assert!(text(quote[0]).ends_with("Semenanjung Korea,” kata kementerian tersebut."));
    assert_eq!(
        text(sentences[8]),
        "Tetapi AS menunjukkan sedikit saja keinginan melonggarkan sanksi-sanksi sebelum \
         pembicaraan mengenai senjata nuklir dan misil balistik Korea Utara."
    );

    // "[uh/ab]" as its own meta segment, not translated
    let meta = of_kind(&segments, "meta");
    assert_eq!(meta.len(), 1);
    assert_eq!(text(meta[0]), "[uh/ab]");
    assert_eq!(meta[0]["translate"], false);

    // spans give back the text, seq counts up
    let source = std::fs::read_to_string(root().join(SEED)).unwrap();
    for (i, s) in segments.iter().enumerate() {
        assert_eq!(s["seq"], i);
        let span = s["span"].as_array().unwrap();
        let (a, b) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        assert_eq!(&source[a..b], text(s));
    }
}

#[test]
fn text_format_prints_what_would_be_translated() {
    let output = selaras(&["segment", SEED, "--format", "text"]);
    assert!(output.status.success());
    let lines: Vec<String> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .map(String::from)
        .collect();
    // title + 2 captions + 9 sentences
    assert_eq!(lines.len(), 12, "{lines:#?}");
    assert_eq!(
        lines[0],
        "Menlu AS dan Korsel Bahas Cara-Cara untuk Berdialog dengan Korut"
    );
    assert!(!lines
        .iter()
        .any(|l| l == "[uh/ab]" || l == "XS" || l.starts_with("(Foto")));
}

#[test]
fn tsv_format_has_a_header_and_one_row_per_segment() {
    let output = selaras(&["segment", SEED, "--format", "tsv"]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let rows: Vec<Vec<&str>> = stdout.lines().map(|l| l.split('\t').collect()).collect();
    assert_eq!(rows[0][0], "doc");
    assert!(rows.iter().all(|r| r.len() == 10));
    let jsonl_count = jsonl(&selaras(&["segment", SEED])).len();
    assert_eq!(rows.len(), jsonl_count + 1);
}

#[test]
fn fixture_articles_are_classified() {
    let segments = jsonl(&selaras(&["segment", FIXTURES]));
    let kinds = |doc: &str| -> Vec<(String, String, bool)> {
        segments
            .iter()
            .filter(|s| s["doc"] == doc)
            .map(|s| {
                (
                    s["kind"].as_str().unwrap().to_string(),
                    text(s).to_string(),
                    s["duplicate_of"].is_null(),
                )
            })
            .collect()
    };
    let has = |doc: &str, kind: &str, t: &str| {
        assert!(
            kinds(doc).iter().any(|(k, x, _)| k == kind && x == t),
            "{doc}: no {kind} {t:?}"
        )
    };
    // directory input: the *.txt files in sorted order
    let docs: Vec<&str> = segments
        .iter()
        .map(|s| s["doc"].as_str().unwrap())
        .collect();
    let mut sorted = docs.clone();
    sorted.sort();
    assert_eq!(docs, sorted);

    let antara = "antara-dateline-credit-byline";
    has(antara, "meta", "Minggu, 26 Februari 2023");
    has(
        antara,
        "title",
        "Harga Beras di Pasar Induk Turun Jelang Ramadhan",
    );
    has(antara, "credit", "ANTARA FOTO/Galih Pradipta/foc.");
    has(antara, "meta", "Jakarta (ANTARA) -");
    has(antara, "meta", "Pewarta: Sri Handayani");
    has(antara, "meta", "Editor: Budi Santoso");
    has(
        antara,
        "boilerplate",
        "Baca juga: Bulog Salurkan 1.400 Ton Beras Murah ke Pasar Tradisional",
    );
    has(antara, "sentence", "Demikian kata Arief kepada wartawan.");
    has(
        antara,
        "sentence",
        "Pemerintah juga menyiapkan operasi pasar di 514 kabupaten/kota, dll.",
    );

    let kompas = "kompas-quote-across-paragraphs-repeated-body";
    let k = kinds(kompas);
    assert_eq!(k.iter().filter(|(kind, _, _)| kind == "title").count(), 2);
    assert_eq!(
        k.iter()
            .filter(|(kind, _, first)| kind == "title" && *first)
            .count(),
        1
    );
    // the repeated scraped body: every repeated sentence is a duplicate
    let body: Vec<&(String, String, bool)> =
        k.iter().filter(|(kind, _, _)| kind == "sentence").collect();
    assert_eq!(body.iter().filter(|(_, _, first)| *first).count(), 10);
    assert_eq!(body.iter().filter(|(_, _, first)| !*first).count(), 10);
    has(kompas, "meta", "CIANJUR, KOMPAS.com -");
    has(kompas, "credit", "(Foto: dok. BNPB)");

    let voa = "voa-captions-without-blank-lines";
    has(voa, "meta", "WASHINGTON -");
    has(voa, "credit", "(foto: AP).");
    has(voa, "credit", "ANTARA/REUTERS/Leah Millis/am.");
    has(voa, "meta", "[my/ds]");
    has(voa, "meta", "Oleh: VOA Indonesia");
    has(
        voa,
        "sentence",
        "Juru bicara Dewan Keamanan Nasional, John F. Kirby, mengatakan kepada wartawan di ruang \
         pers James S. Brady bahwa bantuan akan tiba dalam beberapa pekan.",
    );
}

#[test]
fn a_quotation_continued_into_the_next_paragraph_is_in_quote() {
    let segments = jsonl(&selaras(&[
        "segment",
        "tests/fixtures/articles/kompas-quote-across-paragraphs-repeated-body.txt",
    ]));
    let in_quote = |t: &str| -> bool {
        segments.iter().find(|s| text(s) == t).unwrap()["in_quote"]
            .as_bool()
            .unwrap()
    };
    assert!(in_quote("\"Tim kami masih mendata di lapangan."));
    assert!(in_quote("Jumlahnya kemungkinan bertambah."));
    assert!(in_quote(
        "Warga butuh tempat berteduh malam ini,\" ujarnya."
    ));
    assert!(!in_quote("Warga diminta mewaspadai gempa susulan..."));
}

#[test]
fn unbalanced_quotation_marks_stay_in_their_paragraph() {
    let input = "Judul Berita Hari Ini\n\n\
        Menteri itu menyebut “rencana tersebut gagal. Ia tidak menjelaskan alasannya.\n\n\
        Pemerintah membantah. Juru bicara menyebut laporan itu keliru.\n";
    let segments = jsonl(&selaras_stdin(&["segment", "-"], input.as_bytes()));
    let sentences: Vec<(&str, bool)> = of_kind(&segments, "sentence")
        .into_iter()
        .map(|s| (text(s), s["in_quote"].as_bool().unwrap()))
        .collect();
    assert_eq!(
        sentences,
        [
            ("Menteri itu menyebut “rencana tersebut gagal.", true),
            ("Ia tidak menjelaskan alasannya.", true),
            ("Pemerintah membantah.", false),
            ("Juru bicara menyebut laporan itu keliru.", false),
        ]
    );
    assert!(segments.iter().all(|s| s["doc"] == "-"));
}

#[test]
fn english_rules_with_lang_en() {
    let input = "Mr. Blinken met Dr. Chung in Washington, D.C. on Friday. The U.S. and South \
        Korea agreed to talk. H.R. McMaster said so at 9 a.m. It was cold.\n";
    let segments = jsonl(&selaras_stdin(
        &["segment", "--lang", "en", "--format", "jsonl"],
        input.as_bytes(),
    ));
    let texts: Vec<&str> = segments.iter().map(text).collect();
    assert_eq!(
        texts,
        [
            "Mr. Blinken met Dr. Chung in Washington, D.C. on Friday.",
            "The U.S. and South Korea agreed to talk.",
            "H.R. McMaster said so at 9 a.m.",
            "It was cold.",
        ]
    );
}

fn tempdir() -> tempfile::TempDir {
    tempfile::tempdir().expect("temporary directory")
}

#[test]
fn invalid_utf8_exits_2_names_file_and_offset_and_writes_nothing() {
    let dir = tempdir();
    let bad = dir.path().join("rusak.txt");
    std::fs::write(
        &bad,
        b"Judul\n\nHarga naik \xc3\x28 lagi di pasar tradisional Bekasi pada pekan ini.\n",
    )
    .unwrap();
    let out = dir.path().join("out.jsonl");
    let output = selaras(&[
        "segment",
        bad.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("rusak.txt"), "{stderr}");
    assert!(stderr.contains("byte 18"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(!out.exists());
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
    assert!(output.stdout.is_empty());

    // a good file before the bad one: still nothing written
    let output = selaras(&["segment", SEED, bad.to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    assert!(output.stdout.is_empty());

    // --lossy replaces the byte instead
    let output = selaras(&[
        "segment",
        "--lossy",
        bad.to_str().unwrap(),
        "--format",
        "text",
    ]);
    assert!(output.status.success());
    assert!(String::from_utf8_lossy(&output.stdout).contains("Harga naik \u{fffd}( lagi di pasar"));
}

#[test]
fn a_binary_file_is_refused() {
    let dir = tempdir();
    let png = dir.path().join("gambar.txt");
    std::fs::write(&png, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\x01\0").unwrap();
    for args in [vec![], vec!["--lossy"]] {
        let mut all = vec!["segment", png.to_str().unwrap()];
        all.extend(args);
        let output = selaras(&all);
        assert_eq!(output.status.code(), Some(2));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            stderr.contains("gambar.txt") && stderr.contains("binary"),
            "{stderr}"
        );
        assert!(output.stdout.is_empty());
    }
}

#[test]
fn an_empty_file_gives_no_segments() {
    let dir = tempdir();
    let empty = dir.path().join("kosong.txt");
    std::fs::write(&empty, b"").unwrap();
    let output = selaras(&["segment", empty.to_str().unwrap()]);
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("'kosong' is empty"), "{stderr}");
    let output = selaras_stdin(&["segment"], b"\xef\xbb\xbf\r\n\r\n");
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
}

#[test]
fn a_5mb_line_without_punctuation_is_one_lossless_sentence() {
    let word = "kata ";
    let line = word.repeat(5 * 1024 * 1024 / word.len());
    let input = format!("Judul\n\n{}\n", line.trim_end());
    let segments = jsonl(&selaras_stdin(&["segment"], input.as_bytes()));
    assert_eq!(segments.len(), 2);
    assert_eq!(text(&segments[1]), line.trim_end());
    assert_eq!(segments[1]["span"][0], 7);
    assert_eq!(segments[1]["span"][1], 7 + line.trim_end().len());
}

#[test]
fn crlf_and_bom_are_accepted_and_spans_point_into_normalized_text() {
    let input = "\u{feff}Judul Berita\r\n\r\nHarga naik. Pedagang mengeluh.\r\n";
    let segments = jsonl(&selaras_stdin(&["segment"], input.as_bytes()));
    let normalized = "Judul Berita\n\nHarga naik. Pedagang mengeluh.\n";
    for s in &segments {
        let span = s["span"].as_array().unwrap();
        let (a, b) = (
            span[0].as_u64().unwrap() as usize,
            span[1].as_u64().unwrap() as usize,
        );
        assert_eq!(&normalized[a..b], text(s));
    }
    assert_eq!(segments.len(), 3);
}

/// A page as a text dump leaves it, every line broken at 72 characters: its story is read
/// as whole paragraphs and translated, not taken line by line for menus, and spans point into
/// the text with the wrapper's breaks made spaces.
#[test]
fn a_page_wrapped_at_a_fixed_width_keeps_its_story() {
    let page =
        std::fs::read_to_string(root().join("tests/fixtures/pages/fresh/kpk-1.id.txt")).unwrap();
    let gold = std::fs::read_to_string(root().join("tests/fixtures/pages/fresh/kpk-1.id.gold.tsv"))
        .unwrap();
    let mut wrapped = Vec::new();
    for line in page.lines() {
        let mut current = String::new();
        for word in line.split(' ') {
            if !current.is_empty() && current.len() + 1 + word.len() > 72 {
                wrapped.push(std::mem::take(&mut current));
            }
            if !current.is_empty() {
                current.push(' ');
            }
            current.push_str(word);
        }
        wrapped.push(current);
    }
    let input = wrapped.join("\n");
    assert!(input.lines().count() > page.lines().count() + 5);
    let segments = jsonl(&selaras_stdin(&["segment", "-"], input.as_bytes()));
    let translated: Vec<&str> = segments
        .iter()
        .filter(|s| s["translate"] == true)
        .map(text)
        .collect();
    let paragraphs: Vec<&str> = gold
        .lines()
        .filter_map(|l| l.strip_prefix("paragraph\t"))
        .collect();
    assert!(paragraphs.len() >= 5);
    for paragraph in paragraphs {
        assert!(translated.contains(&paragraph), "{paragraph}");
    }
    let spaced = input.replace('\n', " ");
    for s in &segments {
        let (a, b) = (
            s["span"][0].as_u64().unwrap() as usize,
            s["span"][1].as_u64().unwrap() as usize,
        );
        assert_eq!(&spaced[a..b], text(s));
    }
}

#[test]
fn output_file_is_written_whole() {
    let dir = tempdir();
    let out = dir.path().join("seed.jsonl");
    std::fs::write(&out, "old content\n").unwrap();
    let output = selaras(&["segment", SEED, "-o", out.to_str().unwrap()]);
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    let written = std::fs::read_to_string(&out).unwrap();
    assert_eq!(written.lines().count(), 23);
    assert!(written
        .lines()
        .all(|l| serde_json::from_str::<Value>(l).is_ok()));
}

#[test]
fn an_output_in_a_missing_directory_exits_5_and_leaves_nothing() {
    let dir = tempdir();
    let out = dir.path().join("tidak-ada").join("seed.jsonl");
    let output = selaras(&["segment", SEED, "-o", out.to_str().unwrap()]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(5), "{stderr}");
    assert!(stderr.contains("tidak-ada/seed.jsonl"), "{stderr}");
    assert!(stderr.contains("the output was not written"), "{stderr}");
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(output.stdout.is_empty());
    assert!(entries(dir.path()).is_empty(), "{:?}", entries(dir.path()));
}

#[test]
fn a_disk_full_halfway_leaves_no_output_and_no_temporary_file() {
    let Some(disk) = Tmpfs::mount("64k") else {
        return;
    };
    // about 0.7 MB of JSONL, ten times what the disk holds
    let dir = tempdir();
    let big = dir.path().join("besar.txt");
    let paragraph = "Harga beras naik lagi di pasar. Pedagang mengeluh kepada wartawan.\n\n";
    std::fs::write(&big, paragraph.repeat(2_000)).unwrap();
    let out = disk.path().join("besar.jsonl");
    let run = || {
        selaras(&[
            "segment",
            big.to_str().unwrap(),
            "-o",
            out.to_str().unwrap(),
        ])
    };

    let output = run();
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(5), "{stderr}");
    assert!(stderr.contains("No space left on device"), "{stderr}");
    assert!(stderr.contains("besar.jsonl"), "{stderr}");
    assert!(
        entries(disk.path()).is_empty(),
        "{:?}",
        entries(disk.path())
    );

    // an earlier output stays as it was
    std::fs::write(&out, "lama\n").unwrap();
    assert_eq!(run().status.code(), Some(5));
    assert_eq!(std::fs::read_to_string(&out).unwrap(), "lama\n");
    assert_eq!(entries(disk.path()), ["besar.jsonl"]);
}

#[test]
fn missing_input_is_a_usage_error() {
    let output = selaras(&["segment", "tidak-ada.txt"]);
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("tidak-ada.txt"));
}

#[test]
fn a_closed_pipe_exits_0() {
    let dir = tempdir();
    let big = dir.path().join("besar.txt");
    let paragraph = "Harga beras naik lagi di pasar. Pedagang mengeluh kepada wartawan.\n";
    std::fs::write(&big, paragraph.repeat(50_000)).unwrap();
    let mut child = Command::new(BIN)
        .args(["segment", big.to_str().unwrap()])
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = child.stdout.take().unwrap();
    let mut first = [0u8; 64];
    stdout.read_exact(&mut first).unwrap();
    drop(stdout);
    let output = child.wait_with_output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
    assert!(
        output.stderr.is_empty(),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn eval_segmentation_prints_scores() {
    let dir = tempdir();
    let gold = dir.path().join("gold.txt");
    std::fs::write(
        &gold,
        "Kuliah umum dibuka Prof. Budi.\nMahasiswa hadir.\nRektor memberi sambutan.\n",
    )
    .unwrap();
    let output = selaras(&["eval", "segmentation", gold.to_str().unwrap()]);
    assert!(output.status.success());
    let stdout = String::from_utf8(output.stdout).unwrap();
    let row = stdout.lines().find(|l| l.contains("gold.txt")).unwrap();
    assert!(row.ends_with("1.0000\t1.0000\t1.0000"), "{row}");
}

/// A sentence-shaped line a news site prints under every article: only its repetition shows it
/// is clutter (its words do not speak of the page, as "Redaksi menerima tulisan pembaca …"
/// would: such a note is found on one page alone).
const FOOTER: &str = "Pelayanan pengaduan masyarakat dibuka setiap hari kerja mulai pukul delapan \
                      pagi di kantor kelurahan.";

#[test]
fn lines_repeated_in_three_articles_of_a_directory_are_boilerplate() {
    let dir = tempdir();
    let write = |name: &str, text: String| {
        let path = dir.path().join(name);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, text).unwrap();
    };
    let shared =
        "Pemerintah daerah menyatakan akan terus memantau situasi di lapangan bersama aparat.";
    write("situs/a.txt", format!("Harga Beras Naik\n\nHarga beras di pasar tradisional Bekasi naik lagi pada pekan ini.\n\nDibaca 1.234 kali\n\n{FOOTER}\n\n{shared}\n"));
    write(
        "situs/b.txt",
        format!("Stok Gula Aman\n\nGudang Bulog di Medan penuh dan stok gula dinyatakan aman sampai akhir tahun.\n\nDibaca 56 kali\n\n{FOOTER}\n"),
    );
    write(
        "situs/c.txt",
        format!("Banjir Surut\n\nWarga Kampung Melayu mulai pulang ke rumah setelah air surut pada Senin pagi.\n\nDibaca 7.890 kali\n\n{FOOTER}\n"),
    );
    write(
        "situs/d.txt",
        format!("Jalan Tol Dibuka\n\nJalan tol itu dibuka dan pengendara dapat melintas tanpa membayar tarif selama dua pekan.\n\n{shared}\n"),
    );
    // another source: its one footer is not counted with the others
    write(
        "lain/e.txt",
        format!("Pasar Baru Dibuka\n\nPedagang menyambut pasar baru itu karena kiosnya lebih luas dan bersih.\n\n{FOOTER}\n"),
    );
    let segment = |args: &[&str]| {
        let output = Command::new(BIN)
            .arg("segment")
            .args(args)
            .current_dir(dir.path())
            .output()
            .unwrap();
        jsonl(&output)
    };
    // (doc, kind, translate) of every segment with this text
    let found = |segments: &[Value], t: &str| -> Vec<(String, String, bool)> {
        segments
            .iter()
            .filter(|s| text(s) == t || (t == "Dibaca" && text(s).starts_with(t)))
            .map(|s| {
                let field = |name: &str| s[name].as_str().unwrap().to_string();
                (field("doc"), field("kind"), s["translate"] == true)
            })
            .collect()
    };
    let row =
        |doc: &str, kind: &str, translate: bool| (doc.to_string(), kind.to_string(), translate);

    let segments = segment(&["situs", "lain"]);
    let boilerplate = |doc| row(doc, "boilerplate", false);
    assert_eq!(
        found(&segments, FOOTER),
        [
            boilerplate("a"),
            boilerplate("b"),
            boilerplate("c"),
            row("e", "sentence", true)
        ]
    );
    assert_eq!(
        found(&segments, "Dibaca"),
        [boilerplate("a"), boilerplate("b"), boilerplate("c")]
    );
    // in two articles: a sentence; the titles stay titles
    assert_eq!(
        found(&segments, shared),
        [row("a", "sentence", true), row("d", "sentence", true)]
    );
    assert_eq!(of_kind(&segments, "title").len(), 5);

    // off, above the count, or too few articles: the footer is a sentence
    let sentence = |doc| row(doc, "sentence", true);
    let abc = [sentence("a"), sentence("b"), sentence("c")];
    let cases: [(&[&str], &[_]); 4] = [
        (&["--no-repeated-lines", "situs"], &abc),
        (&["--repeated-lines", "4", "situs"], &abc),
        (&["situs/a.txt"], &abc[..1]),
        (&["situs/a.txt", "situs/b.txt"], &abc[..2]),
    ];
    for (args, expected) in cases {
        assert_eq!(found(&segment(args), FOOTER), expected, "{args:?}");
    }

    let refused = selaras(&["segment", "--repeated-lines", "1", FIXTURES]);
    assert_eq!(refused.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(
        stderr.contains("at least 2") && stderr.contains("--no-repeated-lines"),
        "{stderr}"
    );
}

/// The value of a `name<TAB>value` row of `selaras eval blocks`.
fn eval_row<'a>(out: &'a str, name: &str) -> &'a str {
    out.lines()
        .find_map(|l| l.strip_prefix(name)?.strip_prefix('\t'))
        .unwrap_or_else(|| panic!("no '{name}' row in {out}"))
}

#[test]
fn eval_blocks_scores_the_dev_pages_and_names_a_bad_gold_line() {
    // the dev split is what the passes were tuned on: a drop here is a regression
    let output = selaras(&["eval", "blocks", "tests/fixtures/pages/dev"]);
    assert!(output.status.success());
    let out = String::from_utf8(output.stdout).unwrap();
    let (found, pages) = eval_row(&out, "titles found").split_once('/').unwrap();
    assert_eq!(pages, "54");
    assert!(found.parse::<usize>().unwrap() >= 54, "{out}");
    assert!(
        eval_row(&out, "clutter translated")
            .parse::<usize>()
            .unwrap()
            <= 30,
        "{out}"
    );
    // gold, precision, recall
    let recall = |kind: &str| -> f64 {
        eval_row(&out, kind)
            .split('\t')
            .nth(2)
            .unwrap()
            .parse()
            .unwrap()
    };
    assert!(recall("caption") >= 0.96, "{out}");
    assert!(recall("credit") >= 0.98, "{out}");
    assert_eq!(eval_row(&out, "repeats translated again"), "0/51");

    // a gold line that names no kind: exit 2, one line naming the file and the line
    let dir = tempdir();
    std::fs::write(dir.path().join("a.id.txt"), "Judul Berita\n").unwrap();
    std::fs::write(dir.path().join("a.id.gold.tsv"), "judul\tJudul Berita\n").unwrap();
    let output = selaras(&["eval", "blocks", dir.path().to_str().unwrap()]);
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(stderr.trim().lines().count(), 1, "{stderr}");
    assert!(
        stderr.contains("a.id.gold.tsv': line 1: unknown block kind 'judul'"),
        "{stderr}"
    );
}

/// A line of prose that every page of the corpus below holds after its longest paragraph: a
/// sentence on one page, boilerplate on a site that prints it on every page.
const SITE_LINE: &str =
    "Pemerintah daerah terus berupaya meningkatkan pelayanan kepada masyarakat setiap hari.";

/// The Indonesian fixture pages of dev/ as one JSONL corpus, each with a URL on the site whose
/// layout it has (three pages a site) and [`SITE_LINE`] in its story, so that the run counts
/// lines repeated on a site and checks every document's language.
fn pages_corpus(dir: &std::path::Path) -> PathBuf {
    let mut corpus = String::new();
    let mut pages: Vec<PathBuf> = entries(&root().join("tests/fixtures/pages/dev"))
        .into_iter()
        .map(|name| root().join("tests/fixtures/pages/dev").join(name))
        .filter(|path| path.to_string_lossy().ends_with(".id.txt"))
        .collect();
    pages.sort();
    assert!(pages.len() >= 20, "{} pages", pages.len());
    for (n, page) in pages.iter().enumerate() {
        let text = std::fs::read_to_string(page).unwrap();
        let mut lines: Vec<&str> = text.split('\n').collect();
        let longest = (0..lines.len()).max_by_key(|&i| lines[i].len()).unwrap();
        lines.insert(longest + 1, SITE_LINE);
        let text = lines.join("\n");
        let name = page.file_name().unwrap().to_string_lossy().into_owned();
        let site = name.split('-').next().unwrap();
        let url = format!("https://{site}.example/berita/{n}");
        corpus.push_str(&serde_json::json!({ "url": url, "text": text }).to_string());
        corpus.push('\n');
    }
    let path = dir.join("halaman.jsonl");
    std::fs::write(&path, corpus).unwrap();
    path
}

#[test]
fn the_output_is_the_same_bytes_on_any_number_of_threads() {
    let dir = tempdir();
    let corpus = pages_corpus(dir.path());
    let corpus = corpus.to_str().unwrap();
    for format in ["jsonl", "tsv", "text"] {
        let one = selaras(&["segment", "--threads", "1", "--format", format, corpus]);
        assert!(
            one.status.success(),
            "{}",
            String::from_utf8_lossy(&one.stderr)
        );
        assert!(
            one.stdout.len() > 10_000,
            "{format}: {} bytes",
            one.stdout.len()
        );
        for threads in [&["--threads", "2"][..], &["--threads", "5"], &[]] {
            let many = selaras(&[&["segment", "--format", format], threads, &[corpus]].concat());
            assert!(many.status.success());
            assert!(
                many.stdout == one.stdout,
                "{format} {threads:?}: the output differs from one thread's"
            );
            assert_eq!(many.stderr, one.stderr, "{format} {threads:?}");
        }
    }
    // the repeated lines were counted on the workers too: the site's line is boilerplate on
    // every page, and a sentence without the count
    let run = |args: &[&str]| jsonl(&selaras(&[&["segment"], args, &[corpus]].concat()));
    let translated = |segments: &[Value]| {
        let site_lines: Vec<_> = segments.iter().filter(|s| text(s) == SITE_LINE).collect();
        assert!(site_lines.len() >= 20, "{} pages", site_lines.len());
        site_lines.iter().filter(|s| s["translate"] == true).count()
    };
    assert_eq!(translated(&run(&["--threads", "3"])), 0);
    let uncounted = run(&["--threads", "3", "--no-repeated-lines"]);
    assert_eq!(
        translated(&uncounted),
        uncounted.iter().filter(|s| text(s) == SITE_LINE).count()
    );
}

#[test]
fn a_bad_line_stops_a_strict_run_on_many_threads_and_writes_nothing() {
    let dir = tempdir();
    let corpus = pages_corpus(dir.path());
    let mut text = std::fs::read_to_string(&corpus).unwrap();
    // a bad line after a dozen good documents
    let at = text.match_indices('\n').nth(11).unwrap().0 + 1;
    text.insert_str(at, "{\"text\": \"tak selesai\n");
    std::fs::write(&corpus, text).unwrap();
    let out = dir.path().join("segmen.jsonl");
    let output = selaras(&[
        "segment",
        "--strict",
        "--threads",
        "3",
        corpus.to_str().unwrap(),
        "-o",
        out.to_str().unwrap(),
    ]);
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert_eq!(output.status.code(), Some(2), "{stderr}");
    assert!(stderr.contains("halaman.jsonl' line 13"), "{stderr}");
    assert!(!out.exists());
    let refused = selaras(&["segment", "--threads", "0", SEED]);
    assert_eq!(refused.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&refused.stderr).contains("--threads"));
}
