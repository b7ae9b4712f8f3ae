//! Detection on sentences written for these tests (not from any corpus), so the detector is not
//! just remembering the seed article: names the gazetteer does not hold, clitics, the document pass.

use hamish::analysis::{Kind, QuoteStyle, analyze, entities};

fn found(text: &str) -> Vec<(Kind, String)> {
    analyze(text)
        .into_iter()
        .map(|s| (s.kind, text[s.range].to_owned()))
        .collect()
}

fn has(spans: &[(Kind, String)], kind: Kind, text: &str) -> bool {
    spans.iter().any(|(k, t)| *k == kind && t == text)
}

#[test]
fn builtin_model_is_current() {
    assert_eq!(
        entities::model_problem(),
        None,
        "models/ner.bin is stale: run `hamish model train`"
    );
    assert!(entities::builtin_model().features() > 10_000);
}

#[test]
fn unseen_person_and_surname_alone() {
    let text = "أعلن وزير الخارجية الألماني فرانك شتاينماير اليوم في برلين أن بلاده ستقدم مساعدات إضافية للاجئين. وأضاف شتاينماير أن الحكومة تعمل مع منظمة الصحة العالمية على خطة جديدة.";
    let s = found(text);
    assert!(has(&s, Kind::Person, "فرانك شتاينماير"), "{s:?}");
    assert!(has(&s, Kind::Person, "شتاينماير"), "surname alone: {s:?}");
    assert!(has(&s, Kind::Place, "برلين"), "{s:?}");
    assert!(has(&s, Kind::Organization, "منظمة الصحة العالمية"), "{s:?}");
    assert!(
        !s.iter().any(|(_, t)| t == "الحكومة" || t == "خطة"),
        "{s:?}"
    );
}

#[test]
fn clitics_stay_inside_and_variants_match() {
    let text = "وصل الوفد إلى سوريا قادما من بالعراق ثم توجه لطهران وبعدها الى آسيا الوسطى.";
    let s = found(text);
    for p in ["سوريا", "لطهران", "آسيا الوسطى"] {
        assert!(has(&s, Kind::Place, p), "{p}: {s:?}");
    }
}

#[test]
fn speech_quote_attributed_on_invented_text() {
    let text = "تقرير\nوقال المتحدث باسم الحكومة سمير الخطيب “إن المفاوضات ستستأنف الأسبوع المقبل في جنيف”.\nوتابع ” لا نريد تصعيدا“.";
    let spans = analyze(text);
    let quotes: Vec<_> = spans.iter().filter(|s| s.kind == Kind::Quote).collect();
    assert_eq!(quotes.len(), 2, "{spans:?}");
    for q in quotes {
        assert_eq!(q.style, Some(QuoteStyle::Speech));
        assert_eq!(q.speaker.as_deref(), Some("سمير الخطيب"), "{spans:?}");
    }
    assert!(
        spans
            .iter()
            .any(|s| s.kind == Kind::Place && &text[s.range.clone()] == "جنيف")
    );
}

#[test]
fn no_panic_on_odd_input() {
    for t in [
        "",
        "\u{FEFF}",
        "“",
        "”«»\"\"“",
        ":",
        "بوتين:",
        "\u{064E}\u{0640}\u{0651}",
        "a\u{0301}bc 123 !!! \u{202E}\u{2066}",
        "ال لل و ب",
    ] {
        let spans = analyze(t);
        for s in spans {
            assert!(t.is_char_boundary(s.range.start) && t.is_char_boundary(s.range.end));
        }
    }
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]
    /// Any mix of Arabic letters, marks, clitics, quote marks, colons, digits and line breaks:
    /// no panic, sorted spans on character boundaries, quotations carry a style.
    #[test]
    fn never_panics_on_mixed_text(parts in proptest::collection::vec(
        proptest::sample::select(vec![
            "و", "بوتين", " ", "\n", "“", "”", "«", "»", "\"", ":", "قال", "سورية", "ال", "لل",
            "\u{064E}", "\u{0640}", ".", "،", "2020", "CNN", "\r\n", "رابطة الدول المستقلة", "ب",
            "فلاديمير", "\u{200F}", "\u{FEFF}", "؟", "(", ")",
        ]),
        0..60,
    )) {
        let text: String = parts.concat();
        let spans = analyze(&text);
        for w in spans.windows(2) {
            proptest::prop_assert!(w[0].range.start <= w[1].range.start);
        }
        for s in &spans {
            proptest::prop_assert!(s.range.start < s.range.end && s.range.end <= text.len());
            proptest::prop_assert!(text.is_char_boundary(s.range.start));
            proptest::prop_assert!(text.is_char_boundary(s.range.end));
            proptest::prop_assert_eq!(s.kind == Kind::Quote, s.style.is_some());
        }
    }
}
