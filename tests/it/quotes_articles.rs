//! Quotations and their speakers in the invented multi-article fixture
//! (tests/fixtures/news/many_articles.txt), analysed as one file with the shipped model.

use hamish::analysis::{Kind, QuoteStyle, Span, analyze};

const FILE: &str = include_str!("../fixtures/news/many_articles.txt");

/// The quotation whose text starts with `start` (marks included).
fn quote<'a>(spans: &'a [Span], start: &str) -> &'a Span {
    spans
        .iter()
        .find(|s| s.kind == Kind::Quote && FILE[s.range.clone()].starts_with(start))
        .unwrap_or_else(|| panic!("no quotation starting with {start}"))
}

#[test]
fn speakers_in_a_file_of_many_articles() {
    let spans = analyze(FILE);
    // (start of the quotation, its speaker, whether the speaker is named at that place)
    let want = [
        ("\"الموازنة الجديدة", "خالد الرواشدة", true),
        ("\"لن نفرض", "الرواشدة", true),
        // a chant of the fans, not of a player named before
        ("\"يا وحدات", "مشجعو الوحدات", true),
        // headlines: a source, a study, a country, a title, a report
        ("إحباط محاولة", "مصدر أمني", true),
        ("النوم أقل", "دراسة", true),
        ("لا تراجع", "الجزائر", true),
        ("الحوار هو الطريق", "وزير الخارجية العماني", true),
        ("ارتفاع أسعار القمح", "تقرير", true),
        // unnamed speakers
        ("\"سمعنا إطلاق نار", "أحد سكان بلدة الرمثا القريبة", true),
        ("\"يحمي الصناعة", "وزير الصناعة", true),
        // an implied subject: the last speaker of the article
        ("\"الذاكرة ليست", "ماكرون", false),
        // after a verb that is not one of saying (`وأوصت عبد الرحمن بأن "…"`): the one the
        // sentence names
        ("\"ينام البالغون", "عبد الرحمن", true),
        // the agency the words were given to is not the speaker
        ("\"الحل يكمن", "نزار بن عمر", true),
        ("\"مستعدة لخطوات", "ماكرون", true),
    ];
    for (start, speaker, named) in want {
        let q = quote(&spans, start);
        assert_eq!(q.style, Some(QuoteStyle::Speech), "{start}");
        assert_eq!(q.speaker.as_deref(), Some(speaker), "{start}");
        match &q.speaker_range {
            Some(r) => {
                assert!(named, "{start}: implied, yet named at {r:?}");
                assert_eq!(&FILE[r.clone()], speaker, "{start}");
            }
            None => assert!(!named, "{start}: named, yet no range"),
        }
    }
    // the vocative headline is no quotation; scare quotes stay scare quotes
    assert!(
        !spans
            .iter()
            .any(|s| s.kind == Kind::Quote && FILE[s.range.clone()].starts_with("حملة لجمع"))
    );
    assert_eq!(quote(&spans, "\"واقعية\"").style, Some(QuoteStyle::Scare));
    // no speaker is an agency or a newspaper
    for s in spans.iter().filter(|s| s.kind == Kind::Quote) {
        let sp = s.speaker.as_deref().unwrap_or("");
        assert!(
            !["فرانس برس", "لوموند", "وكالة الأنباء الأردنية"].contains(&sp),
            "{sp}"
        );
    }
}

#[test]
fn an_implied_speaker_does_not_come_from_the_article_before() {
    let text = "خبر أول\nوقال الوزير سامر الخطيب إن \"الخطة جاهزة للتنفيذ منذ أسابيع\".\n\nخبر ثان عن موضوع آخر\nوأضاف \"لن نقبل بأي تأجيل في المواعيد\".\n";
    let spans = analyze(text);
    let quotes: Vec<&Span> = spans.iter().filter(|s| s.kind == Kind::Quote).collect();
    assert_eq!(quotes.len(), 2, "{quotes:?}");
    assert_eq!(quotes[0].speaker.as_deref(), Some("سامر الخطيب"));
    assert_eq!(quotes[1].speaker, None);
    // in one article, the same words take the last speaker
    let one = text.replace("\n\nخبر ثان عن موضوع آخر\n", "\n");
    let spans = analyze(&one);
    let q: Vec<&Span> = spans.iter().filter(|s| s.kind == Kind::Quote).collect();
    assert_eq!(q[1].speaker.as_deref(), Some("سامر الخطيب"));
    assert_eq!(q[1].speaker_range, None);
}

#[test]
fn every_entity_has_a_ref_within_its_article() {
    let spans = analyze(FILE);
    for s in spans.iter().filter(|s| s.kind != Kind::Quote) {
        let r = s.canonical.as_deref().unwrap_or("");
        assert!(!r.is_empty(), "{}", &FILE[s.range.clone()]);
    }
    let of = |name: &str| {
        spans
            .iter()
            .filter(|s| s.kind == Kind::Person && &FILE[s.range.clone()] == name)
            .filter_map(|s| s.canonical.as_deref())
            .collect::<Vec<_>>()
    };
    assert!(
        of("الرواشدة").iter().all(|r| *r == "خالد الرواشدة"),
        "{:?}",
        of("الرواشدة")
    );
    assert!(of("بابكر").iter().all(|r| *r == "عثمان بابكر"));
    assert!(!of("بابكر").is_empty());
    let groups = hamish::analysis::aliases::group_by_ref(FILE, &spans);
    let macron = groups
        .iter()
        .find(|g| g.name == "إيمانويل ماكرون")
        .expect("one entry for ماكرون");
    assert!(macron.mentions.len() >= 3, "{macron:?}");
    assert!(
        !groups
            .iter()
            .any(|g| g.kind == Kind::Person && g.name == "ماكرون")
    );
}
