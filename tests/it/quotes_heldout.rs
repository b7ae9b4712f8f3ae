//! Quotations and speakers measured on invented news that no rule of the quotation finder was
//! written from (tests/fixtures/news/quotes_heldout.txt). The gold below was written with the
//! text, before the finder was run on it. Its first run is the held-out figure (README): speech
//! F1 94.9, speakers right 22 of 28. Three general faults it showed were then fixed (the outlet
//! after the verb as speaker, a participle's object as speaker, `عدم ذكر` read as a verb), so the
//! set is no longer held out: it guards against regressions at today's figures.
//!
//! Conventions of the gold: words a speaker said are speech, whether quoted whole after a colon
//! or as a fragment of reported speech (`إن "…"`, `معتبرا أنها "…"`); a chant is speech of the
//! crowd; a name, a title or a term quoted is a scare quote. A headline `X: …` is a speech
//! quotation without marks. A speaker is right when the found name and the gold one contain one
//! another (`الحسيني` for `ليلى الحسيني`), or the found mention and the gold do (`الهيئة`, named
//! `هيئة الأرصاد الجوية` after the body it points back at).

use hamish::analysis::{Kind, QuoteStyle, analyze};

use crate::spellings::{
    bare_alef, fatha_on_every_letter, final_yaa_as_alef_maqsura, tanween_on_final_alef,
};

const FILE: &str = include_str!("../fixtures/news/quotes_heldout.txt");

/// A second set, written after the fixes the first one led to, gold first. Its first run is the
/// README's held-out figure: speech F1 94.1, speakers right 11 of 16. One error was then fixed,
/// being against a rule of the analysis (an outlet is never the speaker: `نقلت صحيفة هآرتس عن
/// مصدر إسرائيلي قوله`); the others (a title named later, `أما … فقال`, a verb the list lacks)
/// are left as they are, measured.
const FILE2: &str = include_str!("../fixtures/news/quotes_heldout2.txt");

/// (the quotation as written, its speaker; None: a scare quote)
type Gold = &'static [(&'static str, Option<&'static str>)];

const GOLD2: Gold = &[
    ("لا عودة إلى الوراء", Some("الرئيس التونسي")),
    (
        "«الدولة لن تتسامح مع المحتكرين والمضاربين»",
        Some("قيس سعيد"),
    ),
    (
        "«الشعب التونسي يريد الماء والكهرباء والخبز، لا الشعارات»",
        Some("سعيد"),
    ),
    ("«هروب إلى الأمام»", Some("الاتحاد العام التونسي للشغل")),
    (
        "«الاتفاق يدخل حيز التنفيذ عند منتصف الليل»",
        Some("مسؤول مصري"),
    ),
    (
        "\"التزمنا بكل ما طلب منا، والكرة الآن في ملعب الاحتلال\"",
        Some("أسامة حمدان"),
    ),
    ("\"هش وقد ينهار في أي لحظة\"", Some("مصدر إسرائيلي")),
    (
        "\"المستثمرين يبحثون عن ملاذ آمن في ظل التوترات\"",
        Some("توماس ريتشاردز"),
    ),
    (
        "“نتوقع أن يتجاوز السعر ثلاثة آلاف دولار للأوقية قبل الصيف”",
        Some("ريتشاردز"),
    ),
    ("\"الجنيه الذهب\"", None),
    (
        "\"لعبنا بذكاء واستغللنا أخطاء المنافس\"",
        Some("خورخي جيسوس"),
    ),
    ("\"لم يكن في يومه\"", Some("مدرب النصر")),
    ("\"سنعود أقوى في المباريات القادمة\"", Some("مدرب النصر")),
    ("”شكرا لجماهيرنا الوفية“", Some("سالم الدوسري")),
    (
        "\"الوقت ينفد، ونحتاج إلى وصول آمن ودون عوائق\"",
        Some("سيندي ماكين"),
    ),
    ("\"نأكل وجبة واحدة كل يومين\"", Some("أحد النازحين")),
    ("\"المناطق الحمراء\"", None),
    ("\"تصريحات غير مسؤولة\"", Some("وزارة الخارجية الجزائرية")),
    (
        "“علاقاتنا مع فرنسا لن تبنى على حساب ذاكرتنا”",
        Some("أحمد عطاف"),
    ),
    (
        "\"نأسف لهذا القرار ونأمل في استئناف الحوار سريعا\"",
        Some("المتحدثة باسم الخارجية الفرنسية"),
    ),
];

/// A third set, in the manners of other outlets (the speaker after the quotation, a statement
/// `جاء فيه`, a tweet, witnesses and sources, `بحسب … فإن`, a nested quotation, an unclosed mark,
/// headlines of a source, a country, a name with a phrase after it), written gold first like the
/// others. Its first run is the README's held-out figure: speech F1 92.0, speakers right 19 of
/// 23. Three general faults it showed were then fixed (the issuer of a statement `جاء فيه`, a
/// source after `بحسب`, a verb before a scare quote still governing the speech after it); the
/// unclosed mark (its gold ends before the full stop, set 1's after it) and the quotation nested
/// in another of the other family (part of the outer one, by design) stay counted as misses.
const FILE3: &str = include_str!("../fixtures/news/quotes_heldout3.txt");

const GOLD3: Gold = &[
    ("الموازنة الجديدة بلا ضرائب إضافية", Some("مصدر حكومي")),
    (
        "\"الموازنة المقبلة لن تتضمن أي ضرائب جديدة على الدخل\"",
        Some("مصدر حكومي"),
    ),
    ("\"سكاي نيوز عربية\"", None),
    ("\"تسعى إلى خفض العجز عبر ترشيد الإنفاق\"", Some("المصدر")),
    ("\"غير كافية\"", Some("خبراء اقتصاديون")),
    ("سنقاتل حتى النهاية", Some("الركراكي")),
    ("«لا أحد يهدينا شيئا في هذه البطولة»", Some("وليد الركراكي")),
    ("\"لا نخشى أي منافس، لكننا نحترم الجميع\"", Some("الركراكي")),
    ("\"المجموعة قوية ومتماسكة\"", Some("الركراكي")),
    ("\"ديما مغرب\"", Some("المشجعون")),
    (
        "“لن نقبل بأي حل يفرض علينا من الخارج”",
        Some("محمد شياع السوداني"),
    ),
    ("“العراق لن يكون ساحة لتصفية الحسابات”", Some("السوداني")),
    ("\"رسالة واضحة لكل الأطراف\"", Some("ياسر المالكي")),
    (
        "\"عدد الإصابات بالكوليرا تضاعف خلال أسبوعين",
        Some("منظمة الصحة العالمية"),
    ),
    ("\"الوضع يتطلب استجابة عاجلة من المانحين\"", Some("المنظمة")),
    (
        "\"الحوار هو الطريق الوحيد لحل الأزمات\"",
        Some("عبد الله بن زايد"),
    ),
    (
        "\"على السكان الابتعاد فورا عن المناطق المحددة\"",
        Some("أفيخاي أدرعي"),
    ),
    ("\"القصف استمر طوال الليل دون توقف\"", Some("شهود عيان")),
    ("\"معظم الضحايا من النساء والأطفال\"", Some("مصادر طبية")),
    (
        "\"الاشتباكات أسفرت عن مقتل عشرة مقاتلين على الأقل\"",
        Some("المرصد السوري لحقوق الإنسان"),
    ),
    ("نرفض أي مساس بسيادة الدول", Some("السعودية")),
    ("\"صفقة القرن\"", None),
    (
        "«لقد أبلغنا الوسطاء أن \"الضمانات الأمريكية\" غير كافية»",
        Some("المتحدث باسم الحركة"),
    ),
    ("\"الضمانات الأمريكية\"", None),
    ("المنطقة في أخطر مراحلها", Some("أبو الغيط")),
    ("\"تمر بأخطر مراحلها منذ عقود\"", Some("أحمد أبو الغيط")),
    ("\"الحل لن يكون عسكريا\"", Some("أحمد أبو الغيط")),
    (
        "\"الليرة ستواصل التراجع ما لم يرفع المركزي الفائدة\"",
        Some("مصطفى صونمز"),
    ),
    (
        "\"ندين بشدة الهجوم الإرهابي الذي استهدف المدنيين الأبرياء\"",
        Some("وزارة الخارجية القطرية"),
    ),
    ("\"ذاكرة المدن\"", None),
];

/// A fourth set, written gold first after the third set's fixes: a quotation over two
/// paragraphs, the speaker after the words (`بحسب ما قاله`, `قال نتنياهو`), a verb with no subject
/// after a question's topic, a headline naming the one spoken to, fragments after `بأنها` and
/// `إن الفريق`, scare quotes of names of initiatives. Its first run is the README's held-out
/// figure: speech F1 91.4, speakers right 14 of 16. Three general faults it showed were then
/// fixed (a short quotation with its reporting verb right after it is speech; the source after
/// the words, `بحسب ما قاله X`; the object of a preposition is not a verb's implied subject),
/// and with them chants across a place phrase (`وردد المشجعون في المدرجات "…"`, a miss of
/// sets 1 and 3). Later, fragments of reported speech (after `بأنها`, `إن الفريق`, `أن القرار`),
/// a miss of every set, became speech too, and `لاعب` stopped reading as ل + a listener.
const FILE4: &str = include_str!("../fixtures/news/quotes_heldout4.txt");

const GOLD4: Gold = &[
    (
        "«الإصلاحات بدأت تؤتي ثمارها، والاحتياطي النقدي في أعلى مستوياته.",
        Some("أحمد كجوك"),
    ),
    (
        "«نحن ملتزمون بخفض الدين العام إلى أقل من 80 في المئة من الناتج المحلي بحلول 2027»",
        Some("أحمد كجوك"),
    ),
    (
        "\"لن تكون هناك زيادة في أسعار الخبز المدعم\"",
        Some("أحمد كجوك"),
    ),
    ("“الوضع كارثي بكل المقاييس”", Some("محمد أبو سلمية")),
    ("“المستشفى يعمل بأقل من ربع طاقته”", Some("أبو سلمية")),
    ("“انهيار كامل للمنظومة الصحية”", Some("أبو سلمية")),
    (
        "\"هل يمكن أن نصل إلى اتفاق شامل هذا العام؟ نعم، إذا توفرت الإرادة\"",
        Some("هانس غروندبرغ"),
    ),
    ("\"لقد تلقينا إشارات إيجابية\"", Some("هانس غروندبرغ")),
    (
        "\"الصادرات ستعود إلى مستواها الطبيعي الأسبوع المقبل\"",
        Some("مسؤول"),
    ),
    ("أمن مصر خط أحمر", Some("السيسي")),
    (
        "\"أمن مصر القومي خط أحمر لا يمكن تجاوزه\"",
        Some("عبد الفتاح السيسي"),
    ),
    ("\"حرب استنزاف طويلة\"", Some("إلياس حنا")),
    ("\"قدم أداء رجوليا\"", Some("محمد النني")),
    ("\"الجماهير تستحق الفرحة\"", Some("محمد النني")),
    ("\"حياة كريمة\"", None),
    ("«الجمهورية الجديدة»", None),
    (
        "\"أي حل لا يضمن إقامة الدولة الفلسطينية لن يكتب له النجاح\"",
        Some("الرئاسة الفلسطينية"),
    ),
    ("\"الدولة وحدها تملك قرار الحرب والسلم\"", Some("نواف سلام")),
    ("\"هذا عار على الإنسانية\"", Some("إلهان عمر")),
    ("\"الجيش انسحب من البلدة قبل يومين\"", Some("سكان")),
    ("\"لن نسمح بذلك\"", Some("نتنياهو")),
];

/// A fifth set, written gold first: the source an agency quoted (`نسبت وكالة … إلى … قوله`), a
/// subject before `قد صرح`, `نقل عن … قوله`, the speaker after the words with `يقول`, a question
/// quoted, `أما … فتوقعت`, a warning's object, a quotation split by its speaker, a crowd's chant,
/// an accusation, a headline with marks after the colon, `جاء على لسان`, marks written the wrong
/// way round (`”…“`), a fragment with `وفقا ل` after it, a newspaper's own words, and scare quotes
/// of a term, an operation and a square. Its first run is the README's held-out figure: speech
/// F1 94.3 (P 100, R 89.3), speakers right 19 of 25. The general faults it showed were then
/// fixed: the one an outlet quotes (`نسبت … إلى X قوله`), the one on whose tongue words came
/// (`على لسان`), a kunya (`أم محمد`), the topic of `أما … فتوقعت`, `رد … بأن`, a crowd chanting
/// (`مرددين`), a two-word title heading a headline (`ولي العهد`), a short quotation with its source
/// after it (`وفقا لمصدر`); the accusation (`اتهم … بـ"…"`, speech by the gold) stays a miss.
const FILE5: &str = include_str!("../fixtures/news/quotes_heldout5.txt");

const GOLD5: Gold = &[
    ("لا تطبيع دون دولة فلسطينية", Some("ولي العهد السعودي")),
    (
        "\"لن تقيم علاقات دبلوماسية مع إسرائيل دون قيام دولة فلسطينية مستقلة وعاصمتها القدس الشرقية\"",
        Some("محمد بن سلمان"),
    ),
    (
        "\"الموقف السعودي لم يتغير منذ سنوات\"",
        Some("دبلوماسي غربي"),
    ),
    ("\"الكرة في ملعب الإسرائيليين\"", Some("فيصل بن فرحان")),
    ("\"تعمل على مدار الساعة\"", Some("أحمد خالد حسن")),
    (
        "\"تم إغلاق نفق محرم بك أمام حركة السيارات حتى سحب المياه\"",
        Some("مدير أمن الإسكندرية"),
    ),
    (
        "«المياه وصلت إلى ركبتي ولم أستطع فتح المحل»",
        Some("أبو أحمد"),
    ),
    ("\"البيت غرق بالكامل، وما حدش سأل علينا\"", Some("أم محمد")),
    (
        "\"من يتحمل مسؤولية هذا الإهمال كل عام؟\"",
        Some("محمود عطية"),
    ),
    (
        "\"استمرار عدم الاستقرار حتى منتصف الأسبوع\"",
        Some("هيئة الأرصاد الجوية"),
    ),
    ("\"سيول محتملة على الطرق الصحراوية\"", Some("الهيئة")),
    ("\"هدنة أولمبية\"", None),
    ("\"السلام ممكن إذا أردناه جميعا\"", Some("ماكرون")),
    ("«نحن منفتحون على كل المبادرات»", Some("جان نويل بارو")),
    ("«لكن على روسيا أن توقف القصف أولا»", Some("جان نويل بارو")),
    ("\"لم تتلق أي مقترح رسمي\"", Some("ديمتري بيسكوف")),
    (
        "\"إنها مبادرة للاستهلاك الإعلامي ليس إلا\"",
        Some("محلل سياسي روسي"),
    ),
    ("\"الآن، الآن، صفقة الآن\"", Some("الإسرائيليين")),
    (
        "\"ابني هناك منذ أكثر من عام، ولن أسكت حتى يعود\"",
        Some("إيناف تسنغاوكر"),
    ),
    ("\"خدمة أجندة حماس\"", Some("إيتمار بن غفير")),
    ("\"ساحة المخطوفين\"", None),
    ("\"لن نوقف الحرب قبل تحقيق أهدافها\"", Some("نتنياهو")),
    ("\"السيوف الحديدية\"", None),
    ("\"العمليات ستتواصل في الشمال أياما\"", Some("أفيخاي أدرعي")),
    (
        "\"مو لاعب استثنائي، ولا أملك كلمات لوصفه\"",
        Some("آرني سلوت"),
    ),
    ("”لا أعرف ماذا سيحدث، أنا أركز على الموسم فقط“", Some("صلاح")),
    ("\"خلال أسابيع\"", Some("مصدر مقرب من اللاعب")),
    ("\"عرض من عالم آخر\"", Some("غارديان")),
    (
        "\"الأسعار ستبقى كما هي حتى نهاية الشهر\"",
        Some("محمد المومني"),
    ),
    (
        "\"ندعو المواطنين إلى استقاء المعلومات من مصادرها الرسمية\"",
        Some("المومني"),
    ),
    ("\"لجنة التسعير لم تجتمع بعد\"", Some("مصدر حكومي")),
];

/// A sixth set, written gold first in the manners of Maghreb, Gulf, Levant and wire copy:
/// guillemets with spaces inside (`« … »`), a headline whose speaker is itself in marks
/// (`«الصحة»: «…»`), `وأشار إلى أن` with no subject, `بحسب بيان للوزارة، فإن`, sources talking to a
/// newspaper named in marks, a name with its post after it between commas, a subject with a
/// relative clause, a club's account, a hashtag, a speaker named after `بهذه الكلمات لخصت`,
/// `حسب ما صرح به X لـ"…"`, `وصفه X بأنه`, `شددت … على أن`, a present tense `وتقول`, a programme's
/// name. Its first run is the README's held-out figure: speech F1 97.4 (P 95.0, R 100), speakers
/// right 15 of 19. Its five faults were then fixed, each a general one: a headline speaker in
/// marks, the outlet after a bare `لـ` (read as speech), the issuer of `بيان للوزارة`, the words
/// pointed back at (`بهذه الكلمات لخصت سهام`), a verb with an object pronoun (`وصفه X`).
const FILE6: &str = include_str!("../fixtures/news/quotes_heldout6.txt");

const GOLD6: Gold = &[
    ("«الصحة»", None),
    ("«لا إصابات جديدة بالحصبة منذ أسبوع»", Some("الصحة")),
    (
        "« الحملة الوطنية للتلقيح حققت أهدافها »",
        Some("عبد الرحيم لحلو"),
    ),
    (
        "« نسبة التغطية تجاوزت 90 في المائة في أغلب الجهات »",
        Some("لحلو"),
    ),
    ("\"الوضع الوبائي تحت السيطرة الكاملة\"", Some("وزارة")),
    ("الحكومة تتجه لرفع الدعم عن البنزين", Some("مصادر")),
    ("\"الشرق الأوسط\"", None),
    (
        "\"الحكومة تدرس رفع الدعم عن البنزين تدريجيا خلال العام المقبل\"",
        Some("مصادر مطلعة"),
    ),
    ("\"القرار سيكون مؤلما لكنه ضروري\"", Some("محمد بن عيسى")),
    (
        "\"الزيادة لن تتجاوز عشرة في المائة في المرحلة الأولى\"",
        Some("المصدر"),
    ),
    (
        "\"من سيحمي القدرة الشرائية للمواطنين؟\"",
        Some("رشيد حموني"),
    ),
    (
        "\"لم نكن في أفضل حالاتنا، لكن الفريق لم يستسلم\"",
        Some("جورجي جيسوس"),
    ),
    (
        "\"كنا نستحق الفوز، والحكم حرمنا من ركلة جزاء واضحة\"",
        Some("كريم بنزيما"),
    ),
    (
        "\"الحكم كان نجم المباراة\"",
        Some("الحساب الرسمي لنادي الاتحاد"),
    ),
    ("\"#الهلال_الاتحاد\"", None),
    ("\"ما عاد فينا نعيش\"", Some("سهام")),
    (
        "\"لا يمكن ضبط الأسعار من دون استقرار سعر الصرف\"",
        Some("عامر البساط"),
    ),
    ("\"النهار\"", None),
    (
        "\"الأسعار ارتفعت بنسبة 40 في المائة منذ بداية العام\"",
        Some("زهير برو"),
    ),
    ("\"خطوة صغيرة في الاتجاه الصحيح\"", Some("أنطونيو غوتيريش")),
    (
        "\"هذا ليس اتفاقا، هذه خيانة للأجيال القادمة\"",
        Some("غريتا تونبرغ"),
    ),
    (
        "\"الدول الغنية يجب أن تفي بالتزاماتها المالية\"",
        Some("آمنة الضحاك"),
    ),
    (
        "«المشكلة ليست في الأهداف، بل في التنفيذ»",
        Some("سارة العمري"),
    ),
    ("\"المناخ والإنسان\"", None),
];

/// A seventh set, written gold first: a president talking to reporters, a relay with the outlet
/// in marks and an unnamed source (`لم تسمه`), a reply to an agency's question, unnamed experts, a
/// correspondent, a statement issued by an agency named in marks (`بيان صادر عن … "آفاد"`), `هكذا
/// روى X`, an outlet in guillemets before the colon, `وتابع الوزير`, a company's statement, `حسب
/// تعبيره`, `ما يسمى "…"`, `تنظيم "داعش"`. Its first run is the README's held-out figure: speech
/// F1 100, speakers right 10 of 11; the one fault (the statement, not its issuer, as speaker:
/// `بيان صادر عن …`) was then fixed.
const FILE7: &str = include_str!("../fixtures/news/quotes_heldout7.txt");

const GOLD7: Gold = &[
    (
        "\"سنفرض رسوما بنسبة 25 في المئة على كل السيارات المستوردة\"",
        Some("دونالد ترامب"),
    ),
    ("\"واشنطن بوست\"", None),
    ("\"القرار سيعلن الأسبوع المقبل\"", Some("مسؤول أمريكي")),
    ("\"فرانس برس\"", None),
    ("\"سنرد بحزم ووحدة\"", Some("أولوف جيل")),
    (
        "\"الحرب التجارية ستضر بالمستهلك الأمريكي أولا\"",
        Some("خبراء"),
    ),
    (
        "\"فرق الإنقاذ ما زالت تبحث عن ناجين تحت الأنقاض في ملاطية\"",
        Some("مراسل الجزيرة"),
    ),
    ("\"آفاد\"", None),
    (
        "\"عدد الضحايا ارتفع إلى 12 شخصا\"",
        Some("إدارة الكوارث والطوارئ التركية"),
    ),
    ("\"سمعنا صوتا مرعبا ثم انهار كل شيء\"", Some("أحمد يلماز")),
    ("«الأناضول»", None),
    ("«الدولة بكل مؤسساتها في الميدان»", Some("علي يرلي قايا")),
    ("\"لن نترك أي مواطن وحده\"", Some("الوزير")),
    (
        "\"صافي الدخل بلغ 3.5 مليار دولار في الربع الثالث\"",
        Some("أرامكو"),
    ),
    ("\"دليل على قوة نموذج أعمالنا\"", Some("أمين الناصر")),
    ("\"تأثير الأرباح\"", None),
    ("\"داعش\"", None),
];

const FILE8: &str = include_str!("../fixtures/news/quotes_heldout8.txt");

/// The eighth set, written after the seventh's fixes: a headline speaker with the outlet he spoke
/// to (`بايدن لـ«سي إن إن»: …`), a question (`تساءل`), a post (`كتب … في تغريدة`), a relay of
/// sources by a channel (`ذكرت قناة … نقلا عن مصادر`), `ختم … حديثه بالقول`, an anonymous witness,
/// an organisation's view (`اعتبرت المنظمة`), sources to a site in marks, `جاء في بيان X:`, a
/// resident named in apposition (`ويدعى`), an expert with his title in commas, a song title after
/// a naming noun with a pronoun (`بأغنيتها الشهيرة`), `قالت للجمهور`, a fragment after `أن
/// الغناء`, a critic who `كان قد كتب`, a reply (`ورد … بأن`), `شدد على أن` with the subject
/// before, plural officials. Its first run: speech F1 94.4 (P 100, R 89.5), speakers right 13 of
/// 17.
const GOLD8: Gold = &[
    ("لن نرسل قوات إلى أوكرانيا", Some("بايدن")),
    ("«سي إن إن»", None),
    ("«لن تنجر إلى حرب مباشرة مع روسيا»", Some("جو بايدن")),
    ("«من يستطيع أن يضمن ألا تتوسع الحرب؟»", Some("بايدن")),
    ("«هذا الموقف ضعف لا يليق بأمريكا»", Some("ليندسي غراهام")),
    ("«فوكس نيوز»", None),
    (
        "«الخطة الجديدة لا تشمل أي وجود ميداني»",
        Some("مصادر في البنتاغون"),
    ),
    ("«الدبلوماسية ما زالت خيارنا الأول»", Some("جون كيربي")),
    (
        "\"المياه جرفت بيوتا كاملة في حي المغار خلال دقائق\"",
        Some("شاهد عيان"),
    ),
    (
        "\"الوضع الإنساني في درنة يتجاوز قدرة السلطات المحلية\"",
        Some("المنظمة الدولية للهجرة"),
    ),
    ("\"العربية.نت\"", None),
    ("\"المستشفيات امتلأت بالجرحى\"", Some("مصادر طبية")),
    (
        "\"فرقنا تعمل على مدار الساعة رغم انقطاع الطرق\"",
        Some("الهلال الأحمر الليبي"),
    ),
    ("\"فقدت أخي وأولاده، ولم يبق لي أحد\"", Some("سالم الفيتوري")),
    (
        "\"ضعف صيانة السدين هو السبب الأول للكارثة\"",
        Some("محمد العبيدي"),
    ),
    ("\"كلمات\"", None),
    (
        "\"اشتقت إليكم كثيرا، وهذه الليلة لكم\"",
        Some("ماجدة الرومي"),
    ),
    ("\"كان دائما وطني الثاني\"", Some("ماجدة الرومي")),
    ("\"حدث ثقافي يستحق الاحتفاء\"", Some("فؤاد شربل")),
    (
        "\"لم نرفع أي ضريبة على الطبقة المتوسطة\"",
        Some("فوزي لقجع"),
    ),
    ("\"الأرقام المعلنة لا تعكس الواقع\"", Some("عبد الله بووانو")),
    ("\"العجز سينخفض إلى 4 في المئة العام المقبل\"", Some("لقجع")),
    (
        "\"الإصلاحات تسير في الاتجاه الصحيح\"",
        Some("مسؤولون في صندوق النقد الدولي"),
    ),
];

const FILE9: &str = include_str!("../fixtures/news/quotes_heldout9.txt");

/// The ninth set, written after the eighth's fixes: an unnamed source heading a headline with the
/// paper it spoke to, a source with `فضل عدم الكشف عن هويته` in commas, two speakers of a joint
/// statement, `ردا على سؤال … قال X:`, a coach after a match, `أعرب عن أمله في أن`, a participle
/// after a criticism (`مؤكدا أن`), `على حد تعبير X` after the words, a minister to a paper in
/// marks before `أن`, `لفتت … إلى أن` with a fragment, `قالت في رسالة صوتية` with no subject,
/// `حذرت … من أن`, `وأضاف:` with no subject, `رأت … أن` with a fragment, the one spoken to before
/// the subject (`وقال لـ"الجزيرة نت" الخبير …`). Its first run: speech F1 100, speakers right 14
/// of 17.
const GOLD9: Gold = &[
    ("الهدنة صامدة رغم الخروقات", Some("مصدر عسكري")),
    ("«الشرق الأوسط»", None),
    ("«الجيش لن يرد على الاستفزازات الفردية»", Some("مصدر عسكري")),
    ("«خطوط التماس هادئة منذ ثلاثة أيام»", Some("المصدر")),
    ("«التنسيق بين الجانبين مستمر»", Some("أرولدو لاثارو")),
    ("«نلتزم بالجدول الزمني المتفق عليه»", Some("لاثارو")),
    (
        "«اللاعبون قدموا كل ما لديهم، لكن الحظ لم يحالفنا»",
        Some("حسام حسن"),
    ),
    ("«يعود المنتخب أقوى في التصفيات المقبلة»", Some("محمد صلاح")),
    ("«التشكيل كان خاطئا منذ البداية»", Some("حسن المستكاوي")),
    ("«لم نكن في يومنا»", Some("محمد الشناوي")),
    ("«عكاظ»", None),
    (
        "«الحصة اليومية للفرد انخفضت إلى أدنى مستوياتها»",
        Some("رائد أبو السعود"),
    ),
    ("«تأتي مرة كل أسبوعين فقط»", Some("سناء خليل")),
    ("«نشتري الماء بأسعار لا نقدر عليها»", Some("سناء خليل")),
    ("«الأسعار قد تتضاعف في الصيف»", Some("جمعية حماية المستهلك")),
    ("\"الوقت ينفد، والعالم لا ينتظر\"", Some("أنطونيو غوتيريش")),
    ("\"نحتاج إلى أفعال لا إلى وعود\"", Some("أنطونيو غوتيريش")),
    ("\"فشلت مرة أخرى\"", Some("غريتا تونبرغ")),
    ("\"الجزيرة نت\"", None),
    ("\"الاتفاق النهائي أضعف من المتوقع\"", Some("وليد خدوري")),
];

const FILE10: &str = include_str!("../fixtures/news/quotes_heldout10.txt");

/// The tenth set, written after the ninth's fixes: a headline speaker whose body goes on with no
/// subject (`وقال في مؤتمر صحفي:`), a circumstance in commas between the subject and `أن`, a
/// denial (`نفى … أن تكون`) with a fragment, an agency as the subject with its acronym in
/// brackets, feature-story voices (`يقول أبو خالد، وهو صاحب متجر …:`, `تقول أم سعيد (45
/// عاما):`), local sources `أفادت … بأن`, a verb right after the words with no comma, an
/// official to an agency `طالبا عدم الكشف عن اسمه`, diplomats quoted by an agency (`قولهم`), a
/// negated verb (`لم يستبعد`), `وبدوره، قال`. Its first run: speech F1 100, speakers right 12 of
/// 13.
const GOLD10: Gold = &[
    ("لن نسمح بممر إرهابي على حدودنا", Some("أردوغان")),
    (
        "\"عملياتنا ستستمر حتى يتم تأمين كامل الشريط الحدودي\"",
        Some("أردوغان"),
    ),
    ("\"الاتصالات مع واشنطن لم تنقطع\"", Some("عمر جليك")),
    ("\"قد أبلغت دمشق مسبقا بالعملية\"", Some("هاكان فيدان")),
    (
        "\"القوات التركية قصفت قرى في ريف الحسكة\"",
        Some("وكالة الأنباء السورية"),
    ),
    ("\"كل حجر هنا يعرفني، وأنا أعرفه\"", Some("أبو خالد")),
    ("\"عدنا لأن البيت مهما تهدم يبقى بيتنا\"", Some("أم سعيد")),
    (
        "\"عشرات المحال أعيد افتتاحها خلال الشهر الماضي\"",
        Some("مصادر محلية"),
    ),
    ("\"نحتاج إلى الكهرباء قبل أي شيء\"", Some("سامر دباغ")),
    (
        "\"الانتحاري فجر نفسه وسط المتسوقين\"",
        Some("مسؤول أمني عراقي"),
    ),
    (
        "\"الهجوم يحمل بصمات تنظيم الدولة\"",
        Some("دبلوماسيين غربيين"),
    ),
    (
        "\"تشهد العاصمة هجمات أخرى قبل الانتخابات\"",
        Some("هشام الهاشمي"),
    ),
    ("\"لن يفلت المجرمون من العقاب\"", Some("مصطفى الكاظمي")),
];

const FILE11: &str = include_str!("../fixtures/news/quotes_heldout11.txt");

/// The eleventh set, written after the tenth's fixes: a committee head with his title and name,
/// `ورد عليه X قائلا:`, `من جانبها، أكدت`, a question by a resident named in apposition (`وهو
/// موظف متقاعد يدعى`), `صرح … بأن`, `وبين أن` with no subject, a post `كتبت … على منصة إكس:`,
/// experts with a fragment (`يرى خبراء الأرصاد أن الموجة "…"`). Its first run: speech F1 100,
/// speakers right 8 of 8; nothing was changed for it.
const GOLD11: Gold = &[
    (
        "\"القانون الجديد يحمي المالك والمستأجر معا\"",
        Some("أحمد السجيني"),
    ),
    ("\"هذا القانون سيشرد آلاف الأسر\"", Some("مصطفى بكري")),
    ("\"الدولة لن تترك أي أسرة دون مأوى\"", Some("مايا مرسي")),
    (
        "\"أين نذهب بعد أربعين عاما في هذه الشقة؟\"",
        Some("عادل فهمي"),
    ),
    (
        "\"فرق الإنقاذ تعاملت مع أكثر من مئتي بلاغ\"",
        Some("محمد القرني"),
    ),
    (
        "\"الدراسة علقت في المدارس حتى إشعار آخر\"",
        Some("محمد القرني"),
    ),
    ("\"الشارع تحول إلى نهر أمام بيتنا\"", Some("نوف العتيبي")),
    ("\"لم تنته بعد\"", Some("خبراء الأرصاد")),
];

const FILE12: &str = include_str!("../fixtures/news/quotes_heldout12.txt");

/// The twelfth set, written after the eleventh: a Moroccan sports report in « » (a headline in
/// marks, `أكد … أن فريقه «…»`, `وأضاف في المؤتمر الصحفي …:`, a captain talking to a channel in
/// marks, `وتابع:`, `وصف … بأنه «…»`), a Kuwaiti economy report in straight marks (`قال … في
/// بيان إن القرار "…"`, `أشار … إلى أن`, `نقلت وكالة رويترز عن متحدث … قوله:`, `رأى … أن البنك
/// "…"، مضيفا:`), an Egyptian health report in “ ” (a programme and a campaign in marks, a
/// professor named with her post after a comma), and a court report (a lawyer in commas talking
/// to the press, `أما النائب العام فاعتبر`, a chant).
const GOLD12: Gold = &[
    ("«لسنا مرشحين للقب لكننا لن نستسلم»", Some("الركراكي")),
    ("«سيلعب كل مباراة كأنها نهائي»", Some("وليد الركراكي")),
    (
        "«اللاعبون جاهزون بدنيا وذهنيا، والجماهير ستكون لاعبنا الثاني عشر»",
        Some("وليد الركراكي"),
    ),
    ("«الرياضية»", None),
    ("«نعرف قيمة المنافس ونحترمه»", Some("أشرف حكيمي")),
    ("«لكننا نلعب على أرضنا وأمام جمهورنا»", Some("أشرف حكيمي")),
    ("«تحفة معمارية»", Some("الاتحاد الإفريقي لكرة القدم")),
    (
        "\"يوازن بين دعم النمو والحفاظ على استقرار الأسعار\"",
        Some("باسل الهارون"),
    ),
    (
        "\"معدلات التضخم ما زالت ضمن الحدود المقبولة\"",
        Some("الهارون"),
    ),
    (
        "\"لا نتوقع أي تغيير قبل نهاية الربع الأول\"",
        Some("متحدث باسم البنك"),
    ),
    ("\"تأخر كثيرا في التحرك\"", Some("محمد رمضان")),
    ("\"الأسواق كانت تنتظر إشارة أوضح\"", Some("محمد رمضان")),
    ("“الأعراض هذا العام أشد من المعتاد”", Some("حسام عبد الغفار")),
    ("“الحكاية”", None),
    (
        "“التطعيم متاح مجانا في جميع الوحدات الصحية”",
        Some("عبد الغفار"),
    ),
    (
        "“على كبار السن ومرضى القلب الحصول على اللقاح فورا”",
        Some("منى حسن"),
    ),
    ("“صحتك أمانة”", None),
    ("\"سنستأنف الحكم لأن الأدلة لم تكن كافية\"", Some("جورج خوري")),
    (
        "\"رسالة واضحة لكل من تسول له نفسه العبث بالمال العام\"",
        Some("النائب العام"),
    ),
    ("\"الشعب يريد محاسبة الفاسدين\"", Some("المحتجين")),
];

const FILE13: &str = include_str!("../fixtures/news/quotes_heldout13.txt");

/// The thirteenth set, written after the twelfth's fix: a Moroccan parliament report in « » with
/// verbs of the Maghreb press (`وزاد:`, `ومضى قائلا:`, `اعترف … بأن`, `نوه إلى أن`), a Gulf
/// technology report (`أورد البيان الرسمي أن` after the government issued it, a minister with
/// his post and a circumstance in commas, `أقر … بأن`, `يقول مراقبون إن`), a Jordanian football
/// report in “ ” (a coach after the match, `وأضاف، ردا على سؤال …:`, `أشاد … معتبرا أن`, a
/// chant), and an Iraqi security report (`تنظيم "داعش"`, `ذكرت الخلية في بيان أن`, an
/// officer who `فضل عدم نشر اسمه` informing an agency `أبلغ … بأن`).
const GOLD13: Gold = &[
    ("«الحكومة ماضية في إصلاح منظومة الدعم»", Some("أخنوش")),
    ("«الإصلاح لن يمس القدرة الشرائية للأسر»", Some("عزيز أخنوش")),
    (
        "«سنواصل دعم غاز البوتان والسكر والدقيق إلى حين استكمال السجل الاجتماعي»",
        Some("عزيز أخنوش"),
    ),
    (
        "«لا مجال للتراجع عن الورش الملكي للحماية الاجتماعية»",
        Some("عزيز أخنوش"),
    ),
    ("«بعض الإجراءات كانت ضرورية»", Some("عبد الله بووانو")),
    ("«الأسعار ما زالت مرتفعة»", Some("عبد الله بووانو")),
    (
        "\"تهدف إلى جعل الدولة مركزا عالميا للتقنيات المتقدمة بحلول 2031\"",
        Some("حكومة الإمارات"),
    ),
    (
        "\"نريد أن يستفيد كل مواطن من هذه التقنيات في حياته اليومية\"",
        Some("عمر سلطان العلماء"),
    ),
    (
        "\"التحدي الأكبر هو إعداد الكفاءات الوطنية\"",
        Some("العلماء"),
    ),
    ("\"طموحة لكنها قابلة للتحقيق\"", Some("مراقبون")),
    (
        "“لم نكن في يومنا، وأتحمل المسؤولية كاملة”",
        Some("رأفت علي"),
    ),
    ("“القرار بيد الإدارة، وأنا جاهز لأي قرار”", Some("رأفت علي")),
    ("“رسالة لكل من شكك في قدرات الفريق”", Some("مدرب الوحدات")),
    ("“يا وحدات يا أبطال”", Some("جماهير الوحدات")),
    ("\"داعش\"", None),
    (
        "\"نصبت كمينا محكما بناء على معلومات استخبارية دقيقة\"",
        Some("الخلية"),
    ),
    ("\"العملية استمرت ساعتين\"", Some("ضابط في الشرطة المحلية")),
];

const FILE14: &str = include_str!("../fixtures/news/quotes_heldout14.txt");

/// The fourteenth set, written after the thirteenth's fixes: a Sudanese war report (a headline
/// speaker, a circumstance in commas before `إنه`, a pledge `تعهد … بـ"…"`, an accusation by a
/// force in a statement, a UN coordinator with a long name), a Lebanese report in « » (`دعا …
/// إلى «…»، معتبرا أن`, a reply in a post `بالقول:` with the platform in marks, a paper quoting
/// sources `نقلت صحيفة «النهار» عن مصادر نيابية أن`), and an Egyptian economy report in “ ” (the
/// words first, `بحسب ما قاله X لموقع “…”`, `وتابع X:`, `أما X فأكد … أن`).
const GOLD14: Gold = &[
    ("\"لا تفاوض مع من دمر البلاد\"", Some("البرهان")),
    (
        "\"لا تفاوض مع من دمر البلاد وقتل الأبرياء\"",
        Some("عبد الفتاح البرهان"),
    ),
    (
        "\"مواصلة القتال حتى تحرير كل شبر من أرض السودان\"",
        Some("البرهان"),
    ),
    ("\"قصف الأحياء السكنية عمدا\"", Some("قوات الدعم السريع")),
    ("\"كارثي بكل المقاييس\"", Some("كليمنتين نكويتا سلامي")),
    ("«الإسراع في انتخاب رئيس للجمهورية»", Some("نجيب ميقاتي")),
    (
        "«الفراغ يهدد ما تبقى من مؤسسات الدولة»",
        Some("نجيب ميقاتي"),
    ),
    ("«إكس»", None),
    (
        "«المشكلة ليست عندنا، بل عند من يعطل النصاب»",
        Some("سمير جعجع"),
    ),
    ("«النهار»", None),
    ("«جلسة الخميس لن تختلف عن سابقاتها»", Some("مصادر نيابية")),
    (
        "“السوق تحتاج إلى وقت لتستوعب القرارات الأخيرة”",
        Some("هاني أبو الفتوح"),
    ),
    ("“مصراوي”", None),
    ("“لا أتوقع موجة تضخم جديدة قبل الصيف”", Some("أبو الفتوح")),
    ("“ملتزمة بخفض الدين العام”", Some("أحمد كجوك")),
];

const FILE15: &str = include_str!("../fixtures/news/quotes_heldout15.txt");

/// The fifteenth set, written after the fourteenth's fixes: a US trade report in « » (a post
/// `كتب … على منصته «…»:`, a site in marks quoting an unnamed official `قوله إن`, a Chinese
/// spokeswoman with a circumstance before `إن بكين «…»`), a rights report in straight marks (`وصفت
/// منظمة … الحكم … بأنه "…"`, the organisation named again as `المنظمة`, the prosecution
/// answering), and a football report in “ ” (a headline speaker, a star with his club, the words
/// before `أضاف صلاح في تصريحات لشبكة “…”`, a coach asking).
const GOLD15: Gold = &[
    ("«تروث سوشيال»", None),
    (
        "«الصين تستغل بلادنا منذ عقود، وهذا سينتهي الآن»",
        Some("دونالد ترامب"),
    ),
    ("«أكسيوس»", None),
    ("«القرار قد يصدر خلال أيام»", Some("مسؤول أمريكي")),
    ("«سترد بحزم على أي إجراءات أحادية»", Some("ماو نينغ")),
    (
        "\"جائر ويفتقر إلى أدنى معايير المحاكمة العادلة\"",
        Some("منظمة العفو الدولية"),
    ),
    ("\"حوكم بسبب عمله فقط\"", Some("منظمة العفو الدولية")),
    (
        "\"المتهم تمتع بكافة ضمانات الدفاع\"",
        Some("النيابة العامة"),
    ),
    ("“سنقاتل حتى النهاية على اللقب”", Some("صلاح")),
    ("“الفريق أظهر شخصية قوية اليوم”", Some("محمد صلاح")),
    (
        "“لم يحسم شيء بعد، وما زالت أمامنا مباريات صعبة”",
        Some("صلاح"),
    ),
    ("“بي بي سي”", None),
    ("“كيف لم يحتسب الحكم ركلة الجزاء؟”", Some("ميكيل أرتيتا")),
];

const FILE16: &str = include_str!("../fixtures/news/quotes_heldout16.txt");

/// The sixteenth set, written after the fifteenth's fixes: a wire report from Lebanon in straight
/// marks (a source to an agency `طالبا عدم كشف هويته، إن`, an army's statement `أعلن … في بيان
/// أنه`, a minister with his post between commas talking to reporters, `وأضاف:`, a resident with
/// her age and town talking to the agency), and a Saudi football report in « » (a coach after
/// `وقال مدربه البرتغالي`, a club president congratulating `مؤكدا في تغريدة أن`, fans chanting).
/// Its first run: speech F1 100, speakers right 8 of 8; nothing was changed for it.
const GOLD16: Gold = &[
    (
        "\"الغارات استهدفت ثلاث بلدات حدودية\"",
        Some("مصدر أمني لبناني"),
    ),
    ("\"قصف بنى تحتية تابعة لحزب الله\"", Some("الجيش الإسرائيلي")),
    (
        "\"نطالب المجتمع الدولي بالضغط لوقف الاعتداءات\"",
        Some("يوسف رجي"),
    ),
    (
        "\"لبنان ملتزم بالقرار 1701 بكل مندرجاته\"",
        Some("يوسف رجي"),
    ),
    ("\"لم ننم طوال الليل من شدة القصف\"", Some("سعاد")),
    ("«هذا اللقب للجماهير التي لم تتخل عنا»", Some("جورجي جيسوس")),
    (
        "«المنافسة الشريفة هي الرابح الأكبر»",
        Some("رئيس نادي النصر"),
    ),
    ("«الزعيم، الزعيم»", Some("المشجعون")),
];

const FILE17: &str = include_str!("../fixtures/news/quotes_heldout17.txt");

/// The seventeenth set, written while a long quotation needed a verb of saying or of stance in
/// its sentence to be speech, to probe that rule: Tunisian politics in straight marks (fragments
/// after verbs that are not verbs of saying, `أشاد … بما اعتبره`, `استنكرت`, `أبدى … استعداده`,
/// `رحب … بما سماه`; a slogan after `تحت شعار` and a programme's title after `بعنوان`), and a book
/// fair in Baghdad in « » (a minister `مؤكدا أن`, a long book title, a novelist with a relative
/// clause between her name and `إن`, a critic `رأى … أن المعرض`, a crowd chanting `وسط هتافات`, a
/// publisher `علق … بأن`). Its first run: speech F1 82.4 (P 100, R 70), speakers right 7 of 7:
/// the three fragments after `استنكرت`, `أبدى` and `رحب` were scare quotes. With length alone
/// making speech again (and the titles caught by what names them), 100; speakers 9 of 10, the
/// fragment after a verb that is not one of saying spoken by the sentence's first person or
/// organisation (`ورحب الاتحاد الأوروبي`), one still the last speaker (`واستنكرت أحزاب المعارضة`:
/// no entity).
const GOLD17: Gold = &[
    (
        "\"خطوة أولى نحو تهدئة الأوضاع الاجتماعية في البلاد\"",
        Some("الاتحاد العام التونسي للشغل"),
    ),
    (
        "\"غياب أي ضمانات حقيقية لنزاهة الحوار المرتقب\"",
        Some("أحزاب المعارضة"),
    ),
    ("\"لا ديمقراطية دون مساواة\"", None),
    ("\"تونس إلى أين بعد عشر سنوات من الثورة\"", None),
    (
        "\"الحوار هو السبيل الوحيد للخروج من الأزمة\"",
        Some("أحمد الحشاني"),
    ),
    ("\"للجلوس مع كل الأطراف دون شروط مسبقة\"", Some("الحشاني")),
    (
        "\"المبادرة الشجاعة للسلطات التونسية\"",
        Some("الاتحاد الأوروبي"),
    ),
    (
        "«الكتاب ما زال الجسر الأقوى بين الشعوب»",
        Some("أحمد فكاك البدراني"),
    ),
    ("«ألف ليلة وليلة في طبعتها المحققة الجديدة»", None),
    ("«النبيذة»", None),
    (
        "«القارئ العراقي عاد بقوة إلى المكتبات»",
        Some("إنعام كجه جي"),
    ),
    (
        "«تحول إلى مهرجان ثقافي يتجاوز بيع الكتب وشراءها»",
        Some("فاضل ثامر"),
    ),
    ("«بغداد تقرأ من جديد»", Some("عشرات الشبان")),
    (
        "«أرحم من أسعار بيروت بكثير»",
        Some("أحد الناشرين اللبنانيين"),
    ),
];

const FILE18: &str = include_str!("../fixtures/news/quotes_heldout18.txt");

/// The eighteenth set, written after the seventeenth's fixes (verbs of stance listed), with verbs
/// those rules were not written for: Jordanian economy (`عبّر … عن ثقته بأن الاقتصاد "…"`, `حمّل
/// … الحكومة مسؤولية "…"`, `نصح … المستثمرين بـ"…"`; an app's name after `يحمل اسم`, a report's
/// title after `بعنوان`), and a vaccination campaign in Kuwait (a slogan after `تحمل شعار`,
/// `طمأنت … بأن اللقاح "…"`, a deputy minister after a long title and a colon, doctors `لوّح …
/// احتجاجا على ما وصفوه بـ"…"`, a hashtag). Its first run: speech F1 50.0 (P 100, R 33.3),
/// speakers right 1 of 2: four long fragments after unlisted verbs were scare quotes. That ended
/// the rule: length alone makes speech again, and what names a long quotation is looked for
/// instead. Now 100; speakers 3 of 6 (a fragment after a verb that is not one of saying is the
/// sentence's first person's; the governor's name is not found as an entity, so the bank is
/// named; `الأهالي`, the object, for the ministry; the doctors after a preposition are passed by).
const GOLD18: Gold = &[
    (
        "\"قادر على امتصاص الصدمات الخارجية رغم التحديات\"",
        Some("عادل الشركس"),
    ),
    (
        "\"تباطؤ النمو وارتفاع معدلات البطالة بين الشباب\"",
        Some("حسام عايش"),
    ),
    ("\"سند\"", None),
    ("\"مؤشرات سوق العمل في الربع الثالث\"", None),
    (
        "\"التريث وعدم الاندفاع نحو الأسهم عالية المخاطر في هذه المرحلة\"",
        Some("ماهر الحسن"),
    ),
    ("\"صحتك أمانة\"", None),
    (
        "\"آمن وفعال وقد خضع لكل الاختبارات اللازمة\"",
        Some("وزارة الصحة الكويتية"),
    ),
    (
        "\"نتوقع أن يتجاوز عدد المطعمين نصف مليون شخص هذا العام\"",
        Some("فهد الغملاس"),
    ),
    (
        "\"النقص الحاد في الكوادر التمريضية\"",
        Some("أطباء في مستشفى العدان"),
    ),
    ("\"#طعم_وتطمن\"", None),
];

const FILE19: &str = include_str!("../fixtures/news/quotes_heldout19.txt");

/// The nineteenth set, written gold first after the sixth invented entity set: the war in Sudan
/// (a military source talking to an agency, `ما وصفته بـ"…"`, a nested quotation of the other
/// family, a displaced woman named by her kunya), Moroccan football (a chant, a campaign's name, a
/// goalkeeper talking to a channel), Iraqi elections (a commission's figure, an unclosed mark, `وصف
/// … بأنها "…"، مضيفا: "…"`, a paper's name), an Egyptian start-up (`وتابع:` after a named
/// speaker) and a study's headline `دراسة: …` with its findings. Its first run: speech F1 95.2 (P
/// 100, R 90.9), speakers right 18 of 20: `ما وصفته بـ"الادعاءات الكاذبة"` and the fans' chant
/// across `في مدرجات ملعب مولاي عبد الله` were scare quotes, and the next quotation of the first
/// went to the military source. Three general rules followed: what a subject called something
/// (`ما وصفه/سماه بـ"…"`) is its words however short; a chant reaches across a place of up to
/// six words; a group heading the subject speaks, not a person named after it. Then 100, speakers
/// 21 of 22; `نهى الجندي`, after `الخبيرة في ريادة الأعمال` and not found as a name, was named by
/// a fourth rule (a listed given name and a family name with the article right before `أن`,
/// when the subject is an unnamed title): 22 of 22.
const GOLD19: Gold = &[
    ("الجيش يتقدم في الخرطوم بحري", Some("مصدر عسكري")),
    (
        "\"استعادت السيطرة على جسر الحلفايا بعد معارك عنيفة\"",
        Some("مصدر عسكري سوداني"),
    ),
    (
        "\"المعارك ستستمر حتى طرد آخر عنصر من المدينة\"",
        Some("المصدر"),
    ),
    ("\"الادعاءات الكاذبة\"", Some("قوات الدعم السريع")),
    (
        "\"ما زالوا يسيطرون على مواقعهم\"",
        Some("قوات الدعم السريع"),
    ),
    (
        "«جاء مسلحون وقالوا لنا \"ارحلوا الآن\" ثم أحرقوا البيوت»",
        Some("عثمان إبراهيم"),
    ),
    (
        "«لم نأكل منذ ثلاثة أيام، والأطفال يبكون طوال الليل»",
        Some("أم أحمد"),
    ),
    ("المنتخب جاهز لكأس أفريقيا", Some("الركراكي")),
    (
        "\"يعرفون حجم المسؤولية أمام الجماهير\"",
        Some("وليد الركراكي"),
    ),
    ("\"سير سير سير\"", Some("المشجعون")),
    ("\"كلنا أسود\"", None),
    (
        "\"الضغط جزء من اللعبة، ونحن معتادون عليه\"",
        Some("ياسين بونو"),
    ),
    (
        "\"تجاوز سبعة آلاف مرشح في كل المحافظات\"",
        Some("المفوضية العليا المستقلة للانتخابات"),
    ),
    (
        "\"النتائج الأولية ستعلن خلال يومين من الاقتراع.",
        Some("عماد جميل"),
    ),
    (
        "\"ستجري في موعدها دون أي تأجيل\"",
        Some("محمد شياع السوداني"),
    ),
    ("\"الأكثر إنفاقا في تاريخ البلاد\"", Some("سجاد سالم")),
    ("\"المال السياسي يشتري الأصوات علنا\"", Some("سجاد سالم")),
    ("\"الصباح\"", None),
    ("\"صوتك يصنع الغد\"", None),
    ("\"فوري\"", None),
    ("\"سيضاعف عدد المستخدمين خلال عامين\"", Some("أشرف صبري")),
    (
        "\"السوق المصرية ما زالت في بدايتها، والفرص هائلة أمام الشركات الناشئة\"",
        Some("أشرف صبري"),
    ),
    ("\"لا يعني النجاح بالضرورة\"", Some("نهى الجندي")),
    (
        "نصف الشركات الناشئة تغلق أبوابها خلال خمس سنوات",
        Some("دراسة"),
    ),
    (
        "\"نقص الخبرة الإدارية هو السبب الأول للإغلاق\"",
        Some("الدراسة"),
    ),
    ("\"البدء صغيرا والنمو بحذر\"", Some("معدو الدراسة")),
];

const FILE20: &str = include_str!("../fixtures/news/quotes_heldout20.txt");

/// The twentieth set, written gold first after the seventh invented entity set: a minister's
/// headline and a resident talking to a broadcaster (cholera in Aden), a quotation before its
/// speaker (`«…»، قال الرئيس الكيني`) and `وأضاف:` after it, a crowd's chant, a post on a platform
/// (`كتب … في تغريدة على منصة إكس:`), a paper quoting a diplomat (`نقلت صحيفة … عن مصدر … قوله إن`),
/// a question, a joint statement opened with `”`, `ما يسمى "…"` (a scare quote: no one is said to
/// call it so), a novel's title, `وتابعت:`, `أما … فقال إن`, a police headline and a spokesman's
/// two quotations, the second after `وأشار إلى أن`. Its first run: speech F1 97.0 (P 100, R
/// 94.1), speakers right 15 of 16: the police headline was missed (`الشرطة: …`), and the joint
/// statement's words went to `مشترك` (`جاء في بيان مشترك لمجموعة …`). Also wrong, though the
/// lenient test counts them right: the resident's speaker was `عثمان`, a person's name in the
/// district's (`أحد سكان حي الشيخ عثمان`), and the crowd's was `المحتجون هتافات`. Four general
/// rules followed (a body of the state named by one noun with the article speaks in a headline;
/// an adjective of a document before its issuer; a person's name right after a place noun names
/// the place, not the speaker; what a crowd chants ends its subject): 100, 17 of 17, each speaker
/// as written in the gold.
const GOLD20: Gold = &[
    ("لا إصابات جديدة بالكوليرا في العاصمة", Some("وزير الصحة")),
    ("\"تمكنت من احتواء الوباء خلال أسبوعين\"", Some("قاسم بحيبح")),
    (
        "\"فقدنا ابن عمي قبل أن يصل الأطباء\"",
        Some("أحد سكان حي الشيخ عثمان"),
    ),
    (
        "\"ما زال هشا بسبب نقص المياه النظيفة\"",
        Some("منظمة الصحة العالمية"),
    ),
    (
        "«نحن مستعدون للحوار مع كل من يريد الخير لكينيا»",
        Some("وليام روتو"),
    ),
    ("«لكننا لن نسمح بالفوضى في الشوارع»", Some("وليام روتو")),
    ("\"روتو يجب أن يرحل\"", Some("المحتجون")),
    ("\"الحوار لا يكون تحت تهديد الرصاص\"", Some("رايلا أودينغا")),
    (
        "\"لن توقع على أي اتفاق لا يتضمن تمويلا واضحا\"",
        Some("مصدر دبلوماسي عربي"),
    ),
    ("\"من يدفع ثمن تلوث لم نتسبب فيه؟\"", Some("سلمى الحسني")),
    (
        "”بقاؤنا ليس ورقة تفاوض“",
        Some("مجموعة الدول الجزرية الصغيرة"),
    ),
    ("\"صندوق الخسائر والأضرار\"", None),
    ("\"موسم الهجرة إلى الشمال\"", None),
    (
        "\"ما زالت تطرح أسئلة لم نجب عنها بعد\"",
        Some("إشراقة مصطفى"),
    ),
    ("\"كل جيل يقرأ مصطفى سعيد بطريقته\"", Some("إشراقة مصطفى")),
    (
        "\"علمنا أن المحلية هي الطريق إلى العالمية\"",
        Some("أمير تاج السر"),
    ),
    ("القبض على شبكة لتزوير العملة", Some("الشرطة")),
    (
        "\"كانت تروج أوراقا نقدية مزورة من فئة خمسين دينارا\"",
        Some("عامر السرطاوي"),
    ),
    (
        "\"ما زالت جارية لكشف بقية المتورطين\"",
        Some("عامر السرطاوي"),
    ),
];

const FILE21: &str = include_str!("../fixtures/news/quotes_heldout21.txt");

/// The twenty-first set, written gold first after the thirteenth invented entity set: a United
/// Nations headline and a drought in Iraq (a speaker with a relative clause before `إن`, `وأضاف
/// أن`, a spokesman named in apposition before `قال`, `وبحسب … فإن`), a central bank (a
/// quotation before its speaker, `بهذه العبارة برر …`; a banker left unnamed, `نقلت وكالة رويترز
/// عن مصرفي كبير … قوله إن`; `على حد تعبيرها`), a coach's headline and his answer (`وردا على سؤال
/// …، قال`), `فوصف المباراة بأنها`, a court (`في ما وصفته النيابة العامة بأنه`), a lawyer, and a
/// study's headline and its author. Its first run: speech F1 97.1 (P 100, R 94.4), speakers
/// right 16 of 17: the coach's `أن فريقه "جاهز تماما" لمواجهة العراق` was read as a scare quote
/// (the fragment does not end its clause, and the noun before it is definite by its pronoun, not
/// its article), and `أما قائد المنتخب إحسان حداد فوصف المباراة بأنها "…"` went to `المباراة`,
/// the object. Two general rules followed (a predicate after `أن` and a noun may go on to its
/// complement on `ل`; the topic of `أما X فـ` is the subject of the verb nearest the words, before
/// any noun after it): 100, 18 of 18.
const GOLD21: Gold = &[
    ("العراق يواجه أسوأ موجة جفاف منذ قرن", Some("مسؤول أممي")),
    (
        "\"يمر بأسوأ أزمة مياه في تاريخه الحديث\"",
        Some("مسؤول في الأمم المتحدة"),
    ),
    ("\"انخفض إلى أدنى مستوى في تاريخه\"", Some("عون ذياب")),
    (
        "\"ستقلص المساحات المزروعة إلى النصف هذا الموسم\"",
        Some("عون ذياب"),
    ),
    (
        "\"لا نملك حلولا سحرية، والأمر يحتاج إلى اتفاق إقليمي\"",
        Some("خالد شمال"),
    ),
    (
        "\"الماء المالح وصل إلى بساتين النخيل ولم يعد شيء يعيش هنا\"",
        Some("حسين جبار"),
    ),
    ("«التضخم ما زال أعلى من المستهدف»", Some("حسن عبد الله")),
    ("\"كان متوقعا على نطاق واسع\"", Some("مصرفي كبير")),
    ("\"أضاع فرصة لدعم النمو\"", Some("سارة سعادة")),
    ("نريد الفوز أمام جماهيرنا", Some("مدرب المنتخب")),
    ("\"جاهز تماما\"", Some("جمال السلامي")),
    ("\"سنعوضه بلاعبين قادرين على صنع الفارق\"", Some("السلامي")),
    ("\"نهائي مبكر\"", Some("إحسان حداد")),
    ("\"أكبر قضية فساد في الجمارك\"", Some("النيابة العامة")),
    ("\"سنستأنف الحكم، فموكلي بريء\"", Some("فيصل العتيبي")),
    ("القهوة تقلل خطر أمراض الكبد", Some("دراسة")),
    ("\"يقلل خطر الإصابة بتليف الكبد بنسبة الثلث\"", Some("دراسة")),
    (
        "\"النتائج مشجعة، لكنها لا تعني أن على الجميع شرب القهوة\"",
        Some("ريم العنزي"),
    ),
];

const FILE22: &str = include_str!("../fixtures/news/quotes_heldout22.txt");

/// The twenty-second set, written gold first after the sixteenth invented entity set: a rights
/// monitor's headline and `أفاد … بأن «…»`, words before `يقول X، وهو …`, a paper's name in marks
/// and the source it quotes, a president's post, a question, a ministry's statement `شددت … على
/// «…»`, an agency's headline, a director general with a long name and two fragments, a doctor
/// with a relative clause before `أن`, a mother's story with a quotation inside the words, `وتضيف:`
/// and `وصفت … بأنه`, a film's title and its director. Its first run: speech F1 89.7 (P 100, R
/// 81.2), speakers right 12 of 13: both headlines missed (a monitor, which the lists hold as no
/// body; a body of the state with the nisba of its reach, `الصحة العالمية`), the source after a
/// paper in marks read as a scare quote (the verb `نقلت` stood before the paper's name), and the
/// jury (`ووصفت لجنة التحكيم العمل بأنه`) given the director who spoke before. General rules
/// followed (see the README): 100, 16 of 16.
const GOLD22: Gold = &[
    ("ارتفاع عدد الضحايا في إدلب", Some("مرصد حقوقي")),
    (
        "«عدد القتلى ارتفع إلى 14 بينهم أربعة أطفال»",
        Some("المرصد السوري لحقوق الإنسان"),
    ),
    ("«لم نعد نشعر بالأمان حتى في بيوتنا»", Some("أبو محمد")),
    ("«الوطن»", None),
    ("«الرد سيكون قاسيا»", Some("مصدر عسكري")),
    ("«المتآمرين»", None),
    ("«لن نسمح لأحد بالعبث بمقدرات الشعب»", Some("قيس سعيد")),
    ("«أين هي الأدلة على هذه المؤامرة؟»", Some("هشام العجبوني")),
    ("«ضرورة احترام القانون من الجميع»", Some("وزارة الداخلية")),
    ("الوباء لم ينته بعد", Some("الصحة العالمية")),
    (
        "«الفيروس ما زال يتحور بسرعة»",
        Some("تيدروس أدهانوم غيبريسوس"),
    ),
    ("«اللقاحات وحدها لا تكفي»", Some("تيدروس أدهانوم غيبريسوس")),
    ("«يستقبل ضعف طاقته»", Some("لينا حداد")),
    (
        "«قال لي: سأعود قبل العشاء، ثم خرج ولم يعد»",
        Some("فاطمة الزهراء"),
    ),
    ("«كل ليلة أترك له الباب مفتوحا»", Some("فاطمة الزهراء")),
    ("«حالة اختفاء غامضة»", Some("الشرطة")),
    ("«وداعا جوليا»", None),
    (
        "«هذه الجائزة لكل السودانيين الذين فقدوا بيوتهم»",
        Some("محمد كردفاني"),
    ),
    (
        "«شهادة سينمائية صادقة على زمن الانقسام»",
        Some("لجنة التحكيم"),
    ),
];

const FILE23: &str = include_str!("../fixtures/news/quotes_heldout23.txt");

/// The twenty-third set, written gold first after the eighteenth invented entity set: experts in a
/// headline, an analyst `في حديث مع قناة …، أن «…»` and `وتابع:`, traders unnamed, a project's
/// name in marks, words split around their speaker (`«…»، قال X، «…»`), `بحسب ما صرح به X
/// لصحيفة «…»، فإن «…»`, `صرّح X قائلا:`, `وأضاف X أن الوزارة «…»`, a weather service's warning,
/// a player's headline and his words, a coach's description and a demand after `بـ`, and a
/// banner's slogan. Its first run: speech F1 100, speakers right 13 of 15: the words split around
/// `قال الرئيس التنفيذي للمشروع نظمي النصر` went to the title, the entities having read the
/// unknown given name as a name of another kind and missed the person. A name after a title may
/// now stand after what the title heads (`للمشروع`), its given name misread so: 15 of 15.
const GOLD23: Gold = &[
    ("أسعار الذهب ستواصل الصعود", Some("خبراء")),
    (
        "«الطلب على الذهب ما زال قويا من البنوك المركزية»",
        Some("فؤاد رزاق زاده"),
    ),
    (
        "«أي خفض جديد للفائدة سيدفع الأسعار إلى مستويات قياسية»",
        Some("فؤاد رزاق زاده"),
    ),
    (
        "«الإقبال تراجع مع ارتفاع الأسعار»",
        Some("تجار في سوق الذهب بدبي"),
    ),
    ("«نيوم»", None),
    (
        "«المدينة جاهزة لاستقبال ألف ساكن قبل نهاية العام»",
        Some("نظمي النصر"),
    ),
    ("«والمرحلة الثانية ستبدأ في الربيع»", Some("نظمي النصر")),
    ("«عكاظ»", None),
    (
        "«أكثر من نصف الوحدات السكنية بيعت»",
        Some("مسؤول في الشركة"),
    ),
    (
        "«قررنا تعليق الدوام حفاظا على سلامة الطلبة»",
        Some("أحمد المساعفة"),
    ),
    ("«ستعوض الأيام الضائعة في نهاية الفصل»", Some("المساعفة")),
    (
        "«تشكل السيول في الأودية والمناطق المنخفضة»",
        Some("دائرة الأرصاد الجوية"),
    ),
    ("لن نفرط في حلم التأهل", Some("لاعب المنتخب")),
    (
        "«كل المباريات صعبة، لكننا نلعب أمام جمهورنا»",
        Some("يوسف النصيري"),
    ),
    ("«الأصعب في التصفيات»", Some("وليد الركراكي")),
    ("«التركيز حتى الدقيقة الأخيرة»", Some("وليد الركراكي")),
    ("«ديما مغرب»", Some("المشجعون")),
];

const FILE24: &str = include_str!("../fixtures/news/quotes_heldout24.txt");

/// The twenty-fourth set, written gold first after the nineteenth invented entity set: activists
/// in a headline, witnesses relayed by local media (`نقلت وسائل إعلام محلية عن شهود عيان قولهم
/// إن «…»`), an official who asked not to be named, an activist's post on a platform in marks, a
/// minister's headline and his words to a paper in marks, words before `كما قال X`, an MP's
/// `ما وصفه بـ«…»` and `مؤكدا أن «…»`, a festival's name, a verse recited, and words `على لسان`
/// others. Its first run: speech F1 100, speakers right 9 of 11. The verse went to the minister who
/// recited it, his name run on by the entities into the festival after it (`محمد ولد أحمد
/// مهرجان`), where the gold gives the poet (`بيت للمتنبي`); and `قالت X على لسان المشاركين`
/// went to those she spoke for. Both readings can be argued, and no rule was made for them.
const GOLD24: Gold = &[
    ("حملة اعتقالات واسعة في المدينة", Some("ناشطون")),
    ("«قوات الأمن داهمت عشرات المنازل فجرا»", Some("شهود عيان")),
    ("«الحملة تستهدف خلايا مسلحة فقط»", Some("مسؤول أمني")),
    ("«إكس»", None),
    ("«بين المعتقلين طلابا وصحفيين»", Some("سلمى الحسن")),
    ("لا ضرائب جديدة العام المقبل", Some("وزير المالية")),
    ("«الشرق»", None),
    (
        "«الموازنة المقبلة لن تحمل أي أعباء إضافية على المواطنين»",
        Some("خالد الزعبي"),
    ),
    ("«نريد أن نستعيد ثقة المستثمرين قبل كل شيء»", Some("الزعبي")),
    ("«الوعود المكررة»", Some("رامي العكور")),
    ("«الأرقام لا تكذب»", Some("رامي العكور")),
    ("«ليالي الشعر»", None),
    ("«على قدر أهل العزم تأتي العزائم»", Some("المتنبي")),
    (
        "«جئنا لنقول إن الشعر ما زال حيا في الصحراء»",
        Some("مريم بنت محمد"),
    ),
];

const FILE25: &str = include_str!("../fixtures/news/quotes_heldout25.txt");

/// The twenty-fifth set, written gold first after the twentieth invented entity set: a headline
/// whose speaker names the one he spoke to (`السوداني لأردوغان: …`), words after `إن` and an
/// implied `وأضاف:`, a president's words relayed `بحسب بيان`, a coach's headline in marks and his
/// answer after `أجاب`, a chant of fans named by a construct (`مشجعو الفريق`), a ministry's
/// headline and its statement, a spokesman's fragments after `إلى` and `مشيرا إلى أن`, a mother by
/// her kunya with a clause between her and her words to a paper, unnamed sources to a paper, a
/// name quoted after `اسم`, an MP's `بأنها "…"` and `مطالبا "…"`, and words before `يقول X`.
/// Its first run: speech F1 100, speakers right 16 of 17. The headline `السوداني لأردوغان: …`
/// went to the one spoken to, whom the entities read with the preposition written on his name.
/// With the rule made of it (a person or body with `ل` on its name, whose fuller name in the
/// article does not begin with the letter, is the one spoken to, and the one or two words before
/// it speak): 17 of 17.
const GOLD25: Gold = &[
    ("لا حل عسكريا لأزمة المياه", Some("السوداني")),
    (
        "«الحوار هو الطريق الوحيد لتقاسم مياه دجلة والفرات»",
        Some("محمد شياع السوداني"),
    ),
    (
        "«العراق لن يقبل بأن تتحول أراضيه إلى منطلق للاعتداء على جيرانه»",
        Some("محمد شياع السوداني"),
    ),
    ("\"تتفهم حاجات العراق المائية\"", Some("أردوغان")),
    ("\"نحتاج إلى الفوز في المباراتين\"", Some("مدرب المنتخب")),
    (
        "\"المباراة لن تكون سهلة، والمنافس يعرفنا جيدا\"",
        Some("وليد الركراكي"),
    ),
    ("\"من يحضر هو الأفضل، ولا أبحث عن أعذار\"", Some("الركراكي")),
    ("\"كلنا وراك يا منتخب\"", Some("مشجعو الفريق")),
    ("ارتفاع حالات الحصبة في ثلاث محافظات", Some("وزارة الصحة")),
    (
        "“معظم الإصابات سجلت بين أطفال لم يتلقوا اللقاح”",
        Some("الوزارة"),
    ),
    ("\"عدم الاستماع إلى الشائعات\"", Some("حسين عبد الغفار")),
    ("\"آمن وفعال\"", Some("حسين عبد الغفار")),
    ("«المصري اليوم»", None),
    (
        "«كنا نخاف من اللقاح بسبب ما نقرأه على فيسبوك»",
        Some("أم أحمد"),
    ),
    ("\"الأهرام\"", None),
    (
        "\"المستشفيات الحكومية رفعت حالة الطوارئ\"",
        Some("مصادر طبية"),
    ),
    ("\"موجة الشتاء\"", None),
    ("\"متأخرة\"", Some("محمود بدر")),
    ("\"بمحاسبة المقصرين\"", Some("محمود بدر")),
    (
        "\"لا نملك سوى الانتظار أمام المستشفى\"",
        Some("محمد عبد الله"),
    ),
];

const FILE26: &str = include_str!("../fixtures/news/quotes_heldout26.txt");

/// The twenty-sixth set, written gold first after the twenty-second invented entity set: a
/// headline `X عن Y: «…»`, a president's post on a platform in marks after `كتب … على منصة`, a
/// minister to reporters, a police source relayed by a radio in marks, residents unnamed, a
/// spokesman `قائلا إن «…»`, a statement `وجاء في بيان للجيش: «…»` and `وأضاف البيان أن`, a
/// party's denial with its words right after the verb, a crowd's chant after `وهم يرددون`, and
/// words before `قالت X`. Its first run: speech F1 95.7 (the chant after `وهم يرددون` read as a
/// scare quote), speakers right 9 of 11 (`وأضاف البيان أن` gave the statement, not the army that
/// issued it a line before; the words before `قالت النائبة عن الحزب غمزة أكوش إلغزدي` gave her
/// title, the entities missing her Turkish name). With the rules made of it (a chant in the plural
/// imperfect is the crowd's; a bare statement speaks for the issuer named after the same noun
/// earlier in the article): speech F1 100, speakers 11 of 12.
const GOLD26: Gold = &[
    ("«عمل جبان لن يخيفنا»", Some("ماكرون")),
    ("«إكس»", None),
    (
        "«فرنسا كلها تقف إلى جانب عائلات الضحايا»",
        Some("إيمانويل ماكرون"),
    ),
    (
        "«المهاجم كان معروفا لدى أجهزة الاستخبارات»",
        Some("جيرالد دارمانان"),
    ),
    ("«فرانس إنفو»", None),
    ("«عثرنا على رسالة في سيارة المهاجم»", Some("مصدر في الشرطة")),
    (
        "«الهدوء لم يعد إلى الشوارع منذ ليلة الهجوم»",
        Some("سكان الحي"),
    ),
    ("«هذه الاتهامات لا أساس لها من الصحة»", Some("ناصر كنعاني")),
    (
        "«ضبطنا شحنة صواريخ مضادة للدروع في بحر العرب»",
        Some("الجيش الأمريكي"),
    ),
    ("«كانت في طريقها إلى الحوثيين»", Some("الجيش الأمريكي")),
    ("«أي نية لمقاطعة الانتخابات»", Some("حزب الشعب الجمهوري")),
    ("«سيخوض السباق حتى النهاية»", Some("حزب الشعب الجمهوري")),
    ("«حقوق، قانون، عدالة»", Some("أنصار الحزب")),
    (
        "\"لسنا خائفين من صناديق الاقتراع\"",
        Some("غمزة أكوش إلغزدي"),
    ),
    ("«فوكس»", None),
];

const FILE27: &str = include_str!("../fixtures/news/quotes_heldout27.txt");

/// The twenty-seventh set, written gold first after the twenty-third invented entity set: a
/// minister's headline `X من عمّان: …`, her words after a press conference with her counterpart
/// between commas, the counterpart's reply `ورد X:`, a Western diplomat who asked not to be named
/// and spoke to a paper in marks, three sources relayed by an agency `بحسب ما نقلت … فإن «…»`, words
/// before `هكذا وصف X`, a columnist's question after `تساءل`, and an adjective in marks. Its first
/// run: speech F1 100, speakers right 6 of 7: the words three sources gave an agency went to the
/// agency (`بحسب ما نقلت وكالة رويترز عن ثلاثة مصادر مطلعة`), the count before the sources ending
/// the phrase after `عن`. With the rule made of it (a number before a source noun or a title may
/// begin an unnamed speaker): 7 of 7.
const GOLD27: Gold = &[
    ("لا بديل عن حل الدولتين", Some("بيربوك")),
    (
        "«الطريق الوحيد إلى الأمن يمر عبر دولة فلسطينية»",
        Some("أنالينا بيربوك"),
    ),
    ("«أوروبا تملك أدوات ضغط لم تستخدمها بعد»", Some("الصفدي")),
    ("«الشرق الأوسط»", None),
    (
        "«الزيارة تمهد لمؤتمر دولي في الربيع»",
        Some("مصدر دبلوماسي غربي"),
    ),
    (
        "«برلين تدرس تعليق بعض صادرات السلاح»",
        Some("ثلاثة مصادر مطلعة"),
    ),
    (
        "«الجميع ينتظر ما بعد الانتخابات الأمريكية»",
        Some("حسن البراري"),
    ),
    ("«هل تملك العواصم العربية خطة بديلة؟»", Some("فهد الخيطان")),
    ("«المتشددة»", None),
];

const FILE28: &str = include_str!("../fixtures/news/quotes_heldout28.txt");
/// A twenty-eighth set, written for hamish on 2026-12-05 before any run: power cuts in Egypt (a
/// minister in a headline and his words on, a source unnamed, a citizen's post, an MP's
/// participle, experts' words inside a clause) and a football transfer (a director unnamed, a
/// paper quoting those close to a player, a player's caption, a former coach's fragment and his
/// words on). First run: speech F1 95.7 (the experts' term, `ويرى خبراء أن "الحلول المؤقتة" لن
/// تكفي`, read as speech for the verb two words before it), speakers 10/11 (the caption after
/// `أما الزهراوي فاكتفى بنشر صورة … مع تعليق:` given to the last speaker). Fixes: a term in marks
/// right after `أن` whose clause goes on with a negation or an auxiliary is named, not said; the
/// topic of `أما X فـ` speaks through a derived past tense that begins with alif (`فاكتفى`).
const GOLD28: Gold = &[
    (
        "انتهاء تخفيف الأحمال قبل الصيف",
        Some("وزير الكهرباء المصري"),
    ),
    (
        "«الوزارة وضعت جدولا زمنيا لإنهاء تخفيف الأحمال قبل يونيو المقبل»",
        Some("محمود عصمت"),
    ),
    ("«القاهرة الإخبارية»", None),
    (
        "«شحنات الغاز المستوردة ستغطي العجز في ذروة الاستهلاك»",
        Some("محمود عصمت"),
    ),
    (
        "\"المحطات تعمل بأقصى طاقتها منذ أسبوعين\"",
        Some("مصدر في الشركة القابضة لكهرباء مصر"),
    ),
    (
        "\"ثلاث ساعات بلا كهرباء في الحر، والأطفال لا ينامون\"",
        Some("منى عبد الرحمن"),
    ),
    (
        "«الحكومة وعدت ولم تف، والمواطن يدفع الثمن»",
        Some("أحمد بلال البرلسي"),
    ),
    ("\"الحلول المؤقتة\"", None),
    (
        "«آدم لاعب استثنائي، ونراه جزءا من مستقبل الفريق»",
        Some("المدير الرياضي للنادي"),
    ),
    ("\"ماركا\"", None),
    (
        "\"الزهراوي رفض عرضين من إنجلترا لأنه حلم دائما بالقميص الأبيض\"",
        Some("مقربين من اللاعب"),
    ),
    ("«حلم الطفولة تحقق»", Some("الزهراوي")),
    ("\"يملك عقلية المحترفين رغم صغر سنه\"", Some("جمال السلامي")),
    ("\"لم أر مدافعا بهذا الهدوء منذ سنوات\"", Some("السلامي")),
];

const FILE29: &str = include_str!("../fixtures/news/quotes_heldout29.txt");
/// A twenty-ninth set, written for hamish on 2026-12-05 before any run: hunger in Sudan (a UN
/// headline, a programme's warning after `حذر … من أن`, a director named in apposition before a
/// colon, a fragment and a participle's words, a kitchen worker unnamed to a paper in marks, a
/// ministry's statement with a fragment) and a football coach (a headline in marks, `أكد … أن
/// فريقه "…"`, `وأضاف …:`, a captain after `أما … فقال لقناة "…":`, a banner's words). First run,
/// against the gold as first written: speech F1 81.8, speakers 7/9. Two fragments that go on to
/// when or where (`أن فريقه "جاهز لكل الاحتمالات" قبل …`, `أن قوافل المساعدات "تنتظر أسابيع"
/// عند المعابر`) read as scare quotes; the channel's name after `لقناة` read as speech; the
/// ministry before its verb (`لكن وزارة الخارجية قالت … إن …`) not found, the last speaker given.
/// The banner's words were first written unmarked, against the twenty-third set, whose gold gives
/// the same sentence's slogan to the fans: so marked since, after the two fixes for fragments
/// and outlets below had been made. Fixes: a predicate after `أن` and a subject of
/// one word or a noun and its definite complement may go on to when or where (`قبل`, `بعد`,
/// `خلال`, `عند`, `منذ`, `حتى`, `أمام`); an outlet's name in marks right after its noun with
/// `ل` is named, not said; a body or a calling of two to four words right before the verb,
/// after `لكن`, a comma or the line's start, speaks. 100, 12/12.
const GOLD29: Gold = &[
    ("ثلث سكان السودان يواجهون الجوع", Some("الأمم المتحدة")),
    (
        "«أكثر من 17 مليون شخص في السودان لا يعرفون من أين ستأتي وجبتهم التالية»",
        Some("برنامج الأغذية العالمي"),
    ),
    (
        "“نحن على بعد خطوة من مجاعة معلنة في دارفور”",
        Some("كورين فلايشر"),
    ),
    ("“تنتظر أسابيع”", Some("فلايشر")),
    ("“كل يوم تأخير يعني أرواحا تضيع”", Some("فلايشر")),
    ("«العربي الجديد»", None),
    (
        "\"الناس يأكلون مرة واحدة في اليوم، وأحيانا لا يأكلون\"",
        Some("أحد العاملين في مطبخ جماعي"),
    ),
    ("\"مبالغ فيها\"", Some("وزارة الخارجية")),
    ("\"لا نخاف أحدا\"", Some("مدرب المنتخب")),
    ("\"جاهز لكل الاحتمالات\"", Some("خيسوس كاساس")),
    (
        "\"لدينا لاعبون شبان يلعبون بلا خوف، وهذا ما نحتاجه\"",
        Some("خيسوس كاساس"),
    ),
    ("\"الرابعة\"", None),
    ("\"الجمهور هو لاعبنا رقم 12\"", Some("أيمن حسين")),
    ("\"العراق أولا\"", Some("المشجعون")),
];

const GOLD: Gold = &[
    ("سنزرع مليون شجرة قبل نهاية العام", Some("وزيرة البيئة")),
    (
        "\"التصحر يهدد ثلث الأراضي الزراعية في البلاد\"",
        Some("الحسيني"),
    ),
    (
        "\"لن ننتظر المانحين، سنبدأ بمواردنا الذاتية\"",
        Some("الحسيني"),
    ),
    ("\"وعود انتخابية لا أكثر\"", Some("فادي منصور")),
    (
        "«سمعنا صوتا قويا ثم امتلأ الشارع بالغبار»",
        Some("أحد الجيران"),
    ),
    ("\"ما زالت تبحث عن مفقودين تحت الأنقاض\"", Some("سمير داود")),
    ("\"آيلا للسقوط\"", None),
    ("البطولة ستقام في موعدها", Some("الفيفا")),
    ("\"لا تغيير في الجدول الزمني\"", Some("متحدث باسم الاتحاد")),
    ("”الملاعب جاهزة والتذاكر نفدت تقريبا“", Some("حمد الكواري")),
    (
        "\"نحن نعمل ليلا ونهارا لاستقبال الجماهير من كل القارات\"",
        Some("الكواري"),
    ),
    ("\"الخبز خط أحمر\"", Some("المحتجون")),
    ("\"راتبي لا يكفي حتى منتصف الشهر\"", Some("منى عادل")),
    ("\"مؤقت وضروري لإنقاذ الموازنة\"", Some("كريم فهمي")),
    ("\"الصبر والتفهم\"", Some("كريم فهمي")),
    ("\"حروف\"", None),
    (
        "«أردنا أن يحب الأطفال لغتهم قبل أن يتعلموا قواعدها»",
        Some("رنا الخطيب"),
    ),
    ("\"القصص المصورة والألعاب القصيرة\"", Some("الخطيب")),
    (
        "\"جربناه على مئتي طفل في عمان وإربد وكانت النتائج مشجعة\"",
        Some("الخطيب"),
    ),
    ("التعديل الوزاري الأسبوع المقبل", Some("مصدر حكومي")),
    (
        "“سيشمل التعديل ست حقائب على الأقل بينها المالية والتعليم”",
        Some("المصدر"),
    ),
    (
        "“كل الخيارات مطروحة، ورئيس الوزراء وحده يقرر”",
        Some("جمال العلي"),
    ),
    ("\"نحتاج إلى خمسمئة متبرع هذا الأسبوع.", Some("سارة يوسف")),
    ("\"تؤجل العمليات غير العاجلة\"", Some("سارة يوسف")),
    ("الأطفال يقضون خمس ساعات يوميا أمام الشاشات", Some("دراسة")),
    (
        "\"الأهل أنفسهم قدوة سيئة في هذا المجال\"",
        Some("عادل الشمري"),
    ),
    ("\"حمية رقمية\"", None),
    ("\"ليس المطلوب منع الأجهزة، بل تنظيم وقتها\"", Some("الشمري")),
    (
        "«اللاعبون قاتلوا حتى الدقيقة الأخيرة، وأنا فخور بهم»",
        Some("جمال سلامي"),
    ),
    ("«سنلعب من أجل الجماهير»", Some("يوسف النصيري")),
    ("«ديما ديما»", Some("المشجعون")),
    (
        "\"التضخم ما زال أعلى من المستهدف بكثير، ولا بد من إجراءات حازمة\"",
        Some("طارق عامر"),
    ),
    ("\"متأخر\"", Some("هاني توفيق")),
    (
        "\"كان على البنك أن يتحرك قبل ستة أشهر\"",
        Some("هاني توفيق"),
    ),
];

#[derive(Default)]
struct Score {
    /// Speech quotations: found as speech with the gold range, found as speech, in the gold.
    speech: (usize, usize, usize),
    /// Quotations of either style found with the gold range, of all in the gold.
    found: usize,
    /// Speech quotations found whose speaker is right.
    speakers: usize,
}

const FILE30: &str = include_str!("../fixtures/news/quotes_heldout30.txt");
/// A thirtieth set, written for hamish on 2026-12-06 before any run: power cuts in a heatwave in
/// Iraq (a ministry's headline, a spokesman's `إن "…"`, `وأضاف:`, a shopkeeper by his kunya after
/// `ويقول … وهو …:`, a name after `اسم`, an MP's words after `اتهم … بـ`, an unnamed source who
/// asked not to be named) and a prize for a novel (the novel's title, a jury's words after
/// `وصفتها … بأنها`, the jury's chair before a colon, the winner after `عبرت … وقالت:`, a critic
/// who wrote in a paper named in marks, a writer on her page). First run: speech F1 100, speakers
/// 8/11. The MP's calling and constituency before his name (`النائب عن محافظة البصرة حيدر
/// الساعدي`) gave the title alone; `لجنة` was read as `ل` + `جنة` (to paradise), someone spoken
/// to, so the jury's words went to the novelist the sentence named first; the novelist by her
/// family name after a verb that is not one of saying (`عبرت العلي عن سعادتها، وقالت:`), which
/// the entities leave unmarked, was not found, and the last speaker was given. Fixes: a body's
/// head noun beginning with `ل` is no one spoken to; a title, `عن`, `في` or `من` and a place,
/// then a person's name, are one subject, whose speaker is the person (the accuser too); a
/// place right after a definite word of the subject is the verb's object, and so is the last
/// word of a body's head and complement that run into `بأن` (`لجنة التحكيم الرواية بأنها`).
/// 10/11. Then a family name that is a nisba, found alone after a verb opening its clause
/// (`من جهتها، عبرت العلي`): 11/11.
const GOLD30: Gold = &[
    ("الانقطاعات ستتراجع خلال أيام", Some("وزارة الكهرباء")),
    (
        "\"ساعات التجهيز ستزداد تدريجيا مع دخول محطات جديدة الخدمة\"",
        Some("أحمد العبادي"),
    ),
    (
        "«نطلب من المواطنين ترشيد الاستهلاك في ساعات الذروة»",
        Some("العبادي"),
    ),
    (
        "“الحر لا يطاق، والمولدة الأهلية تكلفني نصف ما أربحه”",
        Some("أبو علي"),
    ),
    ("\"موسم الجحيم\"", None),
    ("\"الفشل في إدارة ملف الطاقة\"", Some("حيدر الساعدي")),
    (
        "«إيران خفضت إمدادات الغاز بنسبة 40 في المئة بسبب الديون»",
        Some("مصدر في الوزارة"),
    ),
    ("\"بيت الريح\"", None),
    (
        "\"عمل شجاع يكتب الحرب من داخل البيوت\"",
        Some("لجنة التحكيم"),
    ),
    (
        "\"اخترنا رواية تنصت إلى أصوات النساء اللواتي لا يسمعهن أحد\"",
        Some("سعيد الحمداني"),
    ),
    (
        "«لم أتوقع الفوز، فالقائمة القصيرة كانت قوية»",
        Some("العلي"),
    ),
    ("«النهار»", None),
    ("\"أجرأ ما كتب عن الحرب السورية\"", Some("جورج خوري")),
    ("“فوز مستحق لصوت شجاع”", Some("هالة منصور")),
];

const FILE31: &str = include_str!("../fixtures/news/quotes_heldout31.txt");
/// A thirty-first set, written for hamish on 2026-12-06 before any run: drought in Morocco (a
/// minister's unmarked headline, two fragments of his after `إن` and `محذرا من أن`, a basin
/// agency's director talking to the news agency, a farmer after his words with `يقول`, a name of
/// tankers in marks, a group named in marks and two fragments of its statement after a verb of
/// criticism and `داعية … إلى`), and a football club's defeat (a coach's headline after `بعد
/// الخسارة …:`, the fans' chant, the coach's words with their closing mark missing, the other
/// coach to a channel named in marks, a captain on Instagram, sources after `بحسب … فإن`, a fan
/// after his words with `قال`). First run: speech F1 92.3, speakers 10/12. The headline's speaker
/// ran into when he spoke (`… بعد الخسارة أمام الوحدات:`) and was not read; the fans' chant of
/// two words after `التي رددت`, which the entities read as a name, was a scare quote; the
/// group's words went to `الحكومة`, the object of the participle after them (`«…»، داعية
/// الحكومة`), its name in marks after its head (`منظمة «أطاك المغرب» قد انتقدت`) being no
/// subject. The unclosed mark shifted nothing. Fixes: an adjunct of time ends a headline's
/// speaker; a short chant right after a verb of chanting with a crowd or a noun of chanting
/// before it is speech, the crowd's; a participle after the words takes no subject after it; a
/// body's name in marks after its head (not after a preposition) is a name the sentence
/// names, and a subject in the pluperfect. 14/14, F1 100; the other thirty sets unchanged.
const GOLD31: Gold = &[
    (
        "المغرب يعيش أسوأ جفاف منذ أربعة عقود",
        Some("وزير التجهيز والماء"),
    ),
    ("«نسبة ملء السدود لم تتجاوز 23 في المئة»", Some("نزار بركة")),
    (
        "«مدنا كبرى قد تعرف انقطاعات ليلية للماء خلال الصيف»",
        Some("نزار بركة"),
    ),
    (
        "«الفرشة المائية انخفضت بأكثر من ثلاثة أمتار في بعض المناطق»",
        Some("محمد الزروالي"),
    ),
    ("«لم نر مطرا حقيقيا منذ ثلاث سنوات»", Some("الحسين أوبلا")),
    ("«قوافل الحياة»", None),
    ("«أطاك المغرب»", None),
    (
        "«تبذير الماء في ملاعب الغولف والزراعات التصديرية»",
        Some("أطاك المغرب"),
    ),
    ("«مراجعة السياسة الفلاحية برمتها»", Some("أطاك المغرب")),
    ("باق في منصبي", Some("مدرب الفيصلي")),
    ("«ارحل ارحل»", Some("جماهير")),
    (
        "\"لن أستقيل، وأتحمل مسؤولية النتيجة وحدي.",
        Some("رائد عساف"),
    ),
    ("«الأردن الرياضية»", None),
    ("«لعب بذكاء واستغل أخطاء المنافس»", Some("جمال محمود")),
    (
        "«نعتذر لجماهيرنا، والموسم لم ينته بعد»",
        Some("يوسف الرواشدة"),
    ),
    (
        "«سيجتمع الأحد لتقييم وضع الجهاز الفني»",
        Some("مصادر في النادي"),
    ),
    (
        "«هذه ليست المرة الأولى التي يخذلنا فيها الفريق في المباريات الكبيرة»",
        Some("محمد الخوالدة"),
    ),
];

/// A thirty-second set, written on 2026-12-06 with its gold before its first run: an Algerian
/// finance bill (an unmarked headline after a minister's title, `أكد … أن «…»`, `وأضاف أن "…"`,
/// an MP's words to the news agency in ” “ marks and a participle's `مضيفا: “…”`, a party's
/// statement after `بـ"…"`, a ministry source to a paper in marks, a scare quote), and Lebanon's
/// southern hospitals (a source's headline, a minister after `قال … إن "…"`, `وتابع: "…"`, a WHO
/// representative's words to a paper in marks after a colon, a nurse after her words and a
/// participle's fragment, unnamed medical sources, a patient's question a director reports
/// before his own words). First run: speech F1 96.8 (the nurse's fragment after `مضيفة أن قسم
/// الطوارئ يستقبل` read as a scare quote), speakers 14/15 (the patient's question given to the
/// director who reports it, `إن أحد المرضى سأله: «…»`). Then the object of a clause's own verb
/// after its subject is a fragment of reported speech: F1 100, speakers 15/16. Reading the
/// subject before a verb of saying inside a reported clause (and `سأل` before a colon as a verb
/// of saying) was tried and dropped: it gave the patient's question right and the director's
/// next words wrong (the `؟` inside the marks ends the participle's sentence), and changed 154
/// speakers on the five extracts, most for the worse.
const FILE32: &str = include_str!("../fixtures/news/quotes_heldout32.txt");
const GOLD32: Gold = &[
    (
        "لا زيادة في الضرائب العام المقبل",
        Some("وزير المالية الجزائري"),
    ),
    (
        "«الحكومة لن تفرض أي ضريبة جديدة على المواطنين في 2027»",
        Some("كمال بن عمارة"),
    ),
    (
        "\"سيتراجع إلى أقل من عشرة في المئة من الناتج الداخلي الخام بفضل ارتفاع مداخيل المحروقات\"",
        Some("كمال بن عمارة"),
    ),
    ("“متفائلة أكثر من اللازم”", Some("يوسف بلقاسمي")),
    ("“الأسعار في الأسواق تقول شيئا آخر”", Some("يوسف بلقاسمي")),
    ("\"رفع الحد الأدنى للأجور إلى 30 ألف دينار\"", Some("الحركة")),
    ("«الشروق»", None),
    (
        "\"الميزانية بنيت على سعر 60 دولارا لبرميل النفط\"",
        Some("مصدر في الوزارة"),
    ),
    ("\"الانتخابية\"", None),
    (
        "مستشفيات الجنوب اللبناني تعمل بنصف طاقتها",
        Some("مصدر طبي"),
    ),
    (
        "\"ثلاثة مستشفيات في الجنوب خرجت عن الخدمة بالكامل، وإن البقية تعمل بنصف طاقتها\"",
        Some("جهاد مكي"),
    ),
    (
        "\"نحتاج إلى مولدات ووقود أكثر مما نحتاج إلى الأدوية في هذه المرحلة\"",
        Some("جهاد مكي"),
    ),
    ("\"النهار\"", None),
    (
        "\"أرسلنا 40 طنا من المستلزمات الطبية خلال أسبوعين\"",
        Some("عبير حسن"),
    ),
    ("«لم أنم منذ ثلاثة أيام»", Some("زينب فقيه")),
    ("«عشرات الجرحى يوميا»", Some("زينب فقيه")),
    (
        "“المخزون من أكياس الدم يكفي لأسبوع واحد فقط”",
        Some("مصادر طبية"),
    ),
    ("«هل سنعود إلى بيوتنا؟»", Some("أحد المرضى")),
    ("«لم أعرف بماذا أجيب»", Some("علي شرف الدين")),
];

/// A thirty-third set, gold written with the text before the finder was run on it: Iraq's
/// electricity in a heat wave (a ministry's headline, its spokesman to the state agency with `إن
/// "…"`, his fragment after `وأشار إلى أن`, a generator owner named by his kunya after `يدعى`, a
/// mother before her verb, a prime minister's promise after `بـ`, an MP on a platform, a
/// project's name) and Morocco's coach after a draw (his headline, his words before and after
/// `وأضاف:`, a journalist's question and the coach's answer, the captain's fragment after
/// `اعتبر … أن`, the fans' chant, a site named in marks and a source it quotes). First run:
/// speech F1 92.9 (13 of 15 found, none wrong), speakers right 12 of 13: missed the promise
/// after `بـ` and the chant of a counted crowd; the journalist's question given to the coach.
/// Then a promise's words after `بـ` are the promiser's, and a counted crowd begins a subject:
/// F1 100, speakers 14 of 15; then a question after `سأل` is the asker's: 15 of 15.
const FILE33: &str = include_str!("../fixtures/news/quotes_heldout33.txt");
const GOLD33: Gold = &[
    ("الأحمال تجاوزت قدرة الشبكة", Some("وزارة الكهرباء العراقية")),
    (
        "\"الأحمال بلغت 52 ألف ميغاواط، بينما لا يتجاوز الإنتاج 27 ألفا\"",
        Some("أحمد موسى"),
    ),
    (
        "\"تعمل على استيراد الغاز من تركمانستان عبر إيران\"",
        Some("أحمد موسى"),
    ),
    (
        "\"الناس لا تستطيع دفع 15 ألف دينار للأمبير الواحد، والوقود صار أغلى\"",
        Some("أبو حيدر"),
    ),
    ("«نحن نعيش في فرن»", Some("أم علي")),
    ("\"صيف مختلف\"", Some("رئيس الوزراء")),
    ("\"الوعود لا تبرد البيوت\"", Some("عدي عواد")),
    ("\"الربط الخليجي\"", None),
    ("لم نلعب كما أردنا", Some("الركراكي")),
    (
        "\"لم نكن في يومنا، واللاعبون شعروا بالتعب بعد الرحلة الطويلة\"",
        Some("وليد الركراكي"),
    ),
    (
        "\"سنراجع كل شيء قبل مباراة الثلاثاء، ولن أبحث عن أعذار\"",
        Some("وليد الركراكي"),
    ),
    ("\"هل أنت قلق على مكانك؟\"", Some("أحد الصحفيين")),
    ("\"لست قلقا، الجامعة تعرف عملي\"", Some("الركراكي")),
    (
        "\"يحتاج إلى وقت للتأقلم مع الخطة الجديدة\"",
        Some("غانم سايس"),
    ),
    ("\"ارحل ارحل\"", Some("مئات المشجعين")),
    ("\"هسبريس\"", None),
    (
        "\"لا نية لتغيير الطاقم الفني قبل كأس أفريقيا\"",
        Some("مصدر في الجامعة الملكية المغربية لكرة القدم"),
    ),
];

/// A thirty-fourth set, gold written with the text before the finder was run on it: a teachers'
/// sit-in in Jordan (a union's headline, its head's fragments after `أن` and `مضيفاً أن`, his
/// words in «», a minister to a channel and his call after `داعياً … إلى`, a teacher's fragment
/// after `إن` with a clause about her between, a parent after `أما … فقال:`, a spokesman's
/// description after `وصف … بأنه`, the union's statement, an agreement's name) and an African
/// final (the winning coach, his fragments after `أن` and `مشيراً إلى أن`, the captain to a
/// channel named in marks, the losing coach's admission after `اعترف … بأن` and his words after
/// `قائلاً:`, fans' banner, the club's president). Written with the accusative's tanween, as many
/// papers write it. First run: speech F1 100 (18 of 18 found, none wrong), speakers right 15 of
/// 18: the union's statement (`وهو ما ردت عليه النقابة ببيان قالت فيه:`) given to the spokesman
/// before it, and the winning coach's two fragments to `المدرب السويسري`, the title he is named by
/// there, not to him. Then a speaker named by a title alone is the one who spoke with it: 17 of 18;
/// then words said in a statement are its issuer's: 18 of 18.
const FILE34: &str = include_str!("../fixtures/news/quotes_heldout34.txt");
const GOLD34: Gold = &[
    (
        "الاعتصام مستمر حتى تنفيذ الاتفاق",
        Some("نقابة المعلمين الأردنيين"),
    ),
    (
        "\"سيستمر يومياً حتى تلتزم الحكومة بما وقعت عليه\"",
        Some("أيمن العكور"),
    ),
    ("\"صبر المعلمين نفد\"", Some("أيمن العكور")),
    (
        "«لم نأت إلى هنا من أجل المال وحده، بل من أجل كرامة المهنة»",
        Some("العكور"),
    ),
    (
        "\"العلاوة ستصرف على مرحلتين بدءاً من الشهر المقبل\"",
        Some("عزمي محافظة"),
    ),
    ("\"العودة إلى طاولة الحوار\"", Some("عزمي محافظة")),
    ("\"لا يكفي لدفع إيجار البيت والمواصلات\"", Some("رنا الخطيب")),
    (
        "\"أبناؤنا هم من يدفعون الثمن، فقد خسروا أسبوعين من الدراسة\"",
        Some("محمود الحياري"),
    ),
    ("\"غير قانوني\"", Some("محمد المومني")),
    ("\"القانون يكفل حق الاحتجاج السلمي\"", Some("النقابة")),
    ("\"اتفاق المسار المهني\"", None),
    (
        "\"هذا اللقب للجماهير التي لم تتوقف عن التشجيع طوال تسعين دقيقة\"",
        Some("مارسيل كولر"),
    ),
    ("\"لعب بذكاء وانتظر الفرصة المناسبة\"", Some("كولر")),
    ("\"أرهقت الفريق في الأسابيع الأخيرة\"", Some("كولر")),
    ("\"أون سبورت\"", None),
    (
        "«كنا نعرف أن المباراة صعبة، لكننا وعدنا الجماهير بالكأس ووفينا بالوعد»",
        Some("محمد الشناوي"),
    ),
    ("\"لم يكن في يومه\"", Some("ميغيل كاردوسو")),
    (
        "\"الأهلي استحق الفوز، وعلينا أن نتعلم من أخطائنا\"",
        Some("ميغيل كاردوسو"),
    ),
    ("\"ملوك أفريقيا\"", Some("جماهير الأهلي")),
    ("\"الأهلي لا يعرف إلا المنافسة على البطولات\"", Some("الخطيب")),
];

/// A thirty-fifth set, gold written with the text before the finder was run on it: Lebanon's
/// banks against a law on deposits (the banks' association in a headline and in a statement
/// after `أصدرت بيانا قالت فيه إن`, its head at a press conference, the finance minister's
/// fragments after `اعتبر … أن` and `مؤكدا أن`, depositors chanting, a depositor to an agency
/// with a clause about her between, a source in the central bank via a paper, a depositors'
/// league after `وفي بيان صادر عن …، قالت إن`, the IMF after `وصف … بأنها`) and a marathon in
/// Marrakesh (a headline naming no speaker, the winner after the race and his implied second
/// words, the runner-up after `أما … فقال إنه`, the women's winner after `التي قالت`, the
/// organisers' head after `أعلن … أن`, the crowd's chant, an athletics body's post). Written
/// after the rule for words said in a statement, so its two statements do not measure that rule
/// fairly. First run: speech F1 100 (17 of 17 found, none wrong; the headline naming an event is
/// no quotation), speakers right 17 of 17; with the build before that rule, 16 of 17 (the
/// league's statement after `وفي بيان صادر عن …، قالت إن` given to `مصدر`, named a sentence
/// before).
const FILE35: &str = include_str!("../fixtures/news/quotes_heldout35.txt");

const GOLD35: Gold = &[
    ("لن نتحمل وحدنا كلفة الانهيار", Some("جمعية المصارف")),
    (
        "\"يحمل المصارف والمودعين خسائر سببتها الدولة\"",
        Some("جمعية المصارف"),
    ),
    (
        "\"أموال المودعين ذهبت لتمويل عجز الدولة، ولا يمكن أن نكون كبش الفداء\"",
        Some("سليم صفير"),
    ),
    ("\"متوقع\"", Some("ياسين جابر")),
    ("\"لن تتراجع عن خطة التعافي\"", Some("ياسين جابر")),
    ("«بدنا مصرياتنا»", Some("عشرات المودعين")),
    (
        "\"ادخرت ثلاثين عاما، والآن لا أستطيع سحب أكثر من مئتي دولار في الشهر\"",
        Some("هدى شمس"),
    ),
    (
        "\"الاحتياطي لا يسمح بأي دفعات إضافية هذا العام\"",
        Some("مصدر في مصرف لبنان"),
    ),
    (
        "\"القانون يشطب نحو ستين بالمئة من الودائع الكبيرة\"",
        Some("رابطة المودعين"),
    ),
    ("\"بطيئة جدا\"", Some("صندوق النقد الدولي")),
    (
        "\"الطقس كان مثاليا، والجمهور المغربي منحني طاقة إضافية في الكيلومترات الأخيرة\"",
        Some("إيليا كيبروتو"),
    ),
    ("\"أريد العودة العام المقبل لتحطيم رقمي\"", Some("كيبروتو")),
    ("\"راض عن المركز الثاني\"", Some("آيت شيتاشن")),
    (
        "«لم أتوقع الفوز، فقد عانيت من إصابة في الركبة قبل شهرين»",
        Some("تسيغي غيبري"),
    ),
    (
        "\"أكثر من عشرة آلاف عداء من ستين دولة\"",
        Some("محمد الكنيدري"),
    ),
    ("\"مغرب، مغرب\"", Some("الجمهور")),
    (
        "\"أداء استثنائي في مراكش\"",
        Some("الاتحاد الدولي لألعاب القوى"),
    ),
];

/// A thirty-sixth set, its gold written before the finder was run on it: Cairo's monorail opened
/// by the transport minister (a headline after his title, the minister after `وقال … إن`, his
/// implied second words in marks opened with `”` and closed with `“`, a resident after `ويدعى`
/// speaking to a site quoted by name, an expert's two fragments after `اعتبر أن` and `داعيا إلى`,
/// a body's statement, a ministry source through the news agency, a driver whose words hold a
/// quotation of their own, a user of a social network), and a Kuwaiti club sacking its coach (a
/// headline after the coach's title with the words in marks, the club's president speaking to a
/// paper, the coach in `« »` and after `مضيفا أن`, chanting fans, a player to a channel and his
/// implied second words, the football association's caption, a vocative line that names no
/// speaker, and scare quotes). First run: speech F1 97.3 (18 of 18 found, one wrong: the
/// nickname after `يسمون الخط`), speakers right 14 of 18 (the minister twice given as his title,
/// `وزير النقل المصري`, his name `كامل الوزير` ending on a title's word and not found; the expert
/// twice given the resident's name before, his own `الخبير في التخطيط العمراني حمدي عرفة` not
/// found before `اعتبر`). Then a field after `في` in a title's portfolio and verbs of naming: F1
/// 100, speakers 16 of 18.
const FILE36: &str = include_str!("../fixtures/news/quotes_heldout36.txt");

const GOLD36: Gold = &[
    (
        "المونوريل سيعمل بكامل طاقته قبل الصيف",
        Some("وزير النقل المصري"),
    ),
    (
        "\"سينقل 45 ألف راكب في الساعة في كل اتجاه\"",
        Some("كامل الوزير"),
    ),
    (
        "”التذكرة ستكون في متناول الجميع، ولن تتجاوز عشرين جنيها للرحلة الكاملة“",
        Some("كامل الوزير"),
    ),
    ("\"مصراوي\"", None),
    (
        "«كنت أقضي ساعتين في المواصلات كل يوم، والآن نصف ساعة فقط»",
        Some("محمود عبد العال"),
    ),
    ("\"مرتفعة جدا مقارنة بعائده\"", Some("حمدي عرفة")),
    ("\"إعادة ترتيب الأولويات\"", Some("حمدي عرفة")),
    (
        "\"نسبة تنفيذ المرحلة الثانية بلغت 70 بالمئة\"",
        Some("الهيئة القومية للأنفاق"),
    ),
    (
        "\"الخط سيمتد لاحقا إلى مدينة السادس من أكتوبر\"",
        Some("مصدر بالوزارة"),
    ),
    ("\"عدو الميكروباص\"", None),
    (
        "\"الركاب يقولون لنا «وداعا»، ونحن نبحث عن عمل آخر\"",
        Some("سعيد منصور"),
    ),
    ("\"أخيرا قطار يصل في موعده\"", Some("مستخدم")),
    ("\"نتحمل مسؤولية الخسارة\"", Some("مدرب القادسية")),
    (
        "\"جاء بعد تراجع النتائج في الجولات الأخيرة\"",
        Some("خالد الشريدة"),
    ),
    (
        "«نتحمل مسؤولية الخسارة، لكن الفريق يحتاج إلى صفقات في الشتاء»",
        Some("مورايس"),
    ),
    ("\"لم يكونوا في يومهم\"", Some("مورايس")),
    ("\"الإدارة ارحلي\"", Some("مشجعون")),
    (
        "\"المدرب لم يكن وحده المسؤول، نحن اللاعبين أخطأنا أيضا\"",
        Some("أحمد الظفيري"),
    ),
    ("\"نعتذر لجماهيرنا ونعدهم بالعودة\"", Some("الظفيري")),
    (
        "\"موسم طويل وما زال كل شيء ممكنا\"",
        Some("الاتحاد الكويتي لكرة القدم"),
    ),
    ("\"مفاوضات متقدمة\"", None),
];

/// A thirty-seventh set, written for hamish on 2026-12-06 and scored once before any change made
/// for it: night-time water cuts in Tunisia in a drought (a water company's unmarked headline by its
/// French acronym, its director general after `المدير العام للشركة`, fragments after `وأضاف أن`
/// and `محذرا من أن`, a housewife to an agency in quotation marks opened with `»`, a hashtag whose
/// mark is never closed, an expert's fragment and his words to a radio, a ministry source, a
/// farmers' union after `بـ"` and `مؤكدا أن`), and a Moroccan boxer's world title (her headline
/// after her title, her words holding her coach's in `« »`, a quotation cut in two by `قالت
/// الوزاني`, a king's cable after `جاء في برقية`, her coach's fragment and `مضيفا:`, her mother
/// named after `أما والدتها`, a nickname after a verb of naming, a programme after `بعنوان`).
/// First run: speech F1 94.4, speakers 12 of 17 (the hashtag's open mark read as a quotation to
/// the paragraph's end; the director general, whose given name `مصباح` is also "lamp", not
/// found, so his words went to his title; the boxer's headline, six words before the colon, too
/// long for a speaker; the mother's words given to `والدموع`, the clause of manner after her
/// verb, her topic being described by a relative clause; the company's headline by its acronym
/// missed). Then a mark left open before a hashtag, a person named last in a long headline, a
/// topic described between commas: F1 97.1, speakers 14 of 17.
const FILE37: &str = include_str!("../fixtures/news/quotes_heldout37.txt");

const GOLD37: Gold = &[
    ("قطع المياه ليلا سيستمر حتى نهاية أوت", Some("الصوناد")),
    (
        "\"ضروري لحماية ما تبقى من مخزون السدود\"",
        Some("مصباح الهلالي"),
    ),
    ("\"لا تتجاوز 22 بالمئة\"", Some("الهلالي")),
    ("\"الصيف سيكون صعبا إذا تأخرت الأمطار\"", Some("الهلالي")),
    (
        "»نملأ القوارير في النهار ونطبخ ليلا على ضوء الهاتف، ولا أحد يسأل عنا«",
        Some("سعاد الماجري"),
    ),
    ("\"ليست ظرفية بل هيكلية\"", Some("كمال البحري")),
    (
        "\"الحل في تحلية مياه البحر وإعادة استعمال المياه المعالجة، لا في القطع\"",
        Some("كمال البحري"),
    ),
    (
        "\"تدرس منع ري المساحات الخضراء وغسل السيارات بمياه الشبكة\"",
        Some("مصدر في وزارة الفلاحة"),
    ),
    (
        "\"تعويض عاجل لصغار الفلاحين المتضررين من الجفاف\"",
        Some("الاتحاد التونسي للفلاحة والصيد البحري"),
    ),
    (
        "\"موسم الحبوب ضاع في ثلاث ولايات على الأقل\"",
        Some("الاتحاد التونسي للفلاحة والصيد البحري"),
    ),
    ("«الميدالية لكل فتاة في الحي»", Some("سناء الوزاني")),
    (
        "\"كنت أتدرب في قاعة بلا تكييف، وكان مدربي يقول لي «اضربي كأنك تدافعين عن بيتك»، وهذا ما فعلته\"",
        Some("الوزاني"),
    ),
    ("\"سأعود إلى القاعة بعد أسبوع\"", Some("الوزاني")),
    ("\"فالبطولة القادمة بعد ستة أشهر فقط\"", Some("الوزاني")),
    (
        "\"لقد رفعت راية المغرب عاليا وأسعدت كل المغاربة\"",
        Some("محمد السادس"),
    ),
    ("\"تملك لكمة يسارية نادرة\"", Some("عبد الحق بنعلي")),
    (
        "«نستعد الآن للألعاب الأولمبية، والطريق ما زال طويلا»",
        Some("بنعلي"),
    ),
    ("\"ابنتي ربحت، والحي كله ربح معها\"", Some("فاطمة")),
    ("\"لبؤة سيدي مومن\"", None),
    ("\"من الحي إلى الحلبة\"", None),
];

/// A thirty-eighth set, gold first: Jordan's teachers asking for a raise (the minister's headline
/// and his words after `إن` and `وأكد أن`, a former union head's post after `كتب … على فيسبوك:`,
/// a teacher's words reported by a paper after `نقلت … عن … قولها إن`, a placard and a chant of
/// teachers gathered, a teacher's words before `قال`, an MP's two fragments after `حذر من` and
/// `مضيفا أن`), and an Algerian novelist's prize (a novel's title, the jury's head after `إن`, her
/// speech at the ceremony, her fragment after `وأضافت … أنها`, a minister named by his post on a
/// platform, a publisher after `يرى … أن` and `مشيرا إلى أن`, a magazine's name, her words from an
/// earlier interview). First run: speech F1 94.1, speakers 13 of 16 (the minister found as his
/// given name alone, his family name `محافظة` being "governorate", after a verb that is no verb of
/// saying; the MP's warning after `حذر … من` and his fragment `"خلال أيام"` read as scare quotes;
/// the novelist's fragment given to `الرواية`, the object of the verb after `أنها`). Then words
/// warned of after `من`, a fragment opening on `خلال`, a family name before the day between
/// commas: F1 100, speakers 17 of 18.
const FILE38: &str = include_str!("../fixtures/news/quotes_heldout38.txt");

const GOLD38: Gold = &[
    (
        "لا زيادة على رواتب المعلمين قبل إقرار الموازنة",
        Some("وزير التربية"),
    ),
    (
        "\"الخزينة لا تحتمل أي التزام جديد هذا العام\"",
        Some("عزمي محافظة"),
    ),
    ("“منفتحة على الحوار”", Some("محافظة")),
    ("“لن تقبل بتعطيل العام الدراسي”", Some("محافظة")),
    (
        "\"المعلم ليس عبئا على الموازنة، بل هو أساسها\"",
        Some("ناصر النواصرة"),
    ),
    ("\"لا يكفي لدفع الإيجار والمواصلات\"", Some("معلمة")),
    ("\"كرامة المعلم أولا\"", Some("مئات المعلمين")),
    ("«يا حكومة اسمعينا»", Some("مئات المعلمين")),
    (
        "\"لسنا ضد الطلاب، نحن ندافع عن مستقبلهم\"",
        Some("خالد العمري"),
    ),
    ("\"صيف ساخن\"", Some("بلال المومني")),
    ("\"خلال أيام\"", Some("بلال المومني")),
    ("\"بيت على حافة الصحراء\"", None),
    (
        "\"تكتب الذاكرة الجزائرية بلغة جديدة وجريئة\"",
        Some("محمد بدوي"),
    ),
    (
        "«أهدي هذه الجائزة إلى أمي، التي علمتني أن الحكاية وطن»",
        Some("نسيمة بن علي"),
    ),
    ("\"في ثلاث سنوات، بين المستشفى والبيت\"", Some("بن علي")),
    (
        "\"فخورون بك، وبأدب جزائري يعبر الحدود\"",
        Some("وزير الثقافة الجزائري"),
    ),
    ("\"ستفتح للرواية أبواب الترجمة\"", Some("حسن ياغي")),
    ("\"عشرات الطلبات من ناشرين أوروبيين\"", Some("حسن ياغي")),
    ("\"الدوحة\"", None),
    (
        "\"أكتب بالعربية لأنها لغة الحلم، وبالفرنسية حين أغضب\"",
        Some("بن علي"),
    ),
];

/// A thirty-ninth set, gold first: floods in Pakistan (a Red Crescent's unmarked headline and its
/// warning after `حذر … من أن`, its head's words after a colon in « », a farmer's words before
/// `يقول` in “ ” and his fragment after `مضيفا أنه لا يعرف`, a prime minister's post after `كتب …
/// أن`, a paper named in marks and what it called the response after `ما وصفته بـ`, an official
/// unnamed reported by an agency after `قوله إن`), and grain reaching Beirut (an unmarked headline
/// of importers after the news before the colon, an importer's fragments after `إن` and `وأضاف
/// أن`, `متوقعا أن`, a minister after `أما … فقال`, a baker unnamed after `يقول … إن`, workers
/// chanting and a campaign's slogan after `تحت شعار`). First run: speech F1 92.9, speakers 10 of
/// 13 (the minister after `أما …،` lost to the last speaker, the comma read into his topic; the
/// dockers' chant across `أثناء تفريغ الحمولة` a scare quote; what the paper called the response
/// given to the prime minister; the baker `في برج حمود` to `حمود`; the importers' headline missed).
/// Then the topic set off by a comma, a chant across an adjunct of time: F1 96.6, speakers 12 of
/// 14.
const FILE39: &str = include_str!("../fixtures/news/quotes_heldout39.txt");

const GOLD39: Gold = &[
    (
        "المخيمات لا تتسع لمزيد من النازحين",
        Some("الهلال الأحمر الباكستاني"),
    ),
    (
        "\"لم تعد تتسع لمزيد من النازحين\"",
        Some("الهلال الأحمر الباكستاني"),
    ),
    (
        "«نحتاج إلى خيام وأدوية ومياه نظيفة، ونحتاجها اليوم لا غدا»",
        Some("شازية مري"),
    ),
    ("“بيتي صار بحيرة”", Some("غلام حسين")),
    ("“من أين سيطعم أولاده هذا الشتاء”", Some("غلام حسين")),
    ("\"لن تترك أحدا خلفها\"", Some("رئيس الوزراء")),
    ("\"دون\"", None),
    ("\"بطء الاستجابة الرسمية\"", Some("صحيفة")),
    ("\"لا يغطي ربع الاحتياجات\"", Some("مسؤول في الأمم المتحدة")),
    ("الأسعار ستنخفض", Some("مستوردون")),
    ("\"تكفي السوق ثلاثة أسابيع\"", Some("هاني بحصلي")),
    ("\"خلال أيام\"", Some("بحصلي")),
    ("\"بنسبة قد تصل إلى عشرة بالمئة\"", Some("بحصلي")),
    (
        "\"لا أزمة خبز بعد اليوم، والمخزون مؤمن حتى نهاية العام\"",
        Some("وزير الاقتصاد"),
    ),
    ("\"سمعوا هذا الكلام مرات كثيرة من قبل\"", Some("صاحب فرن")),
    ("\"الخبز لكل الناس\"", Some("عمال المرفأ")),
    ("\"رغيف للجميع\"", None),
];

/// A fortieth set, gold first: a former speaker against Kuwait's suspended constitution (his
/// unmarked headline by his family name, his post after `كتب على حسابه في منصة إكس:` in « », his
/// fragment to a paper named in marks after `وأضاف … أن`, a minister's fragments after `إن` and
/// `وإن`, a student unnamed before `تقول` and after `مضيفة أن` in “ ”, the emir's description after
/// `وصف … بأنه`), and fishermen at Duqm (a fisherman's fragment after `ويقول إن`, a union head in
/// apposition between commas, an authority's statement after `مشيرة إلى أن`, the union head's
/// reply after `رد بأن`, a beach's name after `اسم`). Written after the forty-third entity set,
/// whose subjects it shares (no name of it was added to any list). First run: speech F1 100,
/// speakers 12 of 12.
const FILE40: &str = include_str!("../fixtures/news/quotes_heldout40.txt");

const GOLD40: Gold = &[
    ("تعليق الدستور يعيدنا عقودا إلى الوراء", Some("الغانم")),
    (
        "«الدستور ليس منحة من أحد، وسيبقى عقدا بين الحاكم والمحكوم»",
        Some("مرزوق الغانم"),
    ),
    ("\"القبس\"", None),
    ("\"يعيدنا عقودا إلى الوراء\"", Some("الغانم")),
    ("\"ملتزمة بالحريات العامة\"", Some("عبد الرحمن المطيري")),
    (
        "\"ستواصل الصدور دون رقابة مسبقة\"",
        Some("عبد الرحمن المطيري"),
    ),
    ("“لم نعد نثق بأحد”", Some("طالبة")),
    ("“يتابعون ما يجري بصمت”", Some("طالبة")),
    ("\"ساحة للصراع لا للتشريع\"", Some("الأمير")),
    ("\"صار يعود نصف فارغ\"", Some("سالم الجنيبي")),
    (
        "\"لسنا ضد التنمية، لكننا نريد أن يكون لنا مكان فيها\"",
        Some("علي البلوشي"),
    ),
    (
        "\"التعويضات صرفت لجميع المتضررين\"",
        Some("الهيئة العامة للمناطق الاقتصادية"),
    ),
    ("\"لم تصل إلا إلى القليل\"", Some("البلوشي")),
    ("\"بحر الأجداد\"", None),
];

/// A forty-first set, gold first: Qatar's gas contracts (an unmarked headline by a family name,
/// a chief executive's fragment after `إن`, his fragments after `وأضاف في حديث لوكالة … أن` and
/// `مشيرا إلى أن`, an analyst after `رأى`, an unnamed official after his « » words, a group's
/// statement, a paper's description after `وصفت … بأنها`, a production line's nickname), and
/// Palmyra restored (a headline spoken by an unnamed Polish archaeologist, words before `هكذا
/// يلخص` and their speaker after, a director after a colon, his fragments after `وتابع … أن` and
/// `وأن`, the topic of `أما` in apposition, a guide's words after a circumstantial clause, an
/// unnamed source speaking to a paper named in marks, a road's nickname). Written after the
/// forty-fourth entity set, whose subjects it shares (no name of it was added to any list). First
/// run: speech F1 93.3, speakers 13 of 14 (the second fragment after `وأن` read as a scare quote,
/// the speaker in apposition to the topic of `أما` taken for it, the Polish archaeologist's
/// headline missed). Then clauses joined by `وأن`, a name topic before an apposition, and
/// headlines by someone described by his people's adjective: F1 100, speakers 16 of 16.
const FILE41: &str = include_str!("../fixtures/news/quotes_heldout41.txt");

const GOLD41: Gold = &[
    ("الغاز القطري سيبقى مطلوبا حتى منتصف القرن", Some("الكعبي")),
    ("\"سيتضاعف في آسيا خلال عشر سنوات\"", Some("الكعبي")),
    ("\"لا تخشى المنافسة الأمريكية\"", Some("الكعبي")),
    ("\"من الأدنى في العالم\"", Some("الكعبي")),
    ("«تعطي قطر ميزة لا يملكها غيرها»", Some("سايمون فلاورز")),
    (
        "«نحتاج الغاز القطري، لكننا لا نريد أن نرتبط به حتى 2050»",
        Some("مسؤول"),
    ),
    ("\"جزء من خطة تنويع المصادر\"", Some("يونيبر")),
    ("\"انتصار للدوحة في سوق مضطربة\"", Some("فايننشال تايمز")),
    ("\"القطار السابع\"", None),
    ("حجارة تدمر تعرفنا ونعرفها", Some("عالم آثار بولندي")),
    ("\"كل حجر هنا له رقم وصورة\"", Some("غافليكوفسكي")),
    (
        "\"لن نبني معبدا جديدا، بل نعيد القديم كما كان\"",
        Some("عوض"),
    ),
    ("\"سيستغرق خمس سنوات على الأقل\"", Some("عوض")),
    ("\"ما زال ناقصا\"", Some("عوض")),
    (
        "\"لم يكن يتخيل أن يغادر المدينة حيا أو ميتا\"",
        Some("وليد الأسعد"),
    ),
    ("«هنا كنت ألعب وأنا طفل»", Some("أحمد السالم")),
    ("\"الوطن\"", None),
    ("\"سيفتح أمام الحافلات السياحية في الربيع\"", Some("مصدر")),
    ("\"طريق الموت\"", None),
];

/// A forty-second set, gold first: Antakya rebuilt (a president's unmarked headline with where he
/// spoke before the colon, his words after a colon in « » and his fragment after `وأضاف أن`, a
/// channel named in marks, a mayor's fragment after `رأى في حديث لقناة … أن`, a refugee's words
/// before `يقول` in “ ”, an architect's description after `تصف … بأنه`, a placard a resident
/// wrote), and the Dead Sea's pipeline (a country's unmarked headline, a minister's fragment after
/// `أكد … أن`, a spokesman to an agency named in brackets, a geologist's warning after `يحذر …
/// من أن` and his fragment to a paper named in marks, a group as the topic of `أما` with a
/// comma, a track's nickname). Written after the forty-fifth entity set, whose subjects it shares
/// (no name of it was added to any list). First run: speech F1 96.0, speakers 11 of 12 (an
/// architect's description after the present `وتصف … بأنه` read as a scare quote, a mayor's
/// Turkish family name cut off his name).
const FILE42: &str = include_str!("../fixtures/news/quotes_heldout42.txt");

const GOLD42: Gold = &[
    ("وعدنا ووفينا", Some("أردوغان")),
    (
        "«لم نترك أهل هاتاي وحدهم، وسنبني كل بيت هدمه الزلزال»",
        Some("أردوغان"),
    ),
    ("\"لن تسمح بعودة البناء العشوائي\"", Some("أردوغان")),
    ("\"خلق تي في\"", None),
    ("\"يسير بسرعة في الإسمنت وببطء في الذاكرة\"", Some("يالشين")),
    (
        "“فقدت زوجتي وابني، والآن أنتظر مفتاحا لا أعرف متى يصل”",
        Some("الحموي"),
    ),
    ("\"خسارة لا تعوض\"", Some("أوزتورك")),
    ("\"أنطاكيا ليست أرقاما\"", Some("أحد سكان")),
    ("الناقل الوطني سينهي العطش في عمان", Some("الأردن")),
    ("\"أهم مشروع في تاريخ المملكة\"", Some("أبو السعود")),
    (
        "\"يضمن سعرا ثابتا للمتر المكعب طوال ثلاثين عاما\"",
        Some("سلامة"),
    ),
    ("\"يموت ببطء\"", Some("ملاعبة")),
    ("\"الغد\"", None),
    ("\"لن تنتظر أحدا\"", Some("ملاعبة")),
    ("\"لا تعيد الحياة إلى نهر الأردن\"", Some("إيكو بيس")),
    ("\"ممر الحسرة\"", None),
];

/// A forty-third set, gold first: tourists on Socotra (a governor's unmarked headline by his
/// title and island, his « » words after a colon, his words after `وتابع أن`, a tree's local name,
/// a botanist's words before `تقول`, an environment authority's report after `وبحسب تقرير لـ`, a
/// guide speaking to his visitors after a colon), and Kuwait's protest at an Iraqi court (a
/// country's unmarked headline, a ministry's two fragments after `إن` and `داعية`, an ambassador
/// speaking to the press, an MP writing on a platform named in marks, an unnamed diplomat quoted
/// by a paper named in marks, a professor's description after `وصف … بأنه` and his words after
/// `مضيفا:`, a channel's nickname). Written after the forty-seventh entity set, whose subjects it
/// shares (no name of it was added to any list). First run: speech F1 100, speakers 14 / 14.
const FILE43: &str = include_str!("../fixtures/news/quotes_heldout43.txt");

const GOLD43: Gold = &[
    ("لن نسمح بتحويل الجزيرة إلى مخيم مفتوح", Some("محافظ سقطرى")),
    (
        "«الجزيرة ليست للبيع، ومن يأتي إليها ضيف يحترم قوانينها»",
        Some("الثقلي"),
    ),
    (
        "\"ستحدد أماكن التخييم وعدد الزوار في كل محمية\"",
        Some("الثقلي"),
    ),
    ("\"إعرهيب\"", None),
    (
        "\"كنا نرى الشتلات في كل واد، واليوم لا نجد واحدة\"",
        Some("باعباد"),
    ),
    (
        "\"تراجع بنحو الثلث منذ إعصار تشابالا\"",
        Some("الهيئة العامة لحماية البيئة"),
    ),
    ("\"هذا البحر لا يغفر لمن يستخف به\"", Some("كده")),
    ("قرار المحكمة العراقية لا يلغي اتفاقية دولية", Some("الكويت")),
    ("\"يتعارض مع مبدأ الوفاء بالعهود\"", Some("وزارة الخارجية")),
    ("\"تحمل مسؤولياتها\"", Some("وزارة الخارجية")),
    (
        "\"حريصة على أفضل العلاقات مع الجار الكويتي\"",
        Some("الصافي"),
    ),
    ("\"إكس\"", None),
    ("«أخيرا أنصفت المحكمة البصرة وأهلها»", Some("عواد")),
    ("\"القبس\"", None),
    (
        "\"كل الخيارات مطروحة، بما فيها التحكيم الدولي\"",
        Some("مصدر دبلوماسي كويتي"),
    ),
    ("\"زلزال قانوني\"", Some("الفضلي")),
    (
        "\"لا يجوز لدولة أن تتحلل من معاهدة بحكم محكمتها\"",
        Some("الفضلي"),
    ),
    ("\"شريان البصرة\"", None),
];

/// A forty-fourth set, gold first: north-east Syria's wheat (a farmer's unmarked headline by his
/// calling and province, a farmer's words before `قال` and his kunya, an official's fragment to a
/// site named in marks after `لموقع`, a grain agency's director quoted by a paper named in marks
/// after `قوله:`, a UN agency's warning in a report, a road's nickname), and Lebanon's municipal
/// elections (a minister's unmarked headline by his title and country's adjective, his fragment
/// after `إن` and his words after `مضيفا:`, the topic of `أما` in apposition with a list named in
/// marks, a watchdog's director writing on a platform after `على منصة إكس أن`, an unnamed woman
/// before `تقول`, a mayor's reply after `بالقول إن`). Written after the forty-eighth entity set,
/// whose subjects it shares (no name of it was added to any list). First run: speech F1 95.7,
/// speakers 11 / 11 (the farmer's headline missed); 100 and 12 / 12 since.
const FILE44: &str = include_str!("../fixtures/news/quotes_heldout44.txt");

const GOLD44: Gold = &[
    (
        "هذا الموسم رزق من السماء والسعر بيد التجار",
        Some("مزارع من الحسكة"),
    ),
    ("\"لم نر سنابل بهذا الطول منذ زمن\"", Some("أبو جوان")),
    ("\"نورث برس\"", None),
    ("\"لن تسمح بتهريب القمح إلى خارج المنطقة\"", Some("بارودو")),
    ("\"الوطن\"", None),
    (
        "«أبوابنا مفتوحة لكل مزارع سوري أينما كان»",
        Some("مدير المؤسسة السورية للحبوب"),
    ),
    (
        "\"موجة حر واحدة في حزيران قد تمحو نصف المكاسب\"",
        Some("منظمة الأغذية والزراعة"),
    ),
    ("\"درب القمح\"", None),
    (
        "الانتخابات البلدية جرت بهدوء تام",
        Some("وزير الداخلية اللبناني"),
    ),
    ("\"لم تسجل أي حادث أمني كبير\"", Some("الحجار")),
    (
        "\"الناس أرادوا أن يقولوا كلمتهم بعد تسع سنوات\"",
        Some("الحجار"),
    ),
    ("\"بعلبك مدينتي\"", None),
    ("«سنحترم النتيجة مهما كانت»", Some("الشل")),
    ("\"المال السياسي حضر بقوة في عكار\"", Some("ريم خوري")),
    ("\"نريد كهرباء وماء قبل الشعارات\"", Some("سيدة خمسينية")),
    ("\"الصندوق هو الحكم\"", Some("الحلبي")),
];

/// A forty-fifth set, gold first: the first cargo of gas from the field Mauritania shares with
/// Senegal (a minister's unmarked headline by his title and country's adjective, his fragment
/// after `إن` and his words after `متابعا:`, a company's description after `وتصف … بأنه`, a
/// fisherman as the topic of `أما` before `فيقول`, his words again before `يضيف`, a scare phrase
/// in an economist's view, a watchdog's demand after `بـ` and its view after `معتبرة أن`), and a
/// tomb found at Luxor (a tomb's name in marks heading a headline, an American mission's head
/// after his words and `قال`, a council's secretary general after `أن` and `مضيفا أن`, a
/// minister quoted by a paper named in marks, a professor writing on her page after `كتبت`, a
/// hills' nickname, a chamber's head before `يقول` after his words). Written after the
/// forty-ninth entity set, whose subjects it shares (no name of it was added to any list). First
/// run: speech F1 96.3, speakers 12 / 13 (the fragment after a definite noun and its ordinal read
/// as scare quotes; the second fragment after `مضيفا أن` given to the title, not the name after
/// it); 100 and 13 / 14 after the first rule, 14 / 14 after a participle right after words said
/// took their speaker.
const FILE45: &str = include_str!("../fixtures/news/quotes_heldout45.txt");

const GOLD45: Gold = &[
    (
        "الغاز لن يغير حياة الناس بين ليلة وضحاها",
        Some("وزير الطاقة الموريتاني"),
    ),
    ("\"ليست سوى البداية\"", Some("ولد خالد")),
    ("\"سنبني على هذا المشروع صناعة كاملة\"", Some("ولد خالد")),
    ("\"نموذج للتعاون بين بلدين جارين\"", Some("بي بي")),
    ("«البحر كان لنا قبل أن يأتوا»", Some("ولد أحمد")),
    (
        "\"نحن لا نعارض الغاز، نعارض أن نطرد من مياهنا\"",
        Some("ولد أحمد"),
    ),
    ("\"ثروة مفاجئة\"", None),
    ("\"نشر كل عقد وكل ملحق\"", Some("منظمة الشفافية الدولية")),
    (
        "\"السرية هي العدو الأول للتنمية\"",
        Some("منظمة الشفافية الدولية"),
    ),
    ("\"مقبرة أمنمحات\"", None),
    ("\"لم نتوقع أن نجد الألوان بهذه الحالة\"", Some("دارنيل")),
    (
        "\"يعيد كتابة ما نعرفه عن الرماة في الدولة الحديثة\"",
        Some("محمد إسماعيل خالد"),
    ),
    ("\"خلال عامين على الأكثر\"", Some("محمد إسماعيل خالد")),
    ("\"الأهرام\"", None),
    (
        "\"الأقصر ستبقى أكبر متحف مفتوح في العالم\"",
        Some("شريف فتحي"),
    ),
    (
        "«الاكتشاف جميل، لكن المياه الجوفية تأكل الجدران كل يوم»",
        Some("فاطمة الزهراء رجب"),
    ),
    ("\"جبل الأموات\"", None),
    ("\"الموسم أفضل مما توقعنا\"", Some("ثروت عجمي")),
];

/// A forty-sixth set, gold first: drought in southern Iraq's marshes (herders' unmarked headline
/// by their calling and town, a herder's words before `بهذه الكلمات يختصر`, a ministry's statement
/// after `جاء في بيان لـ … أن`, its spokesman quoted by an agency after `قوله إن`, a governor's
/// question after `تساءل … :` in « », a researcher's description after `ويصف … بأنه`, protesters'
/// placards), and a car factory near Oran (a minister's unmarked headline by his title and
/// country's adjective holding a scare phrase in marks, his fragments after `إن` and `مشددا على
/// أن`, a plant's director to a radio after `إن`, a young worker unnamed before `يقول`, a
/// unionist's warning after `حذر … من أن`, an economist's view holding a scare phrase, his
/// fragment after `ما زال`). Written after the fiftieth entity set, whose subjects it shares (no
/// name of it was added to any list). First run: speech F1 84.6, speakers 11 / 11 (the herders'
/// headline missed, the minister's fragment inside a clause going on read as scare quotes, the
/// economist's scare phrase and fragment read the other way round, the scare phrase inside the
/// headline missed); 88.9 and 12 / 12 after the first rule, 92.3 after what is talked about was
/// read as named, 96.3 and 13 / 13 after words opening on a verb after a subject alone.
const FILE46: &str = include_str!("../fixtures/news/quotes_heldout46.txt");

const GOLD46: Gold = &[
    ("الماء يموت قبلنا", Some("مربو الجاموس")),
    ("\"لم يبق لنا إلا الطين والذكريات\"", Some("حسين جبار")),
    (
        "\"الخزين الاستراتيجي لا يكفي لموسم زراعي كامل\"",
        Some("وزارة الموارد المائية"),
    ),
    (
        "\"المفاوضات مع الجانب التركي تسير ببطء شديد\"",
        Some("خالد شمال"),
    ),
    ("«من يعوض هذه العائلات عما خسرته؟»", Some("مرتضى الإبراهيمي")),
    ("\"نزوح صامت لا تراه الكاميرات\"", Some("نادر المياحي")),
    ("\"الماء حق لا منة\"", Some("متظاهرون")),
    (
        "لن نقبل مصانع \"نفخ العجلات\" مرة أخرى",
        Some("وزير الصناعة الجزائري"),
    ),
    ("\"نفخ العجلات\"", None),
    ("\"تعلمت الدرس\"", Some("علي عون")),
    (
        "\"كل سيارة تخرج من المصنع يجب أن تحمل قطعا جزائرية\"",
        Some("علي عون"),
    ),
    (
        "\"نسبة الإدماج سترتفع تدريجيا، ولا يمكن القفز على المراحل\"",
        Some("صموئيل بيرنارد"),
    ),
    (
        "\"نعمل ثماني ساعات واقفين ونعود إلى بيوتنا بلا ضمانات\"",
        Some("عامل شاب"),
    ),
    (
        "\"قد يلجؤون إلى الإضراب إذا لم تحترم الإدارة وعودها\"",
        Some("رشيد بوزيان"),
    ),
    ("\"سيارة جزائرية مئة بالمئة\"", None),
    ("\"حلما بعيدا\"", Some("عبد القادر بريش")),
];

/// A forty-seventh set, gold first: a leak from Morocco's social security fund (an expert's
/// unmarked headline by his calling and country's adjective holding a fragment in marks, a
/// worker's words before `تقول` with her calling in apposition, a fund's director in apposition
/// after `قال` and his fragment after `إن`, a commission's president replying to a site named in
/// marks after `قائلا:`, a hackers' group named in marks writing on its channel, a minister's view
/// after `تعتبر … أن`), and Derna rebuilt (a headline with no speaker, a fisherman's words after
/// `ويقول:`, a fund's head after `إن` and `متعهدا بإنهاء`, a mayor's view after `يرى … أن`, a UN
/// mission's report after `قالت … إن`, a bridge's name). Written after the fifty-first entity set,
/// whose subjects it shares (no name of it was added to any list). First run: speech F1 90.0,
/// speakers 8 / 9 (a group's fragment after `أن الهجوم جاء` and a minister's after `أن ما حدث`,
/// each inside a clause that goes on, read as scare quotes; a commission's president given as the
/// commission).
const FILE47: &str = include_str!("../fixtures/news/quotes_heldout47.txt");

const GOLD47: Gold = &[
    (
        "الهجوم على الضمان الاجتماعي \"لن يكون الأخير\"",
        Some("خبير مغربي"),
    ),
    ("\"بياناتنا صارت في السوق مثل الخضر\"", Some("سناء العلوي")),
    ("\"استغل ثغرة في منصة خارجية\"", Some("حسن بوبريك")),
    ("\"هسبريس\"", None),
    (
        "«لا يمكن لمؤسسة بهذا الحجم أن تحمل المسؤولية لمزود خارجي»",
        Some("عمر السغروشني"),
    ),
    ("\"جبروت\"", None),
    ("\"ردا على الاستفزازات\"", Some("جبروت")),
    ("\"جرس إنذار\"", Some("أمل الفلاح السغروشني")),
    (
        "\"البحر أخذ عائلتي، والبحر اليوم يطعم من بقي منها\"",
        Some("فرج الشلوي"),
    ),
    ("\"درنة ستكون أجمل مما كانت\"", Some("بلقاسم حفتر")),
    ("\"قبل الذكرى الثالثة للكارثة\"", Some("بلقاسم حفتر")),
    (
        "\"الحجر يبنى في عامين، أما الناس فيحتاجون إلى وقت أطول\"",
        Some("عبد المنعم الغيثي"),
    ),
    (
        "\"الإفلات من العقاب يهدد عملية إعادة الإعمار برمتها\"",
        Some("بعثة الأمم المتحدة للدعم في ليبيا"),
    ),
    ("\"جسر الشهداء\"", None),
];

/// A forty-eighth set, gold first: wildfires in Latakia's mountains (a civil defence's headline
/// by its name before a marked quotation, a minister's words after `إن` and `مضيفا أن`, a farmer's
/// after `ويقول:` in « », a volunteer's to a news agency after a colon, a foreign minister named by
/// his title alone writing on a platform, residents' description after `بأنه`), and Tunisia's olive
/// oil harvest (a farmer's words before `بهذه العبارة لخص`, an office's head after `إن` with a
/// radio named in marks before it, his implied fragment after `وأضاف أن` and his words in ” ”
/// after `قائلا:`, a farmers' union's two fragments after `حذر في بيان من` and `داعيا … إلى`, a
/// season's name, an official's unmarked headline, a researcher's words after `وتقول … :`).
/// Written after the fifty-third entity set; no subject of it is another set's. First run: speech
/// F1 96.6, speakers 12 / 14 (the civil defence's headline found with no speaker, its name having
/// two adjectives; the office head's fragment after `أن الأسعار العالمية` read as a scare quote,
/// the clause going on after it; the farmer's words after `ويقول:` given to the minister, the
/// entities not finding `أبو علي` in that sentence). Then a body with two adjectives speaks a
/// headline, and words opening on a verb after a subject and its adjective are speech: 100,
/// 14 / 15.
const FILE48: &str = include_str!("../fixtures/news/quotes_heldout48.txt");

const GOLD48: Gold = &[
    ("\"النيران تقترب من القرى\"", Some("الدفاع المدني السوري")),
    ("\"تعمل منذ خمسة أيام دون توقف\"", Some("رائد الصالح")),
    ("\"تعيد إشعال ما أطفأناه في الليل\"", Some("رائد الصالح")),
    ("«ستون عاما من التعب صارت رمادا في ساعة»", Some("أبو علي")),
    (
        "\"نقلنا أكثر من مئتي عائلة، وما زال آخرون يرفضون ترك بيوتهم\"",
        Some("ريم ديب"),
    ),
    (
        "\"لن تترك جيرانها وحدهم في هذه المحنة\"",
        Some("وزير الخارجية التركي"),
    ),
    ("\"أسوأ حريق منذ عقود\"", Some("سكان المنطقة")),
    (
        "\"لم نر موسما كهذا منذ عشرين عاما\"",
        Some("محمد الهادي بن عمر"),
    ),
    ("\"موزاييك إف إم\"", None),
    ("\"ستتجاوز 300 ألف طن لأول مرة\"", Some("محمد النوري")),
    ("\"تراجعت بنحو الثلث\"", Some("محمد النوري")),
    (
        "”نحتاج إلى أسواق جديدة في آسيا وأمريكا”",
        Some("محمد النوري"),
    ),
    (
        "\"انهيار الأسعار عند المنتج\"",
        Some("الاتحاد التونسي للفلاحة والصيد البحري"),
    ),
    (
        "\"التدخل العاجل لشراء الفائض\"",
        Some("الاتحاد التونسي للفلاحة والصيد البحري"),
    ),
    ("\"عام الصابة\"", None),
    (
        "الأسواق الأوروبية تبقى الوجهة الأولى",
        Some("مسؤول في وزارة التجارة"),
    ),
    (
        "\"المشكلة ليست في الإنتاج بل في التخزين والتعليب\"",
        Some("سلوى الزغلامي"),
    ),
];

/// A forty-ninth set, gold first: water rationed in Amman (a minister's unmarked headline by his
/// title before a marked quotation, his fragments after `حذر … من أن` and `مؤكدا أن`, an unnamed
/// resident speaking to the news agency named in brackets after a colon, his next words after
/// `وأضاف:`, sources in the water authority after `إن`, a hashtag's words; a vocative headline,
/// which no one speaks), and clashes in Tripoli (a security source speaking to a paper named in
/// marks after `لـ`, the presidential council's statement after `أعلن … في بيان` and
/// `داعيا … إلى`, a prime minister writing on his account in ” “, fans chanting after a colon,
/// an activist's fragments after `إن` and `مضيفة أن`). Written after the fifty-fourth entity
/// set; no subject of it is another set's.
const FILE49: &str = include_str!("../fixtures/news/quotes_heldout49.txt");

const GOLD49: Gold = &[
    ("\"لن نقطع المياه عن المستشفيات\"", Some("وزير المياه")),
    ("\"الصيف الأصعب منذ عقود\"", Some("رائد أبو السعود")),
    (
        "\"لا تتجاوز 61 مترا مكعبا في السنة\"",
        Some("رائد أبو السعود"),
    ),
    (
        "\"لم تصلنا المياه منذ تسعة أيام، ونشتري الصهريج بأربعين دينارا\"",
        Some("أحد سكان حي جبل النزهة"),
    ),
    (
        "\"الأطفال يسألون متى نستحم، ولا أملك جوابا\"",
        Some("أحد سكان حي جبل النزهة"),
    ),
    (
        "\"سيعود إلى طبيعته خلال أسبوع\"",
        Some("مصادر في سلطة المياه"),
    ),
    ("\"عطشى في عمان\"", None),
    ("\"الوسط\"", None),
    (
        "\"انتهت بعد تدخل وسطاء من الزاوية ومصراتة\"",
        Some("مصدر أمني"),
    ),
    (
        "\"وقفا فوريا لإطلاق النار في كل أحياء العاصمة\"",
        Some("المجلس الرئاسي"),
    ),
    ("\"تغليب لغة العقل\"", Some("المجلس الرئاسي")),
    (
        "”طرابلس لن تكون رهينة لأي مجموعة مسلحة“",
        Some("عبد الحميد الدبيبة"),
    ),
    ("\"الدم الليبي واحد\"", Some("مشجعو نادي الاتحاد")),
    ("\"عاشوا ليلة من الرعب\"", Some("هدى السراري")),
    ("\"نامت في الممرات بعيدا عن النوافذ\"", Some("هدى السراري")),
];

/// A fiftieth set, gold first: power cut in Basra's heat (protesters' marked headline by a noun
/// phrase of people and a place, a protester speaking to an agency after a colon, a spokesman's
/// fragments after `أقر … بأن` and `مشيرا إلى أن`, a widow's words BEFORE `تقول` and her name, a
/// scare quote after `ما يعرف بـ`, owners' words after `يقول أصحابها إن`, a governor quoted by an
/// agency after `نقلت … عن … قوله إن`), and Moroccan teachers on strike again (a union member's
/// words to a site named in marks, a minister's fragments after `رد … بأن` and `حذر من أن`, a
/// teacher writing on Facebook in « », a mother's words after `تقول … وهي …:`, a scare quote after
/// `من تسميهم`). Written after the fifty-sixth entity set; no subject of it is another set's.
/// First run: speech F1 **100**, speakers **10 / 12**: the protesters' headline had no speaker (a
/// plural of persons before `في` and a place was not read as one), and the generators' owners
/// after `يقول أصحابها إن` gave way to the residents named before. Then people in a place head a
/// headline: 11 / 12; and people with the pronoun `ها` after the verb speak: 12 / 12.
const FILE50: &str = include_str!("../fixtures/news/quotes_heldout50.txt");

const GOLD50: Gold = &[
    (
        "\"الكهرباء تنقطع عشرين ساعة في اليوم\"",
        Some("محتجون في البصرة"),
    ),
    (
        "\"نعيش بلا ماء بارد ولا هواء، وأطفالنا مرضى\"",
        Some("أحد المحتجين"),
    ),
    ("\"فقدت أكثر من خمسة آلاف ميغاواط\"", Some("أحمد موسى")),
    (
        "\"تعمل على ربط الشبكة بالخليج قبل الصيف المقبل\"",
        Some("أحمد موسى"),
    ),
    ("«لم ننم ليلة كاملة منذ أسبوع»", Some("أم حسين")),
    ("\"المولدات الأهلية\"", None),
    ("\"تضاعف مرتين هذا الصيف\"", Some("أصحابها")),
    (
        "\"لن تسمح بالاعتداء على المؤسسات الحكومية\"",
        Some("أسعد العيداني"),
    ),
    ("\"هسبريس\"", None),
    ("\"الوزارة لم تف بأي من وعودها\"", Some("عبد الله اغميمط")),
    ("\"ما زال مفتوحا\"", Some("محمد سعد برادة")),
    ("\"التلاميذ هم من يدفعون الثمن\"", Some("محمد سعد برادة")),
    (
        "«نحن لا نطلب المستحيل... نطلب أن نعيش بكرامة»",
        Some("أحد الأساتذة"),
    ),
    ("\"ابني لم يدرس الرياضيات منذ شهر\"", Some("فاطمة الزهراء")),
    ("\"أساتذة التعاقد\"", None),
];

/// A fifty-first set, gold first: drought in Somalia's Bay region (a farmer's marked headline by
/// her calling and her people's adjective, a UN office named with its acronym in brackets
/// reporting after `أفاد … بأن`, a displaced mother's words after a relative clause and a colon,
/// her next words before `أضافت`, a mayor's fragment after `بحسب … فإن`, a scare quote after
/// `اسم`), and Cairo's Khan el-Khalili waiting for tourists (a merchant's words in « » after
/// `يقول` and his apposition, his son's after `يضيف … بسخرية:`, a ministry's fragment after
/// `أعلنت … أن`, an unnamed seller's after `رافضا ذكر اسمه، إن`, a scare quote after `مما
/// يسمونه`). Written after the fifty-eighth entity set; no subject of it is another set's.
/// First run: speech F1 **100**, speakers **7 / 9**: the farmer's headline had no speaker (a
/// calling the lists did not hold as one that speaks), and `رافضا ذكر اسمه` gave `اسمه` as the
/// subject of `ذكر`, read as a verb of saying. Then farmers, traders and the displaced listed as
/// speakers, and a name withheld no saying: 9 / 9.
const FILE51: &str = include_str!("../fixtures/news/quotes_heldout51.txt");

const GOLD51: Gold = &[
    ("\"ماتت أغنامنا واحدة بعد الأخرى\"", Some("مزارعة صومالية")),
    (
        "\"فروا من قراهم خلال شهر واحد\"",
        Some("مكتب الأمم المتحدة لتنسيق الشؤون الإنسانية"),
    ),
    (
        "\"مشينا خمسة أيام، ولم نجد ماء في الطريق\"",
        Some("فاطمة عبدي"),
    ),
    ("\"لا نريد إلا أن نعود حين تمطر\"", Some("فاطمة عبدي")),
    (
        "\"لم تعد قادرة على استقبال المزيد\"",
        Some("عبد الله علي واتين"),
    ),
    ("\"السنة التي لا تنتهي\"", None),
    (
        "«الحركة عادت، لكن السائح اليوم يصور أكثر مما يشتري»",
        Some("سيد عبد العال"),
    ),
    ("\"نبيع الصور لا النحاس\"", Some("محمود")),
    (
        "\"ارتفع بنسبة عشرين في المئة\"",
        Some("وزارة السياحة والآثار"),
    ),
    ("\"صارت أعلى من أرباحنا\"", Some("أحد الباعة")),
    ("\"السائح الرقمي\"", None),
];

/// A fifty-second set, gold first: Tripoli's old city restored (an engineer's marked headline by
/// her calling and her people's adjective, a body's fragment after `أعلن … أن`, the engineer's
/// words after her apposition and a colon, her next fragment after `وأضافت أن`, a merchant's
/// words before `يقول` and his title, a report's description after `ووصف … بأنها`, a fear's
/// phrase), and the Dead Sea shrinking (a minister's fragment after `قال … إن`, his next after
/// `وأوضح في مؤتمر صحفي أن`, an unnamed hotel manager's words given to a news agency, a scare
/// quote after `ويسمي`, an activist's words in « » after `وتقول … :`). Written after the
/// sixtieth entity set; no subject of it is another set's. First run: speech F1 **100**,
/// speakers **9 / 10**: the headline's `ليبية` was read as `ل` and the one spoken to, which cut
/// the speaker to a calling the lists hold in the masculine only. Then the adjective of a people
/// no listener and a listed calling's feminine: 10 / 10.
const FILE52: &str = include_str!("../fixtures/news/quotes_heldout52.txt");

const GOLD52: Gold = &[
    ("\"المدينة القديمة لن تنتظر أكثر\"", Some("مهندسة ليبية")),
    (
        "\"ستكتمل قبل رمضان المقبل\"",
        Some("جهاز إدارة المدينة القديمة"),
    ),
    (
        "\"وجدنا تحت الجص نقوشا عثمانية لم يرها أحد منذ قرن\"",
        Some("سعاد الترهوني"),
    ),
    ("\"كشفت هشاشة الأسقف\"", Some("سعاد الترهوني")),
    ("\"نحن نبيع هنا منذ أيام جدي\"", Some("عمر الككلي")),
    (
        "\"من أغنى المدن المتوسطية بالعمارة الإسلامية\"",
        Some("اليونسكو"),
    ),
    ("\"متحف بلا حياة\"", None),
    ("\"أكثر من متر كل سنة\"", Some("رائد أبو السعود")),
    ("\"لن يوقف الانخفاض لكنه سيبطئه\"", Some("رائد أبو السعود")),
    ("\"ابتعد عنا مئتي متر منذ افتتحنا\"", Some("مدير فندق")),
    ("\"الحفر الابتلاعية\"", None),
    ("«البحر يموت أمام أعيننا، ولا أحد يتحرك»", Some("منى حداد")),
];

/// A fifty-third set, gold first: a fuel shortage in Khartoum (taxi drivers' marked headline by
/// their calling and city, a state oil company's fragment after `بعد أن أعلنت … أن`, a driver's
/// fragment after `ويقول … إنه ينتظر`, his next words before `قال لنا`, an unnamed official's
/// cause after `وأرجع … الأزمة إلى`, an economist's fragment after `أما … فيرى أن`, a slogan's
/// scare quote), and Rabat's second-hand book market (a bookseller's words in « » before `يقول`
/// and his family name, a ministry's fragment after `وأكدت …، في بيان، أنها تدرس`, a student's
/// words after `وتقول:`, the bookseller's last words after `وختم … حديثه ضاحكا:`). Written after
/// the sixtieth entity set; no subject of it is another set's. First run: speech F1 **88.9**,
/// speakers **6 / 8**: the driver's `"منذ ليلتين"` read as a scare quote (it goes on after the
/// marks), so his next words went to the last speaker before him; the official's cause read as
/// a title, `اسمه` of `طلب عدم نشر اسمه،` naming it across a comma; the ministry's words given to
/// the sellers it would move, `نقل` read as relaying. Then words on a preposition after the
/// clause's verb said, a name withheld naming nothing past a comma, and `نقل` relaying only with
/// `عن`: F1 100, 9 / 10 (the official's verb, `أرجع`, is no listed verb of saying).
const FILE53: &str = include_str!("../fixtures/news/quotes_heldout53.txt");

const GOLD53: Gold = &[
    ("\"البنزين صار حلما\"", Some("سائقو الأجرة")),
    (
        "\"ستعود إلى طبيعتها خلال أسبوع\"",
        Some("المؤسسة السودانية للنفط"),
    ),
    ("\"منذ ليلتين\"", Some("آدم عبد الرحيم")),
    (
        "\"أنام في السيارة وأولادي ينتظرونني في البيت\"",
        Some("آدم عبد الرحيم"),
    ),
    (
        "\"تأخر وصول ناقلتين إلى بورتسودان\"",
        Some("مسؤول في وزارة الطاقة"),
    ),
    (
        "\"تبتلع نصف الوقود قبل أن يصل إلى المحطات\"",
        Some("محمد الناير"),
    ),
    ("\"طابور الصبر\"", None),
    (
        "«الناس لا يقرؤون أقل، بل يقرؤون على الهاتف»",
        Some("الوزاني"),
    ),
    (
        "\"فضاء لائق يحفظ كرامتهم وكرامة الكتاب\"",
        Some("وزارة الشباب والثقافة والتواصل"),
    ),
    ("\"هنا وجدت كتبا لا تجدها في أي مكتبة\"", Some("سلمى بناني")),
    (
        "\"الكتاب الجيد يجد قارئه دائما، ولو بعد خمسين سنة\"",
        Some("الوزاني"),
    ),
];

/// A fifty-fourth set, gold first: Amman's bus rapid transit (riders' marked headline by what
/// they ride and their city, the city authority's words after `وقالت … إن الخط`, an employee's
/// words after a comma that ends her indirect speech, a taxi driver's curly-quoted words before
/// `قال` and his unnamed calling, the project director's words relayed by an agency after
/// `ونقلت … عن … قوله إن`, a rider's sarcastic comment after a colon, a nickname's scare quote),
/// and a heat wave in Kuwait (the weather office's warning after `وفق ما أعلنت …، التي حذرت
/// من`, the ministry's fragment after `في بيان إنها اضطرت`, a housewife's words before `هكذا
/// وصفت` and her kunya, a former MP's post after `فكتب على منصة إكس:`, a spokesman's fragment).
/// Written after the sixty-eighth entity set; no subject of it is another set's. First run:
/// speech F1 **100**, speakers **10 / 11**: the riders' headline found no speaker (`ركاب`, a
/// broken plural, no list held). Then passengers, workers, students and the like listed as
/// speakers: 100, 11 / 11.
const FILE54: &str = include_str!("../fixtures/news/quotes_heldout54.txt");

const GOLD54: Gold = &[
    ("\"وفرنا ساعة كل يوم\"", Some("ركاب الباص السريع")),
    (
        "\"سينقل خمسين ألف راكب يوميا بحلول الصيف\"",
        Some("أمانة عمان الكبرى"),
    ),
    ("\"أما اليوم فأصل قبل أن يبرد الشاي\"", Some("رنا الخطيب")),
    (
        "“الأجرة معقولة، لكن المحطات بعيدة عن بيوت كثيرة”",
        Some("سائق سيارة أجرة"),
    ),
    (
        "\"ستصل إلى الزرقاء قبل نهاية العام المقبل\"",
        Some("زياد الدباس"),
    ),
    ("«أخيرا صار عندنا شيء اسمه موعد»", Some("أحد الركاب")),
    ("\"الحلم المؤجل\"", None),
    (
        "\"موجة حارة تستمر حتى نهاية الأسبوع\"",
        Some("إدارة الأرصاد الجوية"),
    ),
    (
        "\"لمدة لا تزيد على ساعتين\"",
        Some("وزارة الكهرباء والماء والطاقة المتجددة"),
    ),
    ("\"نحن نطبخ في الظلام\"", Some("أم فهد")),
    (
        "\"المشكلة ليست في الحر، المشكلة في محطات عمرها أربعون سنة\"",
        Some("عبد الله الشمري"),
    ),
    (
        "\"مستوى قياسيا لم نعرفه من قبل\"",
        Some("المتحدث باسم الوزارة"),
    ),
];

/// A fifty-fifth set, gold first: Nouadhibou's fishermen (their marked headline in « », a
/// fisherman's fragment after `ويقول إن`, a union head's words after `وقال رئيسه …:`, a
/// minister's fragment after `نفى ذلك، مؤكدا أن`, an old fisherman's words before `يقول` and his
/// calling, a slogan after `بما تسميه`), and tomato growers of the Jordan valley dumping their
/// crop (a grower's fragment after the paper he spoke to, `لـ"الغد"`, the same grower by his
/// family name, a ministry's fragment, young men's chant in « » before `هتف`). Written after the
/// sixty-eighth entity set; no subject of it is another quotation set's (the Jordan valley's
/// farmers were the third entity set's, over fertiliser prices). First run: speech F1 **100**,
/// speakers **7 / 9**: the fishermen's headline found no speaker (a construct plural whose
/// complement is a place's name, not a word with the article), and the minister's fragment went
/// to the union's head named before (`وزير الصيد … نفى ذلك، مؤكدا أن`: a title whose first letter
/// is `و` was read as a verb with its conjunction). Then both mended: 100, 9 / 9.
const FILE55: &str = include_str!("../fixtures/news/quotes_heldout55.txt");

const GOLD55: Gold = &[
    ("«السفن الأجنبية تأخذ كل شيء»", Some("صيادو نواذيبو")),
    ("\"صار نادرا كالذهب\"", Some("محمد ولد سيدي")),
    (
        "\"إنهم يصطادون في مياهنا ليلا، والمراقبة غائبة\"",
        Some("أحمد ولد محمود"),
    ),
    (
        "\"يراقب كل سفينة بالأقمار الاصطناعية\"",
        Some("وزير الصيد والاقتصاد البحري"),
    ),
    ("\"لم أر في حياتي موسما كهذا\"", Some("إبراهيم فال")),
    ("\"راحة بيولوجية حقيقية\"", None),
    ("\"الغد\"", None),
    (
        "\"لا يغطي ثمن البلاستيك الذي يعبأ فيه\"",
        Some("خالد العدوان"),
    ),
    ("\"بأقل من نصف دينار\"", Some("العدوان")),
    ("\"خلال الأيام المقبلة\"", Some("وزارة الزراعة")),
    ("«نزرع بالدين ونحصد بالخسارة»", Some("شبان")),
];

/// A fifty-sixth set, gold first: Constantine's cable car back at work (residents' headline in
/// « » by their city and what they speak of, `عن التلفريك الجديد`, the transport company's words
/// after `وقالت … إن الخط`, a student's words after her indirect speech and a comma, a retiree's
/// words before `قال` and his unnamed state, the director's fragment after `وأوضح مدير المؤسسة،
/// X، في تصريح للإذاعة المحلية، أن`, a nickname's scare quote), and Berkane's oranges (a growers'
/// head named between commas, his next words after `وأضاف`, a seasonal worker's fragment after
/// `أما … فيقول إن`, an unnamed official's fragment after `ورد … على سؤال … بأن`). Written after
/// the seventy-second entity set; its subjects were checked against the other sets' first. First
/// run: speech F1 **100**, speakers **9 / 9**; no rule was made for it.
const FILE56: &str = include_str!("../fixtures/news/quotes_heldout56.txt");

const GOLD56: Gold = &[
    ("«نعبر الوادي في ثلاث دقائق»", Some("سكان قسنطينة")),
    (
        "\"سيعمل من السادسة صباحا حتى منتصف الليل\"",
        Some("مؤسسة النقل الحضري"),
    ),
    ("\"أما الآن فأصل قبل الأستاذ\"", Some("ياسمين بن عيسى")),
    ("«الخوف من المرتفعات ذهب بعد الرحلة الأولى»", Some("متقاعد")),
    ("\"تمت وفق المعايير الدولية\"", Some("كمال زروقي")),
    ("\"الصناديق الطائرة\"", None),
    (
        "\"جيد من حيث الكمية وصعب من حيث الأسعار\"",
        Some("محمد الزياني"),
    ),
    ("\"الشحنات الأولى نحو سان بطرسبورغ\"", Some("محمد الزياني")),
    (
        "\"لا يتغير منذ خمس سنوات، والأسعار في السوق تتغير كل أسبوع\"",
        Some("رشيد لمريني"),
    ),
    (
        "\"تفحص قبل أن تغادر الميناء\"",
        Some("مسؤول في المكتب الوطني للسلامة الصحية للمنتجات الغذائية"),
    ),
];

/// A fifty-seventh set, gold first: camel races at Taif (an owner's headline by his calling and
/// city, a camel's name in marks, a federation's fragment after `وأكد … في بيان أن`, a trainer's
/// words before `يقول` and his name after his nationality, the same trainer by his title after
/// `ويرى المدرب أن`, the crowd's chant after `وهتف الجمهور`), and Baghdad's school of music
/// reopened (a director's words after `وتقول مديرة المدرسة، الدكتورة X:`, a minister's fragment
/// after `وقال وزير الثقافة إن`, a pupil's words after `ويقول:` at the end of his sentence).
/// Written after the seventy-second entity set; its subjects were checked against the other
/// sets' first. First run: speech F1 **100**, speakers **7 / 8**: the trainer's title alone went
/// unresolved, since he had been named with his nationality (`المدرب السوداني عثمان آدم`) and the
/// mention had none. Then a title alone standing for one named with it and a nationality, when no
/// one else was named since: 100, 8 / 8.
const FILE57: &str = include_str!("../fixtures/news/quotes_heldout57.txt");

const GOLD57: Gold = &[
    ("\"الناقة الفائزة لا تباع بأي ثمن\"", Some("مالك هجن")),
    ("\"الشاهين\"", None),
    (
        "\"خضعت لفحص دقيق قبل كل شوط\"",
        Some("الاتحاد السعودي للهجن"),
    ),
    ("\"المضمار صار أسرع من العام الماضي\"", Some("عثمان آدم")),
    ("\"لا يتجاوز نصف ثانية\"", Some("عثمان آدم")),
    ("\"يا الشاهين يا الشاهين\"", Some("الجمهور")),
    (
        "\"أغلقنا أبوابنا سنوات، لكن الأطفال لم يتوقفوا عن السؤال متى نعود\"",
        Some("سلوى جبار"),
    ),
    ("\"آلات جديدة لكل قسم\"", Some("وزير الثقافة")),
    ("«أتدرب ثلاث ساعات كل يوم»", Some("مصطفى كريم")),
];

/// A fifty-eighth set, gold first: Kuwait's ban on fishing pomfret (fishermen's headline by their
/// calling and country, an authority's fragment after `وقالت … إن القرار`, a federation head's
/// words after `مضيفا:`, a fishmonger by his kunya after `قال البائع`, the authority again by
/// its head noun), and a school for Sudanese refugees in Cairo (the school's name in marks, a
/// director's fragment after her title and name between commas, a pupil's words before `تقول`,
/// the director by her title alone after `وتضيف المديرة أن`). Written after the seventy-sixth
/// entity set; its subjects were checked against the other sets' first. First run: speech F1
/// **100**, speakers **7 / 8**: the director by her title alone went unresolved, a feminine title
/// (`المديرة`) not being read as the listed `المدير`. Then a title in the feminine too: 8 / 8.
const FILE58: &str = include_str!("../fixtures/news/quotes_heldout58.txt");

const GOLD58: Gold = &[
    ("\"منع صيد الزبيدي يقطع أرزاقنا\"", Some("صيادو الكويت")),
    (
        "\"يحمي موسم التكاثر\"",
        Some("الهيئة العامة للزراعة والثروة السمكية"),
    ),
    (
        "\"البحارة الهنود والبنغاليون بلا عمل منذ أمس\"",
        Some("ظاهر الصويان"),
    ),
    ("\"سعر الكيلو تضاعف قبل أن يبدأ الحظر\"", Some("أبو فهد")),
    ("\"سيحالون إلى النيابة\"", Some("الهيئة")),
    ("\"الأمل\"", None),
    (
        "\"نصف التلاميذ لم يدخلوا فصلا منذ عامين\"",
        Some("إخلاص عبد الرحيم"),
    ),
    (
        "\"نريد أن نجلس لامتحانات الشهادة السودانية هنا\"",
        Some("رزان"),
    ),
    ("\"معلمين وكتبا قبل أي شيء آخر\"", Some("إخلاص عبد الرحيم")),
];

/// A fifty-ninth set, gold first: Algiers' taxi drivers against ride-hailing apps (drivers'
/// headline by their calling and city, a fragment given to the union's statement after `كما جاء
/// في بيان نقابتهم`, a union leader's fragment after `إن السائق`, an app founder's answer after
/// `ويرد …، الشاب X، بأن`, a driver's words before `يقول السائق`), and Baghdad's bakeries waiting
/// for subsidised flour (a ministry's fragment after `وأكدت … أن`, a baker's words after a
/// relative clause and `:`, a woman by her kunya after `أما المواطنة … فتقول إن`, a state
/// company's director quoted by the news agency, which is not the speaker). Written after the
/// fifty-eighth; its subjects were checked against the other sets' first. First run: speech F1
/// **100**, speakers **8 / 9**: the union's fragment went to the headline's drivers, `كما جاء في
/// بيان X` after a quotation not being read as a source. Then the words of a document named after
/// the quotation being its issuer's: 9 / 9.
const FILE59: &str = include_str!("../fixtures/news/quotes_heldout59.txt");

const GOLD59: Gold = &[
    ("\"التطبيقات تأكل خبزنا\"", Some("سائقو الأجرة")),
    ("\"دون رخصة ولا ضريبة\"", Some("نقابتهم")),
    (
        "\"يدفع ثلاثين ألف دينار في السنة للتأمين وحده\"",
        Some("حسين آيت براهم"),
    ),
    ("\"اختاروا الخدمة الأسرع والأنظف\"", Some("أنيس بوزيد")),
    ("\"لم أعد أجد زبونا واحدا بعد العاشرة ليلا\"", Some("الطاهر")),
    ("\"ستصل كاملة قبل نهاية الشهر\"", Some("وزارة التجارة")),
    ("\"أبيع الصمون بخسارة كي لا أخسر زبائني\"", Some("كاظم جواد")),
    ("\"صار هما يوميا\"", Some("أم حيدر")),
    (
        "\"تعمل بكامل طاقتها\"",
        Some("مدير الشركة العامة لتصنيع الحبوب"),
    ),
];

/// A sixtieth set, gold first: a fire in Kuwait's Mubarakiya market (traders' headline by their
/// market, a fire service's fragment after `وقالت … إن فرقها`, a spice trader's words after a
/// clause between commas and `:`, a minister's fragment after `وأكد وزير التجارة في تصريح صحفي
/// أن`, the market's regulars after `ويقول رواد السوق إن`), and bull-butting at Fujairah (the old
/// after `عادة يقول كبار السن إنها`, a breeder's words before `يقول المربي`, an animal welfare
/// society's fragment after `وتؤكد … أن`, the children's chant after `ويهتف الأطفال`). Written
/// after the eighty-fourth entity set; its subjects were checked against the other sets' first.
/// First run: speech F1 **100**, speakers **9 / 9**.
const FILE60: &str = include_str!("../fixtures/news/quotes_heldout60.txt");

const GOLD60: Gold = &[
    ("\"الحريق أكل بضاعة عشرين عاما\"", Some("تجار المباركية")),
    (
        "\"سيطرت على النيران خلال ساعتين\"",
        Some("الإدارة العامة للإطفاء"),
    ),
    ("\"لم يبق شيء، حتى الدفاتر احترقت\"", Some("حسين عباس")),
    ("\"وفق الأنظمة\"", Some("وزير التجارة")),
    ("\"قلب الكويت القديمة\"", Some("رواد السوق")),
    ("\"أقدم من البلاد نفسها\"", Some("كبار السن")),
    (
        "\"الثور لا يصاب، نحن نوقف النطاح قبل أن يتعب\"",
        Some("سالم الظهوري"),
    ),
    ("\"تحتاج إلى رقابة بيطرية\"", Some("جمعية الرفق بالحيوان")),
    ("\"يا بطل يا بطل\"", Some("الأطفال")),
];

/// A sixty-first set, gold first: a strike at El-Mahalla's spinning company (workers' headline by
/// their town, a spinner's words after her calling and name between commas and `:`, the holding
/// company's fragment after `وأعلنت … في بيان أن الزيادة`, a labour lawyer's fragment after
/// `ويرى … أن الأزمة`), and Fes's tanners (a young tanner's words after `ويقول:` at the end of his
/// sentence, an unnamed official's fragment after `وقال مسؤول في غرفة … إن`, a leather seller's
/// words before `يقول`, the same seller by his family name after `يقول عنها التازي إنها`).
/// Written after the sixtieth; its subjects were checked against the other sets' first. First
/// run: speech F1 **100**, speakers **7 / 8**: the young tanner's words after `ويقول:` have no
/// speaker, his name after `الدباغ الشاب` (`ياسين العلمي`, `العلمي` being also "scientific")
/// not being found, and no one else named before him; no rule was made for it.
const FILE61: &str = include_str!("../fixtures/news/quotes_heldout61.txt");

const GOLD61: Gold = &[
    ("\"الأجر لا يكفي أسبوعا\"", Some("عمال المحلة")),
    (
        "\"أعمل هنا منذ خمسة وعشرين عاما، وما زلت أقترض آخر كل شهر\"",
        Some("سعاد عبد الفتاح"),
    ),
    (
        "\"ستطبق اعتبارا من الشهر المقبل\"",
        Some("الشركة القابضة للغزل والنسيج"),
    ),
    ("\"أكبر من شركة واحدة\"", Some("خالد علي")),
    ("«ورثت هذه الأحواض عن أبي وجدي»", Some("ياسين العلمي")),
    (
        "\"تراجع إلى النصف في عشر سنوات\"",
        Some("مسؤول في غرفة الصناعة التقليدية"),
    ),
    ("«السياح يصورون ولا يشترون»", Some("عبد الرحيم التازي")),
    ("\"وعود نسمعها كل عام\"", Some("التازي")),
];

/// A sixty-second set, gold first, written as a wire agency writes (a credit after the dateline,
/// straight marks): a sandstorm over Iraq (a label headline `عاجل:` that names no speaker, a health
/// ministry source's fragment after `صرح … لوكالة فرانس برس بأن`, the same source by `وأضاف المصدر،
/// الذي …، أن`, a taxi driver left unnamed after `روى شاهد عيان يعمل …:`, a weather authority's
/// warning after `حذرت … في بيان من أن`, a month's name after `اسم`), and a siege of a hotel in
/// Mogadishu (the police's unmarked headline, its spokesman after `وقال للصحفيين أمام الفندق`
/// with the listener and the place before him, military sources to an agency, a shopkeeper's
/// words holding a shout in `« »` before `قال … يدعى … لرويترز`, a radio's name in marks and the
/// movement's statement after `جاء فيه:`, a prime minister's post after a verb of condemning and
/// `وكتب على منصة إكس:`). Written for hamish on 2026-12-07 by a writer other than the earlier
/// sets'; its subjects were checked against the other sets' first.
/// First run: speech F1 **100**, speakers **7 / 10** (the witness after `روى`, a verb the finder
/// lacked, given the last speaker; the police spokesman after `للصحفيين أمام الفندق` given the
/// agency credited after the dateline; the statement after `جاء فيه` past the radio's name in
/// marks given the last speaker); then the rules: **10 / 10**.
const FILE62: &str = include_str!("../fixtures/news/quotes_heldout62.txt");

const GOLD62: Gold = &[
    (
        "\"استقبلت أكثر من أربعة آلاف حالة اختناق منذ الفجر\"",
        Some("مصدر في وزارة الصحة"),
    ),
    ("\"من كبار السن والأطفال ومرضى الربو\"", Some("المصدر")),
    (
        "\"لم أعد أرى السيارة التي أمامي. السماء صارت برتقالية في منتصف النهار، كأننا على سطح المريخ\"",
        Some("شاهد عيان"),
    ),
    (
        "\"موجة غبار ثانية قد تضرب المحافظات الغربية مساء الثلاثاء\"",
        Some("الهيئة العامة للأنواء الجوية والرصد الزلزالي"),
    ),
    ("\"شهر الغبار\"", None),
    (
        "انتهاء حصار فندق في مقديشو ومقتل المهاجمين الخمسة",
        Some("الشرطة الصومالية"),
    ),
    (
        "\"قتلت المسلحين جميعا وحررت أكثر من أربعين نزيلا\"",
        Some("عبد الفتاح آدم حسن"),
    ),
    (
        "\"فجروا سيارة مفخخة عند البوابة الخارجية، ثم تحصنوا في الطابق الثالث\"",
        Some("مصادر عسكرية"),
    ),
    (
        "\"سمعنا الانفجار، ثم صرخ رجل في الشارع: «اهربوا، دخلوا الفندق»، ولم يتوقف إطلاق النار حتى الفجر\"",
        Some("محمد نور"),
    ),
    ("\"الأندلس\"", None),
    (
        "\"استهدف مقاتلونا فندقا يرتاده مسؤولون في الحكومة\"",
        Some("حركة الشباب"),
    ),
    (
        "\"هؤلاء لا يمثلون ديننا ولا شعبنا، وسنلاحقهم حتى آخر عنصر\"",
        Some("حمزة عبدي بري"),
    ),
];

/// A sixty-third set, gold first, written as a Gulf paper writes (« » marks, a state agency's
/// style): Dubai's rents (a report's unmarked headline `تقرير: …`, the report's cause after
/// `بحسب تقرير أصدرته … شركة …، عزا الزيادة إلى`, its issuer the speaker; an engineer's fragment
/// after `ويقول …، الذي …، إن مالك الشقة`, a broker's words opened and closed with `”` before
/// `قال … لـ«البيان»` and a participle, the paper's name, a resident who withheld his name as the
/// topic of `أما … فقال:`), and the UAE's ban on plastic bags (a country's unmarked headline in
/// the first person, a minister with her title and `الدكتورة` and a circumstance in commas before
/// `إن القرار`, a worker's words opened with `“` and closed with a straight `"` before `قالت`, a
/// grocer's question after `تساءل … :` with no name, a marine group's call after `ودعت في تغريدة
/// على منصة إكس إلى`, a campaign's slogan after `تحت شعار`). Written for hamish on 2026-12-07 by
/// a writer other than the earlier sets'; its subjects were checked against the other sets' first.
/// First run: speech F1 **100**, speakers **8 / 10** (`تقرير أصدرته` for the company that issued
/// it; the marine group's call after `ورحبت …، ودعت` given the last speaker); then **10 / 10**.
const FILE63: &str = include_str!("../fixtures/news/quotes_heldout63.txt");

const GOLD63: Gold = &[
    ("إيجارات الشقق في دبي ترتفع 19% خلال عام", Some("تقرير")),
    (
        "«تدفق غير مسبوق للسكان الجدد يقابله شح في الوحدات الجاهزة»",
        Some("شركة بيوت للاستشارات العقارية"),
    ),
    (
        "«طلب زيادة 25 ألف درهم دفعة واحدة عند تجديد العقد»",
        Some("سامر خليل"),
    ),
    (
        "”نحن أمام سوق يحكمها العرض والطلب، والمعروض لن يلحق بالطلب قبل عامين على الأقل”",
        Some("عمران شودري"),
    ),
    ("«البيان»", None),
    (
        "«صرت أقضي ساعتين يوميا في الطريق من عجمان، لكن الإيجار هناك نصف ما أدفعه هنا»",
        Some("أحد سكان منطقة القصيص"),
    ),
    (
        "لا مكان للبلاستيك أحادي الاستخدام في أسواقنا بعد اليوم",
        Some("الإمارات"),
    ),
    (
        "«ثمرة سنوات من التوعية، والمجتمع كان جاهزا له قبل الحكومة»",
        Some("آمنة الضحاك"),
    ),
    (
        "“كنت أنسى الحقيبة القماشية في السيارة كل مرة، واليوم تعلمت الدرس\"",
        Some("جوي سانتوس"),
    ),
    (
        "«من يعوضنا عن مخزون أكياس اشتريناه قبل شهرين بعشرة آلاف درهم؟»",
        Some("صاحب بقالة في منطقة الراشدية"),
    ),
    (
        "«توسيع الحظر ليشمل الأكواب والعبوات البلاستيكية خلال عامين»",
        Some("مجموعة الإمارات للبيئة البحرية"),
    ),
    ("«حقيبتي معي»", None),
];

/// A sixty-fourth set, gold first, written as an Egyptian news site writes (“ ” marks, words in
/// the dialect): Ramadan lanterns in Cairo (a citizen's marked headline `مواطن: “…”`, a craftsman
/// named `الحاج رمضان` in an article about the month of Ramadan, his words after his calling in
/// commas and a colon in marks opened with `»` and closed with `«`, his fragment after `وأوضح
/// أن` with no subject, a cartoon's name, a housewife as the topic of `أما … فتقول وهي …:`, a
/// chamber's division head by his title alone after `رأى … أن`), and stray dogs in Giza (a
/// governor's unmarked headline by his title, the governor after `وأكد في بيان صادر عن المحافظة
/// أن`, a girl named `ملك`, a site in marks quoting a father named after `ويدعى` with `نقل … عن …
/// قوله:`, veterinary sources after `كشفت … لصحيفة الشروق أن`, an MP's demand after `طالب … بـ"`
/// following a hashtag). Written for hamish on 2026-12-07 by a writer other than the earlier
/// sets'; its subjects were checked against the other sets' first.
/// First run: speech F1 **94.7**, speakers **8 / 9** (the veterinary sources' words read as scare
/// quotes, `بالطب` taken for the object of `كشف`; the father by his description, not his name
/// after `ويدعى`); then speech F1 **100**, speakers **10 / 10**.
const FILE64: &str = include_str!("../fixtures/news/quotes_heldout64.txt");

const GOLD64: Gold = &[
    ("“الفانوس بقى حلم للغلابة”", Some("مواطن")),
    (
        "»الخامات زادت ثلاث مرات، والزبون بيسأل على السعر ويمشي من غير ما يشتري«",
        Some("رمضان عبد التواب"),
    ),
    ("“يبدأ من 250 جنيها”", Some("رمضان عبد التواب")),
    ("“بكار”", None),
    (
        "“البنت عايزة فانوس زي صاحباتها، وأنا مش قادرة أقول لها لأ”",
        Some("منى السيد"),
    ),
    (
        "“أنعش الصناعة المحلية، وإن رفع الأسعار على المستهلك”",
        Some("رئيس شعبة لعب الأطفال بالغرفة التجارية بالقاهرة"),
    ),
    ("لن نسمم الكلاب الضالة بعد اليوم", Some("محافظ الجيزة")),
    ("“ستبدأ بالأحياء الأكثر كثافة خلال أيام”", Some("عادل النجار")),
    ("“مصراوي”", None),
    (
        "\"ملك كانت راجعة من الدرس، والكلاب كانت خمسة أو ستة، ومحدش من الناس قدر يقرب\"",
        Some("أحمد عبد الحميد"),
    ),
    (
        "“لا تملك سوى عيادتين متنقلتين لأكثر من تسعة ملايين نسمة”",
        Some("مصادر بالطب البيطري"),
    ),
    (
        "\"قانون واضح يحدد مسؤولية أصحاب الكلاب ويجرم التسميم\"",
        Some("فريدي البياضي"),
    ),
];

/// A sixty-fifth set, gold first, written as a Maghreb site and a Levant paper write: Algeria's
/// baccalaureate and the internet cut during it (a source's unmarked headline `مصدر: …`, a
/// ministry source speaking to a paper named in marks after `وهو إجراء قال … إنه`, the ministry's
/// statement after `وقالت الوزارة في بيان نشرته …:`, a candidate's words before `قال المترشح`
/// with a school named for a person after him, his next words after `قبل أن يضيف ضاحكا:`, a
/// mother's post after `وكتبت أم لمترشحة … :` whose closing mark is missing at the article's end),
/// and Lebanon's basketball final (a vocative headline `يا جمهور الرياضي: …`, which no one
/// speaks, the fans' chant after `اجتاح جمهور الرياضي أرض الملعب هاتفا:` by a stadium named for a
/// person, a coach after a press conference, his next words after `وتابع قائلا:`, a player with a
/// relative clause and a channel named `الجديد` between his name and `أن`, the other club's coach by
/// his title alone after `أشار … إلى أن`, the club being also the word for wisdom). Written for
/// hamish on 2026-12-07 by a writer other than the earlier sets'; its subjects were checked
/// against the other sets' first. The mother's unclosed quotation keeps the full stop of its
/// line, as the README has it.
/// First run: speech F1 **100**, speakers **9 / 11** (the candidate's mother, `أم` read as the
/// conjunction; the fans' chant after `هاتفا`, whose form the chant test never let through);
/// then **11 / 11**.
const FILE65: &str = include_str!("../fixtures/news/quotes_heldout65.txt");

const GOLD65: Gold = &[
    ("قطع الإنترنت يقتصر على ساعات الامتحان", Some("مصدر")),
    (
        "«يرفع مباشرة بعد جمع أوراق الإجابة في كل مادة»",
        Some("مصدر من وزارة التربية الوطنية"),
    ),
    ("«النهار»", None),
    (
        "«كل محاولة غش باستعمال الوسائل الإلكترونية تعرض صاحبها للإقصاء من الامتحان لمدة خمس سنوات»",
        Some("الوزارة"),
    ),
    (
        "«لم أستطع مراجعة آخر درس في الفلسفة لأن التطبيق لا يفتح منذ الفجر»",
        Some("يونس بلقاسمي"),
    ),
    ("«ربما هذا أفضل، على الأقل نمت جيدا»", Some("يونس بلقاسمي")),
    ("«ابنتي تمتحن، والبلاد كلها تمتحن معها.", Some("أم لمترشحة")),
    ("\"المنارة ما بتنكسر\"", Some("جمهور الرياضي")),
    (
        "\"هذا لقب الصبر. خسرنا المباراة الثالثة على أرضنا، وكل الناس قالوا إن الموسم انتهى\"",
        Some("أحمد فران"),
    ),
    (
        "\"اللاعبون لعبوا بقلوبهم، وهذا اللقب لكل بيت في بيروت\"",
        Some("أحمد فران"),
    ),
    (
        "\"جاء في وقت يحتاج فيه اللبنانيون إلى أي خبر مفرح\"",
        Some("وائل عرقجي"),
    ),
    ("\"دفع ثمن الإصابات طوال الموسم\"", Some("مدرب الحكمة")),
];

/// A sixty-sixth set, gold first, written as a Kuwaiti daily writes (straight marks, a byline
/// `كتب …:` on a line of its own before the text and no dateline, names like `عبدالعزيز` written
/// as one word): a row in the National Assembly over writing off consumer loans (the finance
/// minister's unmarked headline by his title, his words after `وقال البدر في رده على مداخلات
/// النواب إن`, a fund's name after `ما يعرف بـ`, an MP's words before `قال النائب … من على
/// المنصة`, an MP named before his verb `النائب …، من جهته، أكد لـ"القبس" … أن`, the paper's name
/// in marks between the verb and the words), the health minister's halt to treatment abroad (a
/// health source's unmarked headline, the minister after `د.` and a television channel after
/// `وأوضح في لقاء مع … أن`, his next words after `وأضاف:`, a ministry source's figure left
/// unquoted, a patient's father by his kunya after his words and `يقول …، أحد المراجعين …،`),
/// and a ruling of the court of cassation (the court's short name in marks opening the headline,
/// its reasons after `وقالت المحكمة في حيثيات حكمها إن`, the claimants' lawyer after his words
/// with his fragment after `مشيرا إلى أن`, the airline after `اعتبرت … في بيان مقتضب أن`). Written
/// for hamish on 2026-12-07 by a writer other than the earlier sets'; its subjects were checked
/// against the other sets' first. Gold written before the first run.
/// First run: speech F1 100, speakers 12 of 12.
const FILE66: &str = include_str!("../fixtures/news/quotes_heldout66.txt");

const GOLD66: Gold = &[
    (
        "لا إسقاط للقروض والحل في صندوق المتعثرين",
        Some("وزير المالية"),
    ),
    (
        "\"المال العام ليس ملكا لجيل واحد، وإسقاط القروض يكافئ المقترض على حساب من لم يقترض\"",
        Some("البدر"),
    ),
    ("\"صندوق المتعثرين\"", None),
    (
        "\"كلام الوزير مردود عليه، فالحكومة نفسها أسقطت ديون شركات كبرى ولم يسأل أحد يومها عن العدالة بين الأجيال\"",
        Some("مشاري الهاجري"),
    ),
    ("\"القبس\"", None),
    (
        "\"ستقدم استجوابا لوزير المالية إذا لم يحل الاقتراح إلى اللجنة المالية خلال أسبوعين\"",
        Some("سعود العصفور"),
    ),
    (
        "40 مليون دينار كلفة العلاج بالخارج في ستة أشهر",
        Some("مصدر صحي"),
    ),
    (
        "\"لا يمس المرضى الذين تعجز مستشفياتنا عن علاجهم، بل يوقف إيفادا استنزف الميزانية لسنوات\"",
        Some("طلال الشمري"),
    ),
    (
        "\"لدينا اليوم أطباء وأجهزة تضاهي ما في لندن وميونخ، ومن حق المواطن أن يثق بها\"",
        Some("طلال الشمري"),
    ),
    (
        "\"ابني ينتظر موعد الرنين المغناطيسي منذ أربعة أشهر، فكيف يقولون إن العلاج هنا متوفر؟\"",
        Some("أبو محمد"),
    ),
    ("\"التمييز\"", None),
    (
        "\"أخلت بالتزامها التعاقدي ولم تثبت أن الإلغاء كان لقوة قاهرة\"",
        Some("المحكمة"),
    ),
    (
        "\"هذا الحكم رسالة لكل شركة تبيع التذاكر ثم تعامل المسافر كأنه رقم\"",
        Some("عبدالعزيز الكندري"),
    ),
    (
        "\"سيرفعون دعاوى جديدة للمطالبة بالتعويض عن الضرر الأدبي\"",
        Some("عبدالعزيز الكندري"),
    ),
    (
        "\"لا يراعي الظروف التشغيلية التي تمر بها شركات الطيران في المنطقة\"",
        Some("الشركة"),
    ),
];

/// A sixty-seventh set, gold first, written as a Palestinian news agency writes (« » marks, the
/// agency's name in brackets after the dateline, `المستوطنين` in the text and `المستعمرين` in a
/// ministry's words): settlers' attack on olive pickers near Nablus (the foreign ministry's
/// unmarked headline by its short name, a mayor speaking to the agency's reporter in marks
/// before `إن … «…»`, his next fragment after `وأضاف أن` with no subject, an unnamed farmer after
/// his words with `يقول أحد المزارعين، وهو …`, the ministry's full name after `اعتبرت …، في بيان،
/// أن ما يجري`, a faction named in marks after `حركة` and its call after `ودعت …، في تصريح صحفي،
/// أهالي الضفة إلى`), and medicines running out in the West Bank (a hospital director's unmarked
/// headline by his title, the health ministry after `وقالت في بيان:` with its name in the
/// sentence before, the director after his words with the hospital's name in brackets in his
/// title, a paper in marks relaying a finance ministry source with `نقلت … عن … قوله إن`).
/// Written for hamish on 2026-12-07 by a writer other than the earlier sets'; its subjects were
/// checked against the other sets' first. Gold written before the first run.
/// First run: speech F1 100, speakers 9 of 10 (`حركة «حماس»` gave `حركة`, the name in marks
/// left out of the speaker); the same with the model trained on the marked news sets.
const FILE67: &str = include_str!("../fixtures/news/quotes_heldout67.txt");

const GOLD67: Gold = &[
    (
        "اعتداءات المستوطنين على قاطفي الزيتون إرهاب منظم",
        Some("الخارجية"),
    ),
    ("«صفا»", None),
    (
        "«هاجموا المزارعين بالحجارة والهراوات، وأحرقوا مركبتين، وسرقوا أكياس الزيتون المقطوف»",
        Some("صلاح بني جابر"),
    ),
    (
        "«نقلت المصابين إلى مستشفى رفيديا، ووصفت حالة المسنة بالمتوسطة»",
        Some("صلاح بني جابر"),
    ),
    (
        "«كنا نقطف منذ الفجر، وفجأة نزلوا من التلة وهم يصرخون، وضربوا زوجتي بحجر على رأسها»",
        Some("أحد المزارعين"),
    ),
    (
        "«إرهاب منظم تمارسه ميليشيات المستعمرين بحماية جيش الاحتلال»",
        Some("وزارة الخارجية والمغتربين"),
    ),
    ("«حماس»", None),
    (
        "«تشكيل لجان حراسة شعبية في كل قرية تتعرض للاعتداءات»",
        Some("حماس"),
    ),
    (
        "أدوية العلاج الكيميائي نفدت منذ أسبوعين",
        Some("مدير مستشفى عالية"),
    ),
    (
        "«رصيد الأدوية الأساسية في مستودعاتنا صفر لأكثر من 180 صنفا، ولا نستطيع الاستمرار على هذا الحال»",
        Some("وزارة الصحة"),
    ),
    (
        "«نستقبل يوميا عشرات مرضى السرطان، ونضطر إلى إعادتهم إلى بيوتهم دون جرعاتهم»",
        Some("عماد الشرباتي"),
    ),
    ("«الأيام»", None),
    (
        "«لن تتمكن من صرف أكثر من نصف الراتب للشهر الرابع على التوالي»",
        Some("مصدر في وزارة المالية"),
    ),
];

/// A sixty-eighth set, gold first, written as an Omani paper writes (“ ” marks used as they fall:
/// `”…“`, `”…”` and `“…”` side by side, `عُمان` with its damma): young Omanis and self-employment
/// (a study's unmarked headline `دراسة: …`, its finding after `كشفت دراسة أعدها مركز … أن` past a
/// percentage, its lead researcher after `الدكتورة`, a development bank's chief executive with a
/// radio station between commas before `أن`, a young café owner after his words with `يقول …،
/// أحد المشاركين في الدراسة،` and his next words after `مضيفا:`, whose mark is never closed at
/// the article's end), the monsoon season in Dhofar (a country's unmarked headline, a ministry
/// undersecretary after `إن نسبة إشغال …`, a festival's name in marks, a visitor from Kuwait left
/// unnamed after his words with `قال`), and a football match in the Omani league (the winning
/// coach's unmarked headline by his title, his words after a press conference, `وتابع:`, the
/// losing coach by his title alone after `اعتبر … أن فريقه`). Written for hamish on 2026-12-07
/// by a writer other than the earlier sets'; its subjects were checked against the other sets'
/// first. The unclosed quotation keeps the full stop of its line, as the README has it. Gold
/// written before the first run.
/// First run: speech F1 100, speakers 12 of 13 (`وكيل الوزارة للسياحة عزان الحجري` cut at its
/// portfolio); 13 of 13 with the model trained on the marked news sets.
const FILE68: &str = include_str!("../fixtures/news/quotes_heldout68.txt");

const GOLD68: Gold = &[
    (
        "ثلث الشباب العُمانيين يفضلون العمل الحر على الوظيفة الحكومية",
        Some("دراسة"),
    ),
    (
        "”يفضلون تأسيس مشاريعهم الخاصة على الانتظار في طابور الوظيفة الحكومية“",
        Some("دراسة"),
    ),
    (
        "”يرى في الوظيفة الحكومية أمانا، لكنه لم يعد يراها طموحا”",
        Some("شيخة البلوشية"),
    ),
    (
        "“ضاعف قروض المشاريع الناشئة ثلاث مرات خلال عامين، ومعظم المقترضين دون الثلاثين”",
        Some("سالم الحارثي"),
    ),
    (
        "“تركت وظيفتي في شركة نفط قبل ثلاث سنوات لأفتح مقهى في نزوى، واليوم يعمل معي سبعة شبان”",
        Some("أحمد الرواحي"),
    ),
    ("“المهم ألا تنتظر أحدا يفتح لك الباب.", Some("أحمد الرواحي")),
    ("مليون زائر لخريف ظفار لأول مرة", Some("عُمان")),
    ("“تجاوزت 90% منذ الأسبوع الأول من يوليو”", Some("عزان الحجري")),
    ("”ليالي الخريف”", None),
    (
        "”نأتي كل عام هربا من حرارة الخمسين، هنا الغيم ينزل إلى الأرض“",
        Some("زائر من الكويت"),
    ),
    ("الدوري لم يحسم بعد", Some("مدرب السيب")),
    (
        "”لعبنا أمام فريق منظم، وأنا راض عن الروح أكثر من الأداء“",
        Some("نونو ألميدا"),
    ),
    (
        "“ما زالت أمامنا ست مباريات، ومن يتحدث عن اللقب الآن يخدع نفسه”",
        Some("نونو ألميدا"),
    ),
    ("”استحق التعادل على الأقل”", Some("مدرب النهضة")),
];

/// A sixty-ninth set, gold first, written as a Libyan news site writes (« » marks, `"…"` inside
/// them): a doctors' strike in western Libya (a vocative headline `يا وزير الصحة: …`, which no
/// one speaks, the doctors' union head with the state news agency after his name before `إن`, a
/// paediatrician's words holding an official's in `"…"` before `قالت … من مستشفى …` and her
/// fragment after `مضيفة أنها تتقاضى`, a local term after `في ما يعرف محليا بـ`, the health
/// ministry's spokesman by his long title alone with a channel in marks between commas, his next
/// words after `وتابع:`), and the municipal elections (the electoral commission's unmarked
/// headline by its short name, its head's fragments after `أكد … أن الاقتراع` and `مشددا على أن`,
/// a security source after `طالبا عدم ذكر اسمه`, an MP after `ولفت … إلى أن`, a government
/// programme's name in marks). Written for hamish on 2026-12-07 by a writer other than the earlier
/// sets'; its subjects were checked against the other sets' first. The official's words nested in
/// the paediatrician's are part of hers, as the README has it. Gold written before the first run.
/// First run: speech F1 94.7 (the headline `المفوضية العليا للانتخابات: …` missed), speakers 8
/// of 9 (`عضو مجلس النواب عن طرابلس سالم بن طاهر` cut at the constituency); the same with the
/// model trained on the marked news sets; 9 of 9 once a member's constituency stands between
/// the title and the name; speech F1 100, 10 of 10, once the one spoken to is not looked for
/// inside a name begun before it.
const FILE69: &str = include_str!("../fixtures/news/quotes_heldout69.txt");

const GOLD69: Gold = &[
    (
        "«سيستمر حتى صرف الزيادة المقررة بأثر رجعي، ولن نقبل بوعود شفهية بعد اليوم»",
        Some("عادل الورفلي"),
    ),
    (
        "«ذهبنا إلى الوزارة ثلاث مرات، وفي كل مرة يقول لنا المسؤولون: \"اصبروا حتى الميزانية الجديدة\"، ونحن نصبر منذ عامين»",
        Some("سعاد الزوي"),
    ),
    ("«أقل مما يتقاضاه سائق في شركة نفطية»", Some("سعاد الزوي")),
    ("«الدوام الثاني»", None),
    ("«ليبيا الأحرار»", None),
    (
        "«أحالت ملف الزيادة إلى وزارة المالية منذ شهرين، والمشكلة ليست عندنا»",
        Some("المتحدث باسم وزارة الصحة بحكومة الوحدة الوطنية"),
    ),
    (
        "«نحن مع حقوق الأطباء، لكن لا يجوز أن يدفع المرضى ثمن الخلاف»",
        Some("المتحدث باسم وزارة الصحة بحكومة الوحدة الوطنية"),
    ),
    (
        "المرحلة الثالثة من الانتخابات البلدية في موعدها",
        Some("المفوضية العليا للانتخابات"),
    ),
    (
        "«سيجري يوم السبت المقبل كما هو مقرر، رغم كل محاولات التشويش»",
        Some("خالد بن عامر"),
    ),
    ("«لن تخضع لضغوط أي طرف سياسي أو مسلح»", Some("خالد بن عامر")),
    (
        "«أطلقوا النار على الواجهة، ثم أضرموا النار في صناديق فارغة ولاذوا بالفرار»",
        Some("مصدر أمني"),
    ),
    (
        "«ستكون المقياس الحقيقي لثقة الليبيين في صناديق الاقتراع بعد أكثر من عقد بلا انتخابات وطنية»",
        Some("سالم بن طاهر"),
    ),
    ("«عودة الحياة»", None),
];

fn f1(right: usize, found: usize, gold: usize) -> (f64, f64, f64) {
    let p = 100.0 * right as f64 / found.max(1) as f64;
    let r = 100.0 * right as f64 / gold.max(1) as f64;
    (
        p,
        r,
        if p + r > 0.0 {
            2.0 * p * r / (p + r)
        } else {
            0.0
        },
    )
}

fn score(file: &str, gold: &[(&str, Option<&str>)]) -> Score {
    for (q, _) in gold {
        assert_eq!(
            file.matches(q).count(),
            1,
            "gold quotation not once in the text: {q}"
        );
    }
    let spans = analyze(file);
    let quotes: Vec<_> = spans.iter().filter(|s| s.kind == Kind::Quote).collect();
    let mut s = Score {
        speech: (0, 0, gold.iter().filter(|g| g.1.is_some()).count()),
        found: 0,
        speakers: 0,
    };
    for q in &quotes {
        let text = &file[q.range.clone()];
        let found = gold.iter().find(|(g, _)| *g == text);
        if found.is_some() {
            s.found += 1;
        }
        if q.style != Some(QuoteStyle::Speech) {
            if let Some((_, Some(_))) = found {
                eprintln!("  scare, gold speech: {text}");
            }
            continue;
        }
        s.speech.1 += 1;
        let Some((_, Some(want))) = found else {
            eprintln!("  speech, not in the gold: {text}");
            continue;
        };
        s.speech.0 += 1;
        let got = q.speaker.as_deref().unwrap_or("");
        // the name, or the mention it was read from (`الهيئة`, named `هيئة الأرصاد الجوية`)
        let mention = q.speaker_range.clone().map_or("", |r| &file[r]);
        let matches = |s: &str| !s.is_empty() && (s.contains(want) || want.contains(s));
        if matches(got) || matches(mention) {
            s.speakers += 1;
        } else {
            eprintln!("  speaker {got:?}, gold {want:?}: {text}");
        }
    }
    for (g, want) in gold {
        if !quotes.iter().any(|q| &file[q.range.clone()] == *g) {
            eprintln!(
                "  missed ({}): {g}",
                if want.is_some() { "speech" } else { "scare" }
            );
        }
    }
    s
}

/// Prints the figures of one set; returns (speech F1, share of speakers right).
fn report(name: &str, file: &str, gold: Gold) -> (f64, f64) {
    let s = score(file, gold);
    let (p, r, f) = f1(s.speech.0, s.speech.1, s.speech.2);
    let speaker = 100.0 * s.speakers as f64 / s.speech.0.max(1) as f64;
    eprintln!(
        "{name}: speech P {p:.1} R {r:.1} F1 {f:.1} ({} right of {} found, {} gold); \
         any style found {}/{}; speakers right {}/{} ({speaker:.1}%)",
        s.speech.0,
        s.speech.1,
        s.speech.2,
        s.found,
        gold.len(),
        s.speakers,
        s.speech.0
    );
    (f, speaker)
}

/// The sets: (name, text, gold, speech F1 floor, speakers floor).
fn sets() -> [(&'static str, &'static str, Gold, f64, f64); 69] {
    [
        ("first set", FILE, GOLD, 99.0, 93.0),
        ("second set", FILE2, GOLD2, 96.0, 93.0),
        ("third set", FILE3, GOLD3, 95.0, 95.0),
        ("fourth set", FILE4, GOLD4, 98.0, 95.0),
        ("fifth set", FILE5, GOLD5, 99.0, 99.0),
        ("sixth set", FILE6, GOLD6, 98.0, 95.0),
        ("seventh set", FILE7, GOLD7, 99.0, 99.0),
        ("eighth set", FILE8, GOLD8, 99.0, 99.0),
        ("ninth set", FILE9, GOLD9, 99.0, 99.0),
        ("tenth set", FILE10, GOLD10, 99.0, 99.0),
        ("eleventh set", FILE11, GOLD11, 99.0, 99.0),
        ("twelfth set", FILE12, GOLD12, 99.0, 99.0),
        ("thirteenth set", FILE13, GOLD13, 99.0, 99.0),
        ("fourteenth set", FILE14, GOLD14, 99.0, 99.0),
        ("fifteenth set", FILE15, GOLD15, 99.0, 99.0),
        ("sixteenth set", FILE16, GOLD16, 99.0, 99.0),
        ("seventeenth set", FILE17, GOLD17, 99.0, 89.0),
        ("eighteenth set", FILE18, GOLD18, 99.0, 49.0),
        ("nineteenth set", FILE19, GOLD19, 99.0, 99.0),
        ("twentieth set", FILE20, GOLD20, 99.0, 99.0),
        ("twenty-first set", FILE21, GOLD21, 99.0, 99.0),
        ("twenty-second set", FILE22, GOLD22, 99.0, 99.0),
        ("twenty-third set", FILE23, GOLD23, 99.0, 99.0),
        ("twenty-fourth set", FILE24, GOLD24, 99.0, 80.0),
        ("twenty-fifth set", FILE25, GOLD25, 99.0, 99.0),
        ("twenty-sixth set", FILE26, GOLD26, 99.0, 90.0),
        ("twenty-seventh set", FILE27, GOLD27, 99.0, 99.0),
        ("twenty-eighth set", FILE28, GOLD28, 99.0, 99.0),
        ("twenty-ninth set", FILE29, GOLD29, 99.0, 99.0),
        ("thirtieth set", FILE30, GOLD30, 99.0, 99.0),
        ("thirty-first set", FILE31, GOLD31, 99.0, 92.0),
        ("thirty-second set", FILE32, GOLD32, 99.0, 93.0),
        ("thirty-third set", FILE33, GOLD33, 99.0, 99.0),
        ("thirty-fourth set", FILE34, GOLD34, 99.0, 99.0),
        ("thirty-fifth set", FILE35, GOLD35, 99.0, 99.0),
        ("thirty-sixth set", FILE36, GOLD36, 99.0, 88.0),
        ("thirty-seventh set", FILE37, GOLD37, 97.0, 82.0),
        ("thirty-eighth set", FILE38, GOLD38, 99.0, 94.0),
        ("thirty-ninth set", FILE39, GOLD39, 96.0, 85.0),
        ("fortieth set", FILE40, GOLD40, 99.0, 99.0),
        ("forty-first set", FILE41, GOLD41, 99.0, 99.0),
        ("forty-second set", FILE42, GOLD42, 95.0, 90.0),
        ("forty-third set", FILE43, GOLD43, 99.0, 99.0),
        ("forty-fourth set", FILE44, GOLD44, 99.0, 99.0),
        ("forty-fifth set", FILE45, GOLD45, 99.0, 99.0),
        ("forty-sixth set", FILE46, GOLD46, 96.0, 99.0),
        ("forty-seventh set", FILE47, GOLD47, 89.0, 88.0),
        ("forty-eighth set", FILE48, GOLD48, 99.0, 93.0),
        ("forty-ninth set", FILE49, GOLD49, 99.0, 99.0),
        ("fiftieth set", FILE50, GOLD50, 99.0, 99.0),
        ("fifty-first set", FILE51, GOLD51, 99.0, 99.0),
        ("fifty-second set", FILE52, GOLD52, 99.0, 99.0),
        ("fifty-third set", FILE53, GOLD53, 99.0, 79.0),
        ("fifty-fourth set", FILE54, GOLD54, 99.0, 99.0),
        ("fifty-fifth set", FILE55, GOLD55, 99.0, 99.0),
        ("fifty-sixth set", FILE56, GOLD56, 99.0, 99.0),
        ("fifty-seventh set", FILE57, GOLD57, 99.0, 99.0),
        ("fifty-eighth set", FILE58, GOLD58, 99.0, 99.0),
        ("fifty-ninth set", FILE59, GOLD59, 99.0, 99.0),
        ("sixtieth set", FILE60, GOLD60, 99.0, 99.0),
        ("sixty-first set", FILE61, GOLD61, 99.0, 87.0),
        ("sixty-second set", FILE62, GOLD62, 99.0, 99.0),
        ("sixty-third set", FILE63, GOLD63, 99.0, 89.0),
        ("sixty-fourth set", FILE64, GOLD64, 99.0, 99.0),
        ("sixty-fifth set", FILE65, GOLD65, 99.0, 90.0),
        ("sixty-sixth set", FILE66, GOLD66, 99.0, 99.0),
        ("sixty-seventh set", FILE67, GOLD67, 99.0, 89.0),
        ("sixty-eighth set", FILE68, GOLD68, 99.0, 99.0),
        ("sixty-ninth set", FILE69, GOLD69, 94.0, 88.0),
    ]
}

#[test]
fn quotations_and_speakers_on_unseen_news() {
    // regression guards at today's figures
    for (name, file, gold, floor_f1, floor_speaker) in sets() {
        let (f, speaker) = report(name, file, gold);
        assert!(f >= floor_f1, "{name}: speech F1 {f:.1} below {floor_f1}");
        assert!(
            speaker >= floor_speaker,
            "{name}: speakers {speaker:.1}% below {floor_speaker}"
        );
    }
}

#[test]
fn quotations_and_speakers_the_same_however_papers_spell_them() {
    // The sets' texts and gold spelt as other papers spell: the quotation finder reads words by
    // their keys, in which the spellings are one, and compares a word as written only where a
    // hamza tells two words apart (`إن`, `أن`). What is left is mostly the model's (which reads
    // a word as written too) and `على` for the name `علي`, which Egyptian papers spell alike.
    type Spelling = fn(&str) -> String;
    let spellings: [(&str, Spelling); 4] = [
        ("alef without hamza", bare_alef),
        ("final yaa as ى", final_yaa_as_alef_maqsura),
        ("tanween on a final alef", tanween_on_final_alef),
        ("a fatha on every letter", fatha_on_every_letter),
    ];
    let pooled = |spell: &dyn Fn(&str) -> String| {
        let mut total = Score::default();
        for (_, file, gold, ..) in sets() {
            let gold: Vec<(String, Option<String>)> =
                gold.iter().map(|(q, s)| (spell(q), s.map(spell))).collect();
            let gold: Vec<(&str, Option<&str>)> = gold
                .iter()
                .map(|(q, s)| (q.as_str(), s.as_deref()))
                .collect();
            let s = score(&spell(file), &gold);
            total.speech.0 += s.speech.0;
            total.speech.1 += s.speech.1;
            total.speech.2 += s.speech.2;
            total.found += s.found;
            total.speakers += s.speakers;
        }
        let f = f1(total.speech.0, total.speech.1, total.speech.2).2;
        (
            f,
            100.0 * total.speakers as f64 / total.speech.0.max(1) as f64,
        )
    };
    let (f, speakers) = pooled(&|s: &str| s.to_owned());
    eprintln!("as written: speech F1 {f:.1}, speakers right {speakers:.1}%");
    for (name, spell) in spellings {
        let (fs, ss) = pooled(&spell);
        eprintln!("{name}: speech F1 {fs:.1}, speakers right {ss:.1}%");
        assert!(
            fs >= f - 0.5,
            "{name}: speech F1 {fs:.1}, as written {f:.1}"
        );
        assert!(
            ss >= speakers - 2.0,
            "{name}: speakers {ss:.1}%, as written {speakers:.1}%"
        );
    }
}
