//! The terminal side: raw mode, alternate screen, mouse, bidi mode, and putting everything back —
//! on quit, on panic (a hook restores the terminal, then calls the previous hook), and on
//! SIGTERM/SIGHUP/SIGINT/SIGQUIT. Events are read on a thread and queued with analysis results and
//! signals; the loop handles everything queued, then draws once if anything changed.
//!
//! Job control: SIGTSTP (Ctrl-Z, or `kill -TSTP`) puts the terminal back, stops the process, and
//! on `fg` sets the terminal up again and redraws everything ([`suspend_or_resume`]); SIGCONT alone
//! (after a `kill -STOP`, when the shell may have reset the terminal) does the second half.
//!
//! A terminal that goes away without a SIGHUP (its window closed while the hang-up is ignored)
//! ends the reader as a hang-up would: a watch thread sees the hang-up on the terminal's file
//! descriptor, since crossterm's reader would spin on the end of input instead of returning.

use std::io::{self, IsTerminal, Write};
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
use crate::analysis::chunks::{CHUNK, analyze_in_chunks_with};
use crate::analysis::entities;
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
    /// A signal; also SIGHUP when the terminal is gone (its input hung up or failed).
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
    enter_screen(bidi_app)?;
    Ok(guard)
}

/// Alternate screen, mouse, bracketed paste, a cleared screen and (`bidi_app`) the terminal's
/// own bidi turned off.
fn enter_screen(bidi_app: bool) -> io::Result<()> {
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
    out.flush()
}

/// True for the signals [`suspend_or_resume`] handles (SIGTSTP, SIGCONT).
pub fn is_job_control(sig: i32) -> bool {
    use signal_hook::consts::{SIGCONT, SIGTSTP};
    sig == SIGTSTP || sig == SIGCONT
}

/// Job control, between two draws. SIGTSTP: put the terminal back as it was, stop the process
/// (as SIGTSTP's default action would), and when the shell continues it, set the terminal up
/// again. SIGCONT: set it up again (the shell may have reset it while the process was stopped).
/// Either way the screen is cleared and the next draw repaints everything; returns the
/// terminal's size, for the caller to pass on as a resize (it may have changed meanwhile).
pub fn suspend_or_resume(
    sig: i32,
    terminal: &mut Terminal<CrosstermBackend<io::Stdout>>,
    bidi_app: bool,
) -> io::Result<(u16, u16)> {
    if sig == signal_hook::consts::SIGTSTP {
        restore();
        signal_hook::low_level::emulate_default_handler(sig)?;
    }
    // Raw mode afresh: crossterm keeps raw mode "on" in its own books even when the shell has
    // put the terminal back in cooked mode.
    let _ = disable_raw_mode();
    enable_raw_mode()?;
    ACTIVE.store(true, Ordering::SeqCst);
    enter_screen(bidi_app)?;
    // `resize` clears the screen and makes the next draw repaint everything; `clear` would ask
    // the terminal where the cursor is, and wait for the answer behind the input thread.
    let size = terminal.size()?;
    terminal.resize(ratatui::layout::Rect::new(0, 0, size.width, size.height))?;
    Ok((size.width, size.height))
}

/// Asks for a suspension, as Ctrl-Z does in a terminal that is not in raw mode: the signal
/// comes back to the reader's loop, which calls [`suspend_or_resume`]. Does nothing when the
/// reader was started with SIGTSTP ignored (no job control to continue it).
pub fn request_suspend() {
    if TSTP_HANDLED.load(Ordering::SeqCst) {
        let _ = signal_hook::low_level::raise(signal_hook::consts::SIGTSTP);
    }
}

/// SIGTSTP is caught (it was not ignored when the reader started).
static TSTP_HANDLED: AtomicBool = AtomicBool::new(false);

/// Whether `sig` was ignored when the process started (a shell without job control ignores
/// SIGTSTP for its children: stopping then would leave no one to continue the reader).
fn ignored_at_start(sig: i32) -> bool {
    // SAFETY: sigaction with a null new action only reads the current disposition into `old`.
    unsafe {
        let mut old: libc::sigaction = std::mem::zeroed();
        libc::sigaction(sig, std::ptr::null(), &mut old) == 0 && old.sa_sigaction == libc::SIG_IGN
    }
}

/// Watches the terminal's input for a hang-up (the terminal closed: its master side is gone),
/// and sends SIGHUP's message then. Polls with no event asked for: only a hang-up or an error
/// wakes it. crossterm reads the same descriptor (standard input when it is a terminal, else
/// /dev/tty); on a hung-up terminal its reader loops without end, so it cannot tell us.
fn spawn_hangup_watch(tx: mpsc::Sender<Msg>) -> io::Result<()> {
    use std::os::fd::AsRawFd;
    let tty: Option<std::fs::File> = if io::stdin().is_terminal() {
        None
    } else {
        std::fs::File::open("/dev/tty").ok()
    };
    std::thread::Builder::new()
        .name("hamish-hangup".into())
        .spawn(move || {
            let fd = tty.as_ref().map_or(0, |f| f.as_raw_fd());
            let mut pfd = libc::pollfd {
                fd,
                events: 0,
                revents: 0,
            };
            loop {
                // SAFETY: one valid pollfd, for the length given.
                let n = unsafe { libc::poll(&mut pfd, 1, -1) };
                if n < 0 && io::Error::last_os_error().kind() == io::ErrorKind::Interrupted {
                    continue;
                }
                if n < 0 || pfd.revents & (libc::POLLHUP | libc::POLLERR | libc::POLLNVAL) != 0 {
                    let _ = tx.send(Msg::Signal(signal_hook::consts::SIGHUP));
                    return;
                }
            }
        })?;
    Ok(())
}

/// Finds entities and quotations on a background thread; the result arrives as messages tagged
/// with `generation`, the number of the document analysed. The work stops early once `current`
/// moves on (another article was opened, from the library or with `>`).
fn spawn_analysis(
    doc: Arc<Document>,
    opts: entities::Options,
    tx: mpsc::Sender<Msg>,
    generation: usize,
    current: Arc<AtomicUsize>,
) {
    let spawned = std::thread::Builder::new()
        .name(ANALYSIS_THREAD.into())
        .spawn(move || {
            let result = std::panic::catch_unwind(|| {
                analyze_in_chunks_with(&doc.text, CHUNK, opts, |spans| {
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

/// Runs the reader until the user quits or a signal arrives; each article it shows is analysed
/// with `analysis` (none: not at all). The terminal is restored before this returns, whatever
/// happens.
pub fn run(
    app: &mut App,
    bidi_app: bool,
    analysis: Option<entities::Options>,
) -> io::Result<Outcome> {
    let _guard = setup(bidi_app)?;
    // (no `terminal.clear()`: it asks the terminal where the cursor is, and a terminal that
    // does not answer would stall the start; the fresh alternate screen is cleared in `setup`)
    // Never dropped: ratatui's Terminal, when dropped with the cursor hidden, shows it and prints
    // to stderr if that fails, and printing to the stderr of a terminal that hung up panics —
    // before the reading position is saved. `restore` shows the cursor.
    let mut terminal =
        std::mem::ManuallyDrop::new(Terminal::new(CrosstermBackend::new(io::stdout()))?);
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
                loop {
                    match event::read() {
                        Ok(ev) => {
                            if tx.send(Msg::Term(ev)).is_err() {
                                return;
                            }
                        }
                        Err(_) => {
                            // The terminal's input failed: it is gone.
                            let _ = tx.send(Msg::Signal(signal_hook::consts::SIGHUP));
                            return;
                        }
                    }
                }
            })?;
    }
    spawn_hangup_watch(tx.clone())?;
    {
        use signal_hook::consts::{SIGCONT, SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGTSTP};
        let mut wanted = vec![SIGTERM, SIGHUP, SIGINT, SIGQUIT, SIGCONT];
        if !ignored_at_start(SIGTSTP) {
            wanted.push(SIGTSTP);
            TSTP_HANDLED.store(true, Ordering::SeqCst);
        }
        let mut signals = signal_hook::iterator::Signals::new(wanted)?;
        let tx = tx.clone();
        std::thread::Builder::new()
            .name("hamish-signals".into())
            .spawn(move || {
                for sig in signals.forever() {
                    if tx.send(Msg::Signal(sig)).is_err() {
                        return;
                    }
                }
            })?;
    }
    // the document being analysed: a new one (opened from the library, or with `>`) is analysed
    // in turn, and results for the one before are dropped
    let current = Arc::new(AtomicUsize::new(0));
    let mut analysed = Arc::as_ptr(app.reader.doc());
    if let Some(opts) = analysis {
        spawn_analysis(
            app.reader.doc().clone(),
            opts,
            tx.clone(),
            0,
            current.clone(),
        );
    }

    let mut outcome = Outcome::Quit;
    // draw after any consumed event or message: handle everything queued, then draw once
    let mut redraw = true;
    let mut polled = Instant::now();
    loop {
        // Quit before drawing: after a hang-up the draw would fail, and the reading position
        // must still be saved.
        if app.quit_requested() {
            break;
        }
        if redraw {
            if terminal.draw(|f| app.draw(f)).is_err() {
                // The terminal cannot be written to: it is gone.
                outcome = Outcome::Signal(signal_hook::consts::SIGHUP);
                break;
            }
            redraw = false;
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
                // (a hang-up brings a SIGCONT along: when quitting, or when the terminal cannot
                // be set up again, the reader ends as a hang-up)
                Msg::Signal(sig) if is_job_control(sig) => {
                    if !app.quit_requested() {
                        match suspend_or_resume(sig, &mut terminal, bidi_app) {
                            Ok((w, h)) => {
                                app.handle_event(&Event::Resize(w, h));
                                redraw = true;
                            }
                            Err(_) => {
                                outcome = Outcome::Signal(signal_hook::consts::SIGHUP);
                                app.request_quit();
                            }
                        }
                    }
                }
                Msg::Signal(sig) => {
                    outcome = Outcome::Signal(sig);
                    app.request_quit();
                }
            }
            next = rx.try_recv().ok();
        }
        if let Some(opts) = analysis
            && Arc::as_ptr(app.reader.doc()) != analysed
        {
            analysed = Arc::as_ptr(app.reader.doc());
            let g = current.fetch_add(1, Ordering::Relaxed) + 1;
            spawn_analysis(
                app.reader.doc().clone(),
                opts,
                tx.clone(),
                g,
                current.clone(),
            );
            redraw = true;
        }
    }
    restore();
    Ok(outcome)
}
