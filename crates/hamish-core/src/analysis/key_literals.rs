#![cfg(test)]
//! Every Arabic literal in the analysis' code is a matching key.
//!
//! The analysis compares words by their keys ([`normalize::key`]), which hold no hamza seat, no
//! alef with a hamza, no ة and no ى. A literal written with one of them (`"هيئه"`, `"مئات"`) is
//! compared with keys that can never equal it: the rule it belongs to is silently dead, and
//! nothing else shows it. So this test reads the analysis' sources and asks every Arabic string
//! literal outside tests and comments to be a key ([`normalize::is_key`]). The only literals
//! written in full are those of [`normalize::written`], which compares a word as written, for the
//! few words a hamza tells apart.

use std::path::{Path, PathBuf};

use super::normalize;

/// The Arabic string literals of a Rust source, with their line numbers, outside comments, items
/// under `#[cfg(test)]` (and a file that begins with `#![cfg(test)]`) and `written!(…)`.
fn arabic_literals(src: &str) -> Vec<(usize, String)> {
    if src.trim_start().starts_with("#![cfg(test)]") {
        return Vec::new();
    }
    let b: Vec<char> = src.chars().collect();
    let at = |i: usize, s: &str| s.chars().enumerate().all(|(k, c)| b.get(i + k) == Some(&c));
    let ident = |c: char| c.is_alphanumeric() || c == '_';
    let arabic = |s: &str| s.chars().any(|c| ('\u{0600}'..='\u{06FF}').contains(&c));
    let mut out = Vec::new();
    let (mut line, mut i) = (1, 0);
    let (mut braces, mut parens) = (0usize, 0usize);
    // a test item: the brace depth at its attribute, and whether its body has opened
    let mut test_item: Option<(usize, bool)> = None;
    // `written!(`: the paren depth outside it
    let mut written: Option<usize> = None;
    while i < b.len() {
        let c = b[i];
        if c == '\n' {
            line += 1;
        }
        if at(i, "//") {
            while i < b.len() && b[i] != '\n' {
                i += 1;
            }
            continue;
        }
        if at(i, "/*") {
            while i < b.len() && !at(i, "*/") {
                line += usize::from(b[i] == '\n');
                i += 1;
            }
            i += 2;
            continue;
        }
        if at(i, "#[cfg(test)]") {
            test_item = Some((braces, false));
            i += "#[cfg(test)]".len();
            continue;
        }
        if (i == 0 || !ident(b[i - 1])) && at(i, "written!(") {
            written = Some(parens);
            parens += 1;
            i += "written!(".len();
            continue;
        }
        // a raw string (`r#"…"#`): read as a plain one, up to its own end
        if c == 'r' && (i == 0 || !ident(b[i - 1])) {
            let hashes = b[i + 1..].iter().take_while(|&&h| h == '#').count();
            if b.get(i + 1 + hashes) == Some(&'"') {
                let start_line = line;
                let end: String = std::iter::once('"')
                    .chain("#".repeat(hashes).chars())
                    .collect();
                let mut s = String::new();
                i += 2 + hashes;
                while i < b.len() && !at(i, &end) {
                    line += usize::from(b[i] == '\n');
                    s.push(b[i]);
                    i += 1;
                }
                i += end.chars().count();
                if test_item.is_none() && written.is_none() && arabic(&s) {
                    out.push((start_line, s));
                }
                continue;
            }
        }
        match c {
            '"' => {
                let start_line = line;
                let mut s = String::new();
                i += 1;
                while i < b.len() && b[i] != '"' {
                    if b[i] == '\\' {
                        s.push(b[i]);
                        i += 1;
                    }
                    line += usize::from(b[i] == '\n');
                    s.push(b[i]);
                    i += 1;
                }
                if test_item.is_none() && written.is_none() && arabic(&s) {
                    out.push((start_line, s));
                }
            }
            // a character literal (`'"'`, `'\''`), not a lifetime (`'a`)
            '\'' if b.get(i + 1) == Some(&'\\') => {
                i += 2;
                while i < b.len() && b[i] != '\'' {
                    i += 1;
                }
            }
            '\'' if b.get(i + 2) == Some(&'\'') => i += 2,
            '{' => {
                braces += 1;
                if let Some((_, opened)) = test_item.as_mut() {
                    *opened = true;
                }
            }
            '}' => {
                braces = braces.saturating_sub(1);
                if test_item.is_some_and(|(depth, opened)| opened && braces == depth) {
                    test_item = None;
                }
            }
            ';' if test_item.is_some_and(|(depth, opened)| !opened && braces == depth) => {
                test_item = None;
            }
            '(' => parens += 1,
            ')' => {
                parens = parens.saturating_sub(1);
                if written == Some(parens) {
                    written = None;
                }
            }
            _ => {}
        }
        i += 1;
    }
    out
}

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

#[test]
fn every_arabic_literal_of_the_analysis_is_a_key() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("src/analysis");
    let mut files = Vec::new();
    rust_files(&dir, &mut files);
    files.sort();
    assert!(files.len() > 10, "the analysis' sources: {}", dir.display());
    let mut bad = Vec::new();
    let mut seen = 0;
    for path in &files {
        let src = std::fs::read_to_string(path).unwrap();
        for (line, lit) in arabic_literals(&src) {
            seen += 1;
            if !normalize::is_key(&lit) {
                let name = path.strip_prefix(&dir).unwrap_or(path).display();
                bad.push(format!(
                    "{name}:{line}: \"{lit}\" (its key: \"{}\")",
                    normalize::key(&lit)
                ));
            }
        }
    }
    assert!(
        seen > 1000,
        "only {seen} Arabic literals read: is the lexer lost?"
    );
    assert!(
        bad.is_empty(),
        "literals that no key can equal (write the key, or compare the written word with \
         `written!`):\n{}",
        bad.join("\n")
    );
}

#[test]
fn the_literals_read_skip_comments_tests_and_written_words() {
    let src = r##"
fn a(k: &str) -> bool {
    // "هيئة" in a comment
    let q = '"';
    let l: &'static str = "x";
    let r = r#"ظ"ة"#;
    matches!(k, "هييه" | "مولف") && written!(k, "أما" | "وأما") || k == "بئر"
}
/* "مؤتمر" */
#[cfg(test)]
mod tests {
    fn t() { let s = "مؤتمر"; }
}
#[cfg(test)]
const T: &str = "مئات";
const U: &str = "الرئاسة";
"##;
    let found: Vec<(usize, String)> = arabic_literals(src);
    let want: Vec<(usize, String)> = [
        (6, "ظ\"ة"),
        (7, "هييه"),
        (7, "مولف"),
        (7, "بئر"),
        (16, "الرئاسة"),
    ]
    .into_iter()
    .map(|(l, s)| (l, s.to_owned()))
    .collect();
    assert_eq!(found, want);
    assert!(arabic_literals("#![cfg(test)]\nconst A: &str = \"مئات\";").is_empty());
}
