//! A folder of articles as a library: one [`Entry`] per article (`.txt`, `.html`, `.md` …, not in
//! subfolders) with its title, file name, word count, number of notes and how far it was read,
//! most recently read first, then by name.
//!
//! Listing is cheap and reading is lazy. [`Library::open`] reads the folder, the notes sidecars
//! beside the articles and this folder's index in the cache — never an article. An article whose
//! size and modification time match the index has its summary (title, words) at once; the others
//! are [`Library::pending`] until [`summarize`] reads them (on a background thread in the reader,
//! two threads in [`Library::summarize_pending`]). Summaries and entity counts are cached by
//! content hash in `$XDG_CACHE_HOME/hamish/library/`, so a renamed or copied article is not read
//! twice, and the people, places and organisations of every article ([`Library::entities`]) are
//! analysed once per content.
//!
//! The notes come from the sidecar (`<article>.notes.toml`); the reading position (code points)
//! from the article's state file in `$XDG_STATE_HOME/hamish/articles/` (see [`crate::state`]),
//! whose modification time is when the article was last read. A sidecar written before the state
//! folder existed may still hold a position (`[reading]`), used when there is no state file.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};

use crate::analysis::{self, Kind};
use crate::document::{Document, InputKind};
use crate::fold::Fold;
use crate::notes::sidecar;

/// Bumped when what a summary holds, or how an article is extracted, changes: older cache
/// entries are then ignored.
const CACHE_VERSION: u32 = 2;
/// Cache files bigger than this are not read (damaged or foreign).
const MAX_CACHE_FILE: u64 = 64 << 20;

#[derive(Debug, thiserror::Error)]
pub enum LibraryError {
    #[error("{path}: {error}")]
    Io { path: String, error: std::io::Error },
    #[error("{path}: not a folder")]
    NotAFolder { path: String },
}

/// Whether a file name is one the library lists: its extension says text, HTML or Markdown.
/// Notes sidecars and their backups (`x.txt.notes.toml`, `….bak`) are not articles.
pub fn is_article_name(name: &str) -> bool {
    InputKind::of_path(Path::new(name)).is_some()
}

/// What reading an article tells (cached by content hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Summary {
    /// The title (a text file's first line, a page's extracted title), on one line; empty when
    /// the article has none (the library then shows the first line, or the file name).
    pub title: String,
    pub words: usize,
    /// Code points of the text (what reading positions count).
    pub chars: usize,
    /// SHA-256 of the file's bytes, hex.
    pub hash: String,
}

/// One article of the library.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub path: PathBuf,
    /// The file name, as shown.
    pub name: String,
    pub kind: InputKind,
    pub size: u64,
    pub modified: Option<SystemTime>,
    /// `None` until the article was read (see [`Library::pending`]).
    pub summary: Option<Summary>,
    /// Why the article could not be read, when it could not.
    pub error: Option<String>,
    /// Notes in the sidecar (deleted ones not counted).
    pub notes: usize,
    /// The reading position in code points, if the article was opened before.
    pub reading: Option<usize>,
    /// How far it was read (percent) as the reader said when it was put away, when known.
    pub progress: Option<u8>,
    /// When it was last read (the sidecar's modification time).
    pub last_read: Option<SystemTime>,
}

impl Entry {
    /// What the library shows as the title: the summary's, else the file name without its
    /// extension.
    pub fn title(&self) -> &str {
        match &self.summary {
            Some(s) if !s.title.is_empty() => &s.title,
            _ => Path::new(&self.name)
                .file_stem()
                .and_then(|s| s.to_str())
                .unwrap_or(&self.name),
        }
    }

    /// How far it was read, 0 to 100: what the reader's status line said when the article was
    /// put away (the bottom of the screen: 100 once the end was shown), else, for a position an
    /// older version kept, the position over the length once both are known.
    pub fn percent(&self) -> Option<u8> {
        if let Some(p) = self.progress {
            return Some(p.min(100));
        }
        let at = self.reading?;
        let chars = self.summary.as_ref()?.chars;
        if chars == 0 {
            return Some(100);
        }
        Some((at.min(chars) * 100 / chars).min(100) as u8)
    }

    /// The sidecar beside the article.
    pub fn sidecar(&self) -> Option<PathBuf> {
        crate::notes::sidecar_path(&self.path)
    }
}

/// A note of an article of the library, as the sidecar stores it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryNote {
    /// Index of the article in [`Library::entries`].
    pub entry: usize,
    pub id: String,
    /// The passage it was written on (as it was then).
    pub quote: String,
    pub text: String,
    /// Unix seconds of its last change.
    pub updated: i64,
}

/// What kind of name an entity is (the three the library lists).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Place,
    Organization,
}

impl EntityKind {
    fn of(kind: Kind) -> Option<EntityKind> {
        match kind {
            Kind::Person => Some(EntityKind::Person),
            Kind::Place => Some(EntityKind::Place),
            Kind::Organization => Some(EntityKind::Organization),
            Kind::Misc | Kind::Quote => None,
        }
    }

    pub fn name(self) -> &'static str {
        match self {
            EntityKind::Person => "person",
            EntityKind::Place => "place",
            EntityKind::Organization => "organization",
        }
    }

    /// The analysis kind (for its theme scope).
    pub fn kind(self) -> Kind {
        match self {
            EntityKind::Person => Kind::Person,
            EntityKind::Place => Kind::Place,
            EntityKind::Organization => Kind::Organization,
        }
    }
}

/// The names one article mentions, with how often (cached by content hash).
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleEntities {
    /// One per entity, most mentioned first.
    pub names: Vec<ArticleName>,
}

/// An entity of one article, as the reader's entity panel lists it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct ArticleName {
    pub kind: EntityKind,
    /// The name the entity goes by in the article (its ref: the fullest mention, clitics off),
    /// shared by all its mentions (`بوتين`, `وبوتين` and `فلاديمير بوتين` are one entity).
    pub name: String,
    pub mentions: usize,
    /// What to search for to find its mentions: its shortest spelling in the article (`بوتين`
    /// finds `فلاديمير بوتين` and `وبوتين` too).
    pub search: String,
}

/// A name across the library.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct LibraryEntity {
    pub kind: EntityKind,
    pub name: String,
    /// Mentions in all the articles.
    pub mentions: usize,
    /// The articles that mention it (indexes into [`Library::entries`]) with their counts, most
    /// mentions first.
    pub articles: Vec<(usize, usize)>,
}

/// The articles of a folder (see the module documentation).
#[derive(Debug)]
pub struct Library {
    pub dir: PathBuf,
    pub entries: Vec<Entry>,
    cache: Option<Cache>,
    /// Where reading positions are kept.
    state: Option<PathBuf>,
    /// How the articles' names are found (see [`Library::set_analysis`]).
    analysis: analysis::entities::Options,
}

impl Library {
    /// Lists the articles of `dir`, with the cache in `$XDG_CACHE_HOME/hamish/library/`.
    pub fn open(dir: &Path) -> Result<Library, LibraryError> {
        let cache = crate::paths::cache_dir().map(|d| d.join("library"));
        Library::open_with_cache(dir, cache)
    }

    /// Lists the articles of `dir` with the cache in `cache` (none: nothing is cached) and the
    /// reading positions in the state folder (`$XDG_STATE_HOME/hamish`).
    pub fn open_with_cache(dir: &Path, cache: Option<PathBuf>) -> Result<Library, LibraryError> {
        Library::open_in(dir, cache, crate::paths::state_dir())
    }

    /// Lists the articles of `dir` with the cache in `cache` and the reading positions in the
    /// state folder `state` (none: positions only from old sidecars' `[reading]`).
    pub fn open_in(
        dir: &Path,
        cache: Option<PathBuf>,
        state: Option<PathBuf>,
    ) -> Result<Library, LibraryError> {
        let io = |error| LibraryError::Io {
            path: dir.display().to_string(),
            error,
        };
        if !dir.is_dir() {
            return Err(LibraryError::NotAFolder {
                path: dir.display().to_string(),
            });
        }
        let canonical = dir.canonicalize().unwrap_or_else(|_| dir.to_owned());
        let cache = cache.map(|root| Cache::new(root, &canonical));
        let index = cache.as_ref().map(Cache::read_index).unwrap_or_default();
        let mut names: Vec<(String, std::fs::Metadata, bool)> = Vec::new();
        let mut sidecars: HashMap<String, PathBuf> = HashMap::new();
        // the articles that have a state file (one listing of the state folder, not a stat each)
        let states: std::collections::HashSet<String> = state
            .as_ref()
            .and_then(|s| std::fs::read_dir(s.join("articles")).ok())
            .map(|rd| {
                rd.filter_map(|e| e.ok()?.file_name().into_string().ok())
                    .collect()
            })
            .unwrap_or_default();
        for e in std::fs::read_dir(dir).map_err(io)? {
            let Ok(e) = e else { continue };
            let link = e.file_type().is_ok_and(|t| t.is_symlink());
            let Some(name) = e.file_name().to_str().map(str::to_owned) else {
                // a name that is not UTF-8 cannot be shown faithfully: left out
                continue;
            };
            if let Some(article) = name.strip_suffix(".notes.toml") {
                sidecars.insert(article.to_owned(), e.path());
                continue;
            }
            if !is_article_name(&name) || name.starts_with('.') {
                continue;
            }
            // follows symbolic links; only regular files are articles
            let Ok(meta) = std::fs::metadata(e.path()) else {
                continue;
            };
            if meta.is_file() {
                names.push((name, meta, link));
            }
        }
        let mut entries: Vec<Entry> = names
            .into_iter()
            .map(|(name, meta, link)| {
                let path = dir.join(&name);
                let modified = meta.modified().ok();
                let kind = InputKind::of_path(&path).unwrap_or_default();
                let summary = index.get(&name).and_then(|ix| {
                    (ix.size == meta.len() && Some(ix.modified) == modified.map(nanos))
                        .then(|| ix.summary.clone())
                });
                let mut entry = Entry {
                    path,
                    name: name.clone(),
                    kind,
                    size: meta.len(),
                    modified,
                    summary,
                    error: None,
                    notes: 0,
                    reading: None,
                    progress: None,
                    last_read: None,
                };
                if let Some(side) = sidecars.get(&name) {
                    read_sidecar(&mut entry, side);
                }
                if let Some(state) = &state {
                    // the key of `paths::article_key`, without resolving every path: the
                    // folder is resolved once, only links one by one
                    let key = if link {
                        crate::paths::article_key(&entry.path).map(|(_, k)| k)
                    } else {
                        Some(hex(&Sha256::digest(
                            canonical.join(&name).as_os_str().as_encoded_bytes(),
                        )))
                    };
                    if let Some(key) = key.filter(|k| states.contains(&format!("{k}.toml"))) {
                        read_state(
                            &mut entry,
                            &state.join("articles").join(format!("{key}.toml")),
                        );
                    }
                }
                entry
            })
            .collect();
        sort(&mut entries);
        Ok(Library {
            dir: dir.to_owned(),
            entries,
            cache,
            state,
            analysis: analysis::entities::Options::default(),
        })
    }

    /// Finds the articles' names with `opts` (the reader's own, so that the library lists what
    /// the reader shows); names cached under other options are found again.
    pub fn set_analysis(&mut self, opts: analysis::entities::Options) {
        self.analysis = opts;
    }

    /// Indexes of the entries not read yet (no summary, no error).
    pub fn pending(&self) -> Vec<usize> {
        (0..self.entries.len())
            .filter(|&i| self.entries[i].summary.is_none() && self.entries[i].error.is_none())
            .collect()
    }

    /// What a worker needs to summarise entry `i` away from the library (another thread).
    pub fn job(&self, i: usize) -> Option<Job> {
        let e = self.entries.get(i)?;
        Some(Job {
            path: e.path.clone(),
            kind: e.kind,
            cache: self.cache.as_ref().map(|c| c.root.clone()),
        })
    }

    /// Stores the result of a [`Job`] for entry `path` (its place may have changed since).
    pub fn apply(&mut self, path: &Path, result: Result<Summary, String>) {
        if let Some(e) = self.entries.iter_mut().find(|e| e.path == path) {
            match result {
                Ok(s) => {
                    e.summary = Some(s);
                    e.error = None;
                }
                Err(why) => e.error = Some(why),
            }
        }
    }

    /// Reads every pending article on `threads` threads and saves the index.
    pub fn summarize_pending(&mut self, threads: usize) {
        let jobs: Vec<Job> = self
            .pending()
            .into_iter()
            .filter_map(|i| self.job(i))
            .collect();
        if jobs.is_empty() {
            return;
        }
        let results =
            parallel_filter_map(&jobs, threads, |_, job| Some((job.path.clone(), job.run())));
        for (path, r) in results {
            self.apply(&path, r);
        }
        self.save_index();
    }

    /// Writes this folder's index (what each article's size and time map to) to the cache.
    pub fn save_index(&self) {
        if let Some(c) = &self.cache {
            c.write_index(&self.entries);
        }
    }

    /// Re-reads the sidecar of entry `i` (after the article was read: notes, position, time),
    /// and forgets its summary if the file changed. The order is kept (see [`Library::sort`]).
    pub fn refresh(&mut self, i: usize) {
        let Some(e) = self.entries.get_mut(i) else {
            return;
        };
        e.notes = 0;
        e.reading = None;
        e.progress = None;
        e.last_read = None;
        if let Ok(meta) = std::fs::metadata(&e.path) {
            if Some(meta.len()) != Some(e.size) || meta.modified().ok() != e.modified {
                e.summary = None;
                e.error = None;
            }
            e.size = meta.len();
            e.modified = meta.modified().ok();
        }
        if let Some(side) = e.sidecar().filter(|p| p.is_file()) {
            read_sidecar(e, &side);
        }
        if let Some(state) = &self.state
            && let Some((_, key)) = crate::paths::article_key(&e.path)
        {
            let file = state.join("articles").join(format!("{key}.toml"));
            if file.is_file() {
                read_state(e, &file);
            }
        }
    }

    /// The notes of every article, newest first, read from the sidecars (the passages as they
    /// were written: opening the article places them).
    pub fn notes(&self) -> Vec<LibraryNote> {
        let mut out = Vec::new();
        for (i, e) in self.entries.iter().enumerate() {
            if e.notes == 0 {
                continue;
            }
            let Some(side) = e.sidecar() else { continue };
            let Ok(Some(s)) = crate::notes::store::read(&side) else {
                continue;
            };
            for r in s.sidecar.notes.into_iter().filter(|r| !r.deleted) {
                out.push(LibraryNote {
                    entry: i,
                    quote: r.anchor.map(|a| a.exact).unwrap_or_default(),
                    id: r.id,
                    text: r.text,
                    updated: r.updated.0,
                });
            }
        }
        out.sort_by(|a, b| b.updated.cmp(&a.updated).then(a.entry.cmp(&b.entry)));
        out
    }

    /// The people, places and organisations of every article, most mentioned first, each with
    /// the articles that mention it. Articles are analysed once per content (cached); articles
    /// not read yet are read first.
    pub fn entities(&mut self) -> Vec<LibraryEntity> {
        let threads = std::thread::available_parallelism().map_or(1, |n| n.get().min(4));
        self.summarize_pending(threads);
        let cache = self.cache.as_ref().map(|c| c.root.clone());
        let entries = &self.entries;
        let opts = self.analysis;
        let mut per: Vec<Option<ArticleEntities>> = vec![None; entries.len()];
        let found = parallel_filter_map(entries, threads, |i, e| {
            let hash = e.summary.as_ref()?.hash.as_str();
            article_entities(&e.path, e.kind, hash, cache.as_deref(), opts).map(|a| (i, a))
        });
        for (i, a) in found {
            per[i] = Some(a);
        }
        merge_entities(&per)
    }

    /// The names entry `i` mentions (cached by content hash; `None` until it was summarised,
    /// or when it cannot be read). For working through the articles a few at a time; merge
    /// the results with [`merge_entities`].
    pub fn entry_entities(&self, i: usize) -> Option<ArticleEntities> {
        let e = self.entries.get(i)?;
        let hash = e.summary.as_ref()?.hash.as_str();
        let cache = self.cache.as_ref().map(|c| c.root.as_path());
        article_entities(&e.path, e.kind, hash, cache, self.analysis)
    }

    /// Sorts the entries again (most recently read first, then by name).
    pub fn sort(&mut self) {
        sort(&mut self.entries);
    }
}

/// Most recently read first, then by name.
fn sort(entries: &mut [Entry]) {
    entries.sort_by(|a, b| {
        b.last_read
            .cmp(&a.last_read)
            .then_with(|| a.name.cmp(&b.name))
    });
}

fn nanos(t: SystemTime) -> u128 {
    t.duration_since(UNIX_EPOCH).map_or(0, |d| d.as_nanos())
}

/// Reading position and time from an article's state file (where the reader keeps them); it
/// takes the place of what an older sidecar said.
fn read_state(entry: &mut Entry, file: &Path) {
    let Ok(meta) = std::fs::metadata(file) else {
        return;
    };
    if !meta.is_file() || meta.len() > crate::state::STATE_LIMIT {
        return;
    }
    let Ok(text) = std::fs::read_to_string(file) else {
        return;
    };
    let Ok(state) = toml::from_str::<crate::state::ArticleState>(&text) else {
        return;
    };
    if let Some(r) = state.reading {
        entry.reading = Some(r);
        entry.progress = state.progress;
        entry.last_read = meta.modified().ok();
    }
}

/// Notes count, reading position and time from a sidecar (left unset when it does not parse).
fn read_sidecar(entry: &mut Entry, side: &Path) {
    let Ok(meta) = std::fs::metadata(side) else {
        return;
    };
    if !meta.is_file() || meta.len() > MAX_CACHE_FILE {
        return;
    }
    let Ok(bytes) = std::fs::read(side) else {
        return;
    };
    let Ok(s) = sidecar::parse(&bytes) else {
        return;
    };
    entry.notes = s.notes.iter().filter(|r| !r.deleted).count();
    entry.reading = s.reading;
    if s.reading.is_some() {
        entry.last_read = meta.modified().ok();
    }
}

/// Reading one article away from the library (see [`Library::job`]).
#[derive(Debug, Clone)]
pub struct Job {
    pub path: PathBuf,
    pub kind: InputKind,
    cache: Option<PathBuf>,
}

impl Job {
    /// Reads the article (or finds its summary in the cache by content hash).
    pub fn run(&self) -> Result<Summary, String> {
        let bytes = std::fs::read(&self.path).map_err(|e| e.to_string())?;
        let hash = hex(&Sha256::digest(&bytes));
        if let Some(root) = &self.cache
            && let Some(s) = read_json::<Cached>(&article_file(root, &hash)).and_then(|c| c.summary)
        {
            return Ok(s);
        }
        let s = summarize(bytes, &self.path, self.kind, hash)?;
        if let Some(root) = &self.cache {
            let file = article_file(root, &s.hash);
            let mut c = read_json::<Cached>(&file).unwrap_or_else(Cached::new);
            c.summary = Some(s.clone());
            write_json(&file, &c);
        }
        Ok(s)
    }
}

/// Reads an article's bytes into its summary.
pub fn summarize(
    bytes: Vec<u8>,
    path: &Path,
    kind: InputKind,
    hash: String,
) -> Result<Summary, String> {
    let name = path.display().to_string();
    let doc = Document::parse(bytes, &name, kind).map_err(|e| e.to_string())?;
    let title = match doc.title() {
        Some(t) => crate::text::one_line(t, Some(200)),
        // a Markdown article without a heading first: its first line
        None => (0..doc.paragraphs.len())
            .map(|i| doc.paragraph(i))
            .find(|p| !p.trim().is_empty())
            .map(|p| crate::text::one_line(p, Some(200)))
            .unwrap_or_default(),
    };
    Ok(Summary {
        title,
        words: doc.text.split_whitespace().count(),
        chars: doc.char_offset(doc.text.len()),
        hash,
    })
}

/// The names an article mentions (from the cache by content hash, else analysed and cached).
fn article_entities(
    path: &Path,
    kind: InputKind,
    hash: &str,
    cache: Option<&Path>,
    opts: analysis::entities::Options,
) -> Option<ArticleEntities> {
    let file = cache.map(|root| article_file(root, hash));
    let mut cached = file
        .as_deref()
        .and_then(read_json::<Cached>)
        .unwrap_or_else(Cached::new);
    let stamp = analysis::stamp_with(opts);
    if cached.entities_stamp.as_deref() == Some(stamp.as_str())
        && let Some(e) = cached.entities
    {
        return Some(e);
    }
    let bytes = std::fs::read(path).ok()?;
    let doc = Document::parse(bytes, &path.display().to_string(), kind).ok()?;
    let found = entities_of_with(&doc.text, opts);
    if let Some(file) = file {
        cached.entities = Some(found.clone());
        cached.entities_stamp = Some(stamp);
        write_json(&file, &cached);
    }
    Some(found)
}

/// Counts the people, places and organisations of a text, one entry per entity as the reader's
/// entity panel shows them: mentions are grouped by the name their entity goes by in the
/// article (the analysis' ref; the mention as written when there is none), folded as the search
/// folds (harakat, alef forms, ة/ه set aside).
pub fn entities_of(text: &str) -> ArticleEntities {
    entities_of_with(text, analysis::entities::Options::default())
}

/// [`entities_of`] with explicit analysis options.
pub fn entities_of_with(text: &str, opts: analysis::entities::Options) -> ArticleEntities {
    // (kind, folded ref) → (ref, spellings with their counts)
    type Forms = (String, HashMap<String, usize>);
    let mut groups: HashMap<(EntityKind, String), Forms> = HashMap::new();
    for span in analysis::analyze_with(text, opts) {
        let Some(kind) = EntityKind::of(span.kind) else {
            continue;
        };
        let Some(written) = text.get(span.range.clone()) else {
            continue;
        };
        let written = crate::text::one_line(written, None);
        if written.is_empty() {
            continue;
        }
        let name = span
            .canonical
            .as_deref()
            .map(|c| crate::text::one_line(c, None))
            .filter(|c| !c.is_empty())
            .unwrap_or_else(|| written.clone());
        let key = Fold::SEARCH.str(&name);
        let entry = groups
            .entry((kind, key))
            .or_insert_with(|| (name, HashMap::new()));
        *entry.1.entry(written).or_default() += 1;
    }
    let mut names: Vec<ArticleName> = groups
        .into_iter()
        .map(|((kind, _), (name, forms))| {
            let mentions = forms.values().sum();
            // the shortest spelling (then the most frequent): a search for it finds the others
            let search = forms
                .into_iter()
                .min_by(|a, b| {
                    a.0.chars()
                        .count()
                        .cmp(&b.0.chars().count())
                        .then(b.1.cmp(&a.1))
                        .then(a.0.cmp(&b.0))
                })
                .map(|(n, _)| n)
                .unwrap_or_default();
            ArticleName {
                kind,
                name,
                mentions,
                search,
            }
        })
        .collect();
    names.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then(a.kind.cmp(&b.kind))
            .then(a.name.cmp(&b.name))
    });
    ArticleEntities { names }
}

/// The names of all the articles together (`per[i]` for entry `i`).
pub fn merge_entities(per: &[Option<ArticleEntities>]) -> Vec<LibraryEntity> {
    let mut all: HashMap<(EntityKind, String), LibraryEntity> = HashMap::new();
    for (i, art) in per.iter().enumerate() {
        let Some(art) = art else { continue };
        for a in &art.names {
            let e = all
                .entry((a.kind, Fold::SEARCH.str(&a.name)))
                .or_insert_with(|| LibraryEntity {
                    kind: a.kind,
                    name: a.name.clone(),
                    mentions: 0,
                    articles: Vec::new(),
                });
            e.mentions += a.mentions;
            e.articles.push((i, a.mentions));
        }
    }
    let mut out: Vec<LibraryEntity> = all.into_values().collect();
    for e in &mut out {
        e.articles.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    }
    out.sort_by(|a, b| {
        b.mentions
            .cmp(&a.mentions)
            .then(b.articles.len().cmp(&a.articles.len()))
            .then(a.kind.cmp(&b.kind))
            .then(a.name.cmp(&b.name))
    });
    out
}

fn hex(bytes: &[u8]) -> String {
    bytes.iter().map(|b| format!("{b:02x}")).collect()
}

/// The cache of one library folder.
#[derive(Debug)]
struct Cache {
    root: PathBuf,
    index: PathBuf,
}

/// What the cache keeps per content hash.
#[derive(Debug, Serialize, Deserialize)]
struct Cached {
    version: u32,
    summary: Option<Summary>,
    entities: Option<ArticleEntities>,
    /// The [`analysis::STAMP`] of the build that found `entities`: another build's are found
    /// again (absent in caches written before the stamp).
    #[serde(default)]
    entities_stamp: Option<String>,
}

impl Cached {
    fn new() -> Cached {
        Cached {
            version: CACHE_VERSION,
            summary: None,
            entities: None,
            entities_stamp: None,
        }
    }
}

/// A folder's index: file name → size, time and summary.
#[derive(Debug, Default, Serialize, Deserialize)]
struct Index {
    version: u32,
    entries: Vec<IndexEntry>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
struct IndexEntry {
    name: String,
    size: u64,
    /// Modification time, nanoseconds since the epoch.
    modified: u128,
    summary: Summary,
}

fn article_file(root: &Path, hash: &str) -> PathBuf {
    let shard = hash.get(..2).unwrap_or("00");
    root.join("articles")
        .join(shard)
        .join(format!("{hash}-v{CACHE_VERSION}.json"))
}

fn read_json<T: for<'de> Deserialize<'de> + Versioned>(path: &Path) -> Option<T> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_file() || meta.len() > MAX_CACHE_FILE {
        return None;
    }
    let bytes = std::fs::read(path).ok()?;
    let v: T = serde_json::from_slice(&bytes).ok()?;
    (v.version() == CACHE_VERSION).then_some(v)
}

trait Versioned {
    fn version(&self) -> u32;
}

impl Versioned for Cached {
    fn version(&self) -> u32 {
        self.version
    }
}

impl Versioned for Index {
    fn version(&self) -> u32 {
        self.version
    }
}

/// Writes a cache file whole (temporary file, then rename), quietly: a cache that cannot be
/// written only costs time.
fn write_json<T: Serialize + Versioned>(path: &Path, value: &T) {
    let Some(dir) = path.parent() else { return };
    if std::fs::create_dir_all(dir).is_err() {
        return;
    }
    let Ok(bytes) = serde_json::to_vec(value) else {
        return;
    };
    let Ok(mut tmp) = tempfile::NamedTempFile::new_in(dir) else {
        return;
    };
    if std::io::Write::write_all(&mut tmp, &bytes).is_ok() {
        let _ = tmp.persist(path);
    }
}

impl Cache {
    fn new(root: PathBuf, dir: &Path) -> Cache {
        let key = hex(&Sha256::digest(dir.as_os_str().as_encoded_bytes()));
        let index = root.join("folders").join(format!("{key}.json"));
        Cache { root, index }
    }

    fn read_index(&self) -> HashMap<String, IndexEntry> {
        read_json::<Index>(&self.index)
            .map(|ix| {
                ix.entries
                    .into_iter()
                    .map(|e| (e.name.clone(), e))
                    .collect()
            })
            .unwrap_or_default()
    }

    fn write_index(&self, entries: &[Entry]) {
        let mut ix = Index {
            version: CACHE_VERSION,
            entries: Vec::with_capacity(entries.len()),
        };
        for e in entries {
            if let (Some(s), Some(m)) = (&e.summary, e.modified) {
                ix.entries.push(IndexEntry {
                    name: e.name.clone(),
                    size: e.size,
                    modified: nanos(m),
                    summary: s.clone(),
                });
            }
        }
        write_json(&self.index, &ix);
    }
}

/// A time as the library shows it: «5 min», «3 h», «2 d» ago.
pub fn ago(t: SystemTime, now: SystemTime) -> String {
    let d = now.duration_since(t).unwrap_or(Duration::ZERO).as_secs();
    match d {
        0..60 => "now".to_owned(),
        60..3600 => format!("{} min", d / 60),
        3600..86_400 => format!("{} h", d / 3600),
        _ => format!("{} d", d / 86_400),
    }
}

/// `f` of every item (with its index) on up to `threads` threads, each taking the next item not
/// yet taken; the results that are `Some`, in no particular order.
fn parallel_filter_map<T: Sync, R: Send>(
    items: &[T],
    threads: usize,
    f: impl Fn(usize, &T) -> Option<R> + Sync,
) -> Vec<R> {
    let next = std::sync::atomic::AtomicUsize::new(0);
    std::thread::scope(|s| {
        let handles: Vec<_> = (0..threads.clamp(1, items.len().max(1)))
            .map(|_| {
                s.spawn(|| {
                    let mut out = Vec::new();
                    loop {
                        let i = next.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
                        let Some(item) = items.get(i) else { break };
                        out.extend(f(i, item));
                    }
                    out
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_default())
            .collect()
    })
}

#[cfg(test)]
mod tests;
