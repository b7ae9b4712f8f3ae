//! Small text helpers shared by every part that reports on or shows user text.

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
    fn one_line_flattens_and_cuts() {
        assert_eq!(one_line("  قال\n\tالوزير  ", None), "قال الوزير");
        assert_eq!(one_line("abcdef", Some(3)), "abc…");
        assert_eq!(one_line("abc", Some(3)), "abc");
    }
}
