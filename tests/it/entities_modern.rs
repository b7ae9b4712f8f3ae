//! Entity scores on invented 2020s news (tests/fixtures/ner/modern_news.txt and modern_news2.txt
//! to modern_news6.txt, written for hamish): names the training corpus (mid-2000s news) has never
//! seen. Prints per-class figures and holds the full pipeline to a floor, so a change that loses
//! modern news shows up even when the ANERcorp scores hold.

use hamish::analysis::entities::{Options, builtin_model, tag_document};
use hamish::analysis::model::spans;

use crate::spellings::{
    bare_alef, fatha_on_every_letter, final_yaa_as_alef_maqsura, tanween_on_final_alef,
};

/// An entity: first word, end word (exclusive), class (0..3 = PERS LOC ORG MISC).
type Entity = (usize, usize, usize);

/// Words and gold entities of one marked-up paragraph.
fn parse(line: &str) -> (Vec<String>, Vec<Entity>) {
    let mut words = Vec::new();
    let mut gold = Vec::new();
    let mut open: Option<(usize, usize)> = None;
    for tok in line.split_whitespace() {
        if let Some(kind) = tok.strip_prefix('[') {
            let class = match kind {
                "PER" => 0,
                "LOC" => 1,
                "ORG" => 2,
                _ => 3,
            };
            open = Some((words.len(), class));
            continue;
        }
        let (w, closes) = match tok.strip_suffix(']') {
            Some(w) => (w, true),
            None => (tok, false),
        };
        words.push(w.to_owned());
        if closes && let Some((start, class)) = open.take() {
            gold.push((start, words.len(), class));
        }
    }
    (words, gold)
}

/// Scores the full pipeline on one marked-up file, prints the figures and every miss, and returns
/// (gold entities, micro F1).
fn score(text: &str) -> (usize, f64) {
    score_with(text, Options::default())
}

/// [`score`] with other analysis options.
fn score_with(text: &str, opts: Options) -> (usize, f64) {
    let paras: Vec<(Vec<String>, Vec<Entity>)> = text
        .lines()
        .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
        .map(parse)
        .collect();
    let sents: Vec<Vec<&str>> = paras
        .iter()
        .map(|(w, _)| w.iter().map(String::as_str).collect())
        .collect();
    let pred = tag_document(builtin_model(), &sents, opts);
    // per class: true positives, predicted, gold
    let mut counts = [[0usize; 3]; 3];
    let mut misses = Vec::new();
    for ((words, gold), p) in paras.iter().zip(&pred) {
        let got: Vec<_> = spans(p).into_iter().filter(|s| s.2 < 3).collect();
        // MISC is marked for completeness, not scored
        for g in gold.iter().filter(|g| g.2 < 3) {
            counts[g.2][2] += 1;
            if !got.contains(g) {
                misses.push(format!("missed {}", words[g.0..g.1].join(" ")));
            }
        }
        for x in &got {
            counts[x.2][1] += 1;
            if gold.contains(x) {
                counts[x.2][0] += 1;
            } else {
                misses.push(format!("wrong  {}", words[x.0..x.1].join(" ")));
            }
        }
    }
    let f1 = |c: [usize; 3]| {
        let p = c[0] as f64 / c[1].max(1) as f64;
        let r = c[0] as f64 / c[2].max(1) as f64;
        (100.0 * p, 100.0 * r, 200.0 * p * r / (p + r).max(1e-9))
    };
    for (name, c) in ["PERS", "LOC", "ORG"].iter().zip(counts) {
        let (p, r, f) = f1(c);
        println!("{name:5} P {p:5.1} R {r:5.1} F1 {f:5.1} ({} gold)", c[2]);
    }
    let total = [0, 1, 2].map(|i| counts.iter().map(|c| c[i]).sum::<usize>());
    let (p, r, f) = f1(total);
    println!("micro P {p:5.1} R {r:5.1} F1 {f:5.1}");
    for m in &misses {
        println!("  {m}");
    }
    (total[2], f)
}

/// Every set, by name.
const SETS: [(&str, &str); 96] = [
    ("first set", include_str!("../fixtures/ner/modern_news.txt")),
    (
        "second set",
        include_str!("../fixtures/ner/modern_news2.txt"),
    ),
    (
        "third set",
        include_str!("../fixtures/ner/modern_news3.txt"),
    ),
    (
        "fourth set",
        include_str!("../fixtures/ner/modern_news4.txt"),
    ),
    (
        "fifth set",
        include_str!("../fixtures/ner/modern_news5.txt"),
    ),
    (
        "sixth set",
        include_str!("../fixtures/ner/modern_news6.txt"),
    ),
    (
        "seventh set",
        include_str!("../fixtures/ner/modern_news7.txt"),
    ),
    (
        "eighth set",
        include_str!("../fixtures/ner/modern_news8.txt"),
    ),
    (
        "ninth set",
        include_str!("../fixtures/ner/modern_news9.txt"),
    ),
    (
        "tenth set",
        include_str!("../fixtures/ner/modern_news10.txt"),
    ),
    (
        "eleventh set",
        include_str!("../fixtures/ner/modern_news11.txt"),
    ),
    (
        "twelfth set",
        include_str!("../fixtures/ner/modern_news12.txt"),
    ),
    (
        "thirteenth set",
        include_str!("../fixtures/ner/modern_news13.txt"),
    ),
    (
        "fourteenth set",
        include_str!("../fixtures/ner/modern_news14.txt"),
    ),
    (
        "fifteenth set",
        include_str!("../fixtures/ner/modern_news15.txt"),
    ),
    (
        "sixteenth set",
        include_str!("../fixtures/ner/modern_news16.txt"),
    ),
    (
        "seventeenth set",
        include_str!("../fixtures/ner/modern_news17.txt"),
    ),
    (
        "eighteenth set",
        include_str!("../fixtures/ner/modern_news18.txt"),
    ),
    (
        "nineteenth set",
        include_str!("../fixtures/ner/modern_news19.txt"),
    ),
    (
        "twentieth set",
        include_str!("../fixtures/ner/modern_news20.txt"),
    ),
    (
        "twenty-first set",
        include_str!("../fixtures/ner/modern_news21.txt"),
    ),
    (
        "twenty-second set",
        include_str!("../fixtures/ner/modern_news22.txt"),
    ),
    (
        "twenty-third set",
        include_str!("../fixtures/ner/modern_news23.txt"),
    ),
    (
        "twenty-fourth set",
        include_str!("../fixtures/ner/modern_news24.txt"),
    ),
    (
        "twenty-fifth set",
        include_str!("../fixtures/ner/modern_news25.txt"),
    ),
    (
        "twenty-sixth set",
        include_str!("../fixtures/ner/modern_news26.txt"),
    ),
    (
        "twenty-seventh set",
        include_str!("../fixtures/ner/modern_news27.txt"),
    ),
    (
        "twenty-eighth set",
        include_str!("../fixtures/ner/modern_news28.txt"),
    ),
    (
        "twenty-ninth set",
        include_str!("../fixtures/ner/modern_news29.txt"),
    ),
    (
        "thirtieth set",
        include_str!("../fixtures/ner/modern_news30.txt"),
    ),
    (
        "thirty-first set",
        include_str!("../fixtures/ner/modern_news31.txt"),
    ),
    (
        "thirty-second set",
        include_str!("../fixtures/ner/modern_news32.txt"),
    ),
    (
        "thirty-third set",
        include_str!("../fixtures/ner/modern_news33.txt"),
    ),
    (
        "thirty-fourth set",
        include_str!("../fixtures/ner/modern_news34.txt"),
    ),
    (
        "thirty-fifth set",
        include_str!("../fixtures/ner/modern_news35.txt"),
    ),
    (
        "thirty-sixth set",
        include_str!("../fixtures/ner/modern_news36.txt"),
    ),
    (
        "thirty-seventh set",
        include_str!("../fixtures/ner/modern_news37.txt"),
    ),
    (
        "thirty-eighth set",
        include_str!("../fixtures/ner/modern_news38.txt"),
    ),
    (
        "thirty-ninth set",
        include_str!("../fixtures/ner/modern_news39.txt"),
    ),
    (
        "fortieth set",
        include_str!("../fixtures/ner/modern_news40.txt"),
    ),
    (
        "forty-first set",
        include_str!("../fixtures/ner/modern_news41.txt"),
    ),
    (
        "forty-second set",
        include_str!("../fixtures/ner/modern_news42.txt"),
    ),
    (
        "forty-third set",
        include_str!("../fixtures/ner/modern_news43.txt"),
    ),
    (
        "forty-fourth set",
        include_str!("../fixtures/ner/modern_news44.txt"),
    ),
    (
        "forty-fifth set",
        include_str!("../fixtures/ner/modern_news45.txt"),
    ),
    (
        "forty-sixth set",
        include_str!("../fixtures/ner/modern_news46.txt"),
    ),
    (
        "forty-seventh set",
        include_str!("../fixtures/ner/modern_news47.txt"),
    ),
    (
        "forty-eighth set",
        include_str!("../fixtures/ner/modern_news48.txt"),
    ),
    (
        "forty-ninth set",
        include_str!("../fixtures/ner/modern_news49.txt"),
    ),
    (
        "fiftieth set",
        include_str!("../fixtures/ner/modern_news50.txt"),
    ),
    (
        "fifty-first set",
        include_str!("../fixtures/ner/modern_news51.txt"),
    ),
    (
        "fifty-second set",
        include_str!("../fixtures/ner/modern_news52.txt"),
    ),
    (
        "fifty-third set",
        include_str!("../fixtures/ner/modern_news53.txt"),
    ),
    (
        "fifty-fourth set",
        include_str!("../fixtures/ner/modern_news54.txt"),
    ),
    (
        "fifty-fifth set",
        include_str!("../fixtures/ner/modern_news55.txt"),
    ),
    (
        "fifty-sixth set",
        include_str!("../fixtures/ner/modern_news56.txt"),
    ),
    (
        "fifty-seventh set",
        include_str!("../fixtures/ner/modern_news57.txt"),
    ),
    (
        "fifty-eighth set",
        include_str!("../fixtures/ner/modern_news58.txt"),
    ),
    (
        "fifty-ninth set",
        include_str!("../fixtures/ner/modern_news59.txt"),
    ),
    (
        "sixtieth set",
        include_str!("../fixtures/ner/modern_news60.txt"),
    ),
    (
        "sixty-first set",
        include_str!("../fixtures/ner/modern_news61.txt"),
    ),
    (
        "sixty-second set",
        include_str!("../fixtures/ner/modern_news62.txt"),
    ),
    (
        "sixty-third set",
        include_str!("../fixtures/ner/modern_news63.txt"),
    ),
    (
        "sixty-fourth set",
        include_str!("../fixtures/ner/modern_news64.txt"),
    ),
    (
        "sixty-fifth set",
        include_str!("../fixtures/ner/modern_news65.txt"),
    ),
    (
        "sixty-sixth set",
        include_str!("../fixtures/ner/modern_news66.txt"),
    ),
    (
        "sixty-seventh set",
        include_str!("../fixtures/ner/modern_news67.txt"),
    ),
    (
        "sixty-eighth set",
        include_str!("../fixtures/ner/modern_news68.txt"),
    ),
    (
        "sixty-ninth set",
        include_str!("../fixtures/ner/modern_news69.txt"),
    ),
    (
        "seventieth set",
        include_str!("../fixtures/ner/modern_news70.txt"),
    ),
    (
        "seventy-first set",
        include_str!("../fixtures/ner/modern_news71.txt"),
    ),
    (
        "seventy-second set",
        include_str!("../fixtures/ner/modern_news72.txt"),
    ),
    (
        "seventy-third set",
        include_str!("../fixtures/ner/modern_news73.txt"),
    ),
    (
        "seventy-fourth set",
        include_str!("../fixtures/ner/modern_news74.txt"),
    ),
    (
        "seventy-fifth set",
        include_str!("../fixtures/ner/modern_news75.txt"),
    ),
    (
        "seventy-sixth set",
        include_str!("../fixtures/ner/modern_news76.txt"),
    ),
    (
        "seventy-seventh set",
        include_str!("../fixtures/ner/modern_news77.txt"),
    ),
    (
        "seventy-eighth set",
        include_str!("../fixtures/ner/modern_news78.txt"),
    ),
    (
        "seventy-ninth set",
        include_str!("../fixtures/ner/modern_news79.txt"),
    ),
    (
        "eightieth set",
        include_str!("../fixtures/ner/modern_news80.txt"),
    ),
    (
        "eighty-first set",
        include_str!("../fixtures/ner/modern_news81.txt"),
    ),
    (
        "eighty-second set",
        include_str!("../fixtures/ner/modern_news82.txt"),
    ),
    (
        "eighty-third set",
        include_str!("../fixtures/ner/modern_news83.txt"),
    ),
    (
        "eighty-fourth set",
        include_str!("../fixtures/ner/modern_news84.txt"),
    ),
    (
        "eighty-fifth set",
        include_str!("../fixtures/ner/modern_news85.txt"),
    ),
    (
        "eighty-sixth set",
        include_str!("../fixtures/ner/modern_news86.txt"),
    ),
    (
        "eighty-seventh set",
        include_str!("../fixtures/ner/modern_news87.txt"),
    ),
    (
        "eighty-eighth set",
        include_str!("../fixtures/ner/modern_news88.txt"),
    ),
    (
        "eighty-ninth set",
        include_str!("../fixtures/ner/modern_news89.txt"),
    ),
    (
        "ninetieth set",
        include_str!("../fixtures/ner/modern_news90.txt"),
    ),
    (
        "ninety-first set",
        include_str!("../fixtures/ner/modern_news91.txt"),
    ),
    (
        "ninety-second set",
        include_str!("../fixtures/ner/modern_news92.txt"),
    ),
    (
        "ninety-third set",
        include_str!("../fixtures/ner/modern_news93.txt"),
    ),
    (
        "ninety-fourth set",
        include_str!("../fixtures/ner/modern_news94.txt"),
    ),
    (
        "ninety-fifth set",
        include_str!("../fixtures/ner/modern_news95.txt"),
    ),
    (
        "ninety-sixth set",
        include_str!("../fixtures/ner/modern_news96.txt"),
    ),
];

/// Scores one set and holds it to its floors: at least `min_gold` entities read from the markup,
/// micro F1 at least 80.
fn hold(text: &str, min_gold: usize, set: &str) {
    hold_at(text, min_gold, set, 80.0);
}

/// [`hold`] with another floor of micro F1.
fn hold_at(text: &str, min_gold: usize, set: &str, floor: f64) {
    let (gold, f) = score(text);
    assert!(gold >= min_gold, "{set}: the fixture lost its markup");
    assert!(
        f >= floor,
        "{set}: modern news micro F1 {f:.1} fell below {floor}"
    );
}

#[test]
fn modern_news_scores() {
    hold(
        include_str!("../fixtures/ner/modern_news.txt"),
        80,
        "first set",
    );
}

/// A second set, written after the model was frozen and scored once before anything was changed
/// for it: first run PERS 93.2, LOC 92.9, ORG 67.6, micro 85.1 (122 entities). Most misses are
/// organisations named by a head noun and its complement (`وزارة الداخلية المغربية`, `مجلس
/// النواب`), which ANERcorp, the training text, leaves unmarked.
#[test]
fn modern_news_second_set_scores() {
    hold(
        include_str!("../fixtures/ner/modern_news2.txt"),
        110,
        "second set",
    );
}

/// A third set, of people no list holds (local officials, witnesses, athletes, artists), written
/// after the model was frozen and scored once before anything was changed for it: PERS 90.0, LOC
/// 81.2, ORG 80.0, micro 86.0 (57 entities; the build before the institutions and the names after
/// titles reads it the same). Missed: a surname without the article after a title (`المهندس وسيم
/// قبلان`), a calling that is no listed title (`المزارع سليمان العدوان`), villages and districts.
#[test]
fn modern_news_third_set_scores() {
    hold(
        include_str!("../fixtures/ner/modern_news3.txt"),
        50,
        "third set",
    );
}

/// A fourth set, of regional news (provincial towns, local officials, companies, clubs, agencies),
/// written in the same session as the gazetteer's provincial towns, so its places are no
/// independent check of them. First run, on the build before those towns: micro 76.6; with the
/// gold's armies, police and country adjectives (`نادي الهلال السعودي`) left outside names as sets
/// one to three leave them, PERS 90.2, LOC 84.0, ORG 65.6, micro 80.2 (115 entities). With the
/// towns: PERS 90.2, LOC 93.6, ORG 66.7, micro 85.5 (85.0 with a model retrained on them); 86.0 with
/// the offices and callings as titles. Still missed:
/// clubs named by a city (`النادي الصفاقسي`, `شباب بلوزداد`), organisations holding a person's
/// name (`مركز الملك سلمان للإغاثة`), given names no list holds (`فاخر الفخفاخ`).
#[test]
fn modern_news_fourth_set_scores() {
    hold(
        include_str!("../fixtures/ner/modern_news4.txt"),
        110,
        "fourth set",
    );
}

/// A fifth set, of economic and institutional news (banks, markets, currencies, companies,
/// universities, hospitals), scored once on the build before anything was changed for it: PERS
/// 84.2, LOC 89.9, ORG 70.6, micro 82.2 (111 entities). Missed: organisations named by a head and
/// a complement (`الهيئة العامة للطيران المدني`, `هيئة الأوراق المالية`), or holding a city or a
/// person (`موانئ دبي العالمية`, `مستشفى حمد العام`, `شركة طلعت مصطفى` read as the man); given
/// names no list holds (`وسيم قويدري`, `ربحي علان`). Wrong: a currency read as a club (`الريال
/// اليمني`), the country read in its adjective (`السوق المالية السعودية`). With the senses of
/// currencies and of places that are adjectives: micro 83.0 (`الحكومة السعودية`, `الريال اليمني`
/// right; `الغرف السعودية`, after a broken plural, still read as the country). With a family `آل X`
/// taken into the name before it, a rule this set's `هند بنت حمد آل ثاني` showed wanting: 84.0.
/// With the twenty-second set's rule (a person right after `شركة` is the company): `شركة طلعت
/// مصطفى` right, 85.8.
#[test]
fn modern_news_fifth_set_scores() {
    hold(
        include_str!("../fixtures/ner/modern_news5.txt"),
        100,
        "fifth set",
    );
}

/// A sixth set, of sport beyond the Gulf, culture, technology with brands in Latin and Arabic
/// script, and Libya, Sudan, Iraq and the Maghreb, committed before the build was run on it. Its
/// first run: PERS 87.3, LOC 90.9, ORG 65.7, micro 81.4 (108 entities; 80.8 before one organisation
/// the markup had left out, `لسوناطراك`, was marked). Organisation recall is the fault (53.7):
/// institutions, which ANERcorp leaves unmarked (`البرلمان العراقي`, `محكمة النقض`); names holding
/// a person or a place (`مستشفى الملك فيصل التخصصي`, `وكالة الإمارات للفضاء`, `آينتراخت
/// فرانكفورت`); clubs no list holds (`الترجي`). Persons: a predicate after `إنه` read as a name
/// (`إنه سعيد بوصوله`), given names that are common words (`إيمان خليف`, `ملك عابد الثقفي`).
/// With the rules that came of it (a predicate after `إنه`, a listed organisation run into from
/// its head, a foreign name after a title without the article): 82.8.
#[test]
fn modern_news_sixth_set_scores() {
    hold(
        include_str!("../fixtures/ner/modern_news6.txt"),
        100,
        "sixth set",
    );
}

/// A seventh set, of the world beyond the Arab countries, courts and crime, health, science, the
/// environment, religion and letters, committed before the build was run on it. Its first run:
/// PERS 90.0, LOC 88.7, ORG 62.3, micro 82.6 (129 entities); 83.7 after three marks were put to
/// the convention the other sets follow (a party's `حزب` inside its name, as ANERcorp has it 80
/// times of 85; `الجيش السوداني` unmarked, as in sets one and two; `متحف` outside `اللوفر`, as
/// ANERcorp leaves it 12 times of 12). Missed: a listed name holding a shorter name of another
/// kind (`قناة السويس` read as the club `السويس`), a name cut at its adjective (`الكونغو
/// الديمقراطية`, `غويانا الفرنسية`) or at an honorific (`جامعة الملك` + `عبد الله`), a listed
/// given name that is also a word after a title (`الطبيبة الفلسطينية آلاء أبو عرب`), a town that
/// is also a verb after `و` (`جدة وينبع`); institutions, as in every set. With the rules that
/// came of it: 86.2, and 90.0 with `institutions`.
#[test]
fn modern_news_seventh_set_scores() {
    hold(
        include_str!("../fixtures/ner/modern_news7.txt"),
        120,
        "seventh set",
    );
}

/// An eighth set, of local and society news (municipalities, schools, courts, obituaries,
/// charities, small companies, villages), committed before the build was run on it. Its first
/// run: PERS 82.8, LOC 70.4, ORG 41.2, micro **68.5** (81 entities as first marked), far under
/// the other sets:
/// local news names what no list and no training text holds. Missed: villages and quarters after
/// their noun (`قرية عين الباشا`, `حي الحصن`), bodies named by a head and a complement
/// (`بلدية غزة`, `جمعية حماية المستهلك`, `نقابة الصحفيين المصريين`, `هيئة البريد`, which
/// ANERcorp leaves unmarked or marks as the place alone), organisations named for a person
/// (`مؤسسة عبد الحميد شومان`), clubs (`شباب الأردن`, `الأرثوذكسي`), given names after words no
/// list holds as titles (`الطالبة دانة العمري`, `الطفلة جنى الحاج`). Wrong: `عن عمر ناهز` (at
/// an age of nearly) read as a person. With the rules that came of it (settlement nouns, the
/// obituary's age, a name the model found alone after a title going on to its family name):
/// 69.9. The set first marked two municipalities as bodies (`بلدية غزة`); sets three and four,
/// and ANERcorp, mark the place alone, and so does it now: first run 71.2 so marked, 72.6 with
/// the rules, 80.5 with `institutions` (which now also reads bodies named by a head and a
/// complement, `جمعية حماية المستهلك`). With the thirteenth set's rules (a nisba family name after
/// a listed given name, `الناشط منير الشرفي`): 74.0, 81.9 with `institutions`. Held to 70, under
/// its first run, rather than 80.
#[test]
fn modern_news_eighth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news8.txt"),
        75,
        "eighth set",
        70.0,
    );
}

/// A ninth set: the Maghreb, Sudan and Yemen, and companies spelt in Latin letters inside Arabic
/// text (`Sony`, `IBM`, `OpenAI`), which no earlier set held. Scored once before anything was
/// changed for it: PERS 98.5, LOC 91.1, ORG 75.9, micro 89.1 (105 entities). Missed: bodies
/// named by a head and a complement (`المديرية العامة للحماية المدنية`, which `institutions`
/// reads), places no list holds after a port or a city (`ميناء نديان`, `مدينة الداخلة`), the
/// weakly listed `قوات الدعم السريع` after a verb, `G42`. Wrong: the verb `صادق` (ratified) as a
/// person, and `في` read into a hospital's name (`مستشفى في أم درمان`). The set had left
/// `المفوضية الأوروبية` unmarked by a slip (the first set marks `الاتحاد الأوروبي`); marked,
/// the first run reads 89.7. With the rules that came of it (a lone preposition is no edge of a
/// name; cities, provinces, ports, airports and rivers name the place after them): 90.2.
#[test]
fn modern_news_ninth_set_scores() {
    hold(
        include_str!("../fixtures/ner/modern_news9.txt"),
        100,
        "ninth set",
    );
}

/// A tenth set: two long-form articles, each naming its people in full once and then by family
/// name alone, with a dateline and an agency credit, where the other sets hold unrelated sentences.
/// Scored once before anything was changed for it: PERS 84.8, LOC 88.9, ORG 58.3, micro 78.6 (46
/// entities). Missed: parties after `رئيس` (`حركة النهضة`, `الحزب الدستوري الحر`, listed as also
/// common words), `بي بي` (BP) run into the person after it, `كوزموس إنرجي` read as a person, a
/// family name of two words alone (`ولد الطالب`), the credit `( الفرنسية )`. Wrong: a name run on
/// into the word after it (`محمد ولد خالد للصحفيين`, to the journalists). With the rule that came
/// of it (a person's name never ends on a word with `ل` and the article; the document pass finds
/// a family name of two words, `ولد الطالب`, alone; a name ending on a company's word, `إنرجي`,
/// is a company; a person named right after a listed organisation is no part of it): 89.4.
#[test]
fn modern_news_tenth_set_scores() {
    hold(
        include_str!("../fixtures/ner/modern_news10.txt"),
        44,
        "tenth set",
    );
}

/// An eleventh set: two more long-form articles, since the tenth has been read and mended. Scored
/// once before anything was changed for it: PERS 78.3, LOC 94.4, ORG 82.4, micro 86.8 (42
/// entities). Missed: a given name no list holds before a found one (`طيف سامي`), a nisba
/// family name alone (`لكن السوداني يواجه`), `منى الطويل` and her family name, `الإطار
/// التنسيقي`, `وزارة المالية` (an institution), `الدلتا`, `رأس الحكمة`, the credit `( أ ف ب )`.
/// With the rule that came of it (the document pass finds a nisba family name alone where no noun
/// stands before it): 88.3.
#[test]
fn modern_news_eleventh_set_scores() {
    hold(
        include_str!("../fixtures/ner/modern_news11.txt"),
        40,
        "eleventh set",
    );
}

/// A twelfth set: a match report and a report on a health service, long-form like the tenth and
/// eleventh. Scored once before anything was changed for it: PERS 83.9, LOC 77.8, ORG 33.3,
/// micro **68.7** (40 entities). The clubs named by common words (`الهلال`, `الاتحاد`, `النصر`,
/// `الفيحاء`) were missed at every mention: ANERcorp, with few reports on sport, leaves such
/// names unmarked or marks them as places (`السد والريان`). A first rule that read a club where
/// only a club can stand (`مدرب X`, `على ضيفه X`) in a report holding five words of sport, and let
/// the document pass find its other mentions, took the set to 79.5 and changed nothing on
/// ANERcorp's first 85%, but on the Wikipedia extracts read stars, armies and unions as clubs
/// (`النجم` of astronomy, 59 times): the words of sport it counted (`هدف`, `نصف`, `المركز`) are
/// common words too. Counting words of football alone (`مباراة`, `الدوري`, `مدرب`, `الشوط`), and
/// with narrower cues, it reads 76.1, and 13 clubs on four extracts, all right (`الوصل` eleven
/// times). With a coach's or a player's nationality after the club (`مدرب الهلال البرتغالي`),
/// which the rule first took for the club's name going on: 82.7. Held to 70, under its first
/// rule's reading.
#[test]
fn modern_news_twelfth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news12.txt"),
        38,
        "twelfth set",
        70.0,
    );
}

/// A thirteenth set: local elections in Lebanon, full of parties, and a film festival in Tunis,
/// long-form. Scored once before anything was changed for it: PERS 86.7, LOC 80.0, ORG 66.7,
/// micro **78.0** (56 entities). Missed: a person run on into `لأنصاره` (to his supporters),
/// and so her later mention; villages no list holds (`عيترون`, after `بلدية` too); the agency
/// `وكالة تونس إفريقيا للأنباء` without its head; `مي المصري` after `للمخرجة الفلسطينية`;
/// Lebanese districts (`المتن`, `جزين`, `صور`); parties and bodies named by common words
/// (`التنظيم الشعبي الناصري`, `الدولية للمعلومات`); institutions. With the rules that came of
/// it (no person ends on `ل` before a hamza; `بلدية` names the place after it; an agency of news
/// takes its head; a title may carry a preposition, and the family name after a listed given name
/// be a nisba): 83.2. `مي` is no listed given name, and the districts are not in the lists: added,
/// they read the set 88.5, but moved the leak-free figures (they retrain the model) by more than
/// they are worth.
#[test]
fn modern_news_thirteenth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news13.txt"),
        55,
        "thirteenth set",
        70.0,
    );
}

/// A fourteenth set: an oil deal full of companies and a stock market, and a court report from
/// Morocco, long-form. Scored once before anything was changed for it: PERS 82.4, LOC 73.7, ORG
/// 68.6, micro **73.2** (39 entities). Missed: the refinery's town (`مصفاة ينبع`: `ينبع` is also
/// "springs", and `مصفاة` no settlement noun), a Chinese name beginning with `ما` (what), the
/// stock market and its name (`تداول`, trading), company names with their kind (`الراجحي
/// المالية`) or a sign (`أوبك بلس`), a company named in English words read as a person (`ميد
/// سبلاي`), a ministry and three long bodies (institutions), and a Moroccan region read as two
/// towns (`جهة الدار البيضاء سطات`). With the two rules that came of it (English words of trade,
/// `سبلاي`, `سوليوشنز`, end companies; towns side by side after `جهة` are one region): 80.0.
#[test]
fn modern_news_fourteenth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news14.txt"),
        38,
        "fourteenth set",
        70.0,
    );
}

/// A fifteenth set: an emergency meeting of Arab foreign ministers on the war in Sudan, and
/// floods in eastern Libya with the aid agencies that answered, long-form. Scored once before
/// anything was changed for it: PERS 94.1, LOC 86.3, ORG 77.4, micro **86.2** (63 entities).
/// Missed: the agency `الأناضول` (also Anatolia) in the dateline's credit and later; two towns
/// after `مدينتي` (the two towns of) that are common words (`المرج`, the meadow; `شحات`) and their
/// later mentions; `البيضاء` (the white) with `ب` on it; `قوات الدعم السريع` and `مجلس النواب`
/// (institutions); `الجيش السوداني`; a meteorological centre; and a prime minister's name run on
/// into `الحداد` (mourning, and a family name). With the rules that came of it (the credit after a
/// dateline is an outlet, and so are its other mentions; a settlement noun in the dual names two
/// places joined by `و`): 91.5.
#[test]
fn modern_news_fifteenth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news15.txt"),
        60,
        "fifteenth set",
        70.0,
    );
}

/// A sixteenth set: a telecom operator launching a new network, and a migrant boat sunk off
/// Tunisia, long-form. Scored once before anything was changed for it: PERS 90.9, LOC 93.3, ORG
/// 50.0, micro **77.7** (55 entities; 84.6 with `institutions`). Missed: bodies of the state
/// ANERcorp leaves unmarked (`الجهاز القومي لتنظيم الاتصالات`, `البورصة المصرية`, `الحرس الوطني
/// التونسي`), companies named with their country (`فودافون مصر`, read as the company and the
/// place), a company and the analyst after it read as one person (`هيرميس أحمد حافظ`), a
/// nationality after a company taken into its name (`إريكسون السويدية`: ANERcorp leaves it out 16
/// times in 21, but `أرامكو السعودية` is a name), a UN agency of seven words, and a forum of
/// rights. No rule came of it: each fix asked for a list entry or went against ANERcorp's
/// convention.
#[test]
fn modern_news_sixteenth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news16.txt"),
        52,
        "sixteenth set",
        70.0,
    );
}

/// A seventeenth set: the pilgrims on Arafat, and a tomb found at Saqqara, long-form. Scored once
/// before anything was changed for it: PERS 63.6, LOC 72.7, ORG 50.0, micro **65.7** (39
/// entities), the lowest first run of the long-form sets. Missed: the holy places, which no list
/// holds as places (`عرفات`, read as the late president at every mention; `منى`, a given name;
/// `مزدلفة`); `مكة المكرمة` cut to `مكة` (ANERcorp leaves the epithet out 33 times of 33); five
/// bodies of the state and a foreign institute; an archaeologist after `عالم الآثار`, and so his
/// surname later; a priest of old Egypt; a king's ordinal (`بيبي الأول`). With the rules that came
/// of it (a sovereign's ordinal is part of the name; one listed place after `في` or `إلى` is a
/// place): 68.7. The holy places would need list entries, which retrain the model.
#[test]
fn modern_news_seventeenth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news17.txt"),
        37,
        "seventeenth set",
        65.0,
    );
}

/// An eighteenth set: a day of the war in Gaza, and the wheat harvest in Algeria, long-form.
/// Scored once before anything was changed for it: PERS 70.6, LOC 100, ORG 58.8, micro **85.0**
/// (44 entities). Missed: family names that are common words (`بصل`, onion; `شرفة`, balcony: the
/// minister is cut to his given name, and both are missed alone later), a plural with its pronoun
/// read as a person (`إن طواقمه`, his crews, in the whole article only), bodies of the state
/// (`الدفاع المدني`, `وزارة الصحة`, `الجيش الإسرائيلي`, a grains office), the Algerian agency's
/// initials (`واج`), and `مجلس الحبوب الدولي`. No rule came of it: dropping a person of one word
/// that the unlabelled text never put in a name removed seven right persons of ANERcorp's first
/// 85% and no wrong one. The twenty-first set's rule for family names that are common words,
/// found again as the subject of a verb of saying, finds `بصل` alone later: 86.4; the
/// twenty-fourth set's rule for agencies credited after the dateline finds `واج`: 87.8.
#[test]
fn modern_news_eighteenth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news18.txt"),
        42,
        "eighteenth set",
        60.0,
    );
}

/// A nineteenth set: an airline's order of new aircraft, and a poet's death, long-form. Scored
/// once before anything was changed for it: micro **87.3** (PERS 85.7, LOC 88.9, ORG 87.0); its
/// gold had left out one place (`في الخليج`, the Gulf), marked since: 88.9 (37 entities). Missed:
/// an airline named for its country (`طيران الإمارات`, read as the place: ANERcorp marks such
/// airlines whole twice and the place alone twice, so no rule), a given name that is a common
/// word (`سجاد`, carpet; `بشرى`, good news), and a union named by a common noun (`اتحاد الأدباء`).
/// No rule came of it.
#[test]
fn modern_news_nineteenth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news19.txt"),
        34,
        "nineteenth set",
        60.0,
    );
}

/// A twentieth set: a parliament that fails again to elect a president, and a school-leaving
/// exam's results, long-form. Scored once before anything was changed for it: PERS 83.9, LOC
/// 93.8, ORG 68.7, micro **82.1** (54 entities; 83.7 with `institutions`). Missed: the chamber
/// and its blocs (`مجلس النواب`, `كتلة الوفاء للمقاومة`, `اللجنة الخماسية`), a party whose name
/// is a common noun (`حزب القوات اللبنانية`), a village after `في` (`معراب`), a minister's family
/// name that is a common noun (`عزمي محافظة`, governorate: cut to the given name, and missed
/// alone twice), a school, a channel (`المملكة`, the kingdom), a council, and a university run on
/// into the given name of its president (`رئيس جامعة اليرموك إسلام مساد`: `إسلام` is no listed
/// given name, and the lists hold it in `إسلام أباد`). No rule came of it: taking the noun after
/// a given name the model found alone, where a comma or a function word follows, as the family
/// name mended none of the three such names here and misread the object of a verb (`وأنشد تميم
/// قصائد`): Arabic puts the subject's name before the object.
#[test]
fn modern_news_twentieth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news20.txt"),
        50,
        "twentieth set",
        78.0,
    );
}

/// A twenty-first set: a sovereign fund's results, and refugees going home to Syria, long-form.
/// Scored once before anything was changed for it: PERS 75.0, LOC 77.4, ORG 72.0, micro **75.0**
/// (41 entities; 78.4 with `institutions`). Missed: a bank's analyst read into the bank's name
/// (`بنك جيه بي مورغان فاطمة الزهراني`), a stock market and its name that is a common noun
/// (`تداول`, trading), a UN agency's long name cut to `للأمم المتحدة`, small places no list holds
/// (`عرسال`, `القصير`, the crossing `جديدة يابوس`, `القدية`), `المملكة` for the kingdom, a mother
/// by her kunya (`أم خالد`, cut to `خالد`), a spokeswoman's family name that is a common word
/// alone (`أمين`), and `وريف دمشق`, which the gold marks as `دمشق` though `ريف دمشق` also names
/// a governorate. With the rule made of it (a listed given name two words or more into an
/// organisation, with a name after it that ends the span, is a person; not after a title or a
/// royal word, `جامعة الملك عبد العزيز`): 76.7 (80.0 with `institutions`); with the next (a family
/// name that is a common word is found again as the subject of a verb of saying): 78.4.
#[test]
fn modern_news_twenty_first_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news21.txt"),
        38,
        "twenty-first set",
        72.0,
    );
}

/// A twenty-second set: an athletics final, and a data leak at a telecom company, long-form.
/// Scored once before anything was changed for it: PERS 80.0, LOC 94.1, ORG 33.3, micro **74.1**
/// (31 entities; 77.2 with `institutions`). Missed: the agency's initials in the credit (`أ ف
/// ب`, which ANERcorp leaves unmarked), a federation's and a regulator's long names, a company
/// named by a given name (`شركة زين`, missed there and read as a woman where it speaks later,
/// `وقالت زين في بيان`), a security firm's name with what it does (`كاسبرسكي للأمن السيبراني`),
/// a hacking group (`لوكبيت`), an MP after `النائب في مجلس الأمة` (and so his family name later),
/// the runner's family name after a verb (`أن يحسم البقالي`), a town after `مرتفعات`; `السباعي`
/// (sevens, of rugby) read as a family name. The rule it led to (a person right after `شركة` is
/// the company) does not mend `زين`, which the model left unread there, but reads 78 spans of
/// the five extracts as companies, nearly all rightly, and mends the fifth set's `شركة طلعت
/// مصطفى`.
#[test]
fn modern_news_twenty_second_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news22.txt"),
        28,
        "twenty-second set",
        70.0,
    );
}

/// A twenty-third set: a corruption trial in Iraq, and twins separated in Qatar, long-form. Scored
/// once before anything was changed for it: PERS 66.7, LOC 95.7, ORG 57.1, micro **76.9** (30
/// entities; 75.0 with `institutions`). Missed: a lawyer after a title in the construct state
/// (`محامي الدفاع علي الخفاجي`, which the model finds in a shorter sentence), twins with names
/// that are common words (`آمنة وأمينة`), a father whose given name has the article (`الطيب
/// عثمان`, cut to `عثمان`), a district (`الرصافة`), a bank, a commission, a court and a ministry.
/// No rule came of it: reading a title without its article before a portfolio, as
/// `portfolio_names` reads a listed one, added five persons to the five extracts and all five
/// were wrong (`فريق العمل علي …`, `أمام الفنانة …`, `سلطان العلماء وبرهان الفضلاء`).
#[test]
fn modern_news_twenty_third_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news23.txt"),
        28,
        "twenty-third set",
        72.0,
    );
}

/// A twenty-fourth set: a truckers' strike in Morocco, and a film festival in Tunisia, long-form.
/// Scored once before anything was changed for it: PERS 95.2, LOC 90.9, ORG 61.5, micro **86.6**
/// (37 entities; 83.6 with `institutions`, which reads `تونس العاصمة` as one place). Missed: a
/// union, an exporters' association, a planning office and a film centre by their long names,
/// the Tunisian agency in the dateline's credit (`تونس ( وات ) -`), the place a festival is named
/// for (`مهرجان قرطاج`, which ANERcorp marks as the event, `مهرجان البندقية`), an actress after
/// her nationality (`إلى الفلسطينية ياسمين المصري`); `الصحراء` of `إفريقيا جنوب الصحراء` read
/// as a place. Rule: a one-word credit the model left unread after a dateline it read as a place
/// is an agency (not spelt in letters, nor a nisba, a listed place or the paper's own staff, as
/// `( خاص )`): 88.2, and the eighteenth set's `واج`. Tried and dropped: a nisba before a listed
/// given name and a family name with the article as a title (`الفلسطينية ياسمين …`): on the
/// five extracts mostly `على` misspelt (`العربية علي التوالي`), and with both words required to
/// be names the unlabelled text puts in names, four persons in 88 MB and not this set's.
#[test]
fn modern_news_twenty_fourth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news24.txt"),
        33,
        "twenty-fourth set",
        84.0,
    );
}

/// A twenty-fifth set: a desalination project in Jordan, and mud towers restored in Yemen,
/// long-form. Scored once before anything was changed for it: PERS 100, LOC 85.7, ORG 75.0,
/// micro **85.7** (28 entities; 86.2 with `institutions`). Missed: a ministry (by default, as
/// ANERcorp leaves ministries unmarked), a development fund by its long name (`الصندوق
/// الاجتماعي للتنمية`, a definite head, its adjective and a complement on `ل`, which ANERcorp
/// marks about as often as it leaves unmarked), the town `شبام حضرموت` read as two places,
/// `منظمة اليونسكو` read with its head noun, and floods (`بعد سيول ضربت المنطقة`) read as Seoul.
/// Rule: `سيول` is floods where the words around say so (an adjective of floods, a verb they do
/// to a place, rain or storms beside it, a cause before it): 87.3; on the five extracts six
/// floods stop being Seoul, all rightly, and ANERcorp's one Seoul stays.
#[test]
fn modern_news_twenty_fifth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news25.txt"),
        25,
        "twenty-fifth set",
        82.0,
    );
}

/// A twenty-sixth set: a payments start-up in Egypt raising money, and Sudanese refugees
/// crossing into Chad, long-form. Scored once before anything was changed for it: micro **72.7**
/// against its gold as first written, whose second title left its places unmarked as no other
/// set does; with them marked PERS 92.3, LOC 90.3, ORG 50.0, micro **76.5** (37 entities; 81.2
/// with `institutions`, which reads the UN's refugee agency, `قوات الدعم السريع` and the stock
/// exchange by their listed names). Missed: a fund's one-word name and the partner named right
/// after it read as one organisation (`صندوق سنابل نورة القحطاني`), a border town in the
/// dateline (`أدري ( الأناضول ) -`), companies named by common words (`خزنة`, a safe; `فوري`,
/// instant), `شمال أفريقيا` after `الشرق الأوسط و`, and `منظمة أطباء بلا حدود` read with its head
/// noun. Rules: a body's one-word name in construct with its head and a person's given and
/// family name after it are two names; a line's first one or two words before an agency's
/// credit are its dateline, a place. Neither changes an entity of ANERcorp or of the five
/// extracts: 82.9 (87.3 with `institutions`). Then a word between `شركة` and a feminine nisba
/// is the company's name (`شركة خزنة المصرية`): 84.5.
#[test]
fn modern_news_twenty_sixth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news26.txt"),
        35,
        "twenty-sixth set",
        82.0,
    );
}

/// A twenty-seventh set: wildfires in the Kabylie, and a Saudi club signing a Brazilian forward,
/// long-form (its second title's names marked before the run, as the other sets' are). Scored
/// once before anything was changed for it: PERS 75.0, LOC 85.7, ORG 37.5, micro **68.9** (35
/// entities; the same with `institutions`). Missed: Saudi clubs named by common words (`الهلال`,
/// `النصر`, `الاتحاد`, `الشباب`) in a transfer story, which has too few words of football for
/// the match-report rule, and `نادي الهلال السعودي` read with its head and nisba; a civil
/// protection by its long name; Berber village names (`آيت داود`, `الأربعاء ناث إيراثن`); a
/// governor's name of four words cut before its last (`أبو بكر الصديق بوستة`); `جورجي` as a
/// given name (`جورجي جيسوس`); `دوري روشن` without its head. Rule: a club named by one word
/// between `نادي` and a masculine nisba is that word alone, the document pass carrying it to
/// its other mentions: 78.1. The seventh set loses `نادي الاتحاد السكندري`, whose nisba is part
/// of the name (85.4 from 86.2); the second, fourth and ninth gain. Later, with a village named
/// for the sons of someone a place (`آيت داود`, from the sixty-sixth set): 83.1.
#[test]
fn modern_news_twenty_seventh_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news27.txt"),
        35,
        "twenty-seventh set",
        82.5,
    );
}

/// The sets the shipped model trains on (`hamish model train --sets-upto`, whose default this is):
/// the first eighty-eight, written by the rules' writer. The later ones, by another hand, are held
/// out: what the model reads there is its figure on news it has never seen.
const TRAINED_ON: usize = 88;

/// The modern sets mark ministries, parliaments and the other named bodies as organisations, as
/// modern annotation does; `institutions = true` reads them so (the institutions, and the listed
/// organisations of three words or more that the lists mark as also common words). It must read
/// the held-out sets better on the whole than the default, ANERcorp's convention, does (the
/// model is trained with the sets' institutions unmarked, as ANERcorp's; on the sets it trains
/// on, both read about the same).
#[test]
fn modern_news_with_institutions_scores() {
    let on = Options {
        institutions: true,
        ..Options::default()
    };
    let (mut sum_default, mut sum_with, mut sets) = (0.0, 0.0, 0.0);
    for (set, text) in &SETS[TRAINED_ON..] {
        let (_, default) = score(text);
        println!("{set}, with institutions:");
        let (_, with) = score_with(text, on);
        println!("{set}: {default:.1} by default, {with:.1} with institutions");
        sum_default += default;
        sum_with += with;
        sets += 1.0;
    }
    assert!(
        sum_with > sum_default + 4.0,
        "with institutions {:.1} on average, by default {:.1}",
        sum_with / sets,
        sum_default / sets
    );
}

/// A twenty-eighth set: gold prospectors killed in northern Mauritania, and a Kuwaiti
/// university's Arabic language model, long-form. Scored once before anything was changed for
/// it: PERS 80.0, LOC 69.0, ORG 66.7, micro **71.8** (42 entities). Missed: a province read as a
/// person after `ولاية` and then after `والي` (`تيرس زمور`), the family name of two words `ولد
/// خالد` cut to its given name, a foundation named by a place and its purpose (`مؤسسة الكويت
/// للتقدم العلمي`, the place alone), two governorates after the dual (`محافظتي حولي
/// والجهراء`), a state company by a common noun and the country (`معادن موريتانيا`), a mine's
/// town, a town after `بين الزويرات و`, `الجامعة الأمريكية في بيروت`, a company of a word and a
/// number (`جي 42`), and a survivor whose given name is also "my lord" (`سيدي ولد اعلي`). Rules:
/// a name read as a person's after a settlement's noun is a place, and so are its other
/// mentions; a known person's name grows over a link or a given name before the part the
/// model found; a body's head, a place and a word with `لل` are one name; the dual's oblique
/// case takes a first name ending in `ي`: 85.0. Then the second place after `بين` (86.4), a
/// company by a common noun and its country after `شركة` (88.9), and a university by its nisba
/// and its city (91.4).
#[test]
fn modern_news_twenty_eighth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news28.txt"),
        42,
        "twenty-eighth set",
        89.0,
    );
}

/// A twenty-ninth set: measles in southern Morocco, and a trial in Cairo over a collapsed
/// building, long-form. Scored once before anything was changed for it: PERS 90.0, LOC 72.0, ORG
/// 33.3, micro **74.5** (27 entities). Missed: a region after `جهة` (`سوس ماسة`), two provinces
/// after the dual read as `تارودانت واشتوكة` and `آيت باها`, a village after `دوار` read as a
/// person, a criminal court by its city (`محكمة جنايات القاهرة`, which the sets mark both ways),
/// the prosecution and an engineers' syndicate (the modern convention's), and a district's
/// administration (`حي المطرية`). Splitting a place read across the `و` after a dual was tried
/// and dropped: ANERcorp marks such pairs as one place (`تشوانتشو وخانجو`), and it broke
/// `البوسنة والهرسك`. No rule came of it.
#[test]
fn modern_news_twenty_ninth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news29.txt"),
        27,
        "twenty-ninth set",
        73.0,
    );
}

/// A thirtieth set: a Jordanian payments start-up raising money, and Sudanese refugees crossing
/// into eastern Chad, long-form. Scored once before anything was changed for it: PERS 73.7, LOC
/// 93.9, ORG 72.7, micro **83.2** (52 entities). Missed: a minister's name of four words cut in
/// two persons (`عبد الرحمن محمد يوسف`), a venture fund's second mention, whose last word the
/// partner's name after it swallowed (`ومضة كابيتال ريم الدجاني`), a stock market read as its
/// city (`سوق دبي المالي`), `قوات الدعم السريع` (listed, but a model feature only by default), the
/// UN refugee agency's full name (`للأمم المتحدة` alone), a dateline town, a district named by a
/// common word (`حي الجمارك`), and two bodies read with the head the gold leaves out (`منظمة أطباء
/// بلا حدود`, `معهد تشاتام هاوس`). Rule: a given name alone right before another person's name,
/// with no conjunction or preposition on it, is one name with it: 86.0. Then a body found whole
/// in the article takes back its last word from a person's name of three words or more begun on
/// it: 89.1.
#[test]
fn modern_news_thirtieth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news30.txt"),
        52,
        "thirtieth set",
        88.0,
    );
}

/// A thirty-first set: the Somali army taking over bases from African Union troops, and Ethiopia
/// bargaining with Djibouti over port fees, long-form. Scored once before anything was changed
/// for it: PERS 80.0, LOC 85.7, ORG 73.7, micro **82.8** (58 entities). Missed: a province with
/// its "lower" (`شبيلي السفلى`, the province alone), a town of two words after `بلدة` (`بولو
/// مرير`), `حركة الشباب`, a Somali name with `شيخ` inside (`عبد الله شيخ علي` cut after `شيخ`),
/// an Ethiopian minister after his portfolio (`وزير النقل أليمو سيمي`, whose given name the key
/// writes as if with the article) and his family name later, a port authority named with its
/// country (`هيئة موانئ ومناطق جيبوتي الحرة`), `أرض الصومال` read as two places, a port operator
/// read as its city (`موانئ دبي العالمية`), an institute without its adjective (`معهد الدراسات
/// الأمنية`); and wrongly a nisba read as its country (`أوغندي وبوروندي`), `الولايات` alone.
/// Rules: `شيخ` between a name and a listed given name is part of it; a foreign name after a
/// title and its portfolio, a word written with `أ` having no article (86.4); a company named by
/// a common noun and its place may end on its own adjective (88.1); a place's "upper", "lower" or
/// "middle" is part of its name (89.8). Later a common noun of geography alone is no place
/// (`الولايات`): 90.6; and `أرض` read as a place right before a place is one name with it: 93.1.
#[test]
fn modern_news_thirty_first_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news31.txt"),
        58,
        "thirty-first set",
        92.0,
    );
}

/// A thirty-second set: a record olive oil season in Tunisia, and a dispute over Libya's central
/// bank, long-form. Scored once before anything was changed for it: PERS 90.0, LOC 82.1, ORG
/// 52.2, micro **75.6** (45 entities; 77.1 with `بليبيا` inside a quotation marked, which the gold
/// as first written left out). Missed: an export office and a farmers' union with long names, a
/// town after `معتمدية` read as a person with the noun, `سيدي بوزيد` read as a person, a company
/// with its calling (`زيتونة للتصدير`), the presidential council and the parliament (bodies the
/// modern convention marks: 81.9 with `institutions`), two oil fields after `حقلي`, the UN
/// mission's full name, the region `فزان`, and a former governor whose given name has the
/// article (`الصديق الكبير`). Then the Tunisian delegation and the oil field as nouns a place
/// follows, a person's name never beginning on such a noun, and the governorates of Tunisia and
/// the regions of Libya the lists lacked: 82.4.
#[test]
fn modern_news_thirty_second_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news32.txt"),
        46,
        "thirty-second set",
        82.0,
    );
}

/// A thirty-third set: Egypt's wheat harvest and bread subsidy, spelt as Egyptian papers spell
/// (`فى`, `الذى`, `مدبولى`), and Jordan's national water carrier, spelt with every alef bare
/// (61 entities). First run: PERS 89.7, LOC 83.6, ORG 78.6, micro **83.9**. Missed: the two
/// ministries and the cabinet (unmarked by default, as in ANERcorp), a governorate that is also
/// an adjective (`الشرقية`, "the eastern"), a district after `مركز` (`ميت غمر`), a town after
/// `بلدة` that is also an adjective (`الموقر`, "the honourable"), a family name that is also
/// "Mr." (`عبد الحميد السيد`), a consultancy read as another kind, a long financier's name, the
/// second of two places joined by `و` with a compass word (`وشرق العوينات`), a water company
/// named by its country (`شركة مياه الاردن`, the country alone), a pumping station's place and
/// an aquifer (`الزارة`, `الديسي`).
#[test]
fn modern_news_thirty_third_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news33.txt"),
        61,
        "thirty-third set",
        83.0,
    );
}

/// A thirty-fourth set: a migrants' boat that sank off Sfax and a book fair in Sharjah (68
/// entities). First run: PERS 86.5, LOC 97.1, ORG 66.7, micro **88.4** (89.2 with
/// `institutions`). Missed: a national guard and a foreign coast guard (`الحرس الوطني`, `خفر
/// السواحل الإيطالي`), a national library, a publisher and a publishing group named by head and
/// common word (`دار الساقي`, `مجموعة كلمات`), a state news agency, an exhibition centre (its place
/// alone found), two people whose given names are rare (`حمور زيادة`, `بدور القاسمي`, the family
/// name alone found), a spokeswoman named after `باسمها`, and a Libyan town after `طريق`.
#[test]
fn modern_news_thirty_fourth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news34.txt"),
        68,
        "thirty-fourth set",
        88.0,
    );
}

/// A thirty-fifth set: power cuts in Basra in a heatwave and the monsoon season in Salalah (66
/// entities). First run: **70.7** against the gold as first written, which marked a municipality
/// as a body where the other sets mark its place (`بلدية [LOC ظفار]`); with that mark: PERS
/// 100.0, LOC 77.1, ORG 38.5, micro **72.4** (75.0 with `institutions`). Missed: places after
/// nouns no rule reads as a settlement's (`قضاء الزبير`, `محطات المنصورية والرميلة`, `شاطئ
/// الحافة`, `منتزه إتين`, `طريق عقبة حمرير`, `وادي دربات`, the valley's last word alone found), a
/// district named by a common word (`حي الجمهورية`), and most bodies: airlines (`الطيران
/// العماني`, `طيران السلام`), a police force and a chamber of commerce named with their country
/// (the country alone found), a political alliance, a governorate's council and a police
/// command (their place found), `مجلس التعاون` after `دول`, a company with `شركة` (the name
/// found with its nisba), the ministry (by default, as in ANERcorp) and the state news agency.
/// Then `قضاء` (an Iraqi or Lebanese district) as a noun a place follows: 73.5 (76.0 with
/// `institutions`).
#[test]
fn modern_news_thirty_fifth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news35.txt"),
        66,
        "thirty-fifth set",
        73.0,
    );
}

/// A thirty-sixth set: a stadium for the 2030 World Cup in Morocco and the date harvest in
/// Al-Ahsa (63 entities). First run: PERS 78.3, LOC 87.9, ORG 66.7, micro **80.7** (82.0 with
/// `institutions`). Missed: a stadium, an airport and a sports complex named after kings, read
/// as the kings (`ملعب الحسن الثاني`, `مطار محمد الخامس`), a fund named after one (`صندوق محمد
/// السادس للاستثمار`, the king alone found), a motorway company's last word (`للطرق السيارة`), a
/// village after the Moroccan `دوار`, a minister's third name (`نادية فتاح العلوي`), the second
/// of two clubs joined by `و`, an export agency with its country's nisba, companies named by
/// common words (`تمور المدينة`, `بيت التمور`), and the red palm weevil (`سوسة النخيل`) read as
/// the Tunisian city. Then bodies named after a person: 82.4 (83.6 with `institutions`); then
/// facilities named after a person no person (places with `institutions`): 83.8 (88.7).
#[test]
fn modern_news_thirty_sixth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news36.txt"),
        63,
        "thirty-sixth set",
        83.0,
    );
}

/// A thirty-seventh set: oil exports from Iraqi Kurdistan through Turkey resuming and the port of
/// Aqaba widening its container terminal (42 entities). First run: PERS 80.0, LOC 77.3, ORG 40.0,
/// micro **70.9** (70.0 with `institutions`). Missed: Iraqi Kurdistan as one name (two places
/// found), the Turkish port `جيهان` read with its noun and once as the given name Jihan, bodies
/// named with `شركة` (the name without it found: `تطوير العقبة`, `تسويق النفط`), a body named by
/// what it is for with `ل` on an indefinite noun (`الشركة الصينية لهندسة الموانئ`), an
/// association and an authority named by long constructs, given names that are common words
/// (`يسار`, left; `رعد`, thunder), two towns after `في`, the ministry (by default, as in
/// ANERcorp) and `جماعة الحوثي`. Then a body's purpose on an indefinite noun: 72.5 (71.6 with
/// `institutions`).
#[test]
fn modern_news_thirty_seventh_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news37.txt"),
        42,
        "thirty-seventh set",
        72.0,
    );
}

/// A thirty-eighth set: a depositor holding up a bank branch in Beirut for his frozen savings, and
/// an Italian carmaker's plant near Oran raising its output (45 entities). First run: PERS 78.3,
/// LOC 86.7, ORG 69.0, micro **78.0** (88.4 with `institutions`). Missed: associations and the
/// internal security forces (by default, as in ANERcorp), the central bank `مصرف لبنان` read as
/// the country, a prosecutor after `المدعي العام`, a university named for a saint read on into
/// the professor after it, the town `عاليه` (also "high"), `فيات` in a headline (also "groups"),
/// a minister's compound given name cut from his family name (`نور الدين` / `بلحاج`) once the
/// family name was found alone later, a news site in Latin letters (`لموقع TSA`), and `الجزائر
/// العاصمة` read as the country. Then banks named for their country (80.5), compounds in
/// `الدين` before a family name (84.0), `العام` after a title and the prosecutor (85.4), the
/// person after a saint's body (89.2), Latin names after a website's noun: 90.5 (97.7 with
/// `institutions`).
#[test]
fn modern_news_thirty_eighth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news38.txt"),
        45,
        "thirty-eighth set",
        90.0,
    );
}

/// A thirty-ninth set: a parliamentary election in Jordan and an esports world cup in Riyadh (43
/// entities). First run: PERS 94.7, LOC 83.3, ORG 42.9, micro **70.4** (71.2 with
/// `institutions`). Missed: parties named by common words (`حزب الميثاق الوطني`, `إرادة`,
/// `تقدم`) and the party's name without `حزب` in the headline, a university hidden inside a
/// longer phrase the lists hold as common (`مركز الدراسات الاستراتيجية في الجامعة الأردنية ~`),
/// two towns inside a quotation (`الرمثا`, `الطرة`) and `الطائف` (also "the sect"), teams and a
/// company in Latin letters given as examples (`فرق عالمية مثل Team Liquid و Fnatic`), a games
/// group named by its purpose, a foundation named for a cup, a Saudi club read as another kind,
/// `هيومن رايتس ووتش` with its head, and two streaming platforms after a dual. Then a listed
/// name ending a common phrase (72.2), Latin names as examples: 77.3 (76.3 with
/// `institutions`).
#[test]
fn modern_news_thirty_ninth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news39.txt"),
        43,
        "thirty-ninth set",
        77.0,
    );
}

/// A fortieth set: Bahrain raising its value added tax and smoke from Indonesia's forest fires over
/// Malaysia and Singapore (43 entities). First run: PERS 82.4, LOC 88.0, ORG 50.0, micro **79.5**
/// (81.0 with `institutions`). Missed: a minister of the ruling family cut after `آل` (`سلمان بن
/// خليفة آل خليفة`), a second province after a dual read as a person (`إقليمي رياو و جامبي`), a
/// national university without its adjective (`جامعة سنغافورة الوطنية`), a chamber of commerce,
/// `الخبر` (also "the news"), a fund, ASEAN, an adjective of a province and a group's head. Then a
/// family after `آل` taken in, two places after a dual noun, national bodies: 86.7 (88.1 with
/// `institutions`).
#[test]
fn modern_news_fortieth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news40.txt"),
        43,
        "fortieth set",
        86.0,
    );
}

/// A forty-first set: floods in Pakistan's Sindh province and Ukrainian grain shipped from Odesa
/// to Egypt and Lebanon (41 entities). First run: micro 85.0 as first written; with its company
/// marked as the sets mark companies with their purpose (`شركة [أسبيرا] للاستشارات`), PERS 93.3,
/// LOC 93.9, ORG 62.5, micro **87.5**. Missed: a national Red Crescent without its country
/// (`الهلال الأحمر الباكستاني`), a town after `مدن` read as a person (`جاكوب آباد`), `اليونيسف`
/// with its head, `شمال أفريقيا`, a ministry and a union by default. Then national Red Crescent
/// societies: 90.0 (92.7 with `institutions`).
#[test]
fn modern_news_forty_first_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news41.txt"),
        41,
        "forty-first set",
        89.0,
    );
}

/// A forty-second set: a giant refinery near Lagos starting to export fuel and Samarkand hosting a
/// conference on the Silk Road's heritage (37 entities). First run: PERS 88.9, LOC 95.0, ORG
/// 50.0, micro **85.7** (88.9 with `institutions`). Missed: two Nigerians named right after a
/// body and read into it (`جامعة لاغوس أديمولا أديبايو`), a regulator by default, a museum, a
/// square. Then foreign names after a body's name: 94.4 (97.3 with `institutions`).
#[test]
fn modern_news_forty_second_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news42.txt"),
        37,
        "forty-second set",
        94.0,
    );
}

/// A forty-third set: Kuwait's emir suspending parliament and the port town of Duqm in Oman
/// drawing investors (35 entities). First run: micro 84.4 as first written; with its refinery
/// marked as the sets mark refineries (`مصفاة [الدقم]`), PERS 92.3, LOC 95.0, ORG 54.5, micro
/// **87.5** (87.9 with `institutions`). Missed: an MP after `النائب المعارض` whose given name no
/// list holds, a free zones authority of nine words, a governorate named by an adjective
/// (`محافظة الوسطى`), `جبل علي`, parliament, a court and a fund by default.
/// Then an unknown name ending a titled subject after `النائب المعارض`: 89.2.
#[test]
fn modern_news_forty_third_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news43.txt"),
        35,
        "forty-third set",
        89.0,
    );
}

/// A forty-fourth set: Qatar widening its North Field gas output and archaeologists restoring
/// Palmyra (41 entities). First run: PERS 87.5, LOC 90.0, ORG 50.0, micro **80.6** (79.5 with
/// `institutions`). Missed: a field named `الشمال`, a German company after `مجموعة` and its
/// country's adjective (then again alone), an industrial city whose compound name's second word
/// begins on a clitic's letter (`راس لفان`, twice), an analyst read into the consultancy before
/// him (`وود ماكنزي للاستشارات سايمون فلاورز`), a director general whose given and family names
/// are common words (`نظير عوض`), a ministry and a museum by default, a temple (`بل`), and
/// `تنظيم داعش` taken whole, as ANERcorp takes `تنظيم القاعدة` (the set leaves the head out, as
/// for `حركة حماس`). Then an unknown name ending a titled subject, a company before its
/// country's adjective, a compound's second word on a clitic's letter and a person after a body
/// ending on what it is for: 88.3 (87.2 with `institutions`).
/// Then its place's other mention, carried: 89.7.
#[test]
fn modern_news_forty_fourth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news44.txt"),
        41,
        "forty-fourth set",
        89.0,
    );
}

/// A forty-fifth set: Antakya rebuilt after the earthquake and the Dead Sea shrinking as Jordan
/// builds a desalination pipeline (35 entities). First run: PERS 88.9, LOC 97.3, ORG 61.5, micro
/// **88.2**. Missed: the Turkish disaster agency (`رئاسة إدارة الكوارث والطوارئ`), a mayor's
/// Turkish family name (`إبراهيم ناجي يالشين` read as two words), a water ministry by default,
/// an environmental group read as `منظمة إيكو` without its second word, a resort town
/// (`سويمة`); `إعمار` of `إعادة إعمار` read as the Dubai company. Then `إعمار` listed as also a
/// common word: 89.6.
#[test]
fn modern_news_forty_fifth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news45.txt"),
        35,
        "forty-fifth set",
        89.0,
    );
}

/// A forty-seventh set: tourists and trees on Yemen's island of Socotra, and Kuwait's protest at
/// an Iraqi court striking down the Khor Abdullah treaty (43 entities). First run: PERS 83.3,
/// LOC 82.4, ORG 72.7, micro **80.0**. Missed: the dispatch's dateline with the dash alone (`حديبو
/// -`) and the town's second mention, `خور عبد الله` read as a person, a plateau's and a beach's
/// names, a village joined to a place, a botanist's given name (her family name found alone where
/// the article names her again), a ministry, a court and a parliament by default, and `الجزيرة`
/// (the island) read as the channel. Then the dateline with the dash alone, a compound place read
/// as a person, a plateau's and a beach's noun: 90.2 (93.0 with `institutions`); then places in a
/// list: 91.6; then the island no channel: 92.7.
#[test]
fn modern_news_forty_seventh_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news47.txt"),
        43,
        "forty-seventh set",
        92.5,
    );
}

/// A forty-eighth set: the wheat harvest in north-east Syria, and municipal elections in
/// Lebanon's Baalbek and Akkar (37 entities). First run: PERS 100, LOC 85.0, ORG 85.7, micro
/// **88.6**. Missed: two towns in a list with a third, `الجزيرة` (the region), the
/// self-administration, a governorate named by two towns (read as two places), and an elections
/// watchdog named with `من أجل`. Then places in a list: 91.7.
#[test]
fn modern_news_forty_eighth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news48.txt"),
        37,
        "forty-eighth set",
        91.5,
    );
}

/// A forty-ninth set: the first cargo of gas from the field Mauritania shares with Senegal, and a
/// soldier's tomb found at Luxor (53 entities). First run: PERS 78.6, LOC 73.9, ORG 69.6, micro
/// **74.2**. Missed: the field's name, two island states' first word (`جزر مارشال` read as
/// `مارشال`), three Mauritanian towns in a list after `مثل`, a company spelt by its letters run
/// into its manager's name (`بي بي غوردن بيرل`), a Senegalese company after a dual head, a
/// fisherman whose given name is `الشيخ`, a university named for an honoured person read as the
/// person alone, a pharaoh after `الملك`, a soldier named after `يدعى`, a museum by its adjectives,
/// `قنا` (the Egyptian town) read as the Qatari agency, `دير المدينة` read as two places, and a
/// chamber of tourist companies. Then the island states and Mauritanian towns listed: 77.6; then
/// the name after "called", the person after a spelt company, the institution named for an
/// honoured person and the list after `مثل`: 84.0; then a compound place read as two, and a
/// listed place that is also a common word in a list: 88.0; then a sovereign's name left unread
/// before the ordinal: 89.1.
#[test]
fn modern_news_forty_ninth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news49.txt"),
        53,
        "forty-ninth set",
        89.0,
    );
}

/// A fiftieth set: drought in southern Iraq's marshes, and a car factory near Oran (43
/// entities). First run: PERS 92.3, LOC 79.1, ORG 46.2, micro **78.0** (83.3 with
/// `institutions`). Missed: a town after `أهوار` read with the noun, and again after `قضاء`, a
/// marsh read with its noun (`هور الحمار`), a dam's name, a group whose name is a common word and a
/// country (`طبيعة العراق`), a ministry, a parliament and a union federation by default (the
/// federation's plural nisba cut with `institutions`), a university named for a person run into
/// the professor after it, and `الجزائر العاصمة` read as the country. Then `أهوار` a place's
/// head: 80.5 (85.7 with `institutions`).
#[test]
fn modern_news_fiftieth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news50.txt"),
        43,
        "fiftieth set",
        80.0,
    );
}

/// A fifty-first set: a data leak from Morocco's social security fund, and Derna two years after
/// the flood (32 entities). First run: PERS 90.9, LOC 81.8, ORG 62.5, micro **80.0** (83.3 with
/// `institutions`). Missed: a hackers' group named by a word, a data protection commission, a UN
/// mission and a reconstruction fund by default (the last two read as the place in their name), a
/// bar association, a minister after a long title, two Libyan towns in a list (`البيضاء`,
/// `وشحات`), and a storm's name read as a person. Then a storm's name no person: 81.4 (84.7 with
/// `institutions`).
#[test]
fn modern_news_fifty_first_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news51.txt"),
        32,
        "fifty-first set",
        81.0,
    );
}

/// A fifty-second set: Iraq reaching the World Cup, and measles in Yemen's west (36 entities).
/// First run: PERS 100, LOC 85.7, ORG 75.0, micro **89.2** (90.9 with `institutions`). Missed: a
/// stadium and a square named by common words (`ملعب جذع النخلة`, `ساحة التحرير`), three districts
/// in a list after `مديريات` none of which the model found, and a football federation and a
/// hospital by default.
#[test]
fn modern_news_fifty_second_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news52.txt"),
        36,
        "fifty-second set",
        88.5,
    );
}

/// A fifty-third set: hunger in besieged Kadugli, and a Jordanian payments start-up's funding
/// round (56 entities). First run: PERS 91.7, LOC 93.9, ORG 60.6, micro **83.0** (84.4 with
/// `institutions`). Missed: the Rapid Support Forces (listed as a model feature only), the
/// SPLM named by a common phrase (`والحركة الشعبية`), El Obeid (`الأبيض`, "white"), a teaching
/// hospital named by its town, the start-up's second word (`كليك باي`), two wallets read as
/// persons (`زين كاش`, `أورانج موني`), a company named by a common word in a list
/// (`وموضوع`), a rival after `منافستها`, a bankers' association named with its country, and
/// `منظمة أطباء بلا حدود` read whole where this gold leaves the noun out. Then armed groups
/// named every day forced: 84.1; with a federation by its purpose and a company's second word,
/// 86.0.
#[test]
fn modern_news_fifty_third_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news53.txt"),
        56,
        "fifty-third set",
        85.5,
    );
}

/// A fifty-fourth set: Morocco's high-speed line carried on to Marrakech, and Riyadh's metro in
/// its first week (43 entities). First run: micro **75.0** as first written; its gold had left the
/// country its title opens on unmarked, and so marked it reads PERS 82.4, LOC 80.0, ORG 62.5,
/// micro **76.7** (78.1 with `institutions`). Missed: a minister read from his portfolio's second
/// word, a consumers' federation and its president, a Saudi transport company and a royal
/// commission for a city by their purpose, districts named by common words in a list, the
/// blue line's ends before directions, the operating company's second word, a station and a
/// channel named by common words, a town on the line, a house of representatives by default.
/// Then the rules they led to: 92.5 (93.8 with `institutions`).
#[test]
fn modern_news_fifty_fourth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news54.txt"),
        43,
        "fifty-fourth set",
        92.0,
    );
}

/// A fifty-fifth set: the date harvest of Algeria's Biskra looking for new markets, and phosphate
/// back at Tunisia's Redeyef (56 entities). First run: PERS 100, LOC 70.6, ORG 66.7, micro
/// **77.6** (78.8 with `institutions`). Missed: oasis towns and mining towns the lists do not hold
/// (`أورلال`, `الرديف`, `المتلوي`, `أم العرائس`, `المظيلة`, `شط السلام`), a farmers' chamber
/// for its province, a desert farming institute by its technical adjective, an exporters'
/// association's plural nisba (`للمصدرين الجزائريين`), `سيدي عقبة وأوماش` read as one place,
/// a chemical group, a regional union, a ministry by default, and the weevil `وسوسة` read as the
/// Tunisian city. Then the plural nisba after a body's people: 79.6 (80.8 with `institutions`).
#[test]
fn modern_news_fifty_fifth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news55.txt"),
        56,
        "fifty-fifth set",
        79.0,
    );
}

/// A fifty-sixth set: Mauritania's iron ore train, and Sudanese refugees crowding Libya's Kufra (47
/// entities). First run: PERS 80.0, LOC 95.8, ORG 66.7, micro **85.4** (86.7 with
/// `institutions`). Missed: the mining company's short name in brackets (`( اسنيم )`), a
/// Mauritanian name cut before its nasab (`محمد الأمين ولد الداه`) and one whose given name is
/// also a title (`الشيخ ولد محمود`), a mine and a town named by unknown words, a university's
/// adjective (`جامعة نواكشوط العصرية`), an anti-migration body named by its purpose in construct,
/// `منظمة` taken into the rights group's name where this gold leaves it out, and a house of
/// representatives by default. Then a short name in brackets and the nasab: 88.9 (90.1 with
/// `institutions`); with a university's adjective of its kind, 91.1 (92.3).
#[test]
fn modern_news_fifty_sixth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news56.txt"),
        47,
        "fifty-sixth set",
        90.5,
    );
}

/// A fifty-seventh set: desert locust swarms reaching Egypt's south and Sudan's Red Sea coast, and
/// Siwa's oasis opened to eco-tourism (42 entities). First run: PERS 71.4, LOC 73.9, ORG 46.2,
/// micro **68.5** (68.4 with `institutions`). Missed: a locust officer read into `المنظمة`
/// before him as one organisation, a regional locust commission, towns and a temple's god, a lake
/// named for a president read as the person (`بحيرة ناصر`), a plant protection body, a
/// governorate that is also a word (`مطروح`), an airline named by a common word (`نسمة`), a
/// businessman with a theophoric name (`منير نعمة الله`), an oasis society by its purpose, the
/// verb `رشت` read as the Iranian city, and `دلتا القاش` marked whole where this gold leaves the
/// delta out. Then the person after a body referred back to: 71.2.
#[test]
fn modern_news_fifty_seventh_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news57.txt"),
        42,
        "fifty-seventh set",
        71.0,
    );
}

/// A fifty-eighth set: Timbuktu's manuscripts back from Bamako, and Jordan's Ajloun forest after
/// the summer fires (39 entities). First run: PERS 70.6, LOC 84.2, ORG 53.3, micro **74.3** (77.8
/// with `institutions`). Missed: a manuscripts institute's purpose after its founder's name, a
/// family library, a UN representative's unknown given name, a Tuareg name cut before its nasab
/// `أغ`, an armed group, a heritage centre named for its founder, a nature reserve read as its
/// town, villages no list holds, a researcher's name after `في جامعة اليرموك` (`رنا القضاة`:
/// a given name that is also a verb, a family name that is a plural noun), a ministry by
/// default. Then the Tuareg nasab: 77.1 (80.6 with `institutions`).
#[test]
fn modern_news_fifty_eighth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news58.txt"),
        39,
        "fifty-eighth set",
        77.0,
    );
}

/// A fifty-ninth set: Iraq's marsh-reed weavers losing their market, and Oman's frankincense
/// harvest in Dhofar (40 entities). First run: PERS 77.8, LOC 80.0, ORG 25.0, micro **73.2** (75.0
/// with `institutions`); no rule was made for it. Missed: a kunya as a weaver's name (`أم
/// جاسم`), a city that is also a word (`العمارة`), a marsh read whole with its noun, a heritage
/// department, a national museum, a perfume house named by a common word (`أمواج`), a market's
/// district and a border town (`الحافة`, `شحن`), a German researcher run into her university, a
/// ministry by default.
#[test]
fn modern_news_fifty_ninth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news59.txt"),
        40,
        "fifty-ninth set",
        73.0,
    );
}

/// A sixtieth set: the pilgrimage to Djerba's Ghriba synagogue, and the trans-Saharan road between
/// Algeria and Niger (37 entities). First run: PERS 92.3, LOC 74.4, ORG 50.0, micro **75.0** (80.6
/// with `institutions`); no rule was made for it. Missed: the synagogue's name and its committee,
/// the island's towns (`حومة السوق`, `ميدون`), a Jewish quarter, a spokesman after a ministry
/// the default leaves out, a border town, `الجزائر العاصمة` read as the country, a liaison
/// committee named by its purpose, the Sahel.
#[test]
fn modern_news_sixtieth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news60.txt"),
        37,
        "sixtieth set",
        74.5,
    );
}

/// A sixty-first set: the rebuilding of Mosul's leaning minaret and the Nuri mosque, and the
/// restart of a blast furnace at Annaba's steel complex (34 entities). First run: PERS 76.9, LOC
/// 75.7, ORG 20.0, micro **66.7** (65.6 with `institutions`). Missed: the minaret's name, a word
/// (`الحدباء`, the hunchbacked), twice; UNESCO's full name cut after `الأمم المتحدة`; the mosque
/// after `جامع`; `داعش` with its head `تنظيم`; a riverside quarter named by a common word (`حي
/// الميدان`); the steel complex and its town; two mining towns after `منجمي`; a union leader's
/// family name after a compound given name (`نور الدين عمراني`); Annaba's districts; a Turkish
/// steelmaker after `مصنع`. Then quarters named by a common word and a compound given name's
/// family name: 72.1 (74.2 with `institutions`, which also takes UNESCO whole).
#[test]
fn modern_news_sixty_first_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news61.txt"),
        34,
        "sixty-first set",
        72.0,
    );
}

/// A sixty-second set: the Nubian guest houses of Aswan's west bank, and a French shipping group's
/// terminal at Latakia (29 entities). First run: PERS 66.7, LOC 86.7, ORG 80.0, micro **79.3**
/// (81.4 with `institutions`). Missed: a village whose name begins with a direction (`غرب
/// سهيل`), the Nile's west bank read as the West Bank, a heritage association by default, a
/// singer's `الصغير`, `جده` (his grandfather) read as Jeddah, a landing stage (`مرسى جديدا`)
/// as a place, a port director's family name ending like an accusative (`فادي حربا`), a
/// shipping chamber, `عبد القادر صبرا` cut before `صبرا`. Then a river's bank no place, 80.7,
/// and a family name ending in an alef before the clause: 84.2 (86.2 with `institutions`).
/// Later, with `جده` (his grandfather) no Jeddah where the text writes `ة`: 85.7.
#[test]
fn modern_news_sixty_second_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news62.txt"),
        29,
        "sixty-second set",
        84.0,
    );
}

/// A sixty-third set: Hebron's glass blowers, and the vanilla harvest of the Comoros (27
/// entities). First run: PERS 76.9, LOC 66.7, ORG 40.0, micro **66.7** (65.3 with
/// `institutions`). Missed: a glass blower's given name after a verb, `وجده` (and his
/// grandfather) read as Oujda, a chamber of commerce whose place is a governorate, the Ibrahimi
/// mosque, a ministry by default, a border crossing named by a word (`معبر الكرامة`), a street
/// named by a common word, an exporters' union, the Comoros' islands and towns no list holds
/// (`موهيلي`, `القمر الكبرى`, `موتسامودو`, `دوموني`). Then streets named by a common word:
/// 69.4 (68.0 with `institutions`).
/// Later, with `وجده` (and his grandfather) no Oujda where the text writes `ة`: 70.8.
#[test]
fn modern_news_sixty_third_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news63.txt"),
        27,
        "sixty-third set",
        69.0,
    );
}

/// A sixty-fourth set: Kairouan's carpet weavers, and coral reefs surveyed off Saudi Arabia's
/// northern Red Sea coast (27 entities). First run: PERS 90.9, LOC 88.9, ORG 60.0, micro
/// **83.3** (the same with `institutions`); no rule was made for it. Missed: a weaver's given
/// name no list holds (`مبروكة`), a weavers' cooperative and a crafts fair, a resort town that
/// is a common word (`الحمامات`, the baths; `الوجه`, the face), the developer's head `شركة`, an
/// island after `جزيرة` named by a kunya (`أم الحلم`).
#[test]
fn modern_news_sixty_fourth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news64.txt"),
        27,
        "sixty-fourth set",
        83.0,
    );
}

/// A sixty-fifth set: a desalination plant at Oman's port of Sohar, and the Beirut marathon (33
/// entities). First run: PERS 94.1, LOC 71.0, ORG 66.7, micro **76.7** (78.7 with
/// `institutions`). Missed: two governorates named by a direction (`شمال الباطنة`, read as
/// `الباطنة`), a water company, a local group and the marathon's association, two Omani towns no
/// list holds (`الغبرة`, `بركاء`), two quarters of Beirut after `شوارع`, the internal security
/// forces; `صباح الأحد` (Sunday morning) read as a person. Then a time of day before a weekday no
/// person: 78.0 (80.0 with `institutions`).
#[test]
fn modern_news_sixty_fifth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news65.txt"),
        33,
        "sixty-fifth set",
        77.5,
    );
}

/// A sixty-sixth set: forest fires in Algeria's Kabylie (a subject the ninth and twenty-seventh
/// sets had, noticed after the run), and a Turkish company's expansion of Mogadishu's port (29
/// entities). First run: PERS 61.5, LOC 88.9, ORG 50.0, micro **73.1** (69.2 with
/// `institutions`). Missed: the Kabylie by its common name (`القبائل`, the tribes), the civil
/// protection, a Berber town (`الأربعاء ناث إيراثن`, as in the twenty-seventh set), a village
/// after `قرية` read as a person (`آيت يحيى`), an association and the forests' conservation, a
/// Somali trader's family name (`حسن ورسمه`, read as `و` and a noun), `حركة الشباب` read as the
/// club `الشباب`, a chamber of commerce, a family name that is a common word (`جامع`). Then a
/// village named for the sons of someone a place: 76.9 (73.1 with `institutions`).
#[test]
fn modern_news_sixty_sixth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news66.txt"),
        29,
        "sixty-sixth set",
        76.5,
    );
}

/// A sixty-seventh set: Socotra's dragon's blood trees (the forty-seventh set's subject too,
/// noticed after the run), and a court annulling the board elections of Cairo's Zamalek club (23
/// entities). First run: PERS 88.9, LOC 87.5, ORG 73.7, micro **81.8** (85.1 with
/// `institutions`). Missed: a ranger's family name, a nisba, read as a place where it stood alone
/// after `ويقول`; `نادي` of `نادي الزمالك` read as an organisation of its own, which the document
/// pass carried to the headline; a valley after `وادي`; a court, a ministry and the Olympic
/// committee by default. Then a lone head noun no name, and a nisba family name after a verb of
/// saying the person named in full: 90.5 (93.3 with `institutions`).
#[test]
fn modern_news_sixty_seventh_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news67.txt"),
        23,
        "sixty-seventh set",
        90.0,
    );
}

/// A sixty-eighth set: excavations at AlUla's Dadan, and a Moroccan phosphate group's fertiliser
/// plant in Ethiopia (26 entities). First run: PERS 88.9, LOC 93.3, ORG 88.9, micro **91.7** (93.9
/// with `institutions`); no rule was made for it. Missed: a guide's name after `الدليل`, Hegra by
/// its common name (`الحجر`, the stone) twice, the phosphate office by default.
#[test]
fn modern_news_sixty_eighth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news68.txt"),
        26,
        "sixty-eighth set",
        91.0,
    );
}

/// A sixty-ninth set: gum arabic tapped in North Kordofan and sold through El Obeid, and a chess
/// tournament in Abu Dhabi (24 entities). First run: PERS 80.0, LOC 100.0, ORG 0.0, micro
/// **77.3** (the same with `institutions`). Missed: a gum council, a French importer after
/// `شركة`, a chess federation run into its president's unlisted given name (`تهلال الطاهر`), a
/// sports council cut before its adjective (`مجلس أبوظبي الرياضي`), an Egyptian player whose given
/// name is also a word (`باسم أمين`, "in the name of") and his family name alone; `غراند ماستر`
/// read as a person. Then a body of a place takes the adjective of its field: 81.8.
#[test]
fn modern_news_sixty_ninth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news69.txt"),
        24,
        "sixty-ninth set",
        81.5,
    );
}

/// A seventieth set: argan oil cooperatives near Essaouira, and Petra by candlelight (27
/// entities). First run: PERS 85.7, LOC 93.8, ORG 0.0, micro **82.4** (the same with
/// `institutions`). Missed: a Berber name cut after `أيت` (`فاطمة أيت بها`, `بها` being also "in
/// it"), a cooperative, a national agency of a long name, two companies after `شركة` (`فيلا`,
/// `جيت`), Petra's development authority read as the place alone; `المدينة الوردية`'s adjective
/// read as a place. Then a name going on after `أيت`: 86.3.
#[test]
fn modern_news_seventieth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news70.txt"),
        27,
        "seventieth set",
        86.0,
    );
}

/// A seventy-first set: Taliouine's saffron harvest, and Do'an's honey (24 entities). First run:
/// PERS 100.0, LOC 84.6, ORG 40.0, micro **84.4** (the same with `institutions`); no rule was
/// made for it. Missed: a village after `دوار`, a saffron house, a regional council, a valley
/// after `وادي`, a beekeepers' association read as its province alone.
#[test]
fn modern_news_seventy_first_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news71.txt"),
        24,
        "seventy-first set",
        84.0,
    );
}

/// A seventy-second set: a falconry festival at Doha's Katara, and a calligraphy biennial in
/// Sharjah (22 entities). First run: PERS 100.0, LOC 81.8, ORG 0.0, micro **82.9** (the same with
/// `institutions`); no rule was made for it. Missed: Katara and Al Khor, `جده` ("his
/// grandfather") read as Jeddah, a falcon hospital, a museum read as its city alone, a culture
/// department. Then `جده` written with `ه` in a text that writes `ة` no Jeddah: 85.0.
#[test]
fn modern_news_seventy_second_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news72.txt"),
        22,
        "seventy-second set",
        84.5,
    );
}

/// A seventy-third set: Lebanon's power cuts and private generators, and Morocco's high-speed
/// line extended to Marrakech, the fifty-fourth set's subject too, noticed after the run (26
/// entities). First run: PERS 85.7, LOC 80.0, ORG 66.7, micro
/// **79.2** (85.7 with `institutions`); no rule was made for it. Missed: the state utility
/// (`مؤسسة كهرباء لبنان`, a head, a noun and the country, read as the country), a power plant's
/// town after `معمل`, a Beirut quarter of two common words after `حي` (`الطريق الجديدة`), a
/// grouping of generator owners, a ministry by default, a quarter after `برج` read as a person
/// (`أبي حيدر`), a Moroccan town after `قرب` read as a person (`سيدي قاسم`).
#[test]
fn modern_news_seventy_third_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news73.txt"),
        26,
        "seventy-third set",
        79.0,
    );
}

/// A seventy-fourth set: Muscat's book fair, and Bahrain's pearl diving brought back for visitors
/// (21 entities). First run: PERS 100.0, LOC 87.0, ORG 50.0, micro **82.9** (85.7 with
/// `institutions`). Missed: Muscat read as the place inside the fair's name (twice; the fair is an
/// event), a ministry by default, a publishing house (`دار الآداب`), the gemstone institute cut
/// after its place (`معهد البحرين`), a port town that is also a common word (`الحد`). Then a body
/// found as its head and a place going on with what it is for: 87.8.
#[test]
fn modern_news_seventy_fourth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news74.txt"),
        21,
        "seventy-fourth set",
        87.5,
    );
}

/// A seventy-fifth set: Egypt's wheat tenders, and Africa's handball championship in Cairo (25
/// entities). First run: PERS 100.0, LOC 90.3, ORG 50.0, micro **89.8** (the same with
/// `institutions`). Missed: East Oweinat read as Oweinat, Cape Verde (a model feature only, its
/// words being common ones), the African handball federation cut after the African Union. Then
/// a federation the model found going on with the ball game it is for: 93.9.
#[test]
fn modern_news_seventy_fifth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news75.txt"),
        25,
        "seventy-fifth set",
        93.5,
    );
}

/// A seventy-sixth set: Bahrain's Formula 1 race, and Kuwait's Failaka island opened to visitors
/// again (22 entities). First run: PERS 100.0, LOC 88.9, ORG 75.0, micro **90.5** (88.4 with
/// `institutions`, which takes `فريق` into the team's name); no rule was made for it. Missed:
/// Sakhir after `حلبة`, the island's Greek name read as a person after `موقع`, a ministry by
/// default.
#[test]
fn modern_news_seventy_sixth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news76.txt"),
        22,
        "seventy-sixth set",
        90.0,
    );
}

/// A seventy-seventh set: Tozeur's palm oases short of water, and Fustat's potters asked to move
/// (17 entities). First run: PERS 57.1, LOC 77.8, ORG 0.0, micro **60.0** (68.8 with
/// `institutions`). Missed: Nefta after `و`, `بستانه` ("his orchard") read as a place by the
/// model before a quotation mark, an arid lands institute run into its town (`بمدنين`), two
/// ministries by default, the potters' village read as a place, a potter's calling run into his
/// name (`الفخاري سيد عبد الرازق`), a national museum, its director after `مديرته`. Then a
/// national museum named by what it is for: 64.5; and a calling of the nisba's shape before a
/// given name no part of the name: 71.0.
#[test]
fn modern_news_seventy_seventh_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news77.txt"),
        17,
        "seventy-seventh set",
        70.5,
    );
}

/// A seventy-eighth set: the Bekaa's potato growers without markets, and Jazan's mountain coffee
/// (23 entities). First run: PERS 100.0, LOC 92.9, ORG 85.7, micro **93.3** (the same with
/// `institutions`); no rule was made for it. Missed: a farmers' grouping named for its plain,
/// read as the plain, and the market town of Chtaura.
#[test]
fn modern_news_seventy_eighth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news78.txt"),
        23,
        "seventy-eighth set",
        93.0,
    );
}

/// A seventy-ninth set: Chinese factories at Ain Sokhna, and Amman's payment start-ups, the
/// thirtieth set's subject too, noticed after the run (17 entities). First run: PERS 85.7, LOC 70.6, ORG 88.9, micro **78.8** (the same with
/// `institutions`); no rule was made for it. Missed: Ain Sokhna read as Sokhna (twice), the Suez
/// Canal economic zone read as the canal, an investor after `المستثمرة`.
#[test]
fn modern_news_seventy_ninth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news79.txt"),
        17,
        "seventy-ninth set",
        78.5,
    );
}

/// An eightieth set: tourists back in the Hoggar, and green turtles at Ras al Jinz (19 entities).
/// First run: PERS 75.0, LOC 85.7, ORG 50.0, micro **78.8** (85.7 with `institutions`). Missed: a
/// Tuareg given name before `إبراهيم`, Ras al Jinz (twice), the national airline (`الخطوط الجوية
/// الجزائرية`), an environment authority by default, a governorate named by a direction (`جنوب
/// الشرقية`). Then an airline named by its country's nisba: 82.4.
#[test]
fn modern_news_eightieth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news80.txt"),
        19,
        "eightieth set",
        82.0,
    );
}

/// An eighty-first set: Tripoli's olive-oil soap makers, and the Jerash festival back after two
/// years (18 entities). First run: PERS 83.3, LOC 85.7, ORG 66.7, micro **83.3** (86.5 with
/// `institutions`); no rule was made for it. Missed: a caravanserai (`خان الصابون`), a
/// municipality's head cut after his compound given name (`عبد الحميد كريمة`, `كريمة` being also
/// "generous"), Jerash read as the place inside the festival's name (twice: this set's gold marks
/// the festival whole as an event, where ANERcorp and the set with `مهرجان [LOC قرطاج]` mark the
/// town inside it), a tourism board.
#[test]
fn modern_news_eighty_first_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news81.txt"),
        18,
        "eighty-first set",
        83.0,
    );
}

/// An eighty-second set: Luxor's hot-air balloons flying again, and Ghadames' old town reopened
/// (17 entities). First run: PERS 100.0, LOC 100.0, ORG 40.0, micro **90.3** (the same with
/// `institutions`); no rule was made for it. Missed: a civil aviation authority, a balloon
/// company after `شركة`, an antiquities department.
#[test]
fn modern_news_eighty_second_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news82.txt"),
        17,
        "eighty-second set",
        90.0,
    );
}

/// An eighty-third set: Ghardaia's carpet festival, and Chefchaouen short of water (20 entities).
/// First run: PERS 75.0, LOC 75.0, ORG 0.0, micro **68.6** (the same with `institutions`); no
/// rule was made for it. Missed: the M'zab valley after `قصور`, two small towns (`وتيميمون`,
/// `بني يزقن`), a chamber of crafts, `الزرقاء` ("the blue") read as Zarqa, the national water
/// and power office cut before `الصالح للشرب`, a spring after `نبع`, the commune's town run into
/// its head's name (`جماعة شفشاون محمد السفياني`).
#[test]
fn modern_news_eighty_third_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news83.txt"),
        20,
        "eighty-third set",
        68.5,
    );
}

/// An eighty-fourth set: Chinguetti's family libraries, and the Hail rally (18 entities). First
/// run: PERS 100.0, LOC 66.7, ORG 50.0, micro **74.3** (the same with `institutions`); no rule
/// was made for it. Missed: Chinguetti and Ouadane, a national foundation cut before its last
/// adjective (`المدن القديمة`), Hail read as the place inside the rally's name (twice, as the
/// eighty-first set's festival), a motor sport federation cut before `والدراجات النارية` (its
/// nisba `السعودي` not read as a country's: reading every masculine nisba whose feminine is a
/// listed place so took `المركز الناصري`, Nasserist, for Nasiriyah), the Nafud sands.
#[test]
fn modern_news_eighty_fourth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news84.txt"),
        18,
        "eighty-fourth set",
        74.0,
    );
}

/// An eighty-fifth set: Iraq's parliament electing its speaker, and UNIFIL's patrols in south
/// Lebanon (20 entities). First run: PERS 88.9, LOC 90.9, ORG 33.3, micro **68.7** (64.7 with
/// `institutions`). Missed: the parliament by default (twice), a Sunni alliance and the Shia
/// framework, a university run into the professor named after it (`جامعة بغداد إحسان الشمري`,
/// `إحسان` being no listed given name), UNIFIL (twice: listed as a model feature only), a border
/// village. Then a person after a body and its place no part of it: 78.8.
#[test]
fn modern_news_eighty_fifth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news85.txt"),
        20,
        "eighty-fifth set",
        78.5,
    );
}

/// An eighty-sixth set: US Central Command downing drones over the Red Sea, and Syrians returning
/// through Bab al-Hawa (17 entities). First run: PERS 85.7, LOC 80.0, ORG 66.7, micro **78.8**
/// (80.0 with `institutions`); no rule was kept for it. Missed: Washington in the headline, which
/// its gold, written before the run, leaves unmarked as the government it stands for (ANERcorp
/// would mark it), the command (listed as a model feature only), a British maritime agency, Bab
/// al-Hawa twice after `معبر` and in the headline, Gaziantep read as a person (`غازي` being a
/// given name). `معبر` among the words that precede a place read Bab al-Hawa (85.7) and twelve
/// crossings of the extracts rightly, but moved leak-free CV on seed 0 from 80.0 to 79.7, the list
/// being a feature the models are trained with; it was not kept.
#[test]
fn modern_news_eighty_sixth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news86.txt"),
        17,
        "eighty-sixth set",
        78.5,
    );
}

/// An eighty-seventh set: Kuwait's emir suspending articles of the constitution, and Tunisian
/// journalists protesting the jailing of colleagues (14 entities). First run: PERS 100.0, LOC
/// 100.0, ORG 54.5, micro **81.5** (92.9 with `institutions`). Missed: the National Assembly by
/// default, a radio station read as its last two words (`الديوان إف إم`), a human rights league
/// cut after `للدفاع`. Then a body for defending taking what it defends: 88.9.
#[test]
fn modern_news_eighty_seventh_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news87.txt"),
        14,
        "eighty-seventh set",
        88.5,
    );
}

/// An eighty-eighth set: Somaliland's port deal with Ethiopia, and Morocco's parliament passing a
/// law on strikes (18 entities). First run: PERS 75.0, LOC 82.4, ORG 75.0, micro **78.8** (80.0
/// with `institutions`); no rule was made for it. Missed: Somaliland read as Somalia, a foreign
/// ministry and the parliament by default, the Horn of Africa (listed as a model feature only),
/// `صادق` ("ratified") read as a person at the start of the sentence, a union leader after
/// `أمينه العام` (`الميلودي المخارق`).
#[test]
fn modern_news_eighty_eighth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news88.txt"),
        18,
        "eighty-eighth set",
        78.5,
    );
}

/// An eighty-ninth set, the first of four written by another hand than the earlier sets' (a
/// helper given the conventions and never the tagger's output), as a wire agency writes: Egypt's
/// parliamentary election (a coalition list, parties, a movement, districts) and Libya's oil
/// licensing round (companies with their nationality, an acronym in Latin letters, a field).
/// First run: micro **78.4**, 83.2 with `--institutions`; then the country's adjective after a
/// company's name: **80.4**. Missed: the coalition list (`القائمة الوطنية من أجل مصر`), a
/// movement named by adjectives, the parliament (an institution, default-off), two districts
/// after `دائرة`, a think tank read as its paper (`الأهرام`).
#[test]
fn modern_news_eighty_ninth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news89.txt"),
        50,
        "eighty-ninth set",
        80.0,
    );
}

/// A ninetieth set, by the same second hand, as a Gulf paper writes (honorifics, the state agency
/// after the dateline): Qatar's investment authority in data centres (companies in Latin letters
/// and in Arabic) and the Emirati lunar rover (a space centre, landers and their makers). First
/// run: micro **72.9**; then the country's adjective after a company's name: **75.3**. Missed:
/// the authority (`جهاز قطر للاستثمار`, its place read alone), names in Latin letters (`Blue
/// Owl`), the stock exchange by its place, landers and rovers read as persons or companies.
#[test]
fn modern_news_ninetieth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news90.txt"),
        40,
        "ninetieth set",
        75.0,
    );
}

/// A ninety-first set, by the same second hand, as a Maghreb site writes: Algeria's finance law
/// (the assembly, parties by their acronyms) and a Moroccan forward sold to France (a club named
/// `الجيش الملكي`, read as an army). First run: micro **77.4**; no rule came of it.
#[test]
fn modern_news_ninety_first_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news91.txt"),
        48,
        "ninety-first set",
        77.0,
    );
}

/// A ninety-second set, by the same second hand, as a Levant paper writes: a Jordanian teacher
/// jailed over a post and Aleppo's old markets restored (markets, gates and quarters in lists, a
/// chamber of commerce, UNESCO by its full name). First run: micro **73.6**; then a nisba family
/// name after `كان` (`وكان العمري ، وهو من`): **75.0**; then quarters in a list after a plural of
/// settlements (`أحياء باب النيرب والجلوم وبانقوسا`): **79.1**. Missed: markets after their head
/// in the dual (`سوقي الزرب والعطارين`), a double family name (`قصاب باشي`), a body's unit (`وحدة
/// الجرائم الإلكترونية`).
#[test]
fn modern_news_ninety_second_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news92.txt"),
        45,
        "ninety-second set",
        78.5,
    );
}

/// A ninety-third set by the second hand (see the eighty-ninth), held out from the model's
/// training. First run, with the model trained on ANERcorp alone: **80.0** (PERS 82.1, LOC 89.7, ORG 52.2: the organisations missed were most of them (a council of a governorate, a police command, factions)). With
/// the model trained on the marked sets up to the eighty-eighth too: **85.5**.
#[test]
fn modern_news_ninety_third_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news93.txt"),
        66,
        "ninety-third set",
        85.0,
    );
}

/// A ninety-fourth set by the second hand (see the eighty-ninth), held out from the model's
/// training. First run, with the model trained on ANERcorp alone: **65.4** (PERS 91.9, LOC 64.0, ORG 44.4: clubs for sale and a holding named by their own words, a tower and its city). With
/// the model trained on the marked sets up to the eighty-eighth too: **73.0**.
#[test]
fn modern_news_ninety_fourth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news94.txt"),
        65,
        "ninety-fourth set",
        72.5,
    );
}

/// A ninety-fifth set by the second hand (see the eighty-ninth), held out from the model's
/// training. First run, with the model trained on ANERcorp alone: **71.0** (PERS 76.2, LOC 82.4, ORG 45.2: armed groups and tribal alliances, camps). With
/// the model trained on the marked sets up to the eighty-eighth too: **73.6**.
#[test]
fn modern_news_ninety_fifth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news95.txt"),
        67,
        "ninety-fifth set",
        73.0,
    );
}

/// A ninety-sixth set by the second hand (see the eighty-ninth), held out from the model's
/// training. First run, with the model trained on ANERcorp alone: **81.1** (PERS 83.7, LOC 88.9, ORG 76.0: Latin-script brands and a start-up). With
/// the model trained on the marked sets up to the eighty-eighth too: **87.2**.
#[test]
fn modern_news_ninety_sixth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news96.txt"),
        62,
        "ninety-sixth set",
        86.5,
    );
}

/// A forty-sixth set: a strike at Tunisia's state electricity company and Baghdad's metro put
/// out to a consortium (33 entities). First run: micro **82.5** as first written; its gold had
/// left a family name's second mention unmarked (`وأكد الجلاصي أن`), and so marked it reads
/// PERS 93.3, LOC 91.4, ORG 57.1, micro **84.4**. Missed: a union federation
/// (`الجامعة العامة للكهرباء والغاز`), a ministry by default, an investment commission ending on
/// `الوطنية`, a Korean company's second word (`هيونداي روتيم`), `ومدينة الصدر` read as two
/// places, a university named by an adjective (`الجامعة التكنولوجية`), and the adjective of a
/// people read as a person (`تحالف فرنسي كوري`). Then a settlement's noun alone no place, and
/// adjectives of two peoples in a row: 87.1 (90.6 with `institutions`); with a federation by its
/// purpose (`الجامعة العامة للكهرباء والغاز`) and a company's second word (`هيونداي روتيم`), 92.1.
#[test]
fn modern_news_forty_sixth_set_scores() {
    hold_at(
        include_str!("../fixtures/ner/modern_news46.txt"),
        33,
        "forty-sixth set",
        92.0,
    );
}

/// The sets spelt as other papers spell (every alef without its hamza; a final `ي` written `ى`,
/// as Egyptian papers do; the accusative's tanween on a final alef), scored against their gold
/// spelt alike: the rules read words by their keys, in which the spellings are one, so what
/// changes is the model's reading of a word as written (its features keep `أ` and `ى` apart
/// from `ا` and `ي`, having learnt from ANERcorp's spelling) and `على` for the name `علي`, which
/// Egyptian papers spell alike.
#[test]
fn modern_news_the_same_however_papers_spell_them() {
    let average = |spell: &dyn Fn(&str) -> String| {
        SETS.iter()
            .map(|(_, text)| score(&spell(text)).1)
            .sum::<f64>()
            / SETS.len() as f64
    };
    let held_out = SETS[TRAINED_ON..]
        .iter()
        .map(|(_, text)| score(text).1)
        .sum::<f64>()
        / (SETS.len() - TRAINED_ON) as f64;
    println!(
        "average micro F1 over the {} held-out sets: {held_out:.1}",
        SETS.len() - TRAINED_ON
    );
    let written = average(&|s: &str| s.to_owned());
    let bare = average(&bare_alef);
    let egyptian = average(&final_yaa_as_alef_maqsura);
    let tanween = average(&tanween_on_final_alef);
    let voweled = average(&fatha_on_every_letter);
    println!(
        "average micro F1 over {} sets: {written:.1} as written, {bare:.1} with alef without \
         hamza, {egyptian:.1} with final yaa as ى, {tanween:.1} with tanween on a final alef, \
         {voweled:.1} with a fatha on every letter",
        SETS.len()
    );
    assert!(
        voweled >= written - 1.0,
        "a fatha on every letter: {voweled:.1}, as written {written:.1}"
    );
    assert!(
        tanween >= written - 1.0,
        "tanween on a final alef: {tanween:.1}, as written {written:.1}"
    );
    assert!(
        bare >= written - 1.0,
        "alef without hamza: {bare:.1}, as written {written:.1}"
    );
    assert!(
        egyptian >= written - 1.0,
        "final yaa as ى: {egyptian:.1}, as written {written:.1}"
    );
}
