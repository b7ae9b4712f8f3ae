//! Entities and quotations in the reader: which are shown, finding them on screen, and moving
//! between them.

use std::ops::Range;

use super::Reader;
use crate::analysis::{Kind, Span};

/// Which kinds of highlight are shown (keys 1–5).
#[derive(Debug, Clone, Copy, PartialEq, Eq, serde::Serialize, serde::Deserialize)]
#[serde(default)]
pub struct Shown {
    pub persons: bool,
    pub places: bool,
    pub organizations: bool,
    pub quotes: bool,
    pub misc: bool,
}

impl Default for Shown {
    fn default() -> Self {
        Shown {
            persons: true,
            places: true,
            organizations: true,
            quotes: true,
            misc: true,
        }
    }
}

impl Shown {
    pub fn shows(&self, kind: Kind) -> bool {
        match kind {
            Kind::Person => self.persons,
            Kind::Place => self.places,
            Kind::Organization => self.organizations,
            Kind::Quote => self.quotes,
            Kind::Misc => self.misc,
        }
    }

    fn flag(&mut self, kind: Kind) -> &mut bool {
        match kind {
            Kind::Person => &mut self.persons,
            Kind::Place => &mut self.places,
            Kind::Organization => &mut self.organizations,
            Kind::Quote => &mut self.quotes,
            Kind::Misc => &mut self.misc,
        }
    }
}

/// What the reader calls a kind, in the singular (the status line, the library's names).
pub fn kind_word(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "person",
        Kind::Place => "place",
        Kind::Organization => "organisation",
        Kind::Misc => "other name",
        Kind::Quote => "quotation",
    }
}

/// What the status line calls a kind, in the plural.
pub fn kind_plural(kind: Kind) -> &'static str {
    match kind {
        Kind::Person => "persons",
        Kind::Place => "places",
        Kind::Organization => "organisations",
        Kind::Misc => "other names",
        Kind::Quote => "quotations",
    }
}

/// Mentions per (kind, matching key).
type MentionCounts = std::collections::HashMap<(Kind, String), usize>;

#[derive(Debug, Clone, Default)]
pub(super) struct Spans {
    /// Entities and quotations (document bytes, sorted by start); empty until analysis arrives.
    spans: Vec<Span>,
    /// Indices of the quotations in `spans`, sorted by end.
    quote_index: Vec<usize>,
    ready: bool,
    shown: Shown,
    /// Offsets of the mentions of the name last chosen in the entity panel (for Enter).
    mention_targets: Vec<usize>,
    /// Mentions per (kind, matching key) of the first `.0` spans: counted when asked for, and
    /// only for the spans that arrived since (a big file's pieces come in order).
    counts: std::cell::RefCell<(usize, MentionCounts)>,
}

impl Reader {
    /// Entities and quotations found so far (document bytes, sorted by start).
    pub fn spans(&self) -> &[Span] {
        &self.spans.spans
    }

    /// Whether the analysis has finished (the spans are all there).
    pub fn analysis_ready(&self) -> bool {
        self.spans.ready
    }

    pub fn shown(&self) -> Shown {
        self.spans.shown
    }

    /// Takes the analysis results (document bytes, sorted by start), replacing any.
    pub fn set_spans(&mut self, spans: Vec<Span>) {
        self.spans.spans.clear();
        self.spans.counts.replace(Default::default());
        self.add_spans(spans, true);
    }

    /// Adds one piece of the analysis results (a big file arrives in pieces, top first); `done`
    /// says it was the last piece.
    pub fn add_spans(&mut self, more: Vec<Span>, done: bool) {
        let len = self.doc.text.len();
        let s = &mut self.spans;
        s.spans.extend(
            more.into_iter()
                .filter(|s| s.range.start < s.range.end && s.range.end <= len),
        );
        let key = |s: &Span| (s.range.start, s.range.end);
        // pieces arrive in document order: usually nothing to sort
        if !s.spans.is_sorted_by_key(key) {
            s.spans.sort_by_key(key);
            // counted spans moved: count again
            s.counts.replace(Default::default());
        }
        if done {
            s.spans.shrink_to_fit();
        }
        let spans = &s.spans;
        s.quote_index = (0..spans.len())
            .filter(|&i| spans[i].kind == Kind::Quote)
            .collect();
        // quotations do not nest; keep the index sorted by end for the search in `spans_in`
        s.quote_index.sort_by_key(|&i| spans[i].range.end);
        s.ready |= done;
    }

    /// Spans overlapping `r`, in start order.
    pub fn spans_in(&self, r: Range<usize>) -> Vec<&Span> {
        let spans = &self.spans.spans;
        let mut out: Vec<&Span> = Vec::new();
        // Quotations can be long (many entities inside): they have their own index, by end.
        let qi = &self.spans.quote_index;
        let q = qi.partition_point(|&i| spans[i].range.end <= r.start);
        for &i in &qi[q..] {
            let s = &spans[i];
            if s.range.start >= r.end {
                break;
            }
            if s.range.end > r.start {
                out.push(s);
            }
        }
        // Names are short: look back a bounded way from the first one starting in `r`.
        let first = spans.partition_point(|s| s.range.start < r.start);
        for s in spans[first.saturating_sub(64)..]
            .iter()
            .take_while(|s| s.range.start < r.end)
        {
            if s.kind != Kind::Quote && s.range.end > r.start {
                out.push(s);
            }
        }
        out.sort_by_key(|s| (s.range.start, s.range.end));
        out
    }

    /// The quotation the caret is in, if any.
    pub fn caret_quote(&self) -> Option<&Span> {
        let c = self.caret.caret.as_ref()?;
        self.spans_in(c.start..c.start + 1)
            .into_iter()
            .find(|s| s.kind == Kind::Quote)
    }

    /// The shown entity (not quotation) under the caret, if any.
    pub fn caret_entity(&self) -> Option<&Span> {
        let c = self.caret.caret.as_ref()?;
        let shown = self.spans.shown;
        self.spans_in(c.start..c.start + 1)
            .into_iter()
            .find(|s| s.kind != Kind::Quote && shown.shows(s.kind))
    }

    /// The status line's words for the entity at the caret: its name, kind and how often the
    /// article mentions it (`بوتين — person · 7 mentions`).
    pub fn caret_entity_line(&self) -> Option<String> {
        let e = self.caret_entity()?;
        // the entity by its ref (the fullest name the article gives it), counted over all its
        // mentions (بوتين and فلاديمير بوتين are one)
        let name = match e.canonical.as_deref() {
            Some(r) => r,
            None => self.doc.text.get(e.range.clone())?,
        };
        let key = crate::analysis::normalize::key(name);
        let mut counts = self.spans.counts.borrow_mut();
        let (counted, map) = &mut *counts;
        let all = &self.spans.spans;
        for s in all[(*counted).min(all.len())..]
            .iter()
            .filter(|s| s.kind != Kind::Quote)
        {
            let name = s
                .canonical
                .as_deref()
                .or_else(|| self.doc.text.get(s.range.clone()));
            if let Some(t) = name {
                *map.entry((s.kind, crate::analysis::normalize::key(t)))
                    .or_insert(0) += 1;
            }
        }
        *counted = all.len();
        let mentions = map.get(&(e.kind, key)).copied().unwrap_or(1);
        let kind = kind_word(e.kind);
        Some(format!(
            "{} — {kind} · {mentions} mention{}",
            crate::text::one_line(name, Some(60)),
            if mentions == 1 { "" } else { "s" }
        ))
    }

    pub(super) fn toggle_kind(&mut self, kind: Kind) {
        let f = self.spans.shown.flag(kind);
        *f = !*f;
        let on = *f;
        self.say(format!(
            "{}: {}",
            kind_plural(kind),
            if on { "shown" } else { "hidden" }
        ));
    }

    /// Shows exactly these kinds (remembered toggles from an earlier session).
    pub fn set_shown(&mut self, shown: Shown) {
        self.spans.shown = shown;
    }

    /// `]` / `[`: the caret to the next or previous shown entity or quotation.
    pub(super) fn entity_step(&mut self, forward: bool) {
        let at = self.here();
        let shown = self.spans.shown;
        let here = self.caret();
        let spans = &self.spans.spans;
        // a span whose first word is the caret's word would not move it: skip those
        let moves = |s: &&Span| {
            shown.shows(s.kind) && self.word_at_or_after(s.range.start).as_ref() != here.as_ref()
        };
        let found = if forward {
            let i = spans.partition_point(|s| s.range.start <= at);
            spans[i..].iter().find(moves)
        } else {
            let i = spans.partition_point(|s| s.range.start < at);
            spans[..i].iter().rev().find(moves)
        };
        match found.map(|s| s.range.start) {
            Some(start) => self.set_caret_at(start),
            None => {
                let msg = if !self.spans.ready {
                    "entities are still being found…"
                } else if forward {
                    "no more entities below"
                } else {
                    "no more entities above"
                };
                self.say(msg);
            }
        }
    }

    /// The caret to the speaker of the quotation it is in: the speaker's mention before the
    /// quotation (the nearest), else after it.
    pub(super) fn go_to_speaker(&mut self) {
        let Some(q) = self.caret_quote().cloned() else {
            self.say("the caret is not in a quotation");
            return;
        };
        let Some(name) = q.speaker.clone() else {
            self.say("this quotation has no speaker");
            return;
        };
        if let Some(r) = q.speaker_range.clone() {
            // where the analysis found the speaker named
            self.set_caret_at(r.start);
            self.say(format!("speaker: {name}"));
            return;
        }
        let text = &self.doc.text;
        let mention = |s: &&Span| {
            s.kind != Kind::Quote
                && text
                    .get(s.range.clone())
                    .is_some_and(|t| !t.is_empty() && (t.contains(&name) || name.contains(t)))
        };
        let spans = &self.spans.spans;
        let before = spans[..spans.partition_point(|s| s.range.start < q.range.start)]
            .iter()
            .rev()
            .find(mention);
        let after = || {
            spans[spans.partition_point(|s| s.range.start < q.range.end)..]
                .iter()
                .find(mention)
        };
        match before.or_else(after).map(|s| s.range.start) {
            Some(at) => {
                self.set_caret_at(at);
                self.say(format!("speaker: {name}"));
            }
            None => self.say(format!("speaker: {name} (not named nearby)")),
        }
    }

    /// The entity panel chose a name: Enter in the text goes on to its next mention.
    pub(super) fn jump_to_mentions(&mut self, targets: Vec<usize>) {
        self.spans.mention_targets = targets;
        self.mention_next();
    }

    /// Enter in the text: the next mention of the name last chosen in the entity panel (the
    /// first after the caret, wrapping to the first), saying which one it is.
    pub(super) fn mention_next(&mut self) {
        let targets = &self.spans.mention_targets;
        let Some(&first) = targets.first() else {
            self.say("choose a name in the entity panel (e) first");
            return;
        };
        let at = self.here();
        let i = targets.partition_point(|&t| t <= at);
        let (i, t) = match targets.get(i) {
            Some(t) => (i, *t),
            None => (0, first),
        };
        let n = targets.len();
        self.set_caret_at(t);
        let more = if n > 1 { " · Enter: next" } else { "" };
        self.say(format!("mention {} of {n}{more}", i + 1));
    }
}
