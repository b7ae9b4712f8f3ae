//! Hostile input to `hamish render`: each gives correct output or a one-line error, never a
//! panic. In release builds each case must also finish in under 2 seconds at widths 1, 7 and 80.

use std::path::Path;
use std::process::Output;
use std::time::{Duration, Instant};

fn render(path: &Path, width: usize) -> (Output, Duration) {
    let t = Instant::now();
    let out = crate::common::hamish()
        .arg("render")
        .arg(path)
        .args(["--width", &width.to_string(), "--color", "never"])
        .output()
        .expect("run hamish");
    (out, t.elapsed())
}

fn stderr_of(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// Renders at widths 1, 7 and 80 and checks what every successful rendering must satisfy.
fn render_ok(path: &Path) -> Vec<String> {
    let mut outs = Vec::new();
    for width in [1, 7, 80] {
        let (out, took) = render(path, width);
        let err = stderr_of(&out);
        assert!(out.status.success(), "{}: w={width}: {err}", path.display());
        assert!(!err.contains("panicked"), "{err}");
        if !cfg!(debug_assertions) {
            assert!(
                took < Duration::from_secs(2),
                "{}: w={width} took {took:?}",
                path.display()
            );
        }
        let text = String::from_utf8(out.stdout).expect("output is UTF-8");
        for line in text.lines() {
            assert!(!line.ends_with(' '), "trailing space in {line:?}");
            assert!(
                !line.chars().any(|c| c.is_control()),
                "control character in output line {line:?}"
            );
        }
        outs.push(text);
    }
    outs
}

fn render_err(path: &Path, what: &str) {
    let (out, _) = render(path, 80);
    let err = stderr_of(&out);
    assert!(!out.status.success(), "{what}: should fail");
    assert!(out.stdout.is_empty(), "{what}: no output on error");
    assert_eq!(
        err.trim_end().lines().count(),
        1,
        "{what}: one-line error, got {err:?}"
    );
    assert!(err.starts_with("hamish: "), "{what}: {err}");
    assert!(!err.contains("panicked"), "{err}");
}

#[test]
fn hostile_files() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let write = |name: &str, bytes: &[u8]| {
        let p = d.join(name);
        std::fs::write(&p, bytes).expect("write");
        p
    };

    // Deep bidi nesting: embeddings, overrides and isolates far beyond the limit of 125.
    let mut deep = String::new();
    for opener in ["\u{202B}", "\u{202E}", "\u{2067}", "\u{202A}"] {
        deep.push_str(&opener.repeat(5000));
        deep.push_str("نص عربي (مع أقواس) and English 123\n");
        deep.push_str(&"\u{2067}ب\u{2069}".repeat(20000));
        deep.push('\n');
    }
    let p = write("deep.txt", deep.as_bytes());
    let outs = render_ok(&p);
    assert!(
        outs[2].contains("English"),
        "{}",
        &outs[2][..200.min(outs[2].len())]
    );

    // Escape-sequence injection: nothing may reach the terminal raw.
    let inj = "مرحبا \u{1b}[2J\u{1b}[31mأحمر\u{1b}[0m \u{1b}]52;c;aGFja2Vk\u{7} نص \u{9b}6n \u{1b}]0;title\u{1b}\\ end\u{7f}\n";
    let p = write("inject.txt", inj.as_bytes());
    for out in render_ok(&p) {
        assert!(!out.contains('\u{1b}') && !out.contains('\u{7}') && !out.contains('\u{9b}'));
        assert!(out.contains('␛') && out.contains('␇'), "{out}");
    }

    // A 200,000-character word (Arabic and Latin) and a 1 MB line of words.
    let p = write(
        "word.txt",
        format!("{}\n{}\n", "ب".repeat(200_000), "x".repeat(200_000)).as_bytes(),
    );
    let outs = render_ok(&p);
    assert_eq!(
        outs[1].lines().filter(|l| !l.is_empty()).count(),
        2 * 200_000 / 7 + 2
    );
    let line: String = "كلمة عربية word ١٢٣ ".repeat(1_000_000 / 40);
    let p = write("mb_line.txt", format!("{line}\n").as_bytes());
    render_ok(&p);

    // 100,000 lines.
    let p = write("many.txt", "سطر قصير\n".repeat(100_000).as_bytes());
    let outs = render_ok(&p);
    assert_eq!(outs[2].lines().count(), 2 * 100_000 - 1);

    // An empty file prints nothing.
    let p = write("empty.txt", b"");
    for out in render_ok(&p) {
        assert!(out.is_empty());
    }

    // windows-1256 bytes: decoded, with a notice on stderr.
    let cp1256 = [0xE3, 0xD1, 0xCD, 0xC8, 0xC7, 0x20, 0xC8, 0xDF, 0xE3, b'\n'];
    let p = write("legacy.txt", &cp1256);
    let (out, _) = render(&p, 80);
    assert!(out.status.success());
    assert!(stderr_of(&out).contains("windows-1256"));
    assert_eq!(stderr_of(&out).lines().count(), 1);
    assert!(String::from_utf8_lossy(&out.stdout).contains('ﻢ'));

    // Errors: binary, not text, a directory, a missing path.
    let p = write(
        "binary.bin",
        b"\x7fELF\x02\x01\x01\x00\x00\x00\x00\x00\x00\x00\x00\x00\x03\x00",
    );
    render_err(&p, "binary file");
    let p = write("latin1.txt", b"caf\xe9 cr\xe8me br\xfbl\xe9e\n");
    render_err(&p, "latin-1 file");
    render_err(d, "directory");
    render_err(&d.join("missing.txt"), "missing file");
}

#[test]
fn bad_width_is_a_one_line_error() {
    let out = crate::common::hamish()
        .args(["render", "-", "--width", "0"])
        .output()
        .expect("run hamish");
    assert!(!out.status.success());
    assert_eq!(
        stderr_of(&out).trim_end().lines().count(),
        1,
        "{}",
        stderr_of(&out)
    );
}

#[test]
fn stdin_is_read_with_a_dash() {
    use std::io::Write;
    let mut child = crate::common::hamish()
        .args(["render", "-", "--width", "20", "--shaping", "off"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("run hamish");
    child
        .stdin
        .take()
        .expect("stdin")
        .write_all("مرحبا\n".as_bytes())
        .expect("write");
    let out = child.wait_with_output().expect("wait");
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("{}ابحرم\n", " ".repeat(15))
    );
}
