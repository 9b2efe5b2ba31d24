//! Model families: how a sentence becomes the tokens a model was trained on, in one place.
//!
//! A converted model directory says its family by its files: Marian (OPUS-MT) has
//! `source.spm` and `target.spm`; NLLB-200 and M2M100 have one `sentencepiece.bpe.model` and
//! language tokens in their vocabulary (`eng_Latn`, `__en__`); MADLAD-400 (T5) has
//! `spiece.model` and `<2xx>` tokens. Each family's conventions, as CTranslate2's guide for
//! converted Transformers models gives them:
//!
//! | family | source tokens | target prefix (dropped from the output) |
//! |---|---|---|
//! | Marian | pieces + `</s>` | none |
//! | NLLB | `ind_Latn` + pieces + `</s>` | `eng_Latn` |
//! | M2M100 | `__id__` + pieces + `</s>` | `__en__` |
//! | MADLAD | pieces of `"<2en> " + sentence` + `</s>` | none |
use crate::error::Error;
use std::path::{Path, PathBuf};

/// A model family (see the module's table).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Family {
    /// OPUS-MT / Tatoeba-MT Marian models, also the catalog's release zips that
    /// [`super::convert`] turns into CTranslate2 models
    Marian,
    /// NLLB-200, FLORES-200 language codes
    Nllb,
    /// M2M100, `__xx__` language tokens
    M2m100,
    /// MADLAD-400 (a T5), `<2xx>` written before the sentence
    Madlad,
}

/// ISO codes selaras takes for `--source-lang` and `--target-lang`, and each family's name for
/// the language: (ISO, NLLB, M2M100 and MADLAD code).
const LANGUAGES: &[(&str, &str, &str)] = &[
    ("id", "ind_Latn", "id"),
    ("ms", "zsm_Latn", "ms"),
    ("en", "eng_Latn", "en"),
    ("jv", "jav_Latn", "jv"),
    ("su", "sun_Latn", "su"),
];

/// The input limits of NLLB and M2M100 (their position tables), in tokens.
const NLLB_MAX_INPUT_TOKENS: usize = 1024;

/// MADLAD's T5 has relative positions and no table; its training inputs were at most this.
const MADLAD_MAX_INPUT_TOKENS: usize = 512;

/// How one model turns a sentence into tokens and back, for one language pair.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Conventions {
    pub family: Family,
    /// the SentencePiece models for the source and the target side
    pub source_spm: PathBuf,
    pub target_spm: PathBuf,
    /// tokens before the sentence's pieces (`ind_Latn`)
    pub source_prefix: Vec<String>,
    /// text written before the sentence, then encoded with it (`<2en> `)
    pub text_prefix: String,
    /// tokens the decoder is given first, dropped from the output (`eng_Latn`)
    pub target_prefix: Vec<String>,
    /// the longest input in tokens the family takes, where model.bin does not say
    pub max_input_tokens: Option<usize>,
}

impl Family {
    /// The family of the converted model in `dir`, by its files.
    pub fn detect(dir: &Path) -> Family {
        let has = |name: &str| dir.join(name).is_file();
        if has("source.spm") {
            Family::Marian
        } else if has("spiece.model") {
            Family::Madlad
        } else if has("sentencepiece.bpe.model") {
            match vocabulary(dir).iter().any(|t| t == "eng_Latn") {
                true => Family::Nllb,
                false => Family::M2m100,
            }
        } else {
            Family::Marian
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            Family::Marian => "Marian",
            Family::Nllb => "NLLB-200",
            Family::M2m100 => "M2M100",
            Family::Madlad => "MADLAD-400",
        }
    }

    /// The files a model directory of this family must hold besides model.bin, config.json
    /// and its vocabulary.
    pub fn tokenizer_files(self) -> &'static [&'static str] {
        match self {
            Family::Marian => &["source.spm", "target.spm"],
            Family::Nllb | Family::M2m100 => &["sentencepiece.bpe.model"],
            Family::Madlad => &["spiece.model"],
        }
    }

    /// The token (or, for MADLAD, the text marker) that names `iso` for this family.
    fn token(self, iso: &str) -> Option<String> {
        let &(_, nllb, short) = LANGUAGES.iter().find(|(code, _, _)| *code == iso)?;
        Some(match self {
            Family::Marian => return None,
            Family::Nllb => nllb.to_string(),
            Family::M2m100 => format!("__{short}__"),
            Family::Madlad => format!("<2{short}>"),
        })
    }
}

/// The conventions of the model in `dir` for translating `source` into `target` (ISO codes).
/// A language the model's vocabulary lacks is an error that lists what it has.
pub fn conventions(dir: &Path, source: &str, target: &str) -> Result<Conventions, Error> {
    let family = Family::detect(dir);
    let spm = |name: &str| dir.join(name);
    let mut conventions = Conventions {
        family,
        source_spm: spm("source.spm"),
        target_spm: spm("target.spm"),
        source_prefix: Vec::new(),
        text_prefix: String::new(),
        target_prefix: Vec::new(),
        max_input_tokens: None,
    };
    if family == Family::Marian {
        return Ok(conventions);
    }
    let vocabulary = vocabulary(dir);
    let token = |iso: &str| -> Result<String, Error> {
        family
            .token(iso)
            .filter(|t| vocabulary.contains(t))
            .ok_or_else(|| unknown_language(dir, family, iso, &vocabulary))
    };
    let (source_token, target_token) = (token(source)?, token(target)?);
    match family {
        Family::Marian => {}
        Family::Nllb | Family::M2m100 => {
            conventions.source_spm = spm("sentencepiece.bpe.model");
            conventions.target_spm = spm("sentencepiece.bpe.model");
            conventions.source_prefix = vec![source_token];
            conventions.target_prefix = vec![target_token];
            conventions.max_input_tokens = Some(NLLB_MAX_INPUT_TOKENS);
        }
        Family::Madlad => {
            conventions.source_spm = spm("spiece.model");
            conventions.target_spm = spm("spiece.model");
            conventions.text_prefix = format!("{target_token} ");
            conventions.max_input_tokens = Some(MADLAD_MAX_INPUT_TOKENS);
        }
    }
    Ok(conventions)
}

fn unknown_language(dir: &Path, family: Family, iso: &str, vocabulary: &[String]) -> Error {
    let known: Vec<&str> = LANGUAGES
        .iter()
        .map(|(code, _, _)| *code)
        .filter(|code| family.token(code).is_some_and(|t| vocabulary.contains(&t)))
        .collect();
    Error::Model(format!(
        "model '{}' ({}) has no language '{iso}': it has {}; pass --source-lang and \
         --target-lang as one of these",
        dir.display(),
        family.name(),
        if known.is_empty() {
            "none selaras knows".to_string()
        } else {
            known.join(", ")
        }
    ))
}

/// The tokens of the model's vocabulary file (shared, else the target side's), JSON or text;
/// empty when there is none.
fn vocabulary(dir: &Path) -> Vec<String> {
    for name in ["shared_vocabulary", "target_vocabulary"] {
        if let Ok(text) = std::fs::read_to_string(dir.join(format!("{name}.json"))) {
            return serde_json::from_str(&text).unwrap_or_default();
        }
        if let Ok(text) = std::fs::read_to_string(dir.join(format!("{name}.txt"))) {
            return text.lines().map(str::to_string).collect();
        }
    }
    Vec::new()
}

/// Drops the target prefix from a hypothesis when it begins with it (CTranslate2 returns the
/// prefix as part of the output).
pub fn strip_prefix(mut output: Vec<String>, prefix: &[String]) -> Vec<String> {
    if !prefix.is_empty() && output.starts_with(prefix) {
        output.drain(..prefix.len());
    }
    output
}

#[cfg(test)]
mod tests {
    use super::*;

    fn model_dir(files: &[&str], vocabulary: &[&str]) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for f in files {
            std::fs::write(dir.path().join(f), b"x").unwrap();
        }
        std::fs::write(
            dir.path().join("shared_vocabulary.json"),
            serde_json::to_string(vocabulary).unwrap(),
        )
        .unwrap();
        dir
    }

    #[test]
    fn each_family_is_known_by_its_files_and_tokens() {
        let nllb = model_dir(
            &["sentencepiece.bpe.model"],
            &["<s>", "ind_Latn", "eng_Latn"],
        );
        let m2m = model_dir(&["sentencepiece.bpe.model"], &["<s>", "__id__", "__en__"]);
        let madlad = model_dir(&["spiece.model"], &["<s>", "<2en>", "<2id>"]);
        let marian = model_dir(&["source.spm", "target.spm"], &["<s>"]);
        assert_eq!(Family::detect(nllb.path()), Family::Nllb);
        assert_eq!(Family::detect(m2m.path()), Family::M2m100);
        assert_eq!(Family::detect(madlad.path()), Family::Madlad);
        assert_eq!(Family::detect(marian.path()), Family::Marian);

        let c = conventions(nllb.path(), "id", "en").unwrap();
        assert_eq!(
            (c.source_prefix, c.target_prefix),
            (vec!["ind_Latn".into()], vec!["eng_Latn".into()])
        );
        let c = conventions(m2m.path(), "id", "en").unwrap();
        assert_eq!(
            (c.source_prefix, c.target_prefix),
            (vec!["__id__".into()], vec!["__en__".into()])
        );
        let c = conventions(madlad.path(), "id", "en").unwrap();
        assert_eq!(c.text_prefix, "<2en> ");
        assert!(c.source_prefix.is_empty() && c.target_prefix.is_empty());
        assert_eq!(c.source_spm, madlad.path().join("spiece.model"));
    }

    #[test]
    fn a_language_the_model_lacks_is_an_error_listing_what_it_has() {
        let nllb = model_dir(
            &["sentencepiece.bpe.model"],
            &["<s>", "ind_Latn", "eng_Latn"],
        );
        let err = conventions(nllb.path(), "ms", "en")
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("'ms'") && err.contains("it has id, en"),
            "{err}"
        );
        let err = conventions(nllb.path(), "xx", "en")
            .unwrap_err()
            .to_string();
        assert!(err.contains("'xx'"), "{err}");
    }

    #[test]
    fn the_prefix_is_dropped_only_where_it_is() {
        let out = |v: &[&str]| v.iter().map(|s| s.to_string()).collect::<Vec<_>>();
        let prefix = out(&["eng_Latn"]);
        assert_eq!(
            strip_prefix(out(&["eng_Latn", "▁Hi"]), &prefix),
            out(&["▁Hi"])
        );
        assert_eq!(strip_prefix(out(&["▁Hi"]), &prefix), out(&["▁Hi"]));
    }
}
