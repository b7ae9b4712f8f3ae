//! The mouse in the real binary under tmux: tmux passes SGR mouse reports typed into the pane
//! to the program, so the wheel, a click and a drag can be sent as raw input. Skips with a
//! notice when tmux or ../shared is absent.

use std::path::Path;
use std::process::Command;

use crate::common::Tmux;
use std::time::Duration;

use hamish::config::DEFAULT_TEXT_WIDTH;
use hamish::tui::geometry::Geometry;

const SEED: &str = concat!(
    env!("CARGO_MANIFEST_DIR"),
    "/../shared/articles/000_6c5c1c1384cff0d9.txt"
);

/// Sends mouse input the way a terminal reports it.
trait Mouse {
    fn mouse(&self, code: u8, col: u16, row: u16, press: bool);
}

impl Mouse for Tmux {
    /// An SGR mouse report (1-based column and row), as the terminal would send it.
    fn mouse(&self, code: u8, col: u16, row: u16, press: bool) {
        let seq = format!(
            "\x1b[<{code};{};{}{}",
            col + 1,
            row + 1,
            if press { 'M' } else { 'm' }
        );
        self.cmd(&["send-keys", "-t", "t", "-l", &seq]);
        std::thread::sleep(Duration::from_millis(60));
    }
}

#[test]
fn wheel_click_and_drag_in_tmux() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("notice: tmux is absent; e2e mouse test skipped");
        return;
    }
    if !Path::new(SEED).is_file() {
        eprintln!("notice: {SEED} is absent; e2e mouse test skipped");
        return;
    }
    let dir = tempfile::tempdir().expect("tempdir");
    let article = dir.path().join("article.txt");
    std::fs::copy(SEED, &article).expect("copy seed");
    let tmux = Tmux::start(format!("hamish-mouse-{}", std::process::id()), 100, 30);
    let home = dir.path().join("home");
    crate::common::launch(&tmux, dir.path(), &home, "article.txt");
    let first = tmux.wait_for("the first screen", |c| {
        c.len() >= 30 && c[29].contains("article.txt")
    });
    let g = Geometry::new(100, 30, DEFAULT_TEXT_WIDTH);
    let (y0, y1) = (g.text.y as usize, (g.text.y + g.text.height) as usize);

    // the wheel scrolls three rows
    tmux.mouse(65, 50, 10, true);
    let scrolled = tmux.wait_for("the wheel", |c| c.len() >= 30 && c[y0..y1] != first[y0..y1]);
    assert_eq!(scrolled[y0..y1 - 3], first[y0 + 3..y1], "three rows up");

    // a drag from a line's first (rightmost) letter to the left margin selects the line; y
    // copies it
    let (row, right) = (y0..y1)
        .find_map(|y| {
            let l = &scrolled[y];
            let n = l.trim_end().chars().count();
            (n > 40).then(|| (y, n as u16 - 1))
        })
        .expect("a long text row");
    tmux.mouse(0, right, row as u16, true);
    tmux.mouse(32, 40, row as u16, true);
    tmux.mouse(32, 0, row as u16, true);
    tmux.mouse(0, 0, row as u16, false);
    tmux.cmd(&["send-keys", "-t", "t", "y"]);
    let copied = tmux.wait_for("the copy", |c| {
        c.len() >= 30 && c[29].contains("copied the selection")
    });
    let n: usize = copied[29]
        .split('(')
        .nth(1)
        .and_then(|s| s.split(' ').next())
        .and_then(|s| s.parse().ok())
        .expect("a character count");
    let shown = scrolled[row].trim().chars().count();
    assert!(
        n + 2 >= shown && n <= shown + 2,
        "the whole line ({shown} cells) was selected, copied {n}"
    );

    tmux.cmd(&["send-keys", "-t", "t", "q"]);
    let end = tmux.wait_for("the exit", |c| c.iter().any(|l| l.contains("EXIT=")));
    assert!(
        end.iter().any(|l| l.contains("EXIT=0")),
        "{}",
        end.join("\n")
    );
}
