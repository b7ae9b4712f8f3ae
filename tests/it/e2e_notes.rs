//! The notes in a real terminal (tmux) with the real binary: open an article, `a`, type Arabic,
//! Ctrl-S, page down, `q`; the sidecar holds the note, the state folder the reading position; reopening shows
//! the same text at the top, and `{` finds the passage marked with ✎ in the margin and the note in
//! the status line. Skips with a notice when tmux is absent.

use std::path::Path;
use std::process::Command;

use crate::common::{BIN, Tmux};
use std::time::Duration;

const W: u16 = 80;
const H: u16 = 24;

/// An article written for this test: a title and enough paragraphs for several pages.
fn article() -> String {
    let mut s = String::from("دفتر الملاحظات في القراءة\n");
    let places = ["دمشق", "تونس", "الرباط", "صنعاء", "مسقط", "الخرطوم"];
    for i in 1..=30 {
        let place = places[i % places.len()];
        s.push_str(&format!(
            "الفقرة رقم {i} تروي خبرا قصيرا من {place} عن معرض للكتب. \
             وقال الزوار إن المعرض كان منظما. ثم عادوا إلى بيوتهم في المساء.\n"
        ));
    }
    s
}

fn status(c: &[String]) -> &str {
    c.get(H as usize - 1).map_or("", String::as_str)
}

fn tmux_absent() -> bool {
    crate::common::tmux_absent("e2e notes test")
}

fn session(name: &str) -> Tmux {
    Tmux::start(format!("hamish-e2e-{name}-{}", std::process::id()), W, H)
}

fn reader_ready(c: &[String]) -> bool {
    status(c).contains("article.txt") && status(c).contains("help")
}

fn launch(tmux: &Tmux, dir: &Path, home: &Path) {
    launch_args(tmux, dir, home, "article.txt");
}

fn launch_args(tmux: &Tmux, dir: &Path, home: &Path, args: &str) {
    crate::common::launch(tmux, dir, home, args);
}

fn quit(tmux: &Tmux) {
    tmux.keys(&["q"]);
    let end = tmux.wait_for("the exit status", |c| c.iter().any(|l| l.contains("EXIT=")));
    assert!(
        end.iter().any(|l| l.contains("EXIT=0")),
        "exit status: {}",
        end.join("\n")
    );
}

/// The first text row (row 0 is padding above the column).
fn top_line(c: &[String]) -> String {
    c.get(1).cloned().unwrap_or_default()
}

#[test]
fn write_a_note_quit_and_find_it_again() {
    if tmux_absent() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let text = article();
    std::fs::write(dir.path().join("article.txt"), &text).expect("write");
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    let tmux = session("notes");

    launch(&tmux, dir.path(), &home);
    tmux.wait_for("the reader", reader_ready);
    // seven sentences on (the title, then three per paragraph): the third paragraph's first
    // sentence; then a note on it
    tmux.keys(&[")", ")", ")", ")", ")", ")", ")"]);
    tmux.keys(&["a"]);
    tmux.wait_for("the note editor", |c| {
        c.iter().any(|l| l.contains("Ctrl-S save"))
    });
    let note = "ملاحظة: هذا منظم جدا";
    tmux.type_text(note);
    tmux.keys(&["C-s"]);
    let saved = tmux.wait_for("the saved message", |c| status(c).contains("note saved"));
    assert!(
        !saved.iter().any(|l| l.contains("Ctrl-S save")),
        "the editor closed"
    );
    assert!(
        saved.iter().any(|l| l.contains('✎')),
        "margin marker:\n{}",
        saved.join("\n")
    );
    // a page down, then quit
    let before = top_line(&saved);
    tmux.keys(&["NPage"]);
    let paged = tmux.wait_for("the next page", |c| {
        reader_ready(c) && top_line(c) != before
    });
    let top = top_line(&paged);
    quit(&tmux);

    let side = std::fs::read_to_string(dir.path().join("article.txt.notes.toml"))
        .expect("the sidecar beside the article");
    assert!(side.contains(note), "{side}");
    assert!(
        side.contains("exact = \"الفقرة رقم 3 تروي خبرا قصيرا من صنعاء عن معرض للكتب.\""),
        "{side}"
    );
    // the reading position is kept in the state folder, not in the sidecar
    assert!(!side.contains("[reading]"), "{side}");
    let states: Vec<_> = std::fs::read_dir(home.join("state/hamish/articles"))
        .expect("the state folder")
        .flatten()
        .map(|e| std::fs::read_to_string(e.path()).expect("a state file"))
        .collect();
    assert!(
        states.len() == 1 && states[0].contains("reading = "),
        "{states:?}"
    );

    // reopen: same text at the top; { goes back to the note, marked, and shows it
    launch(&tmux, dir.path(), &home);
    let again = tmux.wait_for("the reader again", reader_ready);
    assert_eq!(top_line(&again), top, "reading position restored");
    tmux.keys(&["{"]);
    let found = tmux.wait_for("the note", |c| status(c).contains('✎'));
    let marked = found[..H as usize - 1]
        .iter()
        .filter(|l| l.contains('✎'))
        .count();
    assert_eq!(marked, 1, "one marked passage:\n{}", found.join("\n"));
    quit(&tmux);
}

#[test]
fn the_sample_article_keeps_its_notes_in_the_data_folder() {
    if tmux_absent() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    let tmux = session("sample");
    launch_args(&tmux, dir.path(), &home, "");
    let first = tmux.wait_for("the sample", |c| status(c).contains("notes are kept in"));
    assert!(
        status(&first).contains("sample article"),
        "{}",
        status(&first)
    );
    tmux.keys(&["a"]);
    tmux.wait_for("the note editor", |c| {
        c.iter().any(|l| l.contains("Ctrl-S save"))
    });
    tmux.type_text("تجربة");
    tmux.keys(&["C-s"]);
    tmux.wait_for("the saved message", |c| status(c).contains("note saved"));
    quit(&tmux);
    let notes_dir = home.join("data/hamish/notes");
    let files: Vec<_> = std::fs::read_dir(&notes_dir)
        .expect("the data folder's notes")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.to_string_lossy().ends_with(".notes.toml"))
        .collect();
    assert_eq!(files.len(), 1, "{files:?}");
    let side = std::fs::read_to_string(&files[0]).expect("read");
    assert!(side.contains("تجربة"), "{side}");
    // nothing was written beside where the reader ran
    let stray: Vec<_> = std::fs::read_dir(dir.path())
        .expect("dir")
        .filter_map(Result::ok)
        .filter(|e| e.file_name() != "home")
        .collect();
    assert!(stray.is_empty(), "{stray:?}");
}

#[test]
fn sigterm_while_writing_keeps_the_note() {
    if tmux_absent() {
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("article.txt"), article()).expect("write");
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    let tmux = session("draft");
    let pidfile = dir.path().join("pid");
    // exec keeps the pid sh wrote
    let line = format!(
        "cd '{}' && HOME='{h}' XDG_CONFIG_HOME='{h}/c' XDG_DATA_HOME='{h}/d' XDG_STATE_HOME='{h}/s' XDG_CACHE_HOME='{h}/k' sh -c 'echo $$ > {}; exec {} article.txt'; echo \"EXIT\"\"=$?\"",
        dir.path().display(),
        pidfile.display(),
        BIN,
        h = home.display(),
    );
    tmux.type_text(&line);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the reader", reader_ready);
    tmux.keys(&["a"]);
    tmux.wait_for("the note editor", |c| {
        c.iter().any(|l| l.contains("Ctrl-S save"))
    });
    tmux.type_text("مسودة لم تحفظ");
    // the last letter has reached the editor when the screen stops changing
    let mut last = tmux.capture();
    loop {
        std::thread::sleep(Duration::from_millis(300));
        let now = tmux.capture();
        if now == last {
            break;
        }
        last = now;
    }
    let pid = std::fs::read_to_string(&pidfile).expect("pid file");
    let st = Command::new("kill")
        .arg("-TERM")
        .arg(pid.trim())
        .status()
        .expect("kill");
    assert!(st.success());
    let end = tmux.wait_for("the exit", |c| c.iter().any(|l| l.contains("EXIT=")));
    assert!(
        end.iter()
            .any(|l| l.contains("the note being written was saved")),
        "{}",
        end.join("\n")
    );
    assert!(
        end.iter().any(|l| l.contains("EXIT=143")),
        "{}",
        end.join("\n")
    );
    let side =
        std::fs::read_to_string(dir.path().join("article.txt.notes.toml")).expect("the sidecar");
    assert!(side.contains("مسودة لم تحفظ"), "{side}");
}
