//! Acceptance on the seed article (../shared/articles/000_…): every mention of the listed names is
//! found with the right kind, clitics included in the span.

use hamish::analysis::{Kind, Span, analyze};

const SEED: &str = "../shared/articles/000_6c5c1c1384cff0d9.txt";

fn seed() -> Option<String> {
    match std::fs::read_to_string(SEED) {
        Ok(t) => Some(t),
        Err(_) => {
            eprintln!("NOTICE: {SEED} is absent; skipping the seed-article test");
            None
        }
    }
}

/// Byte offsets of every occurrence of `name` in `text` as a whole name: not inside a longer word
/// except for proclitics (و ف ب ل ك, ال after them) before it.
fn mentions(text: &str, name: &str) -> Vec<usize> {
    let mut out = Vec::new();
    for (i, _) in text.match_indices(name) {
        let before: String = text[..i]
            .chars()
            .rev()
            .take_while(|c| c.is_alphabetic())
            .collect::<String>()
            .chars()
            .rev()
            .collect();
        let after = text[i + name.len()..].chars().next();
        let clitics_only =
            before.chars().all(|c| "وفبلك".contains(c)) && before.chars().count() <= 2;
        if clitics_only && !after.is_some_and(char::is_alphabetic) {
            out.push(i);
        }
    }
    out
}

fn check(text: &str, spans: &[Span], names: &[&str], kind: Kind) {
    for name in names {
        let found = mentions(text, name);
        assert!(!found.is_empty(), "{name} does not occur in the seed");
        for at in found {
            let hit = spans
                .iter()
                .find(|s| s.kind == kind && s.range.start <= at && at + name.len() <= s.range.end);
            let Some(hit) = hit else {
                panic!(
                    "{name} at byte {at} not found as {kind:?}; spans there: {:?}",
                    spans
                        .iter()
                        .filter(|s| s.range.start <= at && at < s.range.end)
                        .collect::<Vec<_>>()
                );
            };
            // the span covers whole words: the name's clitics are inside it
            let span_text = &text[hit.range.clone()];
            assert!(span_text.contains(name), "{span_text} lacks {name}");
            let before = text[..hit.range.start].chars().next_back();
            assert!(
                !before.is_some_and(char::is_alphabetic),
                "{span_text} starts inside a word"
            );
            let lead = &text[hit.range.start..at];
            assert!(
                lead.chars().count() <= 2 || lead.ends_with(' '),
                "span {span_text} cuts {name}'s clitics off"
            );
        }
    }
}

#[test]
fn seed_entities_every_mention_right_kind() {
    let Some(text) = seed() else { return };
    let spans = analyze(&text);
    check(&text, &spans, &["بوتين"], Kind::Person);
    check(
        &text,
        &spans,
        &[
            "سورية",
            "روسيا",
            "كازاخستان",
            "بغداد",
            "إيران",
            "العراق",
            "السعودية",
            "الإمارات العربية المتحدة",
            "مصر",
            "الأردن",
            "الولايات المتحدة",
            "تركيا",
            "أفغانستان",
            "اسيا الوسطى",
            "بيلاروس",
            "أرمينيا",
            "قرغيزيا",
        ],
        Kind::Place,
    );
    check(
        &text,
        &spans,
        &[
            "رابطة الدول المستقلة",
            "تاس",
            "داعش",
            "الأمم المتحدة",
            "الاتحاد الاقتصادي الأوراسي",
        ],
        Kind::Organization,
    );
    // clitics are inside the span
    for w in [
        "لرابطة الدول المستقلة",
        "بسورية",
        "وكازاخستان",
        "والإمارات العربية المتحدة",
    ] {
        assert!(
            spans
                .iter()
                .any(|s| s.kind != Kind::Quote && &text[s.range.clone()] == w),
            "no entity span is exactly {w}"
        );
    }
    // nothing marked that is plainly not a name
    for s in &spans {
        let t = hamish::fold::Fold::SEARCH.str(&text[s.range.clone()]);
        assert!(
            !["قال", "اليوم", "الرئيس"].contains(&t.as_str()),
            "{t} tagged {:?}",
            s.kind
        );
    }
}

#[test]
fn seed_spans_sorted_and_on_char_boundaries() {
    let Some(text) = seed() else { return };
    let spans = analyze(&text);
    assert!(
        spans
            .windows(2)
            .all(|w| w[0].range.start <= w[1].range.start)
    );
    for s in &spans {
        assert!(s.range.start < s.range.end && s.range.end <= text.len());
        assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
    }
}
