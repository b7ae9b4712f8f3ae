use super::*;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/inputs");

fn fixture(name: &str) -> Vec<u8> {
    std::fs::read(format!("{FIXTURES}/{name}")).unwrap_or_else(|e| panic!("{name}: {e}"))
}

fn doc_of(html: &str) -> Document {
    document(html.as_bytes(), "t").unwrap_or_else(|e| panic!("{e}"))
}

fn paragraphs(d: &Document) -> Vec<String> {
    (0..d.paragraphs.len())
        .map(|i| d.paragraph(i).to_owned())
        .collect()
}

fn marked(parts_text: &Document, scope: Scope) -> Vec<String> {
    parts_text
        .markup
        .iter()
        .filter(|m| m.scope == scope)
        .map(|m| parts_text.text[m.range.clone()].to_owned())
        .collect()
}

/// Page furniture of the fixtures: none of it may show.
const FURNITURE: &[&str] = &[
    "الرئيسية",
    "محليات",
    "ثقافة وفنون",
    "ابحث",
    "الأكثر قراءة",
    "ارتفاع أسعار المحروقات",
    "منتخب الشباب",
    "عاصفة ثلجية",
    "موعد الامتحانات",
    "مساحة إعلانية",
    "اقتصاد وأعمال",
    "عداد الزيارات",
    "القائمة الرئيسية",
    "بداية الترويسة",
    "تعليقات القراء",
    "أبو علي",
    "والمياه مقطوعة عندنا",
    "أضف تعليقك",
    "استفتاء",
    "تعرفة الكهرباء",
    "جميع الحقوق محفوظة",
    "اتصل بنا",
    "شارك",
    "واتساب",
    "اقرأ أيضا",
    "أزمة المياه في الجنوب",
    "فعّل جافاسكريبت",
    "آخر تحديث",
    "_gaq",
    "showAd",
    "font-family",
];

#[test]
fn saved_windows_1256_page_keeps_only_the_article() {
    let d = document(&fixture("news-windows-1256.html"), "t").unwrap();
    assert_eq!(d.decoded_from, Some("windows-1256"));
    assert_eq!(d.input, InputKind::Html);
    assert_eq!(d.title(), Some("افتتاح محطة لتحلية مياه البحر في صور"));
    for junk in FURNITURE {
        assert!(!d.text.contains(junk), "{junk:?} shows:\n{}", d.text);
    }
    let p = paragraphs(&d);
    assert_eq!(p.len(), 13, "{p:#?}");
    assert_eq!(p[1], "كتب: سامر الحلبي | صور");
    assert!(p[2].starts_with("افتتح وزير الطاقة والمياه، وليد منصور، صباح أمس"));
    assert_eq!(
        p[5],
        "«لن يبقى بيت في صور بلا ماء صالح للشرب بعد اليوم، هذا وعد قطعناه على أنفسنا»"
    );
    assert_eq!(d.paragraph_kind(5), ParagraphKind::Quote);
    assert_eq!(p[7], "• وحدتين للتناضح العكسي تعملان بالتناوب؛");
    assert_eq!(
        d.paragraph_kind(7),
        ParagraphKind::ListItem {
            depth: 0,
            marker: 4
        }
    );
    // the `<br>` inside a paragraph makes two
    assert!(p[10].ends_with("أشهر الصيف."), "{}", p[10]);
    assert!(p[11].starts_with("وأشار إلى أن"), "{}", p[11]);
    assert!(p[12].starts_with("ويقدّر خبراء"));
    assert_eq!(d.paragraph_kind(0), ParagraphKind::Title);
    assert_eq!(d.links.len(), 1);
    assert_eq!(
        d.text[d.links[0].range.clone()].to_owned(),
        "برنامج الأمم المتحدة الإنمائي"
    );
    assert_eq!(d.links[0].url, "/tag/undp");
    assert_eq!(marked(&d, Scope::MarkupList), ["•", "•", "•"]);
}

#[test]
fn utf8_page_takes_og_title_and_keeps_structure() {
    let d = document(&fixture("news-og-title.html"), "t").unwrap();
    assert_eq!(d.decoded_from, None);
    assert_eq!(
        d.title(),
        Some("مكتبة قديمة في فاس تعيد فتح أبوابها بعد ترميم دام ست سنوات")
    );
    for junk in [
        "موقع المدار",
        "عنوان في بيانات منظمة",
        "نص مخفي",
        "ملفات تعريف الارتباط",
        "قالب لا يظهر",
        "مواضيع ذات صلة",
        "جامع القرويين في سطور",
        "النشرة البريدية",
        "انطلاق مهرجان",
        "انتقل إلى المحتوى",
        "محتوى مخفي",
        "الخصوصية",
        "dataLayer",
    ] {
        assert!(!d.text.contains(junk), "{junk:?} shows:\n{}", d.text);
    }
    let p = paragraphs(&d);
    let at = |s: &str| {
        p.iter()
            .position(|x| x.starts_with(s))
            .unwrap_or_else(|| panic!("{s}: {p:#?}"))
    };
    assert_eq!(
        d.paragraph_kind(at("مخطوطات نادرة")),
        ParagraphKind::Heading(2)
    );
    assert_eq!(
        d.paragraph_kind(at("\"المخطوطات هنا")),
        ParagraphKind::Quote
    );
    assert_eq!(
        p[at("1. ")],
        "1. الثلاثاء: من التاسعة صباحا حتى الواحدة ظهرا."
    );
    assert_eq!(p[at("2. ")], "2. الخميس: من الثالثة حتى السابعة مساء.");
    assert_eq!(marked(&d, Scope::MarkupEmphasis), ["حرص على"]);
    assert_eq!(marked(&d, Scope::MarkupStrong), ["التحدي الأكبر"]);
    assert_eq!(marked(&d, Scope::MarkupHeading), ["مخطوطات نادرة"]);
    let fes = d.links.iter().find(|l| &d.text[l.range.clone()] == "فاس");
    assert_eq!(fes.map(|l| l.url.as_str()), Some("https://example.org/fes"));
    assert!(p.last().is_some_and(|l| l.starts_with("الرابط الرسمي")));
}

#[test]
fn text_between_line_breaks_and_a_title_in_a_font_tag() {
    let d = document(&fixture("news-br-paragraphs.html"), "t").unwrap();
    let p = paragraphs(&d);
    assert_eq!(p[0], "الجفاف يهدد محصول القمح في سهل حوران");
    assert_eq!(p.len(), 5, "{p:#?}");
    assert!(p[1].starts_with("يتوقع مزارعو"));
    assert!(p[4].ends_with("في المنطقة."));
    for junk in [
        "شبكة أخبار الجنوب",
        "ارتفاع أسعار الخبز",
        "مشروع ري",
        "موسم الزيتون",
        "أخبار ذات صلة",
    ] {
        assert!(!d.text.contains(junk), "{junk:?} shows");
    }
}

#[test]
fn comments_longer_than_the_post_stay_out() {
    let d = document(&fixture("blog-with-comments.html"), "t").unwrap();
    let p = paragraphs(&d);
    assert_eq!(p[0], "هل تنقذ الدراجات الهوائية شوارع القاهرة؟");
    assert_eq!(p.len(), 4, "{p:#?}");
    assert!(!d.text.contains("هولندا") && !d.text.contains("مدونة المدينة"));
}

#[test]
fn charset_from_meta_bom_or_guess() {
    // "سلام" in windows-1256 and in ISO-8859-6
    let w1256 = [0xD3, 0xE1, 0xC7, 0xE3];
    let iso = [0xD3, 0xE4, 0xC7, 0xE5];
    let page = |head: &str, body: &[u8]| {
        let mut v = format!("<html><head>{head}</head><body><p>").into_bytes();
        v.extend_from_slice(body);
        v.extend_from_slice(b"</p></body></html>");
        v
    };
    for head in [
        "<meta charset=\"windows-1256\">",
        "<META CHARSET=cp1256>",
        "<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">",
        "<meta content='text/html;charset=\"windows-1256\"' http-equiv='content-type'>",
        "",
    ] {
        let (text, from) = decode(&page(head, &w1256), "t").unwrap();
        assert!(text.contains("<p>سلام</p>"), "{head}: {text}");
        assert_eq!(from, Some("windows-1256"), "{head}");
    }
    let (text, from) = decode(&page("<meta charset=iso-8859-6>", &iso), "t").unwrap();
    assert!(text.contains("<p>سلام</p>"), "{text}");
    assert_eq!(from, Some("ISO-8859-6"));
    // a charset inside a comment is not a declaration
    let (_, from) = decode(&page("<!-- <meta charset=iso-8859-6> -->", &w1256), "t").unwrap();
    assert_eq!(from, Some("windows-1256"));
    let (text, from) = decode(&page("<meta charset=utf-8>", "سلام".as_bytes()), "t").unwrap();
    assert!(text.contains("سلام"));
    assert_eq!(from, None);
    // UTF-16 with a BOM
    let mut utf16 = vec![0xFF, 0xFE];
    for u in "<p>سلام</p>".encode_utf16() {
        utf16.extend_from_slice(&u.to_le_bytes());
    }
    let (text, from) = decode(&utf16, "t").unwrap();
    assert_eq!((text.as_str(), from), ("<p>سلام</p>", Some("UTF-16LE")));
    // a UTF-8 page with one stray byte stays UTF-8
    let mut stray = page("<meta charset=utf-8>", "سلام عليكم ورحمة الله".as_bytes());
    let at = stray.windows(2).position(|w| w == b" \xD8").unwrap_or(0);
    stray.insert(at, 0xFF);
    let (text, from) = decode(&stray, "t").unwrap();
    assert!(
        text.contains('\u{FFFD}') && text.contains("عليكم"),
        "{text}"
    );
    assert_eq!(from, None);
    // Latin-1 without a declaration is not guessed as Arabic
    let e = decode(&page("", b"caf\xe9 cr\xe8me br\xfbl\xe9e"), "t").unwrap_err();
    assert!(matches!(e, DocumentError::Encoding { .. }), "{e}");
    let e = decode(b"<html>\x00\x01\x02\x03\x04\x05", "t").unwrap_err();
    assert!(matches!(e, DocumentError::Binary { .. }), "{e}");
}

#[test]
fn html_is_told_by_its_start() {
    for yes in [
        "<!DOCTYPE html><p>",
        "\u{feff}  <!doctype HTML>\n",
        "<!-- saved from url=(0042)https://x/ -->\n<html lang=ar>",
        "<?xml version=\"1.0\"?>\n<html xmlns=\"http://www.w3.org/1999/xhtml\">",
        "<HEAD><title>x</title>",
        "\n\n<body>",
    ] {
        assert!(looks_like_html(yes.as_bytes()), "{yes:?}");
    }
    for no in [
        "قال <b>",
        "<p>نص</p>",
        "# عنوان",
        "<htmlx>",
        "",
        "<!-- unclosed",
    ] {
        assert!(!looks_like_html(no.as_bytes()), "{no:?}");
    }
}

#[test]
fn site_names_leave_the_title() {
    let cases = [
        (
            "عنوان الخبر الطويل هنا - الموقع",
            None,
            "عنوان الخبر الطويل هنا",
        ),
        (
            "عنوان الخبر الطويل هنا | قسم | الموقع",
            None,
            "عنوان الخبر الطويل هنا",
        ),
        (
            "الموقع :: عنوان الخبر الطويل هنا",
            None,
            "عنوان الخبر الطويل هنا",
        ),
        (
            "خبر - بعنوان فيه شرطة طويلة جدا",
            Some("موقع"),
            "خبر - بعنوان فيه شرطة طويلة جدا",
        ),
        (
            "أخبار اليوم | عنوان الخبر الطويل",
            Some("أخبار اليوم"),
            "عنوان الخبر الطويل",
        ),
        ("عنوان قصير", None, "عنوان قصير"),
    ];
    for (title, site, want) in cases {
        assert_eq!(strip_site(title, site), want, "{title}");
    }
}

#[test]
fn hostile_pages_give_sane_results() {
    let deep = format!(
        "<html><body>{}<p>نص عميق، في صفحة متداخلة جدا، يجب أن يظهر كاملا.</p>{}",
        "<div><span><b>".repeat(40_000),
        "</b></span></div>".repeat(40_000)
    );
    let long_word = format!("<p>{}</p>", "ا".repeat(1 << 20));
    let attrs = format!("<p {}>نص</p>", "a=\"b\" ".repeat(50_000));
    let tables = format!(
        "<body>{}<p>داخل الجداول</p>",
        "<table><tr><td>".repeat(20_000)
    );
    let lists = format!("<body>{}بند", "<ul><li>".repeat(30_000));
    let quotes = format!("<body>{}اقتباس", "<blockquote>".repeat(30_000));
    for (what, page) in [
        ("deep", deep.as_str()),
        ("long word", &long_word),
        ("attributes", &attrs),
        ("tables", &tables),
        ("lists", &lists),
        ("quotes", &quotes),
        ("empty", ""),
        (
            "only scripts",
            "<script>var a = 'x';</script><style>p{}</style>",
        ),
        ("no tags", "نص بلا وسوم"),
        (
            "broken",
            "<p <a href=\"</p>\">>x<<<//p><table></tr></b></div>نص",
        ),
        (
            "escapes",
            "<p>أ \u{1b}[2J \u{1b}]52;c;aGk=\u{7} &#27;[31m ب &#x202E;ج</p>",
        ),
    ] {
        // how long each takes is measured by `cargo bench --bench inputs`, not here
        let d = doc_of(page);
        assert_eq!(d.paragraphs.len(), d.kinds.len(), "{what}");
        for p in &d.paragraphs {
            assert!(!d.text[p.clone()].is_empty(), "{what}: empty paragraph");
        }
        match what {
            "deep" => assert!(d.text.contains("نص عميق، في صفحة متداخلة جدا")),
            "tables" => assert!(d.text.contains("داخل الجداول")),
            "lists" => assert!(d.text.ends_with("بند"), "{}", &d.text[d.text.len() - 40..]),
            "quotes" => assert!(d.text.contains("اقتباس")),
            "no tags" => assert_eq!(d.text, "نص بلا وسوم"),
            "empty" | "only scripts" => assert_eq!(d.text, ""),
            // kept as characters: the layout shows them as visible symbols, never sends them
            "escapes" => assert!(d.text.contains("\u{1b}[31m") && d.text.contains('\u{202E}')),
            _ => {}
        }
    }
}

#[test]
fn too_large_a_page_is_refused_in_one_line() {
    let big = vec![b' '; MAX_PAGE + 1];
    let e = document(&big, "big.html").unwrap_err();
    assert_eq!(
        e.to_string(),
        "big.html: page too large to extract (64 MiB; at most 64 MiB)"
    );
}

#[test]
fn marks_and_links_stay_inside_the_text() {
    let d = doc_of(
        "<title>ع</title><article><p><b>قوي <i>ومائل</b> فقط</i> <a href=\"javascript:x()\">لا</a> \
         <a href=\" /x \">نعم</a> <code>a  b</code> <q>قول</q></p><pre>x\n  y</pre></article>",
    );
    let p = paragraphs(&d);
    assert!(
        p.contains(&"قوي ومائل فقط لا نعم a b «قول»".to_owned()),
        "{p:?}"
    );
    assert!(p.ends_with(&["x".to_owned(), "  y".to_owned()]), "{p:?}");
    for m in &d.markup {
        assert!(
            d.text.get(m.range.clone()).is_some_and(|s| !s.is_empty()),
            "{m:?}"
        );
    }
    assert_eq!(d.links.len(), 1);
    assert_eq!(d.links[0].url, "/x");
    assert_eq!(slice_of(&d, &d.links[0].range), "نعم");
}

fn slice_of(d: &Document, r: &std::ops::Range<usize>) -> String {
    d.text[r.clone()].to_owned()
}
