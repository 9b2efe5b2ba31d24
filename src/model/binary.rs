//! Reads the header of a CTranslate2 `model.bin`: the names and shapes of its variables,
//! skipping their data, so selaras knows a model's limits before it decodes.
//!
//! The bytes are untrusted: every length is checked against the file, and a file this reader
//! does not understand gives `None` for what it asked, never a panic (CTranslate2 itself then
//! says what is wrong when it loads the model).
use std::collections::HashMap;
use std::io::{Read, Seek, SeekFrom};
use std::path::Path;

/// How many positions a model's encoder and decoder have position encodings for, when
/// `model.bin` stores the table (learned or precomputed sinusoidal positions).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Positions {
    pub encoder: Option<usize>,
    pub decoder: Option<usize>,
}

const ENCODER_POSITIONS: &str = "encoder/position_encodings/encodings";
const DECODER_POSITIONS: &str = "decoder/position_encodings/encodings";

/// The position tables of the model in `dir`; `Positions::default()` when the file cannot be
/// read as a version 5 or 6 `model.bin`.
pub fn positions(dir: &Path) -> Positions {
    let rows = std::fs::File::open(dir.join("model.bin"))
        .ok()
        .and_then(|file| first_rows(std::io::BufReader::new(file)));
    let Some(rows) = rows else {
        return Positions::default();
    };
    Positions {
        encoder: rows.get(ENCODER_POSITIONS).copied(),
        decoder: rows.get(DECODER_POSITIONS).copied(),
    }
}

/// The first dimension of every variable, aliases resolved.
fn first_rows(mut r: impl Read + Seek) -> Option<HashMap<String, usize>> {
    let version = read_u32(&mut r)?;
    if !(5..=6).contains(&version) {
        return None;
    }
    let _spec = read_string(&mut r)?;
    let _revision = read_u32(&mut r)?;
    let count = read_u32(&mut r)?;
    let mut rows = HashMap::new();
    for _ in 0..count {
        let name = read_string(&mut r)?;
        let rank = read_u8(&mut r)?;
        let mut first = None;
        for k in 0..rank {
            let dim = read_u32(&mut r)? as usize;
            if k == 0 {
                first = Some(dim);
            }
        }
        let _type = read_u8(&mut r)?;
        let bytes = read_u32(&mut r)?;
        r.seek(SeekFrom::Current(i64::from(bytes))).ok()?;
        if let Some(first) = first {
            rows.insert(name, first);
        }
    }
    // Aliases: a variable equal to another is stored once, under the other's name.
    if let Some(aliases) = read_u32(&mut r) {
        for _ in 0..aliases {
            let (Some(name), Some(target)) = (read_string(&mut r), read_string(&mut r)) else {
                break;
            };
            if let Some(&first) = rows.get(&target) {
                rows.insert(name, first);
            }
        }
    }
    Some(rows)
}

fn read_u8(r: &mut impl Read) -> Option<u8> {
    let mut b = [0u8; 1];
    r.read_exact(&mut b).ok()?;
    Some(b[0])
}

fn read_u32(r: &mut impl Read) -> Option<u32> {
    let mut b = [0u8; 4];
    r.read_exact(&mut b).ok()?;
    Some(u32::from_le_bytes(b))
}

/// A string as `model.bin` stores it: a u16 length that counts a closing NUL.
fn read_string(r: &mut impl Read) -> Option<String> {
    let mut len = [0u8; 2];
    r.read_exact(&mut len).ok()?;
    let len = usize::from(u16::from_le_bytes(len));
    let mut bytes = vec![0u8; len];
    r.read_exact(&mut bytes).ok()?;
    if bytes.pop() != Some(0) {
        return None;
    }
    String::from_utf8(bytes).ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_demonstration_models_have_1024_learned_positions() {
        let root = Path::new(env!("CARGO_MANIFEST_DIR"));
        for name in ["echo", "shout"] {
            let dir = root.join("models").join(name);
            assert_eq!(
                positions(&dir),
                Positions {
                    encoder: Some(1024),
                    decoder: Some(1024)
                },
                "{name}"
            );
        }
    }

    #[test]
    fn a_file_that_is_not_a_model_gives_no_limits() {
        let dir = tempfile::tempdir().unwrap();
        assert_eq!(positions(dir.path()), Positions::default());
        for bytes in [
            &b""[..],
            b"\x06\0\0\0\xff\xff",
            b"\x06\0\0\0\x05\0abcd\0\x07\0\0\0\x09\0\0\0",
        ] {
            std::fs::write(dir.path().join("model.bin"), bytes).unwrap();
            assert_eq!(positions(dir.path()), Positions::default(), "{bytes:?}");
        }
    }
}
