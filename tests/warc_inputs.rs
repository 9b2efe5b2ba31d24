//! WARC crawls through the real binary: a crawl of more than 1,000 records written here
//! (Indonesian and English pages from FLORES-200, requests, images, JSON, 404s, revisits, a
//! chunked gzip response, a truncated last record) gives exactly the Indonesian articles, the
//! skipped records counted by reason, and the truncated record reported, not fatal (fatal
//! under --strict); the same crawl as per-record gzip gives the same bytes; a response served
//! as text/markdown is read as Markdown, in its charset; a file that is not WARC is a one-line
//! error; a stopped translate run resumes from its journal.
mod support;
use std::io::Write;
use std::path::Path;
use support::{place as name, root, selaras, stderr};

fn eval_file(name: &str) -> Option<Vec<String>> {
    let path = root().join("../shared/eval/mt").join(name);
    let text = std::fs::read_to_string(&path).ok()?;
    Some(text.lines().map(str::to_string).collect())
}

/// One WARC record, written by hand after the WARC 1.0 layout (not by the crate we read with).
fn record(kind: &str, uri: Option<&str>, n: usize, block: &[u8]) -> Vec<u8> {
    let mut head = format!(
        "WARC/1.0\r\nWARC-Type: {kind}\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-{n:012}>\r\n\
         WARC-Date: 2024-03-04T10:15:00Z\r\n"
    );
    if let Some(uri) = uri {
        head += &format!("WARC-Target-URI: {uri}\r\n");
    }
    let content_type = match kind {
        "response" | "revisit" => "application/http; msgtype=response",
        "request" => "application/http; msgtype=request",
        _ => "application/warc-fields",
    };
    head += &format!(
        "Content-Type: {content_type}\r\nContent-Length: {}\r\n\r\n",
        block.len()
    );
    [head.as_bytes(), block, b"\r\n\r\n"].concat()
}

fn http(status: &str, headers: &str, body: &[u8]) -> Vec<u8> {
    [
        format!(
            "HTTP/1.1 {status}\r\n{headers}Content-Length: {}\r\n\r\n",
            body.len()
        )
        .as_bytes(),
        body,
    ]
    .concat()
}

fn page(title: &str, sentences: &[String]) -> String {
    let paragraphs: String = sentences.iter().map(|s| format!("<p>{s}</p>\n")).collect();
    format!(
        "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><title>{title}</title></head>\
         <body><nav><a href=\"/\">Beranda</a></nav><h1>{title}</h1>\n{paragraphs}</body></html>"
    )
}

struct Crawl {
    records: Vec<Vec<u8>>,
    /// the Indonesian pages: URI and the sentences of their paragraphs
    indonesian: Vec<(String, Vec<String>)>,
}

/// The crawl: for each of `groups` groups of 5 FLORES sentences, an Indonesian page, its
/// English page, a request and an image; then JSON, 404 and revisit records. `None` when the
/// eval data is not beside the repository.
fn crawl(groups: usize) -> Option<Crawl> {
    let id = eval_file("flores200.devtest.ind_Latn")?;
    let en = eval_file("flores200.devtest.eng_Latn")?;
    let mut records = vec![record(
        "warcinfo",
        None,
        0,
        b"software: selaras tests\r\nformat: WARC File Format 1.0\r\n",
    )];
    let mut indonesian = Vec::new();
    let mut n = 1;
    let mut push = |records: &mut Vec<Vec<u8>>, kind: &str, uri: &str, block: Vec<u8>| {
        records.push(record(kind, Some(uri), n, &block));
        n += 1;
    };
    for g in 0..groups {
        let sentences: Vec<String> = id[g * 5..g * 5 + 5].to_vec();
        let uri = format!("https://berita{}.example.id/artikel/{g}", g % 7);
        let title = format!("Kabar dari {}", name(g));
        let html = page(&title, &sentences);
        let headers = "Content-Type: text/html; charset=utf-8\r\n";
        if g == 3 {
            // chunked and gzip-compressed, as servers send and crawlers keep it
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(html.as_bytes()).unwrap();
            let body = gz.finish().unwrap();
            let (a, b) = body.split_at(body.len() / 2);
            let chunked = [
                format!("{:x}\r\n", a.len()).as_bytes(),
                a,
                b"\r\n",
                format!("{:x}\r\n", b.len()).as_bytes(),
                b,
                b"\r\n0\r\n\r\n",
            ]
            .concat();
            let block = [
                "HTTP/1.1 200 OK\r\nContent-Type: text/html\r\nTransfer-Encoding: chunked\r\n\
                 Content-Encoding: gzip\r\n\r\n"
                    .as_bytes(),
                &chunked,
            ]
            .concat();
            push(&mut records, "response", &uri, block);
        } else {
            push(
                &mut records,
                "response",
                &uri,
                http("200 OK", headers, html.as_bytes()),
            );
        }
        indonesian.push((uri.clone(), sentences));
        let en_uri = format!("https://news{}.example.com/story/{g}", g % 5);
        let en_page = page(&format!("News from {}", name(g)), &en[g * 5..g * 5 + 5]);
        push(
            &mut records,
            "response",
            &en_uri,
            http("200 OK", headers, en_page.as_bytes()),
        );
        push(
            &mut records,
            "request",
            &uri,
            format!("GET /artikel/{g} HTTP/1.1\r\nHost: example.id\r\n\r\n").into_bytes(),
        );
        let image = [b"\xff\xd8\xff\xe0".as_slice(), &[0u8; 64]].concat();
        push(
            &mut records,
            "response",
            &format!("{uri}/foto.jpg"),
            http("200 OK", "Content-Type: image/jpeg\r\n", &image),
        );
    }
    for k in 0..100 {
        let uri = format!("https://api.example.id/v1/{k}");
        let json = format!("{{\"id\": {k}, \"judul\": \"Kabar\"}}");
        push(
            &mut records,
            "response",
            &uri,
            http(
                "200 OK",
                "Content-Type: application/json\r\n",
                json.as_bytes(),
            ),
        );
    }
    for k in 0..50 {
        let uri = format!("https://berita.example.id/hilang/{k}");
        let html = page(
            "Halaman tidak ditemukan",
            &["Maaf, halaman ini tidak ada.".into()],
        );
        push(
            &mut records,
            "response",
            &uri,
            http(
                "404 Not Found",
                "Content-Type: text/html\r\n",
                html.as_bytes(),
            ),
        );
        push(
            &mut records,
            "revisit",
            &uri,
            b"HTTP/1.1 304 Not Modified\r\n\r\n".to_vec(),
        );
    }
    Some(Crawl {
        records,
        indonesian,
    })
}

/// The last record cut off in the middle of its body.
fn truncated() -> Vec<u8> {
    let whole = record(
        "response",
        Some("https://berita.example.id/terpotong"),
        99999,
        &http(
            "200 OK",
            "Content-Type: text/html\r\n",
            page(
                "Terpotong",
                &["Kalimat ini tidak pernah selesai ditulis oleh server.".into()],
            )
            .as_bytes(),
        ),
    );
    whole[..whole.len() / 2].to_vec()
}

fn write_warc(path: &Path, records: &[Vec<u8>], gzip: bool) {
    let mut file = std::fs::File::create(path).unwrap();
    for record in records {
        if gzip {
            // one gzip member per record, as crawlers write .warc.gz
            let mut gz = flate2::write::GzEncoder::new(Vec::new(), flate2::Compression::fast());
            gz.write_all(record).unwrap();
            file.write_all(&gz.finish().unwrap()).unwrap();
        } else {
            file.write_all(record).unwrap();
        }
    }
}

/// `(doc, kind, text)` of every segment printed as JSONL.
fn segments(stdout: &[u8]) -> Vec<(String, String, String)> {
    String::from_utf8(stdout.to_vec())
        .unwrap()
        .lines()
        .map(|line| {
            let v: serde_json::Value = serde_json::from_str(line).unwrap();
            (
                v["doc"].as_str().unwrap().to_string(),
                v["kind"].as_str().unwrap().to_string(),
                v["text"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

#[test]
fn a_crawl_gives_exactly_its_indonesian_articles_and_counts_the_rest() {
    let Some(crawl) = crawl(200) else {
        eprintln!("skipped: ../shared/eval is not beside the repository");
        return;
    };
    let mut records = crawl.records.clone();
    records.push(truncated());
    assert!(records.len() >= 1000, "{} records", records.len());
    let dir = tempfile::tempdir().unwrap();
    let plain = dir.path().join("crawl.warc");
    write_warc(&plain, &records, false);
    let output = selaras(&["segment", plain.to_str().unwrap()]);
    let message = stderr(&output);
    assert!(output.status.success(), "{message}");
    let got = segments(&output.stdout);

    // exactly the Indonesian pages, in crawl order, each with its title and its sentences
    let mut docs: Vec<String> = got.iter().map(|(d, _, _)| d.clone()).collect();
    docs.dedup();
    let expected: Vec<String> = crawl.indonesian.iter().map(|(u, _)| u.clone()).collect();
    assert_eq!(docs, expected);
    for (uri, sentences) in &crawl.indonesian {
        let mine: Vec<&(String, String, String)> =
            got.iter().filter(|(d, _, _)| d == uri).collect();
        assert_eq!(mine[0].1, "title", "{uri}");
        assert!(mine[0].2.starts_with("Kabar dari Desa"), "{uri}");
        let body: Vec<&str> = mine[1..]
            .iter()
            .filter(|(_, kind, _)| kind != "boilerplate")
            .map(|(_, _, t)| t.as_str())
            .collect();
        // as the one normalization reads it: the source's mojibake holds soft hyphens
        // ("GuaranÃ\u{ad}"), which it drops
        let want: String = selaras::input::normalize(&sentences.join(" "))
            .split_whitespace()
            .collect::<Vec<_>>()
            .join(" ");
        assert_eq!(body.join(" "), want, "{uri}");
    }

    // the summary counts what was left out, by reason; the truncated record is a warning
    for count in [
        "200 documents in other languages skipped",
        "201 records that are not responses (warcinfo, request, metadata …) skipped",
        "300 responses that are not HTML or Markdown skipped",
        "50 responses with a status other than 200 skipped",
        "50 revisit records skipped",
    ] {
        assert!(message.contains(count), "{count}: {message}");
    }
    let warning = message
        .lines()
        .find(|l| l.contains("record 1002"))
        .unwrap_or_else(|| panic!("no warning for the truncated record: {message}"));
    assert!(
        warning.contains("crawl.warc") && warning.contains("truncated"),
        "{warning}"
    );

    // per-record gzip: the same output
    let gz = dir.path().join("crawl.warc.gz");
    write_warc(&gz, &records, true);
    let zipped = selaras(&["segment", gz.to_str().unwrap()]);
    assert!(zipped.status.success(), "{}", stderr(&zipped));
    assert_eq!(zipped.stdout, output.stdout);

    // --strict: the truncated record is the run's error, and nothing is written
    let out = dir.path().join("out.jsonl");
    let strict = selaras(&[
        "segment",
        "--strict",
        "-o",
        out.to_str().unwrap(),
        plain.to_str().unwrap(),
    ]);
    assert_eq!(strict.status.code(), Some(2), "{}", stderr(&strict));
    assert!(
        stderr(&strict).contains("record 1002"),
        "{}",
        stderr(&strict)
    );
    assert!(!out.exists());

    // --lang-id off keeps the English pages too
    let all = selaras(&["segment", "--lang-id", "off", plain.to_str().unwrap()]);
    let mut all_docs: Vec<String> = segments(&all.stdout)
        .into_iter()
        .map(|(d, _, _)| d)
        .collect();
    all_docs.dedup();
    assert_eq!(all_docs.len(), 400);
}

#[test]
fn a_markdown_response_is_read_as_markdown() {
    let dir = tempfile::tempdir().unwrap();
    let body = "# Harga Cabai Naik Lagi\n\n[Beranda](/) [Ekonomi](/ekonomi)\n\n\
        ![cabai](https://contoh.id/cabai.jpg)\n*Pedagang cabai di Pasar Induk. (Foto: ANTARA)*\n\n\
        **Jakarta** - Harga cabai rawit naik lagi pekan ini, kata pedagang di pasar induk.\n\n\
        Pedagang mengeluhkan pasokan yang berkurang akibat hujan.\n";
    // the same page again, served in windows-1252 with a curly quotation
    let quoted =
        "# Warga \u{201c}Siap\u{201d} Mengungsi\n\nWarga di bantaran sungai bersiap mengungsi \
        karena air terus naik sejak pagi hari ini.\n";
    let (cp1252, _, _) = encoding_rs::WINDOWS_1252.encode(quoted);
    let records = vec![
        record(
            "response",
            Some("https://contoh.id/cabai.md"),
            1,
            &http(
                "200 OK",
                "Content-Type: text/markdown; charset=utf-8\r\n",
                body.as_bytes(),
            ),
        ),
        record(
            "response",
            Some("https://contoh.id/warga.md"),
            2,
            &http(
                "200 OK",
                "Content-Type: text/markdown; charset=windows-1252\r\n",
                &cp1252,
            ),
        ),
        record(
            "response",
            Some("https://contoh.id/data.json"),
            3,
            &http("200 OK", "Content-Type: application/json\r\n", b"{}"),
        ),
    ];
    let crawl = dir.path().join("crawl.warc");
    write_warc(&crawl, &records, false);
    let output = selaras(&["segment", "--lang-id", "off", crawl.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    let got = segments(&output.stdout);
    let kind_of = |text: &str| {
        got.iter()
            .find(|(_, _, t)| t == text)
            .map(|(doc, kind, _)| (doc.as_str(), kind.as_str()))
    };
    let cabai = "https://contoh.id/cabai.md";
    assert_eq!(kind_of("Harga Cabai Naik Lagi"), Some((cabai, "title")));
    assert_eq!(kind_of("Beranda Ekonomi"), Some((cabai, "boilerplate")));
    assert_eq!(
        kind_of("Pedagang cabai di Pasar Induk."),
        Some((cabai, "caption"))
    );
    assert_eq!(kind_of("(Foto: ANTARA)"), Some((cabai, "credit")));
    assert_eq!(kind_of("Jakarta -"), Some((cabai, "meta")));
    assert_eq!(
        kind_of("Warga \u{201c}Siap\u{201d} Mengungsi"),
        Some(("https://contoh.id/warga.md", "title"))
    );
    assert!(
        got.iter()
            .all(|(_, _, t)| !t.contains(['*', '#', '[', '!'])),
        "{got:?}"
    );
    assert!(got.iter().all(|(doc, _, _)| !doc.ends_with(".json")));
}

#[test]
fn a_file_that_is_not_warc_is_a_one_line_error() {
    let dir = tempfile::tempdir().unwrap();
    let fake = dir.path().join("crawl.warc");
    std::fs::write(&fake, "<html><body><p>Ini bukan WARC.</p></body></html>\n").unwrap();
    let out = dir.path().join("out.jsonl");
    let output = selaras(&[
        "segment",
        "-o",
        out.to_str().unwrap(),
        fake.to_str().unwrap(),
    ]);
    let message = stderr(&output);
    assert_eq!(output.status.code(), Some(2), "{message}");
    assert_eq!(message.trim().lines().count(), 1, "{message}");
    assert!(
        message.contains("crawl.warc") && message.contains("not a WARC file"),
        "{message}"
    );
    assert!(!out.exists());
    // a header cut off before its blank line: reported as truncated, not silently dropped
    let cut = dir.path().join("cut.warc");
    let whole = record("warcinfo", None, 1, b"software: x\r\n");
    std::fs::write(
        &cut,
        [whole.as_slice(), b"WARC/1.0\r\nWARC-Type: resp"].concat(),
    )
    .unwrap();
    let output = selaras(&["segment", cut.to_str().unwrap()]);
    assert!(output.status.success(), "{}", stderr(&output));
    assert!(stderr(&output).contains("record 2"), "{}", stderr(&output));
}

#[test]
fn a_stopped_translate_run_resumes_from_its_journal() {
    let Some(crawl) = crawl(24) else {
        eprintln!("skipped: ../shared/eval is not beside the repository");
        return;
    };
    // a page whose bytes are not the UTF-8 it declares: a bad record, which stops a --strict
    // run after the documents before it were journaled
    let mut records = crawl.records[..crawl.records.len() - 150].to_vec();
    let bad = record(
        "response",
        Some("https://berita.example.id/rusak"),
        777,
        &http(
            "200 OK",
            "Content-Type: text/html; charset=utf-8\r\n",
            b"<p>caf\xe9 rusak</p>",
        ),
    );
    // after the 15th Indonesian page (each group is 4 records after the warcinfo)
    records.insert(1 + 4 * 15, bad);
    let dir = tempfile::tempdir().unwrap();
    let warc = dir.path().join("crawl.warc");
    write_warc(&warc, &records, false);
    let out = dir.path().join("out.tsv");
    let journal = dir.path().join("out.tsv.selaras-journal");
    let model = |name: &str| root().join("models").join(name).display().to_string();
    let run = |model_name: &str, extra: &[&str]| {
        let model = model(model_name);
        let mut args = vec![
            "translate",
            "--threads",
            "1",
            "--quiet",
            "--resume",
            "--format",
            "tsv",
        ];
        args.extend(["--model", model.as_str()]);
        args.extend(extra);
        args.extend(["-o", out.to_str().unwrap(), warc.to_str().unwrap()]);
        selaras(&args)
    };
    let stopped = run("shout", &["--strict"]);
    assert_eq!(stopped.status.code(), Some(2), "{}", stderr(&stopped));
    assert!(!out.exists());
    let journaled = std::fs::read_to_string(&journal).unwrap().lines().count();
    assert!(
        (1..24).contains(&journaled),
        "{journaled} documents journaled"
    );

    let resumed = run("echo", &[]);
    assert_eq!(resumed.status.code(), Some(0), "{}", stderr(&resumed));
    assert!(!journal.exists());
    let text = std::fs::read_to_string(&out).unwrap();
    let mut docs: Vec<(String, bool)> = Vec::new();
    for row in text.lines().skip(1) {
        let fields: Vec<&str> = row.split('\t').collect();
        let (doc, source, target) = (fields[0], fields[3], fields[4]);
        let shouted = target == source.to_uppercase() && target != source;
        if docs.last().map(|(d, _)| d.as_str()) != Some(doc) {
            docs.push((doc.to_string(), shouted));
        }
    }
    let expected: Vec<String> = crawl.indonesian.iter().map(|(u, _)| u.clone()).collect();
    assert_eq!(
        docs.iter().map(|(d, _)| d.clone()).collect::<Vec<_>>(),
        expected
    );
    // the journaled documents as shout translated them, the rest by echo
    assert!(docs[..journaled].iter().all(|(_, shouted)| *shouted));
    assert!(docs[journaled..].iter().all(|(_, shouted)| !*shouted));
}
