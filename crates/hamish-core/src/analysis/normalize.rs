//! Arabic normalisation for the analysis: matching keys and clitics.
//!
//! The matching key ([`key_char`] / [`key`]) used for entities and gazetteers is the one Arabic
//! fold with everything folded ([`crate::fold::Fold::KEY`]): marks, tatweel and joiners dropped;
//! أ إ آ ٱ → ا, ى → ي, ة → ه, ؤ → و, ئ → ي, Persian ی/ک → ي/ك, Arabic-Indic digits → ASCII
//! digits, Latin lower-cased.

use crate::fold::Fold;
pub use crate::fold::is_mark;

/// A matching key without the pronoun written on its end (`ه`, `ها`, `هم`: `وصفته` → `وصفت`,
/// `بوصوله` → `بوصول`), or `None` when it ends in none. At most one of them can end a word.
pub fn without_pronoun(key: &str) -> Option<&str> {
    ["ه", "ها", "هم"].iter().find_map(|p| key.strip_suffix(p))
}

/// The matching key of one character: `None` when ignored (see the module docs).
#[inline]
pub fn key_char(c: char) -> Option<char> {
    // most characters of a text are Arabic letters the fold leaves as they are (from ب to ي but
    // ة, the tatweel and ى): answered without the fold's general path, which the compiler does not
    // always inline into the key loops
    if kept_letter(c) {
        return Some(c);
    }
    Fold::KEY.char(c)
}

/// Whether `c` is one of the Arabic letters from ب to ي that the key keeps as it is (all but ة,
/// the tatweel and ى): the fast path of [`key_char`] and [`key_into`].
#[inline]
fn kept_letter(c: char) -> bool {
    ('\u{0628}'..='\u{064A}').contains(&c) && !matches!(c, 'ة' | '\u{0640}' | 'ى')
}

/// The matching key of a string (see [`key_char`]).
pub fn key(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    key_into(s, &mut out);
    out
}

/// Whether `s` is a matching key already: every character one that [`key_char`] keeps as it
/// is. A literal compared with keys must be one, or it never matches (`"هيئه"` for the key
/// `هييه`); the analysis' literals are checked so by a test (`key_literals`). `const`, so a
/// list can be checked when it is compiled.
pub const fn is_key(s: &str) -> bool {
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        // decode one UTF-8 character (the string is valid UTF-8)
        let (c, len) = match b[i] {
            x if x < 0x80 => (x as u32, 1),
            x if x < 0xE0 => (((x & 0x1F) as u32) << 6 | (b[i + 1] & 0x3F) as u32, 2),
            x if x < 0xF0 => (
                ((x & 0x0F) as u32) << 12
                    | ((b[i + 1] & 0x3F) as u32) << 6
                    | (b[i + 2] & 0x3F) as u32,
                3,
            ),
            x => (
                ((x & 0x07) as u32) << 18
                    | ((b[i + 1] & 0x3F) as u32) << 12
                    | ((b[i + 2] & 0x3F) as u32) << 6
                    | (b[i + 3] & 0x3F) as u32,
                4,
            ),
        };
        if !key_keeps(c) {
            return false;
        }
        i += len;
    }
    true
}

/// Whether [`key_char`] keeps the character with code point `c` as it is (checked against it
/// for every character by a test).
const fn key_keeps(c: u32) -> bool {
    !matches!(c,
        // the marks, tatweel and joiners every fold drops
        0x0610..=0x061A
        | 0x064B..=0x065F
        | 0x0670
        | 0x06D6..=0x06DC
        | 0x06DF..=0x06E4
        | 0x06E7..=0x06E8
        | 0x06EA..=0x06ED
        | 0x0640
        | 0x200C
        | 0x200D
        // أ إ آ ٱ, ى, ة, ؤ ئ, Persian ی ک
        | 0x0622 | 0x0623 | 0x0625 | 0x0671
        | 0x0649
        | 0x0629
        | 0x0624 | 0x0626
        | 0x06CC | 0x06A9
        // Arabic-Indic digits, Latin capitals
        | 0x0660..=0x0669
        | 0x06F0..=0x06F9
        | 0x41..=0x5A
    )
}

/// Whether a word as `written` can be the word `full`, written with all its hamzas: the same
/// matching key, and where the writer wrote a hamza or a form of alef, yaa or taa, the one of
/// `full` (`اما` and `أما` are `أما`; `إما` is not). What a bare letter leaves open is open:
/// much news writes alef without its hamza, and ى for a final ي or the other way round. Marks
/// and tatweel in `written` are skipped.
pub fn agrees(written: &str, full: &str) -> bool {
    let mut f = full.chars();
    for w in written.chars() {
        if crate::fold::is_ignored(w) {
            continue;
        }
        let Some(c) = f.next() else { return false };
        let open = match w {
            'ا' => matches!(c, 'أ' | 'إ' | 'آ' | 'ٱ'),
            'ي' | 'ى' => matches!(c, 'ي' | 'ى' | 'ئ'),
            'ه' => c == 'ة',
            'و' => c == 'ؤ',
            _ => false,
        };
        if w != c && !open {
            return false;
        }
    }
    f.next().is_none()
}

/// Whether the word `w` as written is one of the words listed with all their hamzas ([`agrees`]):
/// for the few words that a hamza tells apart from others with their key (`إن` opens a
/// speaker's own words, `أن` does not; `أما` is "as for", `إما` "either").
macro_rules! written {
    ($w:expr, $($full:literal)|+ $(,)?) => {{
        let w: &str = $w;
        false $(|| $crate::analysis::normalize::agrees(w, $full))+
    }};
}
pub(crate) use written;

/// Appends the matching key of `s` to `out`.
pub fn key_into(s: &str, out: &mut String) {
    // nearly every character of a word is one the key keeps: runs of them are copied as they
    // are written, and only the others are folded one by one (pushing each character encoded
    // it again, which made keys a measurable part of reading varied text)
    let mut run = 0;
    for (i, c) in s.char_indices() {
        let plain = if c.is_ascii() {
            !c.is_ascii_uppercase()
        } else {
            kept_letter(c) || key_keeps(c as u32)
        };
        if plain {
            continue;
        }
        out.push_str(&s[run..i]);
        if let Some(k) = key_char(c) {
            out.push(k);
        }
        run = i + c.len_utf8();
    }
    out.push_str(&s[run..]);
}

/// Clitic analysis of a matching key: the ways the word can be read as proclitics + stem.
///
/// Returns `(proclitic_chars, stem)` candidates, longest stem (no stripping) first. Proclitics are
/// a conjunction (و ف), then a preposition (ب ل ك), then the article ال; `لل` is read as ل + ال and the
/// stem then gets its article back (`للتحالف` → `التحالف`). Every stem keeps at least two letters.
pub fn clitic_readings(key: &str) -> Vec<(usize, String)> {
    let mut out: Vec<(usize, String)> = vec![(0, key.to_owned())];
    let chars: Vec<char> = key.chars().collect();
    let n = chars.len();
    let push = |skip: usize, stem: String, out: &mut Vec<(usize, String)>| {
        if stem.chars().count() >= 2 && !out.iter().any(|(_, s)| *s == stem) {
            out.push((skip, stem));
        }
    };
    let mut i = 0;
    // conjunction
    if n > 2 && matches!(chars[0], 'و' | 'ف') {
        i = 1;
        push(i, chars[i..].iter().collect(), &mut out);
    }
    // preposition (+ article)
    for start in [0, i] {
        if n > start + 2 && matches!(chars[start], 'ب' | 'ل' | 'ك') {
            let rest: String = chars[start + 1..].iter().collect();
            if chars[start] == 'ل' && chars.get(start + 1) == Some(&'ل') && n > start + 3 {
                // لل = ل + ال : restore the article
                push(start + 1, format!("ا{rest}"), &mut out);
            }
            push(start + 1, rest, &mut out);
        }
    }
    // bare stems without the article, for every reading that has one
    let with_article: Vec<(usize, String)> = out
        .iter()
        .filter(|(_, s)| s.starts_with("ال") && s.chars().count() > 3)
        .cloned()
        .collect();
    for (skip, s) in with_article {
        push(skip + 2, s.chars().skip(2).collect(), &mut out);
    }
    out
}

/// The readings of [`clitic_readings`] that drop only a conjunction or a preposition, never the
/// article of a name that carries it (`والعراق` → `والعراق`, `العراق`; not `عراق`).
pub fn proclitic_readings(key: &str) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    let mut buf = String::new();
    for_each_proclitic_reading(key, &mut buf, |r| {
        if !out.iter().any(|o| o == r) {
            out.push(r.to_owned());
        }
    });
    out
}

/// [`proclitic_readings`] without allocating (except into `buf`, for `لل` read as ل + ال): calls
/// `f` with each reading, the word itself first; a reading may come twice.
pub fn for_each_proclitic_reading(key: &str, buf: &mut String, mut f: impl FnMut(&str)) {
    f(key);
    // most words begin with a letter no clitic is written with: no other reading
    if !key.starts_with(['و', 'ف', 'ب', 'ل', 'ك']) {
        return;
    }
    let mut first = [(0usize, '\0'); 5];
    let mut n = 0;
    for (i, c) in key.char_indices() {
        if n == first.len() {
            break;
        }
        first[n] = (i, c);
        n += 1;
    }
    // (`n` is only compared with 4 at most: five letters read are as good as all of them, and
    // counting the rest of every word cost 1.4% of the time on varied text)
    let c = |i: usize| if i < first.len() { first[i].1 } else { '\0' };
    let off = |i: usize| {
        if i < first.len() && i < n {
            first[i].0
        } else {
            key.len()
        }
    };
    let conj = n > 2 && matches!(c(0), 'و' | 'ف');
    if conj {
        f(&key[off(1)..]);
    }
    let starts: &[usize] = if conj { &[0, 1] } else { &[0] };
    for &start in starts {
        if n > start + 2 && matches!(c(start), 'ب' | 'ل' | 'ك') {
            let rest = &key[off(start + 1)..];
            if c(start) == 'ل' && c(start + 1) == 'ل' && n > start + 3 {
                buf.clear();
                buf.push('ا');
                buf.push_str(rest);
                f(buf);
            }
            f(rest);
        }
    }
}

/// The stem the entity model uses: strips a conjunction, a preposition and the article when enough
/// of the word remains (at least three letters).
pub fn stem(key: &str) -> &str {
    let mut s = key;
    // (compared with 5 at most: the letters past the fifth are not counted)
    let len = |s: &str| s.chars().take(5).count();
    if let Some(r) = s.strip_prefix(['و', 'ف'])
        && len(r) >= 3
    {
        s = r;
    }
    if let Some(r) = s.strip_prefix("لل")
        && len(r) >= 3
    {
        return r;
    }
    if let Some(r) = s.strip_prefix(['ب', 'ل', 'ك'])
        && r.starts_with("ال")
        && len(r) >= 5
    {
        s = r;
    }
    if let Some(r) = s.strip_prefix("ال")
        && len(r) >= 3
    {
        s = r;
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn key_char_is_the_key_fold_for_every_character() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            assert_eq!(key_char(c), Fold::KEY.char(c), "{c:?} U+{:04X}", c as u32);
        }
    }

    proptest::proptest! {
        #[test]
        fn key_into_folds_every_character_as_key_char(
            s in "[\\u{0600}-\\u{06FF}a-zA-Z0-9 \\u{200C}\\u{200D}\\u{0660}-\\u{0669}\\u{1F600}é]{0,24}",
            prefix in "[a-zب]{0,3}",
        ) {
            let mut out = prefix.clone();
            key_into(&s, &mut out);
            let want: String = prefix.chars().chain(s.chars().filter_map(key_char)).collect();
            proptest::prop_assert_eq!(out, want);
        }
    }

    #[test]
    fn is_key_is_what_key_keeps() {
        for c in (0..=0x10FFFF).filter_map(char::from_u32) {
            let mut b = [0; 4];
            assert_eq!(
                is_key(c.encode_utf8(&mut b)),
                key_char(c) == Some(c),
                "U+{:04X}",
                c as u32
            );
        }
        assert!(is_key("هييه 2020 cnn"));
        assert!(!is_key("هيئه"));
        assert!(!is_key("مولفة"));
        assert!(is_key(""));
    }

    #[test]
    fn written_words_agree_where_the_writer_wrote_a_hamza() {
        assert!(agrees("أما", "أما"));
        assert!(agrees("اما", "أما"));
        assert!(!agrees("إما", "أما"));
        assert!(agrees("إنّه", "إنه"));
        assert!(agrees("انه", "إنه"));
        assert!(!agrees("أنه", "إنه"));
        assert!(agrees("فى", "في"));
        assert!(agrees("احدى", "إحدى"));
        assert!(agrees("احدي", "إحدى"));
        assert!(agrees("ثلاثه", "ثلاثة"));
        assert!(!agrees("ثلاثة", "ثلاثه"), "a taa marbuta written is one");
        assert!(!agrees("إن", "إنه"));
        assert!(!agrees("إنه", "إن"));
        assert!(written!("ايها", "يا" | "أيها"));
        assert!(!written!("أيضا", "يا" | "أيها"));
    }

    #[test]
    fn key_folds_more() {
        assert_eq!(key("سوريةٌ"), "سوريه");
        assert_eq!(key("مؤتمر"), "موتمر");
        assert_eq!(key("٢٠٢٠ CNN"), "2020 cnn");
    }

    #[test]
    fn clitic_readings_cover_common_prefixes() {
        let r = |w: &str| -> Vec<String> {
            clitic_readings(&key(w)).into_iter().map(|x| x.1).collect()
        };
        assert!(r("وكازاخستان").contains(&"كازاخستان".to_string()));
        assert!(r("بسورية").contains(&"سوريه".to_string()));
        assert!(r("للتحالف").contains(&"التحالف".to_string()));
        assert!(r("والعراق").contains(&"العراق".to_string()));
        assert!(r("بالعراق").contains(&"العراق".to_string()));
        assert_eq!(r("بغداد")[0], "بغداد");
        assert_eq!(stem(&key("وبالمدينة")), "مدينه");
        for w in [
            "وكازاخستان",
            "بسورية",
            "للتحالف",
            "والعراق",
            "بالعراق",
            "بغداد",
            "ولل",
            "وب",
            "فللاستثمار",
        ] {
            let k = key(w);
            let mut old: Vec<String> = {
                let all = clitic_readings(&k);
                let stems: Vec<&str> = all.iter().map(|(_, s)| s.as_str()).collect();
                stems
                    .iter()
                    .filter(|s| !stems.iter().any(|o| o.strip_prefix("ال") == Some(**s)))
                    .map(|s| (*s).to_owned())
                    .collect()
            };
            let mut new = proclitic_readings(&k);
            old.sort();
            new.sort();
            assert_eq!(old, new, "{w}");
        }
        assert_eq!(stem(&key("للتحالف")), "تحالف");
        assert_eq!(stem("بوتين"), "بوتين");
    }
}
