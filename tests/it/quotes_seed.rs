//! Quotations in the seed article: six speech quotations (plus the headline) spoken by بوتين, and
//! two scare quotes.

use hamish::analysis::{Kind, QuoteStyle, analyze};

const SEED: &str = "../shared/articles/000_6c5c1c1384cff0d9.txt";

#[test]
fn seed_quotations() {
    let Ok(text) = std::fs::read_to_string(SEED) else {
        eprintln!("NOTICE: {SEED} is absent; skipping the seed quotation test");
        return;
    };
    let quotes: Vec<_> = analyze(&text)
        .into_iter()
        .filter(|s| s.kind == Kind::Quote)
        .collect();
    let speech: Vec<_> = quotes
        .iter()
        .filter(|q| q.style == Some(QuoteStyle::Speech))
        .collect();
    let scare: Vec<&str> = quotes
        .iter()
        .filter(|q| q.style == Some(QuoteStyle::Scare))
        .map(|q| &text[q.range.clone()])
        .collect();
    assert_eq!(scare, ["“داعش”", "“للتحالف الدولي”"]);
    // the six marked speech quotations, by their first words
    let starts = [
        "”حقق نتائج",
        "“إن قواتنا",
        "“إننا ندعو",
        "“ضمان العمل",
        "” هناك أهمية",
        "” لا نستطيع",
    ];
    for s in starts {
        let q = speech
            .iter()
            .find(|q| text[q.range.clone()].starts_with(s))
            .unwrap_or_else(|| panic!("speech quotation {s}… not found"));
        let body = &text[q.range.clone()];
        assert!(
            body.ends_with('”') || body.ends_with('“'),
            "{body} does not end with its mark"
        );
        let speaker = q.speaker.as_deref().unwrap_or("");
        assert!(speaker.contains("بوتين"), "{s}…: speaker {speaker:?}");
    }
    // the headline `بوتين: …` on the title line
    let head = speech
        .iter()
        .find(|q| text[q.range.clone()].starts_with("عملية سلاح الجو"))
        .expect("headline quotation");
    assert_eq!(head.speaker.as_deref(), Some("بوتين"));
    assert_eq!(speech.len(), 7);
}
