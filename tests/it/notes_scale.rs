//! Re-anchoring many notes in a big article that changed: every note is placed or orphaned as it
//! should be, within a bounded time. The default size runs in the normal suite (debug build); the
//! 12 MB case is `#[ignore]`d — run it with
//! `cargo test --release --test notes_scale -- --ignored --nocapture`.

use std::time::Instant;

use crate::common::Rng;
use hamish::document::Document;
use hamish::notes::{NoteStatus, Notebook};

/// Pseudo-random Arabic prose (varied words, so passages are not all alike), paragraphs of ~600 bytes.
fn article(bytes: usize, rng: &mut Rng) -> String {
    let letters: Vec<char> = "ابتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
    let mut out = String::with_capacity(bytes + 1000);
    let mut para = 0;
    while out.len() < bytes {
        let word_len = 2 + rng.index(6);
        for _ in 0..word_len {
            out.push(letters[rng.index(letters.len())]);
            if rng.index(5) == 0 {
                out.push('\u{064E}'); // a fatha now and then
            }
        }
        para += word_len;
        if para > 300 {
            out.push_str(".\n");
            para = 0;
        } else {
            out.push(' ');
        }
    }
    out.push('\n');
    out
}

fn run(bytes: usize, notes: usize) {
    let mut rng = Rng(0x9E37_79B9_7F4A_7C15);
    let original = article(bytes, &mut rng);
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("big.txt");
    std::fs::write(&path, &original).unwrap();
    let doc = Document::from_text(original.clone(), None);

    // Passages of 20–80 code points spread over the article, one per paragraph at most.
    let step = doc.paragraphs.len() / notes;
    assert!(step >= 1, "article too small for {notes} notes");
    let mut nb = Notebook::open(&path, &doc).unwrap();
    let mut passages = Vec::new();
    for i in 0..notes {
        let p = doc.paragraphs[i * step + 1].clone();
        // Whole letters: a passage never starts on a mark nor ends between a letter and its mark
        // (as selections in the reader do).
        let mark = |b: usize| doc.text[b..].starts_with('\u{064E}');
        let mut start = doc.byte_offset(doc.char_offset(p.start) + 10);
        while mark(start) {
            start += 2;
        }
        let mut end = doc.byte_offset(doc.char_offset(start) + 20 + rng.index(60));
        while mark(end) {
            end += 2;
        }
        let id = nb.add(&doc, start..end, &format!("note {i}")).unwrap();
        passages.push((id, doc.text[start..end].to_owned()));
    }

    let t = Instant::now();
    let same = Notebook::open(&path, &doc).unwrap();
    let unchanged_ms = t.elapsed().as_secs_f64() * 1000.0;
    assert!(
        same.notes()
            .iter()
            .all(|n| n.status == NoteStatus::Anchored)
    );

    // Edit the article: a long paragraph inserted at the top (everything moves), a letter changed
    // in every third passage, every tenth passage deleted.
    let mut edited = original.clone();
    let mut expect = Vec::new();
    for (i, (id, passage)) in passages.iter().enumerate() {
        if i % 10 == 9 {
            edited = edited.replacen(passage.as_str(), "", 1);
            expect.push((id, NoteStatus::Orphaned, String::new()));
        } else if i % 3 == 2 {
            let mut chars: Vec<char> = passage.chars().collect();
            let mid = chars.len() / 2;
            chars[mid] = if chars[mid] == 'ب' { 'ت' } else { 'ب' };
            let changed: String = chars.into_iter().collect();
            edited = edited.replacen(passage.as_str(), &changed, 1);
            expect.push((id, NoteStatus::Fuzzy, changed));
        } else {
            expect.push((id, NoteStatus::Moved, passage.clone()));
        }
    }
    let intro = article(40_000, &mut Rng(7));
    edited.insert_str(0, &intro);
    std::fs::write(&path, &edited).unwrap();
    let doc2 = Document::from_text(edited, None);

    let t = Instant::now();
    let nb2 = Notebook::open(&path, &doc2).unwrap();
    let took = t.elapsed();
    let mut wrong = Vec::new();
    for (id, status, text) in &expect {
        let n = nb2
            .notes()
            .iter()
            .find(|n| &n.id == *id)
            .expect("never dropped");
        let placed = n
            .range
            .clone()
            .map(|r| doc2.text[r].to_owned())
            .unwrap_or_default();
        if n.status != *status || placed != *text {
            wrong.push(format!(
                "{id}: {:?} {placed:?}, expected {status:?} {text:?}",
                n.status
            ));
        }
    }
    eprintln!(
        "{} MB, {notes} notes ({} moved, {} fuzzy, {} orphaned): re-anchored in {:.0} ms (unchanged article: {unchanged_ms:.0} ms)",
        bytes / 1_000_000,
        expect.iter().filter(|e| e.1 == NoteStatus::Moved).count(),
        expect.iter().filter(|e| e.1 == NoteStatus::Fuzzy).count(),
        expect
            .iter()
            .filter(|e| e.1 == NoteStatus::Orphaned)
            .count(),
        took.as_secs_f64() * 1000.0
    );
    assert!(
        wrong.is_empty(),
        "{} misplaced:\n{}",
        wrong.len(),
        wrong.join("\n")
    );
}

#[test]
fn many_notes_in_a_changed_article() {
    run(600_000, 60);
}

#[test]
#[ignore = "12 MB: run with --release --ignored"]
fn hundreds_of_notes_in_a_12_mb_article() {
    run(12_000_000, 300);
}
