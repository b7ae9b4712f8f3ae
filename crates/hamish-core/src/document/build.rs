//! Builds the text of an HTML or Markdown article, one paragraph per line, with the kind of each
//! paragraph, its inline marks and its links. Both extractors drive the same [`Builder`]: they say
//! what block they are in, open and close inline marks, and hand it text; the builder collapses
//! white space, starts and ends paragraphs, writes list bullets, and keeps every range in step with
//! the text it writes.

use super::{Link, Markup, ParagraphKind};
use crate::theme::Scope;

/// What a builder made: the text (paragraphs separated by `\n`, none empty) and, per paragraph,
/// its kind; marks and links sorted by start.
#[derive(Debug, Default)]
pub struct Parts {
    pub text: String,
    pub kinds: Vec<ParagraphKind>,
    pub markup: Vec<Markup>,
    pub links: Vec<Link>,
}

/// Deepest list nesting that still indents: deeper items are drawn at this depth.
const MAX_LIST_INDENT: u8 = 6;

/// The lists open around the extractor's position, outermost first, and the bullets of their
/// items: both extractors number and nest lists the same way.
#[derive(Debug, Default)]
pub struct Lists {
    /// Per open list: ordered, the next item's number.
    open: Vec<(bool, i64)>,
}

impl Lists {
    pub fn open(&mut self, ordered: bool, start: i64) {
        self.open.push((ordered, start));
    }

    pub fn close(&mut self) {
        self.open.pop();
    }

    /// Depth of the innermost open list (0 for a list not inside another).
    pub fn depth(&self) -> u8 {
        u8::try_from(self.open.len().saturating_sub(1)).unwrap_or(u8::MAX)
    }

    /// The bullet of the next item of the innermost list: its number when it is ordered (then
    /// counted), else a symbol that changes with depth.
    pub fn next_bullet(&mut self) -> String {
        let depth = self.open.len().saturating_sub(1);
        match self.open.last_mut() {
            Some((true, n)) => {
                let b = format!("{n}.");
                *n = n.saturating_add(1);
                b
            }
            _ => ["•", "◦", "▪"][depth % 3].to_owned(),
        }
    }
}

/// The block context of the next paragraph, as the extractor sees it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct BlockStyle {
    /// `Title`, `Heading`, `Body`, `Code` or `ListItem` (its `marker` is computed here).
    pub kind: ParagraphKind,
    /// Inside a block quotation (any depth).
    pub quote: bool,
}

#[derive(Debug, Default)]
pub struct Builder {
    parts: Parts,
    /// Byte offset where the current paragraph starts; `None` between paragraphs.
    para: Option<usize>,
    /// The style of the current paragraph (fixed when it starts).
    current: BlockStyle,
    /// The style the next paragraph will start with.
    style: BlockStyle,
    /// A list bullet waiting for the next paragraph.
    bullet: Option<String>,
    /// White space seen since the last character written: becomes one space before the next word.
    space: bool,
    /// Open inline marks, outermost first, with the start of their text in the current paragraph.
    open: Vec<(Scope, Option<usize>)>,
    /// Open links with the start of their text in the current paragraph.
    links: Vec<(String, Option<usize>)>,
    /// Paragraph kinds are `Heading` after the title was written.
    has_title: bool,
}

/// HTML white space (which `collapse` turns into single spaces); also any line break, which
/// a paragraph must not contain.
fn is_space(c: char) -> bool {
    matches!(
        c,
        ' ' | '\t' | '\n' | '\r' | '\x0C' | '\u{0B}' | '\u{85}' | '\u{2028}' | '\u{2029}'
    )
}

impl Builder {
    pub fn new() -> Builder {
        Builder::default()
    }

    /// Sets the style of the next paragraph (the current one keeps its own).
    pub fn set_style(&mut self, style: BlockStyle) {
        self.style = style;
    }

    /// A bullet (`•`, `3.`) for the next paragraph that starts, which must be a list item.
    pub fn set_bullet(&mut self, bullet: String) {
        self.bullet = Some(bullet);
    }

    /// Whether the title was written.
    pub fn has_title(&self) -> bool {
        self.has_title
    }

    /// Writes the title as the first paragraph (white space collapsed). Nothing when it is empty
    /// or something was already written.
    pub fn title(&mut self, title: &str) {
        if self.has_title || !self.parts.text.is_empty() || self.para.is_some() {
            return;
        }
        let saved = self.style;
        self.style = BlockStyle {
            kind: ParagraphKind::Title,
            quote: false,
        };
        self.text(title);
        self.end_paragraph();
        self.style = saved;
    }

    /// Starts a paragraph at the end of the text, writing its list indentation and bullet.
    fn start(&mut self) {
        if !self.parts.text.is_empty() {
            self.parts.text.push('\n');
        }
        let at = self.parts.text.len();
        self.para = Some(at);
        self.space = false;
        let mut style = self.style;
        if let ParagraphKind::ListItem { depth, .. } = style.kind {
            let indent = usize::from(depth.min(MAX_LIST_INDENT)) * 2;
            self.parts.text.extend(std::iter::repeat_n(' ', indent));
            match self.bullet.take() {
                Some(b) => {
                    let from = self.parts.text.len();
                    self.parts.text.push_str(&b);
                    self.parts.markup.push(Markup {
                        range: from..self.parts.text.len(),
                        scope: Scope::MarkupList,
                    });
                    self.parts.text.push(' ');
                }
                // a later paragraph of the item: under the first one's text
                None => self.parts.text.push_str("  "),
            }
            let marker = u8::try_from(self.parts.text.len() - at).unwrap_or(u8::MAX);
            style.kind = ParagraphKind::ListItem { depth, marker };
        } else {
            self.bullet = None;
        }
        if style.kind == ParagraphKind::Title {
            self.has_title = true;
        }
        self.current = style;
    }

    /// Writes `s` with runs of white space as one space (none at the start of a paragraph).
    pub fn text(&mut self, s: &str) {
        for (i, word) in s.split(is_space).enumerate() {
            // every piece but the first follows a white space character
            if i > 0 {
                self.space = true;
            }
            if !word.is_empty() {
                self.word(word);
                self.space = false;
            }
        }
    }

    /// Writes text as it is (a code span): white space kept, line breaks as spaces.
    pub fn verbatim(&mut self, s: &str) {
        let s: String = s
            .chars()
            .map(|c| if is_space(c) && c != ' ' { ' ' } else { c })
            .collect();
        if s.is_empty() {
            return;
        }
        self.word(&s);
        self.space = false;
    }

    /// Writes the lines of a code block: each line its own paragraph, spaces kept.
    pub fn code_lines(&mut self, s: &str) {
        let mut lines = s.split('\n').peekable();
        while let Some(line) = lines.next() {
            let line = line.strip_suffix('\r').unwrap_or(line);
            let line: String = line
                .chars()
                .map(|c| if is_space(c) && c != '\t' { ' ' } else { c })
                .collect();
            let line = line.trim_end();
            if !line.is_empty() {
                self.word(line);
                self.space = false;
            }
            if lines.peek().is_some() {
                self.end_paragraph();
            }
        }
    }

    /// Appends a piece with no white space to break on at its ends.
    fn word(&mut self, w: &str) {
        if self.para.is_none() {
            self.start();
        } else if self.space && !self.at_paragraph_start() {
            self.parts.text.push(' ');
        }
        let at = self.parts.text.len();
        for (_, start) in self.open.iter_mut() {
            start.get_or_insert(at);
        }
        for (_, start) in self.links.iter_mut() {
            start.get_or_insert(at);
        }
        self.parts.text.push_str(w);
    }

    /// True when nothing but list decoration was written in the current paragraph.
    fn at_paragraph_start(&self) -> bool {
        let Some(p) = self.para else { return true };
        let marker = match self.current.kind {
            ParagraphKind::ListItem { marker, .. } => usize::from(marker),
            _ => 0,
        };
        self.parts.text.len() <= p + marker
    }

    /// Ends the current paragraph, if one was started: it gets its kind, and the marks still open
    /// end here (they go on in the next paragraph).
    pub fn end_paragraph(&mut self) {
        let Some(start) = self.para.take() else {
            self.space = false;
            return;
        };
        let end = self.parts.text.len();
        for (scope, from) in self.open.iter_mut() {
            if let Some(f) = from.take()
                && f < end
            {
                self.parts.markup.push(Markup {
                    range: f..end,
                    scope: *scope,
                });
            }
        }
        for (url, from) in self.links.iter_mut() {
            if let Some(f) = from.take()
                && f < end
            {
                self.parts.links.push(Link {
                    range: f..end,
                    url: url.clone(),
                });
            }
        }
        let whole = match self.current.kind {
            ParagraphKind::Heading(_) => Some(Scope::MarkupHeading),
            ParagraphKind::Code => Some(Scope::MarkupCode),
            _ => None,
        };
        let body = match self.current.kind {
            ParagraphKind::ListItem { marker, .. } => start + usize::from(marker),
            _ => start,
        };
        if let Some(scope) = whole {
            self.parts.markup.push(Markup {
                range: start..end,
                scope,
            });
        }
        if self.current.quote && body < end {
            self.parts.markup.push(Markup {
                range: body..end,
                scope: Scope::MarkupQuote,
            });
        }
        let kind = if self.current.quote && self.current.kind == ParagraphKind::Body {
            ParagraphKind::Quote
        } else {
            self.current.kind
        };
        self.parts.kinds.push(kind);
        self.space = false;
    }

    /// Removes the last paragraph written (its text, kind, marks and links) when `drop` says so
    /// of its text. Call between paragraphs.
    pub fn drop_last_paragraph_if(&mut self, drop: impl FnOnce(&str) -> bool) {
        if self.para.is_some() || self.parts.kinds.is_empty() {
            return;
        }
        let start = self.parts.text.rfind('\n').map_or(0, |i| i + 1);
        if !drop(&self.parts.text[start..]) {
            return;
        }
        self.parts.kinds.pop();
        self.parts.markup.retain(|m| m.range.start < start);
        self.parts.links.retain(|l| l.range.start < start);
        // the line break before it goes too
        self.parts.text.truncate(start.saturating_sub(1));
    }

    /// Opens an inline mark.
    pub fn open(&mut self, scope: Scope) {
        self.open.push((scope, None));
    }

    /// Closes the innermost open mark of `scope` (marks close in any order in broken HTML).
    pub fn close(&mut self, scope: Scope) {
        let Some(i) = self.open.iter().rposition(|(s, _)| *s == scope) else {
            return;
        };
        let (scope, from) = self.open.remove(i);
        if let Some(f) = from {
            let end = self.parts.text.len();
            if f < end {
                self.parts.markup.push(Markup {
                    range: f..end,
                    scope,
                });
            }
        }
    }

    /// Opens a link to `url` (its text is marked `markup.link` too).
    pub fn open_link(&mut self, url: String) {
        self.links.push((url, None));
        self.open(Scope::MarkupLink);
    }

    /// Whether a link is open.
    pub fn has_open_link(&self) -> bool {
        !self.links.is_empty()
    }

    pub fn close_link(&mut self) {
        self.close(Scope::MarkupLink);
        if let Some((url, from)) = self.links.pop()
            && let Some(f) = from
        {
            let end = self.parts.text.len();
            if f < end {
                self.parts.links.push(Link { range: f..end, url });
            }
        }
    }

    /// Ends the last paragraph and gives the result.
    pub fn finish(mut self) -> Parts {
        self.end_paragraph();
        for (scope, from) in std::mem::take(&mut self.open) {
            debug_assert!(from.is_none(), "{scope:?} left open in a paragraph");
        }
        self.parts
            .markup
            .sort_by_key(|m| (m.range.start, std::cmp::Reverse(m.range.end)));
        self.parts.links.sort_by_key(|l| l.range.start);
        self.parts
    }
}

/// A link target as it may be shown: control and bidi-control characters removed, white space
/// trimmed; `None` for addresses that lead nowhere a reader could follow (`javascript:`, a bare
/// `#fragment`, empty).
pub fn clean_url(url: &str) -> Option<String> {
    let url: String = url
        .chars()
        .filter(|&c| {
            !c.is_control()
                && !matches!(c, '\u{200E}' | '\u{200F}' | '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{061C}')
        })
        .collect();
    let url = url.trim();
    let lower = url.to_ascii_lowercase();
    if url.is_empty()
        || url.starts_with('#')
        || lower.starts_with("javascript:")
        || lower.starts_with("data:")
        || lower.starts_with("vbscript:")
    {
        return None;
    }
    Some(url.to_owned())
}

/// The text of `range` in `parts` (tests).
#[cfg(test)]
pub fn slice(parts: &Parts, range: &std::ops::Range<usize>) -> String {
    parts.text.get(range.clone()).unwrap_or("").to_owned()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn body() -> BlockStyle {
        BlockStyle::default()
    }

    #[test]
    fn white_space_collapses_and_paragraphs_are_lines() {
        let mut b = Builder::new();
        b.title("  عنوان \n المقال ");
        b.text("\n  كلمة   أولى\t");
        b.text("ثم ");
        b.end_paragraph();
        b.end_paragraph();
        b.text("   ");
        b.end_paragraph();
        b.text("ثانية");
        let p = b.finish();
        assert_eq!(p.text, "عنوان المقال\nكلمة أولى ثم\nثانية");
        assert_eq!(
            p.kinds,
            [
                ParagraphKind::Title,
                ParagraphKind::Body,
                ParagraphKind::Body
            ]
        );
    }

    #[test]
    fn marks_and_links_follow_the_text_and_cross_paragraphs() {
        let mut b = Builder::new();
        b.text("قال ");
        b.open(Scope::MarkupStrong);
        b.text(" الوزير ");
        b.open_link("https://example.org/x\u{202E}".into());
        b.text("هنا");
        b.close_link();
        b.end_paragraph();
        b.text("وهناك");
        b.close(Scope::MarkupStrong);
        b.text(" نهاية");
        let p = b.finish();
        assert_eq!(p.text, "قال الوزير هنا\nوهناك نهاية");
        let strong: Vec<String> = p
            .markup
            .iter()
            .filter(|m| m.scope == Scope::MarkupStrong)
            .map(|m| slice(&p, &m.range))
            .collect();
        assert_eq!(strong, ["الوزير هنا", "وهناك"]);
        assert_eq!(p.links.len(), 1);
        assert_eq!(slice(&p, &p.links[0].range), "هنا");
        assert_eq!(p.links[0].url, "https://example.org/x\u{202E}");
    }

    #[test]
    fn list_items_get_indentation_and_bullets() {
        let mut b = Builder::new();
        b.set_style(BlockStyle {
            kind: ParagraphKind::ListItem {
                depth: 0,
                marker: 0,
            },
            quote: false,
        });
        b.set_bullet("•".into());
        b.text("أول");
        b.end_paragraph();
        b.text("تتمة");
        b.end_paragraph();
        b.set_style(BlockStyle {
            kind: ParagraphKind::ListItem {
                depth: 1,
                marker: 0,
            },
            quote: true,
        });
        b.set_bullet("12.".into());
        b.text("  ثان");
        let p = b.finish();
        assert_eq!(p.text, "• أول\n  تتمة\n  12. ثان");
        assert_eq!(
            p.kinds,
            [
                ParagraphKind::ListItem {
                    depth: 0,
                    marker: 4
                },
                ParagraphKind::ListItem {
                    depth: 0,
                    marker: 2
                },
                ParagraphKind::ListItem {
                    depth: 1,
                    marker: 6
                },
            ]
        );
        let marks: Vec<(String, Scope)> = p
            .markup
            .iter()
            .map(|m| (slice(&p, &m.range), m.scope))
            .collect();
        assert_eq!(
            marks,
            [
                ("•".to_owned(), Scope::MarkupList),
                ("12.".to_owned(), Scope::MarkupList),
                ("ثان".to_owned(), Scope::MarkupQuote),
            ]
        );
    }

    #[test]
    fn code_lines_keep_their_spaces() {
        let mut b = Builder::new();
        b.set_style(BlockStyle {
            kind: ParagraphKind::Code,
            quote: false,
        });
        b.code_lines("fn main() {\n    x  = 1;\r\n\n}\n");
        b.end_paragraph();
        b.set_style(body());
        b.text("بعد");
        let p = b.finish();
        assert_eq!(p.text, "fn main() {\n    x  = 1;\n}\nبعد");
        assert_eq!(p.kinds[..3], [ParagraphKind::Code; 3]);
        assert_eq!(p.kinds[3], ParagraphKind::Body);
    }

    #[test]
    fn urls_that_lead_nowhere_are_not_links() {
        assert_eq!(clean_url(" javascript:print() "), None);
        assert_eq!(clean_url("#top"), None);
        assert_eq!(clean_url(""), None);
        assert_eq!(
            clean_url("https://ex.org/\u{1b}]52;c;x\u{7}a\u{202E}b").as_deref(),
            Some("https://ex.org/]52;c;xab")
        );
        assert_eq!(clean_url("/tag/fes").as_deref(), Some("/tag/fes"));
    }
}
