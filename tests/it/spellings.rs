//! The ways papers spell the same words, applied to a test's text: the analysis should read
//! them alike.

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
    let letter = |c: Option<&char>| c.is_some_and(|&c| ('\u{0621}'..='\u{064A}').contains(&c));
    (0..chars.len())
        .map(|i| {
            if chars[i] == 'ي' && !letter(chars.get(i + 1)) {
                'ى'
            } else {
                chars[i]
            }
        })
        .collect()
}

#[test]
fn the_spellings_change_what_they_say_only() {
    assert_eq!(bare_alef("أكد إبراهيم آل"), "اكد ابراهيم ال");
    assert_eq!(
        final_yaa_as_alef_maqsura("في الذي «علي» يلي، السوداني."),
        "فى الذى «على» يلى، السودانى."
    );
    assert_eq!(final_yaa_as_alef_maqsura("يوم بيت"), "يوم بيت");
}
