//! One entry per entity: the mentions of one entity in an article, under the name it goes by.
//!
//! News names a person in full once (`فلاديمير بوتين`) and then by the surname (`بوتين`,
//! `وبوتين`), a place or an organisation by the start of its name (`الإمارات` for
//! `الإمارات العربية المتحدة`). [`resolve`] gives every entity of an article its CANONICAL name:
//! the fuller mention of the same kind in that article that the mention is part of (and the fuller
//! one that this one is part of, and so on), without the clitics of its first word; [`group_by_ref`] lists the entities of a text, one per canonical name,
//! with their mentions.
//!
//! "Part of": for a person, the mention's words begin or end the fuller name (a given name or a
//! surname) or, for two words or more, lie anywhere inside it; for a place, an organisation or
//! another name, they begin it (`مصر` is not `صعيد مصر`). When several fuller names fit
//! (`سلمان` in an article about `محمد بن سلمان` and `سلمان بن عبد العزيز`), the nearest one before
//! the mention wins, else the nearest after it.

use std::ops::Range;
use std::sync::Arc;

use super::gazetteer::Gazetteer;
use super::model::{FastMap, FastSet};
use super::normalize;
use super::tokens::{TokenClass, tokenize};
use super::{Kind, Span};

/// A mention: its words' keys and the name as written (both without the clitics of the first
/// word).
struct Mention {
    keys: Vec<String>,
    shown: String,
}

/// The words of an entity span as (key, byte offset of the word in `written`).
type Words = Vec<(String, usize)>;

/// The [`Words`] of an entity span.
fn words_of(written: &str) -> Words {
    tokenize(written)
        .into_iter()
        .filter(|t| t.class != TokenClass::Punct)
        .map(|t| (normalize::key(&written[t.range.clone()]), t.range.start))
        .collect()
}

/// Number of bytes of `written` that hold its first `letters` letters (characters with a key).
fn letters_len(written: &str, letters: usize) -> usize {
    let mut n = 0;
    for (i, c) in written.char_indices() {
        if n == letters {
            return i;
        }
        if normalize::key_char(c).is_some() {
            n += 1;
        }
    }
    written.len()
}

/// The mention without the clitics of its first word, when the bare word is known: a word of
/// another mention of the same kind in the article (`known`) or, with the rest, a gazetteer name of
/// that kind (`وروسيا` → `روسيا`; `وليد` stays `وليد`). `words` are the mention's [`words_of`].
fn bare(
    written: &str,
    words: Words,
    kind: Kind,
    known: &dyn Fn(&str) -> bool,
    g: &Gazetteer,
) -> Mention {
    let mut words = words.into_iter();
    let Some((first, at)) = words.next() else {
        return Mention {
            keys: Vec::new(),
            shown: written.to_owned(),
        };
    };
    let rest: Vec<String> = words.map(|w| w.0).collect();
    let mut p = String::new();
    let mut is_name = |r: &str| {
        known(r) || {
            p.clear();
            p.push_str(r);
            for k in &rest {
                p.push(' ');
                p.push_str(k);
            }
            g.phrase_kind(&p) == Some(kind)
        }
    };
    // the shortest reading other than the word itself that is a name (the first of the shortest)
    let mut reading: Option<String> = None;
    let mut buf = String::new();
    normalize::for_each_proclitic_reading(&first, &mut buf, |r| {
        if r != first
            && reading
                .as_ref()
                .is_none_or(|b| r.chars().count() < b.chars().count())
            && is_name(r)
        {
            reading = Some(r.to_owned());
        }
    });
    let shown = match &reading {
        None => written[at..].to_owned(),
        Some(r) => {
            // drop as many letters as the reading dropped; لل read as ل + ال gives the article back
            let article_back = !first.ends_with(r.as_str());
            let dropped = first.chars().count() - r.chars().count() + usize::from(article_back);
            let cut = at + letters_len(&written[at..], dropped);
            if article_back {
                format!("ا{}", &written[cut..])
            } else {
                written[cut..].to_owned()
            }
        }
    };
    let mut keys = rest;
    keys.insert(0, reading.unwrap_or(first));
    Mention { keys, shown }
}

/// Whether a mention with words `part` can name the entity called `full` (see the module docs).
fn part_of(part: &[String], full: &[String], kind: Kind, g: &Gazetteer) -> bool {
    let n = part.len();
    if n == 0 || n >= full.len() {
        return false;
    }
    if full[..n] == *part {
        // a listed place and one of its quarters or halves (`القدس` and `القدس الشرقية`,
        // `الخرطوم` and `الخرطوم بحري`, `كوريا` and `كوريا الجنوبية`) are two places; a word that
        // is no place on its own (`الضفة`) still stands for the whole name
        return !(kind == Kind::Place
            && full[n..].iter().all(|k| is_quarter(k))
            && is_listed_place(part, g));
    }
    kind == Kind::Person
        && (full[full.len() - n..] == *part || (n >= 2 && full.windows(n).any(|w| w == part)))
}

/// Whether a word key names a part of a place: a point of the compass or an old, new, greater or
/// lesser part (`الشرقية`, `بحري`, `القديمة`, `الكبرى`).
fn is_quarter(key: &str) -> bool {
    static QUARTERS: std::sync::OnceLock<FastSet<String>> = std::sync::OnceLock::new();
    QUARTERS
        .get_or_init(|| {
            "الشرقيه الغربيه الشماليه الجنوبيه الشرقي الغربي الشمالي الجنوبي بحري القديمه \
             الجديده الكبري الصغري الوسطي العليا السفلي"
                .split_whitespace()
                .map(str::to_owned)
                .collect()
        })
        .contains(key)
}

/// Whether the words (keys) are, whole, a place of the gazetteer.
fn is_listed_place(keys: &[String], g: &Gazetteer) -> bool {
    let keys: Vec<Option<&str>> = keys.iter().map(|k| Some(k.as_str())).collect();
    g.find(&keys, 0)
        .is_some_and(|m| m.words == keys.len() && m.kind == Kind::Place)
}

/// Sets [`Span::canonical`] of the entity spans among `spans` (byte ranges into `text`), which
/// must be the spans of ONE article (names are not carried from one article to another);
/// quotation spans are left as they are.
pub fn resolve(text: &str, spans: &mut [Span]) {
    let g = Gazetteer::get();
    let slot = |k: Kind| k as usize;
    // an article names the same entity the same way again and again: each distinct (kind, text)
    // is read once, and its mentions share that reading
    let mut distinct: FastMap<(Kind, &str), u32> = FastMap::default();
    let mut readings: Vec<(Kind, &str, Words)> = Vec::new();
    let of: Vec<Option<u32>> = spans
        .iter()
        .map(|s| {
            (s.kind != Kind::Quote).then(|| {
                let written = text.get(s.range.clone()).unwrap_or("");
                *distinct.entry((s.kind, written)).or_insert_with(|| {
                    readings.push((s.kind, written, words_of(written)));
                    (readings.len() - 1) as u32
                })
            })
        })
        .collect();
    // the words of every mention, by kind, for telling a clitic from a letter of the name (one
    // set per kind, so that a lookup needs no owned key)
    let mut words: [FastSet<String>; 5] = Default::default();
    for (kind, _, w) in &readings {
        for (k, _) in w {
            if !words[slot(*kind)].contains(k) {
                words[slot(*kind)].insert(k.clone());
            }
        }
    }
    let read: Vec<Mention> = readings
        .into_iter()
        .map(|(kind, written, w)| {
            let known = |r: &str| words[slot(kind)].contains(r);
            bare(written, w, kind, &known, g)
        })
        .collect();
    let mentions: Vec<Option<&Mention>> = of.iter().map(|m| m.map(|m| &read[m as usize])).collect();
    // each mention's nearest fuller name (before it, else after it), whose words are strictly
    // more: following these links ends at the canonical name. A fuller name holds the mention's
    // first word, so only the mentions holding that word are looked at, with their number of
    // words, so that the many no longer than the mention (a place named a hundred times in a
    // long article) are passed over without reading them.
    let mut holding: FastMap<(Kind, &str), Vec<(usize, usize)>> = Default::default();
    for (j, m) in mentions.iter().enumerate() {
        // (one word is fuller than none)
        if let Some(m) = m.filter(|m| m.keys.len() >= 2) {
            let mut seen: Vec<&str> = Vec::new();
            for k in &m.keys {
                if !seen.contains(&k.as_str()) {
                    seen.push(k);
                    holding
                        .entry((spans[j].kind, k))
                        .or_default()
                        .push((j, m.keys.len()));
                }
            }
        }
    }
    let fuller: Vec<Option<usize>> = (0..spans.len())
        .map(|i| {
            let m = mentions[i]?;
            let kind = spans[i].kind;
            let candidates = holding.get(&(kind, m.keys.first()?.as_str()))?;
            let n = m.keys.len();
            let fits = |&&(j, len): &&(usize, usize)| {
                len > n && mentions[j].is_some_and(|c| part_of(&m.keys, &c.keys, kind, g))
            };
            // candidates are in text order
            let at = candidates.partition_point(|&(j, _)| j < i);
            candidates[..at]
                .iter()
                .rev()
                .find(fits)
                .or_else(|| candidates[at..].iter().find(fits))
                .map(|&(j, _)| j)
        })
        .collect();
    // one shared name per distinct canonical name (the first mention's way of writing it)
    let mut names: FastMap<(Kind, &[String]), Arc<str>> = FastMap::default();
    for (i, span) in spans.iter_mut().enumerate() {
        let mut top = i;
        while let Some(j) = fuller[top] {
            top = j;
        }
        let (Some(target), kind) = (&mentions[top], span.kind) else {
            continue;
        };
        let name = names
            .entry((kind, target.keys.as_slice()))
            .or_insert_with(|| target.shown.as_str().into());
        span.canonical = Some(name.clone());
    }
}

/// An entity of a text, with all its mentions.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct EntityRef {
    pub kind: Kind,
    /// Its canonical name (see [`resolve`]).
    pub name: String,
    /// The byte ranges of its mentions, in text order.
    pub mentions: Vec<Range<usize>>,
}

/// The entities among `spans` (byte ranges into `text`, as [`super::analyze`] gives them), one per
/// kind and canonical name (compared by matching key, so the same name in two articles is one
/// entity), most mentioned first (then by first mention). A span without a canonical name counts
/// under its own text; quotations are left out.
pub fn group_by_ref(text: &str, spans: &[Span]) -> Vec<EntityRef> {
    let mut index: std::collections::HashMap<(Kind, String), usize> = Default::default();
    let mut out: Vec<EntityRef> = Vec::new();
    for s in spans.iter().filter(|s| s.kind != Kind::Quote) {
        let name = match &s.canonical {
            Some(n) => n.as_ref(),
            None => text.get(s.range.clone()).unwrap_or(""),
        };
        let at = *index
            .entry((s.kind, normalize::key(name)))
            .or_insert_with(|| {
                out.push(EntityRef {
                    kind: s.kind,
                    name: name.to_owned(),
                    mentions: Vec::new(),
                });
                out.len() - 1
            });
        out[at].mentions.push(s.range.clone());
    }
    for e in &mut out {
        e.mentions.sort_by_key(|r| (r.start, r.end));
    }
    out.sort_by(|a, b| {
        b.mentions
            .len()
            .cmp(&a.mentions.len())
            .then(a.mentions[0].start.cmp(&b.mentions[0].start))
    });
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Entity spans over every occurrence of each (name, kind), in text order.
    fn spans(text: &str, names: &[(&str, Kind)]) -> Vec<Span> {
        let mut v: Vec<Span> = names
            .iter()
            .flat_map(|(n, k)| {
                text.match_indices(n)
                    .map(move |(i, m)| Span::new(*k, i..i + m.len()))
            })
            .collect();
        v.sort_by_key(|s| s.range.start);
        // a name found inside a longer one of the list is not a mention of its own
        let all = v.clone();
        v.retain(|s| {
            !all.iter().any(|o| {
                o.range != s.range && o.range.start <= s.range.start && s.range.end <= o.range.end
            })
        });
        v
    }

    fn canon(text: &str, spans: &[Span]) -> Vec<(String, String)> {
        spans
            .iter()
            .map(|s| {
                (
                    text[s.range.clone()].to_owned(),
                    s.canonical.as_deref().unwrap_or("").to_owned(),
                )
            })
            .collect()
    }

    #[test]
    fn a_surname_and_a_clitic_take_the_full_name() {
        let text = "قال بوتين إن روسيا مستعدة. واستقبل فلاديمير بوتين وزير خارجية الإمارات العربية المتحدة. وأكد وبوتين ذلك لوفد الإمارات ولروسيا.";
        let mut s = spans(
            text,
            &[
                ("وبوتين", Kind::Person),
                ("فلاديمير بوتين", Kind::Person),
                ("بوتين", Kind::Person),
                ("الإمارات العربية المتحدة", Kind::Place),
                ("الإمارات", Kind::Place),
                ("ولروسيا", Kind::Place),
                ("روسيا", Kind::Place),
            ],
        );
        resolve(text, &mut s);
        let c = canon(text, &s);
        assert_eq!(c[0], ("بوتين".into(), "فلاديمير بوتين".into()));
        assert!(
            c.contains(&("وبوتين".into(), "فلاديمير بوتين".into())),
            "{c:?}"
        );
        assert!(c.contains(&("الإمارات".into(), "الإمارات العربية المتحدة".into())));
        assert!(c.contains(&("ولروسيا".into(), "روسيا".into())), "{c:?}");
        // mentions of one entity share one name
        let names: Vec<&Arc<str>> = s
            .iter()
            .filter(|x| x.kind == Kind::Person)
            .filter_map(|x| x.canonical.as_ref())
            .collect();
        assert!(names.windows(2).all(|w| Arc::ptr_eq(w[0], w[1])));
        let groups = group_by_ref(text, &s);
        assert_eq!(groups[0].name, "فلاديمير بوتين");
        assert_eq!(groups[0].kind, Kind::Person);
        assert_eq!(groups[0].mentions.len(), 3);
        assert!(
            groups
                .iter()
                .any(|g| g.name == "الإمارات العربية المتحدة" && g.mentions.len() == 2)
        );
    }

    #[test]
    fn names_are_not_stretched_across_kinds_or_into_other_places() {
        let text = "زار الوفد صعيد مصر ثم عاد إلى مصر. وقالت جامعة القاهرة إن القاهرة مدينة كبيرة. التقى وليد خالد.";
        let mut s = spans(
            text,
            &[
                ("صعيد مصر", Kind::Place),
                ("مصر", Kind::Place),
                ("جامعة القاهرة", Kind::Organization),
                ("القاهرة", Kind::Place),
                ("وليد", Kind::Person),
            ],
        );
        resolve(text, &mut s);
        let c = canon(text, &s);
        assert!(c.contains(&("مصر".into(), "مصر".into())), "{c:?}");
        assert!(c.contains(&("القاهرة".into(), "القاهرة".into())), "{c:?}");
        // و is part of وليد: no other mention or list says ليد
        assert!(c.contains(&("وليد".into(), "وليد".into())), "{c:?}");
    }

    #[test]
    fn a_quarter_of_a_listed_place_is_another_place() {
        let text = "وصل الوفد إلى القدس الشرقية ثم إلى القدس، وزار الخرطوم بحري قبل الخرطوم. وقالت كوريا الجنوبية إن كوريا موحدة تاريخيا. وفي الضفة الغربية قال سكان الضفة إن الوضع صعب.";
        let mut s = spans(
            text,
            &[
                ("القدس الشرقية", Kind::Place),
                ("القدس", Kind::Place),
                ("الخرطوم بحري", Kind::Place),
                ("الخرطوم", Kind::Place),
                ("كوريا الجنوبية", Kind::Place),
                ("كوريا", Kind::Place),
                ("الضفة الغربية", Kind::Place),
                ("الضفة", Kind::Place),
            ],
        );
        resolve(text, &mut s);
        let c = canon(text, &s);
        for w in ["القدس", "الخرطوم", "كوريا"] {
            assert!(c.contains(&(w.into(), w.into())), "{w}: {c:?}");
        }
        // الضفة is no place on its own: it stands for the whole name
        assert!(
            c.contains(&("الضفة".into(), "الضفة الغربية".into())),
            "{c:?}"
        );
    }

    #[test]
    fn of_two_fuller_names_the_nearest_before_wins() {
        let text = "استقبل محمد بن سلمان الوفد ثم قال سلمان إن اللقاء مثمر. ووصل سلمان بن عبد العزيز وقال سلمان كلمة.";
        let mut s = spans(
            text,
            &[
                ("محمد بن سلمان", Kind::Person),
                ("سلمان بن عبد العزيز", Kind::Person),
                ("سلمان", Kind::Person),
            ],
        );
        resolve(text, &mut s);
        let c = canon(text, &s);
        assert_eq!(c[1], ("سلمان".into(), "محمد بن سلمان".into()), "{c:?}");
        assert_eq!(
            c[3],
            ("سلمان".into(), "سلمان بن عبد العزيز".into()),
            "{c:?}"
        );
    }
}
