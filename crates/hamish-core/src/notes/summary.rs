//! What re-anchoring did, in one line for the reader to show on opening: «2 notes moved, 1 on
//! changed text, 1 orphaned — m to review».

use super::{NoteStatus, Notebook, PlacedNote};

/// How many live notes have each placement status.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct PlacementSummary {
    /// At their stored place, the passage unchanged.
    pub anchored: usize,
    /// The passage found unchanged elsewhere (or written differently: harakat, alef forms…).
    pub moved: usize,
    /// On a passage that was edited (an approximate match).
    pub fuzzy: usize,
    /// No longer placed: kept and listed until deleted.
    pub orphaned: usize,
}

impl PlacementSummary {
    pub fn of<'a>(notes: impl IntoIterator<Item = &'a PlacedNote>) -> PlacementSummary {
        let mut s = PlacementSummary::default();
        for n in notes {
            match n.status {
                NoteStatus::Anchored => s.anchored += 1,
                NoteStatus::Moved => s.moved += 1,
                NoteStatus::Fuzzy => s.fuzzy += 1,
                NoteStatus::Orphaned => s.orphaned += 1,
            }
        }
        s
    }

    /// Whether any note is not where it was written.
    pub fn changed(&self) -> bool {
        self.moved + self.fuzzy + self.orphaned > 0
    }

    /// «2 notes moved, 1 on changed text, 1 orphaned»; `None` when every note is where it was.
    pub fn message(&self) -> Option<String> {
        let parts: Vec<(usize, &str)> = [
            (self.moved, "moved"),
            (self.fuzzy, "on changed text"),
            (self.orphaned, "orphaned"),
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
        (!out.is_empty()).then_some(out)
    }

    /// [`PlacementSummary::message`] with how to review: «… — m to review», `review_key` being
    /// the key the reader binds to its notes list.
    pub fn notice(&self, review_key: &str) -> Option<String> {
        self.message()
            .map(|m| format!("{m} — {review_key} to review"))
    }
}

impl Notebook {
    /// The placement statuses of the live notes as they are now: right after
    /// [`Notebook::open`], what re-anchoring did. A note stays `moved` or `fuzzy` until the
    /// sidecar is next written (a moved note's offsets are then updated; a fuzzy note keeps the
    /// passage it was written on), and `orphaned` until it is deleted.
    pub fn placement_summary(&self) -> PlacementSummary {
        PlacementSummary::of(self.notes())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn one_line_in_plain_words() {
        let s = PlacementSummary {
            anchored: 4,
            moved: 2,
            fuzzy: 0,
            orphaned: 1,
        };
        assert_eq!(s.message().as_deref(), Some("2 notes moved, 1 orphaned"));
        assert_eq!(
            s.notice("m").as_deref(),
            Some("2 notes moved, 1 orphaned — m to review")
        );
        let s = PlacementSummary {
            fuzzy: 1,
            orphaned: 3,
            ..PlacementSummary::default()
        };
        assert_eq!(
            s.message().as_deref(),
            Some("1 note on changed text, 3 orphaned")
        );
        let s = PlacementSummary {
            anchored: 9,
            ..PlacementSummary::default()
        };
        assert!(!s.changed());
        assert_eq!(s.notice("m"), None);
    }
}
