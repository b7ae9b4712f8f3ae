//! HTML pages and Markdown articles through the command line: `render` (logical text with
//! `--bidi terminal`, laid out, coloured), `entities` and `notes` on the extracted text, the
//! charset notice, standard input told by its content.

use std::path::{Path, PathBuf};
use std::process::Output;

use hamish::document::{Document, InputKind};
use serde_json::Value;

const FIXTURES: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/tests/fixtures/inputs");

fn fixture(name: &str) -> PathBuf {
    Path::new(FIXTURES).join(name)
}

fn run(args: &[&str], stdin: Option<&[u8]>) -> Output {
    use std::io::Write;
    let mut cmd = crate::common::hamish();
    cmd.args(args)
        .env("XDG_DATA_HOME", "/nonexistent-hamish-test")
        .env("XDG_STATE_HOME", "/nonexistent-hamish-test")
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped());
    let mut child = cmd.spawn().expect("run hamish");
    if let Some(input) = stdin {
        child
            .stdin
            .take()
            .expect("stdin")
            .write_all(input)
            .expect("write stdin");
    }
    drop(child.stdin.take());
    child.wait_with_output().expect("wait for hamish")
}

fn ok(args: &[&str]) -> (String, String) {
    let out = run(args, None);
    assert!(
        out.status.success(),
        "hamish {args:?}: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    (
        String::from_utf8(out.stdout).expect("utf-8"),
        String::from_utf8(out.stderr).expect("utf-8"),
    )
}

fn s(p: &Path) -> &str {
    p.to_str().expect("utf-8 path")
}

/// The article of the windows-1256 page, as `render --bidi terminal` prints it: logical order,
/// one paragraph per line, a blank line between.
const SAHEL: &[&str] = &[
    "افتتاح محطة لتحلية مياه البحر في صور",
    "كتب: سامر الحلبي | صور",
    "افتتح وزير الطاقة والمياه، وليد منصور، صباح أمس محطة لتحلية مياه البحر على الشاطئ الجنوبي لمدينة صور، بطاقة إنتاجية تبلغ عشرين ألف متر مكعب يوميا، في مشروع يقول القائمون عليه إنه سيخفف أزمة المياه التي تعانيها المدينة منذ سنوات.",
    "وأقيم حفل الافتتاح بحضور رئيس بلدية صور، حسن عيسى، وممثلين عن برنامج الأمم المتحدة الإنمائي الذي موّل جزءا من المشروع، إلى جانب عدد من النواب وفعاليات المدينة.",
    "وقال منصور في كلمته إن المحطة «خطوة أولى في خطة وطنية لتأمين مياه الشرب للمدن الساحلية»، مضيفا أن الحكومة تدرس إنشاء محطتين مماثلتين في صيدا وطرابلس خلال العامين المقبلين.",
    "«لن يبقى بيت في صور بلا ماء صالح للشرب بعد اليوم، هذا وعد قطعناه على أنفسنا»",
    "وبحسب الشركة المنفذة، تضم المحطة:",
    "• وحدتين للتناضح العكسي تعملان بالتناوب؛",
    "• خزانا رئيسيا سعته خمسة آلاف متر مكعب؛",
    "• ألواحا شمسية تغطي ثلث حاجتها من الكهرباء.",
    "من جهته، أوضح عيسى أن البلدية ستتولى صيانة شبكة التوزيع، داعيا السكان إلى ترشيد الاستهلاك في أشهر الصيف.",
    "وأشار إلى أن أسعار المياه المنقولة بالصهاريج تضاعفت ثلاث مرات منذ عام 2019، ما أثقل كاهل العائلات.",
    "ويقدّر خبراء أن المحطة ستغطي نحو أربعين في المئة من حاجة المدينة، فيما تبقى الآبار الجوفية المصدر الرئيسي للمياه في القرى المحيطة.",
];

#[test]
fn windows_1256_page_renders_its_article_in_logical_order_with_a_notice() {
    let page = fixture("news-windows-1256.html");
    let (out, err) = ok(&["render", s(&page), "--bidi", "terminal", "--width", "400"]);
    assert_eq!(out, format!("{}\n", SAHEL.join("\n\n")));
    assert_eq!(
        err,
        format!(
            "hamish: note: {} is not UTF-8; decoded as windows-1256\n",
            s(&page)
        )
    );
}

#[test]
fn a_page_on_standard_input_is_told_by_its_content() {
    let bytes = std::fs::read(fixture("news-windows-1256.html")).expect("fixture");
    let out = run(
        &["render", "-", "--bidi", "terminal", "--width", "400"],
        Some(&bytes),
    );
    assert!(out.status.success());
    let text = String::from_utf8(out.stdout).expect("utf-8");
    assert_eq!(text, format!("{}\n", SAHEL.join("\n\n")));
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("<stdin> is not UTF-8; decoded as windows-1256"),
        "{err}"
    );
}

#[test]
fn laid_out_page_has_its_bullets_flush_right() {
    let page = fixture("news-windows-1256.html");
    let (out, _) = ok(&["render", s(&page), "--width", "50", "--shaping", "off"]);
    assert!(!out.contains('\x1b'));
    let bullets: Vec<&str> = out.lines().filter(|l| l.contains('•')).collect();
    assert_eq!(bullets.len(), 3, "{out}");
    for l in bullets {
        // right to left: the bullet is the first thing read, at the right edge
        assert!(l.ends_with('•'), "{l:?}");
        assert!(l.chars().count() <= 50, "{l:?}");
    }
    // the title comes first, flush right
    let first = out.lines().next().unwrap_or("");
    assert!(first.ends_with("حاتتفا"), "{first:?}");
}

#[test]
fn og_title_page_and_colour() {
    let page = fixture("news-og-title.html");
    let (out, err) = ok(&["render", s(&page), "--bidi", "terminal", "--width", "400"]);
    assert_eq!(err, "");
    let lines: Vec<&str> = out.lines().filter(|l| !l.is_empty()).collect();
    assert_eq!(
        lines[0],
        "مكتبة قديمة في فاس تعيد فتح أبوابها بعد ترميم دام ست سنوات"
    );
    assert!(lines.contains(&"مخطوطات نادرة"));
    assert!(lines.contains(&"1. الثلاثاء: من التاسعة صباحا حتى الواحدة ظهرا."));
    for junk in [
        "موقع المدار",
        "الأكثر قراءة",
        "النشرة البريدية",
        "نص مخفي",
        "dataLayer",
    ] {
        assert!(!out.contains(junk), "{junk}");
    }
    let (colour, _) = ok(&[
        "render",
        s(&page),
        "--color",
        "always",
        "--width",
        "60",
        "--theme",
        "dark",
    ]);
    // the link (a place too) underlined in the place colour, the emphasis italic, the heading
    // bold in the title colour
    assert!(colour.contains("\x1b[0;4;38;2;134;207;168m"), "{colour}");
    assert!(colour.contains("\x1b[0;3m"), "italic: {colour}");
    assert!(
        colour.contains("\x1b[0;1;38;2;242;239;232m"),
        "heading: {colour}"
    );
}

#[test]
fn markdown_shows_no_markup_characters() {
    let md = fixture("article.md");
    let (out, _) = ok(&["render", s(&md), "--bidi", "terminal", "--width", "400"]);
    let want = [
        "حديقة على سطح مدرسة في عمّان",
        "تقرير: ليلى حداد — عمّان",
        "قبل عامين كان سطح مدرسة الأمل الابتدائية في عمّان مساحة إسمنتية مهجورة، أما اليوم فيزرع فيه التلاميذ البندورة والنعناع والفول، ويسقونها بمياه المطر التي يجمعونها في خزان صغير.",
        "وتقول المعلمة سعاد يوسف، صاحبة الفكرة، إن المشروع بدأ بـعشرة أصص فقط، ثم توسع بدعم من جمعية أصدقاء البيئة ومن أهالي الحي.",
        "كيف تعمل الحديقة",
        "«الأطفال يتعلمون الصبر من النبتة أكثر مما يتعلمونه مني»، تقول يوسف.",
        "يتناوب التلاميذ على العناية بالحديقة وفق جدول أسبوعي:",
        "1. الصف الرابع يسقي الأحواض صباح الأحد والثلاثاء؛",
        "2. الصف الخامس يقيس نمو النباتات ويدوّن النتائج؛",
        "  ◦ في دفتر ورقي،",
        "  ◦ وفي جدول إلكتروني على حاسوب المدرسة.",
        "3. الصف السادس يبيع المحصول في سوق المدرسة.",
        "ويحسب التلاميذ كمية المياه بمعادلة بسيطة:",
        "الماء = المساحة × 4 لترات",
        "ما بعد المدرسة",
        "تأمل إدارة المدرسة أن تنتقل التجربة إلى ثلاث مدارس أخرى في الحي العام المقبل، وقد تلقت طلبات من معلمين في الزرقاء وإربد لزيارة الحديقة.",
    ];
    assert_eq!(out, format!("{}\n", want.join("\n\n")));
    for c in ['*', '#', '`', '[', ']', '>', '_'] {
        assert!(!out.contains(c), "{c:?} shows");
    }
    let doc = Document::load(&md).expect("load");
    assert_eq!(doc.input, InputKind::Markdown);
    let link = doc.links.first().expect("a link");
    assert_eq!(&doc.text[link.range.clone()], "جمعية أصدقاء البيئة");
    assert_eq!(link.url, "https://example.org/friends");
}

#[test]
fn entities_anchor_to_the_extracted_text() {
    for name in ["news-windows-1256.html", "article.md"] {
        let path = fixture(name);
        let (out, _) = ok(&["entities", s(&path)]);
        let rows: Vec<Value> = serde_json::from_str(&out).expect("json");
        let doc = Document::load(&path).expect("load");
        let chars: Vec<char> = doc.text.chars().collect();
        assert!(!rows.is_empty(), "{name}");
        for r in &rows {
            let (start, end) = (
                r["start"].as_u64().unwrap_or(0),
                r["end"].as_u64().unwrap_or(0),
            );
            let at: String = chars[start as usize..end as usize].iter().collect();
            assert_eq!(at, r["text"].as_str().unwrap_or(""), "{name}: {r}");
        }
        let names: Vec<&str> = rows.iter().filter_map(|r| r["text"].as_str()).collect();
        let want = if name.ends_with(".md") {
            "سعاد يوسف"
        } else {
            "وليد منصور"
        };
        assert!(names.contains(&want), "{name}: {names:?}");
        // nothing from the page around the article, nor from the markup
        assert!(
            !out.contains("الساحل اليومية") && !out.contains("**"),
            "{name}"
        );
    }
}

#[test]
fn notes_on_a_page_sit_beside_it_and_follow_a_changed_extraction() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("خبر.html");
    let original = std::fs::read_to_string(fixture("news-og-title.html")).expect("fixture");
    std::fs::write(&page, &original).expect("write");
    ok(&[
        "notes",
        "add",
        s(&page),
        "--quote",
        "أربعة آلاف مخطوطة",
        "--text",
        "رقم يستحق التحقق",
    ]);
    let sidecar = dir.path().join("خبر.html.notes.toml");
    assert!(sidecar.is_file(), "the sidecar sits next to the page");
    let list = |p: &Path| -> Vec<Value> {
        let (out, _) = ok(&["notes", s(p)]);
        serde_json::from_str::<Value>(&out)
            .expect("json")
            .as_array()
            .cloned()
            .unwrap_or_default()
    };
    let before = list(&page);
    assert_eq!(before.len(), 1);
    assert_eq!(before[0]["status"], "anchored");
    assert_eq!(before[0]["quote"], "أربعة آلاف مخطوطة");
    // the page changes around the article (as a new extraction would): the note moves with it
    let changed = original.replace(
        "<h2>مخطوطات نادرة</h2>",
        "<p>فقرة جديدة أضيفت إلى الخبر بعد نشره، تشرح تاريخ المكتبة منذ تأسيسها.</p>\n<h2>مخطوطات نادرة</h2>",
    );
    std::fs::write(&page, changed).expect("write");
    let after = list(&page);
    assert_eq!(after.len(), 1);
    assert_eq!(after[0]["status"], "moved", "{after:?}");
    assert_eq!(after[0]["quote"], "أربعة آلاف مخطوطة");
    assert!(after[0]["start"].as_u64() > before[0]["start"].as_u64());
}

#[test]
fn hostile_page_through_the_cli() {
    let dir = tempfile::tempdir().expect("tempdir");
    let page = dir.path().join("deep.html");
    let html = format!(
        "<!doctype html><title>صفحة</title>{}<p>نص \u{1b}]52;c;aGk=\u{7} في العمق، ظاهر للقارئ.</p>",
        "<div>".repeat(100_000)
    );
    std::fs::write(&page, html).expect("write");
    let (out, _) = ok(&["render", s(&page), "--width", "40"]);
    assert!(
        !out.contains('\x1b'),
        "no escape sequence reaches the terminal"
    );
    assert!(out.contains('␛'), "{out}");
    let empty = dir.path().join("empty.html");
    std::fs::write(&empty, "<html><script>x()</script></html>").expect("write");
    let (out, _) = ok(&["render", s(&empty), "--width", "40"]);
    assert_eq!(out, "");
}
