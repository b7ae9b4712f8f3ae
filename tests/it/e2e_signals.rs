//! The reader and its terminal under job control and hang-ups, in a real terminal (tmux): Ctrl-Z
//! and SIGTSTP give the shell back a normal terminal and `fg` brings the reader back, redrawn
//! and in raw mode; SIGQUIT restores the terminal; a terminal that disappears (with or without
//! a SIGHUP, with stderr gone too) ends the reader with its reading position saved.
//! Skips with a notice when tmux or bash is absent.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use crate::common::Tmux;

const BIN: &str = env!("CARGO_BIN_EXE_hamish");

fn have(tool: &str) -> bool {
    let ok = Command::new(tool)
        .arg("--version")
        .output()
        .is_ok_and(|o| o.status.success())
        || Command::new(tool).arg("-V").output().is_ok();
    if !ok {
        eprintln!("notice: {tool} is absent; signal e2e test skipped");
    }
    ok
}

/// A folder with an article of a few screens and a home of its own.
fn article() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    let para = "قال الوزير في مؤتمر صحفي إن الخطة طموحة وتمتد بين عامين، وإن الحكومة ستعمل مع الشركاء من أجل تنفيذها في الوقت المحدد. ";
    let text: String = (0..60)
        .map(|i| format!("{i} {}\n", para.repeat(2)))
        .collect();
    let file = dir.path().join("a.txt");
    std::fs::write(&file, text).expect("write article");
    std::fs::create_dir_all(dir.path().join("home")).expect("home");
    (dir, file)
}

/// The environment part of a shell command line: a private home and config.
fn env_of(dir: &Path) -> String {
    let home = dir.join("home");
    format!(
        "HOME='{h}' XDG_CONFIG_HOME='{h}/c' XDG_STATE_HOME='{h}/s' XDG_DATA_HOME='{h}/d'",
        h = home.display()
    )
}

/// The reading position the reader kept for `article` (in its state folder, under the private
/// home of [`env_of`]), if any.
fn reading_offset(article: &Path) -> Option<u64> {
    let home = article.parent()?.join("home");
    let (_, key) = hamish::paths::article_key(article)?;
    let file = home.join("s/hamish/articles").join(format!("{key}.toml"));
    let state: toml::Value = toml::from_str(&std::fs::read_to_string(file).ok()?).ok()?;
    state.get("reading")?.as_integer()?.try_into().ok()
}

fn alive(pid: &str) -> bool {
    Path::new(&format!("/proc/{pid}")).exists()
}

/// Waits (up to 10 s) for `pred`; false on timeout.
fn wait_until(mut pred: impl FnMut() -> bool) -> bool {
    let start = Instant::now();
    while start.elapsed() < Duration::from_secs(10) {
        if pred() {
            return true;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    false
}

fn percent(screen: &[String]) -> Option<String> {
    let status = screen.last()?;
    status
        .split_whitespace()
        .find(|w| w.ends_with('%'))
        .map(str::to_owned)
}

/// A tmux server whose session `t` runs `command` (not a shell prompt).
fn tmux_running(name: &str, command: &str) -> Tmux {
    let tmux = Tmux {
        socket: format!("hamish-{name}-{}", std::process::id()),
    };
    let out = tmux.cmd(&[
        "new-session",
        "-d",
        "-x",
        "90",
        "-y",
        "24",
        "-s",
        "t",
        command,
    ]);
    assert!(out.status.success(), "tmux: {:?}", out);
    tmux
}

/// Starts the reader in a tmux session through `wrapper` (a shell command with `{run}` where the
/// reader's command goes), pages down twice, and returns the session and the reader's pid.
fn reader_paged(name: &str, dir: &Path, file: &Path, wrapper: &str) -> (Tmux, String) {
    let pidfile = dir.join("pid");
    let run = format!(
        "sh -c \"echo \\$\\$ > '{}'; {} exec '{}' '{}'\"",
        pidfile.display(),
        env_of(dir),
        BIN,
        file.display()
    );
    let tmux = tmux_running(name, &wrapper.replace("{run}", &run));
    tmux.wait_for("the reader", |c| {
        c.last().is_some_and(|l| l.contains("a.txt"))
    });
    let first = percent(&tmux.capture());
    tmux.keys(&["NPage", "NPage"]);
    tmux.wait_for("two pages on", |c| percent(c) != first);
    let pid = std::fs::read_to_string(&pidfile).expect("pid file");
    (tmux, pid.trim().to_owned())
}

#[test]
fn a_terminal_gone_without_sighup_ends_the_reader() {
    if !have("tmux") || !have("bash") {
        return;
    }
    let (dir, file) = article();
    let rc = dir.path().join("rc");
    // The shell ignores the hang-up and does not pass it on: the reader only sees its input end.
    let wrapper = format!(
        "bash -c 'trap \"\" HUP; {{run}}; echo $? > {}'",
        rc.display()
    );
    let (tmux, pid) = reader_paged("gone", dir.path(), &file, &wrapper);
    tmux.cmd(&["kill-server"]);
    let ended = wait_until(|| !alive(&pid));
    if !ended {
        let _ = Command::new("kill").args(["-KILL", &pid]).status();
    }
    assert!(ended, "the reader kept running after its terminal was gone");
    assert!(wait_until(|| rc.exists()), "no exit status");
    let code = std::fs::read_to_string(&rc).unwrap_or_default();
    assert_eq!(code.trim(), "129", "ended as a hang-up");
    assert!(
        reading_offset(&file).is_some_and(|o| o > 0),
        "reading position saved"
    );
}

#[test]
fn a_hangup_with_stderr_gone_saves_the_reading_position() {
    if !have("tmux") {
        return;
    }
    let (dir, file) = article();
    // The reader is the session's leader: it gets the SIGHUP, and its stderr is the dead terminal.
    let (tmux, pid) = reader_paged("hup", dir.path(), &file, "{run}");
    tmux.cmd(&["kill-server"]);
    let ended = wait_until(|| !alive(&pid));
    if !ended {
        let _ = Command::new("kill").args(["-KILL", &pid]).status();
    }
    assert!(ended, "the reader kept running after the hang-up");
    assert!(
        reading_offset(&file).is_some_and(|o| o > 0),
        "reading position saved"
    );
}

#[test]
fn job_control_suspends_restores_and_redraws() {
    if !have("tmux") || !have("bash") {
        return;
    }
    let (dir, file) = article();
    let tmux = tmux_running("job", "bash --norc --noprofile -i");
    tmux.wait_for("the shell prompt", |c| {
        c.iter().any(|l| l.contains('$') || l.contains('#'))
    });
    let pidfile = dir.path().join("pid");
    let line = format!(
        "sh -c \"echo \\$\\$ > '{}'; {} exec '{}' '{}'\"",
        pidfile.display(),
        env_of(dir.path()),
        BIN,
        file.display()
    );
    tmux.type_text(&line);
    tmux.keys(&["Enter"]);
    tmux.wait_for("the reader", |c| {
        c.last().is_some_and(|l| l.contains("a.txt"))
    });
    let pid = std::fs::read_to_string(&pidfile)
        .expect("pid file")
        .trim()
        .to_owned();

    // The reader answers keys (raw mode) and is redrawn: the position moves on the status line.
    let moves_on = |what: &str| {
        let before =
            percent(&tmux.wait_for(what, |c| c.last().is_some_and(|l| l.contains("a.txt"))));
        assert_eq!(
            tmux.format("#{alternate_on}"),
            "1",
            "{what}: alternate screen"
        );
        assert_eq!(tmux.format("#{mouse_any_flag}"), "1", "{what}: mouse");
        tmux.keys(&["NPage"]);
        tmux.wait_for(&format!("{what}: the next page"), |c| percent(c) != before);
    };
    let back_in_the_shell = |what: &str| {
        tmux.wait_for(what, |c| c.iter().any(|l| l.contains("Stopped")));
        assert_eq!(tmux.format("#{alternate_on}"), "0", "{what}: normal screen");
        assert_eq!(
            tmux.format("#{mouse_any_flag}"),
            "0",
            "{what}: no mouse reporting"
        );
        tmux.cmd(&["send-keys", "-t", "t", "clear", "Enter"]);
        tmux.wait_for("a clear screen", |c| {
            !c.iter().any(|l| l.contains("Stopped"))
        });
    };
    moves_on("the first screen");

    // Ctrl-Z, then fg
    tmux.keys(&["C-z"]);
    back_in_the_shell("Ctrl-Z");
    tmux.type_text("fg");
    tmux.keys(&["Enter"]);
    moves_on("fg after Ctrl-Z");

    // SIGTSTP from elsewhere, then fg
    let st = Command::new("kill")
        .args(["-TSTP", &pid])
        .status()
        .expect("kill");
    assert!(st.success());
    back_in_the_shell("SIGTSTP");
    tmux.type_text("fg");
    tmux.keys(&["Enter"]);
    moves_on("fg after SIGTSTP");

    // SIGSTOP cannot be caught: the shell resets the terminal, and SIGCONT sets it up again
    let st = Command::new("kill")
        .args(["-STOP", &pid])
        .status()
        .expect("kill");
    assert!(st.success());
    tmux.wait_for("the stop", |c| c.iter().any(|l| l.contains("Stopped")));
    // (bash gives the status of a job resumed by fg as fg's own)
    tmux.type_text("stty sane; fg; echo \"EXIT\"\"=$?\"");
    tmux.keys(&["Enter"]);
    moves_on("fg after SIGSTOP");

    // SIGQUIT ends the reader like SIGTERM: terminal restored, position kept
    let st = Command::new("kill")
        .args(["-QUIT", &pid])
        .status()
        .expect("kill");
    assert!(st.success());
    tmux.wait_for("the exit status", |c| {
        c.iter().any(|l| l.contains("EXIT=131"))
    });
    assert_eq!(tmux.format("#{alternate_on}"), "0");
    assert_eq!(tmux.format("#{mouse_any_flag}"), "0");
    assert!(reading_offset(&file).is_some_and(|o| o > 0));
}
