//! Preprocessing parity: the steps an OPUS-MT model's own `preprocess.sh` applies before
//! SentencePiece (punctuation normalization with `sed`, control-character removal with
//! `perl`, space squeezing), read from the script once at install time, stored in the model
//! directory as `preprocess.json`, and replayed in Rust on every input sentence.
//!
//! Steps the reader does not understand are recorded as skipped, never guessed at.
use std::path::Path;

use anyhow::{Context, Result};
use serde::{Deserialize, Serialize};

use crate::error::Error;

/// The file in a model directory that describes its preprocessing.
pub const FILE_NAME: &str = "preprocess.json";

/// One preprocessing step.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(tag = "op", rename_all = "snake_case")]
pub enum Step {
    /// a substitution (`sed 's/…/…/g'` or `perl -pe 's/…/…/'`) whose pattern is a sequence
    /// of repeated literal characters, optionally anchored at the start or end of the line
    Substitute {
        pattern: Pattern,
        replacement: String,
        /// replace every match (`g`), not only the first
        global: bool,
    },
    /// `perl -pe 's/\p{C}/ /g'` and kin: characters of the "Other" category (controls,
    /// format characters and, unless `controls_and_format_only`, private use) become a
    /// space, or one space per run when `runs` (Unicode's unassigned code points, also in
    /// \p{C}, are left alone)
    ControlToSpace {
        keep_newline: bool,
        #[serde(default)]
        controls_and_format_only: bool,
        #[serde(default)]
        runs: bool,
    },
    /// `perl -pe 's/[\x{200B}…]//g'`: delete these characters
    DeleteChars { chars: Vec<char> },
    /// something the script does that is not replayed (e.g. adding a language token)
    Skipped { command: String },
}

/// One element of a [`Pattern`]: `ch` repeated at least `min` times, and any number more
/// when `more` (`c` is 1 and false, `c*` is 0 and true, `c{2,}` is 2 and true).
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Atom {
    pub ch: char,
    pub min: usize,
    pub more: bool,
}

/// A regular expression limited to what OPUS-MT scripts use.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Pattern {
    /// anchored at the start of the line (`^`)
    pub start: bool,
    /// anchored at the end of the line (`$`)
    pub end: bool,
    pub atoms: Vec<Atom>,
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
    /// no `preprocess.json`, as for a model converted by hand. A `preprocess.json` that cannot
    /// be read or parsed is an [`Error::Model`] naming the file: translating without the
    /// model's preprocessing would quietly give worse translations.
    pub fn load(model_dir: &Path) -> Result<Preprocess> {
        let path = model_dir.join(FILE_NAME);
        let broken = |problem: String| {
            Error::Model(format!(
                "'{}': {problem}: delete it to translate without the model's preprocessing, or \
                 install the model again (`selaras model fetch` or `selaras model convert`)",
                path.display()
            ))
        };
        let text = match std::fs::read_to_string(&path) {
            Ok(text) => text,
            Err(err) if err.kind() == std::io::ErrorKind::NotFound => {
                return Ok(Preprocess::default())
            }
            Err(err) => return Err(broken(format!("cannot be read: {err}")).into()),
        };
        serde_json::from_str(&text)
            .map_err(|err| broken(format!("not valid preprocessing steps: {err}")).into())
    }

    /// Applies the steps to one sentence.
    pub fn apply(&self, text: &str) -> String {
        let mut out = text.to_string();
        for step in &self.steps {
            out = match step {
                Step::Substitute {
                    pattern,
                    replacement,
                    global,
                } => pattern.replace(&out, replacement, *global),
                Step::ControlToSpace {
                    keep_newline,
                    controls_and_format_only,
                    runs,
                } => {
                    let hit = |c: char| {
                        !(*keep_newline && c == '\n')
                            && if *controls_and_format_only {
                                c.is_control() || is_format(c)
                            } else {
                                is_other(c)
                            }
                    };
                    let mut result = String::with_capacity(out.len());
                    let mut in_run = false;
                    for c in out.chars() {
                        if hit(c) {
                            if !(*runs && in_run) {
                                result.push(' ');
                            }
                            in_run = true;
                        } else {
                            result.push(c);
                            in_run = false;
                        }
                    }
                    result
                }
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

/// The line before a `#` comment that starts a word, outside quotes.
fn strip_shell_comment(line: &str) -> &str {
    let bytes = line.as_bytes();
    let comment = super::unquoted_bytes(line)
        .find(|&(i, b)| b == b'#' && (i == 0 || bytes[i - 1].is_ascii_whitespace()));
    match comment {
        Some((i, _)) => &line[..i],
        None => line,
    }
}

/// Splits a command line at `|` outside quotes.
fn split_pipeline(line: &str) -> Vec<&str> {
    let mut parts = Vec::new();
    let mut start = 0;
    for (i, _) in super::unquoted_bytes(line).filter(|&(_, b)| b == b'|') {
        parts.push(&line[start..i]);
        start = i + 1;
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
        for command in split_statements(&script) {
            let step = parse_substitution(&command).and_then(|(pattern, replacement, flags)| {
                Some(Step::Substitute {
                    pattern: Pattern::parse(&pattern, Dialect::Sed)?,
                    replacement: unescape(&replacement, Dialect::Sed)?,
                    global: flags.contains('g'),
                })
            });
            steps.push(step.unwrap_or_else(|| Step::Skipped {
                command: format!("sed '{command}'"),
            }));
        }
    }
}

fn perl_steps(args: &[String], steps: &mut Vec<Step>) {
    let Some(pos) = args
        .iter()
        .position(|a| a.starts_with('-') && !a.starts_with("--") && a.contains('e'))
    else {
        return;
    };
    let Some(code) = args.get(pos + 1) else {
        return;
    };
    for statement in split_statements(code) {
        let step = parse_substitution(&statement).and_then(|(pattern, replacement, flags)| {
            let replacement = unescape(&replacement, Dialect::Perl)?;
            if let Some(step) = control_class(&pattern, &replacement) {
                return Some(step);
            }
            if replacement.is_empty() {
                if let Some(chars) = char_class(&pattern) {
                    return Some(Step::DeleteChars { chars });
                }
            }
            Some(Step::Substitute {
                pattern: Pattern::parse(&pattern, Dialect::Perl)?,
                replacement,
                global: flags.contains('g'),
            })
        });
        steps.push(step.unwrap_or_else(|| Step::Skipped {
            command: format!("perl '{statement}'"),
        }));
    }
}

/// Splits `s/a/b/g; s/;/,/g` into statements, keeping a `;` inside `s///` in its statement.
fn split_statements(code: &str) -> Vec<String> {
    let chars: Vec<char> = code.chars().collect();
    let mut statements = Vec::new();
    let mut i = 0;
    while i < chars.len() {
        while i < chars.len() && (chars[i].is_whitespace() || chars[i] == ';') {
            i += 1;
        }
        if i >= chars.len() {
            break;
        }
        let start = i;
        let is_subst = chars[i] == 's'
            && chars
                .get(i + 1)
                .is_some_and(|d| !d.is_alphanumeric() && !d.is_whitespace());
        if is_subst {
            let delim = chars[i + 1];
            let mut seen = 0;
            i += 2;
            while i < chars.len() && seen < 2 {
                if chars[i] == '\\' {
                    i += 2;
                    continue;
                }
                if chars[i] == delim {
                    seen += 1;
                }
                i += 1;
            }
        }
        while i < chars.len() && chars[i] != ';' {
            i += 1;
        }
        let statement: String = chars[start..i.min(chars.len())].iter().collect();
        statements.push(statement.trim().to_string());
    }
    statements
}

/// `s/PATTERN/REPLACEMENT/FLAGS` → the three parts, escapes kept (but `\/` → `/`).
fn parse_substitution(command: &str) -> Option<(String, String, String)> {
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
        } else if c == delim && parts.len() < 2 {
            parts.push(std::mem::take(&mut current));
        } else {
            current.push(c);
        }
    }
    parts.push(current);
    let flags = parts.pop()?;
    if parts.len() != 2 || !flags.chars().all(|f| f.is_ascii_alphabetic()) {
        return None;
    }
    // only flags that do not change what is matched
    if flags.chars().any(|f| !"g".contains(f)) {
        return None;
    }
    let replacement = parts.pop()?;
    let pattern = parts.pop()?;
    Some((pattern, replacement, flags))
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Dialect {
    Sed,
    Perl,
}

/// One escape after `\`: `\x{HEX}` (Perl), `\n`, `\t`, or a punctuation character itself.
fn escaped(chars: &mut std::iter::Peekable<std::str::Chars>, dialect: Dialect) -> Option<char> {
    let c = chars.next()?;
    match c {
        'n' => Some('\n'),
        't' => Some('\t'),
        'x' if dialect == Dialect::Perl && chars.peek() == Some(&'{') => {
            chars.next();
            let hex: String = chars.by_ref().take_while(|&d| d != '}').collect();
            char::from_u32(u32::from_str_radix(&hex, 16).ok()?)
        }
        c if c.is_alphanumeric() => None, // \d, \s, \1, \p…: not literal
        c => Some(c),
    }
}

/// A replacement text with escapes resolved; `None` if it refers to the match or to a
/// variable (`&`, `$1`, `\1`, `$2`), which is not a literal replacement.
fn unescape(s: &str, dialect: Dialect) -> Option<String> {
    let mut out = String::new();
    let mut chars = s.chars().peekable();
    while let Some(c) = chars.next() {
        match c {
            '\\' => out.push(escaped(&mut chars, dialect)?),
            '$' | '@' if dialect == Dialect::Perl => return None,
            '$' => return None, // a shell argument such as a language token
            '&' if dialect == Dialect::Sed => return None,
            c => out.push(c),
        }
    }
    Some(out)
}

/// `\p{C}`, `(?!\n)\p{C}`, `[\p{Cc}\p{Cf}]+(?<!\n)` and similar, replaced by a space.
fn control_class(pattern: &str, replacement: &str) -> Option<Step> {
    if replacement != " " {
        return None;
    }
    let mut p = pattern;
    let mut keep_newline = false;
    if let Some(rest) = p.strip_prefix("(?!\\n)") {
        keep_newline = true;
        p = rest;
    }
    if let Some(rest) = p.strip_suffix("(?<!\\n)") {
        keep_newline = true;
        p = rest;
    }
    let runs = p.ends_with('+');
    let p = p.strip_suffix('+').unwrap_or(p);
    let controls_and_format_only = match p {
        "\\p{C}" | "[\\p{C}]" | "\\p{Other}" => false,
        "[\\p{Cc}\\p{Cf}]" | "[\\p{Cf}\\p{Cc}]" => true,
        _ => return None,
    };
    Some(Step::ControlToSpace {
        keep_newline,
        controls_and_format_only,
        runs,
    })
}

/// `[\x{2060}\x{200B}\x{feff}]` → the characters.
fn char_class(pattern: &str) -> Option<Vec<char>> {
    let inner = pattern.strip_prefix('[')?.strip_suffix(']')?;
    let mut chars = Vec::new();
    let mut it = inner.chars().peekable();
    while let Some(c) = it.next() {
        match c {
            '\\' => chars.push(escaped(&mut it, Dialect::Perl)?),
            '-' | '^' | '[' | ']' => return None,
            c => chars.push(c),
        }
    }
    if chars.is_empty() {
        None
    } else {
        Some(chars)
    }
}

/// Unicode's format characters (Cf).
fn is_format(c: char) -> bool {
    matches!(c as u32,
        0x00AD | 0x0600..=0x0605 | 0x061C | 0x06DD | 0x070F | 0x0890..=0x0891 | 0x08E2
        | 0x180E | 0x200B..=0x200F | 0x202A..=0x202E | 0x2060..=0x2064 | 0x2066..=0x206F
        | 0xFEFF | 0xFFF9..=0xFFFB | 0x110BD | 0x110CD | 0x13430..=0x1343F
        | 0x1BCA0..=0x1BCA3 | 0x1D173..=0x1D17A | 0xE0001 | 0xE0020..=0xE007F)
}

/// Unicode's "Other" category \p{C} without unassigned code points: controls (Cc), format
/// characters (Cf) and private use (Co). Surrogates (Cs) cannot occur in a Rust string.
fn is_other(c: char) -> bool {
    c.is_control()
        || is_format(c)
        || matches!(c as u32, 0xE000..=0xF8FF | 0xF0000..=0xFFFFD | 0x100000..=0x10FFFD)
}

impl Pattern {
    /// Parses the literal subset: characters, escapes, `*` (and in Perl `+`, `{n}`, `{n,}`),
    /// `^` and `$`. Anything else (`.`, classes, groups, alternation) is `None`.
    fn parse(pattern: &str, dialect: Dialect) -> Option<Pattern> {
        let mut p = pattern;
        let start = p.starts_with('^');
        if start {
            p = &p[1..];
        }
        let end = p.ends_with('$') && !p.ends_with("\\$");
        if end {
            p = &p[..p.len() - 1];
        }
        let mut atoms: Vec<Atom> = Vec::new();
        let mut chars = p.chars().peekable();
        let repeat = |atoms: &mut Vec<Atom>, min: usize, more: bool| -> Option<()> {
            let last = atoms.last_mut()?;
            if last.min != 1 || last.more {
                return None; // a quantifier on a quantifier
            }
            last.min = min;
            last.more = more;
            Some(())
        };
        while let Some(c) = chars.next() {
            match (c, dialect) {
                ('\\', _) => atoms.push(Atom {
                    ch: escaped(&mut chars, dialect)?,
                    min: 1,
                    more: false,
                }),
                ('*', _) => repeat(&mut atoms, 0, true)?,
                ('+', Dialect::Perl) => repeat(&mut atoms, 1, true)?,
                ('{', Dialect::Perl) => {
                    let spec: String = chars.by_ref().take_while(|&d| d != '}').collect();
                    let (min, more) = match spec.split_once(',') {
                        Some((n, "")) => (n.trim().parse().ok()?, true),
                        Some(_) => return None,
                        None => (spec.trim().parse::<usize>().ok()?, false),
                    };
                    if !more {
                        // c{n}: n copies of c
                        let last = atoms.last()?.clone();
                        if last.min != 1 || last.more || min == 0 || min > 64 {
                            return None;
                        }
                        for _ in 1..min {
                            atoms.push(last.clone());
                        }
                    } else {
                        repeat(&mut atoms, min, true)?;
                    }
                }
                ('.' | '[' | ']' | '^' | '$', _) => return None,
                ('?' | '(' | ')' | '|' | '}', Dialect::Perl) => return None,
                (c, _) => atoms.push(Atom {
                    ch: c,
                    min: 1,
                    more: false,
                }),
            }
        }
        if atoms.is_empty() && !start && !end {
            return None;
        }
        // Real scripts repeat one or two characters (`  *`, `。 *`); more repetitions would
        // only make matching slow.
        if atoms.iter().filter(|a| a.more).count() > 2 {
            return None;
        }
        Some(Pattern { start, end, atoms })
    }

    /// Length in bytes of the longest match at the start of `s`, if any.
    fn match_at(&self, s: &str) -> Option<usize> {
        // Remember (offset, atom) pairs that failed, so that patterns like `a*a*a*b` stay
        // linear in the input instead of backtracking exponentially.
        let mut failed = std::collections::HashSet::new();
        self.match_from(s, 0, 0, &mut failed)
    }

    fn match_from(
        &self,
        s: &str,
        at: usize,
        atom: usize,
        failed: &mut std::collections::HashSet<(usize, usize)>,
    ) -> Option<usize> {
        let Some(a) = self.atoms.get(atom) else {
            return if self.end && at < s.len() {
                None
            } else {
                Some(at)
            };
        };
        if failed.contains(&(at, atom)) {
            return None;
        }
        let run = s[at..].chars().take_while(|&d| d == a.ch).count();
        if run >= a.min {
            let most = if a.more { run } else { a.min };
            // greedy, backing off one character at a time
            for k in (a.min..=most).rev() {
                let next = at + a.ch.len_utf8() * k;
                if let Some(end) = self.match_from(s, next, atom + 1, failed) {
                    return Some(end);
                }
            }
        }
        failed.insert((at, atom));
        None
    }

    /// Replaces the first match, or every match when `global`, scanning left to right.
    fn replace(&self, s: &str, replacement: &str, global: bool) -> String {
        let mut out = String::with_capacity(s.len());
        let mut i = 0;
        let mut replaced = false;
        loop {
            if (self.start && i > 0) || (replaced && !global) {
                out.push_str(&s[i..]);
                return out;
            }
            if let Some(n) = self.match_at(&s[i..]) {
                out.push_str(replacement);
                replaced = true;
                if n > 0 {
                    i += n;
                    if i >= s.len() {
                        return out;
                    }
                    continue;
                }
            }
            // no match here, or an empty one: copy one character and go on (sed's rule)
            match s[i..].chars().next() {
                Some(c) => {
                    out.push(c);
                    i += c.len_utf8();
                }
                None => return out,
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
                pattern: Pattern {
                    start: false,
                    end: false,
                    atoms: vec![Atom {
                        ch: '，',
                        min: 1,
                        more: false
                    }]
                },
                replacement: ",".into(),
                global: true,
            }
        );
        assert_eq!(
            p.steps[7],
            Step::ControlToSpace {
                keep_newline: true,
                controls_and_format_only: false,
                runs: false
            }
        );
        assert_eq!(
            p.steps[8],
            Step::DeleteChars {
                chars: vec!['\u{2060}', '\u{200B}', '\u{feff}']
            }
        );
        assert!(p.steps.iter().all(|s| !matches!(s, Step::Skipped { .. })));
    }

    /// Each `(input, expected)` case: `p` turns the input into the expected text.
    fn assert_applies(p: &Preprocess, cases: &[(&str, &str)]) {
        for (input, expected) in cases {
            assert_eq!(p.apply(input), *expected, "{input:?}");
        }
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
            // \p{C} runs first, so these become spaces before the deletion step sees them
            ("zero\u{200B}width\u{FEFF}", "zero width"),
            ("soft\u{00AD}hyphen", "soft hyphen"),
            ("Jumat (6/8).", "Jumat (6/8)."),
        ];
        assert_applies(&p, &cases);
    }

    /// The one-line Perl style of the fixture zips' preprocess.sh.
    const PERL_SCRIPT: &str = "#!/bin/sh\nif [ \"$#\" -lt 2 ]; then\n  exit 2\nfi\n\
perl -CS -pe 's/[\\p{Cc}\\p{Cf}]+(?<!\\n)/ /g; s/\\x{FF0C}/,/g; s/\\x{3002}/./g; \
s/\\x{FF1B}/;/g; s/\\x{FF1F}/?/g; s/ {2,}/ /g; s/^ //; s/ $//' |\n  spm_encode --model \"$2\"\n";

    #[test]
    fn reads_the_perl_style_script() {
        let p = Preprocess::from_script(PERL_SCRIPT);
        assert_eq!(p.steps.len(), 8, "{:#?}", p.steps);
        assert!(
            p.steps.iter().all(|s| !matches!(s, Step::Skipped { .. })),
            "{:#?}",
            p.steps
        );
        let cases = [
            ("a\u{1}\u{2}\u{200B}b", "a b"),
            ("satu，dua。tiga；empat？", "satu,dua.tiga;empat?"),
            ("  banyak    spasi  ", "banyak spasi"),
            (" x ", "x"),
            ("Jumat (6/8).", "Jumat (6/8)."),
        ];
        assert_applies(&p, &cases);
    }

    #[test]
    fn statements_keep_semicolons_inside_substitutions() {
        assert_eq!(
            split_statements("s/a/;/g; s/b/c/ ;x"),
            vec!["s/a/;/g", "s/b/c/", "x"]
        );
    }

    #[test]
    fn a_model_without_preprocess_json_is_left_alone() {
        let dir = tempfile::tempdir().unwrap();
        let p = Preprocess::load(dir.path()).unwrap();
        assert!(p.steps.is_empty());
        assert_eq!(p.apply(" “Kutipan”  \t"), " “Kutipan”  \t");
    }

    #[test]
    fn a_corrupt_preprocess_json_is_a_model_error_naming_the_file() {
        // (what preprocess.json holds, what the message says about it)
        let cases: &[(&[u8], &str)] = &[
            (b"not json", "not valid preprocessing steps"),
            (
                b"{\"source\": \"preprocess.sh\", \"steps\": [{\"op\": \"x\"}]}",
                "not valid",
            ),
            (b"", "not valid"),
            (b"\xff\xfe", "cannot be read"),
        ];
        for (content, problem) in cases {
            let dir = tempfile::tempdir().unwrap();
            std::fs::write(dir.path().join(FILE_NAME), content).unwrap();
            let err = Preprocess::load(dir.path()).unwrap_err();
            let text = err.to_string();
            assert!(text.contains(FILE_NAME) && text.contains(problem), "{text}");
            let code = err.downcast_ref::<Error>().map(Error::exit_code);
            assert_eq!(code, Some(crate::error::EXIT_MODEL), "{text}");
        }
    }

    #[test]
    fn store_and_load_round_trip() {
        let zip = tempfile::tempdir().unwrap();
        let model = tempfile::tempdir().unwrap();
        std::fs::write(zip.path().join("preprocess.sh"), SCRIPT).unwrap();
        let stored = store(zip.path(), model.path()).unwrap();
        assert_eq!(Preprocess::load(model.path()).unwrap(), stored);
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

    proptest::proptest! {
        #[test]
        fn any_script_and_any_input_never_panic(script in "\\PC{0,200}", input in "\\PC{0,60}") {
            let p = Preprocess::from_script(&script);
            let _ = p.apply(&input);
        }

        #[test]
        fn the_opus_mt_steps_never_panic_and_are_idempotent(input in "\\PC{0,80}") {
            let p = Preprocess::from_script(SCRIPT);
            let once = p.apply(&input);
            proptest::prop_assert_eq!(p.apply(&once), once);
        }
    }

    proptest::proptest! {
        #[test]
        fn odd_substitutions_never_panic(
            sed in "[s/\\\\.*^$ {},a-c0-9+?()\\[\\]g;]{0,24}",
            perl in "[s/\\\\.*^$ {},a-c0-9+?()\\[\\]xpCg;]{0,24}",
            input in "[a-c ^$*.]{0,40}",
        ) {
            let script = format!("sed -e '{sed}' | perl -CS -pe '{perl}'\n");
            let p = Preprocess::from_script(&script);
            let _ = p.apply(&input);
        }
    }

    #[test]
    fn patterns_stay_cheap_on_long_runs() {
        assert!(Pattern::parse("a*a*a*b", Dialect::Sed).is_none());
        let p = Pattern::parse("a*a*b", Dialect::Sed).unwrap();
        let input = "a".repeat(400);
        assert_eq!(p.replace(&input, "x", true), input);
        assert_eq!(p.replace("aaab", "x", true), "x");
        let squeeze = Pattern::parse("  *", Dialect::Sed).unwrap();
        let spaces = format!("a{}b", " ".repeat(5000));
        assert_eq!(squeeze.replace(&spaces, " ", true), "a b");
    }
}
