//! The terminal side: raw mode, alternate screen, mouse, bidi mode, and putting everything back —
//! on quit, on panic (a hook restores the terminal, then calls the previous hook), and on
//! SIGTERM/SIGHUP/SIGINT. Events are read on a thread and queued with analysis results and
//! signals; the loop handles everything queued, then draws once if anything changed.

use std::io::{self, Write};
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::mpsc;
use std::sync::{Arc, Once};
use std::time::{Duration, Instant};

use crossterm::event::{
    self, DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture,
    Event,
};
use crossterm::execute;
use crossterm::terminal::{
    EnterAlternateScreen, LeaveAlternateScreen, disable_raw_mode, enable_raw_mode,
};
use ratatui::Terminal;
use ratatui::backend::CrosstermBackend;

use super::app::App;
use crate::analysis::Span;
use crate::analysis::chunks::{CHUNK, analyze_in_chunks};
use crate::document::Document;

/// `CSI 8 l`: ask the terminal not to reorder bidi text itself (ECMA-48 BDSM, explicit mode).
pub const BIDI_EXPLICIT: &str = "\x1b[8l";
/// `CSI 8 h`: give the terminal its own bidi handling back.
pub const BIDI_IMPLICIT: &str = "\x1b[8h";

static ACTIVE: AtomicBool = AtomicBool::new(false);
static BIDI_SENT: AtomicBool = AtomicBool::new(false);
static HOOK: Once = Once::new();

/// How often the reader looks for notes written by other processes (the CLI, another reader).
const NOTES_POLL: Duration = Duration::from_millis(500);

/// Name of the background thread that finds entities (its panics must not restore the terminal).
const ANALYSIS_THREAD: &str = "hamish-analysis";

/// How the reader ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    Quit,
    /// Ended by this signal.
    Signal(i32),
}

enum Msg {
    Term(Event),
    /// One piece of the analysis of document number `.0`; `true` on the last.
    Analysis(usize, Vec<Span>, bool),
    AnalysisFailed(usize, String),
    Signal(i32),
}

/// Restores the terminal if the reader had set it up (safe to call more than once).
pub fn restore() {
    if !ACTIVE.swap(false, Ordering::SeqCst) {
        return;
    }
    let mut out = io::stdout();
    if BIDI_SENT.swap(false, Ordering::SeqCst) {
        let _ = out.write_all(BIDI_IMPLICIT.as_bytes());
    }
    let _ = execute!(
        out,
        DisableMouseCapture,
        DisableBracketedPaste,
        LeaveAlternateScreen,
        crossterm::cursor::Show
    );
    let _ = disable_raw_mode();
    let _ = out.flush();
}

struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

fn install_panic_hook() {
    HOOK.call_once(|| {
        let prev = std::panic::take_hook();
        std::panic::set_hook(Box::new(move |info| {
            if std::thread::current().name() == Some(ANALYSIS_THREAD) {
                // reported to the user in the status line; the reader keeps going
                return;
            }
            restore();
            prev(info);
        }));
    });
}

fn setup(bidi_app: bool) -> io::Result<Guard> {
    install_panic_hook();
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    let guard = Guard;
    let mut out = io::stdout();
    execute!(
        out,
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        crossterm::terminal::Clear(crossterm::terminal::ClearType::All)
    )?;
    if bidi_app {
        out.write_all(BIDI_EXPLICIT.as_bytes())?;
        BIDI_SENT.store(true, Ordering::SeqCst);
    }
    out.flush()?;
    Ok(guard)
}

/// Finds entities and quotations on a background thread; the result arrives as messages tagged
/// with `generation`, the number of the document analysed. The work stops early once `current`
/// moves on (another article was opened, from the library or with `>`).
fn spawn_analysis(
    doc: Arc<Document>,
    tx: mpsc::Sender<Msg>,
    generation: usize,
    current: Arc<AtomicUsize>,
) {
    let spawned = std::thread::Builder::new()
        .name(ANALYSIS_THREAD.into())
        .spawn(move || {
            let result = std::panic::catch_unwind(|| {
                analyze_in_chunks(&doc.text, CHUNK, |spans| {
                    current.load(Ordering::Relaxed) == generation
                        && tx.send(Msg::Analysis(generation, spans, false)).is_ok()
                })
            });
            let msg = match result {
                Ok(()) => Msg::Analysis(generation, Vec::new(), true),
                Err(_) => Msg::AnalysisFailed(
                    generation,
                    "entity detection failed on this article".into(),
                ),
            };
            let _ = tx.send(msg);
        });
    if spawned.is_err() {
        // no thread: the reader works without highlights
    }
}

/// Runs the reader until the user quits or a signal arrives. The terminal is restored before
/// this returns, whatever happens.
pub fn run(app: &mut App, bidi_app: bool, with_analysis: bool) -> io::Result<Outcome> {
    let _guard = setup(bidi_app)?;
    // (no `terminal.clear()`: it asks the terminal where the cursor is, and a terminal that
    // does not answer would stall the start; the fresh alternate screen is cleared in `setup`)
    let mut terminal = Terminal::new(CrosstermBackend::new(io::stdout()))?;
    let size = terminal.size()?;
    app.resize(size.width, size.height);
    if app.ui.clipboard.is_none() {
        // `y` writes OSC 52 straight to the terminal (between draws, so it never splits one)
        app.ui.clipboard = Some(Box::new(|bytes: &[u8]| {
            let mut out = io::stdout();
            out.write_all(bytes)?;
            out.flush()
        }));
    }

    let (tx, rx) = mpsc::channel::<Msg>();
    {
        let tx = tx.clone();
        std::thread::Builder::new()
            .name("hamish-input".into())
            .spawn(move || {
                while let Ok(ev) = event::read() {
                    if tx.send(Msg::Term(ev)).is_err() {
                        break;
                    }
                }
            })?;
    }
    {
        use signal_hook::consts::{SIGHUP, SIGINT, SIGTERM};
        let mut signals = signal_hook::iterator::Signals::new([SIGTERM, SIGHUP, SIGINT])?;
        let tx = tx.clone();
        std::thread::Builder::new()
            .name("hamish-signals".into())
            .spawn(move || {
                if let Some(sig) = signals.forever().next() {
                    let _ = tx.send(Msg::Signal(sig));
                }
            })?;
    }
    // the document being analysed: a new one (opened from the library, or with `>`) is analysed
    // in turn, and results for the one before are dropped
    let current = Arc::new(AtomicUsize::new(0));
    let mut analysed = Arc::as_ptr(app.reader.doc());
    if with_analysis {
        spawn_analysis(app.reader.doc().clone(), tx.clone(), 0, current.clone());
    }

    let mut outcome = Outcome::Quit;
    // draw after any consumed event or message: handle everything queued, then draw once
    let mut redraw = true;
    let mut polled = Instant::now();
    loop {
        if redraw {
            terminal.draw(|f| app.draw(f))?;
            redraw = false;
        }
        if app.quit_requested() {
            break;
        }
        // a layer waiting for more keys (a count) acts when its deadline passes; notes written
        // by other processes are looked for between events and every NOTES_POLL while idle (a
        // stat of the sidecar when nothing changed)
        let poll_at = polled + NOTES_POLL;
        let wake = app.next_deadline().map_or(poll_at, |at| at.min(poll_at));
        let first = match rx.recv_timeout(wake.saturating_duration_since(Instant::now())) {
            Ok(msg) => Some(msg),
            Err(mpsc::RecvTimeoutError::Timeout) => None,
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        };
        let now = Instant::now();
        if first.is_none() {
            redraw |= app.fire_deadlines(now);
        }
        if now >= polled + NOTES_POLL {
            polled = now;
            redraw |= app.poll_notes();
        }
        let mut next = first;
        while let Some(msg) = next {
            match msg {
                Msg::Term(ev) => redraw |= app.handle_event(&ev),
                Msg::Analysis(g, spans, done) if g == current.load(Ordering::Relaxed) => {
                    app.reader.add_spans(spans, done);
                    redraw = true;
                }
                Msg::AnalysisFailed(g, m) if g == current.load(Ordering::Relaxed) => {
                    app.reader.error(m);
                    redraw = true;
                }
                Msg::Analysis(..) | Msg::AnalysisFailed(..) => {}
                Msg::Signal(sig) => {
                    outcome = Outcome::Signal(sig);
                    app.request_quit();
                }
            }
            next = rx.try_recv().ok();
        }
        if with_analysis && Arc::as_ptr(app.reader.doc()) != analysed {
            analysed = Arc::as_ptr(app.reader.doc());
            let g = current.fetch_add(1, Ordering::Relaxed) + 1;
            spawn_analysis(app.reader.doc().clone(), tx.clone(), g, current.clone());
            redraw = true;
        }
    }
    restore();
    Ok(outcome)
}
