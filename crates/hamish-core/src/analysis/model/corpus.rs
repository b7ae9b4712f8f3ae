//! Labelled corpora: `token TAG` files, tags, and the BIO rules.

use super::allowed;

/// A labelled sentence: words and gold labels (indices into [`super::LABELS`]).
#[derive(Debug, Clone)]
pub struct Sentence {
    pub words: Vec<String>,
    pub labels: Vec<u8>,
}

/// Maps a corpus tag (ANERcorp or AQMAR spelling) to a label index; unknown tags are `O`.
pub fn label_index(tag: &str) -> u8 {
    let tag = tag.trim();
    let (bi, class) = match tag.split_once('-') {
        Some((b, c)) => (b, c.trim_start_matches('-')),
        None => return 0,
    };
    let base = match class {
        c if c.starts_with("PER") => 1,
        c if c.starts_with("LOC") => 3,
        c if c.starts_with("ORG") => 5,
        c if c.starts_with("MIS") => 7,
        _ => return 0,
    };
    match bi {
        "B" => base,
        "I" => base + 1,
        _ => 0,
    }
}

/// Parses a `token TAG` file (blank line between sentences).
pub fn read_conll(text: &str) -> Vec<Sentence> {
    let mut out = Vec::new();
    let mut cur = Sentence {
        words: Vec::new(),
        labels: Vec::new(),
    };
    for line in text.lines() {
        let line = line.trim_end_matches('\r');
        let mut parts = line.split_whitespace();
        match (parts.next(), parts.next_back()) {
            (Some(w), Some(tag)) => {
                cur.words.push(w.to_owned());
                cur.labels.push(label_index(tag));
            }
            _ => {
                if !cur.words.is_empty() {
                    fix_bio(&mut cur.labels);
                    out.push(std::mem::replace(
                        &mut cur,
                        Sentence {
                            words: Vec::new(),
                            labels: Vec::new(),
                        },
                    ));
                }
            }
        }
    }
    if !cur.words.is_empty() {
        fix_bio(&mut cur.labels);
        out.push(cur);
    }
    out
}

/// Turns an I- label that does not continue its entity into a B- label.
pub fn fix_bio(labels: &mut [u8]) {
    let mut prev: Option<usize> = None;
    for l in labels.iter_mut() {
        if !allowed(prev, *l as usize) {
            *l -= 1;
        }
        prev = Some(*l as usize);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_mapping() {
        assert_eq!(label_index("B-PER"), 1);
        assert_eq!(label_index("I-PERS"), 2);
        assert_eq!(label_index("B-MIS2"), 7);
        assert_eq!(label_index("I--ORG"), 6);
        assert_eq!(label_index("OO"), 0);
        assert_eq!(label_index("IO"), 0);
    }
}
