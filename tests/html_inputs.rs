//! Saved HTML pages through the real binary: every fixture page in tests/fixtures/html gives
//! the sentences and kinds of its hand-written gold; the VOA page gives the same sentences as
//! the same article scraped as text; markup finds a caption the text rules alone miss; the
//! page's charset is honoured; a JSONL `html` field is read as the saved page; bad pages are
//! one-line errors with no output written.
mod support;
use std::path::PathBuf;
use support::{
    assert_gold, assert_refused_with_nothing_written, root, segments, selaras, stderr, translated,
};

fn pages() -> PathBuf {
    root().join("tests/fixtures/html")
}

#[test]
fn every_fixture_page_gives_its_gold_sentences_and_kinds() {
    let (mut checked, mut credits) = (0, 0);
    let mut entries: Vec<PathBuf> = std::fs::read_dir(pages())
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "html"))
        .collect();
    entries.sort();
    for page in entries {
        let gold_path = page.with_extension("gold.tsv");
        let gold = assert_gold(&page, &gold_path, &[]);
        // every page has a figure; one (tempo.html) on purpose without a credit
        for kind in ["title", "caption", "sentence", "boilerplate"] {
            assert!(
                gold.iter().any(|(k, _)| k == kind),
                "{}: a fixture page must show a {kind}",
                page.display()
            );
        }
        credits += gold.iter().filter(|(k, _)| k == "credit").count();
        checked += 1;
    }
    assert!(credits >= 5, "only {credits} credits in the fixture pages");
    assert!(checked >= 6, "only {checked} fixture pages");
}

#[test]
fn a_page_and_its_text_scrape_give_the_same_sentences() {
    let page = translated(&pages().join("voaindonesia.html"));
    let text = translated(&root().join("samples/000_0af768b52f2b990e.txt"));
    assert!(text.len() > 10);
    assert_eq!(page, text);
}

#[test]
fn a_figcaption_is_a_caption_where_the_text_rules_read_a_sentence() {
    let caption = "Warga mengantre untuk mengurus dokumen kependudukan di kantor kelurahan di \
                   Jakarta Timur pada hari terakhir pendaftaran.";
    let in_page = segments(&pages().join("tempo.html"), &[]);
    assert!(in_page
        .iter()
        .any(|(k, t, _)| k == "caption" && t == caption));
    // the same lines as a text scrape: the caption reads as the story's first sentence
    let dir = tempfile::tempdir().unwrap();
    let scrape = dir.path().join("tempo.txt");
    std::fs::write(
        &scrape,
        format!(
            "Antrean Panjang di Kantor Kelurahan Jelang Batas Waktu KTP Elektronik\n\n\
             {caption}\n\nTEMPO.CO, Jakarta - Ratusan warga memadati kantor kelurahan di \
             Jakarta Timur sejak pagi untuk merekam data KTP elektronik sebelum batas waktu \
             berakhir.\n\nPetugas membuka dua loket tambahan agar antrean tidak meluber ke \
             jalan.\n"
        ),
    )
    .unwrap();
    let as_text = segments(&scrape, &[]);
    assert!(
        as_text
            .iter()
            .any(|(k, t, _)| k == "sentence" && t == caption),
        "{as_text:?}"
    );
}

#[test]
fn the_format_is_chosen_by_name_or_given() {
    let dir = tempfile::tempdir().unwrap();
    let page = std::fs::read(pages().join("detik.html")).unwrap();
    // a saved page without .html: text unless --input-format html says otherwise
    let saved = dir.path().join("halaman.dat");
    std::fs::write(&saved, &page).unwrap();
    let as_text = segments(&saved, &[]);
    assert!(as_text.iter().any(|(_, t, _)| t.contains("<h1")));
    let as_html = segments(&saved, &["--input-format", "html"]);
    assert_eq!(
        as_html
            .iter()
            .find(|(k, _, _)| k == "title")
            .map(|s| &s.1[..]),
        Some("Komite Nobel Tak Bisa Hubungi Bob Dylan")
    );
    // .htm and a gzip-compressed .html.gz are pages too
    let htm = dir.path().join("halaman.htm");
    std::fs::write(&htm, &page).unwrap();
    assert_eq!(segments(&htm, &[]), as_html);
    let gz = dir.path().join("halaman.html.gz");
    let mut encoder = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::default());
    std::io::Write::write_all(&mut encoder, &page).unwrap();
    std::fs::write(&gz, encoder.finish().unwrap()).unwrap();
    assert_eq!(segments(&gz, &[]), as_html);
}

#[test]
fn a_jsonl_html_field_is_read_as_the_saved_page() {
    let dir = tempfile::tempdir().unwrap();
    let detik = std::fs::read_to_string(pages().join("detik.html")).unwrap();
    // antara.html is windows-1252 and says so: in JSON its text is Unicode already, and it
    // reads as the file read in its charset does
    let antara = std::fs::read(pages().join("antara.html")).unwrap();
    let (antara, _, _) = encoding_rs::WINDOWS_1252.decode(&antara);
    let lines = [
        serde_json::json!({"url": "https://contoh.id/detik", "html": detik}),
        serde_json::json!({"url": "https://contoh.id/kosong", "html": "<script>x()</script>"}),
        serde_json::json!({"url": "https://contoh.id/antara", "html": antara}),
    ];
    let dump = dir.path().join("crawl.jsonl");
    let text: String = lines.iter().map(|l| format!("{l}\n")).collect();
    std::fs::write(&dump, text).unwrap();
    let output = selaras(&[
        "segment",
        "--format",
        "tsv",
        "--lang-id",
        "off",
        dump.to_str().unwrap(),
    ]);
    assert!(output.status.success(), "{}", stderr(&output));
    // the page with no text is a bad line, reported with its line number; the others are read
    let message = stderr(&output);
    assert!(
        message.contains("line 2: the html field has no text"),
        "{message}"
    );
    let rows: Vec<(String, String, String)> = String::from_utf8(output.stdout)
        .unwrap()
        .lines()
        .skip(1)
        .map(|line| {
            let f: Vec<&str> = line.split('\t').collect();
            (f[0].to_string(), f[3].to_string(), f[9].to_string())
        })
        .collect();
    for (doc, file) in [
        ("https://contoh.id/detik", "detik.html"),
        ("https://contoh.id/antara", "antara.html"),
    ] {
        let from_jsonl: Vec<(String, String)> = rows
            .iter()
            .filter(|(d, _, _)| d == doc)
            .map(|(_, k, t)| (k.clone(), t.clone()))
            .collect();
        let from_file: Vec<(String, String)> = segments(&pages().join(file), &[])
            .into_iter()
            .map(|(k, t, _)| (k, t))
            .collect();
        assert_eq!(from_jsonl, from_file, "{file}");
    }
    assert!(rows.iter().any(|(_, _, t)| t.starts_with("“Kami belajar")));
}

#[test]
fn the_pages_charset_is_honoured() {
    // antara.html is windows-1252, declared by <meta http-equiv>: its curly quotes and © come
    // through as the characters they are
    let got = segments(&pages().join("antara.html"), &[]);
    assert!(got.iter().any(|(_, t, _)| t.starts_with("“Kami belajar")));
    assert!(got.iter().any(|(_, t, _)| t == "Copyright © ANTARA 2024"));
}

#[test]
fn bad_pages_are_one_line_errors_with_nothing_written() {
    let dir = tempfile::tempdir().unwrap();
    let cases: &[(&str, &[u8], &str)] = &[
        (
            "kosong.html",
            b"<html><body><script>x()</script></body></html>",
            "no text",
        ),
        ("biner.html", b"<p>PNG\0\0\0</p>", "binary"),
        (
            "rusak.html",
            b"<meta charset=\"utf-8\"><p>Harga caf\xe9 naik.</p>",
            "UTF-8",
        ),
    ];
    assert_refused_with_nothing_written(dir.path(), cases);
    // --lossy keeps the page whose bytes are not UTF-8
    let page = dir.path().join("rusak.html");
    let got = segments(&page, &["--lossy"]);
    assert!(got.iter().any(|(_, t, _)| t.starts_with("Harga caf")));
}
