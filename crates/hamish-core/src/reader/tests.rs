//! The reader without a terminal: commands in, state out.

use std::sync::Arc;

use super::*;
use crate::analysis::Kind;

fn reader_on(text: &str, w: usize, h: usize) -> Reader {
    let doc = Arc::new(Document::from_text(text.to_owned(), None));
    let mut r = Reader::new(doc, "test", LayoutOptions::default());
    r.set_viewport(w, h);
    r
}

/// An article of `n` paragraphs, each naming بوتين once.
fn article(n: usize) -> String {
    let mut s = String::from("عنوان المقال\n\n");
    for i in 0..n {
        s.push_str(&format!(
            "الفقرة رقم {i} تذكر بوتين مرة واحدة وتمضي في الحديث عن أمور أخرى كثيرة.\n\n"
        ));
    }
    s
}

#[test]
fn search_next_goes_forward_from_the_caret_after_jumping_to_the_end() {
    let text = article(30);
    let mut r = reader_on(&text, 40, 10);
    r.apply(Command::BeginSearch);
    r.apply(Command::SubmitSearch("بوتين".into()));
    assert_eq!(r.search().current, Some(0));
    r.apply(Command::SearchNext);
    assert_eq!(r.search().current, Some(1));
    r.apply(Command::Bottom);
    let caret = r.caret().expect("a caret on screen");
    r.apply(Command::SearchNext);
    let i = r.search().current.expect("a match");
    let hits = &r.search().hits;
    // forward from the caret: the first match after it, or wrapped to the top
    let expected = hits.iter().position(|h| h.start > caret.start).unwrap_or(0);
    assert_eq!(i, expected, "caret at {caret:?}, hits {hits:?}");
    assert!(
        i > 1,
        "n after G must not jump back up to match 2 (got {i})"
    );
}

#[test]
fn an_empty_search_repeats_the_last_and_the_fold_can_be_exact() {
    let mut r = reader_on("عنوان\n\nفي سورية وفي سوريه أيضا\n", 40, 10);
    r.apply(Command::BeginSearch);
    r.apply(Command::SubmitSearch("سوريه".into()));
    assert_eq!(r.search().hits.len(), 2, "ة and ه fold by default");
    r.apply(Command::Escape);
    assert!(r.search().hits.is_empty());
    r.apply(Command::BeginSearch);
    r.apply(Command::SubmitSearch(String::new()));
    assert_eq!(
        r.search().hits.len(),
        2,
        "an empty / repeats the last search"
    );
    r.apply(Command::ToggleExactSearch);
    assert_eq!(r.search().hits.len(), 1, "exact letters: only سوريه");
}

#[test]
fn v_then_j_extends_the_selection_by_lines() {
    let text = article(6);
    let mut r = reader_on(&text, 30, 20);
    r.apply(Command::CaretAt(text.find("الفقرة").unwrap_or(0)));
    let top = r.top();
    r.apply(Command::SelectToggle);
    let one = r.selection().expect("selection started");
    r.apply(Command::Lines(1));
    r.apply(Command::Lines(1));
    let three = r.selection().expect("selection grown");
    assert_eq!(r.top(), top, "j while selecting must not scroll");
    assert_eq!(three.start, one.start);
    assert!(
        three.end > one.end + 30,
        "two lines down should take in two lines: {one:?} -> {three:?}"
    );
    // and back up
    r.apply(Command::Lines(-2));
    assert_eq!(r.selection(), Some(one));
}

#[test]
fn paragraphs_count_for_the_status_line() {
    let text = article(15);
    let mut r = reader_on(&text, 40, 6);
    assert_eq!(r.paragraph_position(), (1, 16));
    r.apply(Command::Bottom);
    assert_eq!(r.paragraph_position(), (16, 16));
    r.apply(Command::ParagraphPrev);
    r.apply(Command::ParagraphPrev);
    let c = r.caret().expect("caret");
    assert!(r.text()[c].starts_with("الفقرة"));
}

#[test]
fn percent_and_resize_keep_the_text_at_the_top() {
    let text = article(40);
    let mut r = reader_on(&text, 40, 10);
    r.apply(Command::Percent(50));
    let anchor = r.anchor();
    assert!(anchor > text.len() / 3 && anchor < text.len() * 2 / 3);
    r.set_viewport(25, 10);
    r.set_viewport(40, 10);
    assert_eq!(r.anchor(), anchor, "resizing back and forth never drifts");
}

#[test]
fn toggles_hide_kinds_and_say_so() {
    let text = "عنوان\n\nزار بوتين موسكو.\n";
    let mut r = reader_on(text, 40, 10);
    let at = text.find("بوتين").unwrap_or(0);
    r.set_spans(vec![crate::analysis::Span {
        kind: Kind::Misc,
        range: at..at + "بوتين".len(),
        style: None,
        speaker: None,
        speaker_range: None,
        canonical: None,
    }]);
    assert_eq!(r.highlights(0..text.len()).len(), 2, "misc and the caret");
    r.apply(Command::Toggle(Kind::Misc));
    assert!(!r.shown().misc);
    assert_eq!(
        r.messages().current().map(|m| m.text.as_str()),
        Some("other names: hidden")
    );
    assert_eq!(r.highlights(0..text.len()).len(), 1, "only the caret");
}

#[test]
fn double_and_triple_click_ranges() {
    let text = "عنوان\n\nالجملة الأولى هنا. والثانية هناك.\n";
    let r = reader_on(text, 40, 10);
    let at = text.find("الأولى").unwrap_or(0) + 2;
    let w = r.word_at(at).expect("a word");
    assert_eq!(&text[w], "الأولى");
    let p = r.paragraph_at(at).expect("a paragraph");
    assert_eq!(&text[p], "الجملة الأولى هنا. والثانية هناك.");
}
