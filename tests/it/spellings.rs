//! The ways papers spell the same words, applied to a test's text: the analysis should read
//! them alike.

/// Whether `c` is an Arabic letter (hamza to yaa).
fn letter(c: char) -> bool {
    ('\u{0621}'..='\u{064A}').contains(&c)
}

/// The text with every alef written without its hamza (`أ إ آ` → `ا`), as much news online is.
pub fn bare_alef(s: &str) -> String {
    s.chars()
        .map(|c| {
            if matches!(c, 'أ' | 'إ' | 'آ') {
                'ا'
            } else {
                c
            }
        })
        .collect()
}

/// The text with a final `ي` written `ى`, as Egyptian papers write it (`فى`, `الذى`, `السودانى`).
pub fn final_yaa_as_alef_maqsura(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let letter_at = |c: Option<&char>| c.is_some_and(|&c| letter(c));
    (0..chars.len())
        .map(|i| {
            if chars[i] == 'ي' && !letter_at(chars.get(i + 1)) {
                'ى'
            } else {
                chars[i]
            }
        })
        .collect()
}

/// The text with the tanween of the accusative written on a final alef (`سابقاً`, `مضيفاً`,
/// `بياناً`), as many papers write it: after every word of four letters or more that ends in `ا`
/// and does not begin with the article (names too, which no paper does, and which the analysis
/// should read alike all the same).
pub fn tanween_on_final_alef(s: &str) -> String {
    let mut out = String::with_capacity(s.len() + s.len() / 8);
    let mut word = String::new();
    let flush = |word: &mut String, out: &mut String| {
        out.push_str(word);
        if word.ends_with('ا') && word.chars().count() >= 4 && !word.starts_with("ال") {
            out.push('\u{064B}');
        }
        word.clear();
    };
    for c in s.chars() {
        if letter(c) {
            word.push(c);
        } else {
            flush(&mut word, &mut out);
            out.push(c);
        }
    }
    flush(&mut word, &mut out);
    out
}

/// The text voweled throughout: a fatha after every Arabic letter that another follows, as no
/// paper writes, but as a voweled text (a school book, a holy text quoted) holds a haraka on
/// nearly every letter.
pub fn fatha_on_every_letter(s: &str) -> String {
    let chars: Vec<char> = s.chars().collect();
    let mut out = String::with_capacity(s.len() * 2);
    for (i, &c) in chars.iter().enumerate() {
        out.push(c);
        if letter(c) && chars.get(i + 1).is_some_and(|&n| letter(n)) {
            out.push('\u{064E}');
        }
    }
    out
}

#[test]
fn the_spellings_change_what_they_say_only() {
    assert_eq!(fatha_on_every_letter("قال: \"نعم\""), "قَاَل: \"نَعَم\"");
    assert_eq!(
        tanween_on_final_alef("وقال سابقا، مضيفا \"الاتفاق جيد جدا\" الدنيا ما"),
        "وقال سابقاً، مضيفاً \"الاتفاق جيد جدا\" الدنيا ما"
    );
    assert_eq!(bare_alef("أكد إبراهيم آل"), "اكد ابراهيم ال");
    assert_eq!(
        final_yaa_as_alef_maqsura("في الذي «علي» يلي، السوداني."),
        "فى الذى «على» يلى، السودانى."
    );
    assert_eq!(final_yaa_as_alef_maqsura("يوم بيت"), "يوم بيت");
}
