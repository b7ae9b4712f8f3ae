//! What the commands print, when the input is hostile: every text output is safe for a terminal
//! (visible symbols or JSON escapes, never a raw control character), one stray byte does not
//! turn an article into mojibake, an error says each cause once, and a grapheme cluster wider
//! than the line is cut to fit it.

use std::path::Path;
use std::process::{Command, Output};

fn hamish(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(args)
        .current_dir(dir)
        .env("XDG_DATA_HOME", dir.join("data"))
        .env("XDG_STATE_HOME", dir.join("state"))
        .env("XDG_CONFIG_HOME", dir.join("config"))
        .env("HOME", dir)
        .output()
        .expect("run hamish")
}

fn stdout(out: &Output) -> String {
    String::from_utf8(out.stdout.clone()).expect("UTF-8 output")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// No character a terminal would act on: C0 (but line breaks and tabs), DEL, C1.
fn assert_safe(what: &str, text: &str) {
    let bad: Vec<char> = text
        .chars()
        .filter(|&c| c.is_control() && c != '\n' && c != '\t')
        .collect();
    assert!(
        bad.is_empty(),
        "{what}: control characters {bad:?} in {text:?}"
    );
}

/// An article whose quotation holds an OSC 52 clipboard write, a screen clear and a C1 CSI.
const HOSTILE: &str = "قال الوزير “نص\u{1b}]52;c;aGk=\u{7} هنا\u{1b}[2J و\u{9b}31m كذلك” أمس.\n";

#[test]
fn entities_tsv_and_json_are_safe() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), HOSTILE).expect("write");
    let out = hamish(&["entities", "a.txt", "--format", "tsv"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let tsv = stdout(&out);
    assert_safe("entities tsv", &tsv);
    assert!(tsv.contains("␛]52;c;aGk=␇"), "{tsv}");
    let out = hamish(&["entities", "a.txt"], dir.path());
    let json = stdout(&out);
    assert_safe("entities json", &json);
    // the JSON still holds the exact text
    let v: serde_json::Value = serde_json::from_str(&json).expect("JSON");
    let quote = v
        .as_array()
        .and_then(|a| a.iter().find(|e| e["kind"] == "quote"))
        .expect("the quotation");
    assert!(
        quote["text"]
            .as_str()
            .unwrap_or("")
            .contains("\u{1b}]52;c;aGk=\u{7}")
    );
    assert!(quote["text"].as_str().unwrap_or("").contains('\u{9b}'));
}

#[test]
fn notes_listings_are_safe() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), HOSTILE).expect("write");
    let note = "ملاحظة \u{1b}]52;c;aGk=\u{7} و\u{9b}2J\nسطر ثان";
    let out = hamish(
        &["notes", "add", "a.txt", "--quote", "الوزير", "--text", note],
        dir.path(),
    );
    assert!(out.status.success(), "{}", stderr(&out));
    for format in ["markdown", "json", "w3c"] {
        let out = hamish(&["notes", "a.txt", "--format", format], dir.path());
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        assert_safe(format, &stdout(&out));
    }
    let md = stdout(&hamish(
        &["notes", "a.txt", "--format", "markdown"],
        dir.path(),
    ));
    assert!(md.contains("ملاحظة ␛]52;c;aGk=␇"), "{md}");
    assert!(md.contains("سطر ثان"), "line breaks are kept: {md}");
}

#[test]
fn error_messages_show_what_they_echo() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), "قال الوزير\n").expect("write");
    let evil = "\u{1b}]52;c;aGk=\u{7}\u{1b}[2J\u{9b}";
    let cases: Vec<Vec<String>> = vec![
        // an id
        vec!["notes".into(), "rm".into(), "a.txt".into(), evil.into()],
        // a path
        vec!["render".into(), format!("{evil}.txt")],
        // an argument value
        vec![
            "render".into(),
            "a.txt".into(),
            "--width".into(),
            evil.into(),
        ],
        // a theme
        vec![
            "render".into(),
            "a.txt".into(),
            "--color".into(),
            "always".into(),
            "--theme".into(),
            evil.into(),
        ],
    ];
    for args in cases {
        let args: Vec<&str> = args.iter().map(String::as_str).collect();
        let out = hamish(&args, dir.path());
        assert!(!out.status.success(), "{args:?} should fail");
        let err = stderr(&out);
        assert_safe(&format!("{args:?}"), &err);
        assert_eq!(err.lines().count(), 1, "{err}");
        // (clap drops escape sequences from the values it echoes itself)
        assert!(
            err.contains('␛') || args.contains(&"--width"),
            "the text is shown: {err}"
        );
    }
    // a config key and an action
    let config = dir.path().join("config.toml");
    std::fs::write(
        &config,
        "[keys]\n\"C-\\u001b[2J\" = \"page_down\"\n\"x\" = \"\\u001b]52;c;aGk=\\u0007\"\n",
    )
    .expect("write");
    let out = hamish(&["--config", "config.toml", "a.txt"], dir.path());
    assert!(!out.status.success());
    let err = stderr(&out);
    assert_safe("config", &err);
    assert_eq!(err.lines().count(), 1, "{err}");
}

#[test]
fn one_stray_byte_does_not_make_mojibake() {
    let dir = tempfile::tempdir().expect("tempdir");
    let mut bytes = "قال الوزير".as_bytes().to_vec();
    bytes.push(0xFF);
    bytes.push(b'\n');
    std::fs::write(dir.path().join("a.txt"), &bytes).expect("write");
    std::fs::write(dir.path().join("clean.txt"), "قال الوزير\u{FFFD}\n").expect("write");
    let out = hamish(&["render", "a.txt", "--width", "30"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    let clean = hamish(&["render", "clean.txt", "--width", "30"], dir.path());
    assert_eq!(stdout(&out), stdout(&clean));
    let err = stderr(&out);
    assert!(
        err.contains("not valid UTF-8") && !err.contains("windows-1256"),
        "{err}"
    );
    // entities see the same text, with a notice
    let out = hamish(&["entities", "a.txt"], dir.path());
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(stderr(&out).contains("not valid UTF-8"), "{}", stderr(&out));
    // UTF-32 is called UTF-32
    let mut utf32 = vec![0xFF, 0xFE, 0, 0];
    for c in "قال".chars() {
        utf32.extend_from_slice(&(c as u32).to_le_bytes());
    }
    std::fs::write(dir.path().join("u32.txt"), &utf32).expect("write");
    let out = hamish(&["render", "u32.txt"], dir.path());
    assert!(!out.status.success());
    assert!(stderr(&out).contains("UTF-32 text"), "{}", stderr(&out));
}

#[test]
fn an_io_error_is_said_once() {
    // (the error chain is joined by main's one_message, whose unit test holds the case that
    // printed "Is a directory (os error 21): Is a directory (os error 21)")
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("a.txt"), "قال الوزير\n").expect("write");
    std::fs::create_dir(dir.path().join("a.txt.notes.toml")).expect("mkdir");
    std::fs::create_dir(dir.path().join("folder.txt")).expect("mkdir");
    let cases: [&[&str]; 4] = [
        &["notes", "add", "a.txt", "--quote", "الوزير", "--text", "x"],
        &["notes", "a.txt"],
        &["render", "folder.txt"],
        &["render", "/proc/self/mem"],
    ];
    for args in cases {
        let out = hamish(args, dir.path());
        assert!(!out.status.success(), "{args:?} should fail");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{err}");
        let parts: Vec<&str> = err.trim_end().split(": ").skip(1).collect();
        for (k, part) in parts.iter().enumerate() {
            assert!(!parts[k + 1..].contains(part), "said twice: {err}");
        }
    }
}

#[test]
fn a_cluster_wider_than_the_line_stays_inside_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let text = format!("قال \u{1F44D}{} الوزير\n", "\u{1F3FD}".repeat(45));
    std::fs::write(dir.path().join("a.txt"), &text).expect("write");
    for width in ["10", "80"] {
        for color in ["never", "always"] {
            let out = hamish(
                &["render", "a.txt", "--width", width, "--color", color],
                dir.path(),
            );
            assert!(out.status.success(), "{}", stderr(&out));
            let w: usize = width.parse().unwrap_or(0);
            for line in stdout(&out).lines() {
                let plain = strip_sgr(line);
                let cols: usize = plain.chars().map(hamish::layout::char_width).sum();
                assert!(cols <= w, "width {width}: {cols} columns in {plain:?}");
                assert!(!plain.ends_with(' '), "trailing space: {line:?}");
            }
        }
    }
}

fn strip_sgr(s: &str) -> String {
    let mut out = String::new();
    let mut rest = s;
    while let Some(at) = rest.find('\u{1b}') {
        out.push_str(&rest[..at]);
        let tail = &rest[at..];
        let end = tail.find('m').map_or(tail.len(), |m| m + 1);
        rest = &tail[end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn the_reader_says_a_stray_byte_was_replaced() {
    use hamish::tui::session::{Source, open_document};
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("a.txt");
    let mut bytes = "قال الوزير".as_bytes().to_vec();
    bytes.push(0xFF);
    std::fs::write(&file, &bytes).expect("write");
    let doc = hamish::document::Document::load(&file).expect("load");
    let reader = open_document(
        &Source::File(file),
        std::sync::Arc::new(doc),
        hamish::layout::LayoutOptions::default(),
        None,
    );
    let said: Vec<&str> = reader
        .messages()
        .log()
        .iter()
        .map(|m| m.text.as_str())
        .collect();
    assert!(
        said.iter().any(|m| m.contains("not valid UTF-8")),
        "{said:?}"
    );
}

#[test]
fn library_listings_are_safe() {
    let dir = tempfile::tempdir().expect("tempdir");
    let lib = dir.path().join("lib");
    std::fs::create_dir(&lib).expect("mkdir");
    std::fs::write(lib.join("a.txt"), HOSTILE).expect("write");
    std::fs::write(lib.join("b\u{1b}[2J.txt"), "عنوان\u{9b}31m\nنص\n").expect("write");
    for format in ["tsv", "json"] {
        let out = hamish(&["library", "lib", "--format", format], dir.path());
        assert!(out.status.success(), "{format}: {}", stderr(&out));
        assert_safe(&format!("library {format}"), &stdout(&out));
        assert_safe(&format!("library {format} stderr"), &stderr(&out));
    }
}

/// A command-line mistake is one line that still says what was wrong. The line used to be
/// clap's first line alone, which for some mistakes is a heading whose details are on the next
/// lines: «the following required arguments were not provided: (see hamish --help)» named no
/// argument, a conflict named only one side, and a bad value lost the values it could take.
#[test]
fn argument_errors_keep_their_details_on_one_line() {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::write(tmp.path().join("a.txt"), "عنوان\nنص\n").expect("write");
    let cases: [(&[&str], &[&str]); 4] = [
        (
            &["notes", "rm", "a.txt"],
            &["required arguments were not provided", "<ID>"],
        ),
        (
            &[
                "notes", "add", "a.txt", "--quote", "نص", "--start", "0", "--end", "1", "--text",
                "x",
            ],
            &["--quote", "cannot be used with", "--start"],
        ),
        (
            &["render", "a.txt", "--color", "sometimes"],
            &["'sometimes'", "possible values: auto, always, never"],
        ),
        (&["render", "--bogus"], &["unexpected argument '--bogus'"]),
    ];
    for (args, want) in cases {
        let out = hamish(args, tmp.path());
        assert!(!out.status.success(), "{args:?}");
        let err = stderr(&out);
        assert_eq!(err.lines().count(), 1, "{args:?}: one line: {err}");
        for w in want {
            assert!(err.contains(w), "{args:?}: {w:?} in {err}");
        }
        assert!(
            !err.contains("Usage:") && !err.contains(":  "),
            "{args:?}: {err}"
        );
    }
}
