//! `hamish entities`: JSON offsets are code points of the decoded text; TSV; errors.

use crate::common::hamish;

const SEED: &str = "../shared/articles/000_6c5c1c1384cff0d9.txt";

fn check_offsets(text: &str, json: &[u8]) -> usize {
    let v: serde_json::Value = serde_json::from_slice(json).expect("valid JSON");
    let arr = v.as_array().expect("an array");
    let chars: Vec<char> = text.chars().collect();
    let mut last = 0;
    for e in arr {
        let start = e["start"].as_u64().expect("start") as usize;
        let end = e["end"].as_u64().expect("end") as usize;
        assert!(start >= last, "not sorted by start");
        last = start;
        let slice: String = chars[start..end].iter().collect();
        assert_eq!(slice, e["text"].as_str().expect("text"));
        let kind = e["kind"].as_str().expect("kind");
        assert!(["person", "place", "organization", "misc", "quote"].contains(&kind));
        if kind == "quote" {
            assert!(["speech", "scare"].contains(&e["style"].as_str().expect("style")));
            assert!(e.get("speaker").is_some(), "quote without speaker field");
        } else {
            assert!(e.get("style").is_none());
        }
    }
    arr.len()
}

#[test]
fn json_offsets_are_code_points_on_invented_text() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.txt");
    // BOM, CRLF and harakat before the names, so byte and code-point offsets differ
    let text = "مَقالٌ قصير\r\nوقال الرئيسُ الفرنسي إيمانويل ماكرون في باريس “سنعمل مع الأمم المتحدة من أجل السلام”.\r\n";
    std::fs::write(&path, format!("\u{FEFF}{text}")).expect("write");
    let out = hamish().arg("entities").arg(&path).output().expect("run");
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let n = check_offsets(text, &out.stdout);
    assert!(n >= 3, "{}", String::from_utf8_lossy(&out.stdout));
    let s = String::from_utf8_lossy(&out.stdout);
    assert!(s.contains("\"باريس\"") && s.contains("\"place\""), "{s}");
    assert!(s.contains("\"speaker\": \"إيمانويل ماكرون\""), "{s}");
}

#[test]
fn json_offsets_on_the_seed_and_stdin() {
    let Ok(text) = std::fs::read_to_string(SEED) else {
        eprintln!("NOTICE: {SEED} is absent; skipping");
        return;
    };
    let out = hamish()
        .args(["entities", SEED, "--format", "json"])
        .output()
        .expect("run");
    assert!(out.status.success());
    assert!(check_offsets(&text, &out.stdout) > 40);
    let mut child = hamish()
        .args(["entities", "-"])
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .spawn()
        .expect("spawn");
    std::io::Write::write_all(&mut child.stdin.take().expect("stdin"), text.as_bytes())
        .expect("write");
    let piped = child.wait_with_output().expect("wait");
    assert_eq!(piped.stdout, out.stdout);
}

#[test]
fn tsv_has_header_and_rows() {
    let dir = tempfile::tempdir().expect("tempdir");
    let path = dir.path().join("a.txt");
    std::fs::write(&path, "زار وزير الخارجية القاهرة ثم عاد إلى بغداد.\n").expect("write");
    let out = hamish()
        .args(["entities", "--format", "tsv"])
        .arg(&path)
        .output()
        .expect("run");
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).expect("utf-8");
    let mut lines = s.lines();
    assert_eq!(
        lines.next(),
        Some("kind\tstart\tend\tstyle\tspeaker\tspeaker_start\tspeaker_end\tref\ttext")
    );
    let rows: Vec<Vec<&str>> = lines.map(|l| l.split('\t').collect()).collect();
    assert!(rows.iter().all(|r| r.len() == 9));
    assert!(
        rows.iter()
            .any(|r| r[0] == "place" && r[8] == "القاهرة" && r[7] == "القاهرة"),
        "{s}"
    );
    assert!(
        rows.iter()
            .any(|r| r[0] == "place" && r[8] == "بغداد" && r[1] == "37"),
        "{s}"
    );
}

#[test]
fn errors_are_one_line_and_nonzero() {
    let out = hamish()
        .args(["entities", "/nonexistent/file.txt"])
        .output()
        .expect("run");
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert_eq!(err.trim_end().lines().count(), 1, "{err}");
    let dir = tempfile::tempdir().expect("tempdir");
    let out = hamish()
        .arg("entities")
        .arg(dir.path())
        .output()
        .expect("run");
    assert!(!out.status.success());
    let out = hamish()
        .args(["entities", "--format", "xml"])
        .output()
        .expect("run");
    assert!(!out.status.success());
}

/// `render --color` highlights what the reader does: with `institutions = true` in the config,
/// the ministry in the organisation colour; without, plain.
#[test]
fn render_colours_institutions_when_the_config_asks() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let article = tmp.path().join("a.txt");
    std::fs::write(
        &article,
        "إصابات جديدة\n\nأعلنت وزارة الصحة الفلسطينية اليوم تسجيل إصابات في مدينة غزة.\n",
    )
    .expect("write");
    let config = tmp.path().join("config");
    std::fs::create_dir_all(config.join("hamish")).expect("config dir");
    let render = |institutions: bool| {
        std::fs::write(
            config.join("hamish/config.toml"),
            format!("institutions = {institutions}\n"),
        )
        .expect("config");
        let out = hamish()
            .args(["render", "--color", "always", "--bidi", "terminal"])
            .args(["--theme", "dark", "--width", "200"])
            .arg(&article)
            .env("XDG_CONFIG_HOME", &config)
            .output()
            .expect("run");
        assert!(out.status.success());
        String::from_utf8(out.stdout).expect("utf-8")
    };
    // the dark theme's organisation colour, right before the ministry
    let coloured = "\x1b[0;38;2;141;180;242mوزارة الصحة الفلسطينية\x1b[0m";
    assert!(render(true).contains(coloured), "{}", render(true));
    let plain = render(false);
    assert!(!plain.contains(coloured), "{plain}");
    assert!(plain.contains(" وزارة الصحة الفلسطينية "), "{plain}");
}
