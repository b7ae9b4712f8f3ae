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
