//! hamish's own files (notes sidecars, reading state, config, themes), opened and written so that
//! a hostile or unlucky file system cannot hang, exhaust or fool it:
//!
//! - [`read_regular`]: only regular files are read (a FIFO, a device such as `/dev/zero`, a socket
//!   or a folder is refused without blocking), and never more than a size cap.
//! - [`lock_folder`]: writers of one folder take turns through a lock on the folder itself, so no
//!   lock file is created (none can be left behind, none can be a planted symlink). Waiting is
//!   bounded: after [`LockWait::notice_after`] the caller is told what is waited for, after
//!   [`LockWait::give_up_after`] it gives up, and a cancel flag (set by a signal) stops it at once.
//! - [`replace`]: lock → read the current file → compute the new content (the caller verifies that
//!   it reads back) → temporary file in the same folder with the old file's permissions → fsync →
//!   optional `.bak` → rename → fsync the folder. A symlink is written through (its target is
//!   replaced, the link stays); only hamish's own temporaries are swept.

use std::fs::{self, File, Metadata};
use std::io::{self, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

/// Largest config file read (a real one is a few hundred bytes; TOML parsing takes tens of times
/// its input, so the cap is what bounds the memory).
pub const CONFIG_LIMIT: u64 = 256 << 10;
/// Largest theme file read (the built-in ones are about 2 KB; a 256 KB theme parses in about
/// 12 MB).
pub const THEME_LIMIT: u64 = 256 << 10;

/// Why one of hamish's files could not be read or written. One line, naming the file.
#[derive(Debug, thiserror::Error)]
pub enum FileError {
    #[error("{path}: {source}")]
    Io { path: String, source: io::Error },
    #[error("{path}: not a regular file ({kind}); hamish reads only regular files")]
    NotRegular { path: String, kind: &'static str },
    #[error("{path}: {} is larger than the {} hamish reads for {what}", size_text(*.size), size_text(*.limit))]
    TooLarge {
        path: String,
        size: u64,
        limit: u64,
        what: &'static str,
    },
    #[error("{path}: not written: the new {what} would be {}, larger than the {} hamish reads back", size_text(*.size), size_text(*.limit))]
    WouldBeTooLarge {
        path: String,
        size: u64,
        limit: u64,
        what: &'static str,
    },
    #[error("gave up after {} s: {holder} is still writing {what} in {folder}", .waited.as_secs())]
    Busy {
        folder: String,
        what: String,
        holder: String,
        waited: Duration,
    },
    #[error("stopped waiting for {holder} to finish writing {what} in {folder}")]
    Interrupted {
        folder: String,
        what: String,
        holder: String,
    },
}

fn io_err(path: &Path) -> impl FnOnce(io::Error) -> FileError + '_ {
    move |source| FileError::Io {
        path: path.display().to_string(),
        source,
    }
}

/// `1.5 MB`, `12 KB`, `300 bytes`.
pub fn size_text(n: u64) -> String {
    const MB: u64 = 1 << 20;
    if n >= MB {
        format!("{:.1} MB", n as f64 / MB as f64)
    } else if n >= 1024 {
        format!("{} KB", n / 1024)
    } else {
        format!("{n} bytes")
    }
}

fn kind_of(meta: &Metadata) -> &'static str {
    let t = meta.file_type();
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if t.is_fifo() {
            return "a FIFO";
        }
        if t.is_char_device() {
            return "a character device";
        }
        if t.is_block_device() {
            return "a block device";
        }
        if t.is_socket() {
            return "a socket";
        }
    }
    if t.is_dir() {
        "a folder"
    } else if t.is_symlink() {
        "a symbolic link"
    } else {
        "not a file"
    }
}

/// Opens `path` for reading without blocking on a FIFO (or a device that blocks on open).
fn open_for_reading(path: &Path) -> io::Result<File> {
    let mut o = fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NONBLOCK | libc::O_NOCTTY);
    }
    o.open(path)
}

/// Opens a regular file for reading (through symlinks); `None` when there is none.
fn open_regular(path: &Path) -> Result<Option<(File, Metadata)>, FileError> {
    let file = match open_for_reading(path) {
        Ok(f) => f,
        Err(e) if e.kind() == io::ErrorKind::NotFound => return Ok(None),
        Err(e) => return Err(io_err(path)(e)),
    };
    let meta = file.metadata().map_err(io_err(path))?;
    if !meta.is_file() {
        return Err(FileError::NotRegular {
            path: path.display().to_string(),
            kind: kind_of(&meta),
        });
    }
    Ok(Some((file, meta)))
}

/// Reads a regular file of at most `limit` bytes; `None` when it does not exist. `what` names the
/// file's role in the error ("notes", "a theme").
pub fn read_regular(
    path: &Path,
    limit: u64,
    what: &'static str,
) -> Result<Option<Vec<u8>>, FileError> {
    let Some((file, meta)) = open_regular(path)? else {
        return Ok(None);
    };
    let too_large = |size| FileError::TooLarge {
        path: path.display().to_string(),
        size,
        limit,
        what,
    };
    if meta.len() > limit {
        return Err(too_large(meta.len()));
    }
    let mut bytes = Vec::with_capacity(usize::try_from(meta.len()).unwrap_or(0));
    file.take(limit + 1)
        .read_to_end(&mut bytes)
        .map_err(io_err(path))?;
    // it may have grown since it was measured
    if bytes.len() as u64 > limit {
        return Err(too_large(bytes.len() as u64));
    }
    Ok(Some(bytes))
}

/// [`read_regular`] as UTF-8 text.
pub fn read_regular_text(
    path: &Path,
    limit: u64,
    what: &'static str,
) -> Result<Option<String>, FileError> {
    match read_regular(path, limit, what)? {
        None => Ok(None),
        Some(bytes) => String::from_utf8(bytes)
            .map(Some)
            .map_err(|_| FileError::Io {
                path: path.display().to_string(),
                source: io::Error::new(io::ErrorKind::InvalidData, "not UTF-8 text"),
            }),
    }
}

/// The first `n` bytes of a regular file (for a quick look at a header); `None` when it does not
/// exist or is not a regular file.
pub fn read_head(path: &Path, n: u64) -> Option<Vec<u8>> {
    let (file, _) = open_regular(path).ok()??;
    let mut bytes = Vec::new();
    file.take(n).read_to_end(&mut bytes).ok()?;
    Some(bytes)
}

/// The folder of `path` (`.` for a bare file name).
pub fn folder_of(path: &Path) -> PathBuf {
    match path.parent() {
        Some(p) if !p.as_os_str().is_empty() => p.to_owned(),
        _ => PathBuf::from("."),
    }
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .map_or_else(String::new, |n| n.to_string_lossy().into_owned())
}

/// Where `path` leads through symbolic links (the path itself when it is not one). The file at
/// the end need not exist: a dangling link is where a new file will be written.
pub fn resolve_links(path: &Path) -> Result<PathBuf, FileError> {
    let mut p = path.to_owned();
    for _ in 0..40 {
        match fs::symlink_metadata(&p) {
            Ok(m) if m.file_type().is_symlink() => {
                let to = fs::read_link(&p).map_err(io_err(&p))?;
                p = if to.is_absolute() {
                    to
                } else {
                    folder_of(&p).join(to)
                };
            }
            _ => return Ok(p),
        }
    }
    Err(FileError::Io {
        path: path.display().to_string(),
        source: io::Error::other("too many levels of symbolic links"),
    })
}

/// Whether files can be created in `dir`, without creating one (`Err` says why not).
pub fn folder_writable(dir: &Path) -> Result<(), io::Error> {
    let meta = fs::metadata(dir)?;
    if !meta.is_dir() {
        return Err(io::Error::other("not a folder"));
    }
    #[cfg(unix)]
    {
        use std::os::unix::ffi::OsStrExt;
        let c = std::ffi::CString::new(dir.as_os_str().as_bytes())
            .map_err(|_| io::Error::other("the path has a NUL byte"))?;
        // SAFETY: `c` is a valid NUL-terminated string that outlives the call.
        if unsafe { libc::access(c.as_ptr(), libc::W_OK | libc::X_OK) } != 0 {
            return Err(io::Error::last_os_error());
        }
        Ok(())
    }
    #[cfg(not(unix))]
    {
        if meta.permissions().readonly() {
            return Err(io::Error::other("read-only"));
        }
        Ok(())
    }
}

/// Where a wait is told about (a line of text for the user).
pub type Tell = Arc<dyn Fn(&str) + Send + Sync>;

/// How long to wait for a lock another program holds, and what to do meanwhile.
#[derive(Clone)]
pub struct LockWait {
    /// After this long, [`LockWait::on_wait`] is told what is waited for (once).
    pub notice_after: Duration,
    /// After this long, waiting ends with [`FileError::Busy`].
    pub give_up_after: Duration,
    /// Told (once) what is being waited for, e.g. to print it on standard error.
    pub on_wait: Option<Tell>,
    /// When set (by a signal handler, say), waiting ends at once with [`FileError::Interrupted`].
    /// Only looked at while waiting: a free lock is taken whatever its value.
    pub cancel: Option<Arc<AtomicBool>>,
}

impl Default for LockWait {
    /// Tell after 1 s, give up after 10 s.
    fn default() -> LockWait {
        LockWait {
            notice_after: Duration::from_secs(1),
            give_up_after: Duration::from_secs(10),
            on_wait: None,
            cancel: None,
        }
    }
}

impl std::fmt::Debug for LockWait {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("LockWait")
            .field("notice_after", &self.notice_after)
            .field("give_up_after", &self.give_up_after)
            .field("on_wait", &self.on_wait.is_some())
            .field("cancel", &self.cancel)
            .finish()
    }
}

impl LockWait {
    /// The default wait, telling `on_wait` what is waited for.
    pub fn telling(on_wait: impl Fn(&str) + Send + Sync + 'static) -> LockWait {
        LockWait {
            on_wait: Some(Arc::new(on_wait)),
            ..LockWait::default()
        }
    }

    /// Never waits: a held lock is [`FileError::Busy`] at once (for a reader that must not
    /// freeze; it can say so and let the user try again).
    pub fn no_wait() -> LockWait {
        LockWait {
            notice_after: Duration::ZERO,
            give_up_after: Duration::ZERO,
            on_wait: None,
            cancel: None,
        }
    }

    fn cancelled(&self) -> bool {
        self.cancel
            .as_ref()
            .is_some_and(|c| c.load(Ordering::SeqCst))
    }
}

/// A lock that writers of one folder take turns with; released when dropped (or when the process
/// dies).
#[derive(Debug)]
pub struct FolderLock {
    _file: File,
    /// A lock file to remove on release (only where a folder cannot be locked).
    remove: Option<PathBuf>,
}

impl Drop for FolderLock {
    fn drop(&mut self) {
        // Removed while still locked: a writer waiting on this file finds it gone once it gets
        // the lock, and starts again with a new one.
        if let Some(p) = &self.remove {
            let _ = fs::remove_file(p);
        }
    }
}

/// Outcome of one attempt to lock.
enum Try {
    Locked,
    Held,
}

fn try_lock(file: &File) -> io::Result<Try> {
    match file.try_lock() {
        Ok(()) => Ok(Try::Locked),
        Err(fs::TryLockError::WouldBlock) => Ok(Try::Held),
        Err(fs::TryLockError::Error(e)) => Err(e),
    }
}

/// Takes the lock of `dir` for writing `what` (named in messages), waiting as `wait` says.
///
/// The folder itself is locked (`flock` on the opened folder), so nothing is created. Where a
/// folder cannot be locked (some network file systems), a lock file `.<name>.hamish-lock` is
/// created without following symlinks, locked, checked to still be the file at that name, and
/// removed on release.
pub fn lock_folder(
    dir: &Path,
    name: &str,
    what: &str,
    wait: &LockWait,
) -> Result<FolderLock, FileError> {
    let folder = open_folder(dir).map_err(io_err(dir))?;
    let start = Instant::now();
    match try_lock(&folder) {
        Ok(Try::Locked) => {
            return Ok(FolderLock {
                _file: folder,
                remove: None,
            });
        }
        Ok(Try::Held) => {
            wait_for(dir, what, wait, start, &|| try_lock(&folder), &folder)?;
            return Ok(FolderLock {
                _file: folder,
                remove: None,
            });
        }
        Err(_) => {}
    }
    // The folder cannot be locked here: a lock file, made and checked race-free.
    let lock_path = dir.join(format!(".{name}.hamish-lock"));
    loop {
        let file = create_lock_file(&lock_path).map_err(io_err(&lock_path))?;
        let attempt = || try_lock(&file);
        match attempt().map_err(io_err(&lock_path))? {
            Try::Locked => {}
            Try::Held => wait_for(dir, what, wait, start, &attempt, &file)?,
        }
        if same_file(&file, &lock_path) {
            return Ok(FolderLock {
                _file: file,
                remove: Some(lock_path),
            });
        }
        // the previous holder removed it while we waited: start again with a new one
    }
}

fn open_folder(dir: &Path) -> io::Result<File> {
    let mut o = fs::OpenOptions::new();
    o.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_DIRECTORY);
    }
    o.open(dir)
}

fn create_lock_file(path: &Path) -> io::Result<File> {
    let mut o = fs::OpenOptions::new();
    o.read(true).write(true).create(true).truncate(false);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        o.custom_flags(libc::O_NOFOLLOW | libc::O_NONBLOCK)
            .mode(0o600);
    }
    let f = o.open(path)?;
    if !f.metadata()?.is_file() {
        return Err(io::Error::other("not a regular file"));
    }
    Ok(f)
}

#[cfg(unix)]
fn same_file(file: &File, path: &Path) -> bool {
    use std::os::unix::fs::MetadataExt;
    match (file.metadata(), fs::symlink_metadata(path)) {
        (Ok(a), Ok(b)) => a.dev() == b.dev() && a.ino() == b.ino(),
        _ => false,
    }
}

#[cfg(not(unix))]
fn same_file(_file: &File, path: &Path) -> bool {
    path.exists()
}

/// Polls `attempt` until it locks, the wait is given up or cancelled; tells what is waited for.
fn wait_for(
    dir: &Path,
    what: &str,
    wait: &LockWait,
    start: Instant,
    attempt: &dyn Fn() -> io::Result<Try>,
    locked: &File,
) -> Result<(), FileError> {
    let holder = || {
        lock_holder(locked).map_or_else(
            || "another program".to_owned(),
            |pid| format!("process {pid}"),
        )
    };
    let mut told = false;
    let mut pause = Duration::from_millis(5);
    loop {
        if wait.cancelled() {
            return Err(FileError::Interrupted {
                folder: dir.display().to_string(),
                what: what.to_owned(),
                holder: holder(),
            });
        }
        let waited = start.elapsed();
        if waited >= wait.give_up_after {
            return Err(FileError::Busy {
                folder: dir.display().to_string(),
                what: what.to_owned(),
                holder: holder(),
                waited,
            });
        }
        if !told && waited >= wait.notice_after {
            told = true;
            if let Some(tell) = &wait.on_wait {
                tell(&format!(
                    "waiting for {} to finish writing {what} in {} (giving up after {} s)",
                    holder(),
                    dir.display(),
                    wait.give_up_after.as_secs()
                ));
            }
        }
        std::thread::sleep(pause.min(wait.give_up_after.saturating_sub(waited)));
        pause = (pause * 2).min(Duration::from_millis(50));
        if let Try::Locked = attempt().map_err(io_err(dir))? {
            return Ok(());
        }
    }
}

/// The process holding a `flock` on `file`, from `/proc/locks` (Linux; `None` elsewhere).
fn lock_holder(file: &File) -> Option<u32> {
    #[cfg(target_os = "linux")]
    {
        use std::os::unix::fs::MetadataExt;
        let meta = file.metadata().ok()?;
        let dev = meta.dev();
        let major = ((dev >> 8) & 0xfff) | ((dev >> 32) & !0xfff);
        let minor = (dev & 0xff) | ((dev >> 12) & !0xff);
        let key = format!("{major:02x}:{minor:02x}:{}", meta.ino());
        let locks = read_regular(Path::new("/proc/locks"), 1 << 20, "lock list").ok()??;
        let locks = String::from_utf8_lossy(&locks);
        locks.lines().find_map(|line| {
            let f: Vec<&str> = line.split_whitespace().collect();
            // "1: FLOCK  ADVISORY  WRITE 1234 08:01:5678 0 EOF"; waiters are marked "->"
            (f.len() >= 6 && f[1] == "FLOCK" && f[5] == key)
                .then(|| f[4].parse().ok())
                .flatten()
        })
    }
    #[cfg(not(target_os = "linux"))]
    {
        let _ = file;
        None
    }
}

/// How [`replace`] writes.
#[derive(Debug, Clone)]
pub struct Replace<'a> {
    /// Largest file read, and written (a file hamish could not read back is never written).
    pub limit: u64,
    /// The file's role in messages ("notes", "reading state").
    pub what: &'static str,
    /// Keep the version being replaced as `<file>.bak`.
    pub keep_backup: bool,
    pub wait: &'a LockWait,
}

/// Under the folder's lock: reads `path` (through symlinks; `None` when it does not exist), lets
/// `update` compute the new content, and writes it safely (see the module). Nothing is written
/// when `update` fails. Returns what `update` returned.
pub fn replace<T, E: From<FileError>>(
    path: &Path,
    how: &Replace<'_>,
    update: impl FnOnce(Option<Vec<u8>>) -> Result<(Vec<u8>, T), E>,
) -> Result<T, E> {
    let real = resolve_links(path)?;
    let dir = folder_of(&real);
    let name = file_name(&real);
    let lock = lock_folder(&dir, &name, how.what, how.wait)?;

    let meta = open_regular(&real)?.map(|(_, meta)| meta);
    let current = match &meta {
        None => None,
        Some(_) => Some(read_regular(&real, how.limit, how.what)?.unwrap_or_default()),
    };
    // The old content is `update`'s to keep or drop (a big file is not held twice).
    let (bytes, out) = update(current)?;
    if bytes.len() as u64 > how.limit {
        return Err(FileError::WouldBeTooLarge {
            path: path.display().to_string(),
            size: bytes.len() as u64,
            limit: how.limit,
            what: how.what,
        }
        .into());
    }

    remove_stale_temporaries(&dir, &name);
    let (mut tmp, tmp_path) = create_temporary(&dir, &name)?;
    let guard = RemoveOnDrop(Some(tmp_path.clone()));
    if let Some(meta) = &meta {
        keep_permissions(&tmp, meta);
    }
    tmp.write_all(&bytes).map_err(io_err(&tmp_path))?;
    tmp.sync_all().map_err(io_err(&tmp_path))?;
    drop(tmp);
    if how.keep_backup
        && let Some(meta) = &meta
    {
        keep_backup(&real, meta, &dir, &name)?;
    }
    fs::rename(&tmp_path, &real).map_err(io_err(&real))?;
    guard.disarm();
    sync_folder(&dir)?;
    drop(lock);
    Ok(out)
}

struct RemoveOnDrop(Option<PathBuf>);

impl RemoveOnDrop {
    fn disarm(mut self) {
        self.0 = None;
    }
}

impl Drop for RemoveOnDrop {
    fn drop(&mut self) {
        if let Some(p) = self.0.take() {
            let _ = fs::remove_file(p);
        }
    }
}

const TEMP_RANDOM: usize = 12;
const TEMP_ALPHABET: &[u8; 32] = b"0123456789abcdefghjkmnpqrstvwxyz";

/// `.<name>.hamish-<12 random characters>.tmp`: the only names [`remove_stale_temporaries`]
/// removes.
fn temporary_name(name: &str) -> String {
    use std::hash::{BuildHasher, Hasher};
    use std::sync::atomic::AtomicU64;
    static COUNTER: AtomicU64 = AtomicU64::new(0);
    let mut h = std::collections::hash_map::RandomState::new().build_hasher();
    h.write_u64(COUNTER.fetch_add(1, Ordering::Relaxed));
    h.write_u32(std::process::id());
    let mut bits = h.finish();
    let random: String = (0..TEMP_RANDOM)
        .map(|_| {
            let c = TEMP_ALPHABET[(bits & 31) as usize] as char;
            bits >>= 5;
            c
        })
        .collect();
    format!(".{name}.hamish-{random}.tmp")
}

fn is_temporary_name(file: &str, name: &str) -> bool {
    let Some(rest) = file
        .strip_prefix('.')
        .and_then(|f| f.strip_prefix(name))
        .and_then(|f| f.strip_prefix(".hamish-"))
        .and_then(|f| f.strip_suffix(".tmp"))
    else {
        return false;
    };
    rest.len() == TEMP_RANDOM && rest.bytes().all(|b| TEMP_ALPHABET.contains(&b))
}

/// A new file for writing in `dir`, readable as an ordinary new file would be (the umask
/// applies), never through a symlink.
fn create_temporary(dir: &Path, name: &str) -> Result<(File, PathBuf), FileError> {
    let mut last = None;
    for _ in 0..16 {
        let path = dir.join(temporary_name(name));
        let mut o = fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o666).custom_flags(libc::O_NOFOLLOW);
        }
        match o.open(&path) {
            Ok(f) => return Ok((f, path)),
            Err(e) if e.kind() == io::ErrorKind::AlreadyExists => last = Some(e),
            Err(e) => return Err(io_err(dir)(e)),
        }
    }
    Err(io_err(dir)(last.unwrap_or_else(|| {
        io::Error::other("no free name for a temporary file")
    })))
}

/// Gives `file` the permissions (and, where allowed, the owner) of the file it replaces.
fn keep_permissions(file: &File, old: &Metadata) {
    let _ = file.set_permissions(old.permissions());
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(now) = file.metadata()
            && (now.uid() != old.uid() || now.gid() != old.gid())
        {
            // Only root may give a file away; others keep it as theirs (and the mode above).
            let _ = std::os::unix::fs::fchown(file, Some(old.uid()), Some(old.gid()));
        }
    }
}

/// Makes `<file>.bak` the version about to be replaced: a hard link to it (no copy), or a copy
/// where links are not supported. Replaced atomically, so a `.bak` always exists once made.
fn keep_backup(real: &Path, meta: &Metadata, dir: &Path, name: &str) -> Result<(), FileError> {
    let mut bak = real.as_os_str().to_owned();
    bak.push(".bak");
    let bak = PathBuf::from(bak);
    // A writer killed between its backup and its rename leaves the backup a link to this very
    // version: it is already kept, and renaming a second link over it would do nothing (POSIX),
    // leaving the staging link behind.
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        if let Ok(b) = fs::symlink_metadata(&bak)
            && b.dev() == meta.dev()
            && b.ino() == meta.ino()
        {
            return Ok(());
        }
    }
    let staging = dir.join(temporary_name(name));
    let guard = RemoveOnDrop(Some(staging.clone()));
    if fs::hard_link(real, &staging).is_err() {
        let mut o = fs::OpenOptions::new();
        o.write(true).create_new(true);
        #[cfg(unix)]
        {
            use std::os::unix::fs::OpenOptionsExt;
            o.mode(0o666).custom_flags(libc::O_NOFOLLOW);
        }
        let mut f = o.open(&staging).map_err(io_err(&staging))?;
        keep_permissions(&f, meta);
        // still the old version: the new one is renamed over it only after this
        let mut old = File::open(real).map_err(io_err(real))?;
        io::copy(&mut old, &mut f).map_err(io_err(&staging))?;
        f.sync_all().map_err(io_err(&staging))?;
    }
    fs::rename(&staging, &bak).map_err(io_err(&bak))?;
    // Where the check above cannot be made (no inode numbers), a rename between two links of one
    // file may have done nothing: the staging link is then still there, and goes.
    #[cfg(not(unix))]
    {
        if fs::symlink_metadata(&staging).is_ok() {
            let _ = fs::remove_file(&staging);
        }
    }
    guard.disarm();
    Ok(())
}

/// Temporaries of `name` left by writers that died mid-write. Only called under the folder's
/// lock, so no live writer owns one; only regular files with hamish's own temporary names go.
fn remove_stale_temporaries(dir: &Path, name: &str) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let file = entry.file_name();
        if is_temporary_name(&file.to_string_lossy(), name)
            && entry.file_type().is_ok_and(|t| t.is_file())
        {
            let _ = fs::remove_file(entry.path());
        }
    }
}

#[cfg(unix)]
fn sync_folder(dir: &Path) -> Result<(), FileError> {
    File::open(dir)
        .and_then(|d| d.sync_all())
        .map_err(io_err(dir))
}

#[cfg(not(unix))]
fn sync_folder(_dir: &Path) -> Result<(), FileError> {
    Ok(())
}

#[cfg(all(test, unix))]
mod tests {
    use super::*;

    #[test]
    fn temporary_names_are_recognised_exactly() {
        let t = temporary_name("a.txt.notes.toml");
        assert!(is_temporary_name(&t, "a.txt.notes.toml"), "{t}");
        assert!(!is_temporary_name(&t, "b.txt.notes.toml"));
        for not_ours in [
            ".a.txt.notes.toml.mine.tmp",
            ".a.txt.notes.toml.hamish-short.tmp",
            ".a.txt.notes.toml.hamish-ABCDEFGHJKMN.tmp",
            ".hamish-probe-abc",
            "a.txt.notes.toml",
        ] {
            assert!(
                !is_temporary_name(not_ours, "a.txt.notes.toml"),
                "{not_ours}"
            );
        }
    }

    #[test]
    fn special_files_are_refused_without_blocking() {
        let e = read_regular(Path::new("/dev/zero"), 100, "notes").unwrap_err();
        assert!(e.to_string().contains("character device"), "{e}");
        let dir = tempfile::tempdir().unwrap();
        let e = read_regular(dir.path(), 100, "notes").unwrap_err();
        assert!(e.to_string().contains("a folder"), "{e}");
        assert!(
            read_regular(&dir.path().join("none"), 100, "notes")
                .unwrap()
                .is_none()
        );
        let big = dir.path().join("big");
        fs::write(&big, vec![b'x'; 101]).unwrap();
        let e = read_regular(&big, 100, "notes").unwrap_err();
        assert!(matches!(e, FileError::TooLarge { size: 101, .. }), "{e}");
        assert_eq!(
            read_regular(&big, 101, "notes").unwrap().unwrap().len(),
            101
        );
    }

    #[test]
    fn a_held_folder_lock_is_waited_for_told_and_given_up() {
        let dir = tempfile::tempdir().unwrap();
        let held = lock_folder(dir.path(), "x", "notes", &LockWait::default()).unwrap();
        let told = Arc::new(std::sync::Mutex::new(Vec::<String>::new()));
        let sink = told.clone();
        let wait = LockWait {
            notice_after: Duration::from_millis(100),
            give_up_after: Duration::from_millis(400),
            on_wait: Some(Arc::new(move |m: &str| {
                sink.lock().unwrap().push(m.to_owned())
            })),
            cancel: None,
        };
        let start = Instant::now();
        let e = lock_folder(dir.path(), "x", "notes", &wait).unwrap_err();
        assert!(start.elapsed() >= Duration::from_millis(400));
        assert!(matches!(e, FileError::Busy { .. }), "{e}");
        let told = told.lock().unwrap().clone();
        assert_eq!(told.len(), 1, "{told:?}");
        #[cfg(target_os = "linux")]
        assert!(
            told[0].contains(&format!("process {}", std::process::id())),
            "{told:?}"
        );
        // a cancel flag ends the wait at once
        let flag = Arc::new(AtomicBool::new(true));
        let wait = LockWait {
            cancel: Some(flag),
            ..LockWait::default()
        };
        let start = Instant::now();
        let e = lock_folder(dir.path(), "x", "notes", &wait).unwrap_err();
        assert!(matches!(e, FileError::Interrupted { .. }), "{e}");
        assert!(start.elapsed() < Duration::from_secs(1));
        // released: taken at once, whatever the flag says
        drop(held);
        let wait = LockWait {
            cancel: Some(Arc::new(AtomicBool::new(true))),
            ..LockWait::no_wait()
        };
        lock_folder(dir.path(), "x", "notes", &wait).unwrap();
    }

    #[test]
    fn nothing_is_written_that_could_not_be_read_back() {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        fs::write(&path, "old").unwrap();
        let how = Replace {
            limit: 10,
            what: "notes",
            keep_backup: true,
            wait: &LockWait::default(),
        };
        let e = replace(&path, &how, |_| Ok::<_, FileError>((vec![b'x'; 11], ()))).unwrap_err();
        assert!(
            matches!(e, FileError::WouldBeTooLarge { size: 11, .. }),
            "{e}"
        );
        replace(&path, &how, |old| {
            assert_eq!(old.as_deref(), Some(&b"old"[..]));
            Ok::<_, FileError>((b"new".to_vec(), ()))
        })
        .unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(fs::read(dir.path().join("f.bak")).unwrap(), b"old");
        let names: Vec<_> = fs::read_dir(dir.path()).unwrap().flatten().collect();
        assert_eq!(names.len(), 2, "no temporary left: {names:?}");
    }

    #[test]
    fn a_backup_that_is_already_the_file_leaves_no_temporary() {
        // A writer killed between making the backup (a hard link to the file) and renaming its
        // new version over the file leaves `f` and `f.bak` one file. Renaming a link over
        // another link to the same file does nothing, so the next writer's staging link stayed.
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("f");
        fs::write(&path, "old").unwrap();
        fs::hard_link(&path, dir.path().join("f.bak")).unwrap();
        let how = Replace {
            limit: 10,
            what: "notes",
            keep_backup: true,
            wait: &LockWait::default(),
        };
        replace(&path, &how, |_| Ok::<_, FileError>((b"new".to_vec(), ()))).unwrap();
        assert_eq!(fs::read(&path).unwrap(), b"new");
        assert_eq!(fs::read(dir.path().join("f.bak")).unwrap(), b"old");
        let names: Vec<_> = fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .map(|e| e.file_name())
            .collect();
        assert_eq!(names.len(), 2, "no temporary left: {names:?}");
    }

    #[test]
    fn links_are_followed_to_the_end() {
        let dir = tempfile::tempdir().unwrap();
        let a = dir.path().join("a");
        let b = dir.path().join("sub/b");
        fs::create_dir(dir.path().join("sub")).unwrap();
        std::os::unix::fs::symlink("sub/b", &a).unwrap();
        std::os::unix::fs::symlink("../c", &b).unwrap();
        assert_eq!(resolve_links(&a).unwrap(), dir.path().join("sub/../c"));
        let loop_ = dir.path().join("loop");
        std::os::unix::fs::symlink("loop", &loop_).unwrap();
        assert!(resolve_links(&loop_).is_err());
    }
}
