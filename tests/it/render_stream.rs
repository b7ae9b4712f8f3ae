//! `hamish render` streams: its memory stays under five times the input plus a constant at any
//! width (100,000 short lines at width 65535 once took 6.4 GB), and a line of the file longer
//! than a block is laid out in blocks exactly as the reader shows it.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Stdio};

use hamish::document::Document;
use hamish::layout::{LayoutOptions, lay_out};
use hamish::reader::make_blocks;

/// Peak resident memory (bytes) of `hamish render FILE --width W --color C`, its output thrown
/// away, as `/usr/bin/time -v` reports it (run by a small program of its own, so the count is
/// the renderer's, not this test's); `None` when `/usr/bin/time` is absent.
fn peak_memory(file: &Path, width: &str, color: &str) -> Option<u64> {
    let out = Command::new("/usr/bin/time")
        .arg("-v")
        .arg(env!("CARGO_BIN_EXE_hamish"))
        .args(["render", "--width", width, "--color", color])
        .arg(file)
        .stdout(Stdio::null())
        .output()
        .ok()?;
    let report = String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "render failed: {report}");
    let kb: u64 = report
        .lines()
        .find_map(|l| l.trim().strip_prefix("Maximum resident set size (kbytes):"))?
        .trim()
        .parse()
        .ok()?;
    Some(kb * 1024)
}

/// The bound: five times the input, plus a constant for the program itself (code, libraries,
/// thread stacks, a few output pieces per worker).
fn bound(input: u64) -> u64 {
    5 * input + 24 * 1024 * 1024
}

#[test]
fn many_short_lines_at_the_widest_width_stream() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("short.txt");
    // 100,000 short lines, right to left and left to right: each RTL line is padded to 65,535
    // columns, gigabytes of output in all
    let text: String = (0..100_000)
        .map(|i| if i % 2 == 0 { "مر\n" } else { "ab\n" })
        .collect();
    std::fs::write(&file, &text).expect("write");
    let input = text.len() as u64;
    match peak_memory(&file, "65535", "never") {
        Some(peak) => assert!(
            peak <= bound(input),
            "peak memory {peak} bytes for {input} bytes of input"
        ),
        None => eprintln!("notice: /usr/bin/time is absent; render memory not measured"),
    }
}

#[test]
fn a_long_line_in_any_colour_stays_within_the_bound() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("line.txt");
    // 1 MB on one line: laid out a block at a time
    let text = "قال الوزير إن الخطة «طموحة» وتمتد بين 2016-2020 في عمّان. ".repeat(10_000) + "\n";
    std::fs::write(&file, &text).expect("write");
    let input = text.len() as u64;
    for (width, color) in [("80", "never"), ("65535", "never"), ("80", "always")] {
        if let Some(peak) = peak_memory(&file, width, color) {
            // with colour the entity model (a few megabytes) is loaded too
            let model = if color == "always" { 48 << 20 } else { 0 };
            assert!(
                peak <= bound(input) + model,
                "width {width}, colour {color}: peak memory {peak} bytes for {input} bytes"
            );
        }
    }
}

#[test]
fn wide_output_is_complete() {
    let dir = tempfile::tempdir().expect("tempdir");
    let file = dir.path().join("short.txt");
    let text: String = (0..3_000)
        .map(|i| if i % 2 == 0 { "مر\n" } else { "ab\n" })
        .collect();
    std::fs::write(&file, &text).expect("write");
    let mut child = Command::new(env!("CARGO_BIN_EXE_hamish"))
        .args(["render", "--width", "65535"])
        .arg(&file)
        .stdout(Stdio::piped())
        .spawn()
        .expect("run hamish");
    let mut out = child.stdout.take().expect("stdout");
    let mut buf = vec![0u8; 1 << 16];
    let (mut lines, mut line_len, mut longest) = (0usize, 0usize, 0usize);
    loop {
        let n = out.read(&mut buf).expect("read");
        if n == 0 {
            break;
        }
        for &b in &buf[..n] {
            if b == b'\n' {
                lines += 1;
                longest = longest.max(line_len);
                line_len = 0;
            } else {
                line_len += 1;
            }
        }
    }
    assert!(child.wait().expect("wait").success());
    // one line per paragraph and a blank line between two
    assert_eq!(lines, 2 * 3_000 - 1);
    // an RTL line ends at column 65535: 65533 spaces, then two letters of two bytes (one shaped
    // presentation form of three bytes each)
    assert_eq!(longest, 65_533 + 2 * 3);
}

#[test]
fn a_line_longer_than_a_block_is_shown_as_the_reader_shows_it() {
    let text = format!(
        "عنوان\n{}\n{}\n",
        "كلمة عربية word ١٢٣ ".repeat(3_000),
        "ب".repeat(40_000)
    );
    let doc = Document::from_text(text.clone(), None);
    for width in [7, 61] {
        let opts = LayoutOptions {
            width,
            ..LayoutOptions::default()
        };
        // the reader's blocks, each laid out on its own, a blank line after a paragraph's last
        let mut want = String::new();
        for b in make_blocks(&doc) {
            for l in lay_out(&text[b.range.clone()], &opts) {
                want.push_str(&l.to_plain_string());
                want.push('\n');
            }
            if b.gap_after {
                want.push('\n');
            }
        }
        let got = hamish::layout::text::render_document(&doc, &opts, false, &[]);
        assert_eq!(got, want, "width {width}");
    }
}
