//! The model catalog: the models `selaras model fetch NAME` knows, as data.
//!
//! The entries live in `models/catalog.toml`; build.rs checks them and turns them into
//! [`KNOWN_MODELS`] and [`DEFAULT_MODEL`] when selaras is built, so a catalog that breaks a
//! rule never becomes a binary and adding a model changes no Rust.

/// The model's family: how it is fetched and turned into a CTranslate2 model directory, and
/// how it is fed (see [`super::family`]).
pub use super::family::Family;

/// A model `selaras model fetch NAME` knows how to get.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct KnownModel {
    /// the name to fetch it by, and its directory in the cache
    pub name: &'static str,
    /// the model used when none is given; exactly one has it
    pub default: bool,
    pub family: Family,
    pub description: &'static str,
    /// the release zip
    pub url: &'static str,
    pub licence: &'static str,
    /// approximate size of the release zip, for messages; the download itself is checked
    /// against the server's Content-Length
    pub zip_bytes: u64,
    /// published FLORES devtest scores, id→en
    pub flores_bleu: f32,
    pub flores_chrf: f32,
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
    fn the_catalog_parsed_into_unique_names_one_default_and_https_zips() {
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
            assert!(
                m.url.starts_with("https://") && m.url.ends_with(".zip"),
                "{}",
                m.url
            );
            assert!(m.zip_bytes > 0 && !m.description.is_empty() && !m.licence.is_empty());
            assert!((0.0..=100.0).contains(&m.flores_bleu), "{}", m.name);
            assert!((0.0..=100.0).contains(&m.flores_chrf), "{}", m.name);
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
