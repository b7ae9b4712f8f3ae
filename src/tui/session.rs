//! Opening an article in the reader and putting it away: the document, its notebook and
//! reading position, and the notices that go with them. Used when the reader starts and when it
//! moves to another of the files it was given.

use std::path::{Path, PathBuf};
use std::sync::Arc;

use hamish_core::document::Document;
use hamish_core::layout::LayoutOptions;
use hamish_core::notes::{LockWait, Notebook};
use hamish_core::reader::Reader;
use hamish_core::state::StateFile;

/// The built-in sample article (written for hamish), shown when no file is given.
pub const SAMPLE: &str = include_str!("../../assets/sample.txt");

/// An article the reader can show.
#[derive(Clone)]
pub enum Source {
    /// The built-in sample.
    Sample,
    /// Standard input, read once when the reader started (it cannot be read again).
    Stdin(Arc<Document>),
    /// A file.
    File(PathBuf),
}

impl Source {
    /// What the status line calls it.
    pub fn name(&self) -> String {
        match self {
            Source::Sample => "sample article".to_owned(),
            Source::Stdin(_) => "standard input".to_owned(),
            Source::File(p) => p
                .file_name()
                .map(|n| n.to_string_lossy().into_owned())
                .unwrap_or_else(|| p.display().to_string()),
        }
    }
}

/// Loads the article of `source` (files are read now, not before).
pub fn load(source: &Source) -> anyhow::Result<Arc<Document>> {
    Ok(match source {
        Source::Sample => Arc::new(Document::from_text(SAMPLE.to_owned(), None)),
        Source::Stdin(doc) => doc.clone(),
        Source::File(p) => Arc::new(Document::load(p)?),
    })
}

/// A reader on `source`'s article with its notebook and remembered position, and the notices a
/// reader should see on opening it (decoding, notes that are read-only or elsewhere, notes that
/// moved or lost their passage — «2 notes moved, 1 orphaned — m to review», `review_key` being
/// the key of the notes list).
pub fn open(
    source: &Source,
    layout: LayoutOptions,
    review_key: Option<&str>,
) -> anyhow::Result<Reader> {
    let doc = load(source)?;
    Ok(open_document(source, doc, layout, review_key))
}

/// [`open`] on a document already loaded.
pub fn open_document(
    source: &Source,
    doc: Arc<Document>,
    layout: LayoutOptions,
    review_key: Option<&str>,
) -> Reader {
    let mut reader = Reader::new(doc.clone(), source.name(), layout);
    // windows-1256, or UTF-8 with stray bytes shown as U+FFFD
    let name = match source {
        Source::File(p) => p.display().to_string(),
        _ => source.name(),
    };
    if let Some(notice) = doc.notice(&name) {
        reader.say(notice);
    }
    let path = match source {
        Source::File(p) => Some(p.clone()),
        _ => None,
    };
    reader.set_path(path.clone());
    if matches!(source, Source::Stdin(_)) {
        reader.set_notebook(Err(
            "notes need an article file (this one came from standard input)".to_owned(),
        ));
        // no notes, but a reading position, found by the text
        if let Some(chars) = StateFile::for_text(&doc.text)
            .and_then(|s| s.load().ok())
            .and_then(|s| s.reading)
        {
            reader.restore_position(doc.byte_offset(chars));
        }
        return reader;
    }
    // The sample article has no file to keep notes beside: its notes go to the data folder, keyed
    // by its text's hash (its reading position to the state folder, as for any article).
    let sample = path.is_none();
    let notes_at = path.unwrap_or_else(|| PathBuf::from("-"));
    match Notebook::open(&notes_at, &doc) {
        Ok(nb) if sample && nb.sidecar().is_none() => {
            reader.set_notebook(Err(
                "notes are off for the sample article: there is no data folder (HOME is unset)"
                    .to_owned(),
            ));
        }
        Ok(nb) => {
            if let Some(off) = nb.reading_offset() {
                reader.restore_position(off);
            }
            // what re-anchoring did since the notes were last written
            let summary = nb.placement_summary();
            let moved = match review_key {
                Some(k) => summary.notice(k),
                None => summary.message(),
            };
            if let Some(why) = nb.read_only_reason() {
                reader.error(format!("notes are read-only: {why}"));
            } else {
                if let Some(n) = nb.notice() {
                    reader.say(n.to_owned());
                } else if sample && let Some(side) = nb.sidecar() {
                    reader.say(format!("sample article: notes are kept in {}", tilde(side)));
                }
                // said last, so it is the line the reader sees (the message log keeps the others)
                if let Some(m) = moved {
                    reader.say(m);
                }
            }
            // Another writer holding the lock: give up after a second (the editor keeps the
            // text and says who holds it); a signal stops the wait at once.
            let mut nb = nb;
            nb.set_lock_wait(LockWait {
                give_up_after: std::time::Duration::from_secs(1),
                cancel: Some(interrupted()),
                ..LockWait::default()
            });
            reader.set_notebook(Ok(nb));
        }
        Err(e) => {
            let why = format!("notes unavailable: {e}");
            reader.error(why.clone());
            reader.set_notebook(Err(why));
        }
    }
    reader
}

/// Puts an article away: remembers where the reader was. Returns why that failed, if it did.
/// `source` is where the article came from, when the reader was opened on one (standard input
/// has no notebook: its position is kept by its text).
pub fn close(reader: &mut Reader, source: Option<&Source>) -> Option<String> {
    let doc = reader.doc().clone();
    let anchor = reader.anchor();
    // how far, as the status line says it: what the library shows
    let progress = u8::try_from(reader.percent().min(100)).ok();
    // (a read-only notebook too: the position is not a note, it goes to the state folder)
    let stdin = matches!(source, Some(Source::Stdin(_)));
    let why = match reader.notebook_mut() {
        Some(nb) => nb
            .set_reading(&doc, anchor, progress)
            .err()
            .map(|e| e.to_string()),
        // standard input has no notebook: its position is kept by its text
        None if stdin => {
            let state = StateFile::for_text(&doc.text)?;
            let chars = doc.char_offset(anchor);
            let wait = LockWait {
                give_up_after: std::time::Duration::from_secs(1),
                cancel: Some(interrupted()),
                ..LockWait::default()
            };
            state
                .update(&wait, |s| {
                    s.reading = Some(chars);
                    s.progress = progress;
                })
                .err()
                .map(|e| e.to_string())
        }
        None => None,
    };
    why.map(|e| format!("could not remember the reading position: {e}"))
}

/// Set by SIGTERM, SIGHUP and SIGINT: ends a wait for another writer's lock at once.
pub fn interrupted() -> Arc<std::sync::atomic::AtomicBool> {
    static FLAG: std::sync::OnceLock<Arc<std::sync::atomic::AtomicBool>> =
        std::sync::OnceLock::new();
    FLAG.get_or_init(|| {
        let flag = Arc::new(std::sync::atomic::AtomicBool::new(false));
        for sig in [
            signal_hook::consts::SIGTERM,
            signal_hook::consts::SIGHUP,
            signal_hook::consts::SIGINT,
        ] {
            // without it a wait still ends, after its second
            let _ = signal_hook::flag::register(sig, flag.clone());
        }
        flag
    })
    .clone()
}

/// Once the terminal is restored: the last saves may wait the usual 10 s for another writer,
/// saying so on standard error; a new signal still stops them.
pub fn after_terminal(reader: &mut Reader) {
    let flag = interrupted();
    flag.store(false, std::sync::atomic::Ordering::SeqCst);
    if let Some(nb) = reader.notebook_mut() {
        nb.set_lock_wait(LockWait {
            cancel: Some(flag),
            ..LockWait::telling(|what| {
                // stderr may be gone (a hang-up): never fail over a message
                let _ = std::io::Write::write_all(
                    &mut std::io::stderr(),
                    format!("hamish: {what}\n").as_bytes(),
                );
            })
        });
    }
}

/// A path for the status line, with the home folder written as `~`.
pub fn tilde(path: &Path) -> String {
    match std::env::var_os("HOME").map(PathBuf::from) {
        Some(home) if !home.as_os_str().is_empty() => match path.strip_prefix(&home) {
            Ok(rest) => format!("~/{}", rest.display()),
            Err(_) => path.display().to_string(),
        },
        _ => path.display().to_string(),
    }
}
