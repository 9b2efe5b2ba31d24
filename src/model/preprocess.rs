//! Preprocessing parity: the steps an OPUS-MT model's own `preprocess.sh` applies before
//! SentencePiece (punctuation normalization with `sed`, control-character removal with
//! `perl`, space squeezing), read from the script once at install time, stored in the model
//! directory as `preprocess.json`, and replayed in Rust on every input sentence.
//!
//! Steps the reader does not understand are recorded as skipped, never guessed at.
use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

/// The file in a model directory that describes its preprocessing.
pub const FILE_NAME: &str = "preprocess.json";

/// One preprocessing step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Step {
    /// a `sed` substitution `s/PATTERN/REPLACEMENT/g` with a literal pattern in which `c*`
    /// means any number of `c`, and `^`/`$` anchor at the ends
    Substitute {
        pattern: String,
        replacement: String,
    },
    /// `perl -pe 's/\p{C}/ /g'`: every control, format or private-use character becomes a
    /// space (Unicode's unassigned code points, also in \p{C}, are left alone)
    ControlToSpace { keep_newline: bool },
    /// `perl -pe 's/[\x{200B}…]//g'`: delete these characters
    DeleteChars { chars: Vec<char> },
    /// something the script does that is not replayed (e.g. adding a language token)
    Skipped { command: String },
}

/// The steps, in order, with where they came from.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct Preprocess {
    /// `preprocess.sh`, or why there are no steps
    pub source: String,
    pub steps: Vec<Step>,
}

impl Preprocess {
    /// The preprocessing stored in `model_dir`; none (the identity) when the directory has
    /// no readable `preprocess.json`, as for a model converted by hand.
    pub fn load(model_dir: &Path) -> Preprocess {
        std::fs::read_to_string(model_dir.join(FILE_NAME))
            .ok()
            .and_then(|text| serde_json::from_str(&text).ok())
            .unwrap_or_default()
    }

    /// Applies the steps to one sentence.
    pub fn apply(&self, text: &str) -> String {
        let mut out = text.to_string();
        for step in &self.steps {
            out = match step {
                Step::Substitute {
                    pattern,
                    replacement,
                } => match Pattern::parse(pattern) {
                    Some(p) => p.replace_all(&out, replacement),
                    None => out,
                },
                Step::ControlToSpace { keep_newline } => out
                    .chars()
                    .map(|c| {
                        if is_other(c) && !(*keep_newline && c == '\n') {
                            ' '
                        } else {
                            c
                        }
                    })
                    .collect(),
                Step::DeleteChars { chars } => out.chars().filter(|c| !chars.contains(c)).collect(),
                Step::Skipped { .. } => out,
            };
        }
        out
    }

    /// Reads the steps from the text of a `preprocess.sh`.
    pub fn from_script(script: &str) -> Preprocess {
        let joined = script.replace("\\\n", " ");
        let mut steps = Vec::new();
        let mut seen_pipeline = false;
        for line in joined.lines() {
            let code = strip_shell_comment(line);
            let trimmed = code.trim();
            // Only the first branch of an `if [ "$4" == "noflags" ]; … else … fi` is read:
            // the steps are the same, the else branch adds a language token.
            if seen_pipeline && (trimmed.starts_with("else") || trimmed.starts_with("elif")) {
                break;
            }
            for segment in split_pipeline(code) {
                let words = shell_words(segment.trim());
                let Some(cmd) = words.first() else { continue };
                let before = steps.len();
                match cmd.as_str() {
                    "sed" => sed_steps(&words[1..], &mut steps),
                    "perl" => perl_steps(&words[1..], &mut steps),
                    _ => {}
                }
                if steps.len() > before {
                    seen_pipeline = true;
                }
            }
        }
        Preprocess {
            source: "preprocess.sh".into(),
            steps,
        }
    }
}

/// Reads `preprocess.sh` from the unpacked zip (if any) and writes `preprocess.json` and a
/// copy of the script into the model directory.
pub fn store(opus_dir: &Path, model_dir: &Path) -> Result<Preprocess> {
    let script_path = opus_dir.join("preprocess.sh");
    let preprocess = match std::fs::read(&script_path) {
        Ok(bytes) => {
            let script = String::from_utf8_lossy(&bytes);
            std::fs::write(model_dir.join("preprocess.sh"), script.as_bytes())
                .with_context(|| format!("writing '{}'", model_dir.display()))?;
            Preprocess::from_script(&script)
        }
        Err(_) => Preprocess {
            source: "the model zip has no preprocess.sh".into(),
            steps: Vec::new(),
        },
    };
    let json = serde_json::to_string_pretty(&preprocess)?;
    let path = model_dir.join(FILE_NAME);
    std::fs::write(&path, json + "\n").with_context(|| format!("writing '{}'", path.display()))?;
    Ok(preprocess)
}

fn strip_shell_comment(line: &str) -> &str {
    let mut quote = None;
    let bytes = line.as_bytes();
    for (i, &b) in bytes.iter().enumerate() {
        match (quote, b) {
            (None, b'\'') | (None, b'"') => quote = Some(b),
            (Some(q), c) if c == q => quote = None,
            (None, b'#') if i == 0 || bytes[i - 1].is_ascii_whitespace() => return &line[..i],
            _ => {}
        }
    }
    line
}

/// Splits a command line at `|` outside quotes.
fn split_pipeline(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut quote = None;
    let mut start = 0;
    for (i, c) in line.char_indices() {
        match (quote, c) {
            (None, '\'') | (None, '"') => quote = Some(c),
            (Some(q), c) if c == q => quote = None,
            (None, '|') => {
                parts.push(&line[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&line[start..]);
    parts
}

/// Shell words with quotes removed: `'…'` literally, `"…"` with `\"`, `\\`, `\$` and
/// `` \` `` unescaped, and adjacent pieces joined (`'s/’/\'"'"'/g'`).
fn shell_words(s: &str) -> Vec<String> {
    let mut words = Vec::new();
    let mut word = String::new();
    let mut in_word = false;
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\'' => {
                in_word = true;
                for d in chars.by_ref() {
                    if d == '\'' {
                        break;
                    }
                    word.push(d);
                }
            }
            '"' => {
                in_word = true;
                while let Some(d) = chars.next() {
                    match d {
                        '"' => break,
                        '\\' => match chars.peek() {
                            Some(&e) if "\"\\$`".contains(e) => {
                                word.push(e);
                                chars.next();
                            }
                            _ => word.push('\\'),
                        },
                        d => word.push(d),
                    }
                }
            }
            '\\' => {
                in_word = true;
                if let Some(d) = chars.next() {
                    word.push(d);
                }
            }
            c if c.is_whitespace() => {
                if in_word {
                    words.push(std::mem::take(&mut word));
                    in_word = false;
                }
            }
            c => {
                in_word = true;
                word.push(c);
            }
        }
    }
    if in_word {
        words.push(word);
    }
    words
}

fn sed_steps(args: &[String], steps: &mut Vec<Step>) {
    let mut scripts = Vec::new();
    let mut i = 0;
    while i < args.len() {
        match args[i].as_str() {
            "-e" => {
                if let Some(s) = args.get(i + 1) {
                    scripts.push(s.clone());
                }
                i += 2;
            }
            a if a.starts_with('-') => i += 1,
            a => {
                if scripts.is_empty() {
                    scripts.push(a.to_string());
                }
                i += 1;
            }
        }
    }
    for script in scripts {
        for command in script.split(';').map(str::trim).filter(|c| !c.is_empty()) {
            match parse_substitution(command) {
                Some((pattern, replacement)) if Pattern::parse(&pattern).is_some() => {
                    steps.push(Step::Substitute {
                        pattern,
                        replacement,
                    })
                }
                _ => steps.push(Step::Skipped {
                    command: format!("sed '{command}'"),
                }),
            }
        }
    }
}

/// `s/PATTERN/REPLACEMENT/g` → (PATTERN, REPLACEMENT with `\X` unescaped).
fn parse_substitution(command: &str) -> Option<(String, String)> {
    let rest = command.strip_prefix('s')?;
    let delim = rest.chars().next()?;
    let mut parts = Vec::new();
    let mut current = String::new();
    let mut chars = rest[delim.len_utf8()..].chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(d) = chars.next() {
                if d != delim {
                    current.push('\\');
                }
                current.push(d);
            }
        } else if c == delim {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    if parts.len() != 3 || !parts[2].chars().all(|f| f == 'g') {
        return None;
    }
    let replacement = unescape(&parts[1]);
    // `&` (the match) and `$2` (a shell argument, e.g. a language token) are not literal
    if replacement.contains('&') || replacement.contains('$') {
        return None;
    }
    Some((parts[0].clone(), replacement))
}

fn unescape(s: &str) -> String {
    let mut out = String::new();
    let mut chars = s.chars();
    while let Some(c) = chars.next() {
        if c == '\\' {
            if let Some(d) = chars.next() {
                out.push(d);
            }
        } else {
            out.push(c);
        }
    }
    out
}

fn perl_steps(args: &[String], steps: &mut Vec<Step>) {
    let Some(pos) = args
        .iter()
        .position(|a| a.starts_with('-') && a.contains('e'))
    else {
        return;
    };
    let Some(code) = args.get(pos + 1) else {
        return;
    };
    for statement in code.split(';').map(str::trim).filter(|s| !s.is_empty()) {
        let step = match parse_substitution(statement) {
            Some((pattern, replacement)) if pattern.ends_with("\\p{C}") && replacement == " " => {
                Some(Step::ControlToSpace {
                    keep_newline: pattern.contains("(?!\\n)"),
                })
            }
            Some((pattern, replacement)) if replacement.is_empty() => {
                char_class(&pattern).map(|chars| Step::DeleteChars { chars })
            }
            _ => None,
        };
        steps.push(step.unwrap_or_else(|| Step::Skipped {
            command: format!("perl '{statement}'"),
        }));
    }
}

/// `[\x{2060}\x{200B}\x{feff}]` → the characters.
fn char_class(pattern: &str) -> Option<Vec<char>> {
    let inner = pattern.strip_prefix('[')?.strip_suffix(']')?;
    let mut chars = Vec::new();
    let mut rest = inner;
    while !rest.is_empty() {
        if let Some(r) = rest.strip_prefix("\\x{") {
            let end = r.find('}')?;
            chars.push(char::from_u32(u32::from_str_radix(&r[..end], 16).ok()?)?);
            rest = &r[end + 1..];
        } else {
            let c = rest.chars().next()?;
            if c == '\\' || c == '-' || c == '^' {
                return None;
            }
            chars.push(c);
            rest = &rest[c.len_utf8()..];
        }
    }
    Some(chars)
}

/// Unicode's "Other" category \p{C} without unassigned code points: controls (Cc), format
/// characters (Cf) and private use (Co). Surrogates (Cs) cannot occur in a Rust string.
fn is_other(c: char) -> bool {
    let u = c as u32;
    c.is_control()
        || matches!(u,
            0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2
            | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
            | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F
            | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F
            | 0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD)
}

/// A `sed` basic regular expression limited to what OPUS-MT scripts use: literal
/// characters (with `\` escapes), `c*` after a character, `^` and `$` anchors.
#[derive(Debug)]
struct Pattern {
    start: bool,
    end: bool,
    atoms: Vec<(char, bool)>,
}

impl Pattern {
    fn parse(pattern: &str) -> Option<Pattern> {
        let mut p = pattern;
        let start = p.starts_with('^');
        if start {
            p = &p[1..];
        }
        let end = p.ends_with('$') && !p.ends_with("\\$");
        if end {
            p = &p[..p.len() - 1];
        }
        let mut atoms: Vec<(char, bool)> = Vec::new();
        let mut chars = p.chars();
        while let Some(c) = chars.next() {
            match c {
                '\\' => atoms.push((chars.next()?, false)),
                '*' => {
                    let last = atoms.last_mut()?;
                    last.1 = true;
                }
                // any other regex syntax is beyond this matcher
                '.' | '[' | ']' | '^' | '$' => return None,
                c => atoms.push((c, false)),
            }
        }
        if atoms.is_empty() && !start && !end {
            return None;
        }
        Some(Pattern { start, end, atoms })
    }

    /// Length in bytes of the longest match at the start of `s`, if any.
    fn match_at(&self, s: &str, atom: usize) -> Option<usize> {
        let Some(&(c, star)) = self.atoms.get(atom) else {
            return if self.end && !s.is_empty() {
                None
            } else {
                Some(0)
            };
        };
        if star {
            let run = s.chars().take_while(|&d| d == c).count();
            // greedy, backing off one character at a time
            for k in (0..=run).rev() {
                let used = c.len_utf8() * k;
                if let Some(n) = self.match_at(&s[used..], atom + 1) {
                    return Some(used + n);
                }
            }
            None
        } else if s.starts_with(c) {
            self.match_at(&s[c.len_utf8()..], atom + 1)
                .map(|n| n + c.len_utf8())
        } else {
            None
        }
    }

    fn replace_all(&self, s: &str, replacement: &str) -> String {
        let mut out = String::with_capacity(s.len());
        let mut i = 0;
        loop {
            if self.start && i > 0 {
                out.push_str(&s[i..]);
                return out;
            }
            match self.match_at(&s[i..], 0) {
                Some(n) => {
                    out.push_str(replacement);
                    if n == 0 {
                        // an empty match: copy one character and go on (sed's rule)
                        match s[i..].chars().next() {
                            Some(c) => {
                                out.push(c);
                                i += c.len_utf8();
                            }
                            None => return out,
                        }
                    } else {
                        i += n;
                        if i >= s.len() {
                            return out;
                        }
                    }
                }
                None => match s[i..].chars().next() {
                    Some(c) => {
                        out.push(c);
                        i += c.len_utf8();
                    }
                    None => return out,
                },
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const SCRIPT: &str = r#"#!/bin/bash
# USAGE preprocess.sh langid spmodel < input > output
if [ `hostname -d` == "bullx" ]; then
  SPMENCODE=/x/spm_encode
else
  SPMENCODE=`which spm_encode || echo "${PWD}/tools/spm_encode"`
fi

## simple pre-processing steps adapted from Moses tools

sed -e 's/，/,/g' \
    -e 's/。 */. /g' \
    -e 's/”/"/g' \
    -e 's/？/\?/g' \
    -e "s/’/\'/g" \
    -e 's/…/\.\.\./g' \
    -e 's/％/\%/g' |
perl -C -pe  's/(?!\n)\p{C}/ /g;' |
perl -CIOE -pe 's/[\x{2060}\x{200B}\x{feff}]//g' |\
sed 's/  */ /g;s/^ *//g;s/ *$//g' |
${SPMENCODE} --model $2
"#;

    #[test]
    fn reads_the_opus_mt_script() {
        let p = Preprocess::from_script(SCRIPT);
        assert_eq!(p.steps.len(), 12, "{:#?}", p.steps);
        assert_eq!(
            p.steps[0],
            Step::Substitute {
                pattern: "，".into(),
                replacement: ",".into()
            }
        );
        assert_eq!(p.steps[7], Step::ControlToSpace { keep_newline: true });
        assert_eq!(
            p.steps[8],
            Step::DeleteChars {
                chars: vec!['\u{2060}', '\u{200B}', '\u{feff}']
            }
        );
        assert!(p.steps.iter().all(|s| !matches!(s, Step::Skipped { .. })));
    }

    #[test]
    fn applies_the_steps_like_the_script() {
        let p = Preprocess::from_script(SCRIPT);
        let cases = [
            ("Dia berkata，”ya”", "Dia berkata,\"ya\""),
            ("Selesai。  Lalu", "Selesai. Lalu"),
            ("Apa？ 50％", "Apa? 50%"),
            ("Jakarta’s…", "Jakarta's..."),
            ("  dua   spasi\tdan tab  ", "dua spasi dan tab"),
            ("zero\u{200B}width\u{FEFF}", "zerowidth"),
            ("soft\u{00AD}hyphen", "soft hyphen"),
            ("Jumat (6/8).", "Jumat (6/8)."),
        ];
        for (input, expected) in cases {
            assert_eq!(p.apply(input), expected, "{input:?}");
        }
    }

    #[test]
    fn a_model_without_preprocess_json_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let p = Preprocess::load(dir.path());
        assert!(p.steps.is_empty());
        assert_eq!(p.apply(" “Kutipan”  \t"), " “Kutipan”  \t");
        std::fs::write(dir.path().join(FILE_NAME), "not json").unwrap();
        assert!(Preprocess::load(dir.path()).steps.is_empty());
    }

    #[test]
    fn store_and_load_round_trip() {
        let zip = tempfile::tempdir().unwrap();
        let model = tempfile::tempdir().unwrap();
        std::fs::write(zip.path().join("preprocess.sh"), SCRIPT).unwrap();
        let stored = store(zip.path(), model.path()).unwrap();
        assert_eq!(Preprocess::load(model.path()), stored);
        assert!(model.path().join("preprocess.sh").is_file());
    }

    #[test]
    fn unknown_commands_are_recorded_as_skipped() {
        let p = Preprocess::from_script("sed 's/^/>>'$2'<< /' | sed -e 's/a.b/c/g' | cat\n");
        assert!(
            p.steps.iter().all(|s| matches!(s, Step::Skipped { .. })),
            "{:?}",
            p.steps
        );
        assert_eq!(p.apply("a.b"), "a.b");
    }
}
