//! Turns the model catalog, `models/catalog.toml`, into Rust: `$OUT_DIR/catalog.rs` holds
//! `KNOWN_MODELS` and `DEFAULT_MODEL`, which `src/model/catalog.rs` includes. A catalog that
//! does not parse or breaks a rule (a missing or unknown key, a duplicate name, a URL that is
//! not https, not exactly one default) fails the build with one message per problem, naming
//! the model and its line, so a broken catalog never becomes a binary.
//!
//! With the feature `prebuilt`, it also makes the jump stubs through which selaras calls the
//! prebuilt CTranslate2 library (build/prebuilt.rs).
use std::fmt::Write as _;
use std::path::Path;

#[path = "build/prebuilt.rs"]
mod prebuilt;

const CATALOG: &str = "models/catalog.toml";

/// The model families selaras can convert (`family = "…"`), and their Rust names.
const FAMILIES: &[(&str, &str)] = &[
    ("marian", "Family::Marian"),
    ("nllb", "Family::Nllb"),
    ("m2m100", "Family::M2m100"),
    ("madlad", "Family::Madlad"),
];

/// One `[[model]]` table, checked.
#[derive(Debug, Default)]
struct Entry {
    name: String,
    default: bool,
    family: &'static str,
    description: String,
    url: String,
    hub_repo: String,
    revision: String,
    files: Vec<String>,
    licence: String,
    non_commercial: bool,
    download_bytes: u64,
    flores_bleu: Option<f64>,
    flores_chrf: Option<f64>,
    scores_source: String,
    notes: String,
}

fn main() {
    catalog();
    let feature = |name: &str| std::env::var_os(format!("CARGO_FEATURE_{name}")).is_some();
    match (feature("PREBUILT"), feature("RUY") || feature("DNNL")) {
        (true, false) => prebuilt::link(),
        (false, true) => {}
        (true, true) => println!(
            "cargo::error=the feature `prebuilt` excludes the source builds `dnnl` and `ruy`: \
             build those with --no-default-features --features dnnl (or ruy)"
        ),
        (false, false) => println!(
            "cargo::error=no CTranslate2 backend: use the default feature `prebuilt`, or \
             --features dnnl or --features ruy for a source build"
        ),
    }
}

/// `$OUT_DIR/catalog.rs` from `models/catalog.toml`.
fn catalog() {
    println!("cargo::rerun-if-changed={CATALOG}");
    println!("cargo::rerun-if-changed=build.rs");
    let text = std::fs::read_to_string(CATALOG)
        .unwrap_or_else(|err| panic!("cannot read {CATALOG}: {err}"));
    let entries = match parse_catalog(&text) {
        Ok(entries) => entries,
        Err(problems) => {
            for problem in problems {
                println!("cargo::error={CATALOG}: {}", problem.replace('\n', " "));
            }
            return;
        }
    };
    let out = std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR");
    let path = Path::new(&out).join("catalog.rs");
    std::fs::write(&path, generate(&entries))
        .unwrap_or_else(|err| panic!("cannot write {}: {err}", path.display()));
}

/// Every model in the catalog, in order, or every problem found.
fn parse_catalog(text: &str) -> Result<Vec<Entry>, Vec<String>> {
    let doc = toml_edit::Document::parse(text).map_err(|err| vec![err.to_string()])?;
    let mut problems = Vec::new();
    for (key, _) in doc.iter() {
        if key != "model" {
            problems.push(format!(
                "unknown top-level key `{key}`: the catalog holds only [[model]] tables"
            ));
        }
    }
    let Some(tables) = doc.get("model").and_then(|item| item.as_array_of_tables()) else {
        problems.push("no [[model]] tables: the catalog needs at least one model".into());
        return Err(problems);
    };
    let mut entries = Vec::new();
    for (index, table) in tables.iter().enumerate() {
        let line = table
            .span()
            .map(|span| text[..span.start].matches('\n').count() + 1);
        let mut entry = Entry::default();
        let mut complain = |what: String| {
            let name = table.get("name").and_then(|item| item.as_str());
            let at = match line {
                Some(line) => format!(" at line {line}"),
                None => String::new(),
            };
            problems.push(match name {
                Some(name) => format!("model '{name}'{at}: {what}"),
                None => format!("model {}{at}: {what}", index + 1),
            });
        };
        for (key, item) in table.iter() {
            let value = item.as_value();
            let string = || value.and_then(|v| v.as_str()).map(str::to_string);
            let number =
                || value.and_then(|v| v.as_float().or_else(|| v.as_integer().map(|i| i as f64)));
            let expected = |what: &str| format!("`{key}` must be {what}");
            match key {
                "name" => match string() {
                    Some(name) if is_model_name(&name) => entry.name = name,
                    _ => complain(expected(
                        "a plain directory name (no '/', '\\', not starting with '.')",
                    )),
                },
                "default" | "non_commercial" => match value.and_then(|v| v.as_bool()) {
                    Some(flag) if key == "default" => entry.default = flag,
                    Some(flag) => entry.non_commercial = flag,
                    None => complain(expected("true or false")),
                },
                "family" => match string().and_then(|f| FAMILIES.iter().find(|(n, _)| *n == f)) {
                    Some((_, rust)) => entry.family = rust,
                    None => complain(expected(&format!(
                        "one of the families selaras converts: {}",
                        FAMILIES
                            .iter()
                            .map(|(n, _)| *n)
                            .collect::<Vec<_>>()
                            .join(", ")
                    ))),
                },
                "url" => match string() {
                    Some(url) if url.starts_with("https://") && url.ends_with(".zip") => {
                        entry.url = url
                    }
                    _ => complain(expected("an https:// URL of a .zip")),
                },
                "hub_repo" => match string() {
                    Some(repo) if is_hub_repo(&repo) => entry.hub_repo = repo,
                    _ => complain(expected("a hub repository OWNER/NAME")),
                },
                "revision" => match string() {
                    Some(rev) if is_revision(&rev) => entry.revision = rev,
                    _ => complain(expected(
                        "a commit id of 40 hexadecimal digits, or \"main\" for a repository \
                         whose commit could not be pinned",
                    )),
                },
                "files" => {
                    let files: Option<Vec<String>> = value.and_then(|v| v.as_array()).map(|a| {
                        a.iter()
                            .filter_map(|f| f.as_str().map(str::to_string))
                            .collect()
                    });
                    let count = value.and_then(|v| v.as_array()).map(|a| a.len());
                    match files {
                        Some(files)
                            if !files.is_empty()
                                && Some(files.len()) == count
                                && files.iter().all(|f| f.split('|').all(is_hub_place)) =>
                        {
                            entry.files = files
                        }
                        _ => complain(expected(
                            "a list of file names in the repository (\"a|b\": the first of \
                             them that the hub has; \"OWNER/NAME:FILE\": FILE of another \
                             repository)",
                        )),
                    }
                }
                "download_bytes" => match value.and_then(|v| v.as_integer()) {
                    Some(bytes) if bytes > 0 => entry.download_bytes = bytes as u64,
                    _ => complain(expected(
                        "a positive integer (the download's size in bytes)",
                    )),
                },
                "flores_bleu" | "flores_chrf" => match number() {
                    Some(score) if (0.0..=100.0).contains(&score) => {
                        if key == "flores_bleu" {
                            entry.flores_bleu = Some(score);
                        } else {
                            entry.flores_chrf = Some(score);
                        }
                    }
                    _ => complain(expected("a number from 0 to 100")),
                },
                "description" | "licence" | "scores_source" | "notes" => match string() {
                    Some(text) if key == "notes" || !text.trim().is_empty() => match key {
                        "description" => entry.description = text,
                        "licence" => entry.licence = text,
                        "scores_source" => entry.scores_source = text,
                        _ => entry.notes = text,
                    },
                    _ => complain(expected("a non-empty string")),
                },
                _ => complain(format!(
                    "unknown key `{key}` (known: name, default, family, description, url, \
                     hub_repo, revision, files, licence, non_commercial, download_bytes, \
                     flores_bleu, flores_chrf, scores_source, notes)"
                )),
            }
        }
        for required in [
            "name",
            "family",
            "description",
            "licence",
            "download_bytes",
            "scores_source",
        ] {
            if !table.contains_key(required) {
                complain(format!("`{required}` is missing"));
            }
        }
        // Where the model comes from: an OPUS-MT zip that selaras converts (Marian), or a
        // ready CTranslate2 conversion in a hub repository (every other family).
        let hub = ["hub_repo", "revision", "files"].map(|key| table.contains_key(key));
        match (table.contains_key("url"), hub) {
            (true, [false, false, false]) if entry.family == "Family::Marian" => {}
            (true, [false, false, false]) => complain(
                "a release zip (`url`) is converted only for the marian family: give \
                 `hub_repo`, `revision` and `files` of a CTranslate2 conversion"
                    .into(),
            ),
            (false, [true, true, true]) if entry.family != "Family::Marian" => {}
            (false, [true, true, true]) => {
                complain("a marian model is fetched as its OPUS-MT release zip: give `url`".into())
            }
            _ => complain(
                "give either `url` (an OPUS-MT zip) or all of `hub_repo`, `revision` and \
                 `files` (a CTranslate2 conversion on the hub)"
                    .into(),
            ),
        }
        if entry.flores_bleu.is_some() != entry.flores_chrf.is_some() {
            complain(
                "give both `flores_bleu` and `flores_chrf`, or neither (no published score)".into(),
            );
        }
        entries.push(entry);
    }
    for (i, entry) in entries.iter().enumerate() {
        if !entry.name.is_empty() && entries[..i].iter().any(|e| e.name == entry.name) {
            problems.push(format!("the name '{}' is used twice", entry.name));
        }
    }
    let defaults: Vec<&str> = entries
        .iter()
        .filter(|e| e.default)
        .map(|e| e.name.as_str())
        .collect();
    for e in entries.iter().filter(|e| e.default) {
        if e.non_commercial || e.url.is_empty() {
            problems.push(format!(
                "model '{}': the default model is fetched without asking, so it must be a \
                 permissively licensed OPUS-MT release zip",
                e.name
            ));
        }
    }
    match defaults.len() {
        1 => {}
        0 => problems.push("no model has `default = true`: exactly one must".into()),
        _ => problems.push(format!(
            "exactly one model may have `default = true`, not {}",
            defaults.join(", ")
        )),
    }
    if problems.is_empty() {
        Ok(entries)
    } else {
        Err(problems)
    }
}

/// A model name is a plain file name: the cache directory it installs into. The same rule
/// as `model::is_model_name`.
fn is_model_name(name: &str) -> bool {
    !name.is_empty() && !name.contains(['/', '\\']) && !name.starts_with('.')
}

/// `OWNER/NAME`, each part of letters, digits, `-`, `_` and `.`.
fn is_hub_repo(repo: &str) -> bool {
    let parts: Vec<&str> = repo.split('/').collect();
    parts.len() == 2
        && parts.iter().all(|p| {
            !p.is_empty()
                && !p.starts_with('.')
                && p.chars()
                    .all(|c| c.is_ascii_alphanumeric() || "-_.".contains(c))
        })
}

/// A pinned commit (40 hexadecimal digits), or `main` for a repository not yet pinned.
fn is_revision(rev: &str) -> bool {
    rev == "main" || (rev.len() == 40 && rev.chars().all(|c| c.is_ascii_hexdigit()))
}

/// A plain file name at the top of the repository, or `OWNER/NAME:FILE` in another one.
fn is_hub_place(place: &str) -> bool {
    match place.split_once(':') {
        Some((repo, file)) => is_hub_repo(repo) && is_model_name(file),
        None => is_model_name(place),
    }
}

/// The Rust source of the catalog. `{:?}` of a `str` is a valid Rust string literal, and of
/// an `f64` a float literal.
fn generate(entries: &[Entry]) -> String {
    let mut rust = format!("// Generated by build.rs from {CATALOG}: edit that file instead.\n\n");
    rust.push_str("/// Every model in `models/catalog.toml`, in its order.\n");
    rust.push_str("pub const KNOWN_MODELS: &[KnownModel] = &[\n");
    for e in entries {
        let source = if e.url.is_empty() {
            format!(
                "Source::Hub {{ repo: {:?}, revision: {:?}, files: &{:?} }}",
                e.hub_repo, e.revision, e.files
            )
        } else {
            format!("Source::Zip({:?})", e.url)
        };
        let _ = writeln!(
            rust,
            "    KnownModel {{\n        name: {:?},\n        default: {},\n        \
             family: {},\n        description: {:?},\n        source: {},\n        \
             licence: {:?},\n        non_commercial: {},\n        download_bytes: {},\n        \
             flores_bleu: {:?},\n        \
             flores_chrf: {:?},\n        scores_source: {:?},\n        notes: {:?},\n    }},",
            e.name,
            e.default,
            e.family,
            e.description,
            source,
            e.licence,
            e.non_commercial,
            e.download_bytes,
            e.flores_bleu,
            e.flores_chrf,
            e.scores_source,
            e.notes,
        );
    }
    rust.push_str("];\n\n");
    let default = entries.iter().find(|e| e.default).expect("checked");
    let _ = writeln!(
        rust,
        "/// The model used when none is given (`default = true` in the catalog).\n\
         pub const DEFAULT_MODEL: &str = {:?};",
        default.name
    );
    rust
}
