//! Markdown articles (CommonMark, with tables, task lists, strikethrough and YAML front matter),
//! read with pulldown-cmark into the same paragraphs, kinds, marks and links as an HTML page.
//!
//! No markup character is shown: headings, emphasis, code, quotations and lists become paragraph
//! kinds and [`Markup`](super::Markup) spans; a link shows its text and keeps its address in
//! [`Document::links`]. The title is the first block when it is a heading (or a `title:` in the
//! front matter); otherwise the article has none. Raw HTML is not shown, except that `<br>` breaks
//! the line; an image shows nothing. Table rows become one paragraph each, cells parted by ` │ `.

use pulldown_cmark::{CodeBlockKind, Event, HeadingLevel, Options, Parser, Tag, TagEnd};

use super::build::{BlockStyle, Builder, Lists, clean_url};
use super::{Document, InputKind, ParagraphKind};
use crate::theme::Scope;

/// Reads Markdown text (already decoded) into a document.
pub(super) fn document(text: &str, decoded_from: Option<&'static str>) -> Document {
    Document::from_parts(parts(text), InputKind::Markdown, decoded_from)
}

fn level(l: HeadingLevel) -> u8 {
    match l {
        HeadingLevel::H1 => 1,
        HeadingLevel::H2 => 2,
        HeadingLevel::H3 => 3,
        HeadingLevel::H4 => 4,
        HeadingLevel::H5 => 5,
        HeadingLevel::H6 => 6,
    }
}

#[derive(Default)]
struct Writer {
    b: Builder,
    quote: usize,
    code: bool,
    heading: Option<u8>,
    lists: Lists,
    items: usize,
    /// Inside an image: its description is not shown.
    image: usize,
    metadata: bool,
    /// The front matter's `title:`.
    front_title: Option<String>,
    /// Cells written in the current table row.
    cells: usize,
    /// No block has been seen yet (a heading there is the title).
    first_block: bool,
}

impl Writer {
    fn restyle(&mut self) {
        let kind = if self.code {
            ParagraphKind::Code
        } else if let Some(l) = self.heading {
            ParagraphKind::Heading(l)
        } else if self.items > 0 {
            ParagraphKind::ListItem {
                depth: self.lists.depth(),
                marker: 0,
            }
        } else {
            ParagraphKind::Body
        };
        self.b.set_style(BlockStyle {
            kind,
            quote: self.quote > 0,
        });
    }

    fn block(&mut self) {
        self.b.end_paragraph();
        self.first_block = false;
    }
}

pub(super) fn parts(text: &str) -> super::build::Parts {
    let opts = Options::ENABLE_TABLES
        | Options::ENABLE_STRIKETHROUGH
        | Options::ENABLE_TASKLISTS
        | Options::ENABLE_YAML_STYLE_METADATA_BLOCKS;
    let mut w = Writer {
        first_block: true,
        ..Writer::default()
    };
    w.restyle();
    for event in Parser::new_ext(text, opts) {
        match event {
            Event::Start(tag) => match tag {
                Tag::Heading { level: l, .. } => {
                    let first = w.first_block;
                    w.block();
                    if first && !w.b.has_title() {
                        w.b.set_style(BlockStyle {
                            kind: ParagraphKind::Title,
                            quote: false,
                        });
                        continue;
                    }
                    w.heading = Some(level(l));
                    w.restyle();
                }
                Tag::Paragraph => {
                    // the front matter's title can only be repeated by the first block
                    if !w.first_block {
                        w.front_title = None;
                    }
                    w.block();
                }
                Tag::BlockQuote(_) => {
                    w.block();
                    w.quote += 1;
                    w.restyle();
                }
                Tag::CodeBlock(_kind @ (CodeBlockKind::Fenced(_) | CodeBlockKind::Indented)) => {
                    w.block();
                    w.code = true;
                    w.restyle();
                }
                Tag::HtmlBlock => w.block(),
                Tag::List(start) => {
                    w.block();
                    // CommonMark numbers have at most nine digits
                    let first = start.map_or(1, |n| i64::try_from(n).unwrap_or(i64::MAX));
                    w.lists.open(start.is_some(), first);
                }
                Tag::Item => {
                    w.block();
                    w.items += 1;
                    let bullet = w.lists.next_bullet();
                    w.b.set_bullet(bullet);
                    w.restyle();
                }
                Tag::Table(_) | Tag::TableHead | Tag::TableRow => {
                    w.block();
                    w.cells = 0;
                }
                Tag::TableCell => {
                    if w.cells > 0 {
                        w.b.text(" │ ");
                    }
                    w.cells += 1;
                }
                Tag::Emphasis => w.b.open(Scope::MarkupEmphasis),
                Tag::Strong => w.b.open(Scope::MarkupStrong),
                // a link to nowhere a reader could follow is plain text
                Tag::Link { dest_url, .. } => {
                    if let Some(url) = clean_url(&dest_url) {
                        w.b.open_link(url);
                    }
                }
                Tag::Image { .. } => w.image += 1,
                Tag::MetadataBlock(_) => w.metadata = true,
                _ => {}
            },
            Event::End(tag) => match tag {
                TagEnd::Heading(_) => {
                    w.b.end_paragraph();
                    // a first heading that repeats the front matter's title is shown once
                    if let Some(title) = w.front_title.take() {
                        w.b.drop_last_paragraph_if(|t| t.trim() == title.trim());
                    }
                    w.heading = None;
                    w.restyle();
                }
                TagEnd::Paragraph | TagEnd::HtmlBlock => w.b.end_paragraph(),
                TagEnd::BlockQuote(_) => {
                    w.b.end_paragraph();
                    w.quote = w.quote.saturating_sub(1);
                    w.restyle();
                }
                TagEnd::CodeBlock => {
                    w.b.end_paragraph();
                    w.code = false;
                    w.restyle();
                }
                TagEnd::List(_) => {
                    w.b.end_paragraph();
                    w.lists.close();
                    w.restyle();
                }
                TagEnd::Item => {
                    w.b.end_paragraph();
                    w.items = w.items.saturating_sub(1);
                    w.restyle();
                }
                TagEnd::Table | TagEnd::TableHead | TagEnd::TableRow => w.b.end_paragraph(),
                TagEnd::Emphasis => w.b.close(Scope::MarkupEmphasis),
                TagEnd::Strong => w.b.close(Scope::MarkupStrong),
                TagEnd::Link if w.b.has_open_link() => w.b.close_link(),
                TagEnd::Image => w.image = w.image.saturating_sub(1),
                TagEnd::MetadataBlock(_) => w.metadata = false,
                _ => {}
            },
            Event::Text(t) => {
                if w.metadata {
                    if w.front_title.is_none() {
                        w.front_title = front_matter_title(&t);
                        if let Some(title) = w.front_title.clone() {
                            w.b.title(&title);
                            w.first_block = false;
                        }
                    }
                } else if w.image > 0 {
                } else if w.code {
                    w.b.code_lines(t.strip_suffix('\n').unwrap_or(&t));
                } else {
                    w.b.text(&t);
                }
            }
            Event::Code(t) => {
                if w.image == 0 {
                    w.b.open(Scope::MarkupCode);
                    w.b.verbatim(&t);
                    w.b.close(Scope::MarkupCode);
                }
            }
            Event::InlineMath(t) | Event::DisplayMath(t) => {
                w.b.open(Scope::MarkupCode);
                w.b.verbatim(&t);
                w.b.close(Scope::MarkupCode);
            }
            Event::Html(h) | Event::InlineHtml(h) => {
                let lower = h.trim().to_ascii_lowercase();
                if lower.starts_with("<br") {
                    w.b.end_paragraph();
                }
            }
            Event::SoftBreak => w.b.text(" "),
            Event::HardBreak | Event::Rule => w.b.end_paragraph(),
            Event::TaskListMarker(done) => w.b.text(if done { "☑ " } else { "☐ " }),
            Event::FootnoteReference(label) => w.b.text(&format!("[{label}]")),
        }
    }
    w.b.finish()
}

/// The `title:` of YAML front matter (quotes removed).
fn front_matter_title(yaml: &str) -> Option<String> {
    yaml.lines().find_map(|l| {
        let v = l.strip_prefix("title:")?.trim();
        let v = v
            .strip_prefix('"')
            .and_then(|v| v.strip_suffix('"'))
            .or_else(|| v.strip_prefix('\'').and_then(|v| v.strip_suffix('\'')))
            .unwrap_or(v);
        (!v.is_empty()).then(|| v.to_owned())
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::build::slice;

    fn marks(p: &super::super::build::Parts, scope: Scope) -> Vec<String> {
        p.markup
            .iter()
            .filter(|m| m.scope == scope)
            .map(|m| slice(p, &m.range))
            .collect()
    }

    #[test]
    fn no_markup_character_is_shown() {
        let md = "# عنوان المقال\n\nقال **الوزير** إن *الخطة* جاهزة، وإن `x = 1` صحيح.\n\n\
                  ## تفاصيل\n\n> اقتباس من **أحد** المسؤولين\n> على سطرين\n\n\
                  - بند أول\n- بند [ثان](https://example.org/a \"t\")\n  1. فرعي\n  2. آخر\n\n\
                  ```\nfn main() {\n    go();\n}\n```\n\n---\n\n![صورة](x.png)نهاية  \nسطر\n";
        let p = parts(md);
        assert_eq!(
            p.text,
            "عنوان المقال\n\
             قال الوزير إن الخطة جاهزة، وإن x = 1 صحيح.\n\
             تفاصيل\n\
             اقتباس من أحد المسؤولين على سطرين\n\
             • بند أول\n\
             • بند ثان\n\
             \x20\x201. فرعي\n\
             \x20\x202. آخر\n\
             fn main() {\n\
             \x20\x20\x20\x20go();\n\
             }\n\
             نهاية\n\
             سطر"
        );
        assert_eq!(
            p.kinds,
            [
                ParagraphKind::Title,
                ParagraphKind::Body,
                ParagraphKind::Heading(2),
                ParagraphKind::Quote,
                ParagraphKind::ListItem {
                    depth: 0,
                    marker: 4
                },
                ParagraphKind::ListItem {
                    depth: 0,
                    marker: 4
                },
                ParagraphKind::ListItem {
                    depth: 1,
                    marker: 5
                },
                ParagraphKind::ListItem {
                    depth: 1,
                    marker: 5
                },
                ParagraphKind::Code,
                ParagraphKind::Code,
                ParagraphKind::Code,
                ParagraphKind::Body,
                ParagraphKind::Body,
            ]
        );
        assert_eq!(marks(&p, Scope::MarkupStrong), ["الوزير", "أحد"]);
        assert_eq!(marks(&p, Scope::MarkupEmphasis), ["الخطة"]);
        assert_eq!(
            marks(&p, Scope::MarkupCode),
            ["x = 1", "fn main() {", "    go();", "}"]
        );
        assert_eq!(marks(&p, Scope::MarkupHeading), ["تفاصيل"]);
        assert_eq!(
            marks(&p, Scope::MarkupQuote),
            ["اقتباس من أحد المسؤولين على سطرين"]
        );
        assert_eq!(marks(&p, Scope::MarkupList), ["•", "•", "1.", "2."]);
        assert_eq!(marks(&p, Scope::MarkupLink), ["ثان"]);
        assert_eq!(p.links.len(), 1);
        assert_eq!(slice(&p, &p.links[0].range), "ثان");
        assert_eq!(p.links[0].url, "https://example.org/a");
    }

    #[test]
    fn front_matter_title_and_no_heading_first() {
        let p = parts("---\ntitle: \"من الواجهة\"\nauthor: x\n---\n\nنص أول.\n");
        assert_eq!(p.text, "من الواجهة\nنص أول.");
        assert_eq!(p.kinds, [ParagraphKind::Title, ParagraphKind::Body]);
        let p = parts("---\ntitle: العنوان\n---\n\n# العنوان\n\nنص.\n\n# العنوان\n");
        assert_eq!(p.text, "العنوان\nنص.\nالعنوان");
        assert_eq!(
            p.kinds,
            [
                ParagraphKind::Title,
                ParagraphKind::Body,
                ParagraphKind::Heading(1)
            ]
        );
        assert_eq!(marks(&p, Scope::MarkupHeading), ["العنوان"]);
        let p = parts("نص بلا عنوان.\n\n# عنوان لاحق\n");
        assert_eq!(p.kinds, [ParagraphKind::Body, ParagraphKind::Heading(1)]);
    }

    #[test]
    fn tables_tasks_and_raw_html() {
        let p = parts(
            "| المدينة | السكان |\n|---|---|\n| صور | 200 |\n\n- [x] تم\n- [ ] لم يتم\n\n\
             <div dir=\"rtl\">\n\nداخل\n\n</div>\n\nأ<br>ب <b>ج</b>\n",
        );
        assert_eq!(
            p.text,
            "المدينة │ السكان\nصور │ 200\n• ☑ تم\n• ☐ لم يتم\nداخل\nأ\nب ج"
        );
    }

    #[test]
    fn hostile_markdown_is_sane() {
        for md in [
            ">".repeat(100_000) + " عميق",
            "- ".repeat(20_000) + "بند",
            "*".repeat(100_000),
            "[".repeat(50_000) + &"](".repeat(50_000),
            "\u{1b}[2J\u{1b}]52;c;aGk=\u{7} نص".to_owned(),
        ] {
            // its time is measured by `cargo bench --bench inputs`
            let p = parts(&md);
            assert_eq!(p.text.lines().count(), p.kinds.len());
        }
    }
}
