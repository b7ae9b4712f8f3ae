//! Small text helpers shared by every part that reports on or shows user text.

use std::borrow::Cow;

use crate::layout::control_symbol;

/// `s` safe to print on a terminal: every character that must never reach one (C0 controls,
/// DEL, C1 controls, the line and paragraph separators) replaced by the visible symbol the reader
/// draws for it (␛ ␇ ␡ ↵ …), except the characters in `keep` (such as `'\n'` and `'\t'` for
/// multi-line output). Text from a file or the command line goes through this before any output
/// meant for people: an escape sequence in an article, a note or a file name is shown, never
/// obeyed.
pub fn visible<'a>(s: &'a str, keep: &[char]) -> Cow<'a, str> {
    let unsafe_char = |c: char| (control_symbol(c).is_some() || c == '\t') && !keep.contains(&c);
    if !s.chars().any(unsafe_char) {
        return Cow::Borrowed(s);
    }
    s.chars()
        .map(|c| match control_symbol(c) {
            _ if keep.contains(&c) => c,
            Some(sym) => sym,
            None if c == '\t' => '\u{2409}',
            None => c,
        })
        .collect::<String>()
        .into()
}

/// 1-based line of byte offset `at` in `source` (for `file:line:` messages).
pub fn line_of(source: &str, at: usize) -> usize {
    let at = at.min(source.len());
    source.as_bytes()[..at]
        .iter()
        .filter(|&&b| b == b'\n')
        .count()
        + 1
}

/// `s` on one line: runs of whitespace (line breaks, tabs) become one space, ends trimmed, and
/// with `max` it is cut to that many characters with an ellipsis.
pub fn one_line(s: &str, max: Option<usize>) -> String {
    let mut out = String::new();
    for (i, word) in s.split_whitespace().enumerate() {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(word);
    }
    match max {
        Some(max) if out.chars().count() > max => {
            let mut cut: String = out.chars().take(max).collect();
            cut.push('…');
            cut
        }
        _ => out,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_count_from_one() {
        assert_eq!(line_of("a\nb\nc", 0), 1);
        assert_eq!(line_of("a\nb\nc", 2), 2);
        assert_eq!(line_of("a\nb\nc", 99), 3);
    }

    #[test]
    fn visible_shows_controls_and_keeps_what_is_asked() {
        assert_eq!(visible("قال\u{1b}[2J", &[]), "قال␛[2J");
        assert_eq!(
            visible("a\u{1b}]52;c;aGk=\u{7}\u{9b}b\u{7f}", &[]),
            "a␛]52;c;aGk=␇\u{FFFD}b␡"
        );
        assert_eq!(visible("a\tb\nc\r", &[]), "a␉b␊c␍");
        assert_eq!(visible("a\tb\nc\r", &['\n', '\t']), "a\tb\nc␍");
        assert!(matches!(visible("plain سلام", &[]), Cow::Borrowed(_)));
    }

    #[test]
    fn one_line_flattens_and_cuts() {
        assert_eq!(one_line("  قال\n\tالوزير  ", None), "قال الوزير");
        assert_eq!(one_line("abcdef", Some(3)), "abc…");
        assert_eq!(one_line("abc", Some(3)), "abc");
    }
}
