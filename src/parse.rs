//! Small parsers shared by modules that read text formats: bead lines (`[0, 1]:[2]`) and
//! numpy shapes (`(512, 32000)`).

/// The whole numbers of a list between `open` and `close`, separated by commas (blanks around
/// them allowed, an empty list too): `"[0, 1]"` → `[0, 1]`. `item` cleans each number's text
/// first (numpy writes `512L` in old files). `Err(None)` means the delimiters are missing,
/// `Err(Some(item))` names the item that is not a whole number.
pub(crate) fn delimited_numbers<'t>(
    text: &'t str,
    open: char,
    close: char,
    item: impl Fn(&'t str) -> &'t str,
) -> Result<Vec<usize>, Option<&'t str>> {
    let inner = text
        .trim()
        .strip_prefix(open)
        .and_then(|t| t.strip_suffix(close))
        .ok_or(None)?;
    inner
        .split(',')
        .map(str::trim)
        .filter(|t| !t.is_empty())
        .map(|t| item(t).parse::<usize>().map_err(|_| Some(t)))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn delimited_numbers_table() {
        let same = |t| t;
        assert_eq!(delimited_numbers("[0, 1]", '[', ']', same), Ok(vec![0, 1]));
        assert_eq!(delimited_numbers(" [] ", '[', ']', same), Ok(vec![]));
        assert_eq!(delimited_numbers("(3,)", '(', ')', same), Ok(vec![3]));
        assert_eq!(delimited_numbers("[1, x]", '[', ']', same), Err(Some("x")));
        assert_eq!(delimited_numbers("1, 2", '[', ']', same), Err(None));
        let long = |t: &'static str| t.trim_end_matches('L');
        assert_eq!(
            delimited_numbers("(512L, 8L)", '(', ')', long),
            Ok(vec![512, 8])
        );
    }
}
