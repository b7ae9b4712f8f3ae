//! The notes store and hamish's own files against hostile conditions (issue 14 A, B, G, H, J, K, L
//! and issue 10 items 2–3): dates out of range, duplicate ids, special files, symlinks, held locks,
//! huge files, read-only folders, and nothing left beside an article but its notes.

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Output, Stdio};
use std::time::{Duration, Instant};

const ARTICLE: &str = "مقدمة: هذا نص تجريبي عن المدينة.\n\
قال الكاتب إن البحر هادئ في الصباح، ثم مضى إلى السوق.\n\
وفي المساء عاد إلى بيته القديم قرب الميناء.\n";

const BIN: &str = env!("CARGO_BIN_EXE_hamish");

/// A temporary folder with `a.txt`, and a home of its own (config, data and state folders) so
/// that nothing outside the folder is touched.
struct Fixture {
    dir: tempfile::TempDir,
}

impl Fixture {
    fn new() -> Fixture {
        let dir = tempfile::tempdir().expect("tempdir");
        std::fs::create_dir(dir.path().join("articles")).expect("articles folder");
        std::fs::write(dir.path().join("articles/a.txt"), ARTICLE).expect("write the article");
        Fixture { dir }
    }
    fn article(&self) -> PathBuf {
        self.dir.path().join("articles/a.txt")
    }
    fn folder(&self) -> PathBuf {
        self.dir.path().join("articles")
    }
    fn sidecar(&self) -> PathBuf {
        self.dir.path().join("articles/a.txt.notes.toml")
    }
    fn bak(&self) -> PathBuf {
        self.dir.path().join("articles/a.txt.notes.toml.bak")
    }
    fn home(&self) -> PathBuf {
        self.dir.path().join("home")
    }
    fn command(&self, args: &[&str]) -> Command {
        let mut c = Command::new(BIN);
        c.args(args)
            .env("HOME", self.home())
            .env("XDG_CONFIG_HOME", self.home().join("config"))
            .env("XDG_DATA_HOME", self.home().join("data"))
            .env("XDG_STATE_HOME", self.home().join("state"))
            .stdin(Stdio::null())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        c
    }
    fn run(&self, args: &[&str]) -> Output {
        self.command(args).output().expect("run hamish")
    }
    fn ok(&self, args: &[&str]) -> String {
        let out = self.run(args);
        assert!(
            out.status.success(),
            "hamish {args:?} failed: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        String::from_utf8(out.stdout).expect("utf-8 output")
    }
    fn add(&self, quote: &str, text: &str) -> String {
        let a = self.article();
        self.ok(&["notes", "add", s(&a), "--quote", quote, "--text", text])
            .trim()
            .to_owned()
    }
    fn list(&self) -> Vec<serde_json::Value> {
        let a = self.article();
        let out = self.ok(&["notes", s(&a)]);
        serde_json::from_str::<serde_json::Value>(&out)
            .expect("json")
            .as_array()
            .expect("an array")
            .clone()
    }
    /// Names in the article's folder, sorted.
    fn folder_names(&self) -> Vec<String> {
        let mut names: Vec<String> = std::fs::read_dir(self.folder())
            .expect("read the folder")
            .flatten()
            .map(|e| e.file_name().to_string_lossy().into_owned())
            .collect();
        names.sort();
        names
    }
}

fn s(p: &Path) -> &str {
    p.to_str().expect("a UTF-8 path")
}

/// Waits for `child` at most `limit`; kills it when it is still running then. `None`: it hung.
fn wait_at_most(mut child: Child, limit: Duration) -> Option<Output> {
    let start = Instant::now();
    loop {
        match child.try_wait().expect("wait") {
            Some(_) => return Some(child.wait_with_output().expect("output")),
            None if start.elapsed() > limit => {
                let _ = child.kill();
                let _ = child.wait();
                return None;
            }
            None => std::thread::sleep(Duration::from_millis(20)),
        }
    }
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A sidecar written by hand: notes given as (id, created, updated, text, passage).
fn sidecar_text(notes: &[(&str, &str, &str, &str, &str)]) -> String {
    let mut out = String::from("schema = 1\n[document]\noffset_unit = \"codepoint\"\n");
    for (id, created, updated, text, passage) in notes {
        let start = ARTICLE
            .find(passage)
            .map(|b| ARTICLE[..b].chars().count())
            .expect("the passage is in the article");
        let end = start + passage.chars().count();
        out.push_str(&format!(
            "\n[[note]]\nid = \"{id}\"\ncreated = {created}\nupdated = {updated}\ntext = \"{text}\"\n\
             [note.anchor]\nstart = {start}\nend = {end}\nexact = \"{passage}\"\n"
        ));
    }
    out
}

fn strict_parse(path: &Path) -> hamish::notes::sidecar::Sidecar {
    let bytes = std::fs::read(path).expect("read the sidecar");
    hamish::notes::sidecar::parse(&bytes)
        .unwrap_or_else(|e| panic!("{} does not parse: {}: {}", path.display(), e.line, e.what))
}

// ---- A: never acknowledge a write that cannot be read back ----

#[test]
fn a_editing_a_note_dated_at_the_end_of_year_9999_stays_readable() {
    let f = Fixture::new();
    let id = "01J9AAAAAAAAAAAAAAAAAAAAAA";
    std::fs::write(
        f.sidecar(),
        sidecar_text(&[(
            id,
            "2026-01-01T00:00:00Z",
            "9999-12-31T23:59:59.999Z",
            "far",
            "البحر",
        )]),
    )
    .unwrap();
    let a = f.article();
    f.ok(&["notes", "edit", s(&a), id, "--text", "edited"]);
    strict_parse(&f.sidecar());
    let notes = f.list();
    assert_eq!(notes.len(), 1);
    assert_eq!(notes[0]["text"], "edited");
    assert_eq!(notes[0]["updated"], "9999-12-31T23:59:59.999Z");
}

#[test]
fn a_year_zero_with_an_offset_stays_readable() {
    let f = Fixture::new();
    let id = "01J9BBBBBBBBBBBBBBBBBBBBBB";
    std::fs::write(
        f.sidecar(),
        sidecar_text(&[(
            id,
            "0000-01-01T00:00:00+01:00",
            "0000-01-01T00:00:00+01:00",
            "old",
            "البحر",
        )]),
    )
    .unwrap();
    let a = f.article();
    f.ok(&["notes", "edit", s(&a), id, "--text", "edited"]);
    strict_parse(&f.sidecar());
    let notes = f.list();
    assert_eq!(notes[0]["created"], "0000-01-01T00:00:00.000Z");
    f.add("السوق", "another");
    assert_eq!(f.list().len(), 2);
}

/// Files the earlier hamish wrote with years out of range are read (dates clamped, with a
/// notice) and repaired by the next write, instead of making every command fail.
#[test]
fn a_a_sidecar_with_years_out_of_range_is_read_and_repaired() {
    let f = Fixture::new();
    let bad = sidecar_text(&[
        (
            "01J9CCCCCCCCCCCCCCCCCCCCCC",
            "2026-01-01T00:00:00.000Z",
            "10000-01-01T00:00:00.000Z",
            "future",
            "البحر",
        ),
        (
            "01J9DDDDDDDDDDDDDDDDDDDDDD",
            "-001-12-31T23:00:00.000Z",
            "2026-01-01T00:00:00.000Z",
            "past",
            "السوق",
        ),
    ]);
    std::fs::write(f.sidecar(), &bad).unwrap();
    let a = f.article();
    let out = f.run(&["notes", s(&a)]);
    assert!(out.status.success(), "{}", stderr(&out));
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(listed.as_array().unwrap().len(), 2);
    assert!(stderr(&out).contains("10000-01-01"), "{}", stderr(&out));
    // listing never writes
    assert_eq!(std::fs::read_to_string(f.sidecar()).unwrap(), bad);
    f.add("الميناء", "third");
    let side = strict_parse(&f.sidecar());
    assert_eq!(side.notes.len(), 3);
    // the broken original is the backup
    assert_eq!(std::fs::read_to_string(f.bak()).unwrap(), bad);
}

// ---- B: duplicate ids never lose a note ----

#[test]
fn b_a_duplicate_id_keeps_both_notes() {
    let f = Fixture::new();
    let id = "01J9EEEEEEEEEEEEEEEEEEEEEE";
    std::fs::write(
        f.sidecar(),
        sidecar_text(&[
            (
                id,
                "2026-01-01T00:00:00Z",
                "2026-03-01T00:00:00Z",
                "note A",
                "البحر",
            ),
            (
                id,
                "2026-01-02T00:00:00Z",
                "2026-02-01T00:00:00Z",
                "note B",
                "السوق",
            ),
        ]),
    )
    .unwrap();
    let a = f.article();
    let out = f.run(&["notes", s(&a)]);
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(
        stderr(&out).contains(id) && stderr(&out).contains("new id"),
        "a notice names the id: {}",
        stderr(&out)
    );
    f.add("الميناء", "one");
    f.add("المدينة", "two");
    for file in [f.sidecar(), f.bak()] {
        let side = strict_parse(&file);
        let texts: Vec<&str> = side.notes.iter().map(|n| n.text.as_str()).collect();
        assert!(
            texts.contains(&"note A") && texts.contains(&"note B"),
            "{}: {texts:?}",
            file.display()
        );
        let mut ids: Vec<&str> = side.notes.iter().map(|n| n.id.as_str()).collect();
        ids.sort_unstable();
        ids.dedup();
        assert_eq!(ids.len(), side.notes.len(), "ids are unique now");
    }
    // note A keeps the id; B, the later copy, has the new one, and edits reach each
    f.ok(&["notes", "edit", s(&a), id, "--text", "A edited"]);
    let notes = f.list();
    let texts: Vec<&str> = notes.iter().map(|n| n["text"].as_str().unwrap()).collect();
    assert!(
        texts.contains(&"A edited") && texts.contains(&"note B"),
        "{texts:?}"
    );
}

// ---- G: only regular files, with a size cap ----

fn mkfifo(path: &Path) {
    let st = Command::new("mkfifo").arg(path).status().expect("mkfifo");
    assert!(st.success());
}

#[test]
fn g_a_fifo_as_sidecar_does_not_hang() {
    let f = Fixture::new();
    mkfifo(&f.sidecar());
    let a = f.article();
    for args in [
        vec!["notes", s(&a)],
        vec!["notes", "add", s(&a), "--quote", "البحر", "--text", "x"],
    ] {
        let child = f.command(&args).spawn().unwrap();
        let out = wait_at_most(child, Duration::from_secs(10)).expect("hamish hung on a FIFO");
        assert!(!out.status.success());
        let err = stderr(&out);
        assert!(err.contains("not a regular file"), "{err}");
        assert_eq!(err.lines().count(), 1, "{err}");
    }
}

#[test]
fn g_a_sidecar_linked_to_dev_zero_is_refused_at_once() {
    let f = Fixture::new();
    std::os::unix::fs::symlink("/dev/zero", f.sidecar()).unwrap();
    let a = f.article();
    let child = f.command(&["notes", s(&a)]).spawn().unwrap();
    let out = wait_at_most(child, Duration::from_secs(10)).expect("hamish read /dev/zero");
    assert!(!out.status.success());
    assert!(
        stderr(&out).contains("not a regular file"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn g_a_fifo_as_config_or_theme_does_not_hang() {
    let f = Fixture::new();
    let fifo = f.dir.path().join("fifo.toml");
    mkfifo(&fifo);
    let a = f.article();
    for args in [
        vec!["--config", s(&fifo), s(&a)],
        vec!["render", s(&a), "--color", "always", "--theme", s(&fifo)],
    ] {
        let child = f.command(&args).spawn().unwrap();
        let out = wait_at_most(child, Duration::from_secs(10))
            .unwrap_or_else(|| panic!("hamish {args:?} hung on a FIFO"));
        assert!(!out.status.success(), "{args:?}");
        assert!(
            stderr(&out).contains("not a regular file"),
            "{args:?}: {}",
            stderr(&out)
        );
    }
    // a FIFO as the default config does not hang either (the reader would say why it uses the
    // defaults; without a terminal it stops at that)
    let default = f.home().join("config/hamish/config.toml");
    std::fs::create_dir_all(f.home().join("config/hamish")).unwrap();
    mkfifo(&default);
    let child = f.command(&[s(&a)]).spawn().unwrap();
    let out = wait_at_most(child, Duration::from_secs(10)).expect("hung on the default config");
    assert!(
        stderr(&out).contains("needs a terminal"),
        "{}",
        stderr(&out)
    );
    let e = hamish::config::Config::load_lenient(&default, false).unwrap_err();
    assert!(e.to_string().contains("not a regular file"), "{e}");
}

// ---- H: the lock never follows a symlink ----

#[test]
fn h_a_symlink_where_the_lock_was_is_not_followed() {
    let f = Fixture::new();
    let elsewhere = f.dir.path().join("created-by-the-lock");
    std::os::unix::fs::symlink(&elsewhere, f.folder().join("a.txt.notes.toml.lock")).unwrap();
    f.add("البحر", "note");
    assert!(!elsewhere.exists(), "the lock followed the symlink");
    assert_eq!(f.list().len(), 1);
}

// ---- J: writes keep the sidecar's permissions and symlink, and only hamish's temporaries go ----

#[test]
fn j_permissions_are_kept() {
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::new();
    f.add("البحر", "one");
    for mode in [0o644, 0o640, 0o664] {
        std::fs::set_permissions(f.sidecar(), std::fs::Permissions::from_mode(mode)).unwrap();
        f.add("السوق", "again");
        let now = std::fs::metadata(f.sidecar()).unwrap().permissions().mode() & 0o7777;
        assert_eq!(now, mode, "{mode:o} became {now:o}");
    }
}

#[test]
fn j_a_new_sidecar_gets_the_usual_permissions() {
    use std::os::unix::fs::PermissionsExt;
    let f = Fixture::new();
    // umask 022 in the test's children unless the environment says otherwise: compare with a
    // file made the ordinary way in the same folder
    f.add("البحر", "one");
    let ordinary = f.folder().join("ordinary");
    std::fs::write(&ordinary, "x").unwrap();
    let want = std::fs::metadata(&ordinary).unwrap().permissions().mode() & 0o777;
    let got = std::fs::metadata(f.sidecar()).unwrap().permissions().mode() & 0o777;
    assert_eq!(got, want, "{got:o} vs {want:o}");
}

#[test]
fn j_a_symlinked_sidecar_is_written_through() {
    let f = Fixture::new();
    let real_dir = f.dir.path().join("synced");
    std::fs::create_dir(&real_dir).unwrap();
    let real = real_dir.join("a.notes.toml");
    std::os::unix::fs::symlink(&real, f.sidecar()).unwrap();
    // a dangling link: the first note creates the target
    f.add("البحر", "one");
    f.add("السوق", "two");
    assert!(
        std::fs::symlink_metadata(f.sidecar())
            .unwrap()
            .file_type()
            .is_symlink(),
        "the link is still a link"
    );
    assert_eq!(strict_parse(&real).notes.len(), 2);
    assert_eq!(f.list().len(), 2);
    // the backup is kept beside the real file, and nothing but the link is beside the article
    assert!(real_dir.join("a.notes.toml.bak").exists());
    assert_eq!(f.folder_names(), ["a.txt", "a.txt.notes.toml"]);
}

#[test]
fn j_only_hamish_temporaries_are_swept() {
    let f = Fixture::new();
    let users = [
        ".hamish-probe-mine",
        ".hamish-probe-abc123",
        ".a.txt.notes.toml.mine.tmp",
        ".a.txt.notes.toml.backup.tmp",
    ];
    for name in users {
        std::fs::write(f.folder().join(name), "the user's").unwrap();
    }
    f.add("البحر", "one");
    f.add("السوق", "two");
    for name in users {
        assert_eq!(
            std::fs::read_to_string(f.folder().join(name))
                .ok()
                .as_deref(),
            Some("the user's"),
            "{name} was deleted"
        );
    }
}

// ---- L: huge files do not take huge memory ----

/// Runs hamish with its address space limited to `mb` megabytes.
fn run_limited(f: &Fixture, mb: u64, args: &[&str]) -> Output {
    let mut line = format!("ulimit -v {} && exec '{BIN}'", mb * 1024);
    for a in args {
        line.push_str(&format!(" '{a}'"));
    }
    let mut sh = Command::new("sh");
    sh.arg("-c")
        .arg(line)
        .env("HOME", f.home())
        .env("XDG_CONFIG_HOME", f.home().join("config"))
        .env("XDG_DATA_HOME", f.home().join("data"))
        .env("XDG_STATE_HOME", f.home().join("state"))
        .stdin(Stdio::null());
    sh.output().expect("sh")
}

/// A sidecar of about `mb` MB: many notes with long text.
fn big_sidecar(mb: usize) -> String {
    let mut out = String::from("schema = 1\n[document]\noffset_unit = \"codepoint\"\n");
    let text = "نص طويل للملاحظة ".repeat(50);
    let mut i = 0u64;
    while out.len() < mb << 20 {
        out.push_str(&format!(
            "\n[[note]]\nid = \"01J9{i:022}\"\ncreated = 2026-01-01T00:00:00Z\nupdated = 2026-01-01T00:00:00Z\n\
             text = \"{text}\"\n[note.anchor]\nstart = 7\nend = 12\nexact = \"البحر\"\n"
        ));
        i += 1;
    }
    out
}

#[test]
fn l_a_50_mb_sidecar_is_refused_in_little_memory() {
    let f = Fixture::new();
    std::fs::write(f.sidecar(), big_sidecar(50)).unwrap();
    let before = std::fs::read(f.sidecar()).unwrap();
    let a = f.article();
    let out = run_limited(
        &f,
        200,
        &["notes", "add", s(&a), "--quote", "البحر", "--text", "x"],
    );
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(err.contains("larger than"), "{err}");
    assert_eq!(err.lines().count(), 1, "{err}");
    assert!(
        std::fs::read(f.sidecar()).unwrap() == before,
        "left as it was"
    );
}

/// Just under the cap: parsed note by note, the note added within a 170 MB address space (the
/// whole-file parse needed about 200 MB here; the heap peak is now about 6 times the file).
#[test]
fn l_a_15_mb_sidecar_takes_a_note_in_bounded_memory() {
    let f = Fixture::new();
    std::fs::write(f.sidecar(), big_sidecar(15)).unwrap();
    let a = f.article();
    let out = run_limited(
        &f,
        170,
        &["notes", "add", s(&a), "--quote", "البحر", "--text", "x"],
    );
    assert!(out.status.success(), "{}", stderr(&out));
    assert!(strict_parse(&f.sidecar()).notes.len() > 1000);
}

#[test]
fn l_a_50_mb_theme_is_refused_in_little_memory() {
    let f = Fixture::new();
    let theme = f.dir.path().join("huge.toml");
    let mut t = String::from("[palette]\n");
    let mut i = 0;
    while t.len() < 50 << 20 {
        t.push_str(&format!("c{i} = \"#102030\"\n"));
        i += 1;
    }
    std::fs::write(&theme, t).unwrap();
    let a = f.article();
    let out = run_limited(
        &f,
        200,
        &["render", s(&a), "--color", "always", "--theme", s(&theme)],
    );
    let err = stderr(&out);
    assert!(!out.status.success());
    assert!(err.contains("larger than"), "{err}");
}

// ---- issue 10.3: nothing beside the article but its notes ----

#[test]
fn writing_notes_leaves_only_the_sidecar_and_one_backup() {
    let f = Fixture::new();
    let a = f.article();
    f.ok(&["notes", s(&a)]);
    assert_eq!(f.folder_names(), ["a.txt"], "listing writes nothing");
    f.add("البحر", "one");
    assert_eq!(f.folder_names(), ["a.txt", "a.txt.notes.toml"]);
    f.add("السوق", "two");
    let id = f.add("الميناء", "three");
    f.ok(&["notes", "rm", s(&a), &id]);
    assert_eq!(
        f.folder_names(),
        ["a.txt", "a.txt.notes.toml", "a.txt.notes.toml.bak"]
    );
}

// ---- K: a held lock is waited for a bounded time, and said so ----

/// Spawns `notes add` and collects its standard error line by line as it comes.
fn spawn_add_watching(
    f: &Fixture,
    text: &str,
) -> (Child, std::sync::mpsc::Receiver<(Instant, String)>) {
    use std::io::BufRead;
    let a = f.article();
    let mut child = f
        .command(&["notes", "add", s(&a), "--quote", "البحر", "--text", text])
        .spawn()
        .unwrap();
    let err = child.stderr.take().unwrap();
    let (tx, rx) = std::sync::mpsc::channel();
    std::thread::spawn(move || {
        for line in std::io::BufReader::new(err).lines().map_while(Result::ok) {
            let _ = tx.send((Instant::now(), line));
        }
    });
    (child, rx)
}

fn hold_lock(f: &Fixture) -> hamish::files::FolderLock {
    hamish::notes::store::lock(&f.sidecar(), &hamish::files::LockWait::no_wait())
        .expect("the lock is free")
}

#[test]
fn k_a_writer_says_what_it_waits_for_and_goes_on_when_the_lock_is_released() {
    let f = Fixture::new();
    let held = hold_lock(&f);
    let start = Instant::now();
    let (child, lines) = spawn_add_watching(&f, "waited");
    let (at, line) = lines
        .recv_timeout(Duration::from_secs(5))
        .expect("a notice while waiting");
    let after = at - start;
    assert!(
        after >= Duration::from_millis(900) && after < Duration::from_secs(4),
        "told after {after:?}"
    );
    assert!(
        line.contains("waiting for")
            && line.contains(&format!("process {}", std::process::id()))
            && line.contains(s(&f.folder())),
        "{line}"
    );
    drop(held);
    let out = wait_at_most(child, Duration::from_secs(10)).expect("it went on");
    assert!(out.status.success());
    assert_eq!(String::from_utf8_lossy(&out.stdout).trim().len(), 26);
    assert_eq!(f.list().len(), 1);
}

#[test]
fn k_a_writer_gives_up_after_ten_seconds() {
    let f = Fixture::new();
    let _held = hold_lock(&f);
    let start = Instant::now();
    let (child, lines) = spawn_add_watching(&f, "never");
    let out = wait_at_most(child, Duration::from_secs(20)).expect("it gave up");
    let took = start.elapsed();
    assert!(!out.status.success());
    assert!(
        took >= Duration::from_secs(10) && took < Duration::from_secs(14),
        "{took:?}"
    );
    // everything it said (the reading thread ends when the pipe closes)
    let said: Vec<String> = lines.iter().map(|(_, l)| l).collect();
    assert_eq!(said.len(), 2, "a notice, then the error: {said:?}");
    assert!(said[1].contains("gave up after 10 s"), "{said:?}");
    assert!(!f.sidecar().exists());
}

#[test]
fn k_sigterm_ends_a_waiting_writer() {
    let f = Fixture::new();
    let _held = hold_lock(&f);
    let (child, lines) = spawn_add_watching(&f, "never");
    lines
        .recv_timeout(Duration::from_secs(5))
        .expect("a notice while waiting");
    let st = Command::new("kill")
        .args(["-TERM", &child.id().to_string()])
        .status()
        .unwrap();
    assert!(st.success());
    let out = wait_at_most(child, Duration::from_secs(2)).expect("SIGTERM ended it");
    assert!(!out.status.success());
    assert!(!f.sidecar().exists());
}

// ---- issue 10.2: notes away from a read-only folder are found by path and by text ----

mod away {
    use super::*;
    use hamish::document::Document;
    use hamish::notes::{NoteStatus, Notebook, OpenOptions};

    /// The options of a notebook whose article's folder is treated as read-only (root ignores
    /// permissions), with data and state folders in `f`.
    fn read_only(f: &Fixture) -> OpenOptions {
        OpenOptions {
            data_dir: Some(f.home().join("data")),
            state_dir: Some(f.home().join("state")),
            assume_folder_read_only: true,
        }
    }

    fn open(f: &Fixture, opts: &OpenOptions) -> (Document, Notebook) {
        let doc = Document::load(&f.article()).unwrap();
        let nb = Notebook::open_with(&f.article(), &doc, opts).unwrap();
        (doc, nb)
    }

    fn at(doc: &Document, passage: &str) -> std::ops::Range<usize> {
        let b = doc.text.find(passage).unwrap();
        b..b + passage.len()
    }

    /// (text, status) of every note, sorted by text.
    fn statuses(nb: &Notebook) -> Vec<(String, NoteStatus)> {
        let mut v: Vec<(String, NoteStatus)> = nb
            .notes()
            .iter()
            .map(|n| (n.text.clone(), n.status))
            .collect();
        v.sort_by(|a, b| a.0.cmp(&b.0));
        v
    }

    /// Notes on three passages, then the article edited: a paragraph above, one passage changed,
    /// one removed.
    fn add_then_edit(f: &Fixture, opts: &OpenOptions) {
        let (doc, mut nb) = open(f, opts);
        nb.add(&doc, at(&doc, "البحر هادئ"), "moved").unwrap();
        nb.add(&doc, at(&doc, "بيته القديم قرب الميناء"), "fuzzy")
            .unwrap();
        nb.add(&doc, at(&doc, "مضى إلى السوق"), "orphaned").unwrap();
        let edited = format!("فقرة جديدة في الأعلى.\n{ARTICLE}")
            .replace("بيته القديم قرب الميناء", "بيته العتيق قرب الميناء")
            .replace("ثم مضى إلى السوق", "");
        std::fs::write(f.article(), edited).unwrap();
    }

    #[test]
    fn after_an_edit_they_are_reanchored_exactly_as_beside_the_article() {
        let away = Fixture::new();
        let opts = read_only(&away);
        add_then_edit(&away, &opts);
        assert!(!away.sidecar().exists());
        let (_, nb) = open(&away, &opts);
        let found = statuses(&nb);

        let beside = Fixture::new();
        let writable = OpenOptions {
            assume_folder_read_only: false,
            ..read_only(&beside)
        };
        add_then_edit(&beside, &writable);
        assert!(beside.sidecar().exists());
        let (_, nb) = open(&beside, &writable);
        assert_eq!(found, statuses(&nb));
        assert_eq!(
            found,
            [
                ("fuzzy".to_owned(), NoteStatus::Fuzzy),
                ("moved".to_owned(), NoteStatus::Moved),
                ("orphaned".to_owned(), NoteStatus::Orphaned),
            ]
        );
    }

    #[test]
    fn notes_stored_under_the_text_hash_are_still_found_and_kept() {
        let f = Fixture::new();
        let opts = read_only(&f);
        // as an earlier version kept them, and as standard input still does:
        // data/notes/<sha256 of the text>.notes.toml
        let doc = Document::load(&f.article()).unwrap();
        let mut stdin = Notebook::open_with(Path::new("-"), &doc, &opts).unwrap();
        stdin.add(&doc, at(&doc, "البحر"), "old").unwrap();
        let legacy = stdin.sidecar().unwrap().to_owned();
        assert_eq!(legacy.parent(), Some(f.home().join("data/notes").as_path()));
        let (doc, mut nb) = open(&f, &opts);
        assert_eq!(statuses(&nb), [("old".to_owned(), NoteStatus::Anchored)]);
        nb.add(&doc, at(&doc, "السوق"), "new").unwrap();
        // written by the article's path, with the old note, so an edit no longer loses it
        std::fs::write(f.article(), format!("سطر جديد.\n{ARTICLE}")).unwrap();
        let (_, nb) = open(&f, &opts);
        assert_eq!(
            statuses(&nb),
            [
                ("new".to_owned(), NoteStatus::Moved),
                ("old".to_owned(), NoteStatus::Moved)
            ]
        );
    }

    #[test]
    fn a_moved_article_finds_its_notes_by_its_text() {
        let f = Fixture::new();
        let opts = read_only(&f);
        let (doc, mut nb) = open(&f, &opts);
        nb.add(&doc, at(&doc, "البحر"), "kept").unwrap();
        let moved = f.folder().join("renamed.txt");
        std::fs::rename(f.article(), &moved).unwrap();
        let doc = Document::load(&moved).unwrap();
        let nb = Notebook::open_with(&moved, &doc, &opts).unwrap();
        assert_eq!(statuses(&nb), [("kept".to_owned(), NoteStatus::Anchored)]);
    }
}

// ---- issue 10.3 in a real terminal: opening and quitting leaves nothing beside the article ----

fn tmux_absent() -> bool {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("notice: tmux is absent; e2e store test skipped");
        return true;
    }
    false
}

fn launch(tmux: &crate::common::Tmux, f: &Fixture) {
    crate::common::launch(tmux, &f.folder(), &f.home(), "a.txt");
}

fn status_line(c: &[String]) -> &str {
    c.last().map_or("", String::as_str)
}

#[test]
fn opening_and_quitting_the_reader_leaves_nothing_beside_the_article() {
    if tmux_absent() {
        return;
    }
    let f = Fixture::new();
    let tmux =
        crate::common::Tmux::start(format!("hamish-store-open-{}", std::process::id()), 80, 24);
    launch(&tmux, &f);
    tmux.wait_for("the reader", |c| status_line(c).contains("a.txt"));
    tmux.keys(&["NPage"]);
    tmux.keys(&["q"]);
    let end = tmux.wait_for("the exit", |c| c.iter().any(|l| l.contains("EXIT=")));
    assert!(
        end.iter().any(|l| l.contains("EXIT=0")),
        "{}",
        end.join("\n")
    );
    assert_eq!(f.folder_names(), ["a.txt"]);
    // the reading position went to the state folder
    let states = std::fs::read_dir(f.home().join("state/hamish/articles"))
        .map(|d| d.count())
        .unwrap_or(0);
    assert_eq!(states, 1);
}

/// The reader with another program holding the notes' lock: Ctrl-S gives up within about a
/// second, says who holds the lock, keeps the text in the editor, and the reader still quits.
#[test]
fn the_reader_does_not_freeze_on_a_held_lock() {
    if tmux_absent() {
        return;
    }
    let f = Fixture::new();
    let held = hold_lock(&f);
    let tmux =
        crate::common::Tmux::start(format!("hamish-store-lock-{}", std::process::id()), 80, 24);
    launch(&tmux, &f);
    tmux.wait_for("the reader", |c| status_line(c).contains("a.txt"));
    tmux.keys(&[")", "a"]);
    tmux.wait_for("the note editor", |c| {
        c.iter().any(|l| l.contains("Ctrl-S save"))
    });
    tmux.type_text("ملاحظة");
    let start = Instant::now();
    tmux.keys(&["C-s"]);
    let screen = tmux.wait_for("the lock message", |c| {
        c.iter().any(|l| l.contains("gave up"))
    });
    assert!(start.elapsed() < Duration::from_secs(5));
    assert!(
        screen
            .iter()
            .any(|l| l.contains("Note:") && l.contains('┌'))
            && screen.iter().any(|l| l.contains("ﺔﻈﺣﻼﻣ")),
        "the editor stays open with the text:\n{}",
        screen.join("\n")
    );
    // released: the same Ctrl-S saves
    drop(held);
    tmux.keys(&["C-s"]);
    tmux.wait_for("saved", |c| status_line(c).contains("note saved"));
    tmux.keys(&["q"]);
    let end = tmux.wait_for("the exit", |c| c.iter().any(|l| l.contains("EXIT=")));
    assert!(
        end.iter().any(|l| l.contains("EXIT=0")),
        "{}",
        end.join("\n")
    );
    assert_eq!(f.list().len(), 1);
}

/// FIFOs as sidecar and config: the reader opens with the defaults, says why, and quits (a FIFO
/// named with `--theme` is refused before the terminal is touched: see the test above).
#[test]
fn the_reader_opens_and_quits_with_fifos_for_its_files() {
    if tmux_absent() {
        return;
    }
    let f = Fixture::new();
    mkfifo(&f.sidecar());
    std::fs::create_dir_all(f.home().join("config/hamish")).unwrap();
    mkfifo(&f.home().join("config/hamish/config.toml"));
    let tmux =
        crate::common::Tmux::start(format!("hamish-store-fifo-{}", std::process::id()), 80, 24);
    launch(&tmux, &f);
    tmux.wait_for("the reader", |c| {
        c.iter().any(|l| l.contains("ﺮﺤﺒﻟﺍ")) && status_line(c).contains("a.txt")
    });
    tmux.keys(&["q"]);
    let end = tmux.wait_for("the exit", |c| c.iter().any(|l| l.contains("EXIT=")));
    assert!(
        end.iter().any(|l| l.contains("EXIT=0")),
        "{}",
        end.join("\n")
    );
}
