//! The articles of a file that holds many (a news dump, a Wikipedia extract).
//!
//! The document pass ("a confident name is found at its other mentions") and the implicit speaker
//! of a quotation (`وأضاف …`) must not reach from one article into the next: one mis-tag would
//! otherwise spread over every article of the file. So a text is cut into articles first.
//!
//! The rule: an article starts at the first line of the text, and at every TITLE LINE that follows
//! a blank line. A title line is short (at most [`TITLE_WORDS`] words and [`TITLE_CHARS`]
//! characters) and does not end like a sentence of running text (`.` `،` `,` `;` `؛`). This is
//! the shape of the usual dumps (`title`, then paragraphs, a blank line between articles; or a blank
//! line after every paragraph as well), and of a Wikipedia extract. A subheading inside an article
//! that has blank lines around it also starts a new "article": that only narrows the document pass,
//! it never joins two articles.
//!
//! The rule looks at one line and the line before it, so it finds the same boundaries in an
//! article alone and in a file of many, and in a big file read in chunks ([`super::chunks`] cuts
//! chunks at article starts when it can).

use std::ops::Range;

/// Most words of a title line.
pub const TITLE_WORDS: usize = 15;
/// Most characters of a title line.
pub const TITLE_CHARS: usize = 150;

/// Whether a line (without its line break) reads as a title: not blank, short, not ending like a
/// sentence of running text.
pub fn is_title_line(line: &str) -> bool {
    let t = line.trim();
    if t.is_empty() || t.len() > 4 * TITLE_CHARS {
        return false;
    }
    let ends_running = t.ends_with(['.', '،', ',', ';', '؛']) && !t.ends_with("...");
    !ends_running
        && t.split_whitespace().nth(TITLE_WORDS).is_none()
        && t.chars().nth(TITLE_CHARS).is_none()
}

/// Whether a line (without its line break) is blank.
pub fn is_blank(line: &str) -> bool {
    line.trim().is_empty()
}

/// Byte offsets in `text` where an article starts, after the first one (which starts at 0): the
/// start of each title line that follows a blank line. `after_blank` tells whether the text comes
/// right after a blank line (when it is the continuation of a bigger text); then its first line may
/// start an article too, and is reported when it does.
pub fn article_starts(text: &str, after_blank: bool) -> Vec<usize> {
    let mut out = Vec::new();
    let mut blank_before = after_blank;
    let mut at = 0;
    for line in text.split_inclusive('\n') {
        let body = line.trim_end_matches(['\n', '\r']);
        if is_blank(body) {
            blank_before = true;
        } else {
            if blank_before && is_title_line(body) && (at > 0 || after_blank) {
                out.push(at);
            }
            blank_before = false;
        }
        at += line.len();
    }
    out
}

/// The articles of `text` as byte ranges covering it in order (see the module documentation).
pub fn articles(text: &str) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    let mut start = 0;
    for s in article_starts(text, false) {
        out.push(start..s);
        start = s;
    }
    if start < text.len() || out.is_empty() {
        out.push(start..text.len());
    }
    out
}

/// Whether `text` ends with a blank line (so that what follows it may start an article).
pub fn ends_with_blank_line(text: &str) -> bool {
    let Some(body) = text.strip_suffix('\n') else {
        return false;
    };
    is_blank(body.rsplit_once('\n').map_or(body, |(_, l)| l))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_are_short_and_do_not_end_a_sentence() {
        assert!(is_title_line("دابود"));
        assert!(is_title_line("بوتين: عملية سلاح الجو الروسي محكومة زمنيا"));
        assert!(is_title_line("هل تنجح المفاوضات؟"));
        assert!(!is_title_line("وقال الوزير إن الخطة جاهزة."));
        assert!(!is_title_line("وأضاف أن الخطة،"));
        assert!(!is_title_line(""));
        assert!(!is_title_line("   "));
        assert!(!is_title_line(&"كلمة ".repeat(TITLE_WORDS + 1)));
        assert!(!is_title_line(&"ب".repeat(TITLE_CHARS + 1)));
    }

    #[test]
    fn an_article_starts_at_a_title_after_a_blank_line() {
        let text = "عنوان أول\nفقرة أولى طويلة.\nفقرة ثانية.\n\nعنوان ثان\n\nفقرة.\n\nفقرة أخرى تنتهي بنقطة.\n\r\nعنوان ثالث\nنص.";
        let got: Vec<&str> = articles(text).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            [
                "عنوان أول\nفقرة أولى طويلة.\nفقرة ثانية.\n\n",
                "عنوان ثان\n\nفقرة.\n\nفقرة أخرى تنتهي بنقطة.\n\r\n",
                "عنوان ثالث\nنص."
            ]
        );
        // without blank lines, one article
        assert_eq!(articles("عنوان\nسطر\nسطر آخر").len(), 1);
        assert_eq!(articles(""), vec![Range { start: 0, end: 0 }]);
        // a continuation that follows a blank line may start with an article
        assert_eq!(article_starts("عنوان\nنص.", true), [0]);
        assert_eq!(article_starts("عنوان\nنص.", false), Vec::<usize>::new());
        assert_eq!(
            article_starts("نص طويل ينتهي.\n", true),
            Vec::<usize>::new()
        );
    }

    #[test]
    fn blank_line_at_the_end() {
        assert!(ends_with_blank_line("نص.\n\n"));
        assert!(ends_with_blank_line("نص.\n \r\n"));
        assert!(ends_with_blank_line("\n"));
        assert!(!ends_with_blank_line("نص.\n"));
        assert!(!ends_with_blank_line("نص."));
        assert!(!ends_with_blank_line(""));
    }
}
