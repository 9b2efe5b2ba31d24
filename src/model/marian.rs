//! Reading a native Marian model: the `.npz` weights (a zip of `.npy` arrays), the vocabulary
//! `.yml` and the small YAML files (`decoder.yml`, the `special:model.yml` options).
//!
//! Everything here parses untrusted bytes: malformed input is an error, never a panic.
use std::collections::BTreeMap;
use std::io::Read;
use std::path::Path;

use anyhow::{bail, Context, Result};

/// One array from the `.npz`, in C order.
#[derive(Clone, Debug, PartialEq)]
pub struct Array {
    pub shape: Vec<usize>,
    pub data: ArrayData,
}

#[derive(Clone, Debug, PartialEq)]
pub enum ArrayData {
    F32(Vec<f32>),
    F64(Vec<f64>),
    /// `|i1` or `|u1`: Marian stores its options (`special:model.yml`) this way.
    Bytes(Vec<u8>),
}

impl Array {
    /// Like [`Array::to_f32`], without copying float32 data.
    pub fn into_f32(self) -> Result<Vec<f32>> {
        match self.data {
            ArrayData::F32(v) => Ok(v),
            other => Array {
                shape: self.shape,
                data: other,
            }
            .to_f32(),
        }
    }

    /// The values as `f32`; float64 arrays are rounded as numpy's `astype(float32)` does.
    pub fn to_f32(&self) -> Result<Vec<f32>> {
        match &self.data {
            ArrayData::F32(v) => Ok(v.clone()),
            ArrayData::F64(v) => Ok(v.iter().map(|&x| x as f32).collect()),
            ArrayData::Bytes(_) => bail!("expected a float array, found bytes"),
        }
    }
}

/// Parses one `.npy` file (format versions 1 to 3, little-endian `f4`/`f8`, or bytes).
pub fn parse_npy(bytes: &[u8]) -> Result<Array> {
    if bytes.len() < 10 || &bytes[..6] != b"\x93NUMPY" {
        bail!("not a .npy array (bad magic)");
    }
    let major = bytes[6];
    let (header_len, start): (usize, usize) = match major {
        1 => (u16::from_le_bytes([bytes[8], bytes[9]]) as usize, 10),
        2 | 3 => {
            if bytes.len() < 12 {
                bail!("truncated .npy header");
            }
            let len = u32::from_le_bytes([bytes[8], bytes[9], bytes[10], bytes[11]]);
            (len as usize, 12)
        }
        v => bail!("unsupported .npy format version {v}"),
    };
    let end = start
        .checked_add(header_len)
        .filter(|&e| e <= bytes.len())
        .context("truncated .npy header")?;
    let header = std::str::from_utf8(&bytes[start..end]).context(".npy header is not text")?;
    let descr = header_value(header, "descr").context(".npy header has no 'descr'")?;
    let descr = descr.trim_matches(|c| c == '\'' || c == '"');
    let fortran = header_value(header, "fortran_order").unwrap_or("False");
    if fortran.trim() != "False" {
        bail!(".npy arrays in Fortran order are not supported");
    }
    let shape_text = header_value(header, "shape").context(".npy header has no 'shape'")?;
    let shape = parse_shape(shape_text)?;
    let count = shape
        .iter()
        .try_fold(1usize, |acc, &d| acc.checked_mul(d))
        .context(".npy shape overflows")?;
    let body = &bytes[end..];
    let item = match descr {
        "<f4" => 4,
        "<f8" => 8,
        "|i1" | "|u1" | "|b1" => 1,
        other => bail!("unsupported .npy dtype '{other}' (expected float32 or float64)"),
    };
    let needed = count.checked_mul(item).context(".npy size overflows")?;
    if body.len() < needed {
        bail!(
            "truncated .npy data: {} bytes for shape {shape:?}, expected {needed}",
            body.len()
        );
    }
    let body = &body[..needed];
    let data = match item {
        4 => ArrayData::F32(
            body.chunks_exact(4)
                .map(|c| f32::from_le_bytes([c[0], c[1], c[2], c[3]]))
                .collect(),
        ),
        8 => ArrayData::F64(
            body.chunks_exact(8)
                .map(|c| f64::from_le_bytes([c[0], c[1], c[2], c[3], c[4], c[5], c[6], c[7]]))
                .collect(),
        ),
        _ => ArrayData::Bytes(body.to_vec()),
    };
    Ok(Array { shape, data })
}

/// The raw text after `'key':` in a numpy header dict, up to the next top-level comma.
fn header_value<'a>(header: &'a str, key: &str) -> Option<&'a str> {
    let at = header
        .find(&format!("'{key}'"))
        .or_else(|| header.find(&format!("\"{key}\"")))?;
    let rest = &header[at + key.len() + 2..];
    let rest = rest.trim_start().strip_prefix(':')?.trim_start();
    let mut depth = 0usize;
    for (i, c) in rest.char_indices() {
        match c {
            '(' | '[' => depth += 1,
            ')' | ']' => {
                depth = depth.saturating_sub(1);
                if depth == 0 && rest.starts_with('(') {
                    return Some(&rest[..=i]);
                }
            }
            ',' | '}' if depth == 0 => return Some(rest[..i].trim()),
            _ => {}
        }
    }
    None
}

fn parse_shape(text: &str) -> Result<Vec<usize>> {
    crate::parse::delimited_numbers(text, '(', ')', |t| t.trim_end_matches('L'))
        .ok()
        .with_context(|| format!("bad .npy shape '{text}'"))
}

/// All arrays of an `.npz`, by name (without the `.npy` suffix).
pub fn read_npz(path: &Path) -> Result<BTreeMap<String, Array>> {
    let file =
        std::fs::File::open(path).with_context(|| format!("opening '{}'", path.display()))?;
    let mut archive = zip::ZipArchive::new(std::io::BufReader::new(file))
        .with_context(|| format!("'{}' is not a valid .npz (zip) file", path.display()))?;
    let mut arrays = BTreeMap::new();
    for i in 0..archive.len() {
        let mut entry = archive
            .by_index(i)
            .with_context(|| format!("reading '{}'", path.display()))?;
        let name = entry.name().to_string();
        let mut bytes = Vec::with_capacity(entry.size().min(1 << 31) as usize);
        entry
            .read_to_end(&mut bytes)
            .with_context(|| format!("reading '{name}' in '{}'", path.display()))?;
        let array =
            parse_npy(&bytes).with_context(|| format!("array '{name}' in '{}'", path.display()))?;
        let key = name.strip_suffix(".npy").unwrap_or(&name).to_string();
        arrays.insert(key, array);
    }
    Ok(arrays)
}

/// A scalar or a list of scalars from a flat YAML mapping.
#[derive(Clone, Debug, PartialEq)]
pub enum YamlValue {
    Scalar(String),
    List(Vec<String>),
}

impl YamlValue {
    pub fn as_str(&self) -> Option<&str> {
        match self {
            YamlValue::Scalar(s) => Some(s),
            YamlValue::List(_) => None,
        }
    }
}

/// Parses the flat YAML that Marian writes: `key: scalar`, `key: [a, b]` and block lists
/// (`key:` followed by `- item` lines). Nested mappings are skipped.
pub fn parse_flat_yaml(text: &str) -> BTreeMap<String, YamlValue> {
    let mut map = BTreeMap::new();
    let mut list_key: Option<String> = None;
    for raw in text.lines() {
        let line = strip_comment(raw);
        if line.trim().is_empty() {
            continue;
        }
        let trimmed = line.trim_start();
        if let Some(item) =
            trimmed
                .strip_prefix("- ")
                .or(if trimmed == "-" { Some("") } else { None })
        {
            if let Some(key) = &list_key {
                if let Some(YamlValue::List(items)) = map.get_mut(key) {
                    items.push(unquote(item.trim()));
                }
            }
            continue;
        }
        if line.starts_with(' ') || line.starts_with('\t') {
            continue; // nested mapping
        }
        list_key = None;
        let Some((key, value)) = split_key(line) else {
            continue;
        };
        let key = unquote(key.trim());
        let value = value.trim();
        if value.is_empty() {
            map.insert(key.clone(), YamlValue::List(Vec::new()));
            list_key = Some(key);
        } else if let Some(inner) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            let items = inner
                .split(',')
                .map(|s| unquote(s.trim()))
                .filter(|s| !s.is_empty())
                .collect();
            map.insert(key, YamlValue::List(items));
        } else {
            map.insert(key, YamlValue::Scalar(unquote(value)));
        }
    }
    // A key with nothing after it and no list items is an empty (null) scalar.
    for value in map.values_mut() {
        if matches!(value, YamlValue::List(items) if items.is_empty()) {
            *value = YamlValue::Scalar(String::new());
        }
    }
    map
}

/// `key: value` split at the first `: ` (or a trailing `:`) outside quotes.
fn split_key(line: &str) -> Option<(&str, &str)> {
    let bytes = line.as_bytes();
    let (i, _) = super::unquoted_bytes(line)
        .find(|&(i, b)| b == b':' && matches!(bytes.get(i + 1), None | Some(b' ')))?;
    Some((&line[..i], &line[i + 1..]))
}

/// The line before a ` #` comment (or a `#` at its start) outside quotes.
fn strip_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    match super::unquoted_bytes(line).find(|&(i, b)| b == b'#' && (i == 0 || bytes[i - 1] == b' '))
    {
        Some((i, _)) => &line[..i],
        None => line,
    }
}

fn unquote(s: &str) -> String {
    if s.len() >= 2 && s.starts_with('"') && s.ends_with('"') {
        let inner = &s[1..s.len() - 1];
        let mut out = String::new();
        let mut chars = inner.chars();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.next() {
                    Some('n') => out.push('\n'),
                    Some('t') => out.push('\t'),
                    Some(other) => out.push(other),
                    None => {}
                }
            } else {
                out.push(c);
            }
        }
        out
    } else if s.len() >= 2 && s.starts_with('\'') && s.ends_with('\'') {
        s[1..s.len() - 1].replace("''", "'")
    } else {
        s.to_string()
    }
}

/// YAML 1.1 truth values, as PyYAML reads them.
pub fn yaml_bool(s: &str) -> Option<bool> {
    match s {
        "true" | "True" | "TRUE" | "yes" | "Yes" | "YES" | "on" | "On" | "ON" => Some(true),
        "false" | "False" | "FALSE" | "no" | "No" | "NO" | "off" | "Off" | "OFF" => Some(false),
        _ => None,
    }
}

/// What `decoder.yml` says: the weights file and the vocabularies (source first, target last).
#[derive(Clone, Debug, PartialEq)]
pub struct DecoderConfig {
    pub models: Vec<String>,
    pub vocabs: Vec<String>,
}

pub fn parse_decoder_yml(text: &str) -> Result<DecoderConfig> {
    let map = parse_flat_yaml(text);
    let list = |key: &str| -> Vec<String> {
        match map.get(key) {
            Some(YamlValue::List(items)) => items.clone(),
            Some(YamlValue::Scalar(s)) if !s.is_empty() => vec![s.clone()],
            _ => Vec::new(),
        }
    };
    let models = list("models");
    let vocabs = list("vocabs");
    if models.is_empty() {
        bail!("decoder.yml lists no 'models'");
    }
    if vocabs.is_empty() {
        bail!("decoder.yml lists no 'vocabs'");
    }
    Ok(DecoderConfig { models, vocabs })
}

/// Reads a Marian vocabulary `.yml` (`token: id` lines) into tokens ordered by id.
///
/// This follows ct2-opus-mt-converter's own line parser rather than a YAML library, quirks
/// included (`"tab\tx"` becomes `tabtx`, `"\x1F"` becomes U+001F), so that the vocabulary
/// json we write is the one the Python converter writes.
pub fn load_vocab(text: &str) -> Result<Vec<String>> {
    let mut tokens: Vec<(i64, String)> = Vec::new();
    let mut token: Option<String> = None;
    let mut idx: Option<String> = None;
    for (i, raw) in text.split_inclusive('\n').enumerate() {
        let line = raw.trim_end_matches(['\n', '\r']);
        if line.is_empty() {
            continue;
        }
        if let Some(key) = line.strip_prefix("? ") {
            token = Some(key.to_string());
        } else if token.is_some() {
            idx = Some(line.get(2..).unwrap_or("").to_string());
        } else {
            let (t, n) = line
                .rsplit_once(':')
                .with_context(|| format!("vocabulary line {}: no ':' in '{line}'", i + 1))?;
            token = Some(t.to_string());
            idx = Some(n.to_string());
        }
        if let Some(t) = token.take() {
            token =
                Some(unescape_vocab_token(t).with_context(|| {
                    format!("vocabulary line {}: bad token in '{line}'", i + 1)
                })?);
        }
        if let Some(n) = idx.take() {
            let id: i64 = n.trim().parse().with_context(|| {
                format!("vocabulary line {}: unexpected format '{line}'", i + 1)
            })?;
            tokens.push((id, token.take().unwrap_or_default()));
        }
    }
    tokens.sort_by_key(|(id, _)| *id); // stable, as Python's sorted()
    Ok(tokens.into_iter().map(|(_, t)| t).collect())
}

fn unescape_vocab_token(token: String) -> Result<String> {
    if token.len() >= 2 && token.starts_with('"') && token.ends_with('"') {
        // re.sub(r"\\([^x])", r"\1", token): drop a backslash before anything but 'x'.
        let mut out = String::with_capacity(token.len());
        let mut chars = token.chars().peekable();
        while let Some(c) = chars.next() {
            if c == '\\' {
                match chars.peek() {
                    Some(&next) if next != 'x' => {
                        out.push(next);
                        chars.next();
                    }
                    _ => out.push(c),
                }
            } else {
                out.push(c);
            }
        }
        let inner = out
            .get(1..out.len().saturating_sub(1))
            .unwrap_or("")
            .to_string();
        if let Some(hex) = inner.strip_prefix("\\x") {
            let code = u32::from_str_radix(hex, 16)
                .with_context(|| format!("'\\x{hex}' is not a hexadecimal escape"))?;
            let c = char::from_u32(code)
                .with_context(|| format!("'\\x{hex}' is not a Unicode scalar value"))?;
            return Ok(c.to_string());
        }
        Ok(inner)
    } else if token.len() >= 2 && token.starts_with('\'') && token.ends_with('\'') {
        Ok(token[1..token.len() - 1].replace("''", "'"))
    } else {
        Ok(token)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn npy(descr: &str, shape: &str, body: &[u8]) -> Vec<u8> {
        let header = format!("{{'descr': '{descr}', 'fortran_order': False, 'shape': {shape}, }}");
        let mut out = b"\x93NUMPY\x01\x00".to_vec();
        out.extend_from_slice(&(header.len() as u16).to_le_bytes());
        out.extend_from_slice(header.as_bytes());
        out.extend_from_slice(body);
        out
    }

    #[test]
    fn npy_float32_matrix_and_scalar_shapes() {
        let body: Vec<u8> = [1.0f32, 2.0, 3.0, 4.0, 5.0, 6.0]
            .iter()
            .flat_map(|x| x.to_le_bytes())
            .collect();
        let a = parse_npy(&npy("<f4", "(2, 3)", &body)).unwrap();
        assert_eq!(a.shape, vec![2, 3]);
        assert_eq!(a.data, ArrayData::F32(vec![1.0, 2.0, 3.0, 4.0, 5.0, 6.0]));
        let v = parse_npy(&npy("<f4", "(3,)", &body[..12])).unwrap();
        assert_eq!(v.shape, vec![3]);
        let s = parse_npy(&npy("<f4", "()", &body[..4])).unwrap();
        assert_eq!(s.shape, Vec::<usize>::new());
    }

    #[test]
    fn npy_rejects_bad_input_without_panicking() {
        let cases: Vec<Vec<u8>> = vec![
            Vec::new(),
            b"\x93NUMPY".to_vec(),
            b"garbage garbage".to_vec(),
            npy("<f4", "(2, 3)", &[0; 8]), // truncated body
            npy(">f4", "(1,)", &[0; 4]),   // big-endian
            npy("<f4", "(2, x)", &[0; 8]), // bad shape
            npy("<f4", "(99999999999, 99999999999)", &[0; 8]), // overflowing
        ];
        for case in cases {
            assert!(parse_npy(&case).is_err(), "{case:?}");
        }
        let mut bad_len = npy("<f4", "(1,)", &[0; 4]);
        bad_len[8] = 0xff;
        bad_len[9] = 0xff;
        assert!(parse_npy(&bad_len).is_err());
    }

    #[test]
    fn vocab_lines_follow_the_python_converter() {
        let text = "\"</s>\": 0\n\"<unk>\": 1\n▁a: 2\n\"\\\"q\\\"\": 3\n'it''s': 4\n\"\\x1F\": 5\n\
                    yes:no: 6\n\"tab\\tx\": 7\n\n? weird key\n: 8\n";
        let vocab = load_vocab(text).unwrap();
        assert_eq!(
            vocab,
            vec![
                "</s>",
                "<unk>",
                "▁a",
                "\"q\"",
                "it's",
                "\u{1f}",
                "yes:no",
                "tabtx",
                "weird key"
            ]
        );
    }

    #[test]
    fn vocab_is_sorted_by_id_and_rejects_garbage() {
        assert_eq!(load_vocab("b: 1\na: 0\n").unwrap(), vec!["a", "b"]);
        assert!(load_vocab("no colon here\n").is_err());
        assert!(load_vocab("a: x\n").is_err());
        assert!(load_vocab("\"\\xZZ\": 1\n").is_err());
    }

    #[test]
    fn decoder_yml_block_and_flow_lists() {
        let block = "models:\n  - opus.npz\nvocabs:\n  - v.yml\n  - v.yml\nbeam-size: 6\n";
        let flow = "models: [opus.npz]\nvocabs: [\"v.yml\", 'v.yml']\n";
        for text in [block, flow] {
            let c = parse_decoder_yml(text).unwrap();
            assert_eq!(c.models, vec!["opus.npz"]);
            assert_eq!(c.vocabs, vec!["v.yml", "v.yml"]);
        }
        assert!(parse_decoder_yml("beam-size: 6\n").is_err());
    }

    #[test]
    fn flat_yaml_scalars() {
        let map = parse_flat_yaml(
            "type: transformer\ntransformer-preprocess: \"\"\ntransformer-postprocess: dan\n\
             transformer-guided-alignment-layer: last # comment\nempty:\nenc-depth: 6\n",
        );
        let get = |k: &str| map.get(k).and_then(|v| v.as_str()).unwrap().to_string();
        assert_eq!(get("type"), "transformer");
        assert_eq!(get("transformer-preprocess"), "");
        assert_eq!(get("transformer-guided-alignment-layer"), "last");
        assert_eq!(get("empty"), "");
        assert_eq!(get("enc-depth"), "6");
    }

    proptest::proptest! {
        #[test]
        fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(proptest::num::u8::ANY, 0..200)) {
            let _ = parse_npy(&bytes);
            let mut with_magic = b"\x93NUMPY\x01\x00".to_vec();
            with_magic.extend_from_slice(&bytes);
            let _ = parse_npy(&with_magic);
        }

        #[test]
        fn arbitrary_text_never_panics(text in "\\PC{0,120}") {
            let _ = load_vocab(&text);
            let _ = parse_flat_yaml(&text);
            let _ = parse_decoder_yml(&text);
        }
    }
}
