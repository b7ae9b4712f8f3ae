//! What the reader makes of the analysis: one entry per entity (its ref), the speaker's own
//! mention highlighted and reachable with `s`, the entity under the caret counted by its ref,
//! and a link's address with `o`.

use std::sync::Arc;

use hamish::analysis::{Kind, QuoteStyle, Span};
use hamish::document::{Document, InputKind};
use hamish::reader::Command;
use hamish::theme::Scope;
use hamish::tui::app::{App, Settings};
use hamish::tui::layers::list_panel::ListPanel;

use crate::harness::{app_on, press, screen};

const TEXT: &str = "قمة في موسكو\n\nاستقبل فلاديمير بوتين ضيوفه. وقال بوتين: «نحن مستعدون للحوار».\n\nوأكد بوتين لاحقا أن الاتفاق قريب.\n";

/// Persons as the analysis gives them: every mention of بوتين with the ref فلاديمير بوتين, and the
/// quotation with its speaker's mention.
fn spans() -> Vec<Span> {
    let putin: Arc<str> = Arc::from("فلاديمير بوتين");
    let mut out: Vec<Span> = Vec::new();
    let full = TEXT.find("فلاديمير بوتين").expect("full name");
    let mut p = Span::new(Kind::Person, full..full + "فلاديمير بوتين".len());
    p.canonical = Some(putin.clone());
    out.push(p);
    for (i, m) in TEXT.match_indices("بوتين") {
        if i > full + "فلاديمير ".len() {
            let mut p = Span::new(Kind::Person, i..i + m.len());
            p.canonical = Some(putin.clone());
            out.push(p);
        }
    }
    let q0 = TEXT.find('«').expect("quote");
    let q1 = TEXT.find('»').expect("quote end") + '»'.len_utf8();
    let said = TEXT.find("وقال بوتين").expect("said") + "وقال ".len();
    let mut q = Span::new(Kind::Quote, q0..q1);
    q.style = Some(QuoteStyle::Speech);
    q.speaker = Some("بوتين".into());
    q.speaker_range = Some(said..said + "بوتين".len());
    out.push(q);
    out.sort_by_key(|s| (s.range.start, s.range.end));
    out
}

#[test]
fn the_entity_panel_lists_one_row_per_ref() {
    let mut app = app_on(TEXT, 100, 20);
    app.reader.set_spans(spans());
    press(&mut app, &["e"]);
    let p = app.layer::<ListPanel>().expect("the entity panel");
    let persons: Vec<(&str, &str)> = p
        .items
        .iter()
        .filter(|i| !i.header && i.scope == Scope::EntityPerson)
        .map(|i| (i.label.as_str(), i.detail.as_str()))
        .collect();
    assert_eq!(persons, [("فلاديمير بوتين", "3")]);
}

#[test]
fn the_status_line_counts_the_entity_by_its_ref() {
    let mut app = app_on(TEXT, 100, 20);
    app.reader.set_spans(spans());
    let last = TEXT.rfind("بوتين").expect("mention");
    app.reader.apply(Command::CaretAt(last));
    let s = screen(&mut app, 100, 20);
    let status = s.lines().last().unwrap_or_default();
    assert!(status.contains("person · 3 mentions"), "{status}");
    assert!(
        status.contains("ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ") || status.contains("فلاديمير بوتين"),
        "{status}"
    );
}

#[test]
fn the_speakers_mention_is_highlighted_and_s_goes_there() {
    let mut app = app_on(TEXT, 100, 20);
    app.reader.set_spans(spans());
    let inside = TEXT.find("مستعدون").expect("inside the quotation");
    app.reader.apply(Command::CaretAt(inside));
    let said = TEXT.find("وقال بوتين").expect("said") + "وقال ".len();
    let marks = app.reader.highlights(0..TEXT.len());
    let speaker: Vec<_> = marks
        .iter()
        .filter(|h| h.scope == Scope::QuoteSpeaker)
        .map(|h| h.range.clone())
        .collect();
    assert_eq!(
        speaker,
        vec![said..said + "بوتين".len()],
        "only the speaker's own mention"
    );
    press(&mut app, &["s"]);
    assert_eq!(app.reader.caret(), Some(said..said + "بوتين".len()));
}

#[test]
fn o_says_the_address_of_the_link_at_the_caret() {
    let md = "# عنوان\n\nاقرأ [التقرير الكامل](https://example.org/report) هنا.\n";
    let doc =
        Document::parse(md.as_bytes().to_vec(), "a.md", InputKind::Markdown).expect("markdown");
    let text = doc.text.clone();
    let mut app = App::new(Arc::new(doc), "a.md", Settings::default());
    app.resize(80, 20);
    let at = text.find("التقرير").expect("the link's text");
    app.reader.apply(Command::CaretAt(at));
    press(&mut app, &["o"]);
    let m = app.reader.messages().current().expect("a message");
    assert_eq!(m.text, "link: https://example.org/report");
    app.reader.apply(Command::CaretAt(0));
    press(&mut app, &["o"]);
    assert_eq!(
        app.reader.messages().current().map(|m| m.text.as_str()),
        Some("no link at the caret")
    );
}
