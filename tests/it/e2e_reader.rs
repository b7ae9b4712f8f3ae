//! The real binary in a real terminal (tmux): first screen, PageDown, resize, quit.
//! Skips with a notice when tmux or ../shared is absent. The text lines are checked with
//! ../shared/tools/bidi_oracle.py --partial.

use std::path::{Path, PathBuf};
use std::process::Command;

use crate::common::{BIN, Tmux};
use std::time::{Duration, Instant};

use hamish::config::DEFAULT_TEXT_WIDTH;
use hamish::tui::geometry::Geometry;

const SHARED: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../shared");
const SEED: &str = "articles/000_6c5c1c1384cff0d9.txt";

/// The text area of a capture: rows of the text column, left margin cut off; an error when
/// something is drawn in the margin.
fn try_text_area(capture: &[String], w: u16, h: u16) -> Result<Vec<String>, String> {
    let g = Geometry::new(w, h, DEFAULT_TEXT_WIDTH);
    let mut out = Vec::new();
    for y in g.text.y..g.text.y + g.text.height {
        let line = capture.get(y as usize).cloned().unwrap_or_default();
        let margin: String = line.chars().take(g.text.x as usize).collect();
        if !margin.chars().all(|c| c == ' ') {
            return Err(format!("row {y}: text outside the column: {line:?}"));
        }
        out.push(line.chars().skip(g.text.x as usize).collect());
    }
    Ok(out)
}

fn text_area(capture: &[String], w: u16, h: u16) -> Vec<String> {
    try_text_area(capture, w, h).unwrap_or_else(|e| panic!("{e}"))
}

/// Runs the oracle on the text area; returns (passed, its output).
fn oracle(article: &Path, lines: &[String], width: u16, dir: &Path) -> Option<(bool, String)> {
    let file = dir.join(format!("capture-{width}.txt"));
    std::fs::write(&file, lines.join("\n") + "\n").expect("write capture");
    let out = Command::new("python3")
        .arg(Path::new(SHARED).join("tools/bidi_oracle.py"))
        .arg(article)
        .arg(width.to_string())
        .arg(&file)
        .arg("--partial")
        .output()
        .ok()?;
    let text =
        String::from_utf8_lossy(&out.stdout).into_owned() + &String::from_utf8_lossy(&out.stderr);
    if text.contains("libfribidi") && text.contains("Error") {
        return None;
    }
    Some((out.status.success(), text))
}

fn check_oracle(article: &Path, lines: &[String], width: u16, dir: &Path) {
    match oracle(article, lines, width, dir) {
        None => eprintln!("notice: bidi oracle unavailable (python3/libfribidi); not checked"),
        Some((ok, out)) => assert!(ok, "bidi oracle at width {width}:\n{out}"),
    }
}

fn status_line(c: &[String], h: u16) -> String {
    c.get(h as usize - 1).cloned().unwrap_or_default()
}

#[test]
fn reader_in_tmux() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("notice: tmux is absent; e2e reader test skipped");
        return;
    }
    let seed = Path::new(SHARED).join(SEED);
    if !seed.is_file() {
        eprintln!(
            "notice: {} is absent; e2e reader test skipped",
            seed.display()
        );
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    // a private copy: the reader keeps the reading position beside the article
    let article: PathBuf = dir.path().join("article.txt");
    std::fs::copy(&seed, &article).expect("copy seed");
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).expect("home");

    let tmux = Tmux::start(format!("hamish-e2e-{}", std::process::id()), 100, 30);
    crate::common::launch(&tmux, dir.path(), &home, "article.txt");

    // first screen
    let first = tmux.wait_for("the status line", |c| {
        c.len() >= 30 && c[29].contains("article.txt") && c[29].contains("help")
    });
    assert_eq!(
        tmux.format("#{alternate_on}"),
        "1",
        "reader uses the alternate screen"
    );
    assert_eq!(
        tmux.format("#{mouse_any_flag}"),
        "1",
        "reader captures the mouse"
    );
    let text1 = text_area(&first, 100, 30);
    assert!(text1.iter().filter(|l| !l.trim().is_empty()).count() > 15);
    let tw = Geometry::new(100, 30, DEFAULT_TEXT_WIDTH).text.width;
    for l in &text1 {
        assert!(
            l.chars().count() <= tw as usize,
            "wider than the column: {l:?}"
        );
    }
    check_oracle(&article, &text1, tw, dir.path());

    // PageDown moves
    tmux.cmd(&["send-keys", "-t", "t", "NPage"]);
    let second = tmux.wait_for("the next page", |c| {
        try_text_area(c, 100, 30).is_ok_and(|t| t != text1)
            && c.len() >= 30
            && c[29].contains("help")
    });
    let text2 = text_area(&second, 100, 30);
    assert_ne!(
        status_line(&first, 30),
        status_line(&second, 30),
        "position changed"
    );
    check_oracle(&article, &text2, tw, dir.path());

    // resizing reflows
    let out = tmux.cmd(&["resize-window", "-t", "t", "-x", "50", "-y", "30"]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let narrow = tmux.wait_for("the narrow reflow", |c| {
        c.iter().all(|l| l.chars().count() <= 50)
            && c.len() >= 30
            && c[29].contains("help")
            && try_text_area(c, 50, 30).is_ok_and(|t| t != text2)
    });
    let tw50 = Geometry::new(50, 30, DEFAULT_TEXT_WIDTH).text.width;
    let text3 = text_area(&narrow, 50, 30);
    for l in &text3 {
        assert!(
            l.chars().count() <= tw50 as usize,
            "wider than the column: {l:?}"
        );
    }
    check_oracle(&article, &text3, tw50, dir.path());

    // q quits with status 0 and the shell is back on the main screen
    tmux.cmd(&["send-keys", "-t", "t", "q"]);
    // (the command line spells it "EXIT""=$?", so only the output matches)
    let end = tmux.wait_for("the exit status", |c| c.iter().any(|l| l.contains("EXIT=")));
    assert!(
        end.iter().any(|l| l.contains("EXIT=0")),
        "exit status: {}",
        end.join("\n")
    );
    assert_eq!(
        tmux.format("#{alternate_on}"),
        "0",
        "back on the main screen"
    );
    assert_eq!(tmux.format("#{mouse_any_flag}"), "0", "mouse released");
}

#[test]
fn missing_file_is_one_line_and_leaves_the_terminal_alone() {
    let out = Command::new(BIN)
        .arg("/nonexistent/article.txt")
        .output()
        .expect("run hamish");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    assert!(err.contains("/nonexistent/article.txt"), "{err}");
    assert!(out.stdout.is_empty(), "nothing written to the terminal");
}

#[test]
fn sigterm_and_sighup_restore_the_terminal() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("notice: tmux is absent; signal test skipped");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    let tmux = Tmux::start(format!("hamish-sig-{}", std::process::id()), 80, 24);
    tmux.wait_for("the shell prompt", |c| {
        c.iter().any(|l| !l.trim().is_empty())
    });
    for (sig, code) in [("TERM", 143), ("HUP", 129)] {
        let pidfile = dir.path().join(format!("pid-{sig}"));
        // the built-in sample (no file argument); exec keeps the pid written by sh
        let line = format!(
            "HOME='{}' XDG_CONFIG_HOME='{}/c' XDG_STATE_HOME='{}/s' sh -c 'echo $$ > {}; exec {}'; echo \"EXIT-{sig}\"\"=$?\"",
            home.display(),
            home.display(),
            home.display(),
            pidfile.display(),
            BIN
        );
        tmux.cmd(&["send-keys", "-t", "t", "-l", &line]);
        tmux.cmd(&["send-keys", "-t", "t", "Enter"]);
        tmux.wait_for("the reader", |c| {
            c.last().is_some_and(|l| l.contains("sample article"))
        });
        let pid = std::fs::read_to_string(&pidfile).expect("pid file");
        let st = Command::new("kill")
            .arg(format!("-{sig}"))
            .arg(pid.trim())
            .status()
            .expect("kill");
        assert!(st.success());
        let end = tmux.wait_for("the exit status", |c| {
            c.iter().any(|l| l.contains(&format!("EXIT-{sig}=")))
        });
        assert!(
            end.iter()
                .any(|l| l.contains(&format!("EXIT-{sig}={code}"))),
            "{}",
            end.join("\n")
        );
        assert_eq!(tmux.format("#{alternate_on}"), "0");
        assert_eq!(tmux.format("#{mouse_any_flag}"), "0");
        tmux.cmd(&["send-keys", "-t", "t", "clear", "Enter"]);
        tmux.wait_for("a clear screen", |c| {
            !c.iter().any(|l| l.contains(&format!("EXIT-{sig}=")))
        });
    }
}

/// Runs the reader under `script` (a pty) with `args`, pressing q after it starts; returns the
/// bytes it wrote, or None when `script` is absent.
fn raw_session(args: &str) -> Option<Vec<u8>> {
    use std::io::Write;
    use std::process::Stdio;
    let dir = tempfile::tempdir().ok()?;
    let out = dir.path().join("typescript");
    let cmd = format!(
        "stty cols 80 rows 24; HOME='{}' XDG_STATE_HOME='{}/s' '{}' {args}",
        dir.path().display(),
        dir.path().display(),
        BIN
    );
    let mut child = Command::new("script")
        .arg("-qfec")
        .arg(&cmd)
        .arg(&out)
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .ok()?;
    std::thread::sleep(Duration::from_millis(800));
    let mut stdin = child.stdin.take()?;
    stdin.write_all(b"q").ok()?;
    drop(stdin);
    let start = Instant::now();
    while child.try_wait().ok()?.is_none() {
        if start.elapsed() > Duration::from_secs(10) {
            let _ = child.kill();
            panic!("the reader did not quit under script");
        }
        std::thread::sleep(Duration::from_millis(20));
    }
    std::fs::read(&out).ok()
}

fn count(hay: &[u8], needle: &[u8]) -> usize {
    hay.windows(needle.len()).filter(|w| *w == needle).count()
}

#[test]
fn bidi_mode_sequences() {
    if Command::new("script").arg("--version").output().is_err() {
        eprintln!("notice: `script` is absent; bidi mode sequence test skipped");
        return;
    }
    let Some(app) = raw_session("") else {
        eprintln!("notice: could not run the reader under script; skipped");
        return;
    };
    assert_eq!(count(&app, b"\x1b[8l"), 1, "CSI 8 l sent once in app mode");
    assert_eq!(count(&app, b"\x1b[8h"), 1, "CSI 8 h sent once on exit");
    let l = app.windows(4).position(|w| w == b"\x1b[8l").unwrap_or(0);
    let h = app.windows(4).position(|w| w == b"\x1b[8h").unwrap_or(0);
    let leave = app
        .windows(8)
        .rposition(|w| w == b"\x1b[?1049l")
        .unwrap_or(0);
    assert!(
        l < h && h < leave,
        "8l at start, 8h before leaving the alternate screen"
    );
    assert!(
        count(&app, "ﻣ".as_bytes()) + count(&app, "م".as_bytes()) > 0,
        "the text was drawn"
    );
    assert!(
        !app.windows(4).any(|w| w == b"\x1b[6n"),
        "no cursor position query"
    );
    let Some(term) = raw_session("--bidi terminal") else {
        return;
    };
    assert_eq!(
        count(&term, b"\x1b[8l"),
        0,
        "terminal mode leaves bidi to the terminal"
    );
    assert_eq!(count(&term, b"\x1b[8h"), 0);
}
