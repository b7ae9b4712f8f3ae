//! Quotations: finding them, telling speech from scare quotes, and attributing speech.
//!
//! MARKS. Two families: guillemets (« », and „) and the others (“ ” ‟ "). Real text uses them
//! loosely — ” or » to open, “ to close, a space on the wrong side, one mark missing — so each mark
//! is read from its surroundings first: it can only OPEN when it stands after a space or an opening
//! punctuation and before a letter (`قال "نحن`), only CLOSE when it stands after a non-space and
//! before a space, a punctuation or the line end (`نحن"،`), and goes either way otherwise (`” هناك`,
//! `الروسي”حقق`: it opens when nothing is open, else it closes). A mark of the other family inside a
//! quotation is part of it (nesting). A mark that can only open, met while a quotation is open,
//! means the open one lost its closing mark: that one ends at the last punctuation before the new
//! mark, and is dropped if there is none — so the narrative between two quotations
//! (`"…"، كانت كلمته "…"` with a mark missing) is never read as a quotation. A mark that can only
//! close, met while none is open, is a stray. A quotation never crosses a line; one left open runs
//! to the end of its line if it holds at least three words, and is dropped otherwise. A quotation
//! holds at least one letter (never punctuation alone). A quotation span INCLUDES its marks.
//!
//! HEADLINES. The title line of an article (its first line) of the form `X: words…`, X being a short
//! noun phrase that can speak — a name, or words headed by a title (`وزير الخارجية العماني`), an
//! organisation or place head, or a source noun (`مصدر أمني`, `دراسة`, `تقرير`, `مواطن`; list in
//! `gazetteer/speakers.txt`) — is a quotation of the words after the colon (or of the marked
//! quotation right after it), spoken by X. A vocative (`يا …:`) does not speak, nor a credit line
//! (`المصدر: وكالات`). X may itself stand in quotation marks (`«الصحة»: «…»`), a name.
//!
//! STYLE: never speech when it is named rather than said — right after a noun that names it,
//! without the article (`كتابه "…"`, `حملة "…"`, `بعنوان "…"`, `أغنية "…"`), or before a colon
//! with no verb of saying in its sentence (`يعرف بكتابه: "…"`, `من أشهر أعماله: "…"`; not `قال
//! في كتابه: "…"`), or up to five words after such a noun with nothing said in between
//! (`وقصيدته الشهيرة البردة "…"`, `كتابين هما "…"`), the next item of a list whose first was
//! named (`«…» و«…»`), an attribute's value in markup (`<ref name="…">`), a web address, or
//! words in another script with no verb of saying next to them (`(بالتركمانية: "Welayat")`; but
//! `قال سالم: "We will win"`), nor right after a preposition written apart (`لـ"الشرق الأوسط"`:
//! the outlet), nor when it is one name and nothing else (an entity, unless chanted), nor when it
//! is the subject written in marks (`وقال «الطيب»، في حلقة …، إن "…"`, as Egyptian papers
//! write: one to three words right after the verb, a complementiser or a colon after them), which
//! then speaks. Otherwise speech when it holds four words or more (news quotes long fragments
//! after any verb of attitude, `عبّر عن ثقته بأن الاقتصاد "…"`, `حمّل … مسؤولية "…"`), ends with
//! sentence punctuation, or follows a reporting verb or a colon within two words; a shorter one
//! (two or three words) when its verb
//! reaches it across only its subject and the one spoken to (a chant verb, `هتف`, `ردد`, also
//! across where it was chanted), when it opens in the speaker's voice (`إن`, `لقد`), or when a
//! plain verb of saying follows it after a comma, or right after when it opens its sentence
//! (`"لن نسمح بذلك"، قال …`; not `"…"، وتابع طريقه`, `«…»، وصف بها`). A fragment of reported
//! speech of any length is speech too: after a reporting verb and a complementiser, right after
//! the complementiser or a definite noun (the clause's subject), not opening with the article,
//! and ending the clause (`ويرى الخبير أن القرار "متأخر"`, `وصف … المعركة بأنها "حرب استنزاف"`)
//! or going on only to a complement on `ل` after `أن` and the subject, definite by its article or
//! its pronoun (`أكد أن فريقه "جاهز تماما" لمواجهة العراق`), or the object of the clause's own
//! verb in the imperfect right after its subject, three words or more not opening with the
//! article and ending the clause (`مضيفة أن قسم الطوارئ يستقبل «عشرات الجرحى يوميا»`);
//! a name (an entity, Latin letters, after a naming noun such as `اسم` or `لقب`) stays a scare
//! quote. So is a quotation followed by its source, `، بحسب X` or `، وفقا لX`, X a name or a
//! phrase headed by a title, an organisation head, a source noun or a group (`"خلال أسابيع"،
//! وفقا لمصدر مقرب`; not `وفقا للقانون`), unless it is itself a name. Otherwise a scare-quoted
//! name or term.
//!
//! SPEAKER of a speech quotation: the subject of the nearest reporting verb before it in its line
//! (not crossing an earlier quotation). The subject is the noun phrase right after the verb (Arabic
//! news puts the verb first: `وقال وزير المالية خالد الرواشدة في مؤتمر صحفي إن "…"`), which ends
//! at a function word, a preposition (the outlet the words were given to, `لوكالة فرانس برس`, is
//! therefore never the speaker), a punctuation or a complementiser (`إن`, `أن`). A name that
//! begins the phrase speaks; else a person named in it (`رئيس الوزراء سامر الخطيب`, unless the
//! phrase is headed by a group or source noun: `عائلة …`); else, for a phrase headed by an
//! organisation or place head, the name inside it; any other phrase speaks itself, unnamed
//! (`مصدر أمني`, `أحد سكان المدينة`, `مشجعو الوحدات` — a chant of the fans is theirs, not a
//! player's). With no subject there, an earlier reporting verb of the line may have one
//! (`أكد بوتين … مشيرا إلى أن "…"`), or a person right before the verb (`بوتين قال "…"`), or the
//! first person (else organisation) named earlier in the sentence, not as the object of a
//! preposition (`حول موقف الحوثيين`). A participle (`مضيفا`,
//! `داعيا`) never takes the words after it, its object: an earlier verb's subject, else the
//! sentence's. Else the subject is implied (`وتابع "…"`, `وقال إنه "…"`) and the speaker is the
//! last speaker of the article. A verb's form after `عدم` is a noun (`عدم ذكر اسمه`), and `ل…`
//! right after the verb is the one spoken to, never the speaker; a preposition with a pronoun
//! there (`قال عنه الناقد …`, `قال له: "…"`) is passed over like an adverb. `رد` is a verb of
//! saying only with its complement (`ورد المتحدث بأن …`; `وردت في` is appeared in). A crowd
//! chanting (`تظاهر آلاف … مرددين "…"`) speaks when no one is named, and a kunya names a speaker
//! (`قالت أم محمد`) though `أم` is otherwise a function word. The one an outlet quotes speaks,
//! not the outlet (`نسبت الوكالة إلى دبلوماسي قوله`, `نقلت عن مصدر قوله`), and so does the one
//! on whose tongue the words came (`جاء على لسان المتحدث …`); the topic of `أما X ف…` is the
//! subject of a verb after ف (`أما الهيئة فتوقعت "…"`), a verb of saying or not, before any
//! noun after that verb (`أما القائد فوصف المباراة بأنها "…"`: the match is the object); in the
//! pluperfect `كان X قد قال` the subject X stands before the verb, and a noun after it is its
//! object (`وكان الاتحاد قد وصف الملعب بأنه "…"`); `على حد تعبير X:` before the words, as
//! after them, names X; `كالتالي` and `كما` end a subject. `كشف`, `اعترف`, `أقر`, `نوه`,
//! `أبلغ` and `أورد` say only with a complementiser after them (`اعترف الوزير بأن`), never
//! with a thing after `ب` (`اعترف باستقلال …`). A statement with the article and no issuer
//! (`وأورد البيان أن`) is the sentence subject's; with no one named in the sentence, a title
//! with what makes it someone's (`أشاد مدرب الوحدات …، معتبرا`) speaks before the last
//! speaker does. A definite head noun alone (`المنظمة`, `الحزب`) speaks for the organisation
//! named earlier in the article that it begins (`منظمة العفو الدولية`), or, where the entities
//! name none there, for the nearest phrase it begins, with its complement and adjectives
//! (`وزارة الصحة الكويتية`; an organisation's head only, not a title or a common noun); after
//! a verb that is not one of saying, such a noun right after the verb is its subject (`وطمأنت
//! الوزارة الأهالي بأن "…"`). A verb with an
//! object pronoun (`وصفه الأمين العام … بأنه "…"`) has its subject looked for like any other,
//! though it does not make speech of a short quotation (`كتبه`: his books). The issuer of a
//! document named as the source or as the subject speaks (`بحسب بيان للوزارة` → `وزارة`, `أكد
//! بيان صادر عن الرئاسة` → `الرئاسة`), and words pointed back at
//! after the quotation are the subject's of the verb after them (`"…"، بهذه الكلمات لخصت سهام`,
//! `هكذا وصف X`). A verb before a scare quote still
//! governs the speech after it (`وأوضح المصدر في حديث لـ"…" أن "…"`). Words of a statement or a
//! post (`أصدرت الوزارة بيانا جاء فيه: "…"`) are its issuer's: the sentence's first person, else
//! organisation, else the phrase headed by a title or an organisation head. With no verb before,
//! a source (`وبحسب المرصد، فإن "…"`), or a reporting verb right after the quotation (`"…" قال
//! بوتين`), or a source after it (`"…"، بحسب ما قاله X`).
//!
//! Each speech quotation gives its speaker's name as written and, when the speaker is named in the
//! text at that place (not implied), the byte range of that mention ([`Span::speaker_range`]).

use std::ops::Range;

use super::entities::{nisba as is_nisba, place_nisba};
use super::gazetteer::{Gazetteer, class};
use super::normalize::{self, written};
use super::tokens::{Token, TokenClass};
use super::{Kind, QuoteStyle, Span};

#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Family {
    Guillemet,
    Curly,
}

/// What a mark can do, read from its surroundings.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Side {
    Open,
    Close,
    Either,
}

fn family(c: char) -> Option<Family> {
    match c {
        '«' | '»' | '„' => Some(Family::Guillemet),
        '“' | '”' | '‟' | '"' => Some(Family::Curly),
        _ => None,
    }
}

fn side(prev: Option<char>, next: Option<char>) -> Side {
    let space = |c: Option<char>| c.is_none_or(char::is_whitespace);
    let alnum = |c: Option<char>| c.is_some_and(char::is_alphanumeric);
    let opening_punct = |c: Option<char>| {
        matches!(
            c,
            Some('(' | '[' | '{' | ':' | '؛' | ';' | '،' | ',' | '-' | '—' | '–' | '/')
        )
    };
    let can_open = (space(prev) || opening_punct(prev)) && alnum(next);
    let can_close = !space(prev) && !alnum(next);
    match (can_open, can_close) {
        (true, false) => Side::Open,
        (false, true) => Side::Close,
        _ => Side::Either,
    }
}

/// Finds the raw quotation ranges (marks included) in one line starting at byte `base`.
fn raw_quotes(line: &str, base: usize, out: &mut Vec<Range<usize>>) {
    // every mark is `"` or starts with byte C2 or E2 (lead bytes, so always a character
    // boundary): a byte scan finds them without decoding the line
    let first_new = out.len();
    let bytes = line.as_bytes();
    let mut marks: Vec<(usize, char, Family, Side)> = Vec::new();
    let mut from = 0;
    while let Some(k) = memchr::memchr3(b'"', 0xC2, 0xE2, &bytes[from..]) {
        let i = from + k;
        let Some(c) = line[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        if let Some(f) = family(c) {
            let mut before = line[..i].chars().rev();
            let mut prev = before.next();
            let next = line[from..].chars().next();
            // a one-letter clitic before the mark (`و"لن نتعب"`) leaves it where a word starts
            if matches!(prev, Some('و' | 'ف' | 'ب' | 'ل' | 'ك'))
                && before.next().is_none_or(char::is_whitespace)
                && next.is_some_and(char::is_alphabetic)
            {
                prev = Some(' ');
            }
            let mut s = side(prev, next);
            // a guillemet that its surroundings leave open keeps its usual meaning
            if s == Side::Either {
                s = match c {
                    '«' | '„' => Side::Open,
                    '»' => Side::Close,
                    _ => Side::Either,
                };
            }
            marks.push((i, c, f, s));
        }
    }
    let has_letter = |r: Range<usize>| line[r].chars().any(char::is_alphabetic);
    let push = |s: usize, e: usize, inner: Range<usize>, out: &mut Vec<Range<usize>>| {
        if has_letter(inner) {
            out.push(base + s..base + e);
        }
    };
    // The open quotations, outermost first: an opening mark of the family of the open one
    // nests, as in `“لن نسمح بتكرار “ما حدث” أبدا”`. Whether it did is known only at the end of
    // the line: an outer quotation never closed had lost its closing mark, and its nested
    // quotations were quotations of their own.
    struct Open {
        at: usize,
        family: Family,
        /// Whether its mark could only open (a space before it, a letter after it) and is not
        /// the straight `"`, which looks the same on both sides: only such a quotation is taken
        /// to hold another one of the same family, so that sloppy marks (`" أولا … "هل`) are
        /// read as a lost closing mark, which costs less when wrong.
        clean: bool,
        /// Quotations closed inside this one (their ranges in the line).
        inner: Vec<Range<usize>>,
    }
    /// How deep quotations nest before an opening mark is taken for a lost closing one.
    const MAX_DEPTH: usize = 2;
    // A quotation that lost its closing mark ends at the last punctuation before `before`, if
    // it holds two words by then.
    let lost_close = |o: usize, before: usize, out: &mut Vec<Range<usize>>| {
        if let Some(p) = line[o..before].rfind(['،', ',', '.', ':', '؛', ';', '!', '؟', '?'])
            && line[o..o + p].split_whitespace().count() >= 2
        {
            push(o, o + p, o..o + p, out);
        }
    };
    let mut open: Vec<Open> = Vec::new();
    for &(i, c, f, s) in &marks {
        let end = i + c.len_utf8();
        let Some(top) = open.last() else {
            if s != Side::Close {
                open.push(Open {
                    at: i,
                    family: f,
                    clean: s == Side::Open && c != '"',
                    inner: Vec::new(),
                });
            }
            continue;
        };
        // a mark of the other family inside a quotation is part of it
        if top.family != f {
            continue;
        }
        if s == Side::Open {
            if !top.clean || open.len() == MAX_DEPTH {
                // not nesting: the innermost lost its closing mark (inside another quotation,
                // it is left to that one)
                let lost = open.pop().expect("depth is not 0");
                if open.is_empty() {
                    lost_close(lost.at, i, out);
                    for r in lost.inner {
                        push(r.start, r.end, r.clone(), out);
                    }
                }
            }
            open.push(Open {
                at: i,
                family: f,
                clean: c != '"',
                inner: Vec::new(),
            });
            continue;
        }
        let done = open.pop().expect("a quotation is open");
        let start = done.at + line[done.at..].chars().next().map_or(1, char::len_utf8);
        match open.last_mut() {
            // nested: part of the outer quotation, unless that one turns out unclosed
            Some(outer) => {
                if has_letter(start..i) {
                    outer.inner.push(done.at..end);
                }
            }
            None => push(done.at, end, start..i, out),
        }
    }
    // unclosed quotations, outermost first: each ends before what was nested in it
    let nested_at: Vec<Option<usize>> = (0..open.len())
        .map(|k| {
            open[k]
                .inner
                .first()
                .map(|r| r.start)
                .or_else(|| open.get(k + 1).map(|o| o.at))
        })
        .collect();
    for (o, nested) in open.iter().zip(nested_at) {
        match nested {
            Some(before) => {
                lost_close(o.at, before, out);
                for r in &o.inner {
                    push(r.start, r.end, r.clone(), out);
                }
            }
            None => {
                let rest = line[o.at..].trim_end();
                // a mark left open before a hashtag is the tag's (`وسم "#وينو_الماء،`)
                let hashtag = rest.chars().nth(1) == Some('#');
                if rest.split_whitespace().count() >= 3 && !hashtag {
                    push(o.at, o.at + rest.len(), o.at..o.at + rest.len(), out);
                }
            }
        }
    }
    out[first_new..].sort_by_key(|r| r.start);
}

fn is_word(t: &Token) -> bool {
    t.class != TokenClass::Punct
}

fn is_sentence_end(s: &str) -> bool {
    matches!(s, "." | "!" | "?" | "؟" | "…")
}

/// What the quotations of one part of an article tell the next part (the chunks of a big file):
/// the last speaker, whom an implicit subject (`وتابع ”…”`) refers to, and whether the title line
/// is behind (only an article's first line is read as a headline `X: words`).
#[derive(Debug, Clone, Default)]
pub struct Carry {
    pub last_speaker: Option<String>,
    /// The person an implied subject would be at the end of the part (see `implied_person`).
    pub last_person: Option<String>,
    pub past_title: bool,
}

/// Whether `word` holds the letters `part` in a row, a tatweel or harakat between them skipped
/// (`وَرَدَّ`, `مرـددين`). Compared byte by byte: `str::contains` sets up a searcher that costs
/// more than a word takes to scan, and the verb tests ask this of every word before a quotation.
fn holds(word: &str, part: &str) -> bool {
    let (w, p) = (word.as_bytes(), part.as_bytes());
    let Some(&first) = p.first() else {
        return true;
    };
    (0..w.len()).any(|start| {
        if w[start] != first {
            return false;
        }
        let (mut i, mut j) = (start + 1, 1);
        while j < p.len() {
            // between two letters of `part`, a mark is skipped before the next letter is
            // compared (a mark and `ف` both begin with the byte 0xD9)
            if p[j] & 0xC0 != 0x80
                && w.get(i) == Some(&0xD9)
                // U+0640 (tatweel), U+064B–U+065F (harakat), U+0670 (dagger alef)
                && w.get(i + 1).is_some_and(|&b| matches!(b, 0x80 | 0x8B..=0x9F | 0xB0))
            {
                i += 2;
            } else if w.get(i) == Some(&p[j]) {
                (i, j) = (i + 1, j + 1);
            } else {
                return false;
            }
        }
        true
    })
}

/// The noun of an outlet that prints or broadcasts what is said (by key, without the article):
/// a paper, an agency, a channel, a site, a magazine, a radio.
fn outlet_noun(k: &str) -> bool {
    matches!(
        k,
        "صحيفه" | "جريده" | "وكاله" | "قناه" | "موقع" | "مجله" | "اذاعه"
    )
}

/// A day's name or `أمس`, `اليوم` (by key): when something was issued, between its verb and
/// the subject (`أصدرته أمس شركة …`).
fn day_word(k: &str) -> bool {
    matches!(
        k,
        "امس"
            | "اليوم"
            | "الاحد"
            | "الاثنين"
            | "الثلاثاء"
            | "الاربعاء"
            | "الخميس"
            | "الجمعه"
            | "السبت"
    )
}

/// [`outlet_noun`] of a key that may have the article (`الإذاعة`, `إذاعة`).
fn outlet_with_article(k: &str) -> bool {
    outlet_noun(k.strip_prefix("ال").unwrap_or(k))
}

/// A document's noun (by key, without the article): a statement, a report, a post.
fn is_document(k: &str) -> bool {
    matches!(
        k,
        "بيان" | "بلاغ" | "تقرير" | "تصريح" | "تصريحات" | "رساله" | "منشور" | "تغريده"
    )
}

/// How many words before a verb the text that holds its words is looked for: a name in marks
/// and a clause may stand between (`في بيان بثته إذاعة "الأندلس" التابعة لها، جاء فيه`).
const TEXT_REACH: usize = 10;

/// How many words before a text that holds words its sender is looked for (`كتب المطران
/// ربيرا، مهندس قرار الطرد، تقريرا`).
const ISSUER_REACH: usize = 8;

/// A noun for a text or an occasion that holds someone's words, read from its key without
/// clitics (`رساله`, `وصيه`, `جلسه`): the `فيه` of `قال فيه` points at it, not at a person
/// spoken of (`الجبرتي الذي قال فيه`, said of him).
fn holds_words(k: &str) -> bool {
    is_document(k)
        || matches!(
            k,
            "برقيه"
                | "خطاب"
                | "كتاب"
                | "كتابات"
                | "مقال"
                | "مقاله"
                | "وصيه"
                | "جواب"
                | "كلمه"
                | "حديث"
                | "مقابله"
                | "جلسه"
                | "فقره"
                | "قصيده"
                | "مذكرات"
                | "تدوينه"
                | "شهاده"
                | "مداخله"
                | "مراسله"
        )
}

/// A noun for what a crowd chants or sings, the object of its verb and never part of who speaks
/// (`ردد المحتجون هتافات "…"`).
fn utterance(key: &str) -> bool {
    matches!(
        key,
        "هتافات"
            | "هتاف"
            | "شعارات"
            | "شعار"
            | "اهازيج"
            | "عبارات"
            | "نشيد"
            | "اغنيه"
            | "اغاني"
    )
}

/// A body of the state named by one noun with the article, which headlines make a speaker
/// (`الشرطة: القبض على …`, `الصحة: 30 إصابة جديدة`, `الجيش: …`), alone or with the nisba of its
/// country or reach (`الخارجية الأمريكية: …`, `الجيش الإسرائيلي: …`, `الصحة العالمية: …`): the
/// police, the army, the government, the presidency, the ministries by their portfolio,
/// parliament, the courts, a monitor (`المرصد: …`). Not the source nouns with the article
/// (`المصدر: وكالات` is a credit line).
/// A noun that names what follows it (see [`Reader::names_next`]), as a key without clitics.
fn naming_noun(k: &str) -> bool {
    matches!(
        k,
        "اسم"
            | "لقب"
            | "مصطلح"
            | "عنوان"
            | "تسميه"
            | "شعار"
            | "كتاب"
            | "روايه"
            | "فيلم"
            | "مسلسل"
            | "اغنيه"
            | "البوم"
            | "برنامج"
            | "قصيده"
            | "ديوان"
            | "مسرحيه"
            | "مجله"
            | "صحيفه"
            | "جريده"
            | "عمليه"
            | "مبادره"
            | "حمله"
            | "مشروع"
            | "وسم"
            | "هاشتاغ"
            // a work, a masterpiece, memoirs (`أشاد بها في مؤلفه "…"`, `في رائعته "…"`)
            | "مولف"
            | "رايعه"
            | "مذكرات"
            // works, in the plural (`من أشهر أعماله: "…"`)
            | "اعمال"
            | "مولفات"
            | "روايات"
            | "افلام"
            | "اغاني"
            | "قصايد"
    )
}

fn speaking_body(key: &str) -> bool {
    matches!(
        key,
        "المرصد"
            | "الشرطه"
            | "الجيش"
            | "الحكومه"
            | "الرياسه"
            | "الداخليه"
            | "الخارجيه"
            | "الدفاع"
            | "الصحه"
            | "التعليم"
            | "البرلمان"
            | "النيابه"
            | "المحكمه"
            | "المعارضه"
            | "البلديه"
            | "المفوضيه"
    )
}

/// How far [`Reader::implied_person`] has read the entities, and the last person among them.
#[derive(Default)]
struct PersonsSeen {
    looked: usize,
    last: Option<usize>,
}

/// Finds quotations in `text` (one article); `tokens` are its tokens and `entities` its entity
/// spans (sorted).
pub fn find(text: &str, tokens: &[Token], entities: &[Span]) -> Vec<Span> {
    let g = Gazetteer::get();
    let bits = |i: usize| word_bits(g, text, &tokens[i]);
    find_with(
        text,
        0..text.len(),
        tokens,
        entities,
        bits,
        &mut Carry::default(),
        &mut Scratch::default(),
    )
}

/// Gazetteer class bits of a token under any reading of its key (0 but for Arabic words).
pub fn word_bits(g: &Gazetteer, text: &str, t: &Token) -> u16 {
    if t.class == TokenClass::Arabic {
        g.bits_any_reading(&normalize::key(&text[t.range.clone()]))
    } else {
        0
    }
}

/// Whether a token is a reporting verb, given the gazetteer class bits of its key under any
/// reading (asked for only when needed).
pub fn is_reporting_verb(t: &Token, bits_any_reading: impl FnOnce() -> u16) -> bool {
    t.class == TokenClass::Arabic && bits_any_reading() & class::REPORT_VERB != 0
}

/// A speaker: the name as written, and where the text names them (when it does).
#[derive(Debug, Clone)]
struct Speaker {
    name: String,
    range: Option<Range<usize>>,
}

/// What the attribution reads of the text.
struct Reader<'a, B> {
    text: &'a str,
    tokens: &'a [Token],
    /// Entity spans, sorted by start.
    entities: &'a [Span],
    bits: B,
    g: &'static Gazetteer,
    /// [`Reader::is_verb`] of each token, once asked: 0 not yet, 1 no, 2 yes. The attribution asks
    /// it of the same tokens again and again (every word between two quotations, for each), and
    /// the answer builds keys.
    verbs: &'a [std::cell::Cell<u8>],
    /// [`Reader::key`] of each token, once asked.
    keys: &'a [std::cell::OnceCell<Box<str>>],
    /// The tokens whose `verbs` or `keys` were filled: from the first to one past the last.
    asked: std::cell::Cell<(usize, usize)>,
}

/// The per-token memory of the quotation reader ([`Reader::is_verb`], [`Reader::key`]), kept
/// from one call of [`find_with`] to the next. The tokens given are a whole part of a file while
/// a call reads one article of it: memory for every token, made and dropped for each article, cost
/// a tenth of the time of a file of many short articles. Each call leaves it as it found it, empty.
#[derive(Debug, Default)]
pub struct Scratch {
    verbs: Vec<std::cell::Cell<u8>>,
    keys: Vec<std::cell::OnceCell<Box<str>>>,
}

impl Scratch {
    fn fit(&mut self, n: usize) {
        if self.verbs.len() < n {
            self.verbs.resize(n, std::cell::Cell::new(0));
            self.keys.resize(n, std::cell::OnceCell::new());
        }
    }

    /// Forgets what was asked of tokens `from..to`.
    fn clear(&mut self, (from, to): (usize, usize)) {
        for i in from..to {
            self.verbs[i].set(0);
            self.keys[i].take();
        }
    }
}

/// Most words of an unnamed speaker (`أحد سكان بلدة الرمثا القريبة`).
const UNNAMED_WORDS: usize = 5;
/// Most words of a subject noun phrase.
const SUBJECT_WORDS: usize = 10;
/// How many tokens before a quotation a noun of chanting makes it the crowd's words (`خرج بهتافات
/// لم يسمع عنها أحد من قبل، مثل «…»`).
const CHANT_REACH: usize = 12;
/// How many tokens before a quotation a naming noun makes it a title (`أغنية الألبوم المنفردة
/// الخامسة، "…"`).
const WORK_REACH: usize = 5;

impl<B: Fn(usize) -> u16> Reader<'_, B> {
    fn word(&self, i: usize) -> &str {
        &self.text[self.tokens[i].range.clone()]
    }

    /// The key of token i without the conjunction `و` or `ف` it may begin with (`وقال`, `فصرخ`).
    fn key_after_conjunction(&self, i: usize) -> &str {
        let k = self.key(i);
        k.strip_prefix(['و', 'ف']).unwrap_or(k)
    }

    /// The key of token `i` ([`normalize::key`]), made once: the attribution asks it of the same
    /// tokens again and again.
    fn key(&self, i: usize) -> &str {
        self.keys[i].get_or_init(|| {
            self.note_asked(i);
            normalize::key(self.word(i)).into_boxed_str()
        })
    }

    fn note_asked(&self, i: usize) {
        let (from, to) = self.asked.get();
        self.asked.set(if from == to {
            (i, i + 1)
        } else {
            (from.min(i), to.max(i + 1))
        });
    }

    fn is_verb(&self, i: usize) -> bool {
        match self.verbs[i].get() {
            1 => false,
            2 => true,
            _ => {
                let v = self.read_verb(i);
                self.note_asked(i);
                self.verbs[i].set(1 + u8::from(v));
                v
            }
        }
    }

    /// Whether token `i` is a verb that can introduce words said (see [`Reader::is_verb`]).
    fn read_verb(&self, i: usize) -> bool {
        (is_reporting_verb(&self.tokens[i], || (self.bits)(i))
            || self.chant_participle(i)
            || self.reply_verb(i)
            || self.question_verb(i)
            || self.shout_verb(i)
            || self.narrate_verb(i)
            || self.complement_verb(i))
            && !(i > 0 && self.noun_before_verbal_noun(i - 1))
            && !self.names_withheld(i)
            && !self.moved(i)
    }

    /// `نقل` relays words from someone (`ونقلت الوكالة عن الوزير قوله إن`, `ونقلت صحيفة «النهار»
    /// عن …`), and `عن` says from whom within six words; without it the word moves something
    /// (`تدرس نقل الباعة إلى "…"`: moving the sellers, whose words they are not).
    fn moved(&self, i: usize) -> bool {
        matches!(
            self.key_after_conjunction(i),
            "نقل" | "نقلت" | "ينقل" | "تنقل"
        ) && !(i + 1..(i + 7).min(self.tokens.len()))
            .take_while(|&j| !is_sentence_end(self.word(j)))
            .any(|j| matches!(self.key(j), "عن" | "عنه" | "عنها" | "عنهم" | "عنهما"))
    }

    /// `ذكر` before a name's pronoun is mentioning it, not saying anything (`رافضا ذكر اسمه`,
    /// `طلب عدم ذكر اسمها`): the one who spoke is named before it.
    fn names_withheld(&self, i: usize) -> bool {
        i + 1 < self.tokens.len()
            && matches!(
                self.key(i + 1),
                "اسمه" | "اسمها" | "اسمهم" | "اسمهما" | "اسميهما"
            )
    }

    /// `صرخ` and `صاح` (shouted, cried out): what was shouted, the subject after it (`فصرخ أحد
    /// المحتجين: "…"`). Not `نادى` (called out), whose key is that of `نادي` (a club), which heads
    /// a headline's speaker (`نادي الهلال: …`). Kept here, not among the gazetteer's reporting
    /// verbs, whose class is also an entity-model feature.
    fn shout_verb(&self, i: usize) -> bool {
        if self.tokens[i].class != TokenClass::Arabic {
            return false;
        }
        matches!(
            self.key_after_conjunction(i),
            "صرخ"
                | "صرخت"
                | "صرخوا"
                | "يصرخ"
                | "تصرخ"
                | "صاح"
                | "صاحت"
                | "صاحوا"
                | "يصيح"
                | "تصيح"
        )
    }

    /// `روى` (told, narrated): what a witness tells, the subject after it, with a colon or a
    /// complementiser before the words (`روى شاهد عيان يعمل سائقا: "…"`, `روى الطبري أن`); a
    /// story or a film so narrated is named in marks with neither (`يروي المسلسل "…"`). Not a
    /// name so written (`روي كين`, Roy Keane); kept here for the reason [`Reader::shout_verb`]
    /// is.
    fn narrate_verb(&self, i: usize) -> bool {
        // (the letters of every form first, before the key is built: this runs on every word
        // before a quotation)
        if self.tokens[i].class != TokenClass::Arabic
            || !holds(self.word(i), "رو")
            || !matches!(
                self.key_after_conjunction(i),
                "روي" | "روت" | "رووا" | "يروي" | "تروي"
            )
            || self.entity_at(i).is_some()
            // (the passive, `رُوي عن عائشة`, `روي أن`: its subject is no speaker)
            || (i + 1 < self.tokens.len() && matches!(self.key(i + 1), "عن" | "ان"))
        {
            return false;
        }
        (i + 1..self.tokens.len().min(i + 2 + SUBJECT_WORDS))
            .take_while(|&j| !is_sentence_end(self.word(j)) && !self.is_mark(j))
            .any(|j| self.word(j) == ":" || self.complementiser(j))
    }

    /// `كشف X أن "…"`: a verb that says only with a complementiser after it in its sentence,
    /// before any quotation but the outlet's name: `كشف` (disclosed), `اعترف` and `أقر`
    /// (admitted), `نوه` (pointed out), `أبلغ` (informed), `أورد` (stated), `استبعد` (ruled
    /// out: `لم يستبعد X أن`). Kept here, not among the gazetteer's reporting verbs, whose class
    /// is also a feature the entity model was trained with. Alone they take
    /// things, not words: `كشف عن "…"` discloses a thing, `أقر البرلمان "قانون …"` passes a law,
    /// `نوه بـ` praises; `لكشف` and `كشف حساب` are nouns.
    fn complement_verb(&self, i: usize) -> bool {
        if self.tokens[i].class != TokenClass::Arabic {
            return false;
        }
        let k = self.key(i);
        let k = k.strip_prefix('و').unwrap_or(k);
        if !matches!(
            k,
            "كشف"
                | "كشفت"
                | "يكشف"
                | "تكشف"
                | "اعترف"
                | "اعترفت"
                | "يعترف"
                | "تعترف"
                | "اقر"
                | "اقرت"
                | "يقر"
                | "تقر"
                | "نوه"
                | "نوهت"
                | "ينوه"
                | "تنوه"
                | "ابلغ"
                | "ابلغت"
                | "اورد"
                | "اوردت"
                | "يورد"
                | "تورد"
                | "استبعد"
                | "استبعدت"
                | "يستبعد"
                | "تستبعد"
        ) {
            return false;
        }
        // a clause between commas does not count (`أبلغ ضابط …، فضل عدم نشر اسمه، وكالة الأنباء
        // بأن`)
        let mut end = self.tokens.len().min(i + 2 + SUBJECT_WORDS);
        let mut j = i + 1;
        while j < end && !is_sentence_end(self.word(j)) {
            if self.word(j) == "،"
                && let Some(c) = (j + 1..self.tokens.len().min(j + 8)).find(|&c| {
                    self.word(c) == "،" || is_sentence_end(self.word(c)) || self.is_mark(c)
                })
                && self.word(c) == "،"
            {
                end = self.tokens.len().min(end + (c - j));
                j = c + 1;
                continue;
            }
            // a thing after `ب` is what the verb takes (`اعترف باستقلال …`, `نوه بدور …`,
            // `أبلغه بذلك`); not a name that begins with the letter (`بووانو`), nor where the
            // one who speaks is (`كشفت مصادر بالطب البيطري أن`, sources in veterinary medicine)
            let b = self.tokens[j].range.start;
            let where_source_is =
                j > i + 1 && self.g.word_bits(self.key(j - 1)) & class::SPEAKER != 0;
            if !self.complementiser(j)
                && !where_source_is
                && self
                    .key(j)
                    .strip_prefix('ب')
                    .is_some_and(|r| r.chars().count() >= 3)
                && !self.covered(b)
                && (self.bits)(j) & (class::FIRST_NAME | class::PERSON) == 0
            {
                return false;
            }
            if self.is_mark(j) {
                // an outlet in marks may come between (`كشف الوزير لـ«عكاظ» أن`)
                if self.key(j - 1) != "ل" {
                    return false;
                }
                j = (j + 1..end)
                    .find(|&m| self.is_mark(m))
                    .map_or(end, |m| m + 1);
                continue;
            }
            if self.complementiser(j) {
                return true;
            }
            j += 1;
        }
        false
    }

    /// `رد` (replied) with what was said after its subject (`ورد المتحدث بأن …`, `بالقول:`,
    /// `قائلا`): the form is also `ورد` (appeared: `ورد في التقرير`) and `رد` (a reply), so it
    /// is a verb of saying only with its complement.
    fn reply_verb(&self, i: usize) -> bool {
        if self.tokens[i].class != TokenClass::Arabic || !holds(self.word(i), "رد") {
            return false;
        }
        let k = self.key_after_conjunction(i);
        if !matches!(k, "رد" | "ردت" | "يرد" | "ترد" | "ردوا") {
            return false;
        }
        // `وردت في القرآن`, `التي ورد فيها`: appeared, not replied
        let next = self.tokens.get(i + 1).map(|_| self.key(i + 1));
        if next.is_some_and(|n| matches!(n, "في" | "فيه" | "فيها" | "ذكر" | "اسم"))
            || (i > 0 && matches!(self.key(i - 1), "الذي" | "التي" | "الذين" | "اللذان" | "ما"))
        {
            return false;
        }
        // (a subject with a long title, and where it was written, may stand between: `وردّ رئيس
        // حزب القوات اللبنانية سمير جعجع في تغريدة على منصة «إكس» بالقول:`)
        (i + 1..self.tokens.len().min(i + 2 + 2 * SUBJECT_WORDS))
            .take_while(|&j| !is_sentence_end(self.word(j)))
            .any(|j| {
                matches!(
                    self.key(j),
                    "بان" | "بانه" | "بانها" | "بالقول" | "قايلا" | "قايله"
                )
            })
    }

    /// `سأل` (asked), bare or with the one asked as its object pronoun (`وسأله أحد الصحفيين:
    /// "…؟"`, `سألت الصحفية الوزير: "…"`): what the asker said, the subject after it. Kept here,
    /// not among the gazetteer's reporting verbs, whose class is also an entity-model feature.
    /// Without its hamza the verb is also "flowed" (`سالت الدماء`), which governs no quotation.
    fn question_verb(&self, i: usize) -> bool {
        if self.tokens[i].class != TokenClass::Arabic {
            return false;
        }
        let k = self.key_after_conjunction(i);
        let asked = |v: &str| matches!(v, "سال" | "سالت" | "سالوا" | "يسال" | "تسال" | "يسالون");
        asked(k) || normalize::without_pronoun(k).is_some_and(asked)
    }

    /// A participle of chanting (`مرددين`, `هاتفة`): what a crowd chanted, whose subject is the
    /// sentence's (`تظاهر آلاف … مرددين "…"`); or the plural imperfect that says the same in a
    /// clause of circumstance (`وتجمع مئات من أنصار الحزب … وهم يرددون «…»`). Kept here, not
    /// among the gazetteer's reporting verbs, whose class is also an entity-model feature.
    fn chant_participle(&self, i: usize) -> bool {
        // the letters of every form, looked for before the key is built (this runs on every
        // word before a quotation)
        let w = self.word(i);
        if self.tokens[i].class != TokenClass::Arabic
            || !(holds(w, "رد") || holds(w, "هت") || holds(w, "هاتف"))
        {
            return false;
        }
        let k = self.key(i);
        let k = k.strip_prefix('و').unwrap_or(k);
        matches!(
            k,
            "مرددا"
                | "مردده"
                | "مرددين"
                | "مرددون"
                | "هاتفا"
                | "هاتفه"
                | "هاتفين"
                | "هاتفون"
        ) || self.chant_imperfect(i)
    }

    /// The plural imperfect of chanting (`يرددون`, `يهتفون`), a conjunction allowed.
    fn chant_imperfect(&self, i: usize) -> bool {
        let k = self.key(i);
        matches!(
            k.strip_prefix('و').unwrap_or(k),
            "يرددون" | "يرددن" | "يهتفون" | "يهتفن"
        )
    }

    /// A word after which a reporting verb's form is a verbal noun, not a verb (`عدم ذكر اسمه`:
    /// not mentioning his name).
    fn noun_before_verbal_noun(&self, i: usize) -> bool {
        matches!(
            self.key(i),
            "عدم" | "لعدم" | "بعدم" | "وعدم" | "دون" | "بدون"
        )
    }

    /// A participle of a reporting verb (`مضيفا`, `داعيا`, `معتبرة`, `قائلا`): its subject is
    /// the sentence's, never the words after it, which are its object (`داعيا المواطنين`).
    fn participle(&self, i: usize) -> bool {
        let k = self.key(i);
        let k = k.strip_prefix('و').unwrap_or(k);
        let letters: Vec<char> = k.chars().collect();
        // the patterns مُفعِل… (forms II to X) and فاعل (form I: داعيا, قائلا), in the accusative
        (self.chant_participle(i)
            || letters.len() >= 5
                && (letters[0] == 'م' || letters[1] == 'ا')
                && matches!(letters[letters.len() - 1], 'ا' | 'ه' | 'ة'))
            && self.is_verb(i)
    }

    /// The subject of a verb at `v` that names none, a participle's above all: the first person
    /// named in its sentence before it (from token `line_start` on), else the first
    /// organisation, outside quotations and not spoken to (`انتقد النائب فادي منصور الخطة،
    /// معتبرا …`; `أكد الرئيس فلاديمير بوتين خلال اجتماع قادة رابطة الدول المستقلة … لافتا`).
    fn sentence_subject(
        &self,
        v: usize,
        line_start: usize,
        quotes: &[Range<usize>],
    ) -> Option<Speaker> {
        let (start, candidates) = self.sentence_names(v, line_start, quotes);
        self.first_named(&candidates)
            // no one named: a crowd (`تظاهر آلاف الإسرائيليين … مرددين "…"`)
            .or_else(|| self.crowd_between(start, v, quotes))
            .or_else(|| self.titled_subject(start, v, quotes))
    }

    /// Whether the verb at token `v` is joined by `و` after a comma to the sentence that begins
    /// at token `from` with a verb of its own (`ورحبت …، ودعت`), with nothing but words between.
    fn joined_after_comma(&self, from: usize, v: usize) -> bool {
        v > from + 2
            && self.key(v).starts_with('و')
            && matches!(self.word(v - 1), "،" | ",")
            && self.key(from).starts_with('و')
            && self.tokens[from].class == TokenClass::Arabic
            && (from + 1..v - 1).all(|i| is_word(&self.tokens[i]))
    }

    /// A body named by its head noun right after the verb at token `verb`, before `v`: the noun
    /// alone (`وطمأنت الوزارة الأهالي بأن "…"`), which [`Reader::anaphor`] reads as the body
    /// named before it, or, with `construct`, the noun and its complement, with the nisba
    /// adjectives after them (`ووصفت لجنة التحكيم العمل بأنه "…"`, `وزارة الصحة الكويتية`). The
    /// complement is asked for after a verb of saying only: the first word of a sentence may be
    /// a particle (`أن وكالة الاستخبارات "…"` gives the words of whoever claimed so).
    fn head_subject(
        &self,
        verb: usize,
        v: usize,
        quotes: &[Range<usize>],
        construct: bool,
    ) -> Option<Speaker> {
        let i = verb + 1;
        let word = |j: usize| j < v && is_word(&self.tokens[j]) && !self.quoted(j, quotes);
        if !word(i) {
            return None;
        }
        let k = self.key(i);
        let definite = |j: usize| word(j) && self.key(j).starts_with("ال");
        let (head, mut end) = match k.strip_prefix("ال") {
            Some(head) => (head, i + 1),
            None if construct && definite(i + 1) => (k, i + 2),
            None => return None,
        };
        if self.g.word_bits(head) & class::ORG_HEAD == 0 {
            return None;
        }
        if end == i + 2 {
            while end - i < 4 && definite(end) && is_nisba(self.key(end)) {
                end += 1;
            }
        }
        let range = self.tokens[i].range.start..self.tokens[end - 1].range.end;
        Some(Speaker {
            name: self.text[range.clone()].to_owned(),
            range: Some(range),
        })
    }

    /// The first person among `names`, else the first organisation.
    fn first_named(&self, names: &[&Span]) -> Option<Speaker> {
        let first = |k: Kind| names.iter().find(|e| e.kind == k);
        first(Kind::Person)
            .or_else(|| first(Kind::Organization))
            .map(|e| self.named(e))
    }

    /// A crowd or a group named between tokens `start` and `v` (`آلاف الإسرائيليين`), outside
    /// quotations and not spoken to.
    fn crowd_between(&self, start: usize, v: usize, quotes: &[Range<usize>]) -> Option<Speaker> {
        let g = (start..v).find(|&i| {
            (self.group(i) || self.crowd(i)) && !self.prepositional(i) && !self.quoted(i, quotes)
        })?;
        // a number of a group is the group (`مئات من أنصار الحزب`)
        if self.crowd(g) && g + 2 < v && self.key(g + 1) == "من" && is_word(&self.tokens[g + 2]) {
            return self.speaker_of(g + 2..self.definite_end(g + 2, self.phrase_end(g + 3, v, 2)));
        }
        self.speaker_of(g..self.definite_end(g, self.phrase_end(g + 1, v, 2)))
    }

    /// Where a noun phrase from token `from` to `end` ends: at a word without the article after
    /// one with it, which begins the verb's object (`اجتاحت الجماهير أرض الملعب`, `اجتاح جمهور
    /// الرياضي أرض الملعب هاتفا`); a name goes on.
    fn definite_end(&self, from: usize, end: usize) -> usize {
        (from + 1..end)
            .find(|&k| {
                self.key_after_conjunction(k - 1).starts_with("ال")
                    && !self.key(k).starts_with("ال")
                    && self.entity_at(k).is_none()
            })
            .unwrap_or(end)
    }

    /// Nor a crowd: one named by a title with what makes it someone's (`أشاد مدرب الوحدات بأداء
    /// لاعبيه، معتبرا أن`, `وزير الخارجية الإيراني قال`), between tokens `start` and `v`. A title
    /// alone (`أنهى الرئيس خطابه قائلا`) points back at someone named before, so it is left to
    /// the last speaker.
    fn titled_subject(&self, start: usize, v: usize, quotes: &[Range<usize>]) -> Option<Speaker> {
        let definite = |i: usize| self.key(i).starts_with("ال");
        let t = (start..v).find(|&i| {
            let k = self.key(i);
            // the title itself, or its construct (`مدرب الوحدات`); not a verb with و read as
            // a noun (`وشاهد الزرافة`), but a title whose first letter is و (`وزير الصيد`)
            let own_title = || self.g.word_bits(k) & (class::TITLE | class::SPEAKER) != 0;
            let noun = k.strip_prefix('و').unwrap_or(k).starts_with("ال")
                || ((!k.starts_with('و') || own_title()) && i + 1 < v && definite(i + 1));
            noun && self.head_bits(i) & (class::TITLE | class::SPEAKER) != 0
                && !self.prepositional(i)
                && !self.preposition_object(i, start)
                && !self.quoted(i, quotes)
        })?;
        let mut end = t + 1;
        while end < v
            && end - t < 3
            && is_word(&self.tokens[end])
            && definite(end)
            && !self.prepositional(end)
        {
            end += 1;
        }
        (end > t + 1).then(|| self.speaker_of(t..end))?
    }

    /// The first place named in the sentence of token `v` before it, as [`Reader::sentence_subject`]
    /// reads names: a country issues statements (`أطلقت حكومة الإمارات …، وأورد البيان أن`).
    fn sentence_place(
        &self,
        v: usize,
        line_start: usize,
        quotes: &[Range<usize>],
    ) -> Option<Speaker> {
        let (_, candidates) = self.sentence_names(v, line_start, quotes);
        candidates
            .iter()
            .find(|e| e.kind == Kind::Place)
            .map(|e| self.named(e))
    }

    /// Whether token i lies inside marks that hold a body's name after its head noun (`منظمة
    /// «أطاك المغرب»`, `حركة «حماس»`): a name, not words said.
    fn named_in_marks(&self, i: usize, quotes: &[Range<usize>]) -> bool {
        let b = self.tokens[i].range.start;
        quotes.iter().find(|q| q.contains(&b)).is_some_and(|q| {
            // (not where the body is, or whose the speaker is: `مدرب التنس في نادي «…»`,
            // `في مقابلة نشرت في صحيفة «…»`)
            let open = self.tok_at(q.start);
            open > 0
                && self.is_mark(open)
                && self.head_bits(open - 1) & class::ORG_HEAD != 0
                && !self.key(open - 1).starts_with("ال")
                && !self.prepositional(open - 1)
                && !(open >= 2 && self.preposition(open - 2))
        })
    }

    /// Whether token i lies inside one of the quotations `quotes`.
    fn quoted(&self, i: usize, quotes: &[Range<usize>]) -> bool {
        let b = self.tokens[i].range.start;
        quotes.iter().any(|q| q.contains(&b))
    }

    /// Whether token i is the object of a preposition, or of a noun after one (`حول موقف
    /// الحوثيين`), not looking before token `start`.
    fn preposition_object(&self, i: usize, start: usize) -> bool {
        (i.saturating_sub(2).max(start)..i).any(|j| self.preposition(j))
    }

    /// Whether `r` is the range of an entity's mention (the entities are sorted by start).
    fn is_mention(&self, r: &Range<usize>) -> bool {
        let k = self.entities.partition_point(|e| e.range.start < r.start);
        self.entities[k..]
            .iter()
            .take_while(|e| e.range.start == r.start)
            .any(|e| e.range == *r)
    }

    /// `على حد تعبير` / `على حد قول` (in the words of) at token i, before the one who said them.
    fn in_words_at(&self, i: usize) -> bool {
        i + 2 < self.tokens.len()
            && self.source_word(i) == "علي"
            && self.key(i + 1) == "حد"
            && matches!(self.key(i + 2), "تعبير" | "قول")
    }

    /// Where the sentence of token `v` begins (not before token `line_start`), and the entities
    /// named in it before `v`, outside quotations, not spoken to and not the object of a
    /// preposition.
    fn sentence_names(
        &self,
        v: usize,
        line_start: usize,
        quotes: &[Range<usize>],
    ) -> (usize, Vec<&Span>) {
        let mut start = v;
        while start > line_start && !is_sentence_end(self.word(start - 1)) {
            start -= 1;
        }
        let candidates: Vec<&Span> = (start..v)
            .filter(|&i| {
                let spoken_to = self.prepositional(i) || (i > start && self.prepositional(i - 1));
                // (a holder's name after his calling's place is no preposition's object: `النائب
                // عن البصرة عدي عواد`)
                let held = || {
                    (i.saturating_sub(2).max(start)..i)
                        .any(|j| self.title_of_place(start, j, v) == Some(i))
                };
                (!self.quoted(i, quotes) || self.named_in_marks(i, quotes))
                    && !spoken_to
                    && (!self.preposition_object(i, start) || held())
                    && !self.credit(i, line_start)
            })
            .filter_map(|i| self.entity_at(i))
            .filter(|e| e.range.end <= self.tokens[v].range.start)
            .collect();
        (start, candidates)
    }

    /// Whether token `i` is in the credit of the agency that wrote the report, in brackets after
    /// the dateline (`مقديشو (رويترز) - …`, `القاهرة ( أ ف ب ) -`): the writer of the report,
    /// never one who speaks in it.
    fn credit(&self, i: usize, line_start: usize) -> bool {
        let n = self.tokens.len();
        let Some(open) = (line_start.max(i.saturating_sub(4))..i).find(|&j| self.word(j) == "(")
        else {
            return false;
        };
        open <= line_start + 3
            && (i + 1..n.min(i + 5))
                .find(|&j| self.word(j) == ")")
                .is_some_and(|c| c + 1 < n && matches!(self.word(c + 1), "-" | "–" | "—" | ":"))
    }

    /// Where the rest of a short noun phrase ends: at most `max` words from token `from`, before
    /// `limit`, stopping at a verb of saying, a prepositional phrase or a function word.
    fn phrase_end(&self, from: usize, limit: usize, max: usize) -> usize {
        let mut end = from;
        while end < limit
            && end - from < max
            && is_word(&self.tokens[end])
            && !self.is_verb(end)
            && !self.prepositional(end)
            && !self.g.is_stopword(self.word(end))
        {
            end += 1;
        }
        end
    }

    /// A number of people (`آلاف`, `عشرات`), heading a crowd.
    fn crowd(&self, i: usize) -> bool {
        let k = self.key(i);
        let k = k.strip_prefix('و').unwrap_or(k);
        // `الآلاف` and `آلاف` (whose key begins with the letters of the article too); not
        // `المئات`, on the five extracts the object of a verb where a crowd was looked for
        // (`قتل المئات`) twice in two
        let crowd = |k: &str| matches!(k, "الاف" | "عشرات" | "ميات" | "ملايين");
        crowd(k)
            || k.strip_prefix("ال")
                .is_some_and(|r| r != "ميات" && crowd(r))
    }

    /// Class bits of word i, also of its form with the article (`مدرب` reads as `المدرب`).
    fn head_bits(&self, i: usize) -> u16 {
        let b = (self.bits)(i);
        let w = self.key(i);
        // a title of two words (`ولي العهد`, `الأمين العام`) heads as one
        let b = if self.title_pair(i) {
            b | class::TITLE
        } else {
            b
        };
        if w.starts_with("ال") {
            b
        } else {
            b | self.g.word_bits(&format!("ال{w}"))
        }
    }

    /// The first entity (not MISC) that begins inside token i (`لرويترز`: after the preposition).
    fn entity_within(&self, i: usize) -> Option<&Span> {
        let r = &self.tokens[i].range;
        let k = self.entities.partition_point(|e| e.range.start < r.start);
        self.entities[k..]
            .iter()
            .take_while(|e| e.range.start < r.end)
            .find(|e| e.kind != Kind::Misc)
    }

    /// Whether tokens i and i + 1 are a title of two words (`ولي العهد`, `الأمين العام`).
    fn title_pair(&self, i: usize) -> bool {
        if i + 1 >= self.tokens.len() {
            return false;
        }
        let next = self.key(i + 1);
        if self.g.is_title_phrase(&format!("{} {next}", self.key(i))) {
            return true;
        }
        // the title of a body named before, its pronoun on the first word (`أمينه العام`,
        // `رئيسها التنفيذي`: its secretary general); by the letter as written, since `أمينة` is
        // a given name with the same key
        // (the second word of such a title has the article: asked first, as this runs at every
        // token)
        let w = self.word(i);
        if !next.starts_with("ال") || !(w.ends_with('ه') || w.ends_with("ها")) {
            return false;
        }
        let k = self.key(i);
        let stem = k.strip_suffix("ها").or_else(|| k.strip_suffix('ه'));
        stem.is_some_and(|s| {
            s.chars().count() >= 3 && self.g.is_title_phrase(&format!("ال{s} {next}"))
        })
    }

    /// Whether an entity (of any kind) covers byte offset `b`. Entities come from BIO labels:
    /// sorted and never overlapping, so only the last one starting at or before `b` can.
    fn covered(&self, b: usize) -> bool {
        self.entity_holding(b).is_some()
    }

    /// The entity (of any kind) that covers byte offset `b`, if any (see [`Reader::covered`]).
    fn entity_holding(&self, b: usize) -> Option<&Span> {
        let k = self.entities.partition_point(|e| e.range.start <= b);
        self.entities[..k].last().filter(|e| e.range.contains(&b))
    }

    /// The entity starting at token i, if any.
    fn entity_at(&self, i: usize) -> Option<&Span> {
        let b = self.tokens[i].range.start;
        let k = self.entities.partition_point(|e| e.range.start < b);
        self.entities.get(k).filter(|e| e.range.start == b)
    }

    /// Whether token `i` is inside an entity span (its first word or a later one).
    fn in_entity(&self, i: usize) -> bool {
        let t = &self.tokens[i].range;
        let k = self.entities.partition_point(|e| e.range.start <= t.start);
        k > 0 && self.entities[k - 1].range.end >= t.end
    }

    /// Token index at or after byte offset `b`.
    fn tok_at(&self, b: usize) -> usize {
        self.tokens.partition_point(|t| t.range.start < b)
    }

    /// Whether word i is a preposition written apart (`حول`, `عن`, `على`, `بشأن`).
    fn preposition(&self, i: usize) -> bool {
        let k = self.key(i);
        let k = k.strip_prefix('و').unwrap_or(k);
        matches!(
            k,
            "حول"
                | "عن"
                | "علي"
                | "في"
                | "من"
                | "الي"
                | "مع"
                | "ضد"
                | "بشان"
                | "تجاه"
                | "لدي"
                | "بين"
        )
    }

    /// Whether word i begins a prepositional phrase through a clitic: `لوكالة`, `للصحفيين`,
    /// `بالمدينة` (a preposition before the article or before a known head word), `لنظيره` (`ل`
    /// before a noun with a possessive pronoun, which no name is: `لطيفة` is listed; not `ب`,
    /// whose `بنفسه`, `بأسره`, `بقوله` end no subject).
    fn prepositional(&self, i: usize) -> bool {
        let k = self.key(i);
        if k.starts_with("لل") {
            return true;
        }
        let Some(rest) = k.strip_prefix(['ل', 'ب']) else {
            return false;
        };
        rest.starts_with("ال")
            || self.g.word_bits(rest)
                & (class::ORG_HEAD | class::TITLE | class::PLACE_HEAD | class::PLACE)
                != 0
            || self.g.word_bits(&format!("ال{rest}")) & (class::ORG_HEAD | class::TITLE) != 0
            || self.spoken_to(i)
    }

    /// Whether word i is `ل` on a noun for people close to someone with a possessive pronoun
    /// (`لنظيره`, to his counterpart; `لأنصاره`, `لزوجته`): the ones spoken to. A body so named
    /// is a title's complement (`الرئيس التنفيذي لشركته بروس تشيزن`).
    fn spoken_to(&self, i: usize) -> bool {
        let Some(rest) = self.key(i).strip_prefix('ل') else {
            return false;
        };
        let Some(noun) = normalize::without_pronoun(rest).or_else(|| rest.strip_suffix("هما"))
        else {
            return false;
        };
        // an initial alef read off (`أنصاره`, `أتباعه`, `ابنه`); the feminine ending is ت
        // before the pronoun (`زوجته`, `زميلتها`)
        let noun = noun.strip_prefix("ا").unwrap_or(noun);
        matches!(
            noun,
            "نظير"
                | "نظيرت"
                | "نظراي"
                | "زميل"
                | "زميلت"
                | "زملاي"
                | "نصار"
                | "تباع"
                | "مويدي"
                | "زوجت"
                | "زوج"
                | "بن"
                | "بنت"
                | "بناي"
                | "ولاد"
                | "صديق"
                | "صدقاي"
                | "محاور"
                | "ضيوف"
                | "لاعبي"
                | "جنود"
                | "طلاب"
                | "تلاميذ"
                | "صحاب"
                | "صحب"
                | "رفاق"
                | "جمهور"
                | "متابعي"
                | "مستمعي"
        ) && self.g.word_bits(self.key(i)) & (class::FIRST_NAME | class::PERSON) == 0
    }

    /// Whether word i is `ل` or `ب` before a given name (`لصفية`: to Safiyya), the word not being
    /// a name itself (`بشار`, `لبنى`). Only a subject's phrase ends there: elsewhere such a word
    /// is as often the person a sentence is about (`وفقا لجون مينر`).
    fn to_name(&self, i: usize) -> bool {
        let names = class::FIRST_NAME | class::PERSON;
        let k = self.key(i);
        k.strip_prefix(['ل', 'ب']).is_some_and(|rest| {
            self.g.word_bits(rest) & names != 0 && self.g.word_bits(k) & names == 0
        })
    }

    /// Whether word i, right after a reporting verb, is the one spoken to: `ل` before a word
    /// that is not a person's name (`لموقع`, `لقناة`, `للصحفيين`, `لوكالة`).
    fn listener(&self, i: usize) -> bool {
        let k = self.key(i);
        let Some(rest) = k.strip_prefix('ل') else {
            return false;
        };
        if self.entity_at(i).is_some_and(|e| e.kind == Kind::Person) {
            return false;
        }
        // a calling or a body's head noun that begins with the letter (`لاعب`, read whole as
        // `اللاعب`; `لجنة`, not `ل` + `جنة`) is no preposition
        let calling = (self.g.word_bits(k) | self.g.word_bits(&format!("ال{k}")))
            & (class::TITLE | class::SPEAKER | class::ORG_HEAD)
            != 0;
        // nor is the adjective of a people that begins with it (`ليبي`, `لبنانية`: `مهندسة
        // ليبية: …`)
        let of_a_people = || place_nisba(&format!("ال{k}"), self.g);
        self.prepositional(i)
            || (rest.chars().count() >= 3
                && !calling
                && self.g.word_bits(k) & (class::FIRST_NAME | class::PERSON | class::PLACE) == 0
                && self.entity_at(i).is_none_or(|e| e.kind != Kind::Place)
                && !of_a_people())
    }

    /// Whether word i is a person or a body with `ل` written on its name, `لأردوغان`: the
    /// entities read the letter into the name, and the fuller name the article gives it does not
    /// begin with it (`رجب طيب أردوغان`), so it is the preposition, to whom the words were said.
    fn addressed(&self, i: usize) -> bool {
        let Some(e) = self.entity_at(i) else {
            return false;
        };
        // (by keys: the mention may carry harakat its fuller name does not, `لِأردوغان`)
        let named = normalize::key(&self.text[e.range.clone()]);
        matches!(e.kind, Kind::Person | Kind::Organization)
            && named.starts_with('ل')
            && e.canonical.as_deref().is_some_and(|c| {
                let c = normalize::key(c);
                let rest = &named['ل'.len_utf8()..];
                c != named
                    && !c.starts_with('ل')
                    && c.strip_suffix(rest)
                        .is_some_and(|given| given.is_empty() || given.ends_with(' '))
            })
    }

    /// A preposition with a pronoun (`عليهم`, `له`, `عنها`): never a subject.
    fn pronoun_object(&self, i: usize) -> bool {
        let k = self.key(i);
        let k = k.strip_prefix('و').unwrap_or(k);
        ["علي", "ل", "عن", "من", "الي", "ب", "في", "مع"]
            .iter()
            .any(|p| {
                k.strip_prefix(p).is_some_and(|rest| {
                    matches!(
                        rest,
                        "ه" | "ها" | "هم" | "هما" | "هن" | "نا" | "ي" | "يه" | "يها" | "يهم"
                    )
                })
            })
            && self.entity_at(i).is_none()
    }

    /// An adverb in the accusative (`سابقا`, `لاحقا`, `مجددا`), which may stand between a verb
    /// and its subject.
    fn adverb(&self, i: usize) -> bool {
        // (as written, `مبدأ` is no adverb, but its tanween may follow the alef: `سابقاً`)
        let w = self.word(i).trim_end_matches(crate::fold::is_ignored);
        self.tokens[i].class == TokenClass::Arabic
            && w.ends_with('ا')
            && !self.people_of_her(i)
            && !w.starts_with("ال")
            && w.chars().filter(|&c| !crate::fold::is_ignored(c)).count() >= 4
            && self.entity_at(i).is_none()
    }

    /// People with the pronoun `ها` (`سكانها`, `أصحابها`, `مسؤولوها`), whose alef is not an
    /// adverb's: the subject itself (`وقال سكانها إن`, `التي يقول أصحابها إن`). Only nouns of
    /// persons: the noun of a thing so written after the verb is its object, the subject named
    /// before (`وصفت طفولتها بأنها`).
    fn people_of_her(&self, i: usize) -> bool {
        let Some(noun) = self.key(i).strip_suffix("ها") else {
            return false;
        };
        noun.chars().count() >= 3
            && (noun.ends_with('و')
                || self.g.word_bits(noun) & class::SPEAKER != 0
                || matches!(noun, "اصحاب" | "اهل" | "ابناء" | "زوج" | "ملاك"))
    }

    /// A manner phrase after the verb (`فأجاب بحدة:`, `قال بوضوح إن`): `ب` before a word that is
    /// not a name, with nothing after it that could be a subject (a mark or a function word).
    fn manner(&self, i: usize, limit: usize) -> bool {
        let k = self.key(i);
        let names = class::FIRST_NAME | class::PERSON | class::PLACE | class::ORG;
        self.tokens[i].class == TokenClass::Arabic
            && k.strip_prefix('ب').is_some_and(|rest| {
                rest.chars().count() >= 3
                    && !rest.starts_with("ال")
                    && self.g.word_bits(rest) & names == 0
                    && self.g.word_bits(k) & names == 0
            })
            && self.entity_at(i).is_none()
            && (i + 1 >= limit
                || !is_word(&self.tokens[i + 1])
                || self.g.is_stopword(self.word(i + 1)))
    }

    /// A noun for a group of people, whose members may be named after it without being the
    /// speaker (`عائلة …`, `مشجعو …`).
    fn group(&self, i: usize) -> bool {
        let k = self.key(i);
        let k = k.strip_prefix('و').unwrap_or(k);
        let k = k.strip_prefix("ال").unwrap_or(k);
        matches!(
            k,
            "عايله"
                | "اسره"
                | "سكان"
                | "اهالي"
                | "مشجعو"
                | "مشجعون"
                | "جمهور"
                | "جماهير"
                | "جماهيره"
                | "جماهيرها"
                | "انصار"
                | "متظاهرون"
                | "محتجون"
                | "شهود"
                | "مواطنون"
                | "ناشطون"
                | "زملاء"
                | "رفاق"
                | "عمال"
                | "موظفو"
                | "موظفون"
                | "طلاب"
                | "معلمون"
        )
    }

    /// Words that may begin an unnamed speaker although they are function words: quantifiers,
    /// and the numbers that count sources, witnesses or officials (`ثلاثة مصادر مطلعة`; not
    /// `أضاف ستة فصول`, the object of a verb whose subject is implied).
    fn quantifier(&self, i: usize) -> bool {
        let counted = || {
            matches!(
                self.key(i),
                "اثنان"
                    | "اثنين"
                    | "ثلاثه"
                    | "اربعه"
                    | "خمسه"
                    | "سته"
                    | "سبعه"
                    | "ثمانيه"
                    | "تسعه"
                    | "عشره"
            ) && i + 1 < self.tokens.len()
                && self.head_bits(i + 1) & (class::SPEAKER | class::TITLE) != 0
        };
        matches!(
            self.key(i),
            "احد" | "احدي" | "بعض" | "عدد" | "معظم" | "اغلب" | "جميع" | "كل"
        ) || counted()
    }

    /// Whether the reporting verb at token `v` governs the quotation whose opening mark is token
    /// `q`: between them stand only its subject, which names a speaker (an entity, a title, a
    /// source noun), then perhaps the one spoken to (`لوكالة فرانس برس`, `للصحفيين`) and a colon
    /// or comma. A verb that reaches a short quotation across anything else (`في كتابه`, `باسم`,
    /// `أن`) is not quoting it: those are titles, names and terms.
    fn reaches(&self, v: usize, q: usize) -> bool {
        let Some(np) = self.subject(v, q) else {
            return false;
        };
        let first = self.tokens[np.start].range.start;
        // the words after a name are not the speaker's (`وصف تشرشل الحرب ب"…"`: an object)
        let named_end = self
            .entities
            .iter()
            .filter(|e| {
                e.kind != Kind::Misc
                    && e.range.start >= first
                    && e.range.end <= self.tokens[np.end - 1].range.end
            })
            .map(|e| self.tok_at(e.range.end))
            .max();
        // (or a crowd counted: `وهتف مئات المشجعين في الملعب "…"`)
        if named_end.is_none()
            && self.head_bits(np.start) & (class::SPEAKER | class::TITLE) == 0
            && !self.group(np.start)
            && !self.crowd(np.start)
        {
            return false;
        }
        let mut i = named_end.unwrap_or(np.end);
        if i < q && self.prepositional(i) && self.key(i).starts_with('ل') {
            let listener = i;
            i += 1;
            while i < q
                && i - listener < 5
                && is_word(&self.tokens[i])
                && !self.complementiser(i)
                && !self.is_verb(i)
            {
                i += 1;
            }
        }
        // a chant is the object of its verb, wherever or whenever it was chanted (`وردد
        // المشجعون في المدرجات "ديما مغرب"`, `في مدرجات ملعب مولاي عبد الله`, `أثناء تفريغ
        // الحمولة`): a prepositional or adverbial phrase of up to six words may come between
        if i < q
            && self.chant_verb(v)
            && (self.preposition(i) || self.prepositional(i) || self.when(i))
        {
            let pp = i;
            i += 1;
            while i < q && i - pp < 6 && is_word(&self.tokens[i]) && !self.is_verb(i) {
                i += 1;
            }
        }
        if i < q && matches!(self.word(i), ":" | "،" | ",") {
            i += 1;
        }
        i == q
    }

    /// A verb of chanting (`هتف`, `ردد`), whose object is what the crowd said.
    fn chant_verb(&self, v: usize) -> bool {
        let k = self.key_after_conjunction(v);
        matches!(
            k,
            "هتف"
                | "هتفت"
                | "هتفوا"
                | "يهتف"
                | "يهتفون"
                | "تهتف"
                | "ردد"
                | "رددت"
                | "رددوا"
                | "يردد"
                | "يرددون"
                | "تردد"
        )
    }

    /// A noun of chanting (`وسط هتافات «…»`, `على وقع الهتاف`, `ترديد`): what follows is what a
    /// crowd said.
    fn chant_noun(&self, i: usize) -> bool {
        let w = self.word(i);
        if self.tokens[i].class != TokenClass::Arabic || !(holds(w, "هتاف") || holds(w, "ترديد"))
        {
            return false;
        }
        let k = self.key_after_conjunction(i);
        let k = k.strip_prefix(['ب', 'ل']).unwrap_or(k);
        let k = k.strip_prefix("ال").unwrap_or(k);
        matches!(k, "هتاف" | "هتافات" | "ترديد")
    }

    /// `إن`, `أن` and their forms with a pronoun: what follows is reported, not quoted, speech.
    fn complementiser(&self, i: usize) -> bool {
        let k = self.key(i);
        let k = k.strip_prefix(['و', 'ف', 'ب']).unwrap_or(k);
        // (the same key as written `آن`, a name: `الملكة آن`)
        matches!(
            k,
            "ان" | "انه" | "انها" | "انهم" | "انهن" | "اننا" | "انني" | "اني" | "انما"
        ) && !self.word(i).contains(['آ', 'ٱ'])
    }

    /// A noun that names what follows it (`كتاب "…"`, `حملة "…"`, `عملية "…"`, `بعنوان "…"`,
    /// `أغنيته "…"`): a title or a name, never someone's words. Only without the article: `قالت
    /// الحملة "…"` is the campaign speaking.
    fn names_next(&self, i: usize) -> bool {
        if self.tokens[i].class != TokenClass::Arabic {
            return false;
        }
        let k = self.key(i);
        let k = k
            .trim_start_matches(['و', 'ف'])
            .trim_start_matches(['ب', 'ل']);
        if k.starts_with("ال") {
            return false;
        }
        let noun = naming_noun;
        // the noun itself, or with a pronoun (`كتابه`, `أغنيتها`: ة becomes ت before it), or
        // two of them (`كتابين`, `روايتان`)
        noun(k)
            || ["ها", "هم", "ه", "ين", "ان"].iter().any(|p| {
                k.strip_suffix(p).is_some_and(|stem| {
                    noun(stem)
                        || stem
                            .strip_suffix('ت')
                            .is_some_and(|s| noun(&format!("{s}ه")))
                })
            })
    }

    /// A verb of naming right before the words at token `q` (after `from`), with its object
    /// between (`يسمون الخط "…"`) or written on it (`أسماها "…"`, `يلقبونه "…"`): a name given to
    /// something, not words said.
    fn called(&self, q: usize, from: usize) -> bool {
        let naming = |k: &str| {
            let k = k.strip_prefix(['و', 'ف']).unwrap_or(k);
            matches!(
                k,
                "يسمي"
                    | "يسمون"
                    | "تسمي"
                    | "نسمي"
                    | "سمي"
                    | "سمت"
                    | "سمو"
                    | "اسمي"
                    | "اسمت"
                    | "اسمو"
                    | "يلقب"
                    | "يلقبون"
                    | "تلقب"
                    | "لقب"
                    | "لقبت"
                    | "لقبو"
            )
        };
        let verb = |i: usize| {
            let k = self.key(i);
            naming(k) || normalize::without_pronoun(k).is_some_and(naming)
        };
        // (but `ما أسمته "…"`, what she called so, is her words, as `بما سماه بـ"…"` is: see
        // [`Reader::described`])
        let what = |i: usize| matches!(self.key(i), "ما" | "بما" | "لما" | "عما" | "مما" | "وما");
        (q > from && verb(q - 1) && !(q >= from + 2 && what(q - 2)))
            || (q >= from + 2
                && is_word(&self.tokens[q - 1])
                && self.key(q - 1).starts_with("ال")
                && naming(self.key(q - 2)))
    }

    /// A naming noun right before the colon at token `colon` (after `from`), or two or three words
    /// before it (`كتابه الأكثر مبيعا:`), with no verb of saying before the colon in its sentence:
    /// what follows is a title (`يعرف بكتابه: "…"`, `من أشهر أعماله: "…"`), not the words of one
    /// who said them in it (`قال في كتابه: "…"`).
    fn work_before_colon(&self, colon: usize, from: usize) -> bool {
        self.work_before(colon, from, 3)
    }

    /// [`Reader::work_before_colon`] for the token `at` (a colon or a quotation's opening mark),
    /// the naming noun up to `reach` tokens before it: `وقصيدته الشهيرة البردة "…"`, `كتابين هما
    /// "…"`, `أغنية الألبوم المنفردة الخامسة، "…"`.
    fn work_before(&self, at: usize, from: usize, reach: usize) -> bool {
        let Some(noun) = (at.saturating_sub(reach).max(from)..at)
            .rev()
            .find(|&i| self.names_next(i))
        else {
            return false;
        };
        // `وفي رواية: «…»` is a narration of someone's words, not a novel
        let k = self.key(noun);
        if k.trim_start_matches(['و', 'ف'])
            .trim_start_matches(['ب', 'ل'])
            == "روايه"
        {
            return false;
        }
        // a comma after the noun, not right before the marks, ends the phrase it heads (`مسؤول،
        // طلب عدم ذكر اسمه، الأزمة إلى "…"`: the name withheld names nothing after it)
        if (noun + 1..at.saturating_sub(1)).any(|i| matches!(self.word(i), "،" | ",")) {
            return false;
        }
        // (a verb with or without an object pronoun)
        let says = |i: usize| self.verb_with_object(i);
        !(noun + 1..at).any(says)
            && (from..noun)
                .rev()
                .take_while(|&i| !is_sentence_end(self.word(i)))
                .all(|i| !says(i))
    }

    /// A title's portfolio at token `i` (`للشؤون القانونية`, `لشؤون الشباب`).
    fn portfolio(&self, i: usize) -> bool {
        written!(self.word(i), "للشؤون" | "لشؤون")
    }

    /// A word that opens direct speech: `إن`, `إننا`, `لقد` (what a reporter writes in a
    /// speaker's own voice, and no title or term begins with; `نحن` and `أنا` begin titles).
    fn speech_opener(&self, i: usize) -> bool {
        written!(
            self.word(i),
            "إن" | "إننا" | "إنني" | "إني" | "إنه" | "إنها" | "إنهم" | "لقد"
        )
    }

    /// The subject noun phrase of the verb at token `v`, within tokens `..limit`: its token range.
    fn subject(&self, v: usize, limit: usize) -> Option<Range<usize>> {
        let mut i = v + 1;
        // an adverb, or a preposition with a pronoun (`قال عنه الناقد …`, `قال لنا الشافعي`),
        // may stand between the verb and its subject
        while i < limit && (self.adverb(i) || self.pronoun_object(i) || self.manner(i, limit)) {
            i += 1;
        }
        // the one spoken to right after the verb (`وقال لموقع مصراوي "…"`): the subject is
        // implied, and the outlet is never the speaker; unless a title or a person follows the
        // outlet's name in marks, where it ends for sure (`وقال لـ"الجزيرة نت" الخبير وليد خدوري
        // إن`)
        if i < limit && self.listener(i) {
            // unless a title or a person follows the one spoken to, with where they were said
            // between (`وقال للصحفيين أمام الفندق المتحدث باسم الشرطة … إن`)
            i = self.subject_after_listener(i, limit)?;
        }
        if i + 1 < limit && self.key(i) == "ل" && self.is_mark(i + 1) {
            let j = (i + 2..limit.min(i + 10)).find(|&k| self.is_mark(k))? + 1;
            let speaks = j < limit && {
                let k = self.key(j);
                let bare = k.strip_prefix("ال").unwrap_or(k);
                (self.head_bits(j) | self.g.word_bits(bare)) & (class::TITLE | class::SPEAKER) != 0
                    || self.entity_at(j).is_some_and(|e| e.kind == Kind::Person)
            };
            if !speaks {
                return None;
            }
            i = j;
        }
        let start = i;
        // a name in quotation marks (`وقال «الطيب»، في حلقة …، إن`, as Egyptian papers write
        // their subjects)
        if i < limit
            && let Some(close) = self.marked_subject(v, i)
        {
            return Some(i + 1..close);
        }
        let mut words = 0;
        if let Some(k) = self.kunya(i, limit) {
            i = k.end;
            words += 1;
        }
        while i < limit && words < SUBJECT_WORDS {
            if self.place_as_object(start, i, limit) {
                break;
            }
            if let Some(e) = self.entity_at(i) {
                if i == start || !self.prepositional(i) {
                    i = self.tok_at(e.range.end);
                    words += 1;
                    continue;
                }
                break;
            }
            if i + 1 < limit && self.title_pair(i) {
                i += 2;
                words += 2;
                continue;
            }
            if let Some(name) = self.title_of_place(start, i, limit) {
                words += 1;
                i = name;
                continue;
            }
            // a member's constituency between the title and the name (`عضو مجلس النواب عن
            // طرابلس سالم بن طاهر`): the phrase goes on to the name
            if i > start
                && i + 2 < limit
                && self.key(i) == "عن"
                && let Some(place) = self.entity_at(i + 1).filter(|e| e.kind == Kind::Place)
            {
                let after = self.tok_at(place.range.end);
                if after < limit
                    && self
                        .entity_at(after)
                        .is_some_and(|e| e.kind == Kind::Person)
                {
                    i = after;
                    words += 2;
                    continue;
                }
            }
            // a title's portfolio after the name completing it (`مستشار رئيس الوزراء محمد شياع
            // السوداني للشؤون القانونية رائد الحميري`): the phrase goes on to the holder
            if i > start && i + 1 < limit && self.portfolio(i) {
                i += 1;
                words += 1;
                continue;
            }
            let t = &self.tokens[i];
            let key = self.key(i);
            // a preposition written apart from its noun (`لـ"…"`, `بـ`) ends the phrase too
            let clitic = t.class == TokenClass::Arabic && key.len() <= 2;
            if !is_word(t)
                || clitic
                || self.is_verb(i)
                // (a crowd counted begins one too, `وهتف مئات المشجعين`; but `مئات من أنصار
                // الحزب` is named by the rest)
                || (self.g.is_stopword(self.word(i))
                    && !(i == start
                        && (self.quantifier(i)
                            || self.crowd(i) && i + 1 < limit && !self.prepositional(i + 1))))
                || self.prepositional(i)
                // (`بأن` is a function word as written, `بان` only by its key: without the
                // hamza it may be a name, which the entities would have taken above)
                || (i > start && self.complementiser(i))
                || (i > start && self.circumstance(i))
                // (an adjunct of time: `وردد عمال المرفأ أثناء تفريغ الحمولة "…"`; `لدى` is
                // part of a title, `السفير لدى واشنطن`)
                || (i > start && self.when(i) && key != "لدي")
                // after a verb of asking, a second definite noun that is a title is the one
                // asked (`سألت الصحفية الوزير`); elsewhere it is mostly an adjective (`التيار
                // المحافظ`)
                || (i > start
                    && self.question_verb(v)
                    && self.key(i - 1).starts_with("ال")
                    && key.starts_with("ال")
                    && self.g.word_bits(key) & class::TITLE != 0)
                || (i > start && self.to_name(i))
                || matches!(self.key(i), "قوله" | "قولها" | "قولهم" | "قولهما")
                || self.as_follows(i)
                || (i > start && utterance(key))
            {
                break;
            }
            i += 1;
            words += 1;
        }
        (i > start).then_some(start..i)
    }

    /// The subject after the one spoken to at token `at` (see [`Reader::subject`]): a title or a
    /// person within a few words, past a listener of two words at most and a place the words were
    /// said at (`أمام الفندق`, `في مؤتمر صحفي`), with no verb, complementiser or mark between.
    fn subject_after_listener(&self, at: usize, limit: usize) -> Option<usize> {
        let end = limit.min(at + 7);
        let mut j = at + 1;
        // the listener's own words (`لوكالة فرانس برس`), then where
        while j < end && j <= at + 2 && !self.place_of_saying(j) && !self.speaks_here(j) {
            j += 1;
        }
        if j < end && self.place_of_saying(j) {
            j += 1;
            while j < end && !self.speaks_here(j) && self.key(j).starts_with("ال") {
                j += 1;
            }
        }
        // an outlet's name right after its noun is no subject (`وقال لموقع مصراوي "…"`)
        let outlet = self
            .key(at)
            .strip_prefix('ل')
            .is_some_and(outlet_with_article);
        if outlet && j == at + 1 {
            return None;
        }
        // a person named right after the one spoken to is that one (`لمؤسس الشركة ستيف
        // اورنشتاين`, `للصحافي محمد التابعي`); after an outlet's name, the one who spoke
        if !outlet && self.entity_at(j).is_some_and(|e| e.kind == Kind::Person) {
            return None;
        }
        let clear = (at + 1..j).all(|k| {
            is_word(&self.tokens[k])
                && !self.is_verb(k)
                && !self.complementiser(k)
                && !self.g.is_stopword(self.word(k))
                || self.place_of_saying(k)
        });
        (clear && j < end && self.speaks_here(j)).then_some(j)
    }

    /// A preposition of place or occasion (`أمام`, `خلال`, `في`) before the noun of where words
    /// were said.
    fn place_of_saying(&self, i: usize) -> bool {
        matches!(
            self.key(i),
            "امام" | "خارج" | "داخل" | "عند" | "قرب" | "خلال" | "في" | "عقب" | "بعد"
        )
    }

    /// A title with the article or a person's name at token `i`: where a subject begins.
    fn speaks_here(&self, i: usize) -> bool {
        let k = self.key(i);
        (k.starts_with("ال") && self.g.word_bits(k) & (class::TITLE | class::SPEAKER) != 0)
            || self.entity_at(i).is_some_and(|e| e.kind == Kind::Person)
    }

    /// A calling's place between its title and the person holding it (`النائب عن محافظة البصرة
    /// حيدر الساعدي`, `السفير في واشنطن …`): at token `i`, after a title in the phrase from
    /// `start`, `عن`, `في` or `من`, a place (its head noun before it or not), then a person's
    /// name; returns the token where the name begins. Without the name after it the preposition
    /// ends the phrase as any does (`قال الوزير في القاهرة إن`).
    fn title_of_place(&self, start: usize, i: usize, limit: usize) -> Option<usize> {
        if i == start
            || !matches!(self.key(i), "عن" | "في" | "من")
            || !(start..i).any(|j| self.head_bits(j) & class::TITLE != 0)
        {
            return None;
        }
        let mut j = i + 1;
        if j < limit && self.entity_at(j).is_none() && self.head_bits(j) & class::PLACE_HEAD != 0 {
            j += 1;
        }
        if j >= limit {
            return None;
        }
        let place = self.entity_at(j).filter(|e| e.kind == Kind::Place)?;
        let name = self.tok_at(place.range.end);
        (name < limit && self.entity_at(name).is_some_and(|e| e.kind == Kind::Person))
            .then_some(name)
    }

    /// Whether a place at token `i` (its head noun before it or not, `جزر مارشال`), right after a
    /// definite word of the subject phrase from `start` that no name holds, is the verb's object
    /// (`وقال مقدم الحفل إسطنبول "…"`, `اعتبرت لجنة الطاقة الذرية جزر مارشال بـ"…"`): a definite
    /// noun or adjective has no complement. A person or a body there is in apposition (`المتحدث
    /// باسم الوزارة أحمد …`, `الصحيفة الإسرائيلية جيروزاليم بوست`), and so is a paper's place
    /// after its noun (`الجريدة الرسمية سينسيناتي`).
    fn place_as_object(&self, start: usize, i: usize, limit: usize) -> bool {
        if i == start || !self.key(i - 1).starts_with("ال") {
            return false;
        }
        let place_at =
            |j: usize| j < limit && self.entity_at(j).is_some_and(|e| e.kind == Kind::Place);
        let place = if self.entity_at(i).is_some() {
            place_at(i)
        } else {
            self.head_bits(i) & class::PLACE_HEAD != 0 && place_at(i + 1)
        };
        let held = || {
            self.entity_holding(self.tokens[i - 1].range.start)
                .is_some_and(|e| e.kind != Kind::Misc)
        };
        place && !held() && !outlet_with_article(self.key(start))
    }

    /// A circumstantial participle after the subject (`فأجاب المدرب ضاحكا`, `وأضاف أحد
    /// الناشرين ساخرا`): how it was said, not who said it. An indefinite accusative of the
    /// active participle's shapes, فاعلا and مُفعِلا/مستفعلا (`ضاحكا`, `ساخرا`, `غاضبة`;
    /// `مبتسما`, `مستغربا`), which no name of the entities has taken, after a definite word or
    /// a name: after an indefinite noun it is the noun's adjective (`مصادر مطلعة`).
    fn circumstance(&self, i: usize) -> bool {
        if i == 0 || !(self.key(i - 1).starts_with("ال") || self.in_entity(i - 1)) {
            return false;
        }
        let k = self.key(i);
        let n = k.chars().count();
        let Some(stem) = k.strip_suffix('ا').or_else(|| k.strip_suffix("ه")) else {
            return false;
        };
        let mut c = stem.chars();
        let (first, second) = (c.next(), c.next());
        self.tokens[i].class == TokenClass::Arabic
            && (5..=7).contains(&n)
            && (k.ends_with('ا') || k.ends_with("ه") && self.word(i).ends_with('ة'))
            && (first == Some('م') || second == Some('ا') && n == 5)
            && self.g.word_bits(k) == 0
    }

    /// `كالتالي`, `كالآتي`, `كما` (as follows, as): what follows is what was said or written, so
    /// the subject ends before it (`كتبه الشاعر كالتالي "…"`, `جاء رد الوزارة كما يلي:`).
    fn as_follows(&self, i: usize) -> bool {
        matches!(self.key(i), "كالتالي" | "كالاتي" | "كما")
    }

    /// The closing mark of a subject written in quotation marks (`وقال «الطيب»، في حلقة …، إن
    /// "…"`, `وأكد "موسى" أن`): one to three words marked right after the verb at `v` (from token
    /// `open`, its opening mark, adverbs aside), then, before any other mark, sentence end or verb
    /// of saying, a complementiser or a colon: what was said comes after, so the marks hold a name.
    fn marked_subject(&self, v: usize, open: usize) -> Option<usize> {
        if open >= self.tokens.len()
            || !self.is_mark(open)
            || !(v + 1..open).all(|i| self.adverb(i))
        {
            return None;
        }
        let close = (open + 1..self.tokens.len().min(open + 5)).find(|&i| self.is_mark(i))?;
        let words = close - open - 1;
        if words == 0 || words > 3 || !(open + 1..close).all(|i| is_word(&self.tokens[i])) {
            return None;
        }
        let line_end = self.text[self.tokens[close].range.end..]
            .find('\n')
            .map_or(self.text.len(), |n| n + self.tokens[close].range.end);
        for i in close + 1..self.tokens.len() {
            if self.tokens[i].range.start >= line_end
                || self.is_mark(i)
                || is_sentence_end(self.word(i))
                || self.is_verb(i)
            {
                return None;
            }
            if self.complementiser(i) || self.word(i) == ":" {
                return Some(close);
            }
        }
        None
    }

    /// The speaker a subject phrase names (see the module documentation).
    fn speaker_of(&self, np: Range<usize>) -> Option<Speaker> {
        let (a, b) = (
            self.tokens[np.start].range.start,
            self.tokens[np.end - 1].range.end,
        );
        let inside: Vec<&Span> = self
            .entities
            .iter()
            .filter(|e| e.range.start >= a && e.range.end <= b && e.kind != Kind::Misc)
            .collect();
        if let Some(e) = inside.iter().find(|e| e.range.start == a) {
            return Some(self.named(e));
        }
        if let Some(k) = self.kunya(np.start, np.end) {
            let r = a..self.tokens[k.end - 1].range.end;
            return Some(Speaker {
                name: self.text[r.clone()].to_owned(),
                range: Some(r),
            });
        }
        let head = self.head_bits(np.start);
        let by = |k: Kind| inside.iter().find(|e| e.kind == k);
        // the holder named after a title's portfolio, not the name completing the title before it
        if let Some(p) = (np.start + 1..np.end).rev().find(|&i| self.portfolio(i))
            && let Some(e) = inside
                .iter()
                .find(|e| e.kind == Kind::Person && e.range.start >= self.tokens[p].range.end)
        {
            return Some(self.named(e));
        }
        // a person named after the head is the speaker (`وزير المالية خالد الرواشدة`,
        // `منسقة المعرض رنا جبارين`), unless the head is a group or a source (`عائلة …`)
        if !self.group(np.start)
            && let Some(e) = by(Kind::Person)
            && !self.names_a_place(e)
        {
            return Some(self.named(e));
        }
        if head & (class::ORG_HEAD | class::PLACE_HEAD) != 0
            && let Some(e) = by(Kind::Organization).or_else(|| by(Kind::Place))
        {
            return Some(self.named(e));
        }
        // a body by its head noun and a definite complement that runs into `بـ` or `بأن`: its
        // last word is the verb's object, what the body describes (`ووصفت لجنة التحكيم الرواية
        // بأنها "…"`)
        let object_last = head & class::ORG_HEAD != 0
            && !self.key(np.start).starts_with("ال")
            && np.end > np.start + 2
            && self.key(np.start + 1).starts_with("ال")
            && self.key(np.end - 1).starts_with("ال")
            && np.end < self.tokens.len()
            && (self.key(np.end) == "ب"
                || (self.key(np.end).starts_with('ب') && self.complementiser(np.end)));
        let end = if object_last {
            np.end - 1
        } else {
            (np.start + UNNAMED_WORDS).min(np.end)
        };
        let r = a..self.tokens[end - 1].range.end;
        Some(Speaker {
            name: self.text[r.clone()].to_owned(),
            range: Some(r),
        })
    }

    /// Whether a person's name stands in a place's (`أحد سكان حي الشيخ عثمان`, `مخيم الأمير
    /// حسن`): right after a place noun, or after a place noun and an honorific.
    fn names_a_place(&self, e: &Span) -> bool {
        let at = self.tok_at(e.range.start);
        let place_noun = |i: usize| self.head_bits(i) & class::PLACE_HEAD != 0;
        let honorific = |i: usize| {
            matches!(
                self.key(i),
                "الشيخ" | "الامير" | "الملك" | "السلطان" | "الامام" | "سيدي"
            )
        };
        (at >= 1 && place_noun(at - 1)) || (at >= 2 && honorific(at - 1) && place_noun(at - 2))
    }

    /// A person named after the subject phrase but before the quotation, when the phrase names
    /// no one (`وقالت الباحثة الرئيسية في الدراسة الدكتورة سلمى عبد الرحمن إن …`).
    fn person_later(&self, from: usize, limit: usize) -> Option<Speaker> {
        for i in from..limit {
            if matches!(self.key(i), "ان" | "انه" | "انها" | ":") {
                // a name the entities missed right before the words: a listed given name and a
                // family name (`الخبيرة في ريادة الأعمال نهى الجندي أن "…"`)
                return (i >= from + 2 && self.given_and_one(i - 2)).then(|| {
                    let r = self.tokens[i - 2].range.start..self.tokens[i - 1].range.end;
                    Speaker {
                        name: self.text[r.clone()].to_owned(),
                        range: Some(r),
                    }
                });
            }
            if let Some(e) = self.entity_at(i)
                && e.kind == Kind::Person
            {
                // the person is addressed when the preposition is on the name, or on the title
                // heading it (`للصحفي أحمد`); a prepositional phrase completing the subject's
                // head (`المديرة التنفيذية للبرنامج سيندي ماكين`) is followed by the subject's name
                // (or on the noun naming the one spoken to, `قال الرئيس لنظيره الفرنسي …`)
                let addressed = self.prepositional(i)
                    || (i > from
                        && ((self.prepositional(i - 1)
                            && self.head_bits(i - 1) & (class::TITLE | class::SPEAKER) != 0)
                            || self.g.is_stopword(self.word(i - 1))))
                    || (from..i).any(|j| self.spoken_to(j));
                if addressed {
                    return None;
                }
                return Some(self.named(e));
            }
        }
        None
    }

    /// Whether tokens `i` and `i + 1` read as a person's name no entity holds: a listed given
    /// name, then a family name with the article (not `في بيان له`, `كبير جدا`), neither a
    /// function word, verb or listed head, inside an entity or spoken to.
    fn given_and_one(&self, i: usize) -> bool {
        let plain = |j: usize| {
            self.tokens[j].class == TokenClass::Arabic
                && !self.covered(self.tokens[j].range.start)
                && !self.g.is_stopword(self.word(j))
                && !self.is_verb(j)
                && !self.prepositional(j)
                && (self.bits)(j) & (class::TITLE | class::ORG_HEAD | class::PLACE_HEAD) == 0
        };
        let family = self.key(i + 1);
        plain(i)
            && plain(i + 1)
            && (self.bits)(i) & class::FIRST_NAME != 0
            && family.starts_with("ال")
            && family.chars().count() >= 5
    }

    /// The speaker of the verb at `v`, the quotation starting at token `limit`.
    fn speaker_of_verb(&self, v: usize, limit: usize) -> Option<Speaker> {
        // `نقلت صحيفة هآرتس عن مصدر إسرائيلي قوله`, `ذكرت قناة … نقلا عن مصادر …`: the outlet
        // reports, the one after عن speaks
        if let Some(an) =
            (v + 1..limit).find(|&i| self.key(i) == "عن" && (self.relays(v) || self.relays(i - 1)))
            && let Some(np) = self.subject(an, limit)
        {
            return self.speaker_of(np);
        }
        let np = match self.pluperfect_subject(v) {
            Some(np) => np,
            None => self.subject(v, limit)?,
        };
        // `وأكد بيان صادر عن الرئاسة أن "…"`: the issuer, not the document
        if let Some(sp) = self.document_issuer(&np, limit) {
            return Some(sp);
        }
        let sp = self.speaker_of(np.clone())?;
        let unnamed = sp.range.as_ref().is_some_and(|r| !self.is_mention(r));
        // a group speaks for itself, whoever is named after it (`وردد المشجعون في مدرجات ملعب
        // مولاي عبد الله "…"`)
        if unnamed
            && self.head_bits(np.start) & class::SPEAKER == 0
            && !self.group(np.start)
            && !self.crowd(np.start)
            && let Some(p) = self.person_later(np.end, limit)
        {
            return Some(p);
        }
        Some(sp)
    }

    /// A kunya at token `i` (`أم محمد`, `أبو أحمد`): `أم`/`أبو` before a given name or a person's
    /// name, or `أم` before `ل` and a noun, within `..limit`; its token range. `أم` is otherwise a
    /// function word (`or`), which no subject begins with, so it is read so only where a subject
    /// stands.
    fn kunya(&self, i: usize, limit: usize) -> Option<Range<usize>> {
        if i + 1 >= limit || !matches!(self.key(i), "ام" | "ابو" | "ابي" | "ابا") {
            return None;
        }
        let n = i + 1;
        if let Some(e) = self.entity_at(n).filter(|e| e.kind == Kind::Person) {
            return Some(i..self.tok_at(e.range.end).min(limit));
        }
        if self.tokens[n].class != TokenClass::Arabic {
            return None;
        }
        // a mother named by her child (`وكتبت أم لمترشحة على صفحتها:`, a candidate's mother)
        let mother_of = self.key(i) == "ام"
            && !self.g.is_stopword(self.word(n))
            && self
                .key(n)
                .strip_prefix('ل')
                .is_some_and(|r| r.chars().count() >= 3);
        ((self.bits)(n) & class::FIRST_NAME != 0 || mother_of).then_some(i..n + 1)
    }

    /// `نقلت الوكالة عن مصدر قوله إن "…"`, `نسبت الصحيفة إلى دبلوماسي قوله: "…"`: the one named
    /// after `عن` or `إلى`, before `قوله` right before the quotation at token `q` (after token
    /// `from`), speaks; the outlet only relays.
    fn quoted_saying(&self, from: usize, q: usize) -> Option<Speaker> {
        let said = (from..q)
            .rev()
            .take(3)
            .find(|&i| matches!(self.key(i), "قوله" | "قولها" | "قولهم" | "قولهما" | "قولهن"))?;
        // `قوله: "…"`, `قوله إن "…"`; not `قوله تعالى: "…"` (the saying of God, quoted)
        if !(said + 1..q).all(|i| matches!(self.word(i), ":" | "،") || self.complementiser(i)) {
            return None;
        }
        let is_prep = |i: usize| matches!(self.key(i), "عن" | "الي");
        // the first after a relaying verb (`نقل موقع … عن مسؤول لم يكشف عن اسمه قوله`: the
        // official, not his name), else the last before `قوله`
        // (the verb may stand before an outlet's name in marks, where `from` begins)
        let lo = (from.saturating_sub(SUBJECT_WORDS)..from)
            .rev()
            .take_while(|&i| !is_sentence_end(self.word(i)))
            .last()
            .unwrap_or(from);
        let prep = (lo..said)
            .find(|&i| self.relays(i))
            .and_then(|v| (v + 1..said).find(|&i| is_prep(i)))
            .or_else(|| (from..said).rev().take(SUBJECT_WORDS).find(|&i| is_prep(i)))?;
        let np = self.subject(prep, said)?;
        self.named_as(np.end, said).or_else(|| self.speaker_of(np))
    }

    /// The name given right after one described at token `at` (`والد الطفلة، ويدعى أحمد عبد
    /// الحميد، قوله`, `مهندسة تدعى ريم`), before token `limit`: the one who speaks, by name.
    fn named_as(&self, at: usize, limit: usize) -> Option<Speaker> {
        let at = self.past_comma(at, limit);
        if at + 1 >= limit
            || !matches!(
                self.key_after_conjunction(at),
                "يدعي" | "تدعي" | "اسمه" | "اسمها"
            )
        {
            return None;
        }
        self.entity_at(at + 1)
            .filter(|e| e.kind == Kind::Person)
            .map(|e| self.named(e))
    }

    /// `على حد تعبير X: "…"`, `على حد قول X "…"` right before the quotation at token `q` (after
    /// token `from`), as it is also written after the words ([`Reader::source_after`]): X said it.
    fn in_words_of(&self, from: usize, q: usize) -> Option<Speaker> {
        let at = (from..q.saturating_sub(3))
            .rev()
            .find(|&i| self.in_words_at(i))?;
        let np = self.subject(at + 2, q)?;
        // the words follow the name, a colon or a comma at most between
        (np.end..q)
            .all(|i| matches!(self.word(i), ":" | "،" | ","))
            .then(|| self.speaker_of(np))?
    }

    /// `جاء على لسان المتحدث … أن "…"`: the one on whose tongue the words came, between tokens
    /// `from` and the quotation at `q`.
    fn tongue_of(&self, from: usize, q: usize) -> Option<Speaker> {
        let at = (from + 1..q)
            .rev()
            .find(|&i| self.key(i) == "لسان" && matches!(self.key(i - 1), "علي" | "وعلي"))?;
        self.speaker_of(self.subject(at, q)?)
    }

    /// The subject of a verb in the pluperfect `كان X قد قال` (`وكانت الوزارة قد أعلنت أن`): the
    /// phrase between `كان` and `قد`, which stands before the verb, so that the noun after the verb
    /// is its object (`قد وصف الملعب بأنه "…"`). None when nothing stands between them.
    fn pluperfect_subject(&self, v: usize) -> Option<Range<usize>> {
        if v < 3 || self.key(v - 1) != "قد" {
            return None;
        }
        let from = v.saturating_sub(SUBJECT_WORDS + 2);
        let kana = (from..v - 1).rev().find(|&i| {
            let k = self.key_after_conjunction(i);
            matches!(k, "كان" | "كانت" | "كانوا")
        })?;
        let np = kana + 1..v - 1;
        // (a body's name may stand in marks after its head: `وكانت منظمة «أطاك المغرب» قد
        // انتقدت`)
        (!np.is_empty()
            && is_word(&self.tokens[np.start])
            && np
                .clone()
                .all(|i| (is_word(&self.tokens[i]) || self.is_mark(i)) && !self.is_verb(i)))
        .then_some(np)
    }

    /// The topic of `أما X فقال`: the phrase between `أما` and the verb carrying `ف`, which is its
    /// subject (`أما مدرب النصر فقال …`). Tokens before `line_start` are not looked at.
    fn topic_of(&self, v: usize, line_start: usize) -> Option<Speaker> {
        if !self.word(v).starts_with('ف') {
            return None;
        }
        // the topic may be described by a relative clause between commas (`أما والدتها فاطمة،
        // التي تبيع الخبز في السوق، فقالت`)
        let comma = |i: usize| matches!(self.word(i), "،" | ",");
        let described = v >= 2 && comma(v - 1);
        let reach = if described {
            3 * UNNAMED_WORDS
        } else {
            UNNAMED_WORDS + 1
        };
        let from = v.saturating_sub(reach).max(line_start);
        let amma = (from..v)
            .rev()
            .find(|&i| written!(self.word(i), "أما" | "وأما"))?;
        let mut np = amma + 1..v;
        if described {
            // up to the relative clause, or to the comma that alone sets the topic off (`أما
            // وزير الاقتصاد، فقال`)
            let relative = (amma + 1..v - 1).find(|&i| comma(i)).filter(|&c| {
                c + 1 < v - 1
                    && matches!(
                        self.key(c + 1),
                        "التي" | "الذي" | "الذين" | "اللواتي" | "اللاتي"
                    )
            });
            // or to the comma after a name that another phrase then describes in apposition
            // (`أما وليد الأسعد، نجل عالم الآثار الراحل خالد الأسعد، فيقول`)
            let named = (amma + 1..v - 1).find(|&i| comma(i)).filter(|&c| {
                self.entity_at(amma + 1).is_some_and(|e| {
                    e.kind == Kind::Person && e.range.end <= self.tokens[c].range.start
                })
            });
            np = amma + 1..relative.or(named).unwrap_or(v - 1);
        }
        if np.len() > UNNAMED_WORDS {
            return None;
        }
        // not a place or a time set first (`أما في الرياض فقال الوزير`)
        if np.is_empty()
            || !np.clone().all(|i| is_word(&self.tokens[i]))
            || self.g.is_stopword(self.word(np.start))
        {
            return None;
        }
        self.speaker_of(np)
    }

    /// A word that reads as `ف` + a verb with its subject implied (`فتوقعت`, `فقالوا`, `فيرى`): a
    /// past tense of a feminine or plural subject, or a present tense, of four letters or more,
    /// or a past tense of the derived forms that begin with alif (`فاكتفى`, `فاستعرض`: five
    /// letters or more, not the article); no function word, and no pronoun ending (`فمطلعها`,
    /// `فهو`: a predicate, not a verb of its own).
    fn verb_after_fa(&self, i: usize) -> bool {
        let k = self.key(i);
        let Some(v) = k.strip_prefix('ف') else {
            return false;
        };
        let n = v.chars().count();
        self.tokens[i].class == TokenClass::Arabic
            && !self.g.is_stopword(self.word(i))
            && !v.ends_with('ه')
            && !v.ends_with("ها")
            && !v.ends_with("هم")
            && n >= 3
            && (v.ends_with('ت')
                || v.ends_with("وا")
                || (n >= 4 && v.starts_with(['ي', 'ت']))
                || (n >= 5 && v.starts_with('ا') && !v.starts_with("ال")))
    }

    /// `جاء فيه` / `ورد فيها`, or a verb of saying with them (`أصدرت الوزارة بيانا قالت فيه`,
    /// said in it), right before the quotation at token `q` (a colon or `إن` between them
    /// allowed), not before token `from`: the words are a statement's or a post's, whose issuer
    /// is the sentence's subject. Returns the token of the verb.
    fn statement_words(&self, q: usize, from: usize) -> Option<usize> {
        let mut i = q;
        if i > from && (self.word(i - 1) == ":" || self.key(i - 1) == "ان") {
            i -= 1;
        }
        if i < from + 2 {
            return None;
        }
        let v = i - 2;
        let prep = self.key(i - 1);
        // a verb of saying only with a text before it in its sentence: `قال فيه` alone is as
        // often said of someone (`ابن حجر يقول فيه`)
        (matches!(prep, "فيه" | "فيها")
            && (self.came(v) || (self.is_verb(v) && self.text_before(from, v).is_some())))
        .then_some(v)
    }

    /// The nearest word before token `v`, within its sentence and [`TEXT_REACH`] words, from token
    /// `from` on, that names a text holding words ([`holds_words`]) without the article:
    /// `بيانا`, `ببيان`, `برسالة`, `وصيته` (`الرسالة` points back at one, or names a paper).
    fn text_before(&self, from: usize, v: usize) -> Option<usize> {
        (v.saturating_sub(TEXT_REACH).max(from)..v)
            .rev()
            .take_while(|&i| !is_sentence_end(self.word(i)))
            .find(|&i| self.names_text(i) && !self.key_after_conjunction(i).starts_with("ال"))
    }

    /// Whether word i names a text holding words, its clitics read off (see [`holds_words`]):
    /// a conjunction, `ب` or `ل`, the article, the accusative's alef, a possessive pronoun.
    fn names_text(&self, i: usize) -> bool {
        if self.tokens[i].class != TokenClass::Arabic {
            return false;
        }
        let k = self.key_after_conjunction(i);
        let text = |k: &str| {
            let k = k.strip_prefix("ال").unwrap_or(k);
            holds_words(k)
                || k.strip_suffix('ا').is_some_and(holds_words)
                // `وصيته`, `رسالتها`: the feminine ending before a pronoun is ت
                || k.strip_suffix("ها").or_else(|| k.strip_suffix('ه')).is_some_and(|r| {
                    holds_words(r)
                        || r.strip_suffix('ت')
                            .is_some_and(|r| holds_words(&format!("{r}ه")))
                })
        };
        let clitic = |k: &str| text(k) || k.strip_prefix(['ب', 'ل']).is_some_and(text);
        // (`وصيته` begins with the letter of the conjunction)
        clitic(k) || clitic(self.key(i))
    }

    /// Who issued the text named before the verb at token `at` (`أصدرت الوزارة بيانا قالت
    /// فيه`), from token `from` on: the subject of the verb that issued it after it (`رسالة
    /// كتبها الجنرال …`), the one named after it (`بيان للحزب`, `رسالة من الملك`), or the body
    /// or title right before it (`ردت عليه النقابة ببيان`).
    fn statement_issuer(&self, from: usize, at: usize) -> Option<Speaker> {
        let doc = self.text_before(from, at)?;
        if doc + 2 < at && self.issuing_verb(doc + 1) {
            let np = self.subject(doc + 1, at)?;
            // an outlet that carried it did not issue it (`تبنت الحركة الهجوم في بيان بثته إذاعة
            // "الأندلس" التابعة لها، جاء فيه`): its sender is named before it
            if !outlet_with_article(self.key_after_conjunction(np.start)) {
                return self.speaker_of(np);
            }
        } else if let Some(sp) = self.issuer_of_document(doc, at) {
            return Some(sp);
        }
        // who sent it, in the words before it: the first name not after a preposition (`ووجه
        // الجسمي رسالة للشعب`, `ألقى أنتوني إيدن وزير خارجية بريطانيا خطابا`), else a body or a
        // title (`أصدرت الوزارة بيانا`), else a country (`أرسلت المملكة المتحدة رسالة`)
        let window = doc.saturating_sub(ISSUER_REACH).max(from);
        let named = |kinds: &[Kind]| {
            (window..doc)
                .filter(|&i| {
                    let after_preposition = i > from && self.prepositional(i - 1);
                    !(self.prepositional(i)
                        || after_preposition
                        || self.preposition_object(i, from))
                })
                .filter_map(|i| self.entity_at(i))
                .find(|e| kinds.contains(&e.kind) && e.range.end <= self.tokens[doc].range.start)
                .map(|e| self.named(e))
        };
        named(&[Kind::Person, Kind::Organization])
            .or_else(|| self.issuer(window, doc))
            .or_else(|| named(&[Kind::Place]))
    }

    /// `جاء` / `ورد` (came, appeared), a conjunction allowed, at token i.
    fn came(&self, i: usize) -> bool {
        let k = self.key(i);
        matches!(k.strip_prefix('و').unwrap_or(k), "جاء" | "ورد")
    }

    /// `وجاء في بيان الهلال الأحمر: "…"`, `ورد في تقرير للمرصد أن "…"`: words of a document
    /// named after `جاء في` / `ورد في` between tokens `from` and the quotation at `q`; its issuer
    /// is the phrase after the document's noun (a genitive, or after `ل`).
    fn statement_in(&self, from: usize, q: usize) -> Option<Speaker> {
        let at = (from..q.saturating_sub(3)).find(|&i| self.came(i) && self.key(i + 1) == "في")?;
        self.issuer_of_document(at + 2, q)
    }

    /// `وفي بيان للشركة، قالت: "…"`, `وفي بيان أصدرته الوزارة، أكدت أن`: a verb of saying at
    /// token `v` with no subject of its own, after `في` and a document in its sentence (from
    /// token `from`), says the document's issuer's words.
    fn document_before(&self, from: usize, v: usize) -> Option<Speaker> {
        let at = (from..v.saturating_sub(2))
            .rev()
            .find(|&i| self.key_after_conjunction(i) == "في" && is_document(self.key(i + 1)))?;
        self.issuer_of_document(at + 1, v)
    }

    /// The issuer named after a document's noun at token `at`, before token `q`: after `ل`
    /// (`بيان للحزب`, `بيان مشترك للدول`), after `صادر عن` or `من` (`رسالة من الملك`), as the
    /// subject of the verb that issued it (`بيان أصدرته الوزارة`), or as its genitive (`بيان
    /// الهلال الأحمر`).
    fn issuer_of_document(&self, at: usize, q: usize) -> Option<Speaker> {
        let issued = at + 1 < q && self.issued(at + 1);
        let described = at + 1 < q && self.document_adjective(at + 1);
        let noun = at..at + 1 + (issued || described) as usize;
        if let Some(sp) = self.document_issuer(&noun, q) {
            return Some(sp);
        }
        if !is_document(self.key(noun.start)) {
            return None;
        }
        if noun.end + 1 < q && (self.issuing_verb(noun.end) || self.key(noun.end) == "من") {
            return self.speaker_of(self.subject(noun.end, q)?);
        }
        if issued || described {
            return None;
        }
        // a genitive needs the document's noun without the article and a name after it
        let end = self.phrase_end(noun.end, q, UNNAMED_WORDS);
        (end > noun.end)
            .then(|| self.speaker_of(noun.end..end))
            .flatten()
    }

    /// A verb that issued or posted a document named before it, its object pronoun on it:
    /// `أصدرته`, `نشرتها`, `وزعه`, `بثته`, `أذاعته`.
    fn issuing_verb(&self, i: usize) -> bool {
        let k = self.key(i);
        let Some(stem) = k.strip_suffix("ها").or_else(|| k.strip_suffix('ه')) else {
            return false;
        };
        let stem = stem.strip_suffix('ت').unwrap_or(stem);
        matches!(
            stem,
            "اصدر" | "نشر" | "وزع" | "بث" | "اذاع" | "اطلق" | "كتب" | "ارسل" | "بعث"
        )
    }

    /// The person an implied subject most likely is, before byte `before` and from byte `from`
    /// on (the article's text): the first person named in the last sentence that names one.
    /// `seen` keeps what earlier calls read, the calls coming in text order.
    fn implied_person(&self, from: usize, before: usize, seen: &mut PersonsSeen) -> Option<String> {
        // the entities are in text order: each is looked at once over the article
        while let Some(e) = self.entities.get(seen.looked) {
            if e.range.end > before {
                break;
            }
            if e.kind == Kind::Person && e.range.start >= from {
                seen.last = Some(seen.looked);
            }
            seen.looked += 1;
        }
        let last = &self.entities[seen.last?];
        // the token holding the name's start
        let mut i = self
            .tokens
            .partition_point(|t| t.range.end <= last.range.start);
        if i >= self.tokens.len() {
            return None;
        }
        while i > 0
            && self.tokens[i - 1].range.start >= from
            && !is_sentence_end(self.word(i - 1))
            && !self.text[self.tokens[i - 1].range.end..self.tokens[i].range.start].contains('\n')
        {
            i -= 1;
        }
        let start = self.tokens[i].range.start;
        let at = self.entities.partition_point(|e| e.range.start < start);
        let first = self.entities[at..]
            .iter()
            .find(|e| e.kind == Kind::Person)?;
        Some(self.text[first.range.clone()].to_owned())
    }

    /// The first noun phrase between tokens `from` and `at` headed by a title, an organisation
    /// head or a source noun, up to its object (`وأصدرت وزارة الخارجية بيانا`): who issued a
    /// statement when no name was found in its sentence.
    fn issuer(&self, from: usize, at: usize) -> Option<Speaker> {
        let start = (from..at).find(|&i| {
            (self.head_bits(i) & (class::ORG_HEAD | class::TITLE | class::SPEAKER) != 0
                || self.definite_body(i))
                && !self.prepositional(i)
                && !self.names_text(i)
        })?;
        // after a body with the article, its adjectives with it only (`الجيش الأميركي قام`)
        let definite = self.key_after_conjunction(start).starts_with("ال");
        let mut end = start + 1;
        while end < at
            && is_word(&self.tokens[end])
            && (!definite || self.key(end).starts_with("ال"))
            && !self.adverb(end)
            && !self.is_verb(end)
            && !self.prepositional(end)
            && !self.names_text(end)
            // `فقام ملك بلجيكا وألقى كلمة`: a word after `و` that no list knows ends it, unless
            // the article follows the conjunction as written (`وزارة التجارة والصناعة`)
            && !(self.key(end).starts_with('و')
                && !self.word(end).starts_with("وال")
                && self.g.word_bits(self.key(end)) == 0)
            && !self.g.is_stopword(self.word(end))
        {
            end += 1;
        }
        self.speaker_of(start..end)
    }

    /// A body's head noun with the article (`الوزارة`, `الشركة`), which the lists hold without
    /// it: the body named before, for [`Reader::anaphor`].
    fn definite_body(&self, i: usize) -> bool {
        let k = self.key(i);
        let k = k.strip_prefix('و').unwrap_or(k);
        k.strip_prefix("ال")
            .is_some_and(|head| self.g.word_bits(head) & class::ORG_HEAD != 0)
    }

    /// A source the words are attributed to without a verb (`بحسب المرصد`, `وفق البيان`),
    /// between tokens `from` and the quotation at `q`: the noun phrase after it.
    fn source_phrase(&self, from: usize, q: usize) -> Option<Range<usize>> {
        let at = (from..q)
            .rev()
            .find(|&i| matches!(self.source_word(i), "بحسب" | "حسب" | "وفق"))?;
        self.subject(at, q)
    }

    /// The key of word i without the conjunction `و`, unless the word begins with the letter
    /// (`وفق`, `وفقا`: according to).
    fn source_word(&self, i: usize) -> &str {
        let k = self.key(i);
        match k.strip_prefix('و') {
            Some(rest) if !rest.starts_with("فق") || rest.starts_with("وفق") => rest,
            _ => k,
        }
    }

    /// Token `qe`, or the one after it when it is a comma (within `..limit`): where what follows
    /// a quotation begins (`"…"، بحسب X`).
    fn past_comma(&self, qe: usize, limit: usize) -> usize {
        if qe < limit && matches!(self.word(qe), "،" | ",") {
            qe + 1
        } else {
            qe
        }
    }

    /// The source named right after a quotation (from token `qe`, within `..limit`): `، بحسب
    /// X`, `، وفق X`, `، بحسب ما قاله X`, `، حسبما ذكر X`: the noun phrase of X.
    fn source_after(&self, qe: usize, limit: usize) -> Option<Range<usize>> {
        let i = self.past_comma(qe, limit);
        if i >= limit {
            return None;
        }
        match self.source_word(i) {
            // `على حد تعبير X`, `على حد قول X`: X said it
            "علي" if i + 3 < limit && self.in_words_at(i) => self.subject(i + 2, limit),
            // `حسبما قال X`, `بحسب ما قاله X`: X is the subject of the reporting verb after ما
            "حسبما" | "بحسبما" | "كما" if i + 1 < limit && self.verb_with_object(i + 1) => {
                self.subject(i + 1, limit)
            }
            // `وفقا لمصدر مقرب`: the source carries the preposition
            "وفقا" | "طبقا" if i + 1 < limit && self.key(i + 1).starts_with('ل') => {
                Some(i + 1..self.phrase_end(i + 2, limit, UNNAMED_WORDS - 1))
            }
            "بحسب" | "حسب" | "وفق" | "وفقا" => {
                if i + 2 < limit && self.key(i + 1) == "ما" {
                    if !self.verb_with_object(i + 2) {
                        return None;
                    }
                    self.subject(i + 2, limit)
                } else {
                    self.subject(i, limit)
                }
            }
            _ => None,
        }
    }

    /// `"…"، كما جاء في بيان نقابتهم`, `"…"، حسبما ورد في تقرير للمرصد`: the words of a document
    /// named right after the quotation (from token `qe`, within `..limit`) are its issuer's.
    fn document_after(&self, qe: usize, limit: usize) -> Option<Speaker> {
        let i = self.past_comma(qe, limit);
        if i + 4 > limit
            || !matches!(self.source_word(i), "كما" | "حسبما" | "بحسبما")
            || !self.came(i + 1)
            || self.key(i + 2) != "في"
        {
            return None;
        }
        self.issuer_of_document(i + 3, limit)
    }

    /// The speaker of the source named right after a quotation ([`Reader::source_after`]), the
    /// preposition of `وفقا لمصدر` read off its name; with whether it can speak (a name, or a
    /// phrase headed by a title, an organisation head, a source noun or a group), which makes
    /// even a short quotation speech (`"خلال أسابيع"، وفقا لمصدر مقرب من اللاعب`; not `وفقا
    /// للقانون`).
    fn source_speaker(&self, qe: usize, limit: usize) -> Option<(Speaker, bool)> {
        if let Some(sp) = self.document_after(qe, limit) {
            return Some((sp, true));
        }
        let np = self.source_after(qe, limit)?;
        // only `بحسب X` and `وفقا لX` name a source outright; `كما قال X` and `حسب رواية X`
        // follow names and titles as well
        let plain = np.start > 0
            && (matches!(
                self.source_word(np.start - 1),
                "وفقا" | "طبقا" | "بحسب" | "حسب" | "وفق"
            ));
        let mut sp = self.speaker_of(np.clone())?;
        // a phrase that names no one, the person named after it in its sentence (`بحسب ما قالته
        // المحللة في بنك "ساكسو" إيلين ماكارثي`), as after a verb ([`Reader::speaker_of_verb`])
        if sp.range.as_ref().is_some_and(|r| !self.is_mention(r))
            && self.head_bits(np.start) & class::SPEAKER == 0
            && !self.group(np.start)
            && !self.crowd(np.start)
        {
            let end = (np.end..limit)
                .find(|&i| is_sentence_end(self.word(i)))
                .unwrap_or(limit);
            if let Some(p) = self.person_later(np.end, end) {
                sp = p;
            }
        }
        let w = self.key(np.start);
        let clitic = w.starts_with('ل')
            && np.start > 0
            && matches!(self.key(np.start - 1), "وفقا" | "طبقا" | "ووفقا");
        let mut head = self.head_bits(np.start);
        if clitic {
            let rest = w.strip_prefix('ل').unwrap_or(w);
            let bits = self.g.word_bits(rest) | self.g.word_bits(&format!("ال{rest}"));
            let entity = self.entity_within(np.start).is_some();
            // the letter is the preposition only where the rest is a known word or a name
            // (`لمصدر`, `للجيش`, `لرويترز`; not `لغات`)
            if !(w.starts_with("لل") || bits != 0 || entity) {
                return None;
            }
            head |= bits;
            self.read_off_lam(&mut sp, np.start);
        }
        // the phrase is the source itself, named or headed by a noun that can speak
        let named = self
            .entity_within(np.start)
            .is_some_and(|e| sp.range.as_ref().is_some_and(|r| r.start == e.range.start));
        let speaks = plain
            && (named
                || head & (class::SPEAKER | class::TITLE | class::ORG_HEAD) != 0
                || self.group(np.start));
        Some((sp, speaks))
    }

    /// `"…"، بهذه الكلمات لخصت سهام …`, `"…"، هكذا وصف X`: the subject of the verb after the
    /// words that point back at the quotation ending before token `qe`.
    fn these_words(&self, qe: usize, limit: usize) -> Option<Speaker> {
        let i = self.past_comma(qe, limit);
        if i + 1 >= limit {
            return None;
        }
        let k = self.key(i);
        let k = k.strip_prefix('و').unwrap_or(k);
        let v = match k {
            "هكذا" => i + 1,
            "بهذه" | "بتلك"
                if matches!(
                    self.key(i + 1),
                    "الكلمات" | "الكلمه" | "العباره" | "العبارات" | "الجمله"
                ) =>
            {
                i + 2
            }
            _ => return None,
        };
        if v >= limit || !is_word(&self.tokens[v]) {
            return None;
        }
        self.speaker_of(self.subject(v, limit)?)
    }

    /// Reads the preposition ل off a speaker's mention that begins at token `at` (`لمصدر` →
    /// `مصدر`); with the article it fused with, both letters (`للوزارة` → `وزارة`: the mention
    /// is a part of the text, which has no `الوزارة` there).
    fn read_off_lam(&self, sp: &mut Speaker, at: usize) {
        let start = self.tokens[at].range.start;
        if let Some(r) = sp.range.as_mut().filter(|r| r.start == start) {
            let w = &self.text[r.clone()];
            // (the letters read, with the harakat written on them: `لَلجيش`)
            let ignored = crate::fold::is_ignored;
            let skip = if w.chars().filter(|&c| !ignored(c)).take(2).eq("لل".chars()) {
                2
            } else {
                1
            };
            let mut letters = 0;
            let off = w
                .char_indices()
                .find(|&(_, c)| {
                    if ignored(c) {
                        return false;
                    }
                    letters += 1;
                    letters > skip
                })
                .map_or(w.len(), |(i, _)| i);
            if off < r.len() {
                r.start += off;
                // `للجيش` is `ل` + `الجيش`: the name keeps its article, the mention cannot
                sp.name = if skip == 2 {
                    format!("ال{}", &self.text[r.clone()])
                } else {
                    self.text[r.clone()].to_owned()
                };
            }
        }
    }

    /// The accusing verb (`اتهم`) of words quoted right after `بـ` at token `q`, in the
    /// quotation's sentence from token `from` on: the accuser said them.
    fn accusation(&self, from: usize, q: usize) -> Option<usize> {
        self.verb_before_particle("ب", from, q, |k| {
            matches!(
                k.strip_prefix('و').unwrap_or(k),
                "اتهم" | "اتهمت" | "يتهم" | "تتهم" | "اتهموا"
            )
        })
    }

    /// A verb whose key `is` says so, near before words quoted right after the particle
    /// `particle` (a key) at token `q`, in the quotation's sentence from token `from` on.
    fn verb_before_particle(
        &self,
        particle: &str,
        from: usize,
        q: usize,
        is: impl Fn(&str) -> bool,
    ) -> Option<usize> {
        if q == 0 || q <= from || self.key(q - 1) != particle {
            return None;
        }
        // words, not tokens: the subject's commas (`وحذر رئيس اللجنة، النائب …، من`) are none
        let mut words = 0;
        (from..q)
            .rev()
            .take_while(|&i| {
                words += usize::from(is_word(&self.tokens[i]));
                words <= SUBJECT_WORDS + 2
            })
            .find(|&i| is(self.key(i)))
    }

    /// The promising verb (`وعد`, `تعهد`) of words quoted right after `بـ` at token `q`, in the
    /// quotation's sentence from token `from` on: what was promised, in the promiser's words
    /// (`وعد رئيس الوزراء بـ"صيف مختلف"`). The imperfect `يعد` is left out: mostly "is
    /// counted", `يُعدّ`.
    fn promise(&self, from: usize, q: usize) -> Option<usize> {
        let promising = |k: &str| {
            matches!(
                k,
                "وعد"
                    | "وعدت"
                    | "وعدوا"
                    | "تعهد"
                    | "تعهدت"
                    | "تعهدوا"
                    | "يتعهد"
                    | "تتعهد"
            )
        };
        // (the verb's own `و` is no conjunction: `وعد`, `ووعد`)
        self.verb_before_particle("ب", from, q, |k| {
            promising(k) || k.strip_prefix('و').is_some_and(promising)
        })
    }

    /// The warning verb (`حذر`, `حذرت`, `يحذر`) of words quoted right after `من` at token `q`,
    /// in the quotation's sentence from token `from` on: what was warned of, in the warner's
    /// words (`وحذر النائب من "صيف ساخن"`), where it does not open with the article, as a term
    /// the warning names does (`حذر من "الإرهاب الإلكتروني"`).
    fn warning(&self, from: usize, q: usize, qe: usize) -> Option<usize> {
        let first = (q + 1..qe).find(|&i| is_word(&self.tokens[i]))?;
        if self.key(first).starts_with("ال") {
            return None;
        }
        self.verb_before_particle("من", from, q, |k| {
            matches!(
                k.strip_prefix(['و', 'ف']).unwrap_or(k),
                "حذر" | "حذرت" | "حذروا" | "يحذر" | "تحذر" | "يحذرون"
            )
        })
    }

    /// Whether the words at token `q` are quoted right after `ما وصفه بـ` (`ما وصفته بـ"…"`, `بما
    /// سماه بـ"…"`, `لما أسموه بـ"…"`): what the subject called something, in its own words,
    /// however short.
    fn described(&self, q: usize) -> bool {
        if q < 3 || self.key(q - 1) != "ب" {
            return false;
        }
        let what = self.key(q - 3);
        if !matches!(what, "ما" | "بما" | "لما" | "عما" | "مما" | "وما") {
            return false;
        }
        let k = self.key(q - 2);
        normalize::without_pronoun(k).is_some_and(|v| {
            matches!(
                v,
                "وصف"
                    | "وصفت"
                    | "وصفو"
                    | "يصف"
                    | "تصف"
                    | "يصفون"
                    | "سما"
                    | "سمت"
                    | "سمو"
                    | "اسما"
                    | "اسمت"
                    | "اسمو"
                    | "يسمي"
                    | "تسمي"
                    | "يسمون"
                    | "نعت"
                    | "نعتت"
                    | "نعتو"
            )
        })
    }

    /// Who accuses with the verb at `v` the words at token `q` (after `بـ`): the phrase after the
    /// verb, unless it runs into the `بـ`, when its last word is the accused (`واتهم الحكومة
    /// بـ"…"`: the accuser is implied) and the accuser a name before it (`اتهم الوزير إيتمار بن
    /// غفير المتظاهرين بـ"…"`), a person's before any other.
    fn accuser(&self, v: usize, q: usize) -> Option<Speaker> {
        let np = self.subject(v, q)?;
        if np.end + 1 != q {
            return self.speaker_of(np);
        }
        let (from, last) = (
            self.tokens[np.start].range.start,
            self.tokens[np.end - 1].range.start,
        );
        // (a person before a place: `النائب عن محافظة البصرة حيدر الساعدي`)
        let named: Vec<&Span> = self
            .entities
            .iter()
            .filter(|e| e.kind != Kind::Misc && e.range.start >= from && e.range.end <= last)
            .collect();
        named
            .iter()
            .find(|e| e.kind == Kind::Person)
            .or(named.first())
            .map(|e| self.named(e))
    }

    /// The speaker an entity's mention names.
    fn named(&self, e: &Span) -> Speaker {
        Speaker {
            name: self.text[e.range.clone()].to_owned(),
            range: Some(e.range.clone()),
        }
    }

    /// A speaker named by a title alone, with the article and perhaps nisbas (`وأضاف المدرب
    /// السويسري أن`, `وتابع الوزير:`), mention `r`: the person who spoke last in the article
    /// (quotations `earlier`, from byte `from`) named with that title a few words before the name
    /// (`قال مدرب الأهلي مارسيل كولر`, `المتحدث باسم الوزارة أحمد موسى`), and, when the mention
    /// has a nisba, no other nisba than the mention's (`الرئيس الأمريكي` is not `الرئيس السوري
    /// بشار الأسد`; `المدرب` may be `المدرب السوداني عثمان آدم`); its mention here
    /// staying the title. Only a speaker: a title before a name is also a verb's subject before
    /// its object (`عيّن البابا ألفريد جوسيب سكرتيرا`).
    fn titled_speaker(&self, r: &Range<usize>, from: usize, earlier: &[Span]) -> Option<Speaker> {
        let t = self.tok_at(r.start);
        let end = self.tok_at(r.end);
        if t >= end || end - t > 3 || self.tokens[t].range.start != r.start {
            return None;
        }
        let k = self.key(t);
        let head = k.strip_prefix('و').unwrap_or(k).strip_prefix("ال")?;
        // a title in the feminine too (`المديرة` for `مديرة المدرسة، الأستاذة X`)
        let title = || {
            self.head_bits(t) & class::TITLE != 0
                || head
                    .strip_suffix('ه')
                    .is_some_and(|m| self.g.word_bits(&format!("ال{m}")) & class::TITLE != 0)
        };
        // (`الفريق` is the team more often than the general; a nisba that is no place's is a
        // name, `الإمام النووي`)
        if head.chars().count() < 3
            || head == "فريق"
            || !title()
            || !(t + 1..end).all(|j| place_nisba(self.key(j), self.g))
            || self
                .entities
                .iter()
                .any(|e| e.range.start < r.end && e.range.end > r.start)
        {
            return None;
        }
        let titled = |i: usize| {
            let k = self.key(i);
            let k = k.strip_prefix('و').unwrap_or(k);
            k.strip_prefix("ال").unwrap_or(k) == head
        };
        let nisbas: Vec<&str> = (t + 1..end).map(|j| self.key(j)).collect();
        let spoke = earlier
            .iter()
            .rev()
            .filter_map(|q| q.speaker_range.clone())
            .take_while(|m| m.start >= from)
            // named before the title that points back at them (an earlier quotation's speaker
            // may be named after it, even after this one's title)
            .filter(|m| m.end <= r.start)
            .find(|m| {
                let at = self.tok_at(m.start);
                let window = at.saturating_sub(4);
                // the title opens the subject, right after the verb (not `سكرتير البابا
                // الكاردينال ستانيسلو`), and `رئيس` with nothing after it but nisbas (`رئيس
                // الوزراء` is another title)
                let Some(title) = (window.max(1)..at).find(|&i| titled(i) && self.is_verb(i - 1))
                else {
                    return false;
                };
                // (a title alone may stand for one named with his nationality, `المدرب` for
                // `المدرب السوداني عثمان آدم`, when no one else was named since; a title with one
                // names no one of another)
                let same_nisbas = || {
                    (window..at).all(|i| {
                        let k = self.key(i);
                        !place_nisba(k, self.g) || nisbas.contains(&k)
                    })
                };
                let none_since = || {
                    !self.entities.iter().any(|e| {
                        e.kind == Kind::Person && e.range.start >= m.end && e.range.end <= r.start
                    })
                };
                self.is_mention(m)
                    && (head != "رييس" || (title + 1..at).all(|i| place_nisba(self.key(i), self.g)))
                    && (same_nisbas() || nisbas.is_empty() && none_since())
            })?;
        Some(Speaker {
            name: self.text[spoke].to_owned(),
            range: Some(r.clone()),
        })
    }

    /// A speaker named by one definite head noun (`المنظمة`, `الوزارة`, `الحركة`) that begins an
    /// organisation named earlier in the article, from byte `from` (`منظمة العفو الدولية`): that
    /// organisation, its mention here staying the noun.
    fn anaphor(&self, sp: Speaker, from: usize, earlier: &[Span]) -> Speaker {
        let Some(r) = sp.range.clone() else {
            return sp;
        };
        if let Some(person) = self.titled_speaker(&r, from, earlier) {
            return person;
        }
        let t = self.tok_at(r.start);
        if t >= self.tokens.len() || self.tokens[t].range != r || self.is_mention(&r) {
            return sp;
        }
        let k = self.key(t);
        let k = k.strip_prefix('و').unwrap_or(k);
        let Some(head) = k.strip_prefix("ال").filter(|h| h.chars().count() >= 3) else {
            return sp;
        };
        let before = self.entities.partition_point(|e| e.range.start < r.start);
        let hit = self.entities[..before]
            .iter()
            .rev()
            .take_while(|e| e.range.start >= from)
            .filter(|e| e.kind == Kind::Organization && e.range.end <= r.start)
            .find(|e| {
                let first = self.text[e.range.clone()]
                    .split_whitespace()
                    .next()
                    .unwrap_or("");
                normalize::key(first) == head
            });
        if let Some(e) = hit {
            return Speaker {
                name: self.text[e.range.clone()].to_owned(),
                range: Some(r),
            };
        }
        // or a body the entities leave unnamed (a ministry, by default): the last phrase before
        // it, in the article, that the noun without its article begins, with its complement and
        // adjectives (`وزارة الصحة الكويتية`)
        // (an organisation's head only: a title or a common noun, `الرئيس`, `البعض`, points at
        // someone or something the phrase need not name)
        if self.g.word_bits(head) & class::ORG_HEAD == 0 {
            return sp;
        }
        let first = self.tok_at(from);
        let definite = |i: usize| is_word(&self.tokens[i]) && self.key(i).starts_with("ال");
        let named = (first..t).rev().find(|&i| self.reads_as(i, head));
        // the nearest such noun only: one followed by a name in other words (`صحيفة تايمز اوف
        // انديا`) is not passed over for an older one
        let named = named.filter(|&i| i + 1 < t && definite(i + 1));
        match named {
            Some(i) => {
                // its complement, then adjectives of the nisba's shape (not the verb's object
                // after them, `دعت وزارة الصحة الكويتية المواطنين`)
                let nisba = |j: usize| definite(j) && is_nisba(self.key(j));
                let mut end = i + 2;
                while end < t && end - i <= 3 && nisba(end) {
                    end += 1;
                }
                // without the clitics on its first word (`لوزارة`)
                let mut from = self.tokens[i].range.start;
                for _ in 0..2 {
                    let rest = &self.text[from..self.tokens[i].range.end];
                    if normalize::key(rest) == head {
                        break;
                    }
                    from += rest.chars().next().map_or(0, char::len_utf8);
                }
                let to = self.tokens[end - 1].range.end;
                Speaker {
                    name: self.text[from..to].to_owned(),
                    range: Some(r),
                }
            }
            None => sp,
        }
    }

    /// An adjective a document takes before its issuer (`بيان مشترك لـ…`, `بيان رسمي لـ…`), at
    /// token i.
    fn document_adjective(&self, i: usize) -> bool {
        matches!(
            self.key(i),
            "مشترك"
                | "مشتركه"
                | "رسمي"
                | "رسميه"
                | "مقتضب"
                | "صحفي"
                | "صحافي"
                | "مكتوب"
                | "منفصل"
                | "اخري"
                | "جديد"
                | "جديده"
        )
    }

    /// `صادر` (issued) and its forms, at token i.
    fn issued(&self, i: usize) -> bool {
        matches!(self.key(i), "صادر" | "صادره" | "الصادر" | "الصادره")
    }

    /// Whether a speaker is a document with the article and no issuer (`البيان`, `التقرير
    /// الرسمي`), which someone named before it issued.
    fn bare_document(&self, sp: &Speaker) -> bool {
        let Some(r) = &sp.range else {
            return false;
        };
        let k = self.key(self.tok_at(r.start));
        let k = k.strip_prefix('و').unwrap_or(k);
        k.strip_prefix("ال").is_some_and(is_document) && !self.is_mention(r)
    }

    /// Whether word i reads as the key `noun` with a conjunction or preposition read off its front
    /// (`لوزارة` as `وزاره`, `ببيان` as `بيان`), or as written.
    fn reads_as(&self, i: usize, noun: &str) -> bool {
        let mut reads = false;
        normalize::for_each_proclitic_reading(self.key(i), &mut String::new(), |r| {
            reads |= r == noun
        });
        reads
    }

    /// The issuer of the document a bare one points back at (`البيان` of `وأضاف البيان أن`): the
    /// last mention of the same noun before token `before`, from token `from` (the article's
    /// start) on, that names its issuer after `ل` (`وجاء في بيان للجيش الأمريكي: …`).
    fn earlier_issuer(&self, sp: &Speaker, from: usize, before: usize) -> Option<Speaker> {
        let r = sp.range.as_ref()?;
        let k = self.key(self.tok_at(r.start));
        let noun = k.strip_prefix('و').unwrap_or(k).strip_prefix("ال")?;
        let at = (from..before.saturating_sub(1))
            .rev()
            .find(|&i| self.reads_as(i, noun))?;
        let mut issuer = self.document_issuer(&(at..at + 1), before)?;
        // the mention stays the document's noun here
        issuer.range = Some(r.clone());
        Some(issuer)
    }

    /// The issuer of a document named as a source or as a verb's subject (`بحسب بيان للوزارة`,
    /// `وفق تقرير للمرصد`, `أكد بيان صادر عن الرئاسة`): the one after the preposition, when the
    /// phrase `np` is the document's noun alone, or with `صادر` before `عن`.
    fn document_issuer(&self, np: &Range<usize>, limit: usize) -> Option<Speaker> {
        if np.is_empty() || np.end >= limit {
            return None;
        }
        let noun = self.key(np.start);
        if !is_document(noun.strip_prefix('و').unwrap_or(noun)) {
            return None;
        }
        // `بحسب تقرير أصدرته أمس شركة …`: the subject of the verb that issued it, past the day
        if np.len() == 2 && self.issuing_verb(np.start + 1) {
            let mut v = np.start + 1;
            while v + 1 < limit && day_word(self.key(v + 1)) {
                v += 1;
            }
            return self.speaker_of(self.subject(v, limit)?);
        }
        // `بيان صادر عن الرئاسة`: the one after عن
        if np.len() == 2 && self.issued(np.start + 1) {
            if self.key(np.end) != "عن" {
                return None;
            }
            return self.speaker_of(self.subject(np.end, limit)?);
        }
        // `بيان مشترك لمجموعة …`: an adjective of the document before ل
        if np.len() != 1 && !(np.len() == 2 && self.document_adjective(np.start + 1)) {
            return None;
        }
        let at = np.end;
        let w = self.key(at);
        // (not `بيان له`, a statement of his: whose, the sentence says; nor `رسالة للشعب`,
        // a letter to the people)
        // nor `تقرير لجنة نوبل`, whose ل is the head's own letter
        if !w.starts_with('ل')
            || noun.ends_with("رساله")
            || self.tokens[at].class != TokenClass::Arabic
            || self.pronoun_object(at)
            || !w.starts_with("لل") && self.g.word_bits(w) & class::ORG_HEAD != 0
        {
            return None;
        }
        let end = self.phrase_end(at + 1, limit, UNNAMED_WORDS - 1);
        let mut sp = self.speaker_of(at..end)?;
        self.read_off_lam(&mut sp, at);
        Some(sp)
    }

    /// A verb that attributes the quotation before it (`"…"، قال X`): a plain verb of saying,
    /// without a conjunction (`"…"، وتابع طريقه` starts a new clause) and not followed by a
    /// preposition (`«…»، وصف بها`, `كتابه "…"، قال فيه`).
    fn attribution_verb(&self, i: usize) -> bool {
        let k = self.key(i);
        matches!(
            k,
            "قال"
                | "قالت"
                | "يقول"
                | "تقول"
                | "اضاف"
                | "اضافت"
                | "تابع"
                | "تابعت"
                | "اكد"
                | "اكدت"
                | "اوضح"
                | "اوضحت"
                | "كتب"
                | "كتبت"
                | "غرد"
                | "غردت"
        ) && (i + 1 >= self.tokens.len()
            || !(self.preposition(i + 1) || self.prepositional(i + 1) || {
                let next = self.key(i + 1);
                next.starts_with(['ب', 'ل']) || next.starts_with("في")
            }))
    }

    /// A reporting verb, bare or with an object pronoun (`قاله`, `ذكرته`, `أكدها`).
    fn verb_with_object(&self, i: usize) -> bool {
        if self.is_verb(i) {
            return true;
        }
        let k = self.key(i);
        normalize::without_pronoun(k).is_some_and(|v| {
            v.chars().count() >= 2 && self.g.bits_any_reading(v) & class::REPORT_VERB != 0
        })
    }

    /// Whether token i opens an adjunct of time (`بعد`, `عقب`, `خلال`, `قبل`), which ends the
    /// speaker of a headline before it.
    fn when(&self, i: usize) -> bool {
        matches!(
            self.key(i),
            "بعد" | "عقب" | "قبل" | "خلال" | "اثر" | "اثناء" | "لدي" | "عند" | "ابان"
        )
    }

    /// Whether the verb at i relays someone else's words (`نقل`, `نقلت عن`).
    fn relays(&self, i: usize) -> bool {
        let k = self.key(i);
        let k = k.strip_prefix('و').unwrap_or(k);
        matches!(k, "نقل" | "نقلت" | "ينقل" | "تنقل" | "نقلا" | "ناقلا")
    }

    /// Whether token i is a quotation mark.
    fn is_mark(&self, i: usize) -> bool {
        let mut c = self.word(i).chars();
        c.next().is_some_and(|m| family(m).is_some()) && c.next().is_none()
    }

    /// A headline speaker: `X` in `X: …` on an article's title line from `start` to `end`; returns
    /// the speaker and the token index of the colon.
    fn headline_speaker(&self, start: usize, end: usize) -> Option<(Speaker, usize)> {
        let a = self.tok_at(start);
        let b = self.tok_at(end);
        let colon = (a..b).find(|&i| self.word(i) == ":")?;
        // X may stand in quotation marks (`«الصحة»: «…»`): a name, as the marks say
        let marked = colon >= a + 3 && self.is_mark(a) && self.is_mark(colon - 1);
        let (a, xe) = if marked {
            (a + 1, colon - 1)
        } else {
            // `بايدن لـ«سي إن إن»: …`, `الوزير للصحفيين: …`: the one spoken to ends the speaker;
            // so does when it was said (`مدرب الفيصلي بعد الخسارة أمام الوحدات: …`)
            // (not a word inside a name begun before it: `المفوضية العليا للانتخابات: …`)
            let within_name = |i: usize| {
                let b = self.tokens[i].range.start;
                self.entity_holding(b).is_some_and(|e| e.range.start < b)
            };
            let spoken_to = (a + 1..colon).find(|&i| {
                !within_name(i)
                    && (self.key(i) == "ل"
                        || (is_word(&self.tokens[i])
                            && (self.listener(i) || self.addressed(i) || self.when(i))))
            });
            (a, spoken_to.unwrap_or(colon))
        };
        let n = xe - a;
        // a person named last may have a longer title before him (`بطلة العالم في الملاكمة سناء
        // الوزاني: …`)
        let x_end = || self.tokens[xe - 1].range.end;
        let named_last = || {
            self.entities
                .iter()
                .any(|e| e.kind == Kind::Person && e.range.end == x_end())
        };
        let longest = if n > UNNAMED_WORDS && named_last() {
            2 * UNNAMED_WORDS
        } else {
            UNNAMED_WORDS
        };
        if n == 0 || n > longest || !(a..xe).all(|i| is_word(&self.tokens[i])) {
            return None;
        }
        if (colon + 1..b).filter(|&i| is_word(&self.tokens[i])).count() < 2 {
            return None;
        }
        // a vocative does not speak
        if matches!(self.key(a), "يا" | "ايها" | "ايتها") {
            return None;
        }
        let x = self.tokens[a].range.start..self.tokens[xe - 1].range.end;
        let inside: Vec<&Span> = self
            .entities
            .iter()
            .filter(|e| e.range.start >= x.start && e.range.end <= x.end && e.kind != Kind::Misc)
            .collect();
        let persons = inside.iter().find(|e| e.kind == Kind::Person);
        // `السوداني لأردوغان: …`: one or two words before the person the words were said to
        // speak them, though the entities leave them unnamed (a family name alone in a title)
        let speaks_to_someone = || n <= 2 && xe < colon && self.addressed(xe);
        let speaker = if let Some(e) =
            persons.or_else(|| inside.iter().find(|e| e.range.start == x.start))
        {
            self.named(e)
        } else {
            let head = self.head_bits(a);
            let own = (self.bits)(a);
            // a body and up to two adjectives of its kind or its country (`الجيش الإسرائيلي`,
            // `الدفاع المدني السوري`, `الجيش الوطني الليبي`)
            let body = || {
                speaking_body(self.key(a)) && n <= 3 && (a + 1..xe).all(|i| is_nisba(self.key(i)))
            };
            // someone described by the adjective of his people: a noun of a calling and the
            // noun it is of (`عالم آثار بولندي: …`), or a nisba noun alone (`دبلوماسي غربي: …`);
            // not a feeling or a state, which another adjective describes (`غضب فلسطيني: …`,
            // `غضب شعبي عراقي: …`, `أزمة سياسية لبنانية: …`)
            let of_a_people = || {
                let last = self.key(xe - 1);
                let k = self.key(a);
                // or a noun of a calling the lists hold as a title or a speaker, in the feminine
                // too (`مهندسة ليبية: …`, `طبيبة سودانية: …`), with or without the article
                let listed_calling = || {
                    let masculine = k.strip_suffix('ه').unwrap_or(k);
                    [k, masculine].iter().any(|w| {
                        (self.g.word_bits(w) | self.g.word_bits(&format!("ال{w}")))
                            & (class::TITLE | class::SPEAKER)
                            != 0
                    })
                };
                let calling = match n {
                    2 => k.ends_with('ي') && k.chars().count() >= 4 || listed_calling(),
                    3 => {
                        let of = self.key(a + 1);
                        !of.ends_with('ي') && !of.ends_with("يه") && !of.starts_with("ال")
                    }
                    _ => false,
                };
                calling
                    && !k.starts_with("ال")
                    && !self.g.is_stopword(self.word(a))
                    && !last.starts_with("ال")
                    && (last.ends_with('ي') || last.ends_with("يه"))
                    && place_nisba(&format!("ال{last}"), self.g)
            };
            // someone by where he is from (`مزارع من الحسكة: …`, `طبيب من غزة: …`): a noun
            // without the article, `من`, and a place the entities found, ending the phrase; not
            // pictures or news from there (`صور من غزة: …`), which describe
            // (a noun heading the phrase: no article, no function word or verb)
            let bare_noun = || {
                let k = self.key(a);
                !k.starts_with("ال")
                    && k.chars().count() >= 3
                    && !self.g.is_stopword(self.word(a))
                    && !self.is_verb(a)
            };
            // (or people of a place, a plural of persons that only they end in `ون`:
            // `محتجون في البصرة: …`, `نازحون في رفح: …`; not fires or floods there, which
            // describe, nor a singular noun so ending: `قانون في …`)
            let people_in = |k: &str| {
                k.ends_with("ون")
                    && k.chars().count() >= 5
                    && !matches!(
                        k,
                        "قانون"
                            | "كانون"
                            | "زيتون"
                            | "صابون"
                            | "مليون"
                            | "بليون"
                            | "ليمون"
                            | "تلفزيون"
                            | "صالون"
                            | "فرعون"
                            | "عربون"
                    )
            };
            let from_a_place = || {
                let k = self.key(a);
                n >= 3
                    && (self.key(a + 1) == "من" || self.key(a + 1) == "في" && people_in(k))
                    && bare_noun()
                    && !matches!(k, "صور" | "مشاهد" | "انباء" | "اخبار" | "لقطات")
                    && inside.iter().any(|e| {
                        e.kind == Kind::Place
                            && e.range.start == self.tokens[a + 2].range.start
                            && e.range.end == x.end
                    })
            };
            // people named by their calling (`مربو الجاموس في الجبايش: …`, `موظفو الشركة: …`,
            // `ذوو الضحايا: …`): a plural of persons in construct, whose ending `و` only a noun of
            // persons takes (a loanword's aside: `فيديو`), and its complement with the article or
            // a name the entities found, ending the phrase (`صيادو نواذيبو: …`)
            let complement_named = || {
                inside.iter().any(|e| {
                    e.range.start == self.tokens[a + 1].range.start && e.range.end == x.end
                })
            };
            let people_by_calling = || {
                let k = self.key(a);
                n >= 2
                    && k.ends_with('و')
                    && bare_noun()
                    && !matches!(
                        k,
                        "فيديو"
                            | "راديو"
                            | "ستوديو"
                            | "استوديو"
                            | "سيناريو"
                            | "بيانو"
                            | "كازينو"
                    )
                    && (self.key(a + 1).starts_with("ال") || complement_named())
            };
            let speaks = marked
                    || head & (class::TITLE | class::ORG_HEAD) != 0
                    || of_a_people()
                    || from_a_place()
                    || people_by_calling()
                    || (own & class::SPEAKER != 0 && !self.key(a).starts_with("ال"))
                    // a monitor, which the lists hold as no body (`مرصد حقوقي: …`)
                    || self.key(a) == "مرصد"
                    || body()
                    || speaks_to_someone();
            if !speaks {
                return None;
            }
            Speaker {
                name: self.text[x.clone()].to_owned(),
                range: Some(x),
            }
        };
        Some((speaker, colon))
    }
}

/// [`find`] in the lines of `text` at `lines` (whole lines: an article, or the part of one in a
/// chunk), told by `bits(i)` the gazetteer class bits of token i under any reading (see
/// [`word_bits`]; the caller may know them already). `carry` comes from the previous part of the
/// same article (default for a whole article) and is updated for the next; `scratch` may be any
/// (a default one will do), and is best kept for the next call.
pub fn find_with(
    text: &str,
    lines: Range<usize>,
    tokens: &[Token],
    entities: &[Span],
    bits: impl Fn(usize) -> u16,
    carry: &mut Carry,
    scratch: &mut Scratch,
) -> Vec<Span> {
    scratch.fit(tokens.len());
    let rd = Reader {
        text,
        tokens,
        entities,
        bits,
        g: Gazetteer::get(),
        verbs: &scratch.verbs[..tokens.len()],
        keys: &scratch.keys[..tokens.len()],
        asked: std::cell::Cell::new((0, 0)),
    };
    let out = read_quotes(&rd, lines, carry);
    let asked = rd.asked.get();
    drop(rd);
    scratch.clear(asked);
    out
}

/// [`find_with`] with its reader.
fn read_quotes<B: Fn(usize) -> u16>(
    rd: &Reader<'_, B>,
    lines: Range<usize>,
    carry: &mut Carry,
) -> Vec<Span> {
    let (text, tokens) = (rd.text, rd.tokens);
    let mut out = Vec::new();
    let mut last_speaker: Option<String> = carry.last_speaker.take();
    let mut first_line = !carry.past_title;
    let article_from = lines.start;
    let mut persons = PersonsSeen::default();
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
        let line_end = base + body.len();
        // headline: `X: words` on the title line
        let mut headline_body: Option<Span> = None;
        let title = std::mem::take(&mut first_line);
        let headline = if title {
            rd.headline_speaker(base, line_end)
        } else {
            None
        };
        if let Some((sp, colon)) = &headline {
            let after = tokens.get(colon + 1).map(|t| t.range.start);
            let marked = raws.iter().any(|r| Some(r.start) == after);
            if !marked {
                let body = tokens[colon + 1].range.start..tokens[rd.tok_at(line_end) - 1].range.end;
                last_speaker = Some(sp.name.clone());
                headline_body = Some(Span {
                    style: Some(QuoteStyle::Speech),
                    speaker: Some(sp.name.clone()),
                    speaker_range: sp.range.clone(),
                    ..Span::new(Kind::Quote, body)
                });
                // marks inside the words are theirs; those before the colon (the outlet spoken
                // to) are read as any others
                let colon_at = tokens[*colon].range.start;
                raws.retain(|r| r.end <= colon_at);
            }
        }
        let line_first_tok = rd.tok_at(base);
        let mut prev_quote_end_tok = line_first_tok;
        // where the last speech quotation of the line ended: a verb before a scare quote
        // (`وأوضح المصدر في حديث لـ"سكاي نيوز" أن "…"`) still governs the speech after it
        let mut prev_speech_end_tok = line_first_tok;
        // whether the previous quotation was the outlet spoken to (`لـ"العربية.نت"`)
        let mut prev_outlet = false;
        // the verbs before the line's last speech quotation, and its speaker
        let mut prev_speech_verbs: Vec<usize> = Vec::new();
        let mut prev_speaker: Option<Speaker> = None;
        for r in raws.iter().cloned() {
            let qs = rd.tok_at(r.start); // the opening mark's token
            let qe = rd.tok_at(r.end); // first token after the quotation
            let inner = tokens[qs..qe].iter().filter(|t| is_word(t)).count();
            let ends_sentence = tokens[qs..qe]
                .iter()
                .rev()
                .nth(1)
                .is_some_and(|t| is_sentence_end(&text[t.range.clone()]));
            // reporting verbs before, within this line and after the previous quotation; with none,
            // when that quotation was the outlet spoken to, those before it (`وأكدت مصادر طبية
            // لـ"العربية.نت" أن "…"`: the outlet does not cut the verb off its words)
            let mut verbs: Vec<usize> = (prev_quote_end_tok..qs)
                .rev()
                .filter(|&i| rd.is_verb(i))
                .collect();
            if verbs.is_empty() && prev_outlet {
                verbs.extend(
                    (prev_speech_end_tok..prev_quote_end_tok)
                        .rev()
                        .filter(|&i| rd.is_verb(i)),
                );
            }
            // a clause joined to the previous speech by `و` and its complementiser (`أن الترميم
            // "…"، وأن التمويل "…"`) is said by the same verb
            let joined_clause = verbs.is_empty()
                && prev_speech_end_tok == prev_quote_end_tok
                && prev_quote_end_tok > line_first_tok
                && (prev_quote_end_tok..qs)
                    .find(|&i| !matches!(rd.word(i), "،" | ","))
                    .is_some_and(|i| rd.key(i).starts_with('و') && rd.complementiser(i));
            if joined_clause {
                verbs.extend_from_slice(&prev_speech_verbs);
            }
            let near_verb = verbs
                .first()
                .is_some_and(|&v| tokens[v + 1..qs].iter().filter(|t| is_word(t)).count() <= 2);
            let after_colon = qs > 0 && text[tokens[qs - 1].range.clone()] == *":";
            // a short quotation is speech too when the reporting verb reaches it (its subject
            // and the listener between: `قال الوزير لوكالة الأنباء "إن المفاوضات ستستمر"`), or
            // when it opens the way direct speech does (`"إننا ماضون"`)
            let reached = verbs.first().is_some_and(|&v| rd.reaches(v, qs));
            let opens_speech = (qs + 1..qe)
                .find(|&i| is_word(&tokens[i]))
                .is_some_and(|i| rd.speech_opener(i));
            // `"لن نسمح بذلك"، قال نتنياهو`: a reporting verb right after the marks and a comma
            // quotes them, and so does one right after a quotation that opens its sentence (a
            // title after `في` is followed by its verb too: `في "مغامرة …" يقول واطسون`)
            let verb_after = {
                let mut i = qe;
                let comma = i < tokens.len() && matches!(&text[tokens[i].range.clone()], "،" | ",");
                if comma {
                    i += 1;
                }
                let opens_sentence =
                    qs == line_first_tok || is_sentence_end(&text[tokens[qs - 1].range.clone()]);
                (comma || opens_sentence)
                    && i < tokens.len()
                    && tokens[i].range.start < line_end
                    && rd.attribution_verb(i)
            };
            // a fragment of reported speech: the predicate a speaker gave the subject of a clause
            // (`ويرى الخبير أن القرار "متأخر"`, `وصف … الحرب بأنها «حرب استنزاف»`): right after a
            // complementiser or a definite noun, ending the clause, not opening with the article
            // (a term the clause names, `تدعم "الاقتصاد الأخضر"`, follows a verb, or goes on)
            let fragment = inner >= 1
                && verbs.first().is_some_and(|&v| {
                    let complement = (v + 1..qs).any(|i| rd.complementiser(i));
                    let before = qs - 1;
                    let after_ends = tokens.get(qe).is_none_or(|t| {
                        t.range.start >= line_end
                            || matches!(&text[t.range.clone()], "،" | "," | "." | "؛" | "!" | "؟")
                    });
                    let first_word = (qs + 1..qe).find(|&i| is_word(&tokens[i]));
                    let definite = |i: usize| rd.key(i).starts_with("ال");
                    // a name in quotation marks is named, not said: after a naming noun (`أن اللقب
                    // "…"`, `عرف باسمه الأدبي "…"`), or a name
                    let naming = (before.saturating_sub(1).max(v + 1)..=before).any(|i| {
                        let k = rd.key(i);
                        let k = k
                            .trim_start_matches(['و', 'ف'])
                            .trim_start_matches(['ب', 'ل']);
                        let k = k.trim_start_matches("ال");
                        let k = k
                            .strip_suffix("ها")
                            .or_else(|| k.strip_suffix('ه'))
                            .unwrap_or(k);
                        matches!(
                            k,
                            "اسم" | "لقب" | "كلم" | "مصطلح" | "عنوان" | "تسمي" | "شعار"
                        )
                    });
                    let named = first_word.is_some_and(|i| {
                        rd.tokens[i].class != TokenClass::Arabic
                            || rd.entity_at(i).is_some_and(|e| e.kind != Kind::Misc)
                    });
                    // or the words ending a clause that open on a preposition or a particle,
                    // after whatever word (`إن الاقتراع جرى "في ظروف عادية"`, `إنه صوت "من أجل
                    // الاستقرار"`): a name or a term rarely begins so
                    let opens_on_particle = inner >= 2
                        && first_word.is_some_and(|i| {
                            matches!(
                                rd.key(i),
                                "في" | "من"
                                    | "علي"
                                    | "الي"
                                    | "عن"
                                    | "مع"
                                    | "حتي"
                                    | "منذ"
                                    | "خلال"
                                    | "قبل"
                                    | "لا"
                                    | "لم"
                                    | "لن"
                                    | "قد"
                            )
                        });
                    // a noun with a possessive pronoun is definite too (`أن فريقه "جاهز"`),
                    // where a complementiser stands before it (a verb with its object pronoun,
                    // `أسماها "…"`, does not)
                    let possessed = |i: usize| {
                        let w = rd.word(i);
                        normalize::without_pronoun(w).is_some()
                            && w.chars().count() >= 4
                            && !rd.is_verb(i)
                    };
                    let subject =
                        |i: usize| (definite(i) || possessed(i)) && !rd.g.is_stopword(rd.word(i));
                    // the predicate of a clause's subject may go on to its complement on `ل`
                    // (`أن فريقه "جاهز تماما" لمواجهة العراق`), or to when or where it holds
                    // (`أن فريقه "جاهز لكل الاحتمالات" قبل مواجهة …`, `عند المعابر`)
                    let to_complement = || {
                        tokens.get(qe).is_some_and(|t| {
                            t.range.start < line_end && is_word(t) && {
                                let w = &text[t.range.clone()];
                                (w.starts_with('ل')
                                    && w.chars().count() >= 4
                                    && !rd.g.is_stopword(w))
                                    || matches!(
                                        rd.key(qe),
                                        "قبل" | "بعد" | "خلال" | "عند" | "منذ" | "حتي" | "امام"
                                    )
                            }
                        })
                    };
                    // and the clause has no verb after (`إن المبادرة "حياة كريمة" في القرى
                    // نجحت`: a name, its subject)
                    let no_verb_after = || {
                        (qe..tokens.len())
                            .take_while(|&i| {
                                tokens[i].range.start < line_end
                                    && !matches!(
                                        &text[tokens[i].range.clone()],
                                        "،" | "," | "." | "؛"
                                    )
                            })
                            .all(|i| !rd.is_verb(i))
                    };
                    // (the cheap tests first: this runs at every quotation)
                    // (the subject one word, or a noun and its definite complement: `أن قوافل
                    // المساعدات "تنتظر أسابيع"`)
                    let construct = |i: usize| {
                        is_word(&tokens[i])
                            && !definite(i)
                            && !rd.g.is_stopword(rd.word(i))
                            && !rd.is_verb(i)
                    };
                    // (a verb in the imperfect after its subject: `يستقبل`, `تواجه`)
                    let imperfect = |i: usize| {
                        let k = rd.key(i);
                        k.starts_with(['ي', 'ت'])
                            && k.chars().count() >= 4
                            && !rd.g.is_stopword(rd.word(i))
                    };
                    // or whatever follows, when the words open on a verb after a subject with
                    // its adjective (`وأضاف أن الأسعار العالمية "تراجعت بنحو الثلث" مقارنة
                    // بالموسم الماضي`): a name in apposition to the subject seldom opens so
                    let adjective_subject = || {
                        before >= 2
                            && before - 1 > v
                            && definite(before - 1)
                            && !rd.g.is_stopword(rd.word(before - 1))
                            && rd.complementiser(before - 2)
                    };
                    let predicate_goes_on = || {
                        inner >= 2
                            && before > 0
                            && first_word.is_some_and(|i| !definite(i))
                            && subject(before)
                            && ((to_complement()
                                && (rd.complementiser(before - 1)
                                    || (before >= 2
                                        && before - 1 > v
                                        && rd.complementiser(before - 2)
                                        && construct(before - 1))))
                                || (first_word.is_some_and(imperfect)
                                    && (adjective_subject() || rd.complementiser(before - 1))
                                    // (not a work or a campaign named after its noun,
                                    // `إن الحملة "تحيا مصر" انطلقت`, or its adjective)
                                    && !(before - 1..=before).any(|i| {
                                        i > v
                                            && naming_noun(
                                                rd.key_after_conjunction(i).trim_start_matches("ال"),
                                            )
                                    })))
                            && no_verb_after()
                    };
                    // or the object of the clause's own verb, three words or more not opening
                    // with the article, ending the clause (`مضيفة أن قسم الطوارئ يستقبل «عشرات
                    // الجرحى يوميا»`): a name the clause gives seldom runs so long without it
                    // (or a verb of becoming or coming in the perfect, whose predicate it is:
                    // `أن الهجوم جاء "ردا على الاستفزازات"`, `أن القرار بات "مسألة وقت"`)
                    let copula = |i: usize| {
                        matches!(
                            rd.key(i),
                            "جاء" | "جاءت" | "بات" | "باتت" | "اصبح" | "اصبحت" | "صار" | "صارت"
                        )
                    };
                    let object_of_clause = || {
                        inner >= 3
                            && after_ends
                            && before >= 2
                            && first_word.is_some_and(|i| !definite(i))
                            && (imperfect(before) || copula(before))
                            && subject(before - 1)
                            && (rd.complementiser(before - 2)
                                || (before >= 3
                                    && before - 2 > v
                                    && rd.complementiser(before - 3)
                                    && construct(before - 2)))
                    };
                    // a name is definite too, right after the complementiser (`أن بغداد
                    // "ستحترم التزاماتها"`, `إن واشنطن "…"`)
                    let named_subject = |i: usize| {
                        rd.entity_holding(rd.tokens[i].range.start)
                            .is_some_and(|e| {
                                let first = rd.tok_at(e.range.start);
                                e.kind != Kind::Misc
                                    && rd.tok_at(e.range.end) == qs
                                    && first > v + 1
                                    && rd.complementiser(first - 1)
                            })
                    };
                    complement
                        && before > v
                        && !naming
                        && !named
                        && (predicate_goes_on()
                            || object_of_clause()
                            // (or right after the clause's verb in the imperfect, whatever
                            // follows: `ويقول … إنه ينتظر "منذ ليلتين" دون أن يصل`)
                            || (opens_on_particle
                                && before > v + 1
                                && imperfect(before)
                                && rd.complementiser(before - 1))
                            || after_ends
                                && (opens_on_particle
                                    || (rd.complementiser(before)
                                        && (inner >= 2
                                            || first_word.is_some_and(|i| !definite(i))))
                                    || (definite(before)
                                        && !rd.g.is_stopword(rd.word(before))
                                        && first_word.is_some_and(|i| !definite(i)))
                                    // (or a definite noun and its adjective right after the
                                    // complementiser, the adjective maybe an ordinal: `إن
                                    // الشحنة الأولى "ليست سوى البداية"`)
                                    || (before >= 2
                                        && before - 1 > v
                                        && definite(before)
                                        && definite(before - 1)
                                        && !rd.g.is_stopword(rd.word(before - 1))
                                        && rd.complementiser(before - 2)
                                        && first_word.is_some_and(|i| !definite(i)))
                                    || (first_word.is_some_and(|i| !definite(i))
                                        && named_subject(before))))
                });
            let line_toks = rd.tok_at(line_end);
            // where the quotation's sentence begins (not before the previous quotation)
            let sentence_from = (prev_quote_end_tok..qs)
                .rev()
                .find(|&i| is_sentence_end(rd.word(i)))
                .map_or(prev_quote_end_tok, |i| i + 1);
            // the source named after the quotation, when no verb of saying precedes it (also its
            // speaker, below)
            let source = if verbs.is_empty() {
                rd.source_speaker(qe, line_toks)
            } else {
                None
            };
            let sourced = source.as_ref().is_some_and(|(_, speaks)| *speaks)
                && (qs + 1..qe)
                    .find(|&i| is_word(&tokens[i]))
                    .is_some_and(|i| {
                        tokens[i].class == TokenClass::Arabic && rd.entity_at(i).is_none()
                    });
            // what is named, not said, whatever its length: the title or name right after a
            // naming noun (`كتابه "…"`, `حملة "…"`, `بعنوان "…"`); a web address; words in another
            // script with no verb of saying at hand (`(بالإنجليزية: "…")`)
            let inside = &text[r.clone()];
            // (or the outlet the words were given to: `لـ"الشرق الأوسط"`; or a naming noun before
            // a colon, with no verb of saying before it: `يعرف بكتابه: "…"`, not `قال في كتابه:`)
            let after_lam = qs > line_first_tok && rd.key(qs - 1) == "ل";
            // or the outlet that relays the words of the one it names next (`ونقلت صحيفة
            // «الوطن» عن مصدر عسكري قوله إن «…»`)
            let relayed =
                qs >= line_first_tok + 2 && outlet_noun(rd.key(qs - 1)) && rd.relays(qs - 2);
            let outlet = after_lam || relayed || (qs > line_first_tok && rd.listener(qs - 1));
            // the outlet's name in marks right after its noun with `ل`, spoken to (`فقال لقناة
            // "الرابعة": "…"`), where the listener's marks (`قال للصحفيين "…"`) are words said
            let outlet_named = qs > line_first_tok
                && rd
                    .key(qs - 1)
                    .strip_prefix('ل')
                    .is_some_and(|k| outlet_noun(k) || k == "شبكه");
            // a work named a few words before with nothing said in between (`وقصيدته الشهيرة
            // البردة "…"`); an attribute's value in markup left in the text (`<ref name="…">`);
            // the next item of a list whose first was named (`«حبيبي يسعد أوقاته» و«…»`)
            let attribute = qs > line_first_tok && rd.word(qs - 1).ends_with('=');
            // (the previous quotation of the line was a scare quote: speech sets
            // `prev_speech_end_tok` to its end)
            let listed = prev_quote_end_tok > line_first_tok
                && prev_speech_end_tok != prev_quote_end_tok
                && prev_quote_end_tok < qs
                && (prev_quote_end_tok..qs).all(|i| matches!(rd.key(i), "و" | "،" | ","));
            // what is talked about is named, not said (`أن الحديث عن "سيارة جزائرية مئة
            // بالمئة" ما زال …`)
            let talked_about = qs >= line_first_tok + 2 && rd.key(qs - 1) == "عن" && {
                let k = rd.key_after_conjunction(qs - 2);
                let k = k.strip_prefix(['ب', 'ل']).unwrap_or(k);
                matches!(k.strip_prefix("ال").unwrap_or(k), "حديث" | "كلام")
            };
            // the one talked with, in marks (`في اتصال هاتفي مع «العربي الجديد»`, `اتفاق مع
            // «حماس»`): a name, whether or not the tagger knows it
            let talked_with =
                inner <= 3 && qs > line_first_tok && matches!(rd.key(qs - 1), "مع" | "ومع");
            let named_after = after_lam
                || talked_about
                || talked_with
                || outlet_named
                || attribute
                || listed
                || (qs > line_first_tok
                    && (rd.names_next(qs - 1)
                        || rd.called(qs, line_first_tok)
                        || rd.work_before(qs, line_first_tok, WORK_REACH)
                        || (after_colon && rd.work_before_colon(qs - 1, line_first_tok))));
            let address = inside.contains("://") || inside.contains("www.");
            // a quotation that is one name and nothing else (`"ميلفيل جيمس بيل"`, `وقال «الطيب»`),
            // unless chanted (`وردد المشجعون «ديما ديما»`)
            let chant_verb_before = qs > line_first_tok && rd.chant_verb(qs - 1);
            let chanted = verbs
                .first()
                .is_some_and(|&v| rd.chant_verb(v) || rd.chant_participle(v))
                || chant_verb_before;
            let whole_name = !chanted && {
                let first = (qs..qe).find(|&i| is_word(&tokens[i]));
                let last = (qs..qe).rev().find(|&i| is_word(&tokens[i]));
                first.zip(last).is_some_and(|(a, b)| {
                    rd.entity_at(a)
                        .is_some_and(|e| e.kind != Kind::Misc && e.range.end >= tokens[b].range.end)
                })
            };
            let foreign = !(tokens[qs..qe].iter().any(|t| t.class == TokenClass::Arabic)
                || near_verb
                || verb_after);
            // the subject written in marks (`وقال «الطيب» إن …`)
            let marked_subject = verbs
                .first()
                .is_some_and(|&v| rd.marked_subject(v, qs) == Some(qe - 1));
            // the words of an accusation (`اتهم الوزير المتظاهرين بـ"خدمة أجندة حماس"`)
            let accused = rd.accusation(sentence_from, qs);
            // and of a promise (`وعد … بـ"صيف مختلف"`)
            let promised = rd.promise(sentence_from, qs);
            // and of a warning (`حذر … من "صيف ساخن"`)
            let warned = rd.warning(sentence_from, qs, qe);
            // what the subject called something (`ما وصفته بـ"…"`)
            let described = rd.described(qs);
            // a term in marks that is the subject of the clause a complementiser opens, its
            // predicate going on after the marks with a negation or an auxiliary (`ويرى خبراء أن
            // "الحلول المؤقتة" لن تكفي`): named, not said, however near the verb
            let clause_subject = inner <= 3
                && qs > line_first_tok
                && rd.key(qs - 1).trim_start_matches(['و', 'ف', 'ب']) == "ان"
                && tokens
                    .get(qe)
                    .is_some_and(|t| t.range.start < line_end && t.class == TokenClass::Arabic)
                && matches!(
                    rd.key(qe),
                    "لن" | "لم"
                        | "لا"
                        | "ليس"
                        | "ليست"
                        | "قد"
                        | "سوف"
                        | "ما"
                        | "كان"
                        | "كانت"
                        | "بات"
                        | "باتت"
                        | "اصبح"
                        | "اصبحت"
                );
            // a chant right after a verb of chanting that a crowd's relative clause holds (`وسط
            // هتافات جماهيره التي رددت «ارحل ارحل»`): the gazetteer's reporting verbs, a
            // feature of the entity model, leave out these forms
            let chanted_after_verb = inner >= 2
                && chant_verb_before
                && (qs.saturating_sub(CHANT_REACH).max(sentence_from)..qs)
                    .any(|i| rd.chant_noun(i) || rd.group(i));
            let speech = !(named_after
                || address
                || foreign
                || whole_name
                || marked_subject
                || clause_subject)
                && (inner >= 4
                    || ends_sentence
                    || near_verb
                    || after_colon
                    || (inner >= 2 && (reached || opens_speech || verb_after))
                    || fragment
                    || sourced
                    || accused.is_some()
                    || promised.is_some()
                    || warned.is_some()
                    || described
                    || chanted_after_verb);
            let mut speaker: Option<Speaker> = None;
            if speech {
                let said_by = verbs.clone();
                // a verb of saying before the words in their line; a noun of chanting a few words
                // before them (`وسط هتافات «…»`, `ترديد الكلمة الشهيرة "…"`)
                // (a clause joined to the previous speech has its verb there: its speaker is
                // found as for words with none before them)
                let said = !verbs.is_empty() && !joined_clause;
                let chant_near = (qs.saturating_sub(CHANT_REACH).max(sentence_from)..qs)
                    .any(|i| rd.chant_noun(i));
                // the speaker is also looked for after a verb with an object pronoun (`وصفه
                // الأمين العام … بأنه "…"`), which does not make speech by itself (`كتبه`: his
                // books)
                let verbs: Vec<usize> = (prev_quote_end_tok..qs)
                    .rev()
                    .filter(|&i| rd.verb_with_object(i))
                    .collect();
                let verbs = if verbs.is_empty() {
                    (prev_speech_end_tok..prev_quote_end_tok)
                        .rev()
                        .filter(|&i| rd.is_verb(i))
                        .collect()
                } else {
                    verbs
                };
                if let Some((sp, colon)) = &headline
                    && tokens.get(colon + 1).map(|t| t.range.start) == Some(r.start)
                {
                    speaker = Some(sp.clone());
                } else if let Some(at) = rd.statement_words(qs, prev_quote_end_tok) {
                    // `أصدرت الوزارة بيانا جاء فيه: "…"`: who issued it, looked for past a name
                    // in marks in the sentence (`في بيان بثته إذاعة "الأندلس"، جاء فيه`)
                    let from = (prev_speech_end_tok..qs)
                        .rev()
                        .find(|&i| is_sentence_end(rd.word(i)))
                        .map_or(prev_speech_end_tok, |i| i + 1);
                    speaker = rd
                        .statement_issuer(from, at)
                        .or_else(|| rd.sentence_subject(at, line_first_tok, &raws))
                        .or_else(|| rd.issuer(sentence_from, at));
                } else if let Some(sp) = rd.statement_in(sentence_from, qs) {
                    speaker = Some(sp);
                } else if let Some(sp) = accused.and_then(|v| rd.accuser(v, qs)) {
                    // the accuser (a passive `اتُهم` names none: the other rules look)
                    speaker = Some(sp);
                } else if let Some(sp) = promised.and_then(|v| {
                    // the one who promised, after the verb or before it (`وكان رئيس الوزراء قد
                    // وعد في خطاب متلفز بـ"…"`)
                    rd.subject(v, qs)
                        .and_then(|np| rd.speaker_of(np))
                        .or_else(|| rd.sentence_subject(v, line_first_tok, &raws))
                }) {
                    speaker = Some(sp);
                } else if let Some(sp) = warned.and_then(|v| {
                    // the one who warned, as of any verb of saying (his title and his name
                    // between commas: `وحذر رئيس اللجنة، النائب بلال المومني، من "…"`)
                    rd.speaker_of_verb(v, qs)
                        .or_else(|| rd.sentence_subject(v, line_first_tok, &raws))
                }) {
                    speaker = Some(sp);
                } else if let Some(sp) = rd
                    .quoted_saying(sentence_from, qs)
                    .or_else(|| rd.tongue_of(sentence_from, qs))
                    .or_else(|| rd.in_words_of(sentence_from, qs))
                {
                    speaker = Some(sp);
                } else if let Some(&v) = verbs.first()
                    && rd.participle(v)
                {
                    // an earlier verb's subject, else the sentence's, else the last speaker
                    // (a crowd right before a chant in the imperfect is its subject, `وخرج
                    // المتظاهرون يهتفون "…"`, whoever the sentence named first)
                    let near = v.saturating_sub(2).max(line_first_tok);
                    // (a participle right after words said, a comma or nothing between, goes on
                    // from them: their speaker, `وأكد الأمين العام للمجلس … محمد إسماعيل خالد أن
                    // "…"، مضيفا أن … "…"`, whose name the sentence's names leave out after a
                    // preposition's object)
                    let same_sentence = prev_speech_end_tok > line_first_tok
                        && prev_speech_end_tok == prev_quote_end_tok
                        && (prev_speech_end_tok..v).all(|i| matches!(rd.word(i), "،" | ","));
                    speaker = verbs[1..]
                        .iter()
                        .find_map(|&v| rd.speaker_of_verb(v, qs))
                        .or_else(|| {
                            rd.chant_imperfect(v)
                                .then(|| rd.crowd_between(near, v, &raws))
                                .flatten()
                        })
                        .or_else(|| prev_speaker.clone().filter(|_| same_sentence))
                        .or_else(|| rd.sentence_subject(v, line_first_tok, &raws));
                } else if !verbs.is_empty() {
                    // `أما X فوصف المباراة بأنها "…"`: the topic is the subject, and the noun
                    // after the verb its object
                    speaker = rd
                        .topic_of(verbs[0], line_first_tok)
                        .or_else(|| verbs.iter().find_map(|&v| rd.speaker_of_verb(v, qs)));
                    // `أطلقت الحكومة استراتيجية، وأورد البيان أن "…"`: a statement that names
                    // no issuer is the sentence's subject's
                    if speaker.as_ref().is_some_and(|sp| rd.bare_document(sp)) {
                        let v = verbs[0];
                        speaker = rd
                            .sentence_subject(v, line_first_tok, &raws)
                            .or_else(|| rd.issuer(sentence_from, v))
                            .or_else(|| rd.sentence_place(v, line_first_tok, &raws))
                            .or_else(|| {
                                rd.earlier_issuer(speaker.as_ref()?, rd.tok_at(article_from), v)
                            })
                            .or(speaker);
                    }
                    if speaker.is_none() {
                        speaker = rd.document_before(sentence_from, verbs[0]);
                    }
                    if speaker.is_none() {
                        speaker = verbs.iter().find_map(|&v| rd.topic_of(v, line_first_tok));
                    }
                    if speaker.is_none() {
                        // `بوتين قال "…"`: a person right before the verb
                        let v = verbs[verbs.len() - 1];
                        let from = v.saturating_sub(3).max(prev_quote_end_tok);
                        speaker = (from..v).rev().find_map(|i| {
                            rd.entity_at(i)
                                .filter(|e| {
                                    e.kind == Kind::Person && e.range.end <= tokens[v].range.start
                                })
                                .map(|e| rd.named(e))
                        });
                    }
                    if speaker.is_none() {
                        // `لكن وزارة الخارجية قالت … إن …`: a body or a calling right before the
                        // verb, its subject: two to four words, none a function word, after a
                        // contrasting conjunction, a comma or the line's start
                        let v = verbs[verbs.len() - 1];
                        let boundary = |a: usize| {
                            a == line_first_tok
                                || matches!(rd.key(a - 1), "،" | "," | "." | "لكن" | "ولكن")
                        };
                        speaker = (v.saturating_sub(4).max(prev_quote_end_tok)
                            ..v.saturating_sub(1))
                            .find(|&a| {
                                a >= line_first_tok
                                    && boundary(a)
                                    && (a..v).all(|i| {
                                        is_word(&tokens[i])
                                            && !rd.is_verb(i)
                                            && !rd.g.is_stopword(rd.word(i))
                                            && !rd.prepositional(i)
                                    })
                                    && rd.head_bits(a)
                                        & (class::ORG_HEAD | class::SPEAKER | class::TITLE)
                                        != 0
                            })
                            .and_then(|a| rd.speaker_of(a..v));
                    }
                    if speaker.is_none() {
                        // `ويرى الخبير هاني توفيق أن …، وقال "…"`: the one the sentence is about
                        speaker = rd.sentence_subject(verbs[0], line_first_tok, &raws);
                    }
                    if speaker.is_none() {
                        // `ووصفت لجنة التحكيم العمل بأنه "…"`: a body the entities leave
                        // unnamed, by its head noun after the verb (not the outlet that relays
                        // the words, `نقلت وكالة الأنباء عن`)
                        speaker = verbs
                            .iter()
                            .filter(|&&v| !rd.relays(v))
                            .find_map(|&v| rd.head_subject(v, qs, &raws, true));
                    }
                    if speaker.is_none() && rd.joined_after_comma(sentence_from, verbs[0]) {
                        // `ورحبت مجموعة الإمارات للبيئة البحرية بالقرار، ودعت … إلى «…»`: a
                        // verb joined to its sentence's first has that verb's subject, a body
                        // the entities leave unnamed
                        speaker = rd.head_subject(sentence_from, verbs[0], &raws, true);
                    }
                } else if let Some(np) = rd.source_phrase(prev_quote_end_tok, qs) {
                    // `وبحسب المرصد، فإن "…"`: the source the words are given to; the issuer of
                    // a statement named (`بحسب بيان للوزارة`)
                    speaker = rd.document_issuer(&np, qs).or_else(|| rd.speaker_of(np));
                } else if let Some(sp) = (sentence_from..qs)
                    .filter(|&i| rd.verb_after_fa(i))
                    .find_map(|i| rd.topic_of(i, line_first_tok))
                {
                    // `أما الهيئة فتوقعت "…"`: the topic of any verb
                    speaker = Some(sp);
                } else {
                    // a verb right after: ”…“ قال بوتين; or the source: ”…“، بحسب ما قاله X
                    // (no verb of saying before it here, so `source` was looked for)
                    let upto = line_toks;
                    // (not a participle, whose subject is the sentence's and whose object
                    // follows it: `«…»، داعية الحكومة إلى`)
                    if let Some(v) = (qe..upto.min(qe + 3)).find(|&i| rd.is_verb(i))
                        && !rd.participle(v)
                    {
                        speaker = rd.speaker_of_verb(v, upto);
                    } else if let Some((sp, _)) = source.clone() {
                        speaker = Some(sp);
                    } else if let Some(sp) = rd.these_words(qe, upto) {
                        speaker = Some(sp);
                    }
                }
                // an implied subject: the last speaker; with none yet, when a verb of saying right
                // before the quotation has no subject of its own (`وقالت للجمهور: "…"`), the
                // person the article last named first in a sentence
                let implied = || {
                    verbs.first().is_some_and(|&v| {
                        v >= sentence_from
                            && tokens[v + 1..qs].iter().filter(|t| is_word(t)).count() <= 2
                            && rd.subject(v, qs).is_none()
                    })
                };
                // words chanted with no verb of saying before them (`وسط هتافات «…»`) are the
                // crowd's, if one is named in the sentence, and never the last speaker's nor a
                // person the sentence names (`وقال الرئيس وسط هتافات أنصاره «…»` is his)
                let chanted_noun = chant_near && !said;
                if chanted_noun {
                    speaker = rd.crowd_between(sentence_from, qs, &raws);
                }
                // a long fragment after a verb that is not one of saying (`وعبّر المحافظ عادل
                // الشركس عن ثقته بأن الاقتصاد "…"`, `حمّل الخبير حسام عايش الحكومة مسؤولية
                // "…"`): the one its sentence names first, before the last speaker
                // (a person, else an organisation: not a crowd or a title, which point at
                // no one in particular; not the one accused, `واتهمت الحكومة بـ"…"`); so are
                // the words of `ما وصفته بـ"…"` after a verb that is not one of saying
                if speaker.is_none()
                    && !said
                    && !chanted_noun
                    && accused.is_none()
                    && promised.is_none()
                    && warned.is_none()
                    && (inner >= 4 || described)
                    && sentence_from < qs
                {
                    let (_, names) = rd.sentence_names(qs, line_first_tok, &raws);
                    // or a body named by its head noun right after the verb (`وطمأنت الوزارة
                    // الأهالي بأن "…"`)
                    speaker = rd
                        .first_named(&names)
                        .or_else(|| rd.head_subject(sentence_from, qs, &raws, false));
                }
                let speaker = speaker.or_else(|| {
                    if chanted_noun {
                        return None;
                    }
                    last_speaker
                        .clone()
                        .or_else(|| {
                            implied()
                                .then(|| {
                                    rd.implied_person(article_from, r.start, &mut persons)
                                        .or_else(|| carry.last_person.clone())
                                })
                                .flatten()
                        })
                        .map(|name| Speaker { name, range: None })
                });
                let speaker = speaker.map(|sp| rd.anaphor(sp, article_from, &out));
                if let Some(sp) = &speaker {
                    last_speaker = Some(sp.name.clone());
                }
                prev_speaker = speaker.clone();
                out.push(Span {
                    style: Some(QuoteStyle::Speech),
                    speaker: speaker.as_ref().map(|s| s.name.clone()),
                    speaker_range: speaker.and_then(|s| s.range),
                    ..Span::new(Kind::Quote, r)
                });
                prev_speech_end_tok = qe;
                prev_speech_verbs = said_by;
            } else {
                out.push(Span {
                    style: Some(QuoteStyle::Scare),
                    ..Span::new(Kind::Quote, r)
                });
            }
            prev_quote_end_tok = qe;
            prev_outlet = outlet && !speech;
        }
        out.extend(headline_body);
    }
    carry.last_speaker = last_speaker;
    carry.past_title = !first_line;
    if let Some(p) = rd.implied_person(article_from, line_start, &mut persons) {
        carry.last_person = Some(p);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn person(text: &str, name: &str) -> Span {
        let s = text.find(name).expect("name in text");
        Span::new(Kind::Person, s..s + name.len())
    }

    fn place(text: &str, name: &str) -> Span {
        let s = text.find(name).expect("place in text");
        Span::new(Kind::Place, s..s + name.len())
    }

    /// (quotation, style, speaker, the speaker's mention as found at its range)
    type Q = (String, QuoteStyle, Option<String>, Option<String>);

    fn quotes_with(text: &str, ents: Vec<Span>) -> Vec<Q> {
        let mut ents = ents;
        ents.sort_by_key(|e| e.range.start);
        find(text, &tokenize(text), &ents)
            .into_iter()
            .map(|s| {
                (
                    text[s.range].to_owned(),
                    s.style.unwrap_or(QuoteStyle::Scare),
                    s.speaker,
                    s.speaker_range.map(|r| text[r].to_owned()),
                )
            })
            .collect()
    }

    fn quotes(text: &str, persons: &[&str]) -> Vec<Q> {
        quotes_with(text, persons.iter().map(|p| person(text, p)).collect())
    }

    fn raw(line: &str) -> Vec<&str> {
        let mut v = Vec::new();
        raw_quotes(line, 0, &mut v);
        v.into_iter().map(|r| &line[r]).collect()
    }

    #[test]
    fn a_bodys_title_with_its_pronoun_heads_the_name_after_it() {
        let t = "عنوان\n\nوأعلن المجلس تضامنه ، فيما دعا أمينه العام جاسم البديوي بغداد إلى \"معالجة الأمر بما يحفظ حسن الجوار\" .";
        let q = quotes(t, &["جاسم البديوي"]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("جاسم البديوي"), "{q:?}");
        let t = "عنوان\n\nوقال رئيسها التنفيذي سامر داود إن الشركة \"لن تغلق أي مصنع\" .";
        let q = quotes(t, &["سامر داود"]);
        assert_eq!(q[0].2.as_deref(), Some("سامر داود"), "{q:?}");
        // `أمينة` is a given name: her words, not a title's
        let t = "عنوان\n\nوقالت أمينة العام الماضي إن الحي \"لم يعد آمنا\" .";
        let q = quotes(t, &["أمينة"]);
        assert_eq!(q[0].2.as_deref(), Some("أمينة"), "{q:?}");
    }

    #[test]
    fn a_holder_named_after_his_callings_place_is_the_sentences_subject() {
        let t = "عنوان\n\nوقال الوزير سامر داود إن الحكومة \"لن تتراجع\" .\nفي المقابل ، رحب النائب عن البصرة عدي عواد بالقرار ، وقال إن الاتفاقية \"تخنق ميناء الفاو\" .";
        let ents = vec![
            person(t, "سامر داود"),
            person(t, "عدي عواد"),
            place(t, "البصرة"),
        ];
        let q = quotes_with(t, ents);
        assert_eq!(q[1].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("عدي عواد"), "{q:?}");
    }

    #[test]
    fn a_fragment_after_a_named_subject_of_the_clause_is_speech() {
        let with = |t: &str, at: &str, persons: &[&str]| {
            let mut ents: Vec<Span> = persons.iter().map(|p| person(t, p)).collect();
            ents.push(place(t, at));
            quotes_with(t, ents)
        };
        let t = "عنوان\n\nوأكد المستشار رائد الحميري أن بغداد \"ستحترم التزاماتها\" .";
        let q = with(t, "بغداد", &["رائد الحميري"]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("رائد الحميري"), "{q:?}");
        // the holder named after a title's portfolio, not the name completing the title
        let t = "عنوان\n\nوأكد مستشار رئيس الوزراء محمد شياع السوداني للشؤون القانونية رائد الحميري أن بغداد \"ستحترم التزاماتها\" .";
        let q = with(t, "بغداد", &["محمد شياع السوداني", "رائد الحميري"]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("رائد الحميري"), "{q:?}");
        // opening on the article, a term or a name the clause gives
        let t = "عنوان\n\nوأكد المستشار رائد الحميري أن بغداد \"الرشيد\" .";
        let q = with(t, "بغداد", &["رائد الحميري"]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
    }

    #[test]
    fn a_fragment_after_a_definite_noun_and_its_adjective_is_speech() {
        let t = "عنوان\n\nوقال الوزير محمد ولد خالد إن الشحنة الأولى \"ليست سوى البداية\" .";
        let q = quotes_with(t, vec![person(t, "محمد ولد خالد")]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("محمد ولد خالد"), "{q:?}");
        // opening on the article, a name the clause gives
        let t = "عنوان\n\nوقال الوزير محمد ولد خالد إن الشحنة الأولى \"الأمل\" .";
        let q = quotes_with(t, vec![person(t, "محمد ولد خالد")]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
    }

    #[test]
    fn words_opening_on_a_verb_after_a_subject_and_its_adjective_are_speech() {
        // whatever follows them in the clause
        let t = "عنوان\n\nوقال رئيس الديوان محمد النوري إن الأسعار العالمية \"تراجعت بنحو الثلث\" مقارنة بالموسم الماضي .";
        let q = quotes_with(t, vec![person(t, "محمد النوري")]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("محمد النوري"), "{q:?}");
        // or a subject alone right after the complementiser
        let t = "عنوان\n\nوقال الوزير علي عون إن الحكومة \"تعلمت الدرس\" من تجربة المصنع الأول .";
        let q = quotes_with(t, vec![person(t, "علي عون")]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("علي عون"), "{q:?}");
        // a name in apposition to the subject, opening with the article or on a noun, or after
        // a noun that names what follows it
        for t in [
            "عنوان\n\nوقال الوزير محمد النوري إن الحملة \"تحيا مصر\" انطلقت أمس في كل المحافظات .",
            "عنوان\n\nوقال الوزير محمد النوري إن المبادرة الرئاسية \"الحياة الكريمة\" في القرى نجحت .",
            "عنوان\n\nوقال الوزير محمد النوري إن المبادرة الرئاسية \"حياة كريمة\" في القرى نجحت .",
        ] {
            let q = quotes_with(t, vec![person(t, "محمد النوري")]);
            assert_eq!(q[0].1, QuoteStyle::Scare, "{t}: {q:?}");
        }
    }

    #[test]
    fn the_predicate_of_a_verb_of_becoming_or_coming_in_the_reported_clause_is_speech() {
        let t = "عنوان\n\nوقال الوزير محمد النوري إن الهجوم جاء \"ردا على الاستفزازات\".";
        let q = quotes_with(t, vec![person(t, "محمد النوري")]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("محمد النوري"), "{q:?}");
    }

    #[test]
    fn a_participle_right_after_words_said_goes_on_from_their_speaker() {
        let t = "عنوان\n\nوأكد الأمين العام للمجلس الأعلى للآثار محمد إسماعيل خالد أن الكشف \"يعيد كتابة التاريخ\"، مضيفا أن المقبرة ستفتح للزوار \"خلال عامين على الأكثر\" .";
        let ents = vec![
            Span::new(Kind::Organization, {
                let a = t.find("للمجلس").unwrap();
                a..a + "للمجلس الأعلى للآثار".len()
            }),
            person(t, "محمد إسماعيل خالد"),
        ];
        let q = quotes_with(t, ents);
        assert_eq!(q.len(), 2, "{q:?}");
        for x in &q {
            assert_eq!(x.2.as_deref(), Some("محمد إسماعيل خالد"), "{q:?}");
        }
    }

    #[test]
    fn what_is_talked_about_is_named_not_said() {
        let t = "عنوان\n\nويرى الخبير عبد القادر بريش أن الحديث عن \"سيارة جزائرية مئة بالمئة\" ما زال بعيدا .";
        let q = quotes_with(t, vec![person(t, "عبد القادر بريش")]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
        // words said about it are said
        let t =
            "عنوان\n\nوقال الخبير عبد القادر بريش عن السوق \"إنها تحتاج إلى نصف مليون سيارة\" .";
        let q = quotes_with(t, vec![person(t, "عبد القادر بريش")]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
    }

    #[test]
    fn words_promised_after_bi_are_the_promisers() {
        let t =
            "عنوان\n\nوكان رئيس الوزراء قد وعد في خطاب متلفز بـ\"صيف مختلف\"، لكن الانقطاع استمر.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("رئيس الوزراء"), "{q:?}");
        // a verb written with its own `و` after the conjunction
        let t = "عنوان\n\nووعدت الحكومة بـ\"حلول سريعة\" للأزمة.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("الحكومة"), "{q:?}");
        // `يعد` (is counted) promises nothing
        let t = "عنوان\n\nويعد الفيلم من أنجح أعمال المخرج الملقب بـ\"ملك الكوميديا\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
    }

    #[test]
    fn words_warned_of_after_min_are_the_warners() {
        // his title and his name between commas, farther than ten tokens from the words
        let t = "عنوان\n\nوحذر رئيس لجنة التربية في مجلس النواب، النائب سامر داود، من \"صيف ساخن\" \
                 إذا لم تتوصل الحكومة والمعلمون إلى اتفاق.";
        let q = quotes(t, &["سامر داود"]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("سامر داود"), "{q:?}");
        let t = "عنوان\n\nوحذرت منظمة الصحة العالمية من \"ارتفاع شديد\" في الإصابات.";
        let q = quotes(t, &["منظمة الصحة العالمية"]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("منظمة الصحة العالمية"), "{q:?}");
        // a term the warning names, the verb too far to reach it
        let t = "عنوان\n\nوحذر وزير الداخلية في كلمته أمام البرلمان من \"الإرهاب الإلكتروني\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
    }

    #[test]
    fn a_question_is_the_askers() {
        let t = "عنوان\n\nوقال المدرب سالم داود \"الفريق جاهز\".\nوسأله أحد الصحفيين: \"هل أنت قلق على \
                 مكانك؟\"، فأجاب سالم داود ضاحكا: \"لست قلقا\".";
        let both = t.match_indices("سالم داود");
        let q = quotes_with(
            t,
            both.map(|(s, m)| Span::new(Kind::Person, s..s + m.len()))
                .collect(),
        );
        assert_eq!(q[1].2.as_deref(), Some("أحد الصحفيين"), "{q:?}");
        assert_eq!(q[2].2.as_deref(), Some("سالم داود"), "{q:?}");
        // written without the hamza, and with the one asked after the asker
        let t = "عنوان\n\nوسالت الصحفية الوزير: \"متى تعود الكهرباء الى الاحياء؟\"";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("الصحفية"), "{q:?}");
    }

    #[test]
    fn workers_chant_while_they_work() {
        let t =
            "عنوان\n\nوردد عمال المرفأ أثناء تفريغ الحمولة \"الخبز لكل الناس\"، في إشارة إلى حملة.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("عمال المرفأ"), "{q:?}");
    }

    #[test]
    fn a_counted_crowd_chants() {
        let t = "عنوان\n\nوهتف مئات المشجعين في ملعب طنجة الكبير \"ارحل ارحل\" بعد صافرة النهاية.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("مئات المشجعين"), "{q:?}");
    }

    #[test]
    fn a_name_given_by_a_verb_of_naming_is_no_speech() {
        for t in [
            "عنوان\n\nوقال سائق حافلة إن زملاءه يسمون الخط \"عدو الميكروباص\" منذ افتتاحه.",
            "عنوان\n\nوفي عامها الأخير كتبت كتابا أسمته \"النشاط الإشعاعي\" ونشر بعد وفاتها.",
            "عنوان\n\nوكانت الصحافة تقول إنهم يسمونها «مدام بنك» لثروتها.",
        ] {
            let q = quotes(t, &[]);
            assert_eq!(q[0].1, QuoteStyle::Scare, "{t}: {q:?}");
        }
        // but what someone called something is their words, as `بما سماه بـ"…"` is
        let t = "عنوان\n\nوهاجم وزير الإعلام خالد سالم ما سماه \"الحملة المغرضة على الحكومة\" في كلمته أمس.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{t}: {q:?}");
    }

    #[test]
    fn works_named_by_nouns_whose_keys_fold_a_hamza() {
        // `رائعته`, `مؤلفه`, `قصائده`: their keys write `ئ` and `ؤ` as `ي` and `و`
        for t in [
            "عنوان\n\nوقد لقيت رائعته \"الليل الطويل في مدينة البحر\" نجاحا كبيرا.",
            "عنوان\n\nوأشاد بها الناقد في مؤلفه \"تاريخ المسرح العربي في القرن العشرين\" الصادر عام 1990.",
            "عنوان\n\nومن أشهر قصائده \"رسالة إلى أمي في ليلة العيد\" التي غناها كثيرون.",
        ] {
            let q = quotes(t, &[]);
            assert_eq!(q[0].1, QuoteStyle::Scare, "{t}: {q:?}");
        }
    }

    #[test]
    fn speech_and_scare() {
        let t = "مقدمة الخبر\nوقالت هند “سنعود إلى المدينة قريبا جدا” ثم غادرت مقر «الجمعية».\nوأضافت ” نحن هنا“.";
        let q = quotes(t, &["هند"]);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].0, "“سنعود إلى المدينة قريبا جدا”");
        assert_eq!(q[0].1, QuoteStyle::Speech);
        assert_eq!(q[0].2.as_deref(), Some("هند"));
        assert_eq!(q[0].3.as_deref(), Some("هند"));
        assert_eq!(q[1], ("«الجمعية»".into(), QuoteStyle::Scare, None, None));
        // implicit subject: the last speaker, not named here
        assert_eq!(q[2].1, QuoteStyle::Speech);
        assert_eq!(q[2].2.as_deref(), Some("هند"));
        assert_eq!(q[2].3, None);
    }

    #[test]
    fn a_committee_after_its_verb_speaks_not_the_one_named_before() {
        // `لجنة` is a body's head noun, not `ل` + `جنة` (to paradise): no one spoken to, so the
        // subject is not left to the person the sentence named first
        let t = "مقدمة الخبر\nفازت الروائية ريم العلي بالجائزة، ووصفت لجنة التحكيم الرواية بأنها \"عمل شجاع يكتب الحرب من داخل البيوت\".";
        let q = quotes(t, &["ريم العلي"]);
        assert_eq!(q.len(), 1, "{q:?}");
        // (and the novel, the verb's object before `بأنها`, is no part of it)
        assert_eq!(q[0].2.as_deref(), Some("لجنة التحكيم"), "{q:?}");
    }

    #[test]
    fn a_title_and_its_place_before_a_name_are_the_speakers_calling() {
        let t = "مقدمة الخبر\nوقال السفير في واشنطن خالد العتيبي إن \"العلاقات ممتازة\".\nواتهم النائب عن محافظة البصرة حيدر الساعدي الحكومة بـ\"الفشل في إدارة ملف الطاقة\".\nوقال الوزير في القاهرة إن \"المفاوضات مستمرة\".";
        let q = quotes_with(
            t,
            vec![
                place(t, "واشنطن"),
                person(t, "خالد العتيبي"),
                place(t, "البصرة"),
                person(t, "حيدر الساعدي"),
                place(t, "القاهرة"),
            ],
        );
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("خالد العتيبي"));
        // the accuser is the person, not the place of the calling
        assert_eq!(q[1].3.as_deref(), Some("حيدر الساعدي"));
        // no name after the place: the preposition ends the subject
        assert_eq!(q[2].2.as_deref(), Some("الوزير"));
    }

    #[test]
    fn a_place_after_a_definite_subject_is_the_object() {
        let t = "مقدمة الخبر\nوقال مقدم الحفل إسطنبول \"عاصمة الثقافة في هذا العام\".";
        let q = quotes_with(t, vec![place(t, "إسطنبول")]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("مقدم الحفل"));
    }

    #[test]
    fn verb_after_and_headline() {
        let t = "سالم: لن نتراجع عن قرارنا\n”الاتفاق سيوقع في موعده المحدد“ قال سالم للصحفيين.";
        let q = quotes(t, &["سالم"]);
        assert_eq!(q[0].0, "لن نتراجع عن قرارنا");
        assert_eq!(q[0].1, QuoteStyle::Speech);
        assert_eq!(q[0].2.as_deref(), Some("سالم"));
        assert_eq!(q[1].1, QuoteStyle::Speech);
        assert_eq!(q[1].2.as_deref(), Some("سالم"));
        assert_eq!(q[1].3.as_deref(), Some("سالم"));
    }

    #[test]
    fn a_body_named_by_its_purpose_speaks_in_a_headline() {
        let t = "المفوضية العليا للانتخابات: المرحلة الثالثة في موعدها\n\nطرابلس - أكدت المفوضية أن الموعد ثابت.";
        let body = t.find("المفوضية العليا للانتخابات").unwrap();
        let ents = vec![Span::new(
            Kind::Organization,
            body..body + "المفوضية العليا للانتخابات".len(),
        )];
        let q = quotes_with(t, ents);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(
            q[0].2.as_deref(),
            Some("المفوضية العليا للانتخابات"),
            "{q:?}"
        );
        // the one spoken to still ends a speaker the entities do not hold (`الوزير للصحفيين: …`)
        let t =
            "الوزير للصحفيين: لا زيادة في الأسعار هذا العام\n\nالقاهرة - قال الوزير إن الأسعار ثابتة.";
        let q = quotes_with(t, vec![]);
        assert_eq!(q[0].2.as_deref(), Some("الوزير"), "{q:?}");
    }

    #[test]
    fn a_members_constituency_stands_between_the_title_and_the_name() {
        let t = "عنوان\nولفت عضو مجلس النواب عن طرابلس سالم بن طاهر إلى أن النسبة «ستكون المقياس الحقيقي لثقة الناس»،.";
        let q = quotes_with(t, vec![place(t, "طرابلس"), person(t, "سالم بن طاهر")]);
        assert_eq!(q[0].2.as_deref(), Some("سالم بن طاهر"), "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("سالم بن طاهر"), "{q:?}");
    }

    #[test]
    fn the_one_talked_with_in_marks_is_named_not_said() {
        // no entity known for the paper: the marks after مع name it all the same
        for t in [
            "عنوان\nوفي اتصال هاتفي مع «العربي الجديد»، قال أحد العاملين إن \"الناس يأكلون مرة واحدة\".",
            "عنوان\nوقال الوزير بعد لقائه مع \"هيئة التنسيق\" إن \"الحوار مستمر حتى النهاية\".",
        ] {
            let q = quotes(t, &[]);
            assert_eq!(q.len(), 2, "{t}: {q:?}");
            assert_eq!(q[0].1, QuoteStyle::Scare, "{t}: {q:?}");
            assert_eq!(q[1].1, QuoteStyle::Speech, "{t}: {q:?}");
        }
        // words said with someone's name before them stay speech when they are more than a name
        let t = "عنوان\nوقال مع \"نحن لن نتراجع عن مطالبنا مهما حدث\" الرجل.";
        assert_eq!(quotes(t, &[])[0].1, QuoteStyle::Speech);
    }

    #[test]
    fn a_short_quotation_reached_by_its_verb_is_speech() {
        // the listener (an agency) between the speaker and a three-word quotation
        let t = "عنوان\nقال الوزير سامح شكري لوكالة فرانس برس \"إن المفاوضات ستستمر\"، ثم غادر.";
        let q = quotes(t, &["سامح شكري"]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, QuoteStyle::Speech);
        assert_eq!(q[0].2.as_deref(), Some("سامح شكري"));
        assert_eq!(q[0].3.as_deref(), Some("سامح شكري"));
        // reported speech: a two-word term quoted after أن stays a scare quote
        let t = "عنوان\nوأكد الوزير سامح شكري أن \"الربيع العربي\" انتهى منذ سنوات.";
        let q = quotes(t, &["سامح شكري"]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
        // so does a term after another verb of the sentence
        let t = "عنوان\nوقال سالم إن الحكومة تدعم \"الاقتصاد الأخضر\" بقوة.";
        let q = quotes(t, &["سالم"]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
    }

    #[test]
    fn a_short_quotation_with_its_verb_right_after_is_speech() {
        let t = "عنوان\n\"لن نسمح بذلك\"، قال سالم داود أمام البرلمان.";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("سالم داود"));
        // a participle after a term introduces the next clause, not the term
        let t = "عنوان\nوانتقد سالم داود \"الاقتصاد الأخضر\"، مضيفا أن الخطة فشلت.";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
    }

    #[test]
    fn a_source_named_after_the_words_speaks() {
        let t = "عنوان\n“الوضع كارثي بكل المقاييس”، بحسب ما قاله مدير المستشفى سالم داود للصحفيين.";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[0].2.as_deref(), Some("سالم داود"), "{q:?}");
        let t = "عنوان\n“الوضع كارثي بكل المقاييس”، حسبما قال المرصد الوطني.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("المرصد الوطني"), "{q:?}");
    }

    #[test]
    fn a_manner_phrase_after_the_verb_is_not_the_subject() {
        // `بحدة` (sharply) and `بصراحة` (frankly) say how, not who: the speaker is implied
        let t = "عنوان\nقال سالم داود \"سنرد قريبا على كل ما قيل\".\nوسئل عن الخطة فأجاب بحدة: \"لا تعليق الآن على هذا الموضوع\".\nوقال بصراحة إن \"الحكومة أخطأت في تقدير حجم الأزمة\".";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q.len(), 3, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("سالم داود"), "{q:?}");
        assert_eq!(q[2].2.as_deref(), Some("سالم داود"), "{q:?}");
    }

    #[test]
    fn the_object_of_a_preposition_is_not_the_subject() {
        // the verb has no subject; the organisation after حول is what was asked about
        let t = "عنوان\nقال سالم داود \"سنرد قريبا على كل ما قيل\".\nوردا على سؤال حول موقف الحزب الوطني، قال: \"لقد تلقينا إشارات إيجابية\".";
        let mut ents = vec![person(t, "سالم داود")];
        let s = t.find("الحزب الوطني").expect("org");
        ents.push(Span::new(Kind::Organization, s..s + "الحزب الوطني".len()));
        let q = quotes_with(t, ents);
        assert_eq!(q[1].2.as_deref(), Some("سالم داود"), "{q:?}");
    }

    #[test]
    fn a_chant_is_the_crowds_wherever_it_was_chanted() {
        let t = "عنوان\nوردد المشجعون في المدرجات \"ديما مغرب\" طوال المباراة.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("المشجعون"));
        // across a longer place, naming someone: the crowd still chants
        let t = "عنوان\nوردد المشجعون في مدرجات ملعب مولاي عبد الله \"سير سير سير\" طوال المباراة.";
        let q = quotes(t, &["عبد الله"]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("المشجعون"));
        // another verb across a phrase still does not reach a title
        let t = "عنوان\nوقال سالم داود في كتابه \"ذاكرة المدن\" إن الموانئ تغيرت.";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
    }

    #[test]
    fn a_fragment_of_reported_speech_is_speech() {
        // the predicate a speaker gave a clause's subject, or a description after بأنها
        for (t, fragment) in [
            (
                "عنوان\nويرى الخبير سامر داود أن القرار \"متأخر\"، ثم غادر.",
                "\"متأخر\"",
            ),
            (
                "عنوان\nووصف سامر داود المعركة بأنها \"حرب استنزاف طويلة\".",
                "\"حرب استنزاف طويلة\"",
            ),
            (
                "عنوان\nوقال سامر داود إن الفريق \"قدم أداء رجوليا\".",
                "\"قدم أداء رجوليا\"",
            ),
            // words opening on a preposition, after a verb of the clause
            (
                "عنوان\nوقال سامر داود في مؤتمر صحفي إن الاقتراع جرى \"في ظروف عادية\"، مضيفا أن أحدا لم يعترض.",
                "\"في ظروف عادية\"",
            ),
            (
                "عنوان\nوقال سامر داود إنه صوت \"من أجل الاستقرار\".",
                "\"من أجل الاستقرار\"",
            ),
            // or on when it will be
            (
                "عنوان\nوقال سامر داود إن اللجنة ستدعو الطرفين إلى اجتماع \"خلال أيام\".",
                "\"خلال أيام\"",
            ),
            // a predicate going on to its complement, after a noun with a possessive pronoun
            (
                "عنوان\nوأكد سامر داود أن فريقه \"جاهز تماما\" لمواجهة العراق الثلاثاء.",
                "\"جاهز تماما\"",
            ),
        ] {
            let q = quotes(t, &["سامر داود"]);
            assert_eq!(q[0].0, fragment);
            assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
            assert_eq!(q[0].2.as_deref(), Some("سامر داود"), "{q:?}");
        }
        // a clause joined to one whose words were quoted, by `و` and its complementiser
        for (t, fragment) in [
            (
                "عنوان\nوتابع سامر داود أن الترميم \"سيستغرق خمس سنوات\"، وأن التمويل \"ما زال ناقصا\".",
                "\"ما زال ناقصا\"",
            ),
            (
                "عنوان\nوقال سامر داود إن الحكومة \"ملتزمة بالإصلاح\"، وإن الصحف \"حرة\".",
                "\"حرة\"",
            ),
        ] {
            let q = quotes(t, &["سامر داود"]);
            assert_eq!(q[1].0, fragment);
            assert_eq!(q[1].1, QuoteStyle::Speech, "{q:?}");
            assert_eq!(q[1].2.as_deref(), Some("سامر داود"), "{q:?}");
        }
        // but not after a scare quote
        let t = "عنوان\nوأطلق سامر داود على الحملة اسم \"الأمل\"، وأن الشعار \"معا\".";
        let q = quotes(t, &["سامر داود"]);
        assert_eq!(q[1].1, QuoteStyle::Scare, "{q:?}");
        // terms: the object of a verb, a definite phrase, a name after a naming noun
        for t in [
            "عنوان\nوأكد سامر داود أن بلاده ترفض \"صفقة القرن\".",
            "عنوان\nوأكد سامر داود أن الحكومة تدعم \"الاقتصاد الأخضر\".",
            "عنوان\nوذكر سامر داود أن الشاعر عرف باسمه الأدبي \"نالي\".",
            "عنوان\nوقال سامر داود إن المبادرة \"حياة كريمة\" نجحت.",
            "عنوان\nوقال سامر داود إن المبادرة \"حياة كريمة\" في القرى نجحت.",
            "عنوان\nوقال سامر داود إن المبادرة \"حياة كريمة\" لتنمية الريف أعلنت نتائجها.",
        ] {
            let q = quotes(t, &["سامر داود"]);
            assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
        }
    }

    #[test]
    fn a_listed_given_name_before_the_words_names_a_titled_speaker() {
        // the entities missed the name; a title and its field stand before it
        let t =
            "عنوان\nورأت الخبيرة في ريادة الأعمال نهى الجندي أن التمويل \"لا يعني النجاح بالضرورة\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("نهى الجندي"), "{q:?}");
        // not a noun and its complement (`في بيان له`)
        let t = "عنوان\nوقال المتحدث في بيان له إن \"الجميع يعرف من هو المحرض على الأحداث\".";
        let q = quotes(t, &[]);
        assert_ne!(q[0].2.as_deref(), Some("بيان له"), "{q:?}");
    }

    #[test]
    fn what_someone_called_something_is_in_their_words() {
        // `ما وصفته بـ"…"`: however short, the subject's words
        for t in [
            "عنوان\nونفت حركة الأمل في بيان ما وصفته بـ\"الادعاءات الكاذبة\"، ودعت إلى الهدوء.",
            "عنوان\nوانتقدت حركة الأمل ما أسمته بـ\"سياسة التجويع\" في المدينة.",
        ] {
            let s = t.find("حركة الأمل").expect("in text");
            let org = Span::new(Kind::Organization, s..s + "حركة الأمل".len());
            let q = quotes_with(t, vec![org]);
            assert_eq!(q[0].1, QuoteStyle::Speech, "{t}: {q:?}");
            assert_eq!(q[0].2.as_deref(), Some("حركة الأمل"), "{t}: {q:?}");
        }
        // the same words as a thing named, with no one calling them so, stay a scare quote
        let t = "عنوان\nونفت حركة الأمل في بيان صحة \"الادعاءات الكاذبة\" التي نشرت.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
    }

    #[test]
    fn a_calling_that_begins_with_lam_is_no_listener() {
        // `لاعب` (a player) is not ل + a listener: the player named after it speaks
        let t = "عنوان\nوقال لاعب الوسط سامر داود عقب المباراة: \"قدمنا أداء رجوليا اليوم\".";
        let q = quotes(t, &["سامر داود"]);
        assert_eq!(q[0].2.as_deref(), Some("سامر داود"), "{q:?}");
    }

    #[test]
    fn a_statement_speaks_for_its_issuer() {
        // a person named in the sentence issued it
        let t = "عنوان\nونشر المتحدث سالم داود تغريدة جاء فيها: \"على السكان الابتعاد عن المنطقة\".";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[0].2.as_deref(), Some("سالم داود"), "{q:?}");
        // no name: the noun phrase headed by an organisation head, without its object
        let t = "عنوان\nوقال سالم داود \"سنرد قريبا على كل ما قيل\".\nوأصدرت وزارة الخارجية بيانا جاء فيه: \"ندين الهجوم على المدنيين الأبرياء\".";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[1].2.as_deref(), Some("وزارة الخارجية"), "{q:?}");
    }

    #[test]
    fn a_source_after_according_to_speaks() {
        let t = "عنوان\nوقال سالم داود \"سنرد قريبا على كل ما قيل\".\nوبحسب المرصد الوطني، فإن \"الاشتباكات أسفرت عن مقتل عشرة مقاتلين\".";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[1].2.as_deref(), Some("المرصد الوطني"), "{q:?}");
        assert_eq!(q[1].3.as_deref(), Some("المرصد الوطني"));
    }

    #[test]
    fn a_verb_before_a_scare_quote_governs_the_speech_after_it() {
        let t = "عنوان\nقال سالم داود \"سنرد قريبا على كل ما قيل\".\nوأوضح المصدر في حديث لـ\"قناة الغد\" أن الحكومة \"تسعى إلى خفض العجز عبر ترشيد الإنفاق\".";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[1].1, QuoteStyle::Scare, "{q:?}");
        assert_eq!(q[2].2.as_deref(), Some("المصدر"), "{q:?}");
    }

    #[test]
    fn words_in_the_speakers_own_voice_open_speech() {
        let t = "عنوان\nوفي المؤتمر الصحفي كان الجو متوترا. \"إننا ماضون\" كررها الوزير مرارا.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
    }

    #[test]
    fn the_one_spoken_to_and_a_participles_object_do_not_speak() {
        // an outlet right after the verb: the subject is implied
        let t = "عنوان\nوقال الخبير هاني توفيق إن القرار متأخر. وقال لموقع مصراوي \"كان على البنك أن يتحرك\".";
        let q = quotes(t, &["هاني توفيق"]);
        assert_eq!(q[0].2.as_deref(), Some("هاني توفيق"), "{q:?}");
        // in the middle of a sentence, the one it is about
        let t = "عنوان\nوقالت سلمى إن \"الطقس جميل\".\nويرى الخبير هاني توفيق أن القرار \"متأخر\"، وقال لموقع مصراوي \"كان على البنك أن يتحرك\".";
        let q = quotes(t, &["سلمى", "هاني توفيق"]);
        assert_eq!(q[2].2.as_deref(), Some("هاني توفيق"), "{q:?}");
        // a participle's next words are its object
        let t = "عنوان\nوانتقد النائب فادي منصور الخطة، معتبرا أنها \"وعود انتخابية لا أكثر\".";
        let q = quotes(t, &["فادي منصور"]);
        assert_eq!(q[0].2.as_deref(), Some("فادي منصور"), "{q:?}");
        let t = "عنوان\nقال الوزير كريم فهمي إن القرار \"مؤقت وضروري جدا\"، داعيا المواطنين إلى \"الصبر والتفهم\".";
        let q = quotes(t, &["كريم فهمي"]);
        assert_eq!(q[1].2.as_deref(), Some("كريم فهمي"), "{q:?}");
        // `عدم ذكر`: not mentioning, no verb
        let t = "عنوان\nوقال المصدر، الذي طلب عدم ذكر اسمه، “سيشمل التعديل ست حقائب على الأقل”.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("المصدر"), "{q:?}");
    }

    #[test]
    fn a_relaying_outlet_does_not_speak() {
        let t =
            "عنوان\nونقلت صحيفة هآرتس عن مصدر إسرائيلي قوله إن الاتفاق \"هش وقد ينهار في أي لحظة\".";
        let s = t.find("هآرتس").expect("in text");
        let org = Span::new(Kind::Organization, s..s + "هآرتس".len());
        let q = quotes_with(t, vec![org]);
        assert_eq!(q[0].2.as_deref(), Some("مصدر إسرائيلي"), "{q:?}");
    }

    #[test]
    fn the_topic_of_amma_speaks() {
        let t = "عنوان\nأما مدرب الفريق الضيف فقال في المؤتمر الصحفي \"سنعود أقوى في المباريات القادمة\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("مدرب الفريق الضيف"), "{q:?}");
        // the noun after the verb is its object
        let t = "عنوان\nأما قائد المنتخب إحسان حداد فوصف المباراة بأنها \"نهائي مبكر\".";
        let q = quotes(t, &["إحسان حداد"]);
        assert_eq!(q[0].2.as_deref(), Some("إحسان حداد"), "{q:?}");
        // a place set first is no speaker
        let t = "عنوان\nأما في الرياض فقال وزير الطاقة إن \"الأسعار ستستقر قريبا\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("وزير الطاقة"), "{q:?}");
        // a relative clause between commas describes the topic, and a clause of manner after
        // the verb is no subject
        let t = "عنوان\nأما والدتها فاطمة، التي تبيع الخبز في السوق، فقالت والدموع في عينيها: \"ابنتي ربحت، والحي كله ربح معها\".";
        let q = quotes(t, &["فاطمة"]);
        assert_eq!(q[0].2.as_deref(), Some("فاطمة"), "{q:?}");
        // or only a comma, after someone else spoke
        let t = "عنوان\nوقال سامر داود إن الشحنة \"تكفي السوق ثلاثة أسابيع\".\nأما وزير الاقتصاد، فقال للصحفيين في المرفأ: \"لا أزمة خبز بعد اليوم\".";
        let q = quotes(t, &["سامر داود"]);
        assert_eq!(q[1].2.as_deref(), Some("وزير الاقتصاد"), "{q:?}");
        // or a name, then another person's in apposition
        let t = "عنوان\nأما سامر داود، نجل الكاتب الراحل نزار داود، فيقول إن والده \"لم يترك المدينة\".";
        let q = quotes(t, &["سامر داود", "نزار داود"]);
        assert_eq!(q[0].2.as_deref(), Some("سامر داود"), "{q:?}");
    }

    #[test]
    fn the_subject_of_kana_qad_speaks_not_the_object_after_the_verb() {
        // `كان X قد قال`: the subject stands before the verb, and the noun after it is its object
        let t = "عنوان\nوكان الاتحاد الإفريقي قد وصف الملعب الجديد بأنه «تحفة معمارية».";
        let s = t.find("الاتحاد الإفريقي").expect("in text");
        let org = Span::new(Kind::Organization, s..s + "الاتحاد الإفريقي".len());
        let q = quotes_with(t, vec![org]);
        assert_eq!(q[0].2.as_deref(), Some("الاتحاد الإفريقي"), "{q:?}");
        let t = "عنوان\nوكانت وزيرة الصحة قد قالت في وقت سابق إن \"الوضع تحت السيطرة\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("وزيرة الصحة"), "{q:?}");
        // with no one between كان and قد, the subject is after the verb as usual
        let t = "عنوان\nوكان قد قال المتحدث باسم الجيش إن \"العملية انتهت\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("المتحدث باسم الجيش"), "{q:?}");
    }

    #[test]
    fn in_the_words_of_x_before_the_quotation_names_x() {
        // `على حد تعبير X` before the words as after them (and not the article's last speaker)
        let t = "عنوان\nقالت الممثلة سعاد حسني إن \"الفيلم نجح نجاحا كبيرا\".\nوحقق الثنائي نجاحا كبيرا، وعلى حد تعبير الناقد سمير فريد: \"إيرادات بنت عمارات\".";
        let q = quotes(t, &[]);
        assert_eq!(q[1].2.as_deref(), Some("الناقد سمير فريد"), "{q:?}");
        // far from the words it names no one: the quotation keeps its own speaker
        let t = "عنوان\nعلى حد تعبير الناقد سمير فريد كان الفيلم ناجحا، وقال المخرج هشام ماهر إن \"الجزء الثاني سيصور في الربيع\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("المخرج هشام ماهر"), "{q:?}");
    }

    #[test]
    fn as_follows_ends_the_subject() {
        let t = "عنوان\nالنقش الذي كتبه الشاعر جريبارزر كالتالي \"هنا دفن فن الموسيقى\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("الشاعر جريبارزر"), "{q:?}");
        let t = "عنوان\nوجاء رد الوزارة كما يلي: \"لا تعليق لدينا على ما نشر\".";
        let q = quotes(t, &[]);
        assert_ne!(q[0].2.as_deref(), Some("الوزارة كما"), "{q:?}");
    }

    #[test]
    fn a_name_after_a_preposition_is_the_one_spoken_to() {
        // `لصفية`: to Safiyya, not part of the subject
        let t = "عنوان\nوقال سعد لصفية \"ارفعي الحجاب فقد انتهى زمنه\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("سعد"), "{q:?}");
        // a name that begins with the letter is still a name (`بشار`, `لبنى`)
        let t = "عنوان\nوقال الطبيب بشار \"الحالة مستقرة ولا خوف عليها\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("الطبيب بشار"), "{q:?}");
    }

    #[test]
    fn verbs_that_say_only_with_a_complementiser() {
        // `اعترف … بأن`: admitted that
        let t = "عنوان\nواعترف الوزير سالم داود بأن \"الخطة تأخرت كثيرا عن موعدها\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("الوزير سالم داود"), "{q:?}");
        // `أقر البرلمان "…"`: passed a law, no words
        let t = "عنوان\nأقر البرلمان \"قانون الإيجار القديم\" بأغلبية كبيرة.";
        assert_eq!(quotes(t, &[])[0].1, QuoteStyle::Scare);
        // `اعترف بـ…`: recognised a thing, whatever follows
        let t = "عنوان\nلم تعترف باستقلال الإقليم على اعتبار أن \"الانفصال غير قانوني\".";
        assert_ne!(quotes(t, &[])[0].2.as_deref(), Some("باستقلال الإقليم"));
        // a clause between commas does not push the complementiser out of reach
        let t = "عنوان\nوأبلغ ضابط في الشرطة، فضل عدم نشر اسمه، وكالة الأنباء المحلية بأن \"العملية استمرت ساعتين\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("ضابط"), "{q:?}");
    }

    #[test]
    fn a_statement_that_names_no_issuer_is_the_sentence_subjects() {
        let t = "عنوان\nأصدرت وزارة الصحة تقريرها السنوي، وأورد التقرير أن \"الإصابات تراجعت بنسبة كبيرة\".";
        let s = t.find("وزارة الصحة").expect("in text");
        let org = Span::new(Kind::Organization, s..s + "وزارة الصحة".len());
        let q = quotes_with(t, vec![org]);
        assert_eq!(q[0].2.as_deref(), Some("وزارة الصحة"), "{q:?}");
    }

    #[test]
    fn a_titled_subject_before_a_participle_speaks_not_the_last_speaker() {
        let t = "عنوان\nقال المدرب سالم داود إن \"الخسارة مؤلمة لنا جميعا\".\nمن جانبه، أشاد مدرب الفريق الضيف بأداء لاعبيه، معتبرا أن الفوز \"رسالة لكل المشككين في قدراتنا\".";
        let q = quotes(t, &[]);
        assert_eq!(q[1].2.as_deref(), Some("مدرب الفريق الضيف"), "{q:?}");
        // a title alone points back at the one named before
        let t = "عنوان\nقال الرئيس سالم داود إن \"الإصلاح قادم لا محالة\".\nوأنهى الرئيس خطابه بنداء إلى الشباب قائلا: \"المستقبل لكم وحدكم\".";
        let q = quotes(t, &[]);
        assert_eq!(q[1].2.as_deref(), Some("الرئيس سالم داود"), "{q:?}");
    }

    #[test]
    fn the_one_relayed_is_after_the_relaying_verb_not_his_undisclosed_name() {
        let t = "عنوان\nونقل موقع «أكسيوس» عن مسؤول أمريكي لم يكشف عن اسمه قوله إن «القرار قد يصدر خلال أيام».";
        let q = quotes(t, &[]);
        let speech = q
            .iter()
            .find(|q| q.0 == "«القرار قد يصدر خلال أيام»")
            .expect("found");
        assert_eq!(speech.2.as_deref(), Some("مسؤول أمريكي"), "{q:?}");
    }

    #[test]
    fn a_definite_head_noun_speaks_for_the_organisation_it_begins() {
        let t = "عنوان\nانتقدت منظمة العفو الدولية الحكم بشدة.\nوأوضحت المنظمة في بيانها أن الصحفي \"حوكم بسبب عمله فقط\".";
        let s = t.find("منظمة العفو الدولية").expect("in text");
        let org = Span::new(Kind::Organization, s..s + "منظمة العفو الدولية".len());
        let q = quotes_with(t, vec![org]);
        assert_eq!(q[0].2.as_deref(), Some("منظمة العفو الدولية"), "{q:?}");
        // the mention stays the noun's
        assert_eq!(q[0].3.as_deref(), Some("المنظمة"), "{q:?}");
        // a noun no organisation begins with speaks itself
        let t = "عنوان\nانتقدت منظمة العفو الدولية الحكم بشدة.\nوأكدت النيابة أن المتهم \"تمتع بكافة ضمانات الدفاع\".";
        let q = quotes_with(
            t,
            vec![Span::new(
                Kind::Organization,
                s..s + "منظمة العفو الدولية".len(),
            )],
        );
        assert_eq!(q[0].2.as_deref(), Some("النيابة"), "{q:?}");
        // a body the entities leave unnamed, a ministry: its complement and adjectives, not the
        // verb's object after them; after a verb that is not one of saying too
        let t = "عنوان\nدعت وزارة الصحة الكويتية المواطنين إلى التطعيم.\nوطمأنت الوزارة الأهالي بأن اللقاح \"آمن وفعال وقد خضع لكل الاختبارات\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("وزارة الصحة الكويتية"), "{q:?}");
        assert_eq!(q[0].3.as_deref(), Some("الوزارة"), "{q:?}");
        // the nearest such noun only: one named in other words is not passed over
        let t = "عنوان\nنشرت صحيفة الغارديان تقريرا.\nووصفتها صحيفة تايمز اوف انديا بالمميزة.\nوأضافت الصحيفة أنها \"غيرت قواعد اللعبة في السينما\".";
        let q = quotes(t, &[]);
        let last = q.last().expect("found");
        assert_ne!(last.2.as_deref(), Some("صحيفة الغارديان"), "{q:?}");
        // a title is no body: it points at a person the phrase need not name
        let t = "عنوان\nاجتمع رئيس الأركان بالقادة.\nوقال الرئيس إن \"العمل الرسمي يجب أن يستمر\".";
        let q = quotes(t, &[]);
        assert_ne!(q[0].2.as_deref(), Some("رئيس الأركان"), "{q:?}");
        // the paper in marks that relays the words of the one it names: the verb goes on
        let t = "عنوان\nونقلت صحيفة «الوطن» عن مصدر عسكري قوله إن «الرد سيكون قاسيا».";
        let q = quotes(t, &[]);
        assert_eq!(q[1].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("مصدر عسكري"), "{q:?}");
        // after a verb of saying, the head and its complement, not the one who spoke before
        let t = "عنوان\nوقال المخرج محمد كردفاني: «هذه الجائزة لكل السودانيين».\nووصفت لجنة التحكيم العمل بأنه «شهادة سينمائية صادقة على زمن الانقسام».";
        let q = quotes(t, &["محمد كردفاني"]);
        assert_eq!(q[1].2.as_deref(), Some("لجنة التحكيم"), "{q:?}");
        assert_eq!(q[1].3.as_deref(), Some("لجنة التحكيم"), "{q:?}");
        // the outlet that relays the words gives them to the one it names
        let t = "عنوان\nوقال الوزير سامي علي: «سنبدأ غدا».\nونقلت هيئة البث عن مسؤول كبير قوله إن «العمل سيستمر حتى نهاية الشهر».";
        let q = quotes(t, &["سامي علي"]);
        assert_eq!(q[1].2.as_deref(), Some("مسؤول كبير"), "{q:?}");
        // the first word of a sentence may be a particle: its noun's complement is not asked for
        let t = "عنوان\nوادعى \"لانج\" أن وكالة الاستخبارات الدفاعية \"لن تقبل أبدا استخدام الأسلحة الكيميائية ضد المدنيين\".";
        let q = quotes(t, &[]);
        assert!(
            q.iter()
                .all(|x| x.2.as_deref() != Some("وكالة الاستخبارات الدفاعية")),
            "{q:?}"
        );
    }

    #[test]
    fn an_organisation_can_speak() {
        let t = "عنوان\nوقالت وزارة الصحة في بيان “إن الوضع تحت السيطرة تماما”.";
        let s = t.find("وزارة الصحة").expect("in text");
        let org = Span::new(Kind::Organization, s..s + "وزارة الصحة".len());
        let q = quotes_with(t, vec![org]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].2.as_deref(), Some("وزارة الصحة"));
    }

    #[test]
    fn colon_title_without_a_speaker_is_not_a_quote() {
        assert!(quotes("المصدر: وكالات الأنباء العالمية\nنص الخبر.", &[]).is_empty());
        // a vocative does not speak
        assert!(quotes("يا أهل الخير: تبرعوا لضحايا الفيضانات\nنص.", &[]).is_empty());
        // a title line that does not start with a short phrase
        assert!(
            quotes(
                "في العاصمة اليوم وسط حضور كبير من الناس: افتتاح المعرض\nنص.",
                &[]
            )
            .is_empty()
        );
    }

    #[test]
    fn a_headline_speaker_speaks_to_the_person_after_him() {
        let with_ref = |text: &str, name: &str, full: &str| {
            let mut e = person(text, name);
            e.canonical = Some(full.into());
            e
        };
        let t = "السوداني لأردوغان: لا حل عسكريا لأزمة المياه\n\
                 قال محمد شياع السوداني للرئيس رجب طيب أردوغان إن الحوار هو الحل.";
        let ents = vec![
            with_ref(t, "لأردوغان", "رجب طيب أردوغان"),
            person(t, "محمد شياع السوداني"),
            person(t, "رجب طيب أردوغان"),
        ];
        let q = quotes_with(t, ents);
        assert_eq!(q[0].0, "لا حل عسكريا لأزمة المياه");
        assert_eq!(q[0].2.as_deref(), Some("السوداني"), "{q:?}");
        // a name that begins with the letter is no preposition, though its fuller name ends on
        // the rest of it (`أفيغدور ليبرمان` ends on `يبرمان`)
        let t = "وزير الدفاع ليبرمان: لن نتراجع عن القرار\nقال أفيغدور ليبرمان إن القرار نهائي.";
        let ents = vec![
            with_ref(t, "ليبرمان", "أفيغدور ليبرمان"),
            person(t, "أفيغدور ليبرمان"),
        ];
        let q = quotes_with(t, ents);
        assert_eq!(q[0].2.as_deref(), Some("ليبرمان"), "{q:?}");
        // the one spoken to is no speaker, whether or not the article names the speaker in full
        let t = "السوداني لأردوغان: لا حل عسكريا لأزمة المياه\nنص الخبر بلا أسماء.";
        let q = quotes_with(t, vec![with_ref(t, "لأردوغان", "رجب طيب أردوغان")]);
        assert_eq!(q[0].2.as_deref(), Some("السوداني"), "{q:?}");
        // the mention written with a haraka its fuller name does not carry
        let t = "السوداني لِأردوغان: لا حل عسكريا لأزمة المياه\nنص الخبر بلا أسماء.";
        let q = quotes_with(t, vec![with_ref(t, "لِأردوغان", "رجب طيب أردوغان")]);
        assert_eq!(q[0].2.as_deref(), Some("السوداني"), "{q:?}");
    }

    #[test]
    fn a_headline_speaker_ends_before_when_he_spoke() {
        let t = "مدرب الفيصلي بعد الخسارة أمام الوحدات: باق في منصبي\nنص الخبر.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].0, "باق في منصبي", "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("مدرب الفيصلي"));
    }

    #[test]
    fn a_short_chant_after_a_crowd_s_verb_of_chanting_is_the_crowd_s() {
        let t = "عنوان\n\nخسر الفيصلي وسط هتافات جماهيره التي رددت «ارحل ارحل» في وجه المدرب.";
        // the entities read the chant as a name: chanted, it is still words said
        let (f, s) = (t.find("الفيصلي").unwrap(), t.find("ارحل ارحل").unwrap());
        let ents = vec![
            Span::new(Kind::Organization, f..f + "الفيصلي".len()),
            Span::new(Kind::Organization, s..s + "ارحل ارحل".len()),
        ];
        let q = quotes_with(t, ents);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("جماهيره"));
    }

    #[test]
    fn a_body_named_in_marks_speaks_in_the_pluperfect() {
        let t = "عنوان\n\nوكانت منظمة «أطاك المغرب» قد انتقدت في بيان «تبذير الماء في ملاعب الغولف والزراعات التصديرية»، داعية الحكومة إلى «مراجعة السياسة الفلاحية برمتها».";
        let s = t.find("أطاك المغرب").unwrap();
        let g = t.find("الحكومة").unwrap();
        let ents = vec![
            Span::new(Kind::Organization, s..s + "أطاك المغرب".len()),
            Span::new(Kind::Organization, g..g + "الحكومة".len()),
        ];
        let q = quotes_with(t, ents);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
        // a participle after the words is no verb whose subject follows it
        for said in &q[1..] {
            assert_eq!(said.1, QuoteStyle::Speech, "{q:?}");
            assert_eq!(said.2.as_deref(), Some("أطاك المغرب"), "{q:?}");
        }
    }

    #[test]
    fn a_chant_in_a_clause_of_circumstance_is_the_crowd_s() {
        let t = "عنوان\n\nوتجمع مئات من أنصار الحزب أمام مقره في أنقرة وهم يرددون «حقوق، قانون، عدالة».";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("أنصار الحزب"));
        // the crowd right before the verb, not the first name of the sentence
        let t =
            "عنوان\n\nاشترت المجموعة عامر صاوي وخرج المتظاهرون يهتفون \"تسقط الحكومة\" في الشوارع.";
        let q = quotes(t, &["عامر صاوي"]);
        assert_eq!(q[0].2.as_deref(), Some("المتظاهرون"), "{q:?}");
    }

    #[test]
    fn a_count_of_sources_relayed_by_an_agency_speaks() {
        let t = "عنوان\n\nونقلت وكالة رويترز عن ثلاثة مصادر مطلعة أن «برلين تدرس تعليق الصادرات».";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("ثلاثة مصادر مطلعة"), "{q:?}");
        // a number that counts no speaker is the object of a verb whose subject is implied
        let t = "عنوان\n\nوصل وايلد إلى لندن، ثم أضاف ستة فصول إلى كتابه: \"تكتب الكتب بشكل جيد أو سيئ\".";
        let q = quotes(t, &["وايلد"]);
        assert_ne!(q[0].2.as_deref(), Some("ستة فصول"), "{q:?}");
    }

    #[test]
    fn a_statement_named_again_is_its_issuer_s() {
        let t = "عنوان\n\nوجاء في بيان للجيش الأمريكي: «ضبطنا شحنة صواريخ في بحر العرب».\n\
                 وأضاف البيان أن الشحنة «كانت في طريقها إلى الحوثيين».";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("الجيش الأمريكي"));
        assert_eq!(q[1].2.as_deref(), Some("الجيش الأمريكي"));
        // its mention is the noun
        assert_eq!(q[1].3.as_deref(), Some("البيان"));
        // a statement of his names no issuer after the preposition
        let t = "عنوان\n\nأدان الشيخ حازم في بيان له التحقيق مع الناشطة.\n\
                 وتابع البيان: «لقد هالني ما جرى للناشطة».";
        let q = quotes(t, &["حازم"]);
        assert_ne!(q[0].2.as_deref(), Some("ه التحقيق"), "{q:?}");
    }

    #[test]
    fn a_headline_by_someone_from_a_place() {
        // (a noun the speakers' list does not hold: the place makes it one)
        let t = "عامل من الحسكة: هذا الموسم رزق من السماء\nنص الخبر.";
        let q = quotes_with(t, vec![place(t, "الحسكة")]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("عامل من الحسكة"), "{q:?}");
        // pictures from there describe; and no place, no speaker
        let t = "صور من الحسكة: الحصادات تعمل ليل نهار\nنص الخبر.";
        assert!(quotes_with(t, vec![place(t, "الحسكة")]).is_empty());
        let t = "عامل من الحسكة: هذا الموسم رزق من السماء\nنص الخبر.";
        assert!(quotes_with(t, vec![]).is_empty());
        // people in a place: a plural of persons before `في`, not a thing there
        let t = "محتجون في البصرة: الكهرباء تنقطع عشرين ساعة\nنص الخبر.";
        let q = quotes_with(t, vec![place(t, "البصرة")]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("محتجون في البصرة"), "{q:?}");
        let t = "حرائق في البصرة: النيران تلتهم المزارع\nنص الخبر.";
        assert!(quotes_with(t, vec![place(t, "البصرة")]).is_empty());
        let t = "قانون في البصرة: الضرائب ترتفع على المولدات\nنص الخبر.";
        assert!(quotes_with(t, vec![place(t, "البصرة")]).is_empty());
    }

    #[test]
    fn a_headline_by_people_named_by_their_calling() {
        for (title, speaker) in [
            (
                "مربو الجاموس في الجبايش: الماء يموت قبلنا",
                "مربو الجاموس في الجبايش",
            ),
            ("موظفو الشركة: لم نتقاض رواتبنا", "موظفو الشركة"),
        ] {
            let t = format!("{title}\nنص الخبر.");
            let q = quotes(&t, &[]);
            assert_eq!(q.len(), 1, "{q:?}");
            assert_eq!(q[0].2.as_deref(), Some(speaker), "{q:?}");
        }
        // a loanword's `و` is no plural's
        let t = "فيديو الهجوم: مسلحون يطلقون النار\nنص الخبر.";
        assert!(quotes(t, &[]).is_empty());
    }

    #[test]
    fn headlines_with_any_speaking_phrase() {
        for (title, speaker) in [
            ("دراسة: النوم القليل يضر القلب", "دراسة"),
            ("تقرير: ارتفاع أسعار القمح", "تقرير"),
            ("مواطن: لم نر الماء منذ أسبوع", "مواطن"),
            ("مصدر أمني: إحباط محاولة تهريب", "مصدر أمني"),
            (
                "وزير الخارجية العماني: الحوار هو الطريق",
                "وزير الخارجية العماني",
            ),
        ] {
            let t = format!("{title}\nنص الخبر.");
            let q = quotes(&t, &[]);
            assert_eq!(q.len(), 1, "{title}: {q:?}");
            assert_eq!(q[0].2.as_deref(), Some(speaker), "{title}");
            assert_eq!(q[0].3.as_deref(), Some(speaker), "{title}");
        }
        // a body of the state named by one noun with the article, not a credit line
        let t = "الشرطة: القبض على شبكة لتزوير العملة\nنص.";
        assert_eq!(quotes(t, &[])[0].2.as_deref(), Some("الشرطة"));
        let t = "المصدر: وكالات الأنباء العالمية\nنص.";
        assert!(quotes(t, &[]).is_empty());
        // with the nisba of its country or reach; a monitor; not a topic of the same shape
        for (title, speaker) in [
            ("الخارجية الأمريكية: لا تغيير في موقفنا", "الخارجية الأمريكية"),
            (
                "الجيش الإسرائيلي: اعتراض صاروخ أطلق من غزة",
                "الجيش الإسرائيلي",
            ),
            ("الصحة العالمية: الوباء لم ينته بعد", "الصحة العالمية"),
            ("مرصد حقوقي: ارتفاع عدد الضحايا في إدلب", "مرصد حقوقي"),
            // two adjectives, of its kind and its country
            (
                "الدفاع المدني السوري: \"النيران تقترب من القرى\"",
                "الدفاع المدني السوري",
            ),
            (
                "الجيش الوطني الليبي: السيطرة على المعبر",
                "الجيش الوطني الليبي",
            ),
        ] {
            let q = quotes(&format!("{title}\nنص."), &[]);
            assert_eq!(
                q.first().and_then(|q| q.2.as_deref()),
                Some(speaker),
                "{title}"
            );
        }
        let t = "الأزمة السورية: مفاوضات جديدة في جنيف\nنص.";
        assert!(quotes(t, &[]).is_empty());
        // someone described by the adjective of his people; not a feeling so described
        let t = "عالم آثار بولندي: حجارة المدينة تعرفنا\nنص.";
        assert_eq!(quotes(t, &[])[0].2.as_deref(), Some("عالم آثار بولندي"));
        for t in [
            "غضب فلسطيني: المستوطنون يقتحمون القرية\nنص.",
            "غضب شعبي عراقي: المحتجون يقطعون الطرق\nنص.",
            "أزمة سياسية لبنانية: الحكومة تستقيل\nنص.",
        ] {
            assert!(quotes(t, &[]).is_empty(), "{t}");
        }
        let t = "الجيش الإسرائيلي الثالث: قصة لم تروَ\nنص.";
        assert!(quotes(t, &[]).is_empty());
        // a country speaks too
        let t = "الجزائر: لا تراجع عن القرار\nنص.";
        let place = Span::new(Kind::Place, 0.."الجزائر".len());
        let q = quotes_with(t, vec![place]);
        assert_eq!(q[0].2.as_deref(), Some("الجزائر"));
        // a marked quotation right after the colon
        let t = "بوتين: «لن نتراجع عن قرارنا»\nنص.";
        let q = quotes(t, &["بوتين"]);
        assert_eq!(q[0].0, "«لن نتراجع عن قرارنا»");
        assert_eq!(q[0].2.as_deref(), Some("بوتين"));
    }

    #[test]
    fn a_documents_adjective_stands_before_its_issuer() {
        let t = "عنوان\nوجاء في بيان مشترك لمجموعة الدول الجزرية الصغيرة: ”بقاؤنا ليس ورقة تفاوض“.";
        let q = quotes(t, &[]);
        assert_eq!(
            q[0].2.as_deref(),
            Some("مجموعة الدول الجزرية الصغيرة"),
            "{q:?}"
        );
        let t = "عنوان\nوأكد بيان رسمي للحكومة أن \"الوضع تحت السيطرة\".";
        // (`للحكومة` is `ل` + `الحكومة`: the name keeps its article)
        assert_eq!(quotes(t, &[])[0].2.as_deref(), Some("الحكومة"));
    }

    #[test]
    fn a_name_in_a_places_name_does_not_speak() {
        // `عثمان` read as a person inside the district's name
        let t = "عنوان\nوقال أحد سكان حي الشيخ عثمان لبي بي سي: \"فقدنا ابن عمي قبل وصول الأطباء\".";
        let q = quotes(t, &["عثمان"]);
        assert_eq!(q[0].2.as_deref(), Some("أحد سكان حي الشيخ عثمان"), "{q:?}");
        // a person after a title still does
        let t = "عنوان\nوقال وزير المالية خالد الرواشدة: \"الموازنة متوازنة هذا العام\".";
        assert_eq!(
            quotes(t, &["خالد الرواشدة"])[0].2.as_deref(),
            Some("خالد الرواشدة")
        );
    }

    #[test]
    fn what_a_crowd_chants_is_not_the_crowd() {
        let t = "عنوان\nوردد المحتجون هتافات \"الشعب يريد الإصلاح\" أمام البرلمان.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("المحتجون"), "{q:?}");
    }

    #[test]
    fn unbalanced_marks() {
        let t = "عنوان\nوتابع ” هذا كلام طويل لا ينتهي بعلامة\nسطر آخر “قصير";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1);
        assert_eq!(q[0].0, "” هذا كلام طويل لا ينتهي بعلامة");
    }

    #[test]
    fn pairing_survives_real_punctuation() {
        // balanced
        assert_eq!(
            raw(r#"قال "نحن هنا"، كانت كلمته "ولن نرحل"."#),
            [r#""نحن هنا""#, r#""ولن نرحل""#]
        );
        // the first closing mark missing: the text between the quotations is not a quotation
        assert_eq!(
            raw(r#"قال "نحن هنا، كانت كلمته "ولن نرحل"."#),
            [r#""نحن هنا"#, r#""ولن نرحل""#]
        );
        // the first opening mark missing
        assert_eq!(
            raw(r#"قال نحن هنا"، كانت كلمته "ولن نرحل"."#),
            [r#""ولن نرحل""#]
        );
        // ” and » as openers, “ and « as closers
        assert_eq!(raw("قال ”نحن هنا“ ثم مضى"), ["”نحن هنا“"]);
        assert_eq!(raw("قال »نحن هنا« ثم مضى"), ["»نحن هنا«"]);
        // an unclosed » runs to the end of the line
        assert_eq!(
            raw("وقال »لن نتراجع عن قرارنا أبدا"),
            ["»لن نتراجع عن قرارنا أبدا"]
        );
        // nesting: the inner quotation is part of the outer one
        assert_eq!(
            raw("قال «رددوا “الشعب يريد” طويلا» ثم مضى"),
            ["«رددوا “الشعب يريد” طويلا»"]
        );
        // nesting in marks of the same family
        assert_eq!(
            raw("قال “لن نسمح بتكرار “ما حدث” أبدا” ثم مضى"),
            ["“لن نسمح بتكرار “ما حدث” أبدا”"]
        );
        assert_eq!(
            raw("قال «لن نسمح بتكرار «ما حدث» أبدا» ثم مضى"),
            ["«لن نسمح بتكرار «ما حدث» أبدا»"]
        );
        // ... but not in straight marks, the same on both sides: sloppy ones are more common
        // than nesting in them
        assert_eq!(
            raw(r#"قال "لن نسمح بتكرار، "ما حدث" أبدا"#),
            [r#""لن نسمح بتكرار"#, r#""ما حدث""#]
        );
        // ... but a quotation that never closes had lost its mark: the later ones are their own
        assert_eq!(
            raw(r#"قال "نحن هنا باقون، كانت كلمته "ولن نرحل" و"لن نتعب" كذلك"#),
            [r#""نحن هنا باقون"#, r#""ولن نرحل""#, r#""لن نتعب""#]
        );
        // two unclosed: the outer ends before the inner one
        assert_eq!(
            raw(r#"قال "نحن هنا باقون، كانت كلمته "ولن نرحل أبدا عن أرضنا"#),
            [r#""نحن هنا باقون"#, r#""ولن نرحل أبدا عن أرضنا"#]
        );
        // marks around punctuation alone are not a quotation
        assert!(raw(r#"قال "،" ثم "." ومضى"#).is_empty());
        // sloppy spaces inside the marks, as in the seed article
        assert_eq!(
            raw("وشدد على “ضمان العمل بشكل دائم “. وقال إن ” هناك أهمية بالغة”."),
            ["“ضمان العمل بشكل دائم “", "” هناك أهمية بالغة”"]
        );
        assert_eq!(raw("الروسي”حقق نتائج”."), ["”حقق نتائج”"]);
    }

    #[test]
    fn a_name_withheld_between_commas_names_no_quotation() {
        let t = "وأرجع مسؤول في الوزارة، طلب عدم ذكر اسمه، الأزمة إلى \"تأخر وصول ناقلتين إلى الميناء\".";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
    }

    #[test]
    fn moving_something_is_no_relaying() {
        let t = "وأكدت الوزارة، في بيان، أنها تدرس نقل الباعة إلى \"فضاء لائق يحفظ كرامتهم وكرامة الكتاب\".";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("الوزارة"), "{q:?}");
        // with `عن`, it relays
        let t = "ونقلت صحيفة «النهار» عن مصادر نيابية أن «جلسة الخميس لن تختلف عن سابقاتها».";
        let q = quotes(t, &[]);
        assert_eq!(
            q.last().and_then(|q| q.2.as_deref()),
            Some("مصادر نيابية"),
            "{q:?}"
        );
    }

    #[test]
    fn words_opening_on_a_preposition_after_the_clauses_verb_are_said() {
        let t = "ويقول سائق الأجرة آدم إنه ينتظر \"منذ ليلتين\" دون أن يصل إلى المضخة.";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
    }

    #[test]
    fn a_calling_and_the_adjective_of_a_people_head_a_headline() {
        for (title, speaker) in [
            // the feminine of a listed calling
            (
                "مهندسة ليبية: المدينة القديمة لن تنتظر أكثر",
                "مهندسة ليبية",
            ),
            // an adjective of a people beginning with `ل` is no one spoken to
            ("طبيب لبناني: المستشفيات بلا وقود", "طبيب لبناني"),
        ] {
            let t = format!("{title}\nنص الخبر.");
            let q = quotes(&t, &[]);
            assert_eq!(q.len(), 1, "{title}: {q:?}");
            assert_eq!(q[0].2.as_deref(), Some(speaker), "{title}: {q:?}");
        }
        // a feeling is no calling
        let q = quotes("أزمة ليبية: المدينة القديمة لن تنتظر أكثر\nنص الخبر.", &[]);
        assert!(q.iter().all(|q| q.2.is_none()), "{q:?}");
    }

    #[test]
    fn people_by_their_calling_and_the_place_they_work_head_a_headline() {
        // the construct plural's complement a place the entities found
        let t = "صيادو نواذيبو: «السفن الأجنبية تأخذ كل شيء»\nنص الخبر.";
        let q = quotes_with(t, vec![place(t, "نواذيبو")]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("صيادو نواذيبو"), "{q:?}");
        // passengers, a plural no ending tells
        let t = "ركاب الباص السريع في عمان: \"وفرنا ساعة كل يوم\"\nنص الخبر.";
        let q = quotes_with(t, vec![place(t, "عمان")]);
        assert_eq!(
            q[0].2.as_deref(),
            Some("ركاب الباص السريع في عمان"),
            "{q:?}"
        );
    }

    #[test]
    fn a_title_whose_first_letter_is_waw_is_the_subject() {
        let before = "عنوان\n\nوقال رئيسه أحمد ولد محمود: \"إنهم يصطادون في مياهنا ليلا\".\n";
        for line in [
            // the participle's subject before the sentence's verb
            "وزير الصيد نفى ذلك، مؤكدا أن خفر السواحل \"يراقب كل سفينة بالأقمار\".",
            // after `غير أن` and `إلا أن`, "however"
            "غير أن وزير الصيد أكد أن خفر السواحل \"يراقب كل سفينة بالأقمار\".",
            "إلا أن وزير الصيد قال إن خفر السواحل \"يراقب كل سفينة بالأقمار\".",
        ] {
            let t = format!("{before}{line}");
            let q = quotes(&t, &["أحمد ولد محمود"]);
            assert_eq!(q[1].2.as_deref(), Some("وزير الصيد"), "{line}: {q:?}");
        }
    }

    #[test]
    fn a_title_alone_stands_for_the_one_named_with_it_and_his_nationality() {
        let t = "عنوان\n\n\"المضمار صار أسرع\"، يقول المدرب السوداني عثمان آدم، الذي يعمل هنا منذ عشرين عاما.\nويرى المدرب أن الفارق \"لا يتجاوز نصف ثانية\".";
        let q = quotes(t, &["عثمان آدم"]);
        assert_eq!(q[1].2.as_deref(), Some("عثمان آدم"), "{q:?}");
        // not when someone else was named since
        let t = "عنوان\n\n\"المضمار صار أسرع\"، يقول المدرب السوداني عثمان آدم.\nوسئل سالم داود عن السباق، فأجاب المدرب: \"لا يتجاوز نصف ثانية\".";
        let q = quotes(t, &["عثمان آدم", "سالم داود"]);
        assert_ne!(q[1].2.as_deref(), Some("عثمان آدم"), "{q:?}");
    }

    #[test]
    fn a_title_in_the_feminine_stands_for_the_one_it_named() {
        let t = "عنوان\n\nوقالت مديرة المدرسة، الأستاذة إخلاص عبد الرحيم، إن \"نصف التلاميذ لم يدخلوا فصلا منذ عامين\".\nوتضيف المديرة أن المدرسة تحتاج \"معلمين وكتبا قبل أي شيء آخر\".";
        let q = quotes(t, &["إخلاص عبد الرحيم"]);
        assert_eq!(q[1].2.as_deref(), Some("إخلاص عبد الرحيم"), "{q:?}");
    }

    #[test]
    fn the_words_of_a_document_named_after_the_quotation_are_its_issuers() {
        let t = "عنوان\nاحتجوا على تطبيقات تعمل \"دون رخصة ولا ضريبة\"، كما جاء في بيان نقابتهم.";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("نقابتهم"), "{q:?}");
        // a body whose name begins with ل is no `ل` + name (`لجنة نوبل`, not `جنة نوبل`)
        let t =
            "عنوان\nوفاز بالجائزة \"لأستاذيته في فن الرواية الحديثة\" كما جاء في تقرير لجنة نوبل.";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("لجنة نوبل"), "{q:?}");
    }

    #[test]
    fn the_subject_may_follow_the_one_spoken_to_and_where() {
        let t = "عنوان\nوقال للصحفيين أمام الفندق المتحدث باسم الشرطة عبد الفتاح آدم حسن إن القوات \"قتلت المسلحين جميعا\".";
        let q = quotes(t, &["عبد الفتاح آدم حسن"]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("عبد الفتاح آدم حسن"), "{q:?}");
        // a person right after the one spoken to is that one; an outlet's name is none
        for (t, name) in [
            (
                "عنوان\nقال علي حسن \"نعم\". وقال لمؤسس الشركة ستيف اورنشتاين: \"الشيء الأهم لي الآن هو النجاح\".",
                "ستيف اورنشتاين",
            ),
            (
                "عنوان\nقال علي حسن \"نعم\". وقال لموقع مصراوي \"كان على البنك أن يتحرك قبل ستة أشهر\".",
                "مصراوي",
            ),
        ] {
            let q = quotes(t, &["علي حسن", name]);
            assert_eq!(q.len(), 2, "{q:?}");
            assert_eq!(q[1].2.as_deref(), Some("علي حسن"), "{q:?}");
        }
    }

    #[test]
    fn the_agency_credited_after_the_dateline_never_speaks() {
        let t = "عنوان\nمقديشو (رويترز) - انتهى الحصار، وقال للصحفيين إن القوات \"قتلت المسلحين جميعا\".";
        let s = t.find("رويترز").expect("agency");
        let q = quotes_with(
            t,
            vec![Span::new(Kind::Organization, s..s + "رويترز".len())],
        );
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2, None, "{q:?}");
    }

    #[test]
    fn a_statement_carried_by_an_outlet_is_its_senders() {
        // (the body unnamed by the entities, as the model left it, and someone else quoted
        // before: the words are looked for past the outlet's name in marks)
        let t = "عنوان\nقال علي حسن \"نعم\". وتبنت حركة الشباب الهجوم في بيان بثته إذاعة \"الأندلس\" التابعة لها، جاء فيه: \"استهدف مقاتلونا فندقا يرتاده مسؤولون\".";
        let q = quotes(t, &["علي حسن"]);
        assert_eq!(q.len(), 3, "{q:?}");
        let speaker = q[2].2.as_deref().unwrap_or_default();
        assert!(speaker.starts_with("حركة الشباب"), "{q:?}");
    }

    #[test]
    fn a_witness_tells_but_a_series_does_not_speak() {
        let t = "عنوان\nوفي حي الشعلة، روى شاهد عيان: \"لم أعد أرى السيارة التي أمامي\".";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("شاهد عيان"), "{q:?}");
        // a story narrated is named, not said; nor does the passive name a speaker
        let t = "عنوان\nيروي المسلسل التاريخي \"حريم السلطان\" قصة القصر.";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
    }

    #[test]
    fn where_a_source_works_is_part_of_it() {
        let t = "عنوان\nوكشفت مصادر بالطب البيطري لصحيفة الشروق أن المحافظة \"لا تملك سوى عيادتين متنقلتين\".";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("مصادر"), "{q:?}");
    }

    #[test]
    fn a_report_is_its_issuers_past_the_day() {
        let t = "عنوان\nارتفعت الإيجارات، بحسب تقرير أصدرته أمس شركة بيوت للاستشارات العقارية، عزا الزيادة إلى «تدفق غير مسبوق للسكان الجدد».";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("شركة بيوت"), "{q:?}");
    }

    #[test]
    fn fans_chanting_are_named_without_the_ground_they_ran_on() {
        let t = "عنوان\nوما إن أطلق الحكم صافرة النهاية حتى اجتاح جمهور الرياضي أرض الملعب هاتفا: \"المنارة ما بتنكسر\".";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("جمهور الرياضي"), "{q:?}");
    }

    #[test]
    fn a_mother_named_by_her_child_speaks() {
        let t = "عنوان\nقال يونس علي: «ربما هذا أفضل». وكتبت أم لمترشحة على صفحتها: «ابنتي تمتحن اليوم».";
        let q = quotes(t, &["يونس علي"]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("أم لمترشحة"), "{q:?}");
    }

    #[test]
    fn one_described_then_named_speaks_by_name() {
        let t = "عنوان\nونقل موقع إخباري عن والد الطفلة، ويدعى أحمد عبد الحميد، قوله: \"كانت راجعة من الدرس\".";
        let q = quotes(t, &["أحمد عبد الحميد"]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("أحمد عبد الحميد"), "{q:?}");
    }

    #[test]
    fn a_verb_joined_after_a_comma_has_the_first_verbs_subject() {
        let t = "عنوان\nقال علي حسن \"نعم\". ورحبت مجموعة الإمارات للبيئة البحرية بالقرار، ودعت في تغريدة إلى «توسيع الحظر خلال عامين».";
        let q = quotes(t, &["علي حسن"]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("مجموعة الإمارات"), "{q:?}");
    }

    #[test]
    fn farmers_traders_and_the_displaced_head_headlines() {
        for (title, speaker) in [
            (
                "مزارعة صومالية: ماتت أغنامنا واحدة بعد الأخرى",
                "مزارعة صومالية",
            ),
            ("نازحون: لم نجد ماء في الطريق", "نازحون"),
            ("تاجر سوداني: الأسعار تضاعفت ثلاث مرات", "تاجر سوداني"),
        ] {
            let t = format!("{title}\nنص الخبر.");
            let q = quotes(&t, &[]);
            assert_eq!(q.len(), 1, "{title}: {q:?}");
            assert_eq!(q[0].2.as_deref(), Some(speaker), "{title}: {q:?}");
        }
    }

    #[test]
    fn mentioning_a_name_withheld_is_no_saying() {
        let t = "عنوان\nوقال أحد الباعة، رافضا ذكر اسمه، إن الإيجارات \"صارت أعلى من أرباحنا\".";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 1, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("أحد الباعة"), "{q:?}");
    }

    #[test]
    fn people_with_her_pronoun_after_the_verb_speak() {
        for (line, speaker) in [
            ("وقال سكانها إن المياه \"لم تصل منذ أسبوع\".", "سكانها"),
            (
                "وتنتشر المولدات التي يقول أصحابها إن الوقود \"تضاعف ثمنه\".",
                "أصحابها",
            ),
            ("وقال منظموها إن المسيرة \"ستنطلق ظهرا\".", "منظموها"),
        ] {
            let t = format!("عنوان\n{line}");
            let q = quotes(&t, &[]);
            assert_eq!(q.len(), 1, "{line}: {q:?}");
            assert_eq!(q[0].2.as_deref(), Some(speaker), "{line}: {q:?}");
        }
        // a thing of hers after the verb is its object: she, named before, speaks
        let t = "عنوان\nوكانت الكاتبة هدى سالم وصفت طفولتها بأنها \"سعيدة جدا\".";
        let q = quotes(t, &["هدى سالم"]);
        assert_ne!(q[0].2.as_deref(), Some("طفولتها"), "{q:?}");
    }

    #[test]
    fn the_subject_of_the_verb_speaks() {
        // a title before the name
        let t = "عنوان\nوقال وزير المالية خالد الرواشدة في مؤتمر صحفي إن “الموازنة الجديدة تقوم على ضبط الإنفاق”.";
        let q = quotes(t, &["خالد الرواشدة"]);
        assert_eq!(q[0].2.as_deref(), Some("خالد الرواشدة"));
        assert_eq!(q[0].3.as_deref(), Some("خالد الرواشدة"));
        // a person after a head that is no known title, or after a prepositional phrase
        for (line, name) in [
            (
                "وقالت منسقة المعرض رنا جبارين إن “الفكرة بدأت قبل عامين بمجموعة صغيرة”.",
                "رنا جبارين",
            ),
            (
                "وقالت الباحثة الرئيسية في الدراسة الدكتورة سلمى عبد الرحمن إن “النتائج كانت واضحة جدا”.",
                "سلمى عبد الرحمن",
            ),
        ] {
            let t = format!("عنوان\n{line}");
            let q = quotes(&t, &[name]);
            assert_eq!(q[0].2.as_deref(), Some(name), "{line}");
            assert_eq!(q[0].3.as_deref(), Some(name), "{line}");
        }
        // unnamed speakers
        for (line, speaker) in [
            (
                "وقال مصدر أمني “إن المهربين حاولوا التسلل عبر الوادي”.",
                "مصدر أمني",
            ),
            (
                "وأكدت مصادر عسكرية أن “أي إصابات لم تسجل في صفوف القوات”.",
                "مصادر عسكرية",
            ),
            (
                "وقال أحد سكان المدينة: “سمعنا إطلاق نار كثيفا عند الفجر”.",
                "أحد سكان المدينة",
            ),
        ] {
            let t = format!("عنوان\n{line}");
            let q = quotes(&t, &[]);
            assert_eq!(q.len(), 1, "{line}");
            assert_eq!(q[0].2.as_deref(), Some(speaker), "{line}");
            assert_eq!(q[0].3.as_deref(), Some(speaker), "{line}");
        }
    }

    #[test]
    fn the_outlet_is_never_the_speaker() {
        let t = "عنوان\nوقال نزار بن عمر لوكالة فرانس برس إن “الحل في دعم صغار المزارعين”.\nوقال لصحيفة لوموند “إن باريس مستعدة لخطوات جديدة”.";
        let s = t.find("فرانس برس").expect("in text");
        let s2 = t.find("لوموند").expect("in text");
        let q = quotes_with(
            t,
            vec![
                person(t, "نزار بن عمر"),
                Span::new(Kind::Organization, s..s + "فرانس برس".len()),
                Span::new(Kind::Organization, s2..s2 + "لوموند".len()),
            ],
        );
        assert_eq!(q[0].2.as_deref(), Some("نزار بن عمر"));
        // no subject: the last speaker, not the newspaper
        assert_eq!(q[1].2.as_deref(), Some("نزار بن عمر"));
        assert_eq!(q[1].3, None);
    }

    #[test]
    fn the_one_an_outlet_quotes_speaks() {
        // `نسب … إلى X قوله`, `نقل عن X قوله`: X, not the agency
        for verb in ["ونسبت وكالة أسوشيتد برس إلى", "ونقلت وكالة أسوشيتد برس عن"]
        {
            let t = format!(
                "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\n{verb} دبلوماسي غربي قوله إن \"الموقف لم يتغير منذ سنوات\"."
            );
            let q = quotes(&t, &["سالم داود"]);
            assert_eq!(q[1].2.as_deref(), Some("دبلوماسي غربي"), "{t}");
        }
        // the saying of God quoted is no one's words here
        let t = "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\nهذا إلى جانب أن المفسرين فسروا قوله تعالى: \"إنا أنزلناه في ليلة القدر\".";
        let q = quotes(t, &["سالم داود"]);
        assert_ne!(q[1].2.as_deref(), Some("جانب"), "{q:?}");
    }

    #[test]
    fn the_words_on_someones_tongue_are_theirs() {
        let t = "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\nوجاء على لسان المتحدث باسم الجيش نزار بن عمر أن \"العمليات ستتواصل في الشمال أياما\".";
        let q = quotes(t, &["سالم داود", "نزار بن عمر"]);
        assert_eq!(q[1].2.as_deref(), Some("نزار بن عمر"), "{q:?}");
        assert_eq!(q[1].3.as_deref(), Some("نزار بن عمر"));
    }

    #[test]
    fn the_topic_of_amma_is_the_subject_of_any_verb() {
        let t = "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\nأما هيئة الأرصاد فتوقعت \"استمرار عدم الاستقرار حتى منتصف الأسبوع\".";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[1].2.as_deref(), Some("هيئة الأرصاد"), "{q:?}");
        // a predicate after ف is no verb of saying: the topic does not speak
        let t = "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\nأما التشبيه فهو كما في قولهم \"زيد كالأسد في الشجاعة والإقدام\".";
        let q = quotes(t, &["سالم داود"]);
        assert_ne!(q[1].2.as_deref(), Some("التشبيه"), "{q:?}");
    }

    #[test]
    fn a_kunya_is_a_speakers_name() {
        // `أم` is otherwise a function word (or)
        let t = "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\nوقالت أم محمد (52 عاما): \"البيت غرق بالكامل\".";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[1].2.as_deref(), Some("أم محمد"), "{q:?}");
        assert_eq!(q[1].3.as_deref(), Some("أم محمد"));
    }

    #[test]
    fn a_title_of_two_words_heads_a_headline() {
        let t = "ولي العهد: لا تطبيع دون دولة مستقلة\nنص الخبر.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].0, "لا تطبيع دون دولة مستقلة", "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("ولي العهد"));
    }

    #[test]
    fn a_mark_left_open_before_a_hashtag_opens_no_quotation() {
        let line = "وتداول رواد مواقع التواصل وسم \"#وينو_الماء، مطالبين بمحاسبة المسؤولين.";
        assert!(raw(line).is_empty(), "{:?}", raw(line));
        // a quotation left open elsewhere still runs to the line's end
        let line = "وقال الوزير: \"سنواصل العمل حتى النهاية مهما كلف الأمر.";
        assert_eq!(raw(line).len(), 1);
    }

    #[test]
    fn a_person_named_last_in_a_headline_may_have_a_long_title_before_him() {
        let t = "بطلة العالم في الملاكمة سناء الوزاني: «الميدالية لكل فتاة في الحي»\nنص الخبر.";
        let q = quotes(t, &["سناء الوزاني"]);
        assert_eq!(q[0].2.as_deref(), Some("سناء الوزاني"), "{q:?}");
        // but so long a phrase with no person at its end speaks no headline
        let t = "ارتفاع أسعار الخبز في أسواق العاصمة هذا الأسبوع: الأسباب والحلول\nنص الخبر.";
        assert!(quotes(t, &[]).is_empty());
    }

    #[test]
    fn a_crowd_chanting_speaks() {
        let t = "عنوان\nتظاهر آلاف الطلاب أمام الجامعة، مرددين \"الآن، الآن، صفقة الآن\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("آلاف الطلاب"));
        // a short chant too
        let t = "عنوان\nورفع المتظاهرون الأعلام مرددين \"عايزين حقوقنا\"، ثم تفرقوا.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
    }

    #[test]
    fn an_accusative_written_with_its_tanween_ends_the_issuer_as_without() {
        for noun in ["بيانا", "بياناً"] {
            let t = format!(
                "عنوان\nوأصدرت وزارة الخارجية القطرية {noun} جاء فيه: \"ندين بشدة الهجوم الذي استهدف المدنيين الأبرياء\"."
            );
            let q = quotes(&t, &[]);
            assert_eq!(
                q[0].2.as_deref(),
                Some("وزارة الخارجية القطرية"),
                "{noun}: {q:?}"
            );
        }
    }

    #[test]
    fn a_speaker_after_lam_loses_it_however_it_is_voweled() {
        for army in ["للجيش", "لَلجيش", "لِلْجيش"] {
            let t =
                format!("عنوان\nوجاء في بيان {army} الأمريكي: «ضبطنا شحنة صواريخ في بحر العرب».");
            let q = quotes(&t, &[]);
            assert_eq!(q[0].2.as_deref(), Some("الجيش الأمريكي"), "{army}: {q:?}");
            assert_eq!(q[0].3.as_deref(), Some("جيش الأمريكي"), "{army}: {q:?}");
        }
        for source in ["لمصدر", "لِمصدر"] {
            let t =
                format!("عنوان\nوستنتهي المفاوضات \"خلال أسابيع\"، وفقا {source} مقرب من اللاعب.");
            let q = quotes(&t, &[]);
            assert_eq!(q[0].2.as_deref(), Some("مصدر مقرب"), "{source}: {q:?}");
            assert_eq!(q[0].3.as_deref(), Some("مصدر مقرب"), "{source}: {q:?}");
        }
    }

    #[test]
    fn a_speaker_named_by_title_alone_is_the_one_who_spoke_with_it() {
        let t = "عنوان\nقال مدرب الأهلي مارسيل كولر: \"هذا اللقب للجماهير الوفية\".\nوأضاف المدرب السويسري أن فريقه \"لعب بذكاء وانتظر الفرصة\".";
        let q = quotes(t, &["مارسيل كولر"]);
        assert_eq!(q[1].2.as_deref(), Some("مارسيل كولر"), "{q:?}");
        assert_eq!(q[1].3.as_deref(), Some("المدرب السويسري"), "{q:?}");
        // not another country's president, nor a president after `رئيس الوزراء`, nor the title
        // of a verb's subject before its object
        for (t, persons) in [
            (
                "عنوان\nقال الرئيس السوري بشار الأسد: \"لن نتراجع عن مواقفنا أبدا\".\nوقال الرئيس الأمريكي إن بلاده \"لن تقبل بذلك أبدا\".",
                &["بشار الأسد"][..],
            ),
            (
                "عنوان\nأعلن رئيس الوزراء الفرنسي مانويل فالس أن \"الحصيلة ارتفعت إلى مئة\".\nوقال الرئيس الفرنسي: \"سنرد بلا هوادة على هذا الاعتداء\".",
                &["مانويل فالس"][..],
            ),
            (
                "عنوان\nعين البابا ألفريد جوسيب سكرتيرا له، وقال جوسيب: \"إنه شرف كبير لي\".\nوقال البابا إن \"الحوار طريق السلام\".",
                &["ألفريد جوسيب", "جوسيب"][..],
            ),
        ] {
            let q = quotes(t, persons);
            let last = q.last().unwrap();
            assert_eq!(last.1, QuoteStyle::Speech, "{q:?}");
            assert!(
                !persons.iter().any(|p| last.2.as_deref() == Some(*p)),
                "{q:?}"
            );
        }
    }

    #[test]
    fn the_one_spoken_to_after_a_title_is_no_speaker() {
        let t = "عنوان\nوقال الرئيس لنظيره الفرنسي إيمانويل ماكرون: \"نحن شركاء\".";
        let q = quotes(t, &["إيمانويل ماكرون"]);
        assert_eq!(q[0].2.as_deref(), Some("الرئيس"), "{q:?}");
        let t = "عنوان\nوقال القائد لأنصاره محمد سالم وأحمد علي: \"النصر قريب\".";
        let q = quotes(t, &["محمد سالم", "أحمد علي"]);
        assert_eq!(q[0].2.as_deref(), Some("القائد"), "{q:?}");
        // a body with the pronoun completes the title: its head is the one named after it
        let t = "عنوان\nوقال الرئيس التنفيذي لشركته بروس تشيزن: \"الأرباح ستتضاعف\".";
        let q = quotes(t, &["بروس تشيزن"]);
        assert_eq!(q[0].2.as_deref(), Some("بروس تشيزن"), "{q:?}");
    }

    #[test]
    fn a_source_after_the_words_named_after_its_title_is_the_person() {
        let t = "عنوان\n\"الأسواق تنتظر قرار الفيدرالي\"، بحسب ما قالته المحللة في بنك ساكسو إيلين \
                 ماكارثي. وارتفع الذهب.";
        let q = quotes(t, &["إيلين ماكارثي"]);
        assert_eq!(q[0].2.as_deref(), Some("إيلين ماكارثي"), "{q:?}");
        // not a person of the next sentence
        let t = "عنوان\n\"الأسواق تنتظر قرار الفيدرالي\"، بحسب ما قالته المحللة في البنك. وقال \
                 سالم داود إن الذهب سيرتفع.";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[0].2.as_deref(), Some("المحللة"), "{q:?}");
    }

    #[test]
    fn words_said_in_a_statement_are_its_issuers() {
        // after another speaker: the body that issued the statement, not the one who spoke last
        let before = "عنوان\nقال الوزير سالم داود: \"سنواصل العمل حتى النهاية\".\n";
        for (line, issuer) in [
            (
                "وأصدرت وزارة الداخلية بيانا قالت فيه: \"الوضع تحت السيطرة\".",
                "وزارة الداخلية",
            ),
            (
                "وأصدرت الشركة بيانا جاء فيه: \"سنعوض المتضررين\".",
                "الشركة",
            ),
            (
                "ووزعت النقابة بيانا أكدت فيه أن \"الإضراب مستمر\".",
                "النقابة",
            ),
            (
                "وهو ما ردت عليه النقابة ببيان قالت فيه: \"لن نتراجع\".",
                "النقابة",
            ),
            (
                "وفي بيان أصدرته الشركة، قالت: \"سنعوض المتضررين\".",
                "الشركة",
            ),
            ("وفي بيان للشركة، قالت: \"سنعوض المتضررين\".", "الشركة"),
            // a body's name holding `و` and the article; a verb after `و` ends the name
            (
                "وأصدرت وزارة التجارة والصناعة بيانا قالت فيه: \"الأسعار مستقرة\".",
                "وزارة التجارة والصناعة",
            ),
            ("وفي رسالة من الحزب، قال: \"لن نشارك في الحكومة\".", "الحزب"),
            (
                "وفي بيان صادر عن الحزب، قال إن \"الانتخابات مزورة\".",
                "الحزب",
            ),
            // a text whose first letter is the conjunction's
            (
                "وكتب القائد وصيته لأولاده قال فيها: \"حافظوا على الأرض\".",
                "القائد",
            ),
        ] {
            let t = format!("{before}{line}");
            let q = quotes(&t, &["سالم داود"]);
            assert_eq!(q[1].1, QuoteStyle::Speech, "{line}: {q:?}");
            assert_eq!(q[1].2.as_deref(), Some(issuer), "{line}: {q:?}");
        }
        // a verb after `و` ends the name (the place named as the entities find it)
        let t = format!("{before}فقام ملك بلجيكا وألقى كلمة قال فيها: \"بلجيكا ضحت كثيرا\".");
        let at = t.find("بلجيكا").expect("the place");
        let q = quotes_with(
            &t,
            vec![
                person(&t, "سالم داود"),
                Span::new(Kind::Place, at..at + "بلجيكا".len()),
            ],
        );
        assert_eq!(q[1].2.as_deref(), Some("ملك بلجيكا"), "{q:?}");
        // the one who sent a letter, not the one it was sent to
        let t = format!(
            "{before}ووجه المطرب حسين سالم رسالة للشعب المصري قال فيها: \"أنتم تستحقون الأفضل\"."
        );
        let q = quotes(&t, &["سالم داود", "حسين سالم"]);
        assert_eq!(q[1].2.as_deref(), Some("حسين سالم"), "{q:?}");
        let t = format!(
            "{before}وكتب الجنرال فرانسوا مينو رسالة إلى بونابرت يقول فيها: \"وجدت رجلا ذا دراية واسعة\"."
        );
        let q = quotes(&t, &["سالم داود", "فرانسوا مينو", "بونابرت"]);
        assert_eq!(q[1].2.as_deref(), Some("فرانسوا مينو"), "{q:?}");
        // `قال فيه` with no text before it is said of someone: its subject says it
        let t = format!(
            "{before}ومن أمثالهم المؤرخ عادل حسن الذي قال فيه: \"صاحبنا العلامة المنفرد بالعلوم\"."
        );
        let q = quotes(&t, &["سالم داود", "عادل حسن"]);
        assert_eq!(q[1].2.as_deref(), Some("عادل حسن"), "{q:?}");
    }

    #[test]
    fn a_shout_is_the_shouters() {
        for verb in ["فصرخ", "وصاح"] {
            let t = format!(
                "عنوان\nقال الوزير سالم داود: \"سنواصل العمل حتى النهاية\".\nوحين غادر القاعة {verb} أحد المحتجين: \"أين وعودكم يا معالي الوزير؟\"."
            );
            let q = quotes(&t, &["سالم داود"]);
            assert_eq!(q[1].2.as_deref(), Some("أحد المحتجين"), "{verb}: {q:?}");
        }
    }

    #[test]
    fn a_word_holds_letters_with_harakat_or_a_tatweel_between_them() {
        for (w, part, held) in [
            ("ورد", "رد", true),
            ("وَرَدَّ", "رد", true),
            ("مرـددين", "رد", true),
            ("هُتافات", "هتاف", true),
            ("هَتَاَفَاَت", "هتاف", true),
            ("تَرْدِيد", "ترديد", true),
            ("مرددين", "هت", false),
            ("وَرَ", "رد", false),
            ("ر", "رد", false),
            ("رَ", "رد", false),
            ("", "رد", false),
            ("ورد", "", true),
            ("قَدْر", "رد", false),
        ] {
            assert_eq!(holds(w, part), held, "{w} {part}");
        }
    }

    #[test]
    fn a_reply_with_its_words_is_a_verb_of_saying() {
        let t = "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\nورد المتحدث نزار بن عمر بأن موسكو \"لم تتلق أي مقترح رسمي\".";
        let q = quotes(t, &["سالم داود", "نزار بن عمر"]);
        assert_eq!(q[1].2.as_deref(), Some("نزار بن عمر"), "{q:?}");
        // `وردت في` is appeared in, and `رد عليهم` has no subject in the pronoun
        let t = "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\nوردت في التقرير إشارة إلى أن \"العمليات ستتواصل في الشمال أياما\"، بأنها مؤقتة.";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[1].2.as_deref(), Some("سالم داود"), "{q:?}");
        let t = "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\nوأن نزار رد عليهم بأن \"مصر لم تطلب رفع القيمة\".";
        let q = quotes(t, &["سالم داود", "نزار"]);
        assert_ne!(q[1].2.as_deref(), Some("عليهم"), "{q:?}");
        // the verb written with its harakat, and the chanting participle with a tatweel
        for verb in ["ورد", "وَرَدَّ"] {
            let t = format!(
                "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\n{verb} المتحدث باسم الشركة بأن موسكو \"لم تتلق أي مقترح رسمي\"."
            );
            let q = quotes(&t, &["سالم داود"]);
            assert_eq!(
                q[1].2.as_deref(),
                Some("المتحدث باسم الشركة"),
                "{verb}: {q:?}"
            );
        }
        let t = "عنوان\nوتجمع آلاف الطلاب أمام الجامعة مرـددين \"التعليم حق للجميع\"، ثم تفرقوا.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("آلاف الطلاب"), "{q:?}");
    }

    #[test]
    fn a_pronoun_after_the_verb_does_not_hide_the_subject() {
        let t = "عنوان\nقال عنه الناقد سالم داود: \"إنه صراع بين متكافئين\".";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[0].2.as_deref(), Some("سالم داود"), "{q:?}");
        let t = "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\nثم قال له: \"لا تتأخر عن الموعد غدا\".";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[1].2.as_deref(), Some("سالم داود"), "{q:?}");
        assert_eq!(q[1].3, None);
    }

    #[test]
    fn a_source_after_a_short_quotation_makes_it_speech() {
        let t = "عنوان\nوستنتهي المفاوضات \"خلال أسابيع\"، وفقا لمصدر مقرب من اللاعب.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("مصدر مقرب"));
        assert_eq!(q[0].3.as_deref(), Some("مصدر مقرب"));
        // a law, or a story, is no one speaking; a name stays a name
        for (t, persons) in [
            (
                "عنوان\nوهو حق \"تقرير المصير\"، وفقا للقانون الدولي.",
                &[][..],
            ),
            (
                "عنوان\nأنتجه \"تيمور صافجي\" حسب رواية سالم داود.",
                &["سالم داود", "تيمور صافجي"][..],
            ),
        ] {
            let q = quotes(t, persons);
            assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
        }
        // `وفق` written with its own و
        let t = "عنوان\nوفق المرصد الوطني، فإن \"الأرقام تضاعفت خلال أسبوعين فقط\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("المرصد الوطني"), "{q:?}");
    }

    #[test]
    fn a_title_or_a_name_after_its_noun_is_named_not_said() {
        for t in [
            "عنوان\nوسجل ويليام ستوكلي في كتابه \"حياة السير إسحاق نيوتن وأعماله الكاملة\" محادثة معه.",
            "عنوان\nوأطلقت الوزارة حملة \"مصر خالية من فيروس سي بحلول عام 2030\" الشهر الماضي.",
            "عنوان\nونشرت الصحيفة مقالة بعنوان \"ما عرفته جاين أوستن عن الحب والمال\".",
            "عنوان\nوغنت أغنيتها \"الصمت يجب أن يسمع في كل مكان\" في الحفل.",
        ] {
            let q = quotes(t, &[]);
            assert_eq!(q[0].1, QuoteStyle::Scare, "{t}");
        }
        // the campaign itself speaking is speech
        let t = "عنوان\nوقالت الحملة \"سنواصل جمع التبرعات حتى نهاية الشهر\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
    }

    #[test]
    fn a_long_quotation_is_speech_unless_something_names_it() {
        // named: a work a few words before, two works, the next item of a list of names, an
        // attribute's value in markup left in the text
        for t in [
            "عنوان\nوقصيدته الشهيرة البردة \"الكواكب الدرية في مدح خير البرية\"، وطبع ديوانه بالقاهرة.",
            "عنوان\nوأفرد له كتابين هما \"الأقليات وحقوق الإنسان في مصر\" والذي طبع بعد وفاته.",
            "عنوان\nوصدرت أغنية الألبوم المنفردة الخامسة، \"وير هاف يو بين طوال هذا الوقت\"، في الربيع.",
            "عنوان\nومن أغانيها \"البدر\" و\"أنا ليه أجاسر وأعاتبك\" و\"أكتب لي من غير تأخير\".",
            "عنوان\nوحكم عليه بالسجن.<ref name=\"تاريخ الطبري الجزء الخامس ص 260\">تاريخ الطبري</ref>",
        ] {
            let q = quotes(t, &[]);
            assert_eq!(q.last().map(|q| q.1), Some(QuoteStyle::Scare), "{t}: {q:?}");
        }
        // said: news quotes long fragments after verbs no list holds
        for t in [
            "عنوان\nوعبر المحافظ عن ثقته بأن الاقتصاد \"قادر على امتصاص الصدمات الخارجية رغم التحديات\".",
            "عنوان\nوحمل الخبير الحكومة مسؤولية \"تباطؤ النمو وارتفاع معدلات البطالة بين الشباب\".",
            "عنوان\nوطمأنت الوزارة الأهالي بأن اللقاح \"آمن وفعال وقد خضع لكل الاختبارات\".",
        ] {
            let q = quotes(t, &[]);
            assert_eq!(q[0].1, QuoteStyle::Speech, "{t}: {q:?}");
        }
        // after a verb that is not one of saying, the person the sentence names speaks, not the
        // last speaker
        let t = "عنوان\nوقال الوزير إن \"الخطة تمضي كما رسمت لها\".\nوعبر المحافظ عادل الشركس عن ثقته بأن الاقتصاد \"قادر على امتصاص الصدمات الخارجية رغم التحديات\".";
        let q = quotes(t, &["عادل الشركس"]);
        assert_eq!(q[1].2.as_deref(), Some("عادل الشركس"), "{q:?}");
        // a chant is the crowd's, not the last speaker's; with a verb of saying, the speaker's
        for chants in ["هتافات", "هُتافات", "هَتَاَفَاَت"] {
            let t = format!(
                "عنوان\nوقال الرئيس إن \"الحكومة ستستمع إلى مطالب الشارع\".\nوخرج آلاف المتظاهرين إلى الشوارع وسط {chants} «الشعب يريد إسقاط النظام» قبل أن تفرقهم الشرطة."
            );
            let q = quotes(&t, &[]);
            assert_eq!(q[1].1, QuoteStyle::Speech, "{q:?}");
            assert_ne!(q[1].2.as_deref(), Some("الرئيس"), "{chants}: {q:?}");
        }
        let t = "عنوان\nوقال الرئيس وسط هتافات أنصاره «لن نتراجع عن هذا الطريق أبدا».";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("الرئيس"), "{q:?}");
    }

    #[test]
    fn words_in_another_script_or_an_address_are_named_unless_someone_says_them() {
        for t in [
            "عنوان\nتقسم البلاد إلى خمس ولايات (بالتركمانية: \"Welayat\")، ثم إلى أقضية.",
            "عنوان\nوغنت أغنية \"Happy Birthday, Mr. President\" في الحفل.",
            "عنوان\nالصورة في \"http://example.com/photo/large-image.jpg\" كما نشرت.",
        ] {
            let q = quotes(t, &[]);
            assert_eq!(q[0].1, QuoteStyle::Scare, "{t}");
        }
        let t = "عنوان\nوقال سالم داود: \"We will win this war together\".";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("سالم داود"));
    }

    #[test]
    fn a_headline_speaker_in_marks_speaks_the_marked_words_after_the_colon() {
        let t = "«الصحة»: «لا إصابات جديدة بالحصبة منذ أسبوع»\nنص الخبر.";
        let q = quotes(t, &[]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert_eq!(q[0].1, QuoteStyle::Scare);
        assert_eq!(q[1].1, QuoteStyle::Speech);
        assert_eq!(q[1].2.as_deref(), Some("الصحة"));
        assert_eq!(q[1].3.as_deref(), Some("الصحة"));
    }

    #[test]
    fn the_outlet_after_a_bare_preposition_is_a_name() {
        let t = "عنوان\nأكدت مصادر مطلعة لـ\"الشرق الأوسط\" أن \"الحكومة تدرس رفع الدعم تدريجيا\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
        assert_eq!(q[1].1, QuoteStyle::Speech);
        assert_eq!(q[1].2.as_deref(), Some("مصادر مطلعة"));
    }

    #[test]
    fn a_verb_with_its_object_pronoun_has_a_subject() {
        let t = "عنوان\nقال سالم داود \"نحن هنا منذ سنوات طويلة\".\nاختتمت القمة باتفاق وصفه الأمين العام نزار بن عمر بأنه \"خطوة صغيرة في الاتجاه الصحيح\".";
        let q = quotes(t, &["سالم داود", "نزار بن عمر"]);
        assert_eq!(q[1].2.as_deref(), Some("نزار بن عمر"), "{q:?}");
        // but `كتبه` (his books) does not make a title speech
        let t = "عنوان\nمن أهم كتبه \"المجموع المبارك\" وغيره.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
    }

    #[test]
    fn the_words_pointed_back_at_are_their_speakers() {
        let t =
            "عنوان\n\"ما عاد فينا نعيش\"، بهذه الكلمات لخصت سهام، وهي أم لثلاثة أطفال، وضع عائلتها.";
        let q = quotes(t, &["سهام"]);
        assert_eq!(q[0].2.as_deref(), Some("سهام"), "{q:?}");
    }

    #[test]
    fn a_statement_named_as_the_source_is_its_issuers() {
        let t = "عنوان\nوبحسب بيان للوزارة، فإن \"الوضع الوبائي تحت السيطرة الكاملة\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("الوزارة"), "{q:?}");
        // the mention, which cannot hold the article `ل` took in
        assert_eq!(q[0].3.as_deref(), Some("وزارة"));
    }

    #[test]
    fn a_statement_issued_by_someone_is_theirs() {
        let t =
            "عنوان\nوأكد بيان صادر عن إدارة الكوارث التركية أن \"عدد الضحايا ارتفع إلى 12 شخصا\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("إدارة الكوارث التركية"), "{q:?}");
    }

    #[test]
    fn a_quoted_name_is_named_not_said() {
        let t = "عنوان\nوقد انضما إلى خدمة الملك \"معز الدين حسين كرت\" بعد الحرب.";
        let q = quotes(t, &["معز الدين حسين كرت"]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
        // but a chant stays a chant, whatever the model made of it
        let t = "عنوان\nوردد المشجعون «ديما ديما» طوال المباراة.";
        let q = quotes(t, &["ديما ديما"]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
    }

    #[test]
    fn a_subject_in_marks_is_the_speaker() {
        // as Egyptian papers write their subjects; no entity needed
        let t =
            "عنوان\nوقال «الطيب»، في حلقة من برنامج تلفزيوني، إن «الأزهر سيبقى مستقلا عن السياسة».";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
        assert_eq!(q[1].1, QuoteStyle::Speech);
        assert_eq!(q[1].2.as_deref(), Some("الطيب"));
        assert_eq!(q[1].3.as_deref(), Some("الطيب"));
        // a short answer after the verb is what was said
        let t = "عنوان\nوقال سالم داود \"سنعود\".\nوقال «نعم»، ثم غادر القاعة.";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[1].1, QuoteStyle::Speech, "{q:?}");
    }

    #[test]
    fn a_title_after_its_noun_and_a_colon_is_named() {
        for t in [
            "عنوان\nيعرف بشعره كما يعرف بكتابه: \"اعترافات طفل من القرن التاسع عشر\".",
            "عنوان\nمن أشهر أعماله: \"قسم القتال في ساحة المدينة القديمة\".",
        ] {
            let q = quotes(t, &[]);
            assert_eq!(q[0].1, QuoteStyle::Scare, "{t}");
        }
        // what someone said in a book, or a paper said, is their words
        for t in [
            "عنوان\nوذكر سالم داود في بداية كتابه: \"المدن تتغير أسرع من أهلها\".",
            "عنوان\nصحيفة التلغراف قالت: \"إن اختيار البابا له دلالة كبيرة\".",
        ] {
            let q = quotes(t, &["سالم داود"][..if t.contains("سالم") { 1 } else { 0 }]);
            assert_eq!(q[0].1, QuoteStyle::Speech, "{t}");
        }
        let t = "عنوان\nوقال سالم داود في كتابه: \"المدن تتغير أسرع من أهلها\".";
        let q = quotes(t, &["سالم داود"]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("سالم داود"));
    }

    #[test]
    fn a_chant_of_the_fans_is_theirs() {
        let t = "عنوان\nوسجل يزن العرب الهدف الأول.\nوردد مشجعو الوحدات في المدرجات “يا وحدات يا حبيب، البطولة إلنا قريب”.";
        let s = t.find("الوحدات").expect("in text");
        let q = quotes_with(
            t,
            vec![
                person(t, "يزن العرب"),
                Span::new(Kind::Organization, s..s + "الوحدات".len()),
            ],
        );
        assert_eq!(q[0].2.as_deref(), Some("مشجعو الوحدات"));
    }

    #[test]
    fn the_one_a_relaying_outlet_quotes_speaks() {
        let t = "عنوان\nوذكرت قناة «فوكس نيوز» نقلا عن مصادر في البنتاغون أن «الخطة الجديدة لا تشمل أي وجود ميداني».";
        let at = t.find("فوكس نيوز").expect("in text");
        let q = quotes_with(
            t,
            vec![Span::new(Kind::Organization, at..at + "فوكس نيوز".len())],
        );
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
        assert_eq!(q[1].1, QuoteStyle::Speech);
        assert_eq!(q[1].2.as_deref(), Some("مصادر"), "{q:?}");
    }

    #[test]
    fn a_document_named_after_came_in_speaks_for_its_issuer() {
        let t = "عنوان\nوجاء في بيان الهلال الأحمر الليبي: \"فرقنا تعمل على مدار الساعة رغم انقطاع الطرق\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("الهلال الأحمر الليبي"), "{q:?}");
        let t = "عنوان\nوقد جاء في بيان صادر عن الحزب أن الحزب \"ملتزم بقرارات قيادته الحكيمة\".";
        let q = quotes(t, &[]);
        assert_ne!(q[0].2.as_deref(), Some("صادر"), "{q:?}");
        let t = "عنوان\nوجاء في تقرير للمرصد أن \"الاشتباكات لم تتوقف طوال الليل\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].2.as_deref(), Some("المرصد"), "{q:?}");
    }

    #[test]
    fn an_implied_subject_with_no_speaker_yet_is_the_person_the_article_is_about() {
        let t = "عنوان\nعادت الفنانة ماجدة الرومي إلى المسرح بعد غياب طويل.\nوقالت للجمهور: \"اشتقت إليكم كثيرا، وهذه الليلة لكم\".";
        let q = quotes(t, &["ماجدة الرومي"]);
        assert_eq!(q[0].2.as_deref(), Some("ماجدة الرومي"), "{q:?}");
        assert_eq!(q[0].3, None, "implied: no mention of the speaker here");
        // the verb's own subject, even unnamed, is the speaker
        let t = "عنوان\nعادت الفنانة ماجدة الرومي إلى المسرح بعد غياب طويل.\nوقال أحد الحضور: \"كانت ليلة لا تنسى أبدا\".";
        let q = quotes(t, &["ماجدة الرومي"]);
        assert_ne!(q[0].2.as_deref(), Some("ماجدة الرومي"), "{q:?}");
        // no verb of saying right before the words: nobody is implied
        let t = "عنوان\nعادت الفنانة ماجدة الرومي إلى المسرح بعد غياب طويل.\nوكان العرض الذي حضره الآلاف في المدينة القديمة مثل \"ليلة من ليالي الزمن الجميل\".";
        let q = quotes(t, &["ماجدة الرومي"]);
        assert!(q.iter().all(|q| q.2.is_none()), "{q:?}");
    }

    #[test]
    fn the_outlet_spoken_to_does_not_cut_the_verb_off_its_words() {
        let t = "عنوان\nوأكدت مصادر طبية لـ\"العربية.نت\" أن \"المستشفيات امتلأت بالجرحى\".";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
        assert_eq!(q[1].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("مصادر طبية"), "{q:?}");
        // any other quotation between does
        let t = "عنوان\nونشر الكاتب رواية \"الأم\" ثم نقل عنها الناقد أن الرواية \"الحرب\".";
        let q = quotes(t, &[]);
        assert!(q.iter().all(|q| q.1 == QuoteStyle::Scare), "{q:?}");
    }

    #[test]
    fn a_headline_speaker_and_the_outlet_he_spoke_to() {
        let t = "بايدن لـ«سي إن إن»: لن نرسل قوات إلى أوكرانيا\n\nقال الرئيس الأمريكي جو بايدن إن بلاده لن تتدخل.";
        let q = quotes(t, &["بايدن", "جو بايدن"]);
        assert_eq!(q[0].0, "«سي إن إن»", "{q:?}");
        assert_eq!(q[0].1, QuoteStyle::Scare);
        assert_eq!(q[1].0, "لن نرسل قوات إلى أوكرانيا", "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("بايدن"));
        let t = "الوزير للصحفيين: الانتخابات في موعدها\n\nنص الخبر.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].0, "الانتخابات في موعدها", "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("الوزير"), "{q:?}");
    }

    #[test]
    fn the_one_whose_expression_it_was_speaks() {
        let t = "عنوان\nوقال المدرب إن الفريق لعب جيدا.\n«لم نكن في يومنا»، على حد تعبير الحارس محمد الشناوي.";
        let q = quotes(t, &["محمد الشناوي"]);
        assert_eq!(q[0].2.as_deref(), Some("محمد الشناوي"), "{q:?}");
    }

    #[test]
    fn a_subject_after_the_outlet_in_marks_speaks() {
        let t = "عنوان\nوقال لـ\"الجزيرة نت\" الخبير البيئي وليد خدوري إن \"الاتفاق النهائي أضعف من المتوقع\".";
        let q = quotes(t, &["وليد خدوري"]);
        assert_eq!(q[1].2.as_deref(), Some("وليد خدوري"), "{q:?}");
        // an outlet's name not in marks may run on: the subject stays implied
        let t = "عنوان\nقالت هند \"سنعود قريبا\".\nوقال لموقع مصراوي \"كان على البنك أن يتحرك قبل ستة أشهر\".";
        let q = quotes(t, &["هند", "مصراوي"]);
        assert_eq!(q[1].2.as_deref(), Some("هند"), "{q:?}");
    }

    #[test]
    fn disclosed_that_is_a_verb_of_saying_disclosed_a_thing_is_not() {
        let t = "عنوان\nكشف وزير المياه رائد أبو السعود لـ«عكاظ» أن «الحصة اليومية للفرد انخفضت كثيرا».";
        let q = quotes(t, &["رائد أبو السعود"]);
        assert_eq!(q[1].2.as_deref(), Some("رائد أبو السعود"), "{q:?}");
        let t = "عنوان\nأهمية النص تكمن في أنه كشف عن \"الاسم الأعظم\" في التراث.";
        let q = quotes(t, &[]);
        assert_eq!(q[0].1, QuoteStyle::Scare, "{q:?}");
    }

    #[test]
    fn not_ruling_out_is_saying() {
        let t = "عنوان\nقالت هند \"سنعود قريبا\".\nولم يستبعد الخبير الأمني هشام الهاشمي أن \"تشهد العاصمة هجمات أخرى قبل الانتخابات\".";
        let q = quotes(t, &["هند", "هشام الهاشمي"]);
        assert_eq!(q[1].2.as_deref(), Some("هشام الهاشمي"), "{q:?}");
    }

    #[test]
    fn the_words_of_an_accusation_are_the_accusers() {
        let t = "عنوان\nفي المقابل، اتهم وزير الأمن القومي إيتمار بن غفير المتظاهرين بـ\"خدمة أجندة حماس\".";
        let q = quotes(t, &["إيتمار بن غفير"]);
        assert_eq!(q[0].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[0].2.as_deref(), Some("إيتمار بن غفير"), "{q:?}");
        // the accuser implied: the one accused is not the speaker
        let t = "عنوان\nقالت هند \"سنعود قريبا\".\nواتهمت الحكومة بـ\"عرقلة عمل الجمعيات الأهلية\".";
        let at = t.find("الحكومة").expect("in text");
        let mut ents = vec![
            person(t, "هند"),
            Span::new(Kind::Organization, at..at + "الحكومة".len()),
        ];
        ents.sort_by_key(|e| e.range.start);
        let q = quotes_with(t, ents);
        assert_eq!(q[1].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("هند"), "{q:?}");
    }

    #[test]
    fn a_term_that_begins_its_clause_is_named_not_said() {
        // the subject of the clause after `أن`, its predicate going on after the marks
        let t = "عنوان\nويرى خبراء أن \"الحلول المؤقتة\" لن تكفي في الصيف.\n\
                 وقال سالم أن \"الطرق الجديدة\" لم تفتح بعد.\n";
        let q = quotes(t, &["سالم"]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|q| q.1 == QuoteStyle::Scare), "{q:?}");
        // the words after `أن` that end the clause are said, and so are words that go on to
        // anything but a negation or an auxiliary
        let t =
            "عنوان\nوقال سالم أن \"الطرق مفتوحة\".\nوقال سالم أن \"الطرق مفتوحة\" في المدينة.\n";
        let q = quotes(t, &["سالم"]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|q| q.1 == QuoteStyle::Speech), "{q:?}");
    }

    #[test]
    fn the_topic_speaks_through_a_derived_past_tense() {
        let t = "عنوان\nوقال هشام إن \"الصفقة انتهت بالأمس\".\n\
                 أما سالم فاكتفى بنشر صورة مع تعليق: «حلم الطفولة تحقق».\n";
        let q = quotes(t, &["هشام", "سالم"]);
        assert_eq!(q[1].0, "«حلم الطفولة تحقق»");
        assert_eq!(q[1].2.as_deref(), Some("سالم"), "{q:?}");
    }

    #[test]
    fn a_predicate_goes_on_to_when_or_where_and_a_body_speaks_before_its_verb() {
        // a predicate after a subject of one or two words may go on to when or where it holds
        let t = "عنوان\nوأكد سالم أن فريقه \"جاهز لكل الاحتمالات\" قبل المباراة.\n\
                 وأشار سالم إلى أن قوافل المساعدات \"تنتظر أسابيع\" عند المعابر.\n";
        let q = quotes(t, &["سالم"]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|q| q.1 == QuoteStyle::Speech), "{q:?}");
        // the outlet named in marks after its noun with `ل` is not said; the words after it are
        let t = "عنوان\nأما سالم فقال لقناة \"الرابعة\": \"الجمهور هو لاعبنا رقم 12\".\n";
        let q = quotes(t, &["سالم"]);
        assert_eq!(q[0], ("\"الرابعة\"".into(), QuoteStyle::Scare, None, None));
        assert_eq!(q[1].2.as_deref(), Some("سالم"), "{q:?}");
        // a body before its verb, after `لكن`, speaks rather than the last speaker
        let t = "عنوان\nوقال سالم إن \"الناس يأكلون مرة واحدة في اليوم\".\n\
                 لكن وزارة الخارجية قالت في بيان إن التقارير \"مبالغ فيها\".\n";
        let q = quotes(t, &["سالم"]);
        assert_eq!(q[1].2.as_deref(), Some("وزارة الخارجية"), "{q:?}");
    }

    #[test]
    fn a_fragment_may_be_the_object_of_the_clauses_own_verb() {
        let t = "عنوان\n«لم أنم منذ ثلاثة أيام»، تقول الممرضة هند، مضيفة أن قسم الطوارئ يستقبل \
                 «عشرات الجرحى يوميا».\n";
        let q = quotes(t, &["هند"]);
        assert_eq!(q[1].0, "«عشرات الجرحى يوميا»");
        assert_eq!(q[1].1, QuoteStyle::Speech, "{q:?}");
        assert_eq!(q[1].2.as_deref(), Some("هند"), "{q:?}");
        // shorter, or opening with the article, it is a term the clause names
        let t = "عنوان\nوقال سالم إن الوزارة تطلق «حياة كريمة».\n\
                 وقال سالم إن الوزارة تدعم «الاقتصاد الأخضر الجديد».\n";
        let q = quotes(t, &["سالم"]);
        assert_eq!(q.len(), 2, "{q:?}");
        assert!(q.iter().all(|q| q.1 == QuoteStyle::Scare), "{q:?}");
    }

    #[test]
    fn a_kept_scratch_reads_each_article_as_a_new_one_would() {
        // two articles of one file, read one after the other with the same memory: each reads
        // as with a memory of its own, and the memory is left empty
        let t = "عنوان أول\nوقال سالم “سنعود إلى المدينة قريبا جدا” ثم كشف أن “الطريق مفتوح”.\n\n\
                 عنوان ثان\nوأكدت هند أن “الماء وصل إلى القرى كلها” وردت بالقول “هذا يكفي”.\n";
        let second = t.find("عنوان ثان").unwrap();
        let ents = [person(t, "سالم"), person(t, "هند")];
        let toks = tokenize(t);
        let g = Gazetteer::get();
        let read = |range: Range<usize>, ents: &[Span], scratch: &mut Scratch| {
            find_with(
                t,
                range,
                &toks,
                ents,
                |i| word_bits(g, t, &toks[i]),
                &mut Carry::default(),
                scratch,
            )
        };
        let mut kept = Scratch::default();
        for (range, ents) in [(0..second, &ents[..1]), (second..t.len(), &ents[1..])] {
            let fresh = read(range.clone(), ents, &mut Scratch::default());
            assert!(!fresh.is_empty());
            assert_eq!(read(range, ents, &mut kept), fresh);
            assert!(kept.verbs.iter().all(|v| v.get() == 0));
            assert!(kept.keys.iter().all(|k| k.get().is_none()));
        }
        assert_eq!(kept.verbs.len(), toks.len());
    }

    #[test]
    fn the_implicit_speaker_stays_in_the_article() {
        // a new article (new carry) has no last speaker to give
        let mut carry = Carry::default();
        let t = "عنوان\nوقال سالم “سنعود إلى المدينة قريبا جدا”.\n";
        let ents = vec![person(t, "سالم")];
        let toks = tokenize(t);
        let g = Gazetteer::get();
        let q = find_with(
            t,
            0..t.len(),
            &toks,
            &ents,
            |i| word_bits(g, t, &toks[i]),
            &mut carry,
            &mut Scratch::default(),
        );
        assert_eq!(q[0].speaker.as_deref(), Some("سالم"));
        // the same article goes on: the speaker carries over
        let t2 = "وأضاف “نحن هنا منذ زمن طويل جدا”.\n";
        let toks2 = tokenize(t2);
        let q = find_with(
            t2,
            0..t2.len(),
            &toks2,
            &[],
            |i| word_bits(g, t2, &toks2[i]),
            &mut carry,
            &mut Scratch::default(),
        );
        assert_eq!(q[0].speaker.as_deref(), Some("سالم"));
        let q = find_with(
            t2,
            0..t2.len(),
            &toks2,
            &[],
            |i| word_bits(g, t2, &toks2[i]),
            &mut Carry::default(),
            &mut Scratch::default(),
        );
        assert_eq!(q[0].speaker, None);
    }

    /// Words that steer the finder into each of its rules, marks of every family, punctuation
    /// and line ends, in any order.
    const PIECES: &[&str] = &[
        "قال",
        "وقال",
        "فقال",
        "أضاف",
        "مضيفا",
        "داعيا",
        "نقلت",
        "عن",
        "قوله",
        "أما",
        "عدم",
        "ذكر",
        "إن",
        "أن",
        "إننا",
        "لقد",
        "لوكالة",
        "للصحفيين",
        "في",
        "الوزير",
        "مصدر",
        "المشجعون",
        "سالم",
        "هند",
        "الحكومة",
        "يا",
        // the outlet spoken to, a document, a relay, an expression, a disclosure
        "لـ",
        "الخبير",
        "جاء",
        "بيان",
        "صادر",
        "نقلا",
        "على",
        "حد",
        "تعبير",
        "كشف",
        "وقالت",
        "اتهم",
        "بـ",
        ":",
        "،",
        ".",
        "؟",
        "\"",
        "“",
        "”",
        "«",
        "»",
        "„",
        "و\"",
        "ب«",
        "\n",
        "\n\n",
        " ",
        "x",
        "١٢",
    ];

    proptest::proptest! {
        #[test]
        fn any_text_gives_sane_quotations(
            picks in proptest::collection::vec(0..PIECES.len(), 0..80),
            spaced in proptest::collection::vec(proptest::bool::ANY, 80),
        ) {
            let mut text = String::new();
            for (k, &p) in picks.iter().enumerate() {
                text.push_str(PIECES[p]);
                if spaced[k] {
                    text.push(' ');
                }
            }
            // the names in it are persons, as the entity pass would say
            let mut ents: Vec<Span> = Vec::new();
            for name in ["سالم", "هند", "الحكومة"] {
                for (at, _) in text.match_indices(name) {
                    if !ents.iter().any(|e| e.range.contains(&at)) {
                        let kind = if name == "الحكومة" { Kind::Organization } else { Kind::Person };
                        ents.push(Span::new(kind, at..at + name.len()));
                    }
                }
            }
            ents.sort_by_key(|e| e.range.start);
            let found = find(&text, &tokenize(&text), &ents);
            let mut last_end = 0;
            for q in &found {
                proptest::prop_assert!(q.range.start < q.range.end && q.range.end <= text.len());
                proptest::prop_assert!(text.is_char_boundary(q.range.start));
                proptest::prop_assert!(text.is_char_boundary(q.range.end));
                proptest::prop_assert!(q.range.start >= last_end, "overlap: {:?}", found);
                last_end = q.range.end;
                let inner = &text[q.range.clone()];
                proptest::prop_assert!(inner.chars().any(char::is_alphabetic), "{inner:?}");
                proptest::prop_assert!(!inner.contains('\n'), "{inner:?}");
                if let Some(r) = &q.speaker_range {
                    proptest::prop_assert!(r.end <= text.len() && r.start < r.end);
                    // the name is the mention, or the mention with the article the preposition
                    // fused with (`للصحفيين` names `الصحفيين`, its mention `صحفيين`)
                    // (or a title or a body's noun with the article, pointing back at whom the
                    // text named before it: `وأضاف المدرب أن`, `وقالت الوزارة`)
                    let mention = &text[r.clone()];
                    let name = q.speaker.as_deref().unwrap_or("");
                    let anaphor = mention.trim_start_matches('و').starts_with("ال")
                        && text[..r.start].contains(name);
                    proptest::prop_assert!(
                        name == mention
                            || name.strip_prefix("ال") == Some(mention)
                                && text[..r.start].ends_with("لل")
                            || anaphor,
                        "{name:?} named by {mention:?}"
                    );
                }
            }
        }
    }
}
