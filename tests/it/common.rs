//! Shared by the end-to-end tests: the real binary in a real terminal (tmux).

#![allow(dead_code)] // each test module uses its own part

use std::process::{Command, Output};
use std::time::{Duration, Instant};

/// A tmux server of its own (`-L socket`, no user config), killed when dropped.
pub struct Tmux {
    pub socket: String,
}

impl Tmux {
    /// A server named `socket` with one session `t` of `w`×`h` running `sh`.
    pub fn start(socket: String, w: u16, h: u16) -> Tmux {
        let tmux = Tmux { socket };
        let (w, h) = (w.to_string(), h.to_string());
        let out = tmux.cmd(&["new-session", "-d", "-x", &w, "-y", &h, "-s", "t", "sh"]);
        assert!(
            out.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        tmux
    }
    pub fn cmd(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-L", &self.socket, "-f", "/dev/null"])
            .args(args)
            .output()
            .expect("run tmux")
    }
    /// Sends tmux key names (`Enter`, `NPage`, `C-s` …).
    pub fn keys(&self, keys: &[&str]) {
        let mut args = vec!["send-keys", "-t", "t"];
        args.extend_from_slice(keys);
        self.cmd(&args);
    }
    /// Types text literally (UTF-8).
    pub fn type_text(&self, text: &str) {
        self.cmd(&["send-keys", "-t", "t", "-l", text]);
    }
    pub fn capture(&self) -> Vec<String> {
        let out = self.cmd(&["capture-pane", "-p", "-t", "t"]);
        String::from_utf8_lossy(&out.stdout)
            .lines()
            .map(str::to_owned)
            .collect()
    }
    /// A tmux format (`#{alternate_on}` …) of the pane.
    pub fn format(&self, f: &str) -> String {
        let out = self.cmd(&["display-message", "-p", "-t", "t", f]);
        String::from_utf8_lossy(&out.stdout).trim().to_owned()
    }
    /// Waits until `pred` holds for a SETTLED screen: two captures 80 ms apart that are the same,
    /// so a screen caught half-drawn (tmux may show part of a frame) is never taken for the next
    /// state. Panics after 10 s, showing the screen.
    pub fn wait_for(&self, what: &str, pred: impl Fn(&[String]) -> bool) -> Vec<String> {
        let start = Instant::now();
        let mut last: Option<Vec<String>> = None;
        loop {
            let c = self.capture();
            if pred(&c) {
                if last.as_ref() == Some(&c) {
                    return c;
                }
                last = Some(c);
                std::thread::sleep(Duration::from_millis(80));
                continue;
            }
            last = None;
            assert!(
                start.elapsed() < Duration::from_secs(10),
                "timed out waiting for {what}; screen:\n{}",
                c.join("\n")
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]);
    }
}

/// The `hamish` binary under test.
pub const BIN: &str = env!("CARGO_BIN_EXE_hamish");

/// A command running the `hamish` binary under test.
pub fn hamish() -> Command {
    Command::new(BIN)
}

/// xorshift64*: a small, seedable generator for randomised tests (print the seed, to replay a
/// failure).
pub struct Rng(pub u64);

impl Rng {
    pub fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_F491_4F6C_DD1D)
    }

    /// A number below `n` (0 when `n` is 0).
    pub fn below(&mut self, n: u64) -> u64 {
        self.next() % n.max(1)
    }

    /// An index below `n`.
    pub fn index(&mut self, n: usize) -> usize {
        self.below(n as u64) as usize
    }
}

/// True (with a notice) when tmux is not installed: the end-to-end test is skipped.
pub fn tmux_absent(what: &str) -> bool {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("notice: tmux is absent; {what} skipped");
        return true;
    }
    false
}

/// Runs `hamish ARGS` in the tmux session, in `dir`, with every XDG folder inside `home` (so a
/// test never reads or writes the user's own config, notes or state), then prints `EXIT=code`.
pub fn launch(tmux: &Tmux, dir: &std::path::Path, home: &std::path::Path, args: &str) {
    tmux.keys(&["clear", "Enter"]);
    let line = format!(
        "cd '{}' && HOME='{h}' XDG_CONFIG_HOME='{h}/config' XDG_DATA_HOME='{h}/data' XDG_STATE_HOME='{h}/state' XDG_CACHE_HOME='{h}/cache' '{BIN}' {args}; echo \"EXIT\"\"=$?\"",
        dir.display(),
        h = home.display(),
    );
    tmux.type_text(&line);
    tmux.keys(&["Enter"]);
}
