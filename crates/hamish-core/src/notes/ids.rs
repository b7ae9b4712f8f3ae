//! Naming a note by the start of its id: ids are 26-character ULIDs, and the command line takes
//! any prefix of at least [`MIN_ID_PREFIX`] characters that names one live note.

use super::{Notebook, NotesError};

/// The shortest id prefix accepted: shorter ones name too many notes by chance (the first
/// characters of a ULID are its time, alike for notes written the same day).
pub const MIN_ID_PREFIX: usize = 4;

impl Notebook {
    /// The full id of the one live note whose id starts with `prefix` (case ignored: ULIDs are
    /// written in capitals). Errors, each a one-line message: a prefix shorter than
    /// [`MIN_ID_PREFIX`], one that names no live note ([`NotesError::NotFound`]), one that names
    /// several (listing them).
    pub fn resolve_id(&self, prefix: &str) -> Result<String, NotesError> {
        let want = prefix.trim().to_ascii_uppercase();
        if want.chars().count() < MIN_ID_PREFIX {
            return Err(NotesError::Other(format!(
                "note id {prefix:?} is too short: give at least {MIN_ID_PREFIX} characters"
            )));
        }
        let found: Vec<&str> = self
            .notes()
            .iter()
            .map(|n| n.id.as_str())
            .filter(|id| id.to_ascii_uppercase().starts_with(&want))
            .collect();
        match found.as_slice() {
            [] => Err(NotesError::NotFound(prefix.to_owned())),
            [one] => Ok((*one).to_owned()),
            many => {
                let mut shown: Vec<&str> = many.iter().take(3).copied().collect();
                shown.sort_unstable();
                let more = if many.len() > 3 { ", …" } else { "" };
                Err(NotesError::Other(format!(
                    "note id {prefix:?} is ambiguous: {} notes start with it ({}{more}); give more characters",
                    many.len(),
                    shown.join(", ")
                )))
            }
        }
    }
}
