//! Quotations: finding them, telling speech from scare quotes, and attributing speech.
//!
//! Marks: « and „ only open, » only closes; “ ” ‟ and " toggle (Arabic news often opens AND closes
//! with ”, or closes with “). A quotation never crosses a line; one left open runs to the end of its
//! line if it holds at least three words, and is dropped otherwise. The title line (the first
//! non-empty line) of the form `Name: words…`, Name being one to four words holding a detected person
//! or organisation, is a headline quotation spoken by Name.
//!
//! A quotation span INCLUDES its marks (a headline quotation, which has none, covers the words after
//! the colon).
//!
//! Style: speech when it holds four words or more, ends with sentence punctuation, or follows a
//! reporting verb or a colon within two words; otherwise it is a scare-quoted name or term.
//!
//! Speaker of a speech quotation: the nearest reporting verb before it in its line (not crossing an
//! earlier quotation); the nearest person between that verb and the quotation (`وقال بوتين “…”`),
//! else an organisation there (`وقالت الوزارة في بيان “…”`), else the nearest person before the verb in the line (`أكد الرئيس بوتين … لافتا إلى أن ”…”`), else
//! — a pronoun or an implicit subject (`وتابع ” …”`, `وقال إنه “…”`) — the last speaker. With no
//! verb before, a reporting verb right after the quotation followed by a person (`”…“ قال بوتين`).

use std::ops::Range;

use super::gazetteer::{Gazetteer, class};
use super::normalize;
use super::tokens::{Token, TokenClass};
use super::{Kind, QuoteStyle, Span};

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open,
    Close,
    Toggle,
}

fn mark(c: char) -> Option<Mark> {
    match c {
        '«' | '„' => Some(Mark::Open),
        '»' => Some(Mark::Close),
        '“' | '”' | '‟' | '"' => Some(Mark::Toggle),
        _ => None,
    }
}

/// Finds the raw quotation ranges (marks included) in one line starting at byte `base`.
fn raw_quotes(line: &str, base: usize, out: &mut Vec<Range<usize>>) {
    let mut open: Option<(usize, bool)> = None; // (byte, opened by a guillemet)
    // every mark is `"` or starts with byte C2 or E2 (lead bytes, so always a character
    // boundary): a byte scan finds them without decoding the line
    let bytes = line.as_bytes();
    let mut from = 0;
    while let Some(k) = bytes[from..]
        .iter()
        .position(|b| matches!(b, b'"' | 0xC2 | 0xE2))
    {
        let i = from + k;
        let c = line[i..].chars().next().unwrap_or(' ');
        from = i + c.len_utf8();
        let Some(m) = mark(c) else { continue };
        let end = i + c.len_utf8();
        match (open, m) {
            (None, Mark::Open | Mark::Toggle) => open = Some((i, m == Mark::Open)),
            (None, Mark::Close) => {}
            (Some((s, true)), Mark::Close) | (Some((s, false)), Mark::Toggle) => {
                out.push(base + s..base + end);
                open = None;
            }
            // nested marks of the other family inside a quotation are kept inside it
            (Some(_), _) => {}
        }
    }
    if let Some((s, _)) = open {
        let rest = line[s..].trim_end();
        if rest.split_whitespace().count() >= 3 {
            out.push(base + s..base + s + rest.len());
        }
    }
}

fn is_word(t: &Token) -> bool {
    t.class != TokenClass::Punct
}

fn is_sentence_end(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "؟" | "…")
}

/// What the quotations of one part of a document tell the next part (the chunks of a big file):
/// the last speaker, whom an implicit subject (`وتابع ”…”`) refers to, and whether the title line
/// is behind (only a document's first line is read as a headline `Name: words`).
#[derive(Debug, Clone, Default)]
pub struct Carry {
    pub last_speaker: Option<String>,
    pub past_title: bool,
}

/// Finds quotations in `text`; `tokens` are its tokens and `entities` its entity spans (sorted).
pub fn find(text: &str, tokens: &[Token], entities: &[Span]) -> Vec<Span> {
    let g = Gazetteer::get();
    let is_verb = |i: usize| {
        is_reporting_verb(&tokens[i], || {
            g.bits_any_reading(&normalize::key(&text[tokens[i].range.clone()]))
        })
    };
    find_with(
        text,
        0..text.len(),
        tokens,
        entities,
        is_verb,
        &mut Carry::default(),
    )
}

/// Whether a token is a reporting verb, given the gazetteer class bits of its key under any
/// reading (asked for only when needed).
pub fn is_reporting_verb(t: &Token, bits_any_reading: impl FnOnce() -> u16) -> bool {
    t.class == TokenClass::Arabic && bits_any_reading() & class::REPORT_VERB != 0
}

/// [`find`] in the lines of `text` at `lines` (whole lines: an article, say), told by `is_verb(i)`
/// whether token i is a reporting verb (see [`is_reporting_verb`]): the caller may know the class
/// bits of the words already. `carry` comes from the previous part of the same article (default
/// for a whole article) and is updated for the next.
pub fn find_with(
    text: &str,
    lines: Range<usize>,
    tokens: &[Token],
    entities: &[Span],
    is_verb: impl Fn(usize) -> bool,
    carry: &mut Carry,
) -> Vec<Span> {
    let persons: Vec<&Span> = entities.iter().filter(|s| s.kind == Kind::Person).collect();
    let orgs: Vec<&Span> = entities
        .iter()
        .filter(|s| s.kind == Kind::Organization)
        .collect();
    // token index at or after byte offset
    let tok_at = |b: usize| tokens.partition_point(|t| t.range.start < b);

    let mut out = Vec::new();
    let mut last_speaker: Option<String> = carry.last_speaker.take();
    let mut first_line = !carry.past_title;
    let mut line_start = lines.start;
    for line in text[lines].split_inclusive('\n') {
        let base = line_start;
        line_start += line.len();
        let body = line.trim_end_matches(['\n', '\r']);
        if body.trim().is_empty() {
            continue;
        }
        let mut raws = Vec::new();
        raw_quotes(body, base, &mut raws);
        // headline: `Name: words` on the title line
        if first_line && raws.is_empty() {
            first_line = false;
            if let Some(h) = headline(text, tokens, base, base + body.len(), entities) {
                last_speaker = h.speaker.clone();
                out.push(h);
                continue;
            }
        }
        first_line = false;
        let line_first_tok = tok_at(base);
        let mut prev_quote_end_tok = line_first_tok;
        for r in raws {
            let qs = tok_at(r.start); // the opening mark's token
            let qe = tok_at(r.end); // first token after the quotation
            let inner: Vec<&Token> = tokens[qs..qe].iter().filter(|t| is_word(t)).collect();
            let ends_sentence = tokens[qs..qe]
                .iter()
                .rev()
                .nth(1)
                .is_some_and(|t| is_sentence_end(&text[t.range.clone()]));
            // reporting verb before, within this line and after the previous quotation
            let verb = (prev_quote_end_tok..qs).rev().find(|&i| is_verb(i));
            let near_verb =
                verb.is_some_and(|v| tokens[v + 1..qs].iter().filter(|t| is_word(t)).count() <= 2);
            let after_colon = qs > 0 && text[tokens[qs - 1].range.clone()] == *":";
            let speech = inner.len() >= 4 || ends_sentence || near_verb || after_colon;
            let mut speaker = None;
            if speech {
                // the last entity of `list` lying within a..b
                let last_in = |list: &[&Span], a: usize, b: usize| -> Option<String> {
                    let upto = list.partition_point(|p| p.range.start < b);
                    list[..upto]
                        .iter()
                        .rev()
                        .take_while(|p| p.range.start >= a)
                        .find(|p| p.range.end <= b)
                        .map(|p| text[p.range.clone()].to_owned())
                };
                let person_in = |a: usize, b: usize| last_in(&persons, a, b);
                let line_from = tokens[prev_quote_end_tok.min(tokens.len().saturating_sub(1))]
                    .range
                    .start
                    .max(base);
                if let Some(v) = verb {
                    let vb = tokens[v].range.clone();
                    // `وقالت وزارة الخارجية في بيان “…”`: an organisation may speak too
                    speaker = person_in(vb.end, r.start)
                        .or_else(|| last_in(&orgs, vb.end, r.start))
                        .or_else(|| person_in(line_from.min(vb.start), vb.start))
                        .or_else(|| last_speaker.clone());
                } else {
                    // a verb right after: ”…“ قال بوتين
                    let after: Vec<usize> = (qe..tokens.len().min(qe + 4))
                        .take_while(|&i| tokens[i].range.start < base + body.len())
                        .collect();
                    if let Some(&v) = after.iter().find(|&&i| is_verb(i)) {
                        let to = tokens.get(v + 4).map_or(base + body.len(), |t| t.range.end);
                        let from = tokens[v].range.end;
                        let k = persons.partition_point(|p| p.range.start < from);
                        speaker = persons[k..]
                            .iter()
                            .take_while(|p| p.range.start < to)
                            .find(|p| p.range.end <= to)
                            .map(|p| text[p.range.clone()].to_owned());
                    }
                    if speaker.is_none() {
                        speaker = person_in(line_from, r.start).or_else(|| last_speaker.clone());
                    }
                }
                if speaker.is_some() {
                    last_speaker = speaker.clone();
                }
            }
            out.push(Span {
                kind: Kind::Quote,
                range: r,
                style: Some(if speech {
                    QuoteStyle::Speech
                } else {
                    QuoteStyle::Scare
                }),
                speaker,
            });
            prev_quote_end_tok = qe;
        }
    }
    carry.last_speaker = last_speaker;
    carry.past_title = !first_line;
    out
}

/// `Name: words…` on the title line: a speech quotation of the words, spoken by Name (1–4 words).
fn headline(
    text: &str,
    tokens: &[Token],
    start: usize,
    end: usize,
    entities: &[Span],
) -> Option<Span> {
    let a = tokens.partition_point(|t| t.range.start < start);
    let b = tokens.partition_point(|t| t.range.start < end);
    let toks = &tokens[a..b];
    let colon = toks.iter().position(|t| &text[t.range.clone()] == ":")?;
    if colon == 0 || colon > 4 || !toks[..colon].iter().all(is_word) || colon + 2 > toks.len() {
        return None;
    }
    let name = toks[0].range.start..toks[colon - 1].range.end;
    // the speaker must be a detected person or organisation (not `المصدر: وكالات`)
    let named = entities.iter().any(|e| {
        matches!(e.kind, Kind::Person | Kind::Organization)
            && e.range.start >= name.start
            && e.range.end <= name.end
    });
    if !named {
        return None;
    }
    let body = toks[colon + 1].range.start..toks[toks.len() - 1].range.end;
    Some(Span {
        kind: Kind::Quote,
        range: body,
        style: Some(QuoteStyle::Speech),
        speaker: Some(text[name].to_owned()),
    })
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn person(text: &str, name: &str) -> Span {
        let s = text.find(name).expect("name in text");
        Span {
            kind: Kind::Person,
            range: s..s + name.len(),
            style: None,
            speaker: None,
        }
    }

    fn quotes(text: &str, persons: &[&str]) -> Vec<(String, QuoteStyle, Option<String>)> {
        let ents: Vec<Span> = persons.iter().map(|p| person(text, p)).collect();
        find(text, &tokenize(text), &ents)
            .into_iter()
            .map(|s| {
                (
                    text[s.range].to_owned(),
                    s.style.unwrap_or(QuoteStyle::Scare),
                    s.speaker,
                )
            })
            .collect()
    }

    #[test]
    fn speech_and_scare() {
        let t = "مقدمة الخبر\nوقالت هند “سنعود إلى المدينة قريبا جدا” ثم غادرت مقر «الجمعية».\nوأضافت ” نحن هنا“.";
        let q = quotes(t, &["هند"]);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].0, "“سنعود إلى المدينة قريبا جدا”");
        assert_eq!(q[0].1, QuoteStyle::Speech);
        assert_eq!(q[0].2.as_deref(), Some("هند"));
        assert_eq!(q[1], ("«الجمعية»".into(), QuoteStyle::Scare, None));
        // implicit subject: the last speaker
        assert_eq!(q[2].1, QuoteStyle::Speech);
        assert_eq!(q[2].2.as_deref(), Some("هند"));
    }

    #[test]
    fn verb_after_and_headline() {
        let t = "سالم: لن نتراجع عن قرارنا\n”الاتفاق سيوقع في موعده المحدد“ قال سالم للصحفيين.";
        let q = quotes(t, &["سالم"]);
        assert_eq!(
            q[0],
            (
                "لن نتراجع عن قرارنا".into(),
                QuoteStyle::Speech,
                Some("سالم".into())
            )
        );
        assert_eq!(q[1].1, QuoteStyle::Speech);
        assert_eq!(q[1].2.as_deref(), Some("سالم"));
    }

    #[test]
    fn an_organisation_can_speak() {
        let t = "عنوان\nوقالت وزارة الصحة في بيان “إن الوضع تحت السيطرة تماما”.";
        let s = t.find("وزارة الصحة").expect("in text");
        let org = Span {
            kind: Kind::Organization,
            range: s..s + "وزارة الصحة".len(),
            style: None,
            speaker: None,
        };
        let q = find(t, &tokenize(t), &[org]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].speaker.as_deref(), Some("وزارة الصحة"));
    }

    #[test]
    fn colon_title_without_a_name_is_not_a_quote() {
        let t = "المصدر: وكالات الأنباء العالمية\nنص الخبر.";
        assert!(quotes(t, &[]).is_empty());
    }

    #[test]
    fn unbalanced_marks() {
        let t = "عنوان\nوتابع ” هذا كلام طويل لا ينتهي بعلامة\nسطر آخر “قصير";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].0, "” هذا كلام طويل لا ينتهي بعلامة");
    }
}
