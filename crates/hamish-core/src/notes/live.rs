//! Live notes: an open reader sees the notes that the command line or another reader added,
//! edited or deleted. [`Notebook::refresh`] is cheap enough to call twice a second: it looks at
//! the sidecar's size, times and inode, and reads it only when one of them changed.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use super::{Notebook, NotesError, merge, store};
use crate::document::Document;

/// What a file looked like when last read: every write replaces the sidecar by renaming a new
/// file over it, so the inode changes even when size and times do not.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) struct Seen {
    path: PathBuf,
    /// `None` when the file does not exist (or cannot be looked at).
    stamp: Option<(u64, Option<SystemTime>, u64, i64, i64)>,
}

fn look(path: &Path) -> Seen {
    let stamp = std::fs::metadata(path).ok().map(|m| {
        #[cfg(unix)]
        let (ino, ctime, ctime_ns) = {
            use std::os::unix::fs::MetadataExt;
            (m.ino(), m.ctime(), m.ctime_nsec())
        };
        #[cfg(not(unix))]
        let (ino, ctime, ctime_ns) = (0, 0, 0);
        (m.len(), m.modified().ok(), ino, ctime, ctime_ns)
    });
    Seen {
        path: path.to_owned(),
        stamp,
    }
}

/// The notes another process added, edited or deleted, by id.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NotesChanged {
    pub added: Vec<String>,
    pub edited: Vec<String>,
    pub removed: Vec<String>,
}

impl NotesChanged {
    pub fn is_empty(&self) -> bool {
        self.added.is_empty() && self.edited.is_empty() && self.removed.is_empty()
    }

    /// «1 note added, 2 edited elsewhere»; `None` when nothing changed.
    pub fn message(&self) -> Option<String> {
        let parts: Vec<(usize, &str)> = [
            (self.added.len(), "added"),
            (self.edited.len(), "edited"),
            (self.removed.len(), "deleted"),
        ]
        .into_iter()
        .filter(|(n, _)| *n > 0)
        .collect();
        let mut out = String::new();
        for (i, (n, what)) in parts.iter().enumerate() {
            if i == 0 {
                let noun = if *n == 1 { "note" } else { "notes" };
                out.push_str(&format!("{n} {noun} {what}"));
            } else {
                out.push_str(&format!(", {n} {what}"));
            }
        }
        (!out.is_empty()).then(|| out + " elsewhere")
    }
}

impl Notebook {
    /// The files notes are read from and written to.
    fn watched(&self) -> Vec<PathBuf> {
        let mut paths: Vec<PathBuf> = self.target.iter().cloned().collect();
        for p in &self.sources {
            if !paths.contains(p) {
                paths.push(p.clone());
            }
        }
        paths
    }

    /// Takes in what other processes wrote since the notebook last looked: when a sidecar's
    /// size, times or inode changed, re-reads it and merges by id (a deletion wins, else the
    /// newest edit). Nothing this notebook holds is lost: a note only here stays, and the
    /// reading position is left as it is. Returns the notes added, edited and deleted elsewhere
    /// (empty when nothing changed, which costs one `stat` per file). The first call after
    /// opening re-reads once. Notes written by this notebook itself are not reported.
    ///
    /// A sidecar that stopped parsing is an error (reported once per change of the file); the
    /// notes already read stay, and writes refuse to replace the broken file.
    pub fn refresh(&mut self, doc: &Document) -> Result<NotesChanged, NotesError> {
        let now: Vec<Seen> = self.watched().iter().map(|p| look(p)).collect();
        if self.seen.as_ref() == Some(&now) {
            return Ok(NotesChanged::default());
        }
        self.seen = Some(now.clone());
        let before: HashMap<String, String> = self
            .notes()
            .iter()
            .map(|n| (n.id.clone(), n.text.clone()))
            .collect();
        let mut failed = None;
        for seen in &now {
            if seen.stamp.is_none() {
                continue;
            }
            match store::read(&seen.path) {
                Ok(Some(loaded)) => merge(&mut self.records, &loaded.sidecar.notes),
                Ok(None) => {}
                Err(e) => failed = failed.or(Some(e)),
            }
        }
        self.sync_doc(doc);
        let mut changed = NotesChanged::default();
        for n in self.notes() {
            match before.get(&n.id) {
                None => changed.added.push(n.id.clone()),
                Some(text) if *text != n.text => changed.edited.push(n.id.clone()),
                Some(_) => {}
            }
        }
        let live: std::collections::HashSet<&str> =
            self.notes().iter().map(|n| n.id.as_str()).collect();
        changed.removed = before
            .keys()
            .filter(|id| !live.contains(id.as_str()))
            .cloned()
            .collect();
        changed.removed.sort();
        match failed {
            Some(e) => Err(e),
            None => Ok(changed),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn message_in_plain_words() {
        let c = NotesChanged {
            added: vec!["a".into()],
            edited: vec!["b".into(), "c".into()],
            removed: vec![],
        };
        assert_eq!(
            c.message().as_deref(),
            Some("1 note added, 2 edited elsewhere")
        );
        assert_eq!(NotesChanged::default().message(), None);
    }
}
