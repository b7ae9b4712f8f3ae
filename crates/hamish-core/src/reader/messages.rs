//! What the reader tells its user: the status line's message, and the log of every notice and
//! error of the session (the status line may cut a long one; the log keeps it whole).

/// Messages the log keeps; older ones are dropped first.
const LOG_LIMIT: usize = 1000;

/// A status-line message.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Message {
    pub text: String,
    pub error: bool,
}

#[derive(Debug, Clone, Default)]
pub struct Messages {
    current: Option<Message>,
    log: Vec<Message>,
}

impl Messages {
    /// The message the status line shows now.
    pub fn current(&self) -> Option<&Message> {
        self.current.as_ref()
    }

    /// Every message of the session, oldest first.
    pub fn log(&self) -> &[Message] {
        &self.log
    }

    pub(super) fn push(&mut self, text: String, error: bool) {
        let m = Message { text, error };
        // a message said again (a key held down) is one entry
        if self.log.last() != Some(&m) {
            if self.log.len() == LOG_LIMIT {
                self.log.remove(0);
            }
            self.log.push(m.clone());
        }
        self.current = Some(m);
    }

    pub(super) fn clear_current(&mut self) -> bool {
        self.current.take().is_some()
    }
}
