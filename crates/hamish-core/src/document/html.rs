//! HTML pages: the charset, then the article inside the page, the way browsers' reader modes
//! find it.
//!
//! **Charset**: a byte order mark; else a `<meta charset>` or `<meta http-equiv="Content-Type">`
//! in the first 4 KiB; else UTF-8 when the bytes are valid UTF-8; else windows-1256 when that
//! gives Arabic letters. A page that is not UTF-8 sets [`Document::decoded_from`], so the caller
//! shows the same notice as for a text file.
//!
//! **Extraction** (our own scoring over html5ever's tree, in the spirit of Mozilla's Readability):
//! 1. Never content: scripts, styles, templates, forms and their controls, `nav`, `aside`,
//!    `footer`, page headers, dialogs, embedded media, comments, hidden elements (`hidden`,
//!    `aria-hidden`, `display: none`, landmark roles such as `navigation` or `complementary`), and
//!    elements whose class or id names boilerplate (sidebar, menu, comments, share, related, most
//!    read …) unless it also names content (article, story, post, entry …).
//! 2. The text is cut into runs (a block's inline content up to the next block or `<br>`). A run
//!    of 25 characters or more that is not mostly links scores 1, plus one per comma (Arabic
//!    commas too), plus one per 100 characters (3 at most). Its block gets the score, its parent
//!    half, and three more ancestors less and less.
//! 3. A candidate's score starts from its tag (`div` +5, `article`/`main` +10, lists and headings
//!    less) and its class (±25), and is scaled by the share of its text that is not links. The
//!    best one, with those of its siblings that score near it or read as prose, is the article.
//!    When that keeps too little text the page is scored again without the class rules.
//! 4. The article is written out one paragraph per block element or `<br>`: headings, block
//!    quotations, lists with their bullets, code, emphasis and links (their text; the address is in
//!    [`Document::links`]). Link-heavy blocks inside it (“read also”, tag lists) are left out.
//!
//! The title comes from the page's `<h1>` when it matches `og:title` or `<title>`, else from
//! `og:title`, else from `<title>` without the site's name; a heading that repeats it at the top of
//! the article is dropped.

mod dom;

use std::collections::HashMap;

use dom::{Data, Dom, NodeId};

use super::build::{BlockStyle, Builder, Lists, Parts, clean_url};
use super::{Document, DocumentError, InputKind, ParagraphKind, is_arabic_letter, looks_binary};
use crate::theme::Scope;

/// Largest page extracted (the DOM takes several times the page in memory).
pub const MAX_PAGE: usize = 64 << 20;

/// Whether bytes start like an HTML page (see [`InputKind::sniff`]).
pub fn looks_like_html(bytes: &[u8]) -> bool {
    let mut b = &bytes[..bytes.len().min(1 << 16)];
    b = b.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(b);
    loop {
        let skip = b.iter().take_while(|c| c.is_ascii_whitespace()).count();
        b = &b[skip..];
        if b.starts_with(b"<!--") {
            match find(b, b"-->") {
                Some(end) => b = &b[end + 3..],
                None => return false,
            }
        } else if b.starts_with(b"<?") {
            match find(b, b"?>") {
                Some(end) => b = &b[end + 2..],
                None => return false,
            }
        } else {
            break;
        }
    }
    let starts = |prefix: &[u8]| {
        b.len() > prefix.len()
            && b[..prefix.len()].eq_ignore_ascii_case(prefix)
            && matches!(b[prefix.len()], b' ' | b'\t' | b'\n' | b'\r' | b'>' | b'/')
    };
    starts(b"<!doctype") && b.len() > 14 && b[10..14].eq_ignore_ascii_case(b"html")
        || starts(b"<html")
        || starts(b"<head")
        || starts(b"<body")
}

fn find(hay: &[u8], needle: &[u8]) -> Option<usize> {
    hay.windows(needle.len()).position(|w| w == needle)
}

/// The encoding a `<meta>` in the first 4 KiB declares (comments skipped).
fn declared_encoding(bytes: &[u8]) -> Option<&'static encoding_rs::Encoding> {
    let head = &bytes[..bytes.len().min(4096)];
    let mut i = 0;
    while let Some(lt) = head[i..].iter().position(|&c| c == b'<') {
        i += lt;
        let rest = &head[i..];
        if rest.starts_with(b"<!--") {
            i += find(rest, b"-->").map_or(rest.len(), |e| e + 3);
            continue;
        }
        if rest.len() > 5
            && rest[..5].eq_ignore_ascii_case(b"<meta")
            && matches!(rest[5], b' ' | b'\t' | b'\n' | b'\r' | b'/')
        {
            let end = rest.iter().position(|&c| c == b'>').unwrap_or(rest.len());
            if let Some(label) = meta_charset(&rest[5..end])
                && let Some(enc) = encoding_rs::Encoding::for_label(label.trim().as_bytes())
            {
                // as browsers do: a page cannot declare itself UTF-16 from inside
                if enc == encoding_rs::UTF_16BE || enc == encoding_rs::UTF_16LE {
                    return Some(encoding_rs::UTF_8);
                }
                if enc == encoding_rs::X_USER_DEFINED {
                    return Some(encoding_rs::WINDOWS_1252);
                }
                return Some(enc);
            }
            i += end;
            continue;
        }
        i += 1;
    }
    None
}

/// The charset of one `<meta …>` (the bytes after `<meta`, up to `>`).
fn meta_charset(attrs: &[u8]) -> Option<String> {
    let s = String::from_utf8_lossy(attrs);
    let mut charset = None;
    let mut http_equiv = false;
    let mut content = None;
    for (name, value) in attributes(&s) {
        match name.as_str() {
            "charset" => charset = Some(value),
            "http-equiv" => http_equiv = value.eq_ignore_ascii_case("content-type"),
            "content" => content = Some(value),
            _ => {}
        }
    }
    if charset.is_some() {
        return charset;
    }
    let content = content.filter(|_| http_equiv)?;
    let lower = content.to_ascii_lowercase();
    let at = lower.find("charset")?;
    let rest = content[at + 7..]
        .trim_start()
        .strip_prefix('=')?
        .trim_start();
    let rest = rest.trim_start_matches(['"', '\'']);
    let end = rest
        .find(|c: char| c == ';' || c == '"' || c == '\'' || c.is_whitespace())
        .unwrap_or(rest.len());
    Some(rest[..end].to_owned())
}

/// `name=value` pairs of a tag's attribute text (names lowercased, quotes removed).
fn attributes(s: &str) -> Vec<(String, String)> {
    let mut out = Vec::new();
    let mut chars = s.char_indices().peekable();
    loop {
        while chars
            .next_if(|(_, c)| c.is_whitespace() || *c == '/')
            .is_some()
        {}
        let Some(&(start, _)) = chars.peek() else {
            break;
        };
        let mut end = start;
        while let Some((i, c)) = chars.next_if(|(_, c)| !c.is_whitespace() && *c != '=') {
            end = i + c.len_utf8();
        }
        let name = s[start..end].to_ascii_lowercase();
        while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
        let mut value = String::new();
        if chars.next_if(|(_, c)| *c == '=').is_some() {
            while chars.next_if(|(_, c)| c.is_whitespace()).is_some() {}
            match chars.peek() {
                Some(&(_, q)) if q == '"' || q == '\'' => {
                    chars.next();
                    for (_, c) in chars.by_ref() {
                        if c == q {
                            break;
                        }
                        value.push(c);
                    }
                }
                _ => {
                    while let Some((_, c)) = chars.next_if(|(_, c)| !c.is_whitespace()) {
                        value.push(c);
                    }
                }
            }
        }
        if name.is_empty() {
            break;
        }
        out.push((name, value));
    }
    out
}

/// Decodes a page: its text and, when it was not UTF-8, the encoding it was decoded from.
pub fn decode(bytes: &[u8], name: &str) -> Result<(String, Option<&'static str>), DocumentError> {
    if let Some((enc, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = enc.decode_without_bom_handling(&bytes[bom..]);
        let from = (enc != encoding_rs::UTF_8).then(|| enc.name());
        return Ok((text.into_owned(), from));
    }
    if looks_binary(bytes, 0.1) {
        return Err(DocumentError::Binary {
            path: name.to_owned(),
        });
    }
    let declared = declared_encoding(bytes);
    if let Some(enc) = declared
        && enc != encoding_rs::UTF_8
    {
        let (text, _) = enc.decode_without_bom_handling(bytes);
        return Ok((text.into_owned(), Some(enc.name())));
    }
    if let Ok(s) = std::str::from_utf8(bytes) {
        return Ok((s.to_owned(), None));
    }
    // Not UTF-8. A page that says UTF-8 with a few stray bytes is read as UTF-8, the bytes
    // replaced (as a browser does); one where they are a tenth of what is not ASCII or more was most likely saved in windows-1256.
    let lossy = String::from_utf8_lossy(bytes);
    let bad = lossy.matches('\u{FFFD}').count();
    let wide = lossy.chars().filter(|c| !c.is_ascii()).count();
    if declared.is_some() && bad * 10 <= wide {
        return Ok((lossy.into_owned(), None));
    }
    let (text, _) = encoding_rs::WINDOWS_1256.decode_without_bom_handling(bytes);
    let letters = text.chars().filter(|c| !c.is_ascii() && c.is_alphabetic());
    let (mut arabic, mut all) = (0usize, 0usize);
    for c in letters {
        all += 1;
        arabic += usize::from(is_arabic_letter(c));
    }
    if arabic == 0 || arabic * 2 < all {
        return Err(DocumentError::Encoding {
            path: name.to_owned(),
        });
    }
    Ok((text.into_owned(), Some("windows-1256")))
}

/// Decodes a page and extracts its article.
pub(super) fn document(bytes: &[u8], name: &str) -> Result<Document, DocumentError> {
    if bytes.len() > MAX_PAGE {
        return Err(DocumentError::TooLarge {
            path: name.to_owned(),
            size: bytes.len(),
            limit: MAX_PAGE,
        });
    }
    let (html, from) = decode(bytes, name)?;
    Ok(Document::from_parts(extract(&html), InputKind::Html, from))
}

/// The article of a page (see the module documentation).
pub(super) fn extract(html: &str) -> Parts {
    let dom = dom::parse(html);
    let meta = Meta::of(&dom);
    let mut page = Page::new(&dom, true);
    let mut roots = page.article();
    let total = page.chars[Dom::ROOT];
    let kept: usize = roots.iter().map(|&r| page.chars[r]).sum();
    // too little kept: the class rules threw the article away with the boilerplate
    if kept < 200 && kept * 4 < total {
        let second = Page::new(&dom, false);
        let roots2 = second.article();
        let kept2: usize = roots2.iter().map(|&r| second.chars[r]).sum();
        if kept2 > kept * 2 {
            page = second;
            roots = roots2;
        }
    }
    let title = meta.title(&dom, &page);
    let mut out = Writer::new(&dom, &page, title.as_deref());
    if let Some(t) = &title {
        out.b.title(t);
    }
    for r in roots {
        out.walk(r);
    }
    out.b.finish()
}

/// What the `<head>` says.
#[derive(Debug, Default)]
struct Meta {
    title: Option<String>,
    og_title: Option<String>,
    site_name: Option<String>,
    h1s: Vec<NodeId>,
}

impl Meta {
    fn of(dom: &Dom) -> Meta {
        let mut m = Meta::default();
        for id in dom.preorder(Dom::ROOT) {
            let Some(tag) = dom.tag(id) else { continue };
            match tag {
                "title" if m.title.is_none() => m.title = Some(text_of(dom, id)),
                "meta" => {
                    let key = dom
                        .attr(id, "property")
                        .or_else(|| dom.attr(id, "name"))
                        .unwrap_or("")
                        .to_ascii_lowercase();
                    let content = dom.attr(id, "content").map(one_line);
                    match key.as_str() {
                        "og:title" | "twitter:title" if m.og_title.is_none() => {
                            m.og_title = content
                        }
                        "og:site_name" | "application-name" if m.site_name.is_none() => {
                            m.site_name = content
                        }
                        _ => {}
                    }
                }
                "h1" => m.h1s.push(id),
                _ => {}
            }
        }
        m
    }

    /// The article's title (see the module documentation).
    fn title(&self, dom: &Dom, page: &Page) -> Option<String> {
        let site = self.site_name.as_deref().filter(|s| !s.is_empty());
        let og = self.og_title.as_deref().map(|t| strip_site(t, site));
        let tag = self.title.as_deref().map(|t| strip_site(t, site));
        let base = og
            .filter(|t| !t.is_empty())
            .or(tag.filter(|t| !t.is_empty()));
        let h1s: Vec<String> = self
            .h1s
            .iter()
            .filter(|&&h| !page.hidden[h])
            .map(|&h| text_of(dom, h))
            .filter(|t| !t.is_empty())
            .collect();
        if let Some(base) = base {
            // the page's own heading, when it is this title (a `<title>` is often cut short)
            if let Some(h) = h1s.iter().find(|h| same_title(h, &base)) {
                return Some(h.clone());
            }
            return Some(base);
        }
        h1s.into_iter().next()
    }
}

/// Separators between a headline and the site's name in `<title>`.
const SEPARATORS: &[&str] = &[
    " | ", " - ", " – ", " — ", " :: ", " » ", " « ", " / ", " · ", " • ", " ~ ",
];

fn words(s: &str) -> usize {
    s.split_whitespace().count()
}

/// A `<title>` without the site's name: the named site (and only it, when a name is given), else
/// a short part (at most 4 words) cut
/// at a separator from a longer headline, at the end (twice at most: `headline - section - site`)
/// or at the start.
fn strip_site(title: &str, site: Option<&str>) -> String {
    let mut t = one_line(title);
    if let Some(site) = site {
        let site = one_line(site);
        for sep in SEPARATORS {
            if let Some(head) = t.strip_suffix(&format!("{sep}{site}")) {
                return head.trim().to_owned();
            }
            if let Some(tail) = t.strip_prefix(&format!("{site}{sep}")) {
                return tail.trim().to_owned();
            }
        }
        // the site is named and not in the title: nothing to cut
        return t;
    }
    for _ in 0..2 {
        let cut = SEPARATORS
            .iter()
            .filter_map(|sep| t.rfind(sep).map(|i| (i, sep.len())))
            .max_by_key(|&(i, _)| i);
        let Some((i, len)) = cut else { break };
        let (head, tail) = (&t[..i], &t[i + len..]);
        if words(tail) <= 4 && words(head) >= 3 {
            t = head.trim().to_owned();
        } else {
            break;
        }
    }
    let cut = SEPARATORS
        .iter()
        .filter_map(|sep| t.find(sep).map(|i| (i, sep.len())))
        .min_by_key(|&(i, _)| i);
    if let Some((i, len)) = cut {
        let (head, tail) = (&t[..i], &t[i + len..]);
        if words(head) <= 4 && words(tail) >= 3 {
            t = tail.trim().to_owned();
        }
    }
    t
}

/// Whether a heading and a title name the same article: equal, or one holds the other and is
/// at most twice as long.
fn same_title(a: &str, b: &str) -> bool {
    let (a, b) = (one_line(a), one_line(b));
    if a.is_empty() || b.is_empty() {
        return false;
    }
    if a == b {
        return true;
    }
    let (short, long) = if a.len() <= b.len() {
        (&a, &b)
    } else {
        (&b, &a)
    };
    long.contains(short.as_str()) && short.len() * 2 >= long.len()
}

fn one_line(s: &str) -> String {
    crate::text::one_line(&s.replace('\u{a0}', " "), None)
}

/// The text under a node, on one line.
fn text_of(dom: &Dom, id: NodeId) -> String {
    let mut s = String::new();
    for n in dom.preorder(id) {
        if let Data::Text(t) = &dom.node(n).data {
            s.push_str(t);
            s.push(' ');
        } else if matches!(dom.tag(n), Some("script" | "style" | "template")) {
            // their text is never shown; a script inside a heading is rare enough to cut short
            break;
        }
    }
    one_line(&s)
}

/// Tags never shown, with everything inside them.
fn never_shown(tag: &str) -> bool {
    matches!(
        tag,
        "head"
            | "script"
            | "style"
            | "noscript"
            | "template"
            | "iframe"
            | "frame"
            | "frameset"
            | "object"
            | "embed"
            | "applet"
            | "svg"
            | "math"
            | "canvas"
            | "form"
            | "button"
            | "input"
            | "select"
            | "textarea"
            | "label"
            | "fieldset"
            | "nav"
            | "aside"
            | "footer"
            | "dialog"
            | "menu"
            | "title"
            | "meta"
            | "link"
            | "img"
            | "picture"
            | "video"
            | "audio"
            | "map"
            | "area"
    )
}

/// ARIA roles of page furniture.
fn furniture_role(role: &str) -> bool {
    role.split_whitespace().any(|r| {
        matches!(
            r.to_ascii_lowercase().as_str(),
            "navigation"
                | "complementary"
                | "contentinfo"
                | "banner"
                | "dialog"
                | "alertdialog"
                | "menu"
                | "menubar"
                | "search"
                | "form"
                | "toolbar"
                | "tablist"
        )
    })
}

fn is_hidden(dom: &Dom, id: NodeId) -> bool {
    if dom.attr(id, "hidden").is_some()
        || dom
            .attr(id, "aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
        || dom.attr(id, "role").is_some_and(furniture_role)
    {
        return true;
    }
    dom.attr(id, "style").is_some_and(|s| {
        let s: String = s
            .chars()
            .filter(|c| !c.is_whitespace())
            .collect::<String>()
            .to_ascii_lowercase();
        s.contains("display:none") || s.contains("visibility:hidden")
    })
}

/// Lowercase words of an element's class and id: split at anything not a letter or digit and
/// at camelCase humps (`mostRead` → `most`, `read`).
fn name_words(dom: &Dom, id: NodeId) -> Vec<String> {
    let mut out = Vec::new();
    for attr in ["class", "id"] {
        let Some(v) = dom.attr(id, attr) else {
            continue;
        };
        for part in v.split(|c: char| !c.is_ascii_alphanumeric()) {
            let mut word = String::new();
            let mut prev_lower = false;
            for c in part.chars() {
                if c.is_ascii_uppercase() && prev_lower && !word.is_empty() {
                    out.push(std::mem::take(&mut word));
                }
                prev_lower = c.is_ascii_lowercase() || c.is_ascii_digit();
                word.push(c.to_ascii_lowercase());
            }
            if !word.is_empty() {
                out.push(word);
            }
        }
    }
    out
}

/// Class or id words of page furniture.
const NEGATIVE: &[&str] = &[
    "ad",
    "ads",
    "adv",
    "advert",
    "adverts",
    "advertisement",
    "advertising",
    "banner",
    "breadcrumb",
    "breadcrumbs",
    "comment",
    "comments",
    "cookie",
    "cookies",
    "consent",
    "disqus",
    "footer",
    "header",
    "masthead",
    "menu",
    "nav",
    "navbar",
    "navigation",
    "newsletter",
    "pagination",
    "pager",
    "popup",
    "modal",
    "promo",
    "related",
    "share",
    "sharing",
    "social",
    "sidebar",
    "side",
    "sponsor",
    "sponsored",
    "subscribe",
    "subscription",
    "tags",
    "tag",
    "toolbar",
    "widget",
    "widgets",
    "popular",
    "trending",
    "rss",
    "poll",
    "skip",
    "outbrain",
    "taboola",
    "recommended",
    "signup",
    "login",
    "print",
    "topbar",
    "top",
    "bottom",
    "logo",
    "copyright",
    "search",
    "tools",
    "links",
    "social",
    "follow",
    "cookiebar",
];

/// Two class words in a row that name page furniture even beside a content word
/// (`most-read-news`).
const NEGATIVE_PAIRS: &[&str] = &[
    "mostread",
    "mostpopular",
    "mostviewed",
    "mostcommented",
    "readalso",
    "alsoread",
    "seealso",
    "latestnews",
    "morenews",
    "relatednews",
    "breakingnews",
];

/// Class or id words of content.
const POSITIVE: &[&str] = &[
    "article", "articles", "body", "content", "entry", "main", "news", "post", "story", "text",
    "blog", "hentry", "detail", "details", "column",
];

/// −1 for furniture, +1 for content, 0 for neither, from an element's class and id.
fn class_sign(dom: &Dom, id: NodeId) -> i32 {
    let w = name_words(dom, id);
    if w.is_empty() {
        return 0;
    }
    let pair = w
        .windows(2)
        .any(|p| NEGATIVE_PAIRS.contains(&format!("{}{}", p[0], p[1]).as_str()));
    if pair {
        return -1;
    }
    // a layout flag (`has-sidebar`, `no-sidebar`) is not a sidebar
    let flag = |i: usize| i > 0 && matches!(w[i - 1].as_str(), "has" | "with" | "no" | "without");
    let neg = w
        .iter()
        .enumerate()
        .any(|(i, x)| NEGATIVE.contains(&x.as_str()) && !flag(i));
    let pos = w.iter().any(|x| POSITIVE.contains(&x.as_str()));
    match (neg, pos) {
        (true, false) => -1,
        (false, true) => 1,
        _ => 0,
    }
}

fn is_block(tag: &str) -> bool {
    matches!(
        tag,
        "address"
            | "article"
            | "aside"
            | "blockquote"
            | "body"
            | "center"
            | "dd"
            | "details"
            | "dialog"
            | "dir"
            | "div"
            | "dl"
            | "dt"
            | "fieldset"
            | "figcaption"
            | "figure"
            | "footer"
            | "form"
            | "h1"
            | "h2"
            | "h3"
            | "h4"
            | "h5"
            | "h6"
            | "header"
            | "hgroup"
            | "hr"
            | "html"
            | "li"
            | "main"
            | "menu"
            | "nav"
            | "ol"
            | "p"
            | "pre"
            | "section"
            | "summary"
            | "table"
            | "tbody"
            | "thead"
            | "tfoot"
            | "tr"
            | "td"
            | "th"
            | "caption"
            | "ul"
            | "legend"
    )
}

fn heading_level(tag: &str) -> Option<u8> {
    match tag {
        "h1" => Some(1),
        "h2" => Some(2),
        "h3" => Some(3),
        "h4" => Some(4),
        "h5" => Some(5),
        "h6" => Some(6),
        _ => None,
    }
}

fn is_comma(c: char) -> bool {
    matches!(c, ',' | '،' | '\u{FE50}' | '\u{FE10}' | '\u{FF0C}')
}

/// A page with what is never shown marked, its text measured and its candidates scored.
struct Page<'a> {
    dom: &'a Dom,
    /// Never shown (tag, hidden, or furniture by class when class rules are on).
    hidden: Vec<bool>,
    /// Characters of shown text under each node (white space not counted).
    chars: Vec<usize>,
    /// Of which inside links.
    link_chars: Vec<usize>,
    /// Candidate scores (before the link-density scaling).
    score: HashMap<NodeId, f64>,
    classes: bool,
}

impl<'a> Page<'a> {
    fn new(dom: &'a Dom, classes: bool) -> Page<'a> {
        let n = dom.nodes.len();
        let order = dom.preorder(Dom::ROOT);
        // elements that hold the article for sure: never thrown away for their class
        let mut holds_article = vec![false; n];
        for &id in order.iter().rev() {
            let here = matches!(dom.tag(id), Some("article" | "main"))
                || dom
                    .attr(id, "itemprop")
                    .is_some_and(|v| v.contains("articleBody"));
            if here {
                holds_article[id] = true;
            }
            if holds_article[id]
                && let Some(p) = dom.node(id).parent
            {
                holds_article[p] = true;
            }
        }
        let mut hidden = vec![false; n];
        let mut in_article = vec![false; n];
        for &id in &order {
            let parent = dom.node(id).parent;
            let (ph, pa) = parent.map_or((false, false), |p| (hidden[p], in_article[p]));
            in_article[id] = pa;
            let Some(tag) = dom.tag(id) else {
                hidden[id] = ph || matches!(dom.node(id).data, Data::Other);
                continue;
            };
            if matches!(tag, "article" | "main") {
                in_article[id] = true;
            }
            hidden[id] = ph
                || never_shown(tag)
                || (tag == "header" && !pa)
                || is_hidden(dom, id)
                || (classes
                    && !matches!(tag, "html" | "body" | "article" | "main")
                    && !holds_article[id]
                    && class_sign(dom, id) < 0);
        }
        let mut chars = vec![0usize; n];
        let mut link_chars = vec![0usize; n];
        for &id in order.iter().rev() {
            if hidden[id] {
                continue;
            }
            if let Data::Text(t) = &dom.node(id).data {
                chars[id] = t.chars().filter(|c| !c.is_whitespace()).count();
            }
            if dom.tag(id).is_some_and(|t| t == "a") {
                link_chars[id] = chars[id];
            }
            if let Some(p) = dom.node(id).parent {
                chars[p] += chars[id];
                link_chars[p] += link_chars[id];
            }
        }
        let mut page = Page {
            dom,
            hidden,
            chars,
            link_chars,
            score: HashMap::new(),
            classes,
        };
        page.score_runs(&order);
        page
    }

    fn link_density(&self, id: NodeId) -> f64 {
        if self.chars[id] == 0 {
            return 0.0;
        }
        self.link_chars[id] as f64 / self.chars[id] as f64
    }

    /// The score a candidate starts with: its tag and its class.
    fn base_score(&self, id: NodeId) -> f64 {
        let tag = self.dom.tag(id).unwrap_or("");
        let by_tag = match tag {
            "div" => 5.0,
            "article" | "main" => 10.0,
            "pre" | "td" | "blockquote" => 3.0,
            "address" | "ol" | "ul" | "dl" | "dd" | "dt" | "li" | "form" => -3.0,
            "h1" | "h2" | "h3" | "h4" | "h5" | "h6" | "th" => -5.0,
            _ => 0.0,
        };
        let by_class = if self.classes {
            25.0 * f64::from(class_sign(self.dom, id))
        } else {
            0.0
        };
        by_tag + by_class
    }

    /// Cuts the shown text into runs and adds each run's score to its block and ancestors.
    fn score_runs(&mut self, order: &[NodeId]) {
        // per node: the block it belongs to (itself for blocks)
        let dom = self.dom;
        let mut block_of = vec![Dom::ROOT; dom.nodes.len()];
        let mut in_link = vec![false; dom.nodes.len()];
        // current run per block: (chars, link chars, commas)
        let mut runs: HashMap<NodeId, (usize, usize, usize)> = HashMap::new();
        let mut done: Vec<(NodeId, usize, usize, usize)> = Vec::new();
        for &id in order {
            if self.hidden[id] {
                continue;
            }
            let parent = dom.node(id).parent;
            let (pb, pl) = parent.map_or((Dom::ROOT, false), |p| (block_of[p], in_link[p]));
            let tag = dom.tag(id);
            block_of[id] = match tag {
                Some(t) if is_block(t) => id,
                _ => pb,
            };
            in_link[id] = pl || tag == Some("a");
            // a block or a line break ends the run of the block around it
            if (tag.is_some_and(is_block) || tag == Some("br"))
                && let Some(r) = runs.remove(&pb)
            {
                done.push((pb, r.0, r.1, r.2));
            }
            if let Data::Text(t) = &dom.node(id).data {
                let c = self.chars[id];
                if c == 0 {
                    continue;
                }
                let r = runs.entry(pb).or_default();
                r.0 += c;
                if in_link[id] {
                    r.1 += c;
                }
                r.2 += t.chars().filter(|&ch| is_comma(ch)).count();
            }
        }
        done.extend(runs.into_iter().map(|(b, r)| (b, r.0, r.1, r.2)));
        for (block, len, links, commas) in done {
            if len < 25 || links * 2 > len {
                continue;
            }
            let tag = dom.tag(block).unwrap_or("");
            if heading_level(tag).is_some() {
                continue;
            }
            let s = 1.0 + commas as f64 + (len / 100).min(3) as f64;
            // a paragraph's score goes to the block around it; text straight inside a
            // container (runs between `<br>`s) counts for that container
            let paragraph = matches!(
                tag,
                "p" | "pre"
                    | "li"
                    | "dd"
                    | "dt"
                    | "blockquote"
                    | "figcaption"
                    | "caption"
                    | "address"
                    | "summary"
                    | "legend"
            );
            let mut at = if paragraph {
                dom.node(block).parent
            } else {
                Some(block)
            };
            for level in 0..5 {
                let Some(a) = at else { break };
                if dom.tag(a).is_none() {
                    break;
                }
                let divider = match level {
                    0 => 1.0,
                    1 => 2.0,
                    l => f64::from(l) * 3.0,
                };
                let base = self.base_score(a);
                *self.score.entry(a).or_insert(base) += s / divider;
                at = dom.node(a).parent;
            }
        }
    }

    fn final_score(&self, id: NodeId) -> f64 {
        self.score.get(&id).copied().unwrap_or(0.0) * (1.0 - self.link_density(id))
    }

    /// The nodes that make up the article, in document order.
    fn article(&self) -> Vec<NodeId> {
        let dom = self.dom;
        let best = self
            .score
            .keys()
            .copied()
            .filter(|&id| !matches!(dom.tag(id), Some("html" | "body")))
            .map(|id| (self.final_score(id), id))
            .max_by(|a, b| a.0.total_cmp(&b.0).then(b.1.cmp(&a.1)));
        let Some((top_score, top)) = best else {
            // nothing reads as prose: the whole body
            let body = dom
                .preorder(Dom::ROOT)
                .into_iter()
                .find(|&id| dom.tag(id).is_some_and(|t| t == "body"));
            return vec![body.unwrap_or(Dom::ROOT)];
        };
        let Some(parent) = dom.node(top).parent else {
            return vec![top];
        };
        let threshold = (top_score * 0.2).max(10.0);
        let top_class = dom.attr(top, "class").unwrap_or("");
        let mut out = Vec::new();
        for s in dom.children(parent) {
            if s == top {
                out.push(s);
                continue;
            }
            if self.hidden[s] || dom.tag(s).is_none() {
                continue;
            }
            let mut score = self.final_score(s);
            if !top_class.is_empty() && dom.attr(s, "class") == Some(top_class) {
                score += top_score * 0.2;
            }
            let prose = {
                let len = self.chars[s];
                let density = self.link_density(s);
                let tag = dom.tag(s).unwrap_or("");
                let text = text_of(dom, s);
                tag == "p"
                    && (len > 80 && density < 0.25
                        || len > 0
                            && density == 0.0
                            && text.ends_with(['.', '!', '?', '؟', '۔', ':', '»', '"']))
            };
            if score >= threshold || prose {
                out.push(s);
            }
        }
        out
    }
}

/// Writes the article's blocks into a [`Builder`].
struct Writer<'a> {
    dom: &'a Dom,
    page: &'a Page<'a>,
    b: Builder,
    /// The title, until a heading that repeats it was dropped.
    title: Option<String>,
    quote: usize,
    pre: usize,
    heading: Vec<u8>,
    lists: Lists,
    /// Open list items.
    items: usize,
}

#[derive(Clone, Copy)]
enum Step {
    Enter(NodeId),
    Exit(NodeId),
}

impl<'a> Writer<'a> {
    fn new(dom: &'a Dom, page: &'a Page<'a>, title: Option<&str>) -> Writer<'a> {
        Writer {
            dom,
            page,
            b: Builder::new(),
            title: title.map(str::to_owned),
            quote: 0,
            pre: 0,
            heading: Vec::new(),
            lists: Lists::default(),
            items: 0,
        }
    }

    fn restyle(&mut self) {
        let kind = if self.pre > 0 {
            ParagraphKind::Code
        } else if let Some(&level) = self.heading.last() {
            ParagraphKind::Heading(level)
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

    /// Whether a block inside the article is furniture after all: mostly links and short.
    fn link_block(&self, id: NodeId, tag: &str) -> bool {
        matches!(tag, "div" | "section" | "ul" | "ol" | "table" | "dl")
            && self.page.chars[id] < 300
            && self.page.link_density(id) > 0.5
    }

    fn walk(&mut self, root: NodeId) {
        let dom = self.dom;
        let mut stack = vec![Step::Enter(root)];
        while let Some(step) = stack.pop() {
            match step {
                Step::Enter(id) => {
                    if self.page.hidden[id] {
                        continue;
                    }
                    match &dom.node(id).data {
                        Data::Text(t) => {
                            self.text(t);
                            continue;
                        }
                        Data::Element { .. } => {}
                        _ => continue,
                    }
                    let tag = dom.tag(id).unwrap_or("");
                    if self.link_block(id, tag) || self.repeats_title(id, tag) {
                        continue;
                    }
                    if !self.enter(id, tag) {
                        continue;
                    }
                    stack.push(Step::Exit(id));
                    let at = stack.len();
                    stack.extend(dom.children(id).map(Step::Enter));
                    stack[at..].reverse();
                }
                Step::Exit(id) => {
                    let tag = dom.tag(id).unwrap_or("");
                    self.exit(tag);
                }
            }
        }
    }

    /// A heading (or a block set as one) that says the title again, before the article's text.
    fn repeats_title(&mut self, id: NodeId, tag: &str) -> bool {
        if !is_block(tag) || matches!(tag, "body" | "html" | "article" | "main") {
            return false;
        }
        let Some(title) = &self.title else {
            return false;
        };
        // (the length test first: it spares reading out every container around the article)
        let chars = self.page.chars[id];
        if chars > 0
            && chars <= title.chars().count() * 2
            && same_title(&text_of(self.dom, id), title)
        {
            self.title = None;
            return true;
        }
        false
    }

    fn text(&mut self, t: &str) {
        if !t.trim().is_empty() {
            // the title is repeated before the article's text or not at all
            self.title = None;
        }
        if self.pre > 0 {
            self.b.code_lines(t);
        } else {
            self.b.text(&t.replace('\u{a0}', " "));
        }
    }

    /// Opens an element; false when its content is skipped.
    fn enter(&mut self, id: NodeId, tag: &str) -> bool {
        match tag {
            "br" => {
                self.b.end_paragraph();
                return false;
            }
            "hr" => {
                self.b.end_paragraph();
                return false;
            }
            "em" | "i" | "cite" | "dfn" | "var" => self.b.open(Scope::MarkupEmphasis),
            "strong" | "b" => self.b.open(Scope::MarkupStrong),
            "code" | "kbd" | "samp" | "tt" => self.b.open(Scope::MarkupCode),
            "q" => self.b.text("«"),
            // an anchor without an address a reader could follow is plain text
            "a" => {
                if let Some(url) = self.dom.attr(id, "href").and_then(clean_url) {
                    self.b.open_link(url);
                }
            }
            _ => {}
        }
        if is_block(tag) {
            self.b.end_paragraph();
            match tag {
                "blockquote" => self.quote += 1,
                "pre" => self.pre += 1,
                "ul" | "ol" | "dir" => {
                    let start = self
                        .dom
                        .attr(id, "start")
                        .and_then(|s| s.trim().parse::<i64>().ok())
                        .unwrap_or(1);
                    self.lists.open(tag == "ol", start);
                }
                "li" => {
                    self.items += 1;
                    let bullet = self.lists.next_bullet();
                    self.b.set_bullet(bullet);
                }
                t => {
                    if let Some(level) = heading_level(t) {
                        self.heading.push(level);
                    }
                }
            }
            self.restyle();
        }
        true
    }

    fn exit(&mut self, tag: &str) {
        match tag {
            "em" | "i" | "cite" | "dfn" | "var" => self.b.close(Scope::MarkupEmphasis),
            "strong" | "b" => self.b.close(Scope::MarkupStrong),
            "code" | "kbd" | "samp" | "tt" => self.b.close(Scope::MarkupCode),
            "q" => self.b.text("»"),
            // anchors do not nest (the parser closes one before opening the next)
            "a" if self.b.has_open_link() => self.b.close_link(),
            _ => {}
        }
        if is_block(tag) {
            self.b.end_paragraph();
            match tag {
                "blockquote" => self.quote = self.quote.saturating_sub(1),
                "pre" => self.pre = self.pre.saturating_sub(1),
                "ul" | "ol" | "dir" => self.lists.close(),
                "li" => self.items = self.items.saturating_sub(1),
                t => {
                    if heading_level(t).is_some() {
                        self.heading.pop();
                    }
                }
            }
            self.restyle();
        }
    }
}

#[cfg(test)]
mod tests;
