//! The model catalog: the models `selaras model fetch NAME` knows, as data.
//!
//! The entries live in `models/catalog.toml`; build.rs checks them and turns them into
//! [`KNOWN_MODELS`] and [`DEFAULT_MODEL`] when selaras is built, so a catalog that breaks a
//! rule never becomes a binary and adding a model changes no Rust.

/// The model's family: how it is fetched and turned into a CTranslate2 model directory, and
/// how it is fed (see [`super::family`]).
pub use super::family::Family;

/// Where a known model comes from.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Source {
    /// an OPUS-MT release zip, which selaras converts (the Marian family)
    Zip(&'static str),
    /// a ready CTranslate2 conversion in a model-hub repository, fetched file by file from
    /// `{hub}/{repo}/resolve/{revision}/{file}` (see [`super::hub`])
    Hub {
        repo: &'static str,
        /// a commit id, or `main` where none could be pinned
        revision: &'static str,
        /// the files to fetch; `a|b` is the first of `a` and `b` that the repository has
        files: &'static [&'static str],
    },
}

impl Source {
    /// Where the model is fetched from, for `model list`.
    pub fn describe(&self) -> String {
        match self {
            Source::Zip(url) => url.to_string(),
            Source::Hub { repo, revision, .. } if *revision == "main" => {
                format!("hub: {repo} (revision not pinned: the hub's current files)")
            }
            Source::Hub { repo, revision, .. } => format!("hub: {repo} at {revision}"),
        }
    }
}

/// A model `selaras model fetch NAME` knows how to get.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KnownModel {
    /// the name to fetch it by, and its directory in the cache
    pub name: &'static str,
    /// the model used when none is given; exactly one has it
    pub default: bool,
    pub family: Family,
    pub description: &'static str,
    pub source: Source,
    pub licence: &'static str,
    /// the licence forbids commercial use: `model fetch` asks the user to accept it
    pub non_commercial: bool,
    /// approximate size of the download, for messages; the download itself is checked
    /// against the sizes (and, on the hub, the sha256) the server announces
    pub download_bytes: u64,
    /// published FLORES devtest scores, id→en (none where none was published)
    pub flores_bleu: Option<f32>,
    pub flores_chrf: Option<f32>,
    /// where the scores were published, and on which test set exactly
    pub scores_source: &'static str,
    /// shown by `selaras model list` (may be empty)
    pub notes: &'static str,
}

include!(concat!(env!("OUT_DIR"), "/catalog.rs"));

/// The known model called `name`.
pub fn known(name: &str) -> Option<&'static KnownModel> {
    KNOWN_MODELS.iter().find(|m| m.name == name)
}

/// The names of the known models, comma-separated, for messages.
pub fn known_names() -> String {
    KNOWN_MODELS
        .iter()
        .map(|m| m.name)
        .collect::<Vec<_>>()
        .join(", ")
}

#[cfg(test)]
mod tests {
    use super::*;

    /// build.rs refuses a catalog that breaks these rules; this checks what it let through.
    #[test]
    fn the_catalog_parsed_into_unique_names_one_permissive_default_and_whole_sources() {
        let tables = include_str!("../../models/catalog.toml")
            .lines()
            .filter(|line| line.trim() == "[[model]]")
            .count();
        assert!(tables > 0);
        assert_eq!(
            KNOWN_MODELS.len(),
            tables,
            "every [[model]] table is a model"
        );
        for (i, m) in KNOWN_MODELS.iter().enumerate() {
            assert!(super::super::is_model_name(m.name), "{}", m.name);
            assert!(
                KNOWN_MODELS[..i].iter().all(|other| other.name != m.name),
                "{} twice",
                m.name
            );
            match m.source {
                Source::Zip(url) => {
                    assert_eq!(m.family, Family::Marian, "{}", m.name);
                    assert!(
                        url.starts_with("https://") && url.ends_with(".zip"),
                        "{url}"
                    );
                }
                Source::Hub {
                    repo,
                    revision,
                    files,
                } => {
                    assert_ne!(m.family, Family::Marian, "{}", m.name);
                    assert_eq!(repo.split('/').count(), 2, "{repo}");
                    assert!(revision == "main" || revision.len() == 40, "{revision}");
                    // a hub model brings model.bin, config.json, a vocabulary and its
                    // family's tokenizer
                    let offered: Vec<&str> = files.iter().flat_map(|f| f.split('|')).collect();
                    for needed in ["model.bin", "config.json"]
                        .iter()
                        .chain(m.family.tokenizer_files())
                    {
                        assert!(offered.contains(needed), "{}: {needed}", m.name);
                    }
                    assert!(
                        offered.iter().any(|f| f.starts_with("shared_vocabulary.")),
                        "{}",
                        m.name
                    );
                }
            }
            assert!(m.download_bytes > 0 && !m.description.is_empty() && !m.licence.is_empty());
            assert!(!(m.default && m.non_commercial), "{}", m.name);
            for score in [m.flores_bleu, m.flores_chrf].into_iter().flatten() {
                assert!((0.0..=100.0).contains(&score), "{}", m.name);
            }
            assert_eq!(
                m.flores_bleu.is_some(),
                m.flores_chrf.is_some(),
                "{}",
                m.name
            );
            assert!(!m.scores_source.is_empty(), "{}", m.name);
        }
        let defaults: Vec<&str> = KNOWN_MODELS
            .iter()
            .filter(|m| m.default)
            .map(|m| m.name)
            .collect();
        assert_eq!(defaults, [DEFAULT_MODEL]);
    }

    #[test]
    fn names_resolve_through_the_catalog() {
        for m in KNOWN_MODELS {
            assert_eq!(known(m.name), Some(m));
            assert!(known_names().split(", ").any(|name| name == m.name));
        }
        for unknown in ["", "echo", "MSA-ENG", "msa-eng ", "../msa-eng"] {
            assert_eq!(known(unknown), None, "{unknown:?}");
        }
    }
}
