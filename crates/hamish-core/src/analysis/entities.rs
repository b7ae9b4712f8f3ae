//! Entity detection over a document: the model, then the gazetteer, then a document-level pass.
//!
//! 1. The model tags each sentence (see [`super::model`]).
//! 2. Gazetteer phrases (longest match, first word read with clitics) are labelled with their kind
//!    unless a model entity crosses the phrase's boundary (a longer model entity such as
//!    `جامعة دمشق` keeps its own label).
//! 3. Document pass: every entity found with confidence (model margin above a threshold, or a
//!    gazetteer phrase) gives a phrase, voted by kind; each other mention of the phrase in the document,
//!    with clitics on its first word, gets the winning kind; for a person named with two words or
//!    more, the last word alone (the surname) is a person too.
//!
//! Entity spans cover whole tokens: a clitic attached to the first word is INSIDE the span
//! (`بسورية`, `لرابطة الدول المستقلة`, `وكازاخستان`), as in ANERcorp.

use compact_str::CompactString;
use std::ops::Range;
use std::sync::OnceLock;

use super::Kind;
use super::gazetteer::{Gazetteer, Match, class};
use super::model::{self, Decoder, EvWord, FastMap, FastSet, Model, Scorer, span_iter, spans};
use super::normalize::{self, for_each_proclitic_reading, written};

mod index;
mod senses;

static MODEL_BYTES: &[u8] = include_bytes!("../../../../models/ner.bin");

/// Whether `last`, a word with the article ending a person's name after the word `before` (keys),
/// can stand alone for the person: not a nisba, nor the second half of a compound (`عبد العزيز`,
/// `بن الخطاب`, `نصر الله`, `صلاح الدين`), an ordinal (`محمد السادس`) or an epithet (`الإسكندر
/// الأكبر`, `محمد علي الكبير`: the pattern أفعل and the plain adjectives of size).
fn surname_with_article(before: &str, last: &str) -> bool {
    !last.ends_with('ي')
        && !last.ends_with("يه")
        && !name_link(before)
        && !last
            .strip_prefix("ال")
            .is_some_and(|r| r.starts_with('ا') && r.chars().count() == 4)
        && !matches!(last, "الكبير" | "الصغير" | "العظيم" | "الله" | "الدين")
        && !ordinal(last)
}

/// Whether a word (key) is a masculine ordinal with the article, first to tenth (`السادس`), or
/// the first word of the eleventh (`الحادي عشر`).
fn ordinal(key: &str) -> bool {
    matches!(
        key,
        "الاول"
            | "الثاني"
            | "الثالث"
            | "الرابع"
            | "الخامس"
            | "السادس"
            | "السابع"
            | "الثامن"
            | "التاسع"
            | "العاشر"
            | "الحادي"
    )
}

/// Whether a word (key) binds the name after it into one with it (`عبد العزيز`, `بن الخطاب`, `أبو
/// الحسن`, `ولد الطالب`): the word after it is no family name standing alone.
fn name_link(key: &str) -> bool {
    matches!(
        key,
        "عبد" | "بن" | "ابن" | "ابو" | "ابي" | "بنت" | "ولد" | "ال"
    )
}

/// Label index of the B- label of an entity kind (0 for quotes, which the model does not tag).
pub fn kind_label(kind: Kind) -> u8 {
    match kind {
        Kind::Person => 1,
        Kind::Place => 3,
        Kind::Organization => 5,
        Kind::Misc => 7,
        Kind::Quote => 0,
    }
}

/// Entity kind of a class index (0..4 = PERS LOC ORG MISC).
pub fn class_kind(c: usize) -> Kind {
    match c {
        0 => Kind::Person,
        1 => Kind::Place,
        2 => Kind::Organization,
        _ => Kind::Misc,
    }
}

fn load() -> (Model, Option<String>) {
    match Model::from_bytes(MODEL_BYTES) {
        Ok(m) => (m, None),
        Err(e) => (Model::empty(), Some(e.to_string())),
    }
}

static MODEL: OnceLock<(Model, Option<String>)> = OnceLock::new();

/// The built-in model, parsed on first use. If the embedded file is unusable, an empty model is
/// returned (the gazetteer and the document pass still work) and [`model_problem`] says why.
pub fn builtin_model() -> &'static Model {
    &MODEL.get_or_init(load).0
}

/// Why the built-in model could not be loaded, if it could not.
pub fn model_problem() -> Option<&'static str> {
    MODEL.get_or_init(load).1.as_deref()
}

/// Switches for the stages after the model (the evaluation measures each).
#[derive(Debug, Clone, Copy)]
pub struct Options {
    pub gazetteer: bool,
    pub document_pass: bool,
    /// Minimum model margin for an entity to be propagated by the document pass.
    pub confident_margin: f32,
    /// Added to the score of "outside any entity" at every word: negative values trade precision
    /// for recall.
    pub outside_bias: f32,
    /// Ministries, parliaments and cabinets (`وزارة الصحة الفلسطينية`, `مجلس النواب`) are
    /// organisations, as much modern annotation has them (see [`institutions`]), and so are the
    /// listed organisations of three words or more that the lists mark as also common words
    /// (`مجلس التعاون الخليجي`, `المحكمة الدستورية العليا`; see [`apply_gazetteer`]), as are
    /// listed organisations holding a place the model found (`بنك مصر`), bodies named by a head and
    /// a complement (`نقابة الصحفيين`, `جمعية حماية المستهلك`; see [`named_bodies`]), and listed
    /// places with the adjective of their name (`الكونغو الديمقراطية`). Off by default: ANERcorp, the training text and the convention hamish is scored on, leaves many of
    /// them unmarked, and marking them costs there. `hamish entities --institutions` turns it on.
    pub institutions: bool,
    /// An unknown name right after a title is a person (see [`titled_names`]).
    pub titled_names: bool,
    /// A name after a title and its portfolio is a person (see [`portfolio_names`]).
    pub portfolio_names: bool,
    /// Two people or two places joined by `و` are two names (see [`split_coordinated`]).
    pub coordinated: bool,
    /// Some organisation heads make one organisation with the name after them (see
    /// [`heads_take_the_name`]).
    pub org_heads: bool,
    /// A currency where the sentence speaks of money is one, whatever the model read (see
    /// [`senses::currencies`]).
    pub currencies: bool,
    /// A place whose name is also an adjective, agreeing with the word before it, is that
    /// adjective (see [`senses::adjective_places`]).
    pub adjective_places: bool,
    /// A given name that is also an adjective, right after `إن`/`أن` with a pronoun, is what is
    /// said of it (see [`senses::predicates`]).
    pub predicates: bool,
    /// The edges of names: the adjective of a place named after a person is cut off (see
    /// [`cut_institution_adjectives`]), a family `آل X` after a person taken in (see
    /// [`family_after_names`]), and a listed phrase that a name of its kind runs into taken in
    /// whole (see [`apply_gazetteer`]).
    pub name_edges: bool,
    /// The most sentences the document evidence and the document pass read at once (see
    /// [`DOC_WINDOW`]).
    pub doc_window: usize,
}

impl Default for Options {
    fn default() -> Self {
        Options {
            gazetteer: true,
            document_pass: true,
            confident_margin: 4.0,
            outside_bias: 0.0,
            institutions: false,
            titled_names: true,
            portfolio_names: true,
            coordinated: true,
            org_heads: true,
            currencies: true,
            adjective_places: true,
            predicates: true,
            name_edges: true,
            doc_window: DOC_WINDOW,
        }
    }
}

struct WordType {
    /// The word as written (what the cache is looked up by).
    word: CompactString,
    key: CompactString,
    block: u32,
    bits: u16,
    stem: u32,
    /// May start a gazetteer phrase (under some clitic reading).
    gaz_start: bool,
    /// A function word, never an entity on its own.
    stop: bool,
    /// Has no letter (punctuation, digits): never the first or last word of an entity.
    letterless: bool,
    /// A preposition standing alone (`في`, `من`): never the first or last word of an entity
    /// either, whatever the model reads around it.
    preposition: bool,
    /// `ل` and the article on a word (`للصحفيين`, to the journalists), or `ل` before a hamza
    /// (`لأنصاره`, to his supporters): never the last word of a person's name. ANERcorp's
    /// training text has no such word inside one (194 in other names: `للأمم المتحدة`); a name
    /// the model runs on into one, `محمد ولد خالد للصحفيين`, `سعد لأنصاره`, ends before it. It
    /// may begin one: the clitic is marked inside the name (`للزركلي`, `لإبراهيم`).
    lil: bool,
    /// Written in Latin letters.
    latin: bool,
    /// The hash under which it may start an encyclopedia title (0: none), and its key's hash
    /// inside one (see [`model::titles`]).
    title_first: u64,
    title_word: u64,
    /// The gazetteer match starting at this word, when it does not depend on the words after it
    /// (no reading of the word starts a phrase of several words).
    gaz_alone: Option<Option<Match>>,
    /// Occurrences since the cache was last thinned (see [`Tagger::forget_words`]).
    hits: u32,
    /// Names a currency (see [`senses::currencies`]).
    currency: bool,
}

/// The most sentences of one document the document evidence (a model feature) and the document
/// pass read at once: a longer document is tagged in pieces of equal size no longer than this.
/// A news article is rarely half as long (the seed article has 15 sentences; 80 of ANERcorp's
/// are about 2,400 words), so the window is for text whose articles cannot be told apart, such
/// as a corpus or a transcript saved as one file: read whole, one mistake was carried across
/// every story, and the evidence counts stopped meaning what they mean in training, where
/// documents are 25 sentences ([`model::DOC_CHUNK`]). Leak-free 5-fold CV (seed 0) with each
/// fold given as one document of about 745 sentences: 77.1 read whole, 78.9 in pieces (79.2 in the
/// 25-sentence documents the evaluation makes by default); leak-free dev as one document: 76.7
/// whole, 77.6 in pieces.
pub const DOC_WINDOW: usize = 80;

/// Above this many distinct words, a [`Tagger`] thins its word cache before the next document
/// (a word costs ~400 bytes, most of it its score block: ~55 MB at most). Varied text keeps
/// bringing new words, each costing dozens of weight lookups. On five Wikipedia extracts (88.7 MB,
/// one core, three interleaved runs), a cache of 32k words took 9.2–10.2 s at 66 MB peak, 64k
/// words 8.4–8.9 s at 73 MB (its room reserved at once), 128k words 8.3–8.7 s at 105 MB. News
/// is shorter and its words more varied: on 6,065 articles cut to news length (13 MB, 133k
/// distinct words), 64k words made 191k score blocks (the words thinned out came back) and
/// 128k words 147k, 6% fewer instructions in all, at 100 MB peak against 70.
#[cfg(not(test))]
const MAX_TYPES: usize = 1 << 17;
/// Small under test, so that a test can fill the cache and have it thinned.
#[cfg(test)]
const MAX_TYPES: usize = 1 << 9;
/// How many new words one document of a big text may bring at most (a chunk of
/// [`super::chunks`] has fewer tokens), and how many words a text must have brought before
/// the cache is given room for [`MAX_TYPES`] and them at once (an article alone rarely has).
const MAX_DOCUMENT_TYPES: usize = 1 << 16;
const RESERVED_FROM: usize = MAX_TYPES / 8;
/// How many of the most frequent words a [`Tagger`] keeps when it thins its cache.
const KEPT_TYPES: usize = MAX_TYPES / 4;

/// Tags documents one after another. Whatever depends on a word alone (its key, gazetteer
/// classes, stem and model score block) is computed once and kept for later documents (up to
/// 128k distinct words), and the per-token tables live in flat buffers reused from one
/// document to the next, so tagging a big text in chunks costs no more than tagging it whole.
pub struct Tagger<'m> {
    model: &'m Model,
    gazetteer: &'m Gazetteer,
    scorer: Scorer<'m>,
    types: Vec<WordType>,
    /// Word as written → index into `types`.
    index: index::WordIndex,
    /// Scratch: the index's hash of each word of the document.
    hashes: Vec<u64>,
    stem_ids: FastMap<Box<str>, u32>,
    // per document, flat over its tokens
    tids: Vec<u32>,
    gaz: Vec<u8>,
    labels: Vec<u8>,
    margins: Vec<f32>,
    // scratch
    /// The labels of the pieces of a long document, and one piece's sentence bounds.
    piece_labels: Vec<u8>,
    piece_bounds: Vec<usize>,
    ev_words: Vec<Vec<EvWord>>,
    ids: Vec<u32>,
    ev: Vec<u16>,
    em: Vec<[f32; model::NL]>,
    /// Evidence bits by stem id, for the document being tagged (zero elsewhere).
    stem_ev: Vec<u16>,
    decoder: Decoder,
    doc_pass: DocPassScratch,
}

impl<'m> Tagger<'m> {
    pub fn new(model: &'m Model) -> Tagger<'m> {
        Tagger::with_gazetteer(model, Gazetteer::get())
    }

    /// A tagger using `gaz` instead of the built-in gazetteer (the model should have been trained
    /// with it: its classes are features).
    pub fn with_gazetteer(model: &'m Model, gaz: &'m Gazetteer) -> Tagger<'m> {
        Tagger {
            model,
            gazetteer: gaz,
            scorer: Scorer::new(model),
            types: Vec::new(),
            index: index::WordIndex::default(),
            hashes: Vec::new(),
            stem_ids: FastMap::default(),
            tids: Vec::new(),
            gaz: Vec::new(),
            labels: Vec::new(),
            margins: Vec::new(),
            piece_labels: Vec::new(),
            piece_bounds: Vec::new(),
            ev_words: Vec::new(),
            ids: Vec::new(),
            ev: Vec::new(),
            em: Vec::new(),
            stem_ev: Vec::new(),
            decoder: Decoder::default(),
            doc_pass: DocPassScratch::default(),
        }
    }

    /// Forgets the words of the cache but the [`KEPT_TYPES`] seen most often since the last time
    /// (ties broken by first sight, so the same text always keeps the same words). Varied text
    /// brings new words all the time, but most of its tokens are the same few thousand common
    /// words: forgetting them with the rest made a fifth of the tokens of a Wikipedia extract
    /// new words again, each costing dozens of weight lookups. What a word is tagged never
    /// depends on what the cache holds.
    fn forget_words(&mut self) {
        let mut order: Vec<u32> = (0..self.types.len() as u32).collect();
        if order.len() > KEPT_TYPES {
            order.select_nth_unstable_by_key(KEPT_TYPES, |&t| {
                (std::cmp::Reverse(self.types[t as usize].hits), t)
            });
            order.truncate(KEPT_TYPES);
        }
        order.sort_unstable();
        let mut new_id = vec![u32::MAX; self.types.len()];
        for (i, &t) in order.iter().enumerate() {
            new_id[t as usize] = i as u32;
        }
        let blocks: Vec<u32> = order
            .iter()
            .map(|&t| self.types[t as usize].block)
            .collect();
        let kept_blocks = self.scorer.keep_words(&blocks);
        // in place: the kept types keep their order
        self.stem_ids.clear();
        for (n, (&t, block)) in order.iter().zip(kept_blocks).enumerate() {
            self.types.swap(n, t as usize);
            let ty = &mut self.types[n];
            ty.block = block;
            ty.hits = 0;
            let next = self.stem_ids.len() as u32;
            ty.stem = *self
                .stem_ids
                .entry(normalize::stem(&ty.key).into())
                .or_insert(next);
        }
        self.types.truncate(order.len());
        self.index.renumber(&new_id);
    }

    /// The cache entry of word `w`, filed under `hash` ([`index::hash`]), made if new.
    fn type_of(&mut self, w: &str, hash: u64) -> u32 {
        if let Some(t) = self.index.find(hash, |t| self.types[t as usize].word == w) {
            self.types[t as usize].hits += 1;
            return t;
        }
        if self.types.len() == self.types.capacity() && self.types.len() >= RESERVED_FROM {
            // a big text: room for the whole cache and one more document's new words at once
            let n = (MAX_TYPES + MAX_DOCUMENT_TYPES).saturating_sub(self.types.len());
            self.types.reserve_exact(n);
            self.scorer.reserve_words(n);
            self.index.reserve(self.types.len() + n);
        }
        let g = self.gazetteer;
        let key = normalize::key(w);
        let bits = g.bits_any_reading(&key);
        let st = normalize::stem(&key);
        let currency = senses::is_currency_stem(st);
        let stem = match self.stem_ids.get(st) {
            Some(&id) => id,
            None => {
                let id = self.stem_ids.len() as u32;
                self.stem_ids.insert(st.into(), id);
                id
            }
        };
        let block = self.scorer.add_word_with(w, &key, bits, g.word_bits(&key));
        let gaz_start =
            bits & (class::PLACE | class::ORG | class::PERSON | class::PHRASE_START) != 0;
        let gaz_alone = (gaz_start && bits & class::PHRASE_START == 0)
            .then(|| g.find(&[Some(key.as_str())], 0));
        let title_first = self.model.titles.first_hash(&key);
        let title_word = if self.model.titles.is_empty() {
            0
        } else {
            model::titles::word_hash(&key)
        };
        let stop = g.may_be_stopword(&key) && g.is_stopword(w);
        // (hamza after `ل` is the clitic on a word: no name begins so; read where it is written,
        // since `لا` without one is no clitic)
        let lil = (key.starts_with("لل") && key != "لله")
            || w.strip_prefix('ل')
                .is_some_and(|r| r.starts_with(['أ', 'إ', 'آ']));
        let preposition = edgeless_preposition(&key, w);
        self.types.push(WordType {
            word: CompactString::new(w),
            key: key.into(),
            block,
            bits,
            stem,
            gaz_start,
            stop,
            // (the basic Arabic letters first: `is_alphabetic` looks any other letter up in
            // tables, 1% of the time on varied text)
            letterless: !w
                .chars()
                .any(|c| ('\u{0621}'..='\u{064A}').contains(&c) || c.is_alphabetic()),
            preposition,
            lil,
            latin: w.chars().next().is_some_and(|c| c.is_ascii_alphabetic()),
            gaz_alone,
            hits: 1,
            title_first,
            title_word,
            currency,
        });
        let t = (self.types.len() - 1) as u32;
        self.index.insert(hash, t);
        t
    }

    /// Gazetteer class bits, under any reading of its key, of word `i` of the document tagged
    /// last (see [`Gazetteer::bits_any_reading`]).
    pub fn word_bits(&self, i: usize) -> u16 {
        self.types[self.tids[i] as usize].bits
    }

    /// Tags one document given as words with sentence boundaries (`bounds`: the index of each
    /// sentence's first word, then the number of words); returns the BIO label index of each word.
    pub fn tag(&mut self, words: &[&str], bounds: &[usize], opts: Options) -> &[u8] {
        debug_assert_eq!(bounds.last().copied().unwrap_or(0), words.len());
        // the cache is trimmed between documents only, so the type ids stay good for the whole
        // document (word_bits reads them after)
        if self.types.len() > MAX_TYPES {
            self.forget_words();
        }
        let mut tids = std::mem::take(&mut self.tids);
        tids.clear();
        // the index slot of a word a few tokens ahead is asked for, and the entry of one nearer,
        // so that the cache misses of rare words overlap instead of following one another
        let mut hashes = std::mem::take(&mut self.hashes);
        hashes.clear();
        hashes.extend(words.iter().map(|w| index::hash(w)));
        const AHEAD: usize = 8;
        for &h in hashes.iter().take(AHEAD) {
            self.index.prefetch(h);
        }
        for (i, (w, &h)) in words.iter().zip(&hashes).enumerate() {
            if let Some(&h) = hashes.get(i + AHEAD) {
                self.index.prefetch(h);
            }
            if let Some(&h) = hashes.get(i + AHEAD / 2)
                && let Some(t) = self.index.first_guess(h)
            {
                let t = &self.types[t as usize];
                model::weights::prefetch(&t.word);
                model::weights::prefetch(&t.hits);
            }
            tids.push(self.type_of(w, h));
        }
        self.hashes = hashes;
        let n_sent = bounds.len().saturating_sub(1);
        let pieces = n_sent.div_ceil(opts.doc_window.max(1)).max(1);
        if pieces == 1 {
            self.tag_piece(words, &tids, bounds, opts);
        } else {
            // pieces of equal size, so none is a short tail
            let mut all = std::mem::take(&mut self.piece_labels);
            let mut piece_bounds = std::mem::take(&mut self.piece_bounds);
            all.clear();
            for p in 0..pieces {
                let (s0, s1) = (p * n_sent / pieces, (p + 1) * n_sent / pieces);
                let (a, b) = (bounds[s0], bounds[s1]);
                piece_bounds.clear();
                piece_bounds.extend(bounds[s0..=s1].iter().map(|&x| x - a));
                self.tag_piece(&words[a..b], &tids[a..b], &piece_bounds, opts);
                all.extend_from_slice(&self.labels);
            }
            std::mem::swap(&mut self.labels, &mut all);
            self.piece_labels = all;
            self.piece_bounds = piece_bounds;
        }
        self.tids = tids;
        &self.labels
    }

    /// [`Tagger::tag`] of one piece of a document (all of it, unless it is longer than the
    /// window), `tids` being its words' types; the labels are left in `self.labels`.
    fn tag_piece(&mut self, words: &[&str], tids: &[u32], bounds: &[usize], opts: Options) {
        let n_sent = bounds.len().saturating_sub(1);
        let sent = |s: usize| bounds[s]..bounds[s + 1];
        let types = &self.types;
        // gazetteer phrases
        self.gaz.clear();
        self.gaz.resize(words.len(), 0);
        let mut keys: Vec<Option<&str>> = Vec::new();
        for s in 0..n_sent {
            let ts = &tids[sent(s)];
            if ts.iter().any(|&t| types[t as usize].gaz_start) {
                keys.clear();
                keys.extend(ts.iter().map(|&t| Some(types[t as usize].key.as_str())));
                let g = self.gazetteer;
                let codes = model::gazetteer_codes_with(
                    ts.len(),
                    |i| types[ts[i] as usize].gaz_start,
                    |i| {
                        types[ts[i] as usize]
                            .gaz_alone
                            .unwrap_or_else(|| g.find(&keys, i))
                    },
                );
                self.gaz[sent(s)].copy_from_slice(&codes);
            }
        }
        drop(keys);
        // document evidence
        if self.ev_words.len() < n_sent {
            self.ev_words.resize_with(n_sent, Vec::new);
        }
        for s in 0..n_sent {
            let v = &mut self.ev_words[s];
            v.clear();
            v.extend(
                tids[sent(s)]
                    .iter()
                    .zip(&self.gaz[sent(s)])
                    .map(|(&t, &gaz)| {
                        let t = &types[t as usize];
                        EvWord {
                            bits: t.bits,
                            stem: t.stem,
                            gaz,
                        }
                    }),
            );
        }
        let evidence = model::document_evidence(&self.ev_words[..n_sent]);
        // block ids and evidence of every token (the evidence through an array by stem id,
        // cleared again afterwards)
        self.stem_ev.resize(self.stem_ids.len(), 0);
        for (&stem, &e) in &evidence {
            self.stem_ev[stem as usize] = e;
        }
        self.ids.clear();
        self.ids
            .extend(tids.iter().map(|&t| types[t as usize].block));
        self.ev.clear();
        self.ev.extend(
            tids.iter()
                .map(|&t| self.stem_ev[types[t as usize].stem as usize]),
        );
        for &stem in evidence.keys() {
            self.stem_ev[stem as usize] = 0;
        }
        if !self.model.titles.is_empty() {
            for s in 0..n_sent {
                let ts = &tids[sent(s)];
                self.model.titles.codes_with(
                    ts.len(),
                    |i| types[ts[i] as usize].title_first,
                    |i| types[ts[i] as usize].title_word,
                    &mut self.ev[sent(s)],
                );
            }
        }
        // the model, sentence by sentence
        self.labels.clear();
        self.margins.clear();
        for s in 0..n_sent {
            self.scorer.emissions(
                &self.ids[sent(s)],
                &self.gaz[sent(s)],
                &self.ev[sent(s)],
                &mut self.em,
            );
            if opts.outside_bias != 0.0 {
                for e in self.em.iter_mut() {
                    e[0] += opts.outside_bias;
                }
            }
            self.decoder.decode_into(
                &self.em,
                self.model.trans(),
                opts.document_pass,
                &mut self.labels,
                &mut self.margins,
            );
            let ts = &tids[sent(s)];
            trim_letterless(&mut self.labels[sent(s)], |i, class, first| {
                let t = &types[ts[i] as usize];
                // a work's title (class 3) may begin with one (`«من البداية للنهاية»`), a name
                // not; `في` after a spelt Latin letter is the letter V (`أون تي في`, ON TV)
                let after_letter = i > 0 && {
                    let before = types[ts[i - 1] as usize].key.as_str();
                    SPELT_LETTERS.contains(&before)
                };
                // (the lone prepositions and `لل` are edges of names, not read in the model's
                // own reading of unlabelled text, whose statistics it learns from)
                t.letterless
                    || (opts.name_edges
                        && ((t.preposition && class != 3 && !after_letter)
                            || (t.lil && class == 0 && !first)))
            });
        }
        // the rules after the model, sentence by sentence
        let (g, clusters, gaz) = (self.gazetteer, &self.model.clusters, &self.gaz);
        let (labels, margins) = (&mut self.labels, &mut self.margins);
        let piece = Piece {
            bounds,
            tids,
            types,
        };
        piece.each(opts.gazetteer, labels, margins, |r, l, _, w| {
            apply_gazetteer(
                l,
                &gaz[r.clone()],
                |i| w.at(i).latin,
                |i| w.at(i).bits & class::ORG_HEAD != 0,
                |i, code| extends_listed(&w.at(i).key, code),
                opts.name_edges,
                opts.institutions,
            );
            // (the sentence's keys made once, and only for a sentence that needs them)
            let n = l.len();
            let keys = std::cell::OnceCell::new();
            listed_names_ending_weak_phrases(l, &gaz[r.clone()], |k| {
                let keys: &Vec<Option<&str>> =
                    keys.get_or_init(|| (0..n).map(|x| Some(w.at(x).key.as_str())).collect());
                g.find(keys, k)
            });
            if opts.name_edges {
                coordinated_listed_places(l, &gaz[r.clone()], |i| w.at(i).key.starts_with('و'));
                persons_after_listed_orgs(l, &gaz[r], |i| {
                    let (bits, key) = (w.at(i).bits, w.at(i).key.as_str());
                    bits & (class::FIRST_NAME | class::LATIN_GIVEN) != 0
                        && bits & (class::ORG | class::PLACE) == 0
                        // `إيرباص إيه`: the letter A
                        && !SPELT_LETTERS.contains(&key)
                        && !matches!(key, "ايه" | "ار" | "اتش")
                });
            }
        });
        piece.each(true, labels, margins, |r, l, m, w| {
            latin_names(&words[r], |i| w.at(i).bits, l, m)
        });
        piece.each(opts.institutions, labels, margins, |_, l, m, w| {
            institutions(l, m, |i| w.at(i));
            named_bodies(l, m, |i| w.at(i));
            united_nations_bodies(l, m, |i| w.at(i), g);
        });
        // before the titles' rules, which then take the name from its given name on
        piece.each(opts.name_edges, labels, margins, |_, l, _, w| {
            portfolios_joined_before_given_names(l, |i| w.at(i))
        });
        piece.each(opts.titled_names, labels, margins, |_, l, m, w| {
            titled_names(l, m, |i| w.at(i), g, clusters)
        });
        piece.each(opts.portfolio_names, labels, margins, |_, l, m, w| {
            portfolio_names(l, m, |i| w.at(i), g, clusters);

            family_names_before_the_clause(l, |i| w.at(i), g, clusters);
        });
        piece.each(opts.coordinated, labels, margins, |_, l, _, w| {
            split_coordinated(l, g, |i| w.at(i))
        });
        piece.each(opts.currencies, labels, margins, |_, l, m, w| {
            senses::currencies(l, m, |i| w.at(i))
        });
        piece.each(opts.predicates, labels, margins, |_, l, _, w| {
            senses::predicates(l, |i| w.at(i))
        });
        piece.each(opts.name_edges, labels, margins, |r, l, m, w| {
            cut_institution_adjectives(l, &words[r], |i| w.at(i));
            companies_by_their_endings(l, |i| w.at(i));
            companies_named_for_persons(l, |i| w.at(i));
            family_after_names(l, |i| w.at(i));
            nasab_after_names(l, |i| w.at(i));
            sheikh_inside_names(l, |i| w.at(i), g);
            persons_run_into_by_bodies(l, |i| w.at(i), g, clusters);
            foreign_persons_after_bodies(l, |i| w.at(i), g);
            bodies_named_before_persons(l, |i| w.at(i), clusters);
            bodies_named_for_places(l, m, |i| w.at(i), g);
            bodies_found_go_on_with_their_purpose(l, m, |i| w.at(i), g);
            airlines_by_their_nationality(l, m, |i| w.at(i), g);
            companies_named_for_places(l, m, |i| w.at(i), g);
            companies_by_their_nationality(l, m, |i| w.at(i), g);
            nationality_after_proper_names(l, |i| w.at(i), g);
            banks_named_for_places(l, m, |i| w.at(i), g);
            national_bodies_named_for_places(l, m, |i| w.at(i), g);
            national_societies(l, |i| w.at(i), g);
            institutes_in_places(l, |i| w.at(i));
            bodies_by_their_purpose(l, m, |i| w.at(i), g);
            short_names_in_brackets(l, m, |i| w.at(i), clusters);
            universities_by_their_kind(l, |i| w.at(i));
            persons_after_bodies_referred_back(l, |i| w.at(i), g);
            persons_after_titled_bodies(l, m, |i| w.at(i), clusters);
            companies_of_two_words(l, |i| w.at(i), clusters);
            names_after_honorifics(l, |i| w.at(i));
            names_after_called(l, |i| w.at(i), clusters);
            regnal_numbers(l, |i| w.at(i));
            persons_back_to_back(l, |i| w.at(i), g);
        });
        // whether the text writes a final `ة` (most do; some papers write `ه` for it)
        let writes_taa = words.iter().filter(|w| w.ends_with('ة')).nth(2).is_some();
        let mut outlets: Vec<Vec<&str>> = Vec::new();
        piece.each(opts.name_edges, labels, margins, |r, l, m, w| {
            times_of_day_are_no_persons(l, |i| w.at(i));
            callings_before_given_names(l, |i| w.at(i));
            if writes_taa {
                grandfathers_are_no_places(l, |i| w.at(i));
            }
            names_go_on_after_sons_of(l, |i| w.at(i));
            names_before_their_nisba(l, |i| w.at(i));
            unread_dateline(l, m, &words[r.clone()], |i| w.at(i), clusters);
            if let Some(o) = credited_outlet(l, m, &words[r], |i| w.at(i)) {
                outlets.push(o.map(|i| w.at(i).key.as_str()).collect());
            }
        });
        if !outlets.is_empty() {
            piece.each(true, labels, margins, |_, l, m, w| {
                outlet_mentions(l, m, |i| w.at(i), &outlets)
            });
        }
        // clubs found where only a club can stand, which the document pass then finds at their
        // other mentions in the report
        let football = tids
            .iter()
            .filter(|&&t| {
                // (the class bits first: all of them are words of sport)
                let w = &types[t as usize];
                w.bits & class::SPORT != 0 && FOOTBALL_WORDS.contains(&w.key.as_str())
            })
            .nth(FOOTBALL_DOCUMENT - 1)
            .is_some();
        piece.each(opts.org_heads && football, labels, margins, |_, l, m, w| {
            clubs_in_match_reports(l, m, |i| w.at(i), g)
        });
        // function words found by the model are dropped before the document pass can spread them
        piece.each(true, labels, margins, |_, l, _, w| {
            drop_function_words(l, |i| w.at(i).stop)
        });
        if opts.document_pass {
            let doc = DocView {
                gazetteer: g,
                clusters,
                types,
                tids,
                bounds,
                margins,
                gaz,
            };
            document_pass(doc, labels, opts, &mut self.doc_pass);
        }
        piece.each(opts.org_heads, labels, margins, |_, l, _, w| {
            heads_take_the_name(l, |i| w.at(i));
            lone_heads_are_no_names(l, |i| w.at(i));
            bodies_of_places_take_their_field(l, |i| w.at(i), g);
        });
        // a family name that is a nisba, read as a place where it stands alone, after the
        // document pass (which carries a person's name only to words it left unread)
        if opts.name_edges {
            let mut families: Vec<&str> = Vec::new();
            piece.each(true, labels, margins, |_, l, _, w| {
                family_names_of_persons(l, |i| w.at(i), &mut families)
            });
            if !families.is_empty() {
                piece.each(true, labels, margins, |_, l, _, w| {
                    nisba_families_are_persons(l, |i| w.at(i), &families)
                });
            }
        }
        // after the document pass, which carries the person alone to the body's name
        piece.each(opts.name_edges, labels, margins, |_, l, m, w| {
            bodies_named_for_persons(l, m, |i| w.at(i));
            found_purposes_go_on(l, |i| w.at(i), g);
            persons_end_on_a_name(l, |i| w.at(i));
            outlets_and_clubs_leave_their_noun_out(l, |i| w.at(i));
            nisbas_after_nouns_are_adjectives(l, |i| w.at(i), g);
        });
        // after the document pass, which must not carry the paper to the place's other mentions
        piece.each(opts.name_edges, labels, margins, |_, l, _, w| {
            papers_named_for_places(l, |i| w.at(i))
        });
        let mut persons_as_places: Vec<Vec<&str>> = Vec::new();
        let mut unread_places: Vec<Vec<&str>> = Vec::new();
        piece.each(opts.name_edges, labels, margins, |_, l, _, w| {
            let (persons, unread) = places_after_place_nouns(l, |i| w.at(i), g, clusters);
            for r in persons {
                persons_as_places.push(r.map(|i| w.at(i).key.as_str()).collect());
            }
            for r in unread {
                unread_places.push(r.map(|i| w.at(i).key.as_str()).collect());
            }
            places_after_in(l, |i| w.at(i));
            places_after_their_word(l, |i| w.at(i), clusters);
            places_between(l, |i| w.at(i), clusters);
            places_before_directions(l, |i| w.at(i), clusters);
            places_in_a_list(l, |i| w.at(i), g, clusters);
            regions_named_by_towns(l, |i| w.at(i));
            upper_and_lower_regions(l, |i| w.at(i));
            generic_places_alone(l, |i| w.at(i));
            river_banks(l, |i| w.at(i));
            lands_named_by_places(l, |i| w.at(i));
            ages_are_no_names(l, |i| w.at(i));
            storms_are_no_persons(l, |i| w.at(i));
            peoples_in_a_row(l, |i| w.at(i), g);
        });
        if !persons_as_places.is_empty() {
            piece.each(true, labels, margins, |_, l, _, w| {
                persons_named_as_places(l, |i| w.at(i), &persons_as_places)
            });
        }
        if !unread_places.is_empty() {
            piece.each(true, labels, margins, |_, l, _, w| {
                places_named_again(l, |i| w.at(i), &unread_places)
            });
        }
        // after the places named as persons were carried: the king a stadium is named after is
        // still a person elsewhere
        piece.each(opts.name_edges, labels, margins, |_, l, _, w| {
            facilities_named_for_persons(l, |i| w.at(i), opts.institutions)
        });
        // again after the document pass, which may have carried the other sense here
        piece.each(opts.currencies, labels, margins, |_, l, m, w| {
            senses::currencies(l, m, |i| w.at(i))
        });
        piece.each(opts.adjective_places, labels, margins, |_, l, _, w| {
            senses::adjective_places(l, g, |i| w.at(i));
            senses::floods(l, |i| w.at(i));
        });
        piece.each(opts.predicates, labels, margins, |_, l, _, w| {
            senses::predicates(l, |i| w.at(i))
        });
        // `الجزيرة` is the island of a text about one, unless the text names the channel
        if opts.name_edges && island_not_channel(tids, types, labels) {
            piece.each(true, labels, margins, |_, l, _, w| {
                islands_are_no_channel(l, |i| w.at(i))
            });
        }
        // a function word is never an entity, whatever the document pass found
        piece.each(true, labels, margins, |_, l, _, w| {
            drop_function_words(l, |i| w.at(i).stop)
        });
    }
}

/// A piece of a document: its sentence bounds, and its words by type.
#[derive(Clone, Copy)]
struct Piece<'t> {
    bounds: &'t [usize],
    tids: &'t [u32],
    types: &'t [WordType],
}

impl<'t> Piece<'t> {
    /// Runs a rule, when `on`, on each sentence: its range, labels, margins and words.
    fn each(
        self,
        on: bool,
        labels: &mut [u8],
        margins: &mut [f32],
        mut rule: impl FnMut(Range<usize>, &mut [u8], &mut [f32], Words<'t>),
    ) {
        if !on {
            return;
        }
        for r in self.bounds.windows(2).map(|w| w[0]..w[1]) {
            let words = Words {
                types: self.types,
                tids: &self.tids[r.clone()],
            };
            rule(r.clone(), &mut labels[r.clone()], &mut margins[r], words);
        }
    }
}

/// The words of one sentence, by their types.
#[derive(Clone, Copy)]
struct Words<'t> {
    types: &'t [WordType],
    tids: &'t [u32],
}

impl<'t> Words<'t> {
    #[inline]
    fn at(self, i: usize) -> &'t WordType {
        &self.types[self.tids[i] as usize]
    }
}

/// Tags a document given as sentences of words; returns BIO label indices per word.
pub fn tag_document(model: &Model, sentences: &[Vec<&str>], opts: Options) -> Vec<Vec<u8>> {
    tag_document_with(&mut Tagger::new(model), sentences, opts)
}

/// [`tag_document`] with a given tagger (a model and a gazetteer).
pub fn tag_document_with(
    tagger: &mut Tagger,
    sentences: &[Vec<&str>],
    opts: Options,
) -> Vec<Vec<u8>> {
    let words: Vec<&str> = sentences.iter().flatten().copied().collect();
    let mut bounds = Vec::with_capacity(sentences.len() + 1);
    bounds.push(0);
    for s in sentences {
        bounds.push(bounds[bounds.len() - 1] + s.len());
    }
    let labels = tagger.tag(&words, &bounds, opts);
    bounds
        .windows(2)
        .map(|w| labels[w[0]..w[1]].to_vec())
        .collect()
}

/// The B- label of a miscellaneous span.
const MISC: u8 = 7;
/// The B- label of an organisation.
const ORG: u8 = 5;
/// The B- label of a place.
const LOC: u8 = 3;

/// A capitalised Latin word (`Holmberg`, `SMITH`), as names are written in Latin letters inside
/// Arabic text.
fn is_latin_cap(w: &str) -> bool {
    // the Arabic block first: it is most words, and Unicode's case tables are slow to ask
    let arabic = |c: char| ('\u{0600}'..='\u{06FF}').contains(&c);
    let mut cs = w.chars();
    matches!(cs.next(), Some(c) if !arabic(c) && c.is_uppercase())
        && cs.next().is_some()
        && w.chars().all(|c| !arabic(c) && c.is_alphabetic())
}

/// Names written in Latin letters, which the model (trained on Arabic script) does not know: two to
/// four capitalised Latin words starting with a known given name (`Ingrid Holmberg`), or one to
/// four after a title (`الرئيس Emmanuel Macron`), are a person unless already part of another
/// entity; one to four after an organisation head (`شركة Sony`, `وكالة Bloomberg`) or a website's
/// noun (`موقع IGN`), after `مثل` following a plural head (`شركات مثل Riot Games`), or joined by
/// `و` to such an organisation, are an organisation. Such a name counts as confident (its
/// `margins` are raised), so the document pass finds
/// the surname alone too.
fn latin_names(
    words: &[&str],
    bits: impl Fn(usize) -> u16,
    labels: &mut [u8],
    margins: &mut [f32],
) {
    // bodies named as examples of their plural head (`فرق عالمية مثل Team Liquid و Fnatic`,
    // `شركات مثل Riot Games`): `مثل` within three words after the head
    let example = |i: usize| {
        i >= 2
            && normalize::key(words[i - 1]) == "مثل"
            && (i.saturating_sub(4)..i - 1).any(|h| {
                let k = normalize::key(words[h]);
                let k = k.strip_prefix('و').unwrap_or(&k);
                matches!(
                    k,
                    "شركات" | "فرق" | "منصات" | "مجموعات" | "تطبيقات" | "علامات"
                )
            })
    };
    // the end of the last organisation in Latin letters found, which another joined to it by
    // `و` follows as one of the same list
    let mut listed_until: Option<usize> = None;
    let mut i = 0;
    while i < words.len() {
        if !is_latin_cap(words[i]) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < words.len() && j - i < 4 && is_latin_cap(words[j]) {
            j += 1;
        }
        // (not after a comma: `WWF Entertainment, Inc.`)
        let joined = listed_until.is_some_and(|e| e + 1 == i && words[e] == "و");
        let given = bits(i) & (class::FIRST_NAME | class::LATIN_GIVEN) != 0 && j - i >= 2;
        let titled = i > 0 && bits(i - 1) & class::TITLE != 0;
        // `شركة Sony`, `صحيفة New York Times`, and a website (`لموقع TSA`, `منصة Netflix`),
        // whose noun is no head elsewhere (`موقع` is also a place, an archaeological site)
        let headed = i > 0
            && (bits(i - 1) & class::ORG_HEAD != 0 || {
                let k = normalize::key(words[i - 1]);
                let k = k.strip_prefix(['و', 'ف']).unwrap_or(&k);
                let k = k.strip_prefix(['ل', 'ب']).unwrap_or(k);
                matches!(k, "موقع" | "منصه")
            });
        // nothing there yet but (part of) an entity of the kind, which the run then completes, or
        // a miscellaneous span within the run: the model, which learnt from Arabic script, reads
        // an unknown Latin word as a foreign term more often than as a name
        let misc = |x: u8| of_kind(x, MISC);
        let free = |b: u8| {
            labels[i..j]
                .iter()
                .all(|&x| x == 0 || of_kind(x, b) || misc(x))
                && labels[i] != b + 1
                && labels.get(j).is_none_or(|&x| x != b + 1 && x != MISC + 1)
        };
        let label = if (given || titled) && free(1) {
            Some(1)
        } else if (headed || example(i) || joined) && free(5) {
            Some(5)
        } else {
            None
        };
        if let Some(b) = label {
            mark_certain(labels, margins, i..j, b);
        }
        listed_until = (label == Some(5)).then_some(j);
        i = j;
    }
}

/// Whether a word (key) has the shape of a nisba adjective with the article (`الفلسطينية`,
/// `التونسي`).
pub(super) fn nisba(key: &str) -> bool {
    key.starts_with("ال") && (key.ends_with('ي') || key.ends_with("يه")) && key.chars().count() >= 5
}

/// Labels `range` as one entity whose first label is `b` (a B label), certain by the shape that
/// found it: the highest margin, so that the document pass carries it to its other mentions.
fn mark_certain(labels: &mut [u8], margins: &mut [f32], range: Range<usize>, b: u8) {
    labels[range.start] = b;
    labels[range.start + 1..range.end].fill(b + 1);
    margins[range].fill(f32::MAX);
}

/// A dispatch's dateline the model left unread (`أدري ( الأناضول ) -`, a border town): the line's
/// first one or two words, before an agency's credit of one to three words in brackets with a
/// dash after it or before it ([`dateline_and_credit`]), are the place the dispatch was
/// filed from: not a function word, a letterless or Latin word, a nisba adjective (`الفرنسية (
/// أ ف ب )`, no place), nor a word the lists hold as a person, a given name or a title. The
/// credit must be an agency's: brackets after a term at a line's start (`التعويض ( Restitution
/// ) -`) gloss it.
fn unread_dateline<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    words: &[&str],
    word: impl Fn(usize) -> &'t WordType,
    clusters: &model::clusters::Clusters,
) {
    let plain = |w: &WordType| {
        !w.stop
            && !w.letterless
            && !w.latin
            && !nisba(&w.key)
            && w.bits & (class::PERSON | class::FIRST_NAME | class::TITLE) == 0
    };
    let Some((dateline, credit)) = dateline_and_credit(words) else {
        bare_dateline(labels, margins, words, &word, plain, clusters);
        return;
    };
    // the credit an agency: one the lists or the model hold as an organisation, or spelt in
    // single letters (`( أ ف ب )`)
    let agency = labels[credit.start] == ORG
        || word(credit.start).bits & class::ORG != 0
        || credit.clone().all(|i| word(i).key.chars().count() == 1);
    if agency
        && dateline.len() <= 2
        && labels[dateline.clone()].iter().all(|&l| l == 0)
        && dateline.clone().all(|i| plain(word(i)))
    {
        mark_certain(labels, margins, dateline, kind_label(Kind::Place));
    }
}

/// A dispatch's dateline with no credit, the dash alone after it (`حديبو - تستقبل جزيرة …`,
/// as most papers now print it): the first one or two words of a paragraph long enough to be a
/// dispatch's, then a dash, are the place it was filed from when the model left them unread or
/// read one unlisted word as an organisation (an unknown town looks like an acronym to it).
/// Other lines open so too (`ب - …` in a list, `الأرز - …` glossing a term, `عواصم - وكالات`),
/// so no other dash may follow soon (a list's items, a gloss between dashes, a word joined by
/// hyphens), and the words must also be [`unread_dateline`]'s plain ones and none a word the unlabelled text
/// reads, when it knows it, as never inside a place.
fn bare_dateline<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    words: &[&str],
    word: &impl Fn(usize) -> &'t WordType,
    plain: impl Fn(&WordType) -> bool,
    clusters: &model::clusters::Clusters,
) {
    const PARAGRAPH: usize = 12;
    let dash = |w: &str| matches!(w, "-" | "–" | "—");
    let Some(end) = (1..=2).find(|&j| words.get(j).is_some_and(|w| dash(w))) else {
        return;
    };
    // (a list's items and a word's gloss between dashes have another dash soon after)
    if words.len() < PARAGRAPH || words.iter().take(PARAGRAPH).filter(|w| dash(w)).count() > 1 {
        return;
    }
    let unread = labels[..end].iter().all(|&l| l == 0);
    let guessed_body = end == 1 && labels[0] == ORG && word(0).bits & class::ORG == 0;
    if (unread || guessed_body)
        && (0..end).all(|i| plain(word(i)) && clusters.seen_as(&word(i).key, 1) != Some(false))
    {
        mark_certain(labels, margins, 0..end, kind_label(Kind::Place));
    }
}

/// The source a dispatch credits after its dateline (`أنقرة ( الأناضول ) -`) is an outlet, an
/// organisation, where the model read a place: `الأناضول` (the agency, and Anatolia), `الجزيرة`
/// (the channel, and the island). The dateline is the line's first one to three words, the
/// credit one to three words in brackets, with a dash after it or before it, and its first word
/// one the lists hold as an organisation too: ANERcorp's dispatches credit the country there
/// (`ساو باولو ( البرازيل ) -`), and so do some papers. Or the credit is an agency the model
/// left unread after a dateline it read as a place ([`unread_agency`]). Returns the credit's
/// words when it made them an organisation.
fn credited_outlet<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    words: &[&str],
    word: impl Fn(usize) -> &'t WordType,
) -> Option<Range<usize>> {
    let (_, credit) = dateline_and_credit(words)?;
    let place = kind_label(Kind::Place);
    let inside = &labels[credit.clone()];
    let listed_outlet = inside[0] == place
        && inside[1..].iter().all(|&l| l == place + 1)
        && word(credit.start).bits & class::ORG != 0;
    let unread = labels[0] == place && unread_agency(inside, word(credit.start));
    if !(listed_outlet || unread) {
        return None;
    }
    mark_certain(
        labels,
        margins,
        credit.clone(),
        kind_label(Kind::Organization),
    );
    Some(credit)
}

/// A dispatch's dateline and credit at a line's start, as word ranges: the dateline the line's
/// first one to three words, the credit one to three words in brackets, with a dash after it
/// (`أنقرة ( الأناضول ) -`) or between the dateline and it (`بيروت - ( الأناضول )`).
fn dateline_and_credit(words: &[&str]) -> Option<(Range<usize>, Range<usize>)> {
    let open = words.iter().take(4).position(|&w| w == "(")?;
    let close = (open + 2..words.len().min(open + 5)).find(|&j| words[j] == ")")?;
    let dash = |j: usize| words.get(j).is_some_and(|w| matches!(*w, "-" | "–" | "—"));
    let end = if dash(close + 1) {
        open
    } else if open >= 2 && dash(open - 1) {
        open - 1
    } else {
        return None;
    };
    (end > 0).then_some((0..end, open + 1..close))
}

/// Whether a credit in brackets after a dateline the model read as a place (`تونس ( وات ) -`)
/// is an agency the model left unread: one word (ANERcorp leaves the credits spelt in letters
/// unmarked, `( د ب أ )`), no place or person the lists know (ANERcorp's dispatches credit the
/// country there), no nisba adjective (`( الفرنسية )`, the agency by its adjective, unmarked
/// there too), no function word, and none of the words papers credit their own staff with.
fn unread_agency(inside: &[u8], credit: &WordType) -> bool {
    inside == [0]
        && !credit.stop
        && !credit.letterless
        && credit.bits & (class::PLACE | class::PERSON | class::FIRST_NAME) == 0
        && !nisba(&credit.key)
        && !matches!(
            credit.key.as_str(),
            "خاص"
                | "مراسلنا"
                | "مراسلتنا"
                | "مراسلون"
                | "مراسلينا"
                | "مكتبنا"
                | "وكالات"
                | "الوكالات"
                | "متابعات"
                | "تحديث"
        )
}

/// The other mentions of an outlet a credit names ([`credited_outlet`]), where the model read the
/// same words as a place: the outlet too, its first word written with a preposition or a
/// conjunction as well (`قال للأناضول`, `بحسب الأناضول`), but after a word that takes a
/// place (`في الأناضول`, `جنوب شرق الأناضول`). `outlets` are the credits' keys.
fn outlet_mentions<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    outlets: &[Vec<&str>],
) {
    let places: Vec<(usize, usize)> = span_iter(labels)
        .filter(|&(_, _, c)| class_kind(c) == Kind::Place)
        .map(|(a, b, _)| (a, b))
        .collect();
    let mut buf = String::new();
    for (a, b) in places {
        let same = outlets.iter().any(|o| {
            let mut first = false;
            normalize::for_each_proclitic_reading(&word(a).key, &mut buf, |r| {
                first |= r == o[0];
            });
            o.len() == b - a && first && (a + 1..b).zip(&o[1..]).all(|(i, k)| word(i).key == *k)
        });
        // where a place is meant (`في الأناضول`, `جنوب شرق الأناضول`)
        let in_place = a > 0
            && matches!(
                word(a - 1).key.as_str(),
                "في" | "الي" | "شرق" | "غرب" | "جنوب" | "شمال" | "وسط" | "انحاء"
            );
        if same && !in_place {
            mark_certain(labels, margins, a..b, kind_label(Kind::Organization));
        }
    }
}

/// Bodies named by a head and its complement, in the modern convention only (ANERcorp leaves
/// them unmarked, or marks the place alone): a foundation and the person it is named for
/// (`مؤسسة عبد الحميد شومان`); an authority, a union, an association, a court or an agency and a
/// complement of one to three words ending on a word with the article (`هيئة البريد`, `نقابة
/// الصحفيين`, `جمعية حماية المستهلك`, `محكمة أمن الدولة`), then nisba adjectives or a second noun
/// joined by `و` (`نقابة الصحفيين المصريين`, `جمعية العزم والسعادة`, `وكالة الأنباء العمانية`,
/// which needs its adjective). The head has no article (`الجمعية العامة` is another matter) and
/// the model found nothing there, or only the place or person.
fn named_bodies<'t>(labels: &mut [u8], margins: &mut [f32], word: impl Fn(usize) -> &'t WordType) {
    let (org, person) = (kind_label(Kind::Organization), kind_label(Kind::Person));
    let n = labels.len();
    let mut buf = String::new();
    let mut i = 0;
    while i + 1 < n {
        let mut bare: Option<&str> = None;
        for_each_proclitic_reading(&word(i).key, &mut buf, |r| {
            if bare.is_none() {
                bare = ["موسسه", "هييه", "نقابه", "جمعيه", "محكمه", "وكاله"]
                    .into_iter()
                    .find(|&h| h == r);
            }
        });
        if labels[i] != 0 || bare.is_none() {
            i += 1;
            continue;
        }
        // the end of the entity the model found right after the head, of kind `b`
        let found = |b: u8| {
            (labels[i + 1] == b).then(|| {
                let mut e = i + 2;
                while e < n && labels[e] == b + 1 {
                    e += 1;
                }
                e
            })
        };
        let plain = |j: usize| {
            let w = word(j);
            labels[j] == 0 && !w.stop && !w.letterless && !w.latin && !w.key.starts_with(['ب', 'ل'])
        };
        let definite = |j: usize| word(j).key.starts_with("ال") && word(j).key.chars().count() >= 4;
        // (a municipality stays its place, `بلدية صيدا`, as the sets and ANERcorp mark it)
        let end = match bare {
            Some("موسسه") => found(person),
            _ => {
                // a complement ending on a word with the article
                (i + 1..(i + 4).min(n))
                    .take_while(|&j| plain(j))
                    .find(|&j| definite(j))
                    .map(|j| j + 1)
            }
        };
        let Some(mut end) = end else {
            i += 1;
            continue;
        };
        let complement_end = end;
        while end < n && end - i < 6 && plain(end) && {
            let k = &word(end).key;
            // a nisba adjective, also plural (`المصريين`), or a second noun
            nisba(k)
                || (k.starts_with("ال") && (k.ends_with("يين") || k.ends_with("يون")))
                || (k.starts_with("وال") && k.chars().count() >= 6)
        } {
            end += 1;
        }
        // an agency is named by its field and an adjective (`وكالة الأنباء العمانية`, `وكالة
        // الفضاء الأوروبية`); its field alone is any agency of it (`قالت وكالة الأنباء`), and
        // so it is with an adjective that describes (`وكالة الأنباء الرسمية`)
        let agency_described = bare == Some("وكاله")
            && (end == complement_end
                || matches!(
                    word(end - 1).key.as_str(),
                    "الرسميه" | "الرييسيه" | "الحكوميه" | "المحليه" | "الخاصه"
                ));
        if inside_at(labels, end) || agency_described {
            i += 1;
            continue;
        }
        mark_certain(labels, margins, i..end, org);
        i = end;
    }
}

/// A body named by its head, a place and what it is for (`مؤسسة الكويت للتقدم العلمي`, `معهد
/// ماساتشوستس للتكنولوجيا`, `شركة قطر للغاز المسال`), where the model read the place alone: the
/// head without the article, the place (one to three words) right after it, then a word with
/// `لل` and at most three words with the article after that (adjectives, or nouns joined by
/// `و`: `للتربية والعلوم`), no day among them. ANERcorp marks such names whole, head included;
/// a company's head stays outside, as the sets mark companies (`شركة [قطر للبترول]`).
fn bodies_named_for_places<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let (place, org) = (kind_label(Kind::Place), kind_label(Kind::Organization));
    let n = labels.len();
    let mut buf = String::new();
    let mut i = 0;
    while i + 2 < n {
        // (the head right before a place)
        match next_labelled(labels, i + 1, place) {
            Some(p) => i = p - 1,
            None => break,
        }
        if labels[i] != 0 || word(i).bits & class::ORG_HEAD == 0 {
            i += 1;
            continue;
        }
        let Some(company) = bare_org_head(&word(i).key, g, &mut buf).map(|h| h == "شركه")
        else {
            i += 1;
            continue;
        };
        let b = span_end(labels, i + 1);
        let purpose = |j: usize| {
            let w = word(j);
            labels[j] == 0 && !w.stop && w.key.starts_with("لل") && w.key.chars().count() >= 5
        };
        // (a place with a preposition on it is where the body is: `مستشفى بالقاهرة للعلاج`)
        let at_place = with_preposition(&word(i + 1).key, g);
        if b - (i + 1) > 3 || b >= n || at_place || !purpose(b) {
            i += 1;
            continue;
        }
        let end = purpose_end(labels, &word, g, b, &mut buf);
        if inside_at(labels, end) {
            i += 1;
            continue;
        }
        let start = if company { i + 1 } else { i };
        mark_certain(labels, margins, start..end, org);
        i = end;
    }
}

/// The head of a body a word is, as written or with a conjunction or preposition on it, without
/// the article (`معهد`, `وشركة`, `لمجلس`): the reading, or none. Not `فريق`, mostly a team sent to
/// do something (`فريق مصر للوصول`).
fn bare_org_head(key: &str, g: &Gazetteer, buf: &mut String) -> Option<String> {
    let mut head = None;
    for_each_proclitic_reading(key, buf, |r| {
        if head.is_none()
            && !r.starts_with("ال")
            && r != "فريق"
            && g.word_bits(r) & class::ORG_HEAD != 0
        {
            head = Some(r.to_owned());
        }
    });
    head
}

/// Where what a body is for ends, its word with `لل` at token `b`: at most three words with the
/// article after it (adjectives, or nouns joined by `و`: `للتربية والعلوم`), no day among them
/// and no other body's head (`الفرات للغزل والشركة العامة`).
fn purpose_end<'t>(
    labels: &[u8],
    word: &impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
    b: usize,
    buf: &mut String,
) -> usize {
    let n = labels.len();
    let mut another_head = |k: &str| {
        let mut head = false;
        for_each_proclitic_reading(k, buf, |r| {
            head |= g.word_bits(r.strip_prefix("ال").unwrap_or(r)) & class::ORG_HEAD != 0;
        });
        head
    };
    let mut end = b + 1;
    while end < n && end - b <= 3 && labels[end] == 0 && {
        let w = word(end);
        !w.stop
            && !w.letterless
            && !is_day(&w.key)
            && !another_head(&w.key)
            && (w.key.starts_with("ال") && w.key.chars().count() >= 4
                || (w.key.starts_with("وال") || w.key.starts_with("ولل"))
                    && w.key.chars().count() >= 6)
    } {
        end += 1;
    }
    end
}

/// A participle in the accusative, how someone said something (`ضاحكا`, `صائحا`): a word of the
/// shape `فاعلا`, no listed name (foreign names have the shape too, `كارتا`, `هاندا`: asked only
/// of a word alone before a colon).
fn accusative_participle(w: &WordType) -> bool {
    let k: Vec<char> = w.key.chars().collect();
    matches!(k.as_slice(), [_, 'ا', _, _, 'ا'])
        && w.bits & (class::FIRST_NAME | class::PERSON | class::PLACE | class::ORG) == 0
}

/// A person's name ends on a name: not on a function word or an adverb (`محمد أيضا`), a reflexive
/// (`محمد نفسه`), a day (`صباح اليوم`), `باسم` (by the name of: `جون وين ولد باسم ماريون`) or a
/// link that wants a name after it (`ولد`, `بن`, `أبو`), or the adjective of a field or a
/// body's scope (`الاجتماعي`, `الوطني`: the centre named for the person), which the model takes
/// in after a name it found; such words are cut off the end (not an ordinal: `كليمنت الحادي
/// عشر`). A time of day left alone before the day it was cut from (`صباح اليوم`, `مساء الجمعة`)
/// is no name at all, nor is how someone said something, alone before a colon (`يضيف ضاحكا:`).
/// Nor does a function word (`لأن الدوسري`) or a spokesman's `باسم` (on behalf of: `المتحدثة
/// باسم جاكسون`) begin one.
fn persons_end_on_a_name<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let person = kind_label(Kind::Person);
    let n = labels.len();
    let mut a = 0;
    while a < n {
        if labels[a] != person {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        // nor begins on a function word (`لأن الدوسري`), but the kunya's `أم` (`أم أحمد`)
        while b - a >= 2 && word(a).stop && !ordinal(&word(a).key) && word(a).key != "ام" {
            labels[a] = 0;
            a += 1;
            labels[a] = person;
        }
        let mut end = b;
        // (a word after `آل` is the family it names, whatever it is: `آل ثاني`)
        while end - a >= 2 && !(end - a >= 3 && word(end - 2).key == "ال") && {
            let w = word(end - 1);
            let k = w.key.as_str();
            // (a sovereign's ordinal ends his name: `تحتمس الثالث`)
            (w.stop && !ordinal(k) && !matches!(k, "عشر" | "عشره"))
                || is_day(k)
                // a centre's field after its patron (`ومركز الأميرة نورة الاجتماعي`)
                || FIELD_ADJECTIVES.contains(&k)
                || INSTITUTION_ADJECTIVES.contains(&k)
                || name_link(k)
                || matches!(k, "نفسه" | "نفسها" | "ذاته" | "ذاتها" | "عينه" | "باسم")
        } {
            end -= 1;
        }
        // one word alone that is how someone said it, before the colon (`قبل أن يضيف ضاحكا:`)
        if b - a == 1 && a + 1 < n && word(a + 1).word == ":" && accusative_participle(word(a)) {
            labels[a] = 0;
            a = b;
            continue;
        }
        if end < b {
            labels[end..b].fill(0);
            if end - a == 1 && TIME_NOUNS.contains(&word(a).key.as_str()) && is_day(&word(end).key)
            {
                labels[a] = 0;
            }
        }
        // `المتحدث باسم`, `الناطقة الرسمية باسم`: on behalf of
        if word(a).key == "باسم" && b - a >= 2 && a > 0 && {
            let before = |j: usize| {
                let k = word(j).key.as_str();
                let k = k.strip_prefix("ال").unwrap_or(k);
                k.starts_with("متحدث") || k.starts_with("ناطق")
            };
            before(a - 1) || (a > 1 && word(a - 1).key.starts_with("الرسمي") && before(a - 2))
        } {
            labels[a] = 0;
            if labels[a + 1] == person + 1 {
                labels[a + 1] = person;
            }
        }
        a = b.max(a + 1);
    }
}

/// A channel, a paper, a radio, a club or a group named by a word without the article after its
/// noun (`قناة أون تي في`, `نادي ريال مدريد`, `مجموعة بن لادن`) is that name alone, the noun
/// outside, as ANERcorp and the sets mark them nearly always (not `منظمة`, which ANERcorp keeps
/// inside: `منظمة أوبك`); the model, having seen such names with their noun, sometimes takes it in. A bank is
/// the other way round: its noun is inside.
fn outlets_and_clubs_leave_their_noun_out<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
) {
    let org = kind_label(Kind::Organization);
    for a in 0..labels.len().saturating_sub(1) {
        // (nor an adjective after the noun: `قناة فضائية` is no name at all; `نادي إشبيلية` is)
        let adjective = labels.get(a + 2) != Some(&(org + 1))
            && word(a + 1).key.ends_with("يه")
            && word(a + 1).bits & (class::PLACE | class::ORG | class::PERSON) == 0;
        if labels[a] != org
            || labels[a + 1] != org + 1
            || word(a + 1).key.starts_with("ال")
            || adjective
        {
            continue;
        }
        if matches!(
            without_conjunction_and_preposition(&word(a).key),
            "قناه" | "صحيفه" | "جريده" | "اذاعه" | "نادي" | "مجموعه"
        ) {
            labels[a] = 0;
            labels[a + 1] = org;
        }
    }
    // a bank keeps its noun (`بنك جيه بي مورغان`), as ANERcorp and the sets mark banks
    for a in 0..labels.len().saturating_sub(1) {
        if labels[a] == 0
            && labels[a + 1] == org
            && matches!(
                word(a).key.as_str(),
                "بنك" | "وبنك" | "لبنك" | "ببنك" | "مصرف" | "ومصرف" | "لمصرف" | "بمصرف"
            )
        {
            labels[a] = org;
            labels[a + 1] = org + 1;
        }
    }
}

/// A person of one nisba word right after a definite noun that is no title nor name (`وقال الجيش
/// السوداني إن`) is that noun's adjective, whatever the article's other mentions of the family
/// name made the model read.
fn nisbas_after_nouns_are_adjectives<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let person = kind_label(Kind::Person);
    for i in 1..labels.len() {
        if labels[i] != person || labels.get(i + 1) == Some(&(person + 1)) || labels[i - 1] != 0 {
            continue;
        }
        let before = word(i - 1);
        let k = before.key.as_str();
        let definite = ["ال", "وال", "فال", "بال", "لل"]
            .iter()
            .any(|p| k.starts_with(p));
        if nisba(&word(i).key)
            && definite
            && !before.stop
            && !is_title(before, g)
            && before.bits & (class::PERSON | class::FIRST_NAME | class::PLACE) == 0
            && !nisba(k)
        {
            labels[i] = 0;
        }
    }
}

/// Whether the word at `i` (of `n`) is `العام`/`العامة` as "public" after a noun (`لحماية المال
/// العام`): the key is a function word as the year, which a year's adjective follows (`العام
/// الماضي`).
fn public_after_noun<'t>(word: &impl Fn(usize) -> &'t WordType, i: usize, n: usize) -> bool {
    matches!(word(i).key.as_str(), "العام" | "العامه")
        && !(i + 1 < n
            && matches!(
                word(i + 1).key.as_str(),
                "الماضي" | "المقبل" | "الحالي" | "الجاري" | "القادم" | "المنصرم"
            ))
}

/// An organisation found whose name ends on what it is for (`للإغاثة`, `للفلاحة والصيد`, `لحماية
/// المال`) goes on over the nisbas and the nouns joined by `و` left after it (`مركز الملك سلمان
/// للإغاثة والأعمال الإنسانية`, `الاتحاد التونسي للفلاحة والصيد البحري`, `لحماية المال العام`): the
/// model often stops a word short of such a name's end. At most three words, none a function word
/// (but `العام`, public after a noun, unless a year's adjective follows), a day, a title, or a
/// name of its own joined by `و` (`للإغاثة والإمارات`); not another body's head.
fn found_purposes_go_on<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let org = kind_label(Kind::Organization);
    let n = labels.len();
    let mut a = 0;
    while a < n {
        if labels[a] != org {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        let k = |x: usize| word(x).key.as_str();
        let purpose = |x: usize| k(x).starts_with("لل") && k(x).chars().count() >= 5;
        // `لل` on the last word, or `ل` on a noun and its complement (`لحماية المال`)
        let ends_on_purpose = b - a >= 2
            && (purpose(b - 1)
                || (b - a >= 3
                    && k(b - 2).starts_with('ل')
                    && k(b - 2).chars().count() >= 5
                    // (a name is no purpose: `بجيش لبنان الجنوبي`)
                    && word(b - 2).bits & (class::PLACE | class::ORG | class::PERSON) == 0
                    && k(b - 1).starts_with("ال")));
        if !ends_on_purpose {
            a = b;
            continue;
        }
        let mut end = b;
        while end < n && end - b < 3 && labels[end] == 0 && {
            let w = word(end);
            let key = w.key.as_str();
            let public = public_after_noun(&word, end, n);
            let joined = key.starts_with("وال")
                && key.chars().count() >= 6
                && w.bits
                    & (class::PLACE
                        | class::ORG
                        | class::PERSON
                        | class::PHRASE_START
                        | class::ORG_HEAD)
                    == 0;
            // (another body's head begins a name of its own: `… للاستثمار النادي الباريسي`)
            let head = g.word_bits(key.strip_prefix("ال").unwrap_or(key)) & class::ORG_HEAD != 0;
            (public || !w.stop)
                && !is_day(key)
                && !head
                && w.bits & class::TITLE == 0
                && (public || nisba(key) || joined)
        } {
            end += 1;
        }
        labels[b..end].fill(org + 1);
        a = end;
    }
}

/// An airline named by its country's nisba (`الخطوط الجوية الجزائرية`, `والخطوط الجوية الملكية
/// المغربية`), which the organisation list holds only for the best known: `الخطوط الجوية`, a
/// conjunction or preposition on the first word allowed, perhaps `الملكية` or `العربية`, then a
/// listed place's nisba, where the model found nothing else.
fn airlines_by_their_nationality<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let org = kind_label(Kind::Organization);
    let n = labels.len();
    let mut i = 0;
    while i + 2 < n {
        if without_conjunction_and_preposition(&word(i).key) != "الخطوط"
            || word(i + 1).key != "الجويه"
        {
            i += 1;
            continue;
        }
        let mut j = i + 2;
        if matches!(word(j).key.as_str(), "الملكيه" | "العربيه") && j + 1 < n {
            j += 1;
        }
        let end = j + 1;
        if !place_nisba(&word(j).key, g)
            || !(i..end).all(|x| labels[x] == 0 || of_kind(labels[x], org))
            || inside_at(labels, end)
        {
            i += 1;
            continue;
        }
        mark_certain(labels, margins, i..end, org);
        i = end;
    }
}

/// A preposition, its pronoun on it or not (`على`, `عليه`, `فيها`, `تحت`), or a word with `ب`
/// on it: what a verbal noun before it takes (`للحصول على`, `للقيام بإكمال`).
fn preposition_after(key: &str) -> bool {
    let k = ["ها", "هم", "ه"]
        .iter()
        .find_map(|p| key.strip_suffix(p))
        .unwrap_or(key);
    key.starts_with('ب') || matches!(k, "علي" | "في" | "الي" | "عن" | "من" | "مع" | "تحت" | "لدي")
}

/// A body the model found as its head and a place (`معهد البحرين`) goes on with what it is for
/// (`معهد البحرين للؤلؤ والأحجار الكريمة`), as [`bodies_named_for_places`] reads it where the
/// model found the place alone: the head without the article, a listed place of one to three
/// words with no preposition on it, then a word with `لل`. Not a company, whose head stays
/// outside as the sets mark it, nor a team or a club (`فريق`, `نادي`: `صعد نادي أسوان للممتاز`).
fn bodies_found_go_on_with_their_purpose<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let org = kind_label(Kind::Organization);
    let n = labels.len();
    let mut buf = String::new();
    let mut i = 0;
    while i + 2 < n {
        if labels[i] != org {
            i += 1;
            continue;
        }
        let b = span_end(labels, i);
        // (not what someone went there to do, a preposition or its object after it: `جامعة
        // كامبريدج للحصول على`, `للدراسة تحت`, `للقيام بإكمال`; nor a title, `للدكتور`)
        let purpose = b < n
            && labels[b] == 0
            && purpose_word(word(b))
            && word(b).bits & class::TITLE == 0
            && (b + 1 >= n || !preposition_after(&word(b + 1).key));
        if !(2..=4).contains(&(b - i))
            || !purpose
            || word(i + 1).bits & class::PLACE == 0
            || with_preposition(&word(i + 1).key, g)
        {
            i = b.max(i + 1);
            continue;
        }
        let head = bare_org_head(&word(i).key, g, &mut buf)
            .is_some_and(|h| !matches!(h.as_str(), "شركه" | "نادي"));
        if !head {
            i = b;
            continue;
        }
        let end = purpose_end(labels, &word, g, b, &mut buf);
        if inside_at(labels, end) {
            i = b;
            continue;
        }
        mark_certain(labels, margins, i..end, org);
        i = end;
    }
}

/// A bank named for its country or city (`مصرف لبنان`, `بنك مصر`, `مصرف قطر المركزي`, `بنك
/// أفغانستان الدولي`), where the model read the place alone: `بنك` or `مصرف` without the article
/// (a conjunction or preposition on it allowed), then the place of one or two words with no
/// preposition on it, and at most two nisba adjectives after it. ANERcorp marks such banks whole,
/// head included (`[مصرف قطر المركزي]`, `[بنك إنجلترا المركزي]`). Not when `و` joins another
/// name or word with the article to the place (`بنك سوريا ولبنان`, `بنك لبنان والمهجر`): a
/// longer name whose end this cannot tell. After `مصرف`, also a drain, the place must be listed.
fn banks_named_for_places<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let (place, org) = (kind_label(Kind::Place), kind_label(Kind::Organization));
    let n = labels.len();
    let mut buf = String::new();
    let mut i = 0;
    while i + 1 < n {
        // (the head right before a place)
        match next_labelled(labels, i + 1, place) {
            Some(p) => i = p - 1,
            None => break,
        }
        // (`مصرف` is also a drain, named after its village in Egypt: `مصرف حادوس`; so after it
        // the place must be a listed one)
        let listed = word(i + 1).bits & class::PLACE != 0;
        let mut bank = false;
        if labels[i] == 0 && word(i).bits & class::ORG_HEAD != 0 {
            for_each_proclitic_reading(&word(i).key, &mut buf, |r| {
                bank |= r == "بنك" || (r == "مصرف" && listed)
            });
        }
        let b = span_end(labels, i + 1);
        let at_place = with_preposition(&word(i + 1).key, g);
        let joined = b < n && {
            let k = &word(b).key;
            k.starts_with('و') && (labels[b] != 0 || k.starts_with("وال"))
        };
        if !bank || b - (i + 1) > 2 || at_place || joined {
            i += 1;
            continue;
        }
        let mut end = b;
        while end < n && end - b < 2 && labels[end] == 0 && nisba(&word(end).key) {
            end += 1;
        }
        mark_certain(labels, margins, i..end, org);
        i = end;
    }
}

/// A national Red Crescent or Red Cross society keeps its country's adjective (`الهلال الأحمر
/// الباكستاني`, `جمعية الهلال الأحمر القطري`, `الهلال الأحمر العربي السوري`): each country's is
/// a body of its own, named so, where an adjective after another body is said of it (`حزب الله
/// اللبناني`, which the lists do not extend). Up to two nisbas of listed places after the
/// organisation the model found ending on the movement's name, or after the name where the model
/// found nothing: with a country's adjective it is no crescent in the sky.
fn national_societies<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType, g: &Gazetteer) {
    let org = kind_label(Kind::Organization);
    let n = labels.len();
    for b in 2..n {
        if labels[b] != 0 || word(b - 1).key != "الاحمر" {
            continue;
        }
        let movement = word(b - 2).key.as_str();
        let movement = movement.strip_prefix(['و', 'ب', 'ل']).unwrap_or(movement);
        let found = of_kind(labels[b - 1], org) && of_kind(labels[b - 2], org);
        let unread = labels[b - 2] == 0 && labels[b - 1] == 0;
        if !matches!(movement, "الهلال" | "الصليب" | "لهلال" | "لصليب") || !(found || unread)
        {
            continue;
        }
        // (`العربي السوري`: a nisba of a people, then of the place)
        let mut end = b;
        while end < n
            && end - b < 2
            && labels[end] == 0
            && (place_nisba(&word(end).key, g) || word(end).key == "العربي")
        {
            end += 1;
        }
        if end > b && place_nisba(&word(end - 1).key, g) {
            if unread {
                labels[b - 2] = org;
                labels[b - 1] = org + 1;
            }
            labels[b..end].fill(org + 1);
        }
    }
}

/// A body named by its head, its country or city or another word, and `الوطني`/`الوطنية`
/// (`جامعة سنغافورة الوطنية`, `حزب العمل الوطني`), where the model read the place alone, or the
/// head and the rest without the adjective: the head without the article (a conjunction or
/// preposition on it allowed), one or two words with no preposition on the first, and the
/// adjective, which makes the name: a national university is no description of a university in
/// Singapore. Whole, head included, as the national banks. Not a company's head (outside the
/// name, [`companies_named_for_places`]) nor a team's or an army's, which are no organisations
/// by default. On the five Wikipedia extracts 27 names gain their adjective, all of them rightly
/// (`جامعة أستراليا الوطنية`, `جبهة تشاد الوطنية`, `حزب الوفاق الوطني`).
fn national_bodies_named_for_places<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let (place, org) = (kind_label(Kind::Place), kind_label(Kind::Organization));
    let n = labels.len();
    let mut buf = String::new();
    for b in 2..n {
        // right after a name the model found, the adjective: few words are
        if labels[b] != 0
            || labels[b - 1] == 0
            || !matches!(word(b).key.as_str(), "الوطني" | "الوطنيه")
        {
            continue;
        }
        // the name's start: the body the model found, or the head before the place it found
        let Some(i) = (b.saturating_sub(3)..b - 1).find(|&i| {
            let found = labels[i] == org && span_end(labels, i) == b;
            let before_place =
                labels[i] == 0 && labels[i + 1] == place && span_end(labels, i + 1) == b;
            found || before_place
        }) else {
            continue;
        };
        if word(i).bits & class::ORG_HEAD == 0 || with_preposition(&word(i + 1).key, g) {
            continue;
        }
        let mut head = false;
        for_each_proclitic_reading(&word(i).key, &mut buf, |r| {
            head |= !r.starts_with("ال")
                && !matches!(r, "شركه" | "فريق" | "جيش" | "قوات" | "كتايب")
                && g.word_bits(r) & class::ORG_HEAD != 0;
        });
        if head {
            mark_certain(labels, margins, i..b + 1, org);
        }
    }
}

/// Adjectives (keys) a company's name may end on after its place (`موانئ دبي العالمية`, `طيران
/// تركمنستان الوطنية`, `أوراسكوم تيلكوم القابضة`).
const COMPANY_ADJECTIVES: [&str; 4] = ["العالميه", "الدوليه", "الوطنيه", "القابضه"];

/// A company named by a common noun and its country or city (`شركة معادن موريتانيا`, `شركة
/// نفط الكويت`, `شركة طيران الإمارات`), where the model read the place alone: after `شركة`
/// without the article, one plain word without it either (no nisba adjective, no function word,
/// no pronoun on it, not `خاصة` or `تابعة`) and then the place of one or two words, with no
/// preposition on it, which the name ends on (no word with the article after it, as a
/// complement of the place would be), or one of the company's own adjectives after it
/// ([`COMPANY_ADJECTIVES`]). The head outside, as the sets mark companies.
fn companies_named_for_places<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let (place, org) = (kind_label(Kind::Place), kind_label(Kind::Organization));
    let n = labels.len();
    let mut buf = String::new();
    let mut i = 0;
    while i + 2 < n {
        // (the head two words before a place)
        match next_labelled(labels, i + 2, place) {
            Some(p) => i = p - 2,
            None => break,
        }
        if labels[i] != 0 || labels[i + 1] != 0 || word(i).bits & class::ORG_HEAD == 0 {
            i += 1;
            continue;
        }
        let mut company = false;
        for_each_proclitic_reading(&word(i).key, &mut buf, |r| company |= r == "شركه");
        let x = word(i + 1);
        let plain = plain_word(x)
            && !x.key.starts_with("ال")
            // (the key writes a final `ئ` as `ي`: `موانئ` is no nisba)
            && (!x.key.ends_with('ي') || x.word.ends_with('ئ'))
            && !x.key.ends_with("يه")
            && !x.key.starts_with(['ب', 'ل', 'ك'])
            && x.key.chars().count() >= 3
            // (`شركة مقرها ووهان`, whose seat is)
            && normalize::without_pronoun(&x.key).is_none()
            && !matches!(x.key.as_str(), "خاصه" | "عامه" | "تابعه" | "مملوكه");
        // (`شركة اتصالات بالمغرب` is in the country, not named for it)
        let at_place = with_preposition(&word(i + 2).key, g);
        let mut end = span_end(labels, i + 2);
        let short = end - (i + 2) <= 2;
        // a company's own adjective ends its name (`شركة موانئ دبي العالمية`), when nothing
        // with the article comes after it
        let bare_after = |e: usize| e >= n || labels[e] == 0 && !word(e).key.starts_with("ال");
        if short
            && end < n
            && labels[end] == 0
            && COMPANY_ADJECTIVES.contains(&word(end).key.as_str())
            && bare_after(end + 1)
        {
            end += 1;
        }
        let last = short && bare_after(end);
        if company && plain && last && !at_place {
            mark_certain(labels, margins, i + 1..end, org);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// A company named by a word the model left unread, or read alone as a name of another kind, and
/// then its country's adjective (`مجموعة يونيبر الألمانية`, `شركة سينوبك الصينية`): after
/// `شركة` or `مجموعة` without the article, one or two plain words without it either (no nisba
/// shape, no preposition or pronoun on them) and a nisba of a listed place with the article. A
/// common noun there would leave the adjective without the article to agree with it (`شركة نفط
/// كويتية`), so the words are a name, and the adjective says whose. `شركات` after `مجموعة` is
/// part of the head (`مجموعة شركات ريتشمونت السويسرية`). The head and the adjective outside, as
/// the sets mark companies. The model finds most such names itself: on the five Wikipedia
/// extracts three more are found (`مجموعة غاب الأمريكية` twice), all rightly; none in ANERcorp.
fn companies_by_their_nationality<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let org = kind_label(Kind::Organization);
    let misc = kind_label(Kind::Misc);
    let n = labels.len();
    let mut buf = String::new();
    let name_word = |x: &WordType| {
        plain_word(x)
            && !x.key.starts_with("ال")
            && (!x.key.ends_with('ي') || x.word.ends_with('ئ'))
            && !x.key.ends_with("يه")
            && !x.key.starts_with(['ب', 'ل', 'ك', 'و', 'ف'])
            && x.key.chars().count() >= 3
            && normalize::without_pronoun(&x.key).is_none()
            && !matches!(x.key.as_str(), "خاصه" | "عامه" | "تابعه" | "مملوكه")
    };
    let mut i = 0;
    while i + 2 < n {
        if labels[i] != 0 || word(i).bits & class::ORG_HEAD == 0 {
            i += 1;
            continue;
        }
        let mut company = false;
        for_each_proclitic_reading(&word(i).key, &mut buf, |r| {
            company |= r == "شركه" || r == "مجموعه"
        });
        if !company {
            i += 1;
            continue;
        }
        // (a group of companies: `مجموعة شركات ريتشمونت السويسرية`)
        let a = if word(i + 1).key == "شركات" && labels[i + 1] == 0 {
            i + 2
        } else {
            i + 1
        };
        // the name: one word the model read as a name of another kind alone, or up to two unread
        let lone_misc = a + 1 < n && labels[a] == misc && labels[a + 1] != misc + 1;
        let reads = |j: usize| (labels[j] == 0 || lone_misc && j == a) && name_word(word(j));
        let most = if lone_misc { 1 } else { 2 };
        let mut end = a;
        while end < n && end - a < most && reads(end) {
            end += 1;
        }
        let named = end > a && end < n && labels[end] == 0 && place_nisba(&word(end).key, g);
        if named {
            mark_certain(labels, margins, a..end, org);
            i = end + 1;
        } else {
            i += 1;
        }
    }
}

/// The country's adjective after a body's proper name is no part of it (`شركة إيني الإيطالية`,
/// `نادي بوردو الفرنسي`, `صحيفة الجارديان البريطانية`): an organisation after the head noun of a
/// company, a club, a paper or a channel outside it, of two words or more, ending in the nisba of
/// a listed place; the head outside says the words after it are the name, which the adjective
/// only places. ANERcorp leaves such adjectives outside 46 times to 8 (the 8 after common words
/// inside the name, `وكالة الأنباء المصرية`, which no such head precedes).
fn nationality_after_proper_names<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let org = kind_label(Kind::Organization);
    let mut buf = String::new();
    let mut a = 1;
    while a < labels.len() {
        if labels[a] != org || labels[a - 1] != 0 {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        if b - a >= 2 && place_nisba(&word(b - 1).key, g) {
            let mut headed = false;
            for_each_proclitic_reading(&word(a - 1).key, &mut buf, |r| {
                headed |= matches!(
                    r,
                    "شركه"
                        | "مجموعه"
                        | "نادي"
                        | "فريق"
                        | "صحيفه"
                        | "جريده"
                        | "مجله"
                        | "قناه"
                        | "محطه"
                        | "وكاله"
                )
            });
            // the words before the adjective are a name of their own: not a common word the
            // adjective names (`الخطوط الجوية القطرية`, `طيران الأردنية`, `البنك التجاري
            // الكيني`), nor a body named after the head, whose adjective is part of its name
            // (`مجلة دار الإفتاء المصرية`, the magazine of the body: a body's head noun, or a
            // word with the article after another, a construct's)
            let name = word(b - 2);
            let construct = b - a >= 3
                && ["ال", "لل", "بال", "وال"]
                    .iter()
                    .any(|p| name.key.starts_with(p));
            let own = !nisba(&name.key)
                && name.bits & class::ORG_HEAD == 0
                && word(a).bits & class::ORG_HEAD == 0
                && !construct
                && !name.stop;
            if headed && own {
                labels[b - 1] = 0;
            }
        }
        a = b;
    }
}

/// A university, an institute, an academy or a college named by its nisba and its city
/// (`الجامعة الأمريكية في بيروت`, `الجامعة الأمريكية بالقاهرة`, `الأكاديمية الملكية بمدريد`),
/// where the model read the city alone or the body without it: the head with the article (a
/// conjunction or preposition on it allowed), one or two nisba adjectives, then `في` and a place,
/// or a place with `ب` on it, of one or two words. Not `الجامعة العربية`, the Arab League,
/// whose city is where it meets.
fn institutes_in_places<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let (place, org) = (kind_label(Kind::Place), kind_label(Kind::Organization));
    let n = labels.len();
    let mut buf = String::new();
    let mut i = 0;
    while i + 2 < n {
        // (the head two to four words before a place: its nisbas, and `في`)
        match next_labelled(labels, i + 2, place) {
            Some(p) => i = i.max(p.saturating_sub(4)),
            None => break,
        }
        let k = &word(i).key;
        let shaped = nisba(&word(i + 1).key)
            && ["جامعه", "معهد", "اكاديميه", "كليه"]
                .iter()
                .any(|h| k.ends_with(h));
        let mut head = false;
        if shaped {
            for_each_proclitic_reading(k, &mut buf, |r| {
                head |= matches!(r, "الجامعه" | "المعهد" | "الاكاديميه" | "الكليه");
            });
        }
        // the head free, or the start of an organisation the model found
        if !head || !(labels[i] == 0 || labels[i] == org) {
            i += 1;
            continue;
        }
        // (a nisba's shape, not an ordinal or a comparative: `الجامعة الأولى في المملكة
        // المتحدة`, `الأكاديمية الأخرى في حيفا` describe, they do not name)
        let adjective = |k: &str| {
            nisba(k)
                && !ordinal(k)
                && !matches!(
                    k,
                    "الاولي"
                        | "الاخري"
                        | "الكبري"
                        | "الصغري"
                        | "الوسطي"
                        | "العظمي"
                        | "الثانيه"
                )
        };
        let mut j = i + 1;
        while j < n
            && j - i <= 2
            && adjective(&word(j).key)
            && (labels[j] == 0 || labels[j] == org + 1)
        {
            j += 1;
        }
        if j == i + 1 || word(i + 1).key == "العربيه" || j >= n {
            i += 1;
            continue;
        }
        // `في` and the place, or the place with `ب` on it
        let at = if word(j).key == "في" && labels[j] == 0 {
            j + 1
        } else {
            j
        };
        let in_place = at < n
            && labels[at] == place
            && (at > j || word(at).key.starts_with('ب'))
            && span_end(labels, at) - at <= 2;
        if !in_place {
            i += 1;
            continue;
        }
        let end = span_end(labels, at);
        labels[i] = org;
        labels[i + 1..end].fill(org + 1);
        i = end;
    }
}

/// Whether a word (key) is the nisba of a listed place of one word: `المصري` (مصر), `التونسية`
/// (تونس), `الألماني` (ألمانيا), `الأمريكية` (أمريكا), `الصينية` (الصين, a name with the article).
pub(crate) fn place_nisba(key: &str, g: &Gazetteer) -> bool {
    if !nisba(key) {
        return false;
    }
    let base = key["ال".len()..]
        .strip_suffix("يه")
        .or_else(|| key["ال".len()..].strip_suffix('ي'))
        .unwrap_or_default();
    let mut c = String::with_capacity(base.len() + 8);
    [("", ""), ("", "ا"), ("", "يا"), ("ال", "")]
        .iter()
        .any(|(article, end)| {
            c.clear();
            c.push_str(article);
            c.push_str(base);
            c.push_str(end);
            c.chars().count() >= 3 + article.chars().count() && g.word_bits(&c) & class::PLACE != 0
        })
}

/// The heads, with the article, of bodies named by what they are for ([`bodies_by_their_purpose`]).
const PURPOSE_HEADS: [&str; 29] = [
    "الهييه",
    // a university, and in the Maghreb a federation (`الجامعة المغربية لحقوق المستهلك`,
    // `الجامعة العامة للكهرباء والغاز`)
    "الجامعه",
    "المديريه",
    "المندوبيه",
    "المفوضيه",
    "الديوان",
    "المعهد",
    "المركز",
    "الاتحاد",
    "الكونفدراليه",
    "الصندوق",
    "المجلس",
    "المنتدي",
    "الشركه",
    "الوكاله",
    "المنظمه",
    "المرصد",
    "الجمعيه",
    "النقابه",
    "اللجنه",
    "الموسسه",
    "البنك",
    "الفرقه",
    "المكتب",
    "الاداره",
    "الجهاز",
    "الرابطه",
    "الشبكه",
    // a national museum (`المتحف القومي للحضارة المصرية`)
    "المتحف",
];

/// A body named by its head with the article, one or two adjectives and what it is for, a word
/// with `لل` (`الهيئة العليا المستقلة للانتخابات`, `المديرية العامة للحماية المدنية`, `المعهد
/// الوطني للإحصاء`, `الشركة المصرية للاتصالات`, `للديوان الجزائري المهني للحبوب`), then at most
/// three nisbas or nouns joined by `و` (`للأرصاد الجوية`, `للفلاحة والصيد البحري`), or what it is for
/// named by an organisation the model found (`المفوضية السامية للأمم المتحدة لشؤون
/// اللاجئين`). The adjective is what makes the head a name: one of rank or scope (`العام`,
/// `الأعلى`, `السامية`, `الوطني`, `الدولي`, `المستقلة`) or a listed place's nisba ([`place_nisba`]:
/// `المصرية`, `الألماني`); a head without one is described, not named (`الشركة للاستثمار`,
/// `الجهاز الفني للفريق`). Where the model found nothing, or an organisation inside it; ANERcorp
/// marks such names whole (`اللجنة الدولية للصليب الأحمر`, `الوكالة الدولية للطاقة الذرية`) about
/// as often as it leaves them unmarked.
fn bodies_by_their_purpose<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let org = kind_label(Kind::Organization);
    let n = labels.len();
    let free = |labels: &[u8], j: usize| labels[j] == 0 || of_kind(labels[j], org);
    // every written form of a head, with the conjunctions and prepositions a word may carry
    // (`والهيئة`, `بالمعهد`, `للديوان`, `وللمجلس`): one lookup a word, on every word
    static FORMS: OnceLock<FastSet<String>> = OnceLock::new();
    let forms = FORMS.get_or_init(|| {
        let mut forms = FastSet::default();
        for h in PURPOSE_HEADS {
            let bare = &h["ال".len()..];
            for conj in ["", "و", "ف"] {
                for prep in ["", "ب", "ك"] {
                    forms.insert(format!("{conj}{prep}{h}"));
                }
                forms.insert(format!("{conj}لل{bare}"));
            }
        }
        forms
    });
    let is_head = |j: usize| {
        let k = word(j).key.as_str();
        // (no head with its clitics is shorter or longer)
        (10..=32).contains(&k.len()) && forms.contains(k)
    };
    // an adjective of rank or scope, or of a place (`المصري`, `الألماني`); not one that
    // describes (`الجهاز الفني للفريق`, `الإدارة الحقيقية للحكم`), nor a branch's
    // (`المديرية الجهوية للصحة` is one in every region, and neither the sets nor ANERcorp
    // mark it)
    let adjective = |k: &str| {
        matches!(
            k,
            "العام"
                | "العامه"
                | "الاعلي"
                | "العليا"
                | "العالي"
                | "السامي"
                | "الساميه"
                | "الوطني"
                | "الوطنيه"
                | "القومي"
                | "القوميه"
                | "الملكي"
                | "الملكيه"
                | "الدولي"
                | "الدوليه"
                | "العالمي"
                | "العالميه"
                | "الاتحادي"
                | "الاتحاديه"
                | "المستقل"
                | "المستقله"
                | "الدايم"
                | "الدايمه"
                | "المشترك"
                | "المشتركه"
                | "الموحد"
                | "الموحده"
                | "المركزي"
                | "المركزيه"
                | "العربي"
                | "العربيه"
                | "الاسلامي"
                | "الاسلاميه"
        ) || place_nisba(k, g)
            // a country named by its own nisba (`الشركة السعودية للكهرباء`)
            || (k.ends_with("يه") && g.word_bits(k) & class::PLACE != 0)
    };
    // what it is for: a word with `لل`, not a time (`والاتحاد الأوروبي للفترة`) or a day
    let purpose = |j: usize| purpose_word(word(j));
    let mut i = 0;
    while i + 2 < n {
        if !is_head(i) || !(labels[i] == 0 || labels[i] == org) {
            i += 1;
            continue;
        }
        // (the country of that nisba may have been read as the place, alone)
        let country = |labels: &[u8], j: usize| labels[j] == LOC && !inside_at(labels, j + 1);
        let mut j = i + 1;
        while j < n
            && j - i <= 2
            && (free(labels, j) || country(labels, j))
            && adjective(&word(j).key)
        {
            j += 1;
        }
        // what it is for may also be `ل` on a noun and the noun's complement, where the model
        // found nothing of the body (`الشركة الصينية لهندسة الموانئ`, `الجهاز القومي لتنظيم
        // الاتصالات`): a body the model found goes on with it no further (`الاتحاد الأوروبي
        // لمناقشة الأزمة` is what it met for)
        // (the complement may be a place of one word: `الهيئة الملكية لمدينة الرياض`)
        // (a ball game is what a federation is for, found or not: `الاتحاد الأفريقي لكرة اليد`,
        // the model having found the African Union)
        let ball = |j: usize| matches!(word(j).key.as_str(), "لكره" | "ولكره");
        let construct = j + 1 < n
            && ((i..=j).all(|x| labels[x] == 0) || labels[j] == 0 && ball(j))
            && (labels[j + 1] == 0 || labels[j + 1] == LOC && !inside_at(labels, j + 2))
            && {
                let w = word(j);
                let k = w.key.as_str();
                k.starts_with('ل')
                    && !k.starts_with("لل")
                    && (k.chars().count() >= 5 || ball(j))
                    && !w.stop
                    && w.bits & class::TITLE == 0
                    // (no pronoun on it: `لدعمها`; `ه` is also the key's `ة`, `لهندسة`)
                    && !["ها", "هم", "هما", "كم", "نا"].iter().any(|p| k.ends_with(p))
            }
            && word(j + 1).key.starts_with("ال")
            && !word(j + 1).stop
            && !is_day(&word(j + 1).key);
        let by_purpose = j < n && purpose(j);
        // the Arab League is named so whole: what follows is what it did for whom (`مهلة
        // الجامعة العربية للنظام السوري`, `الأمين العام المساعد للجامعة العربية للشؤون
        // الاجتماعية`)
        let league = word(i).key.ends_with("جامعه") && word(i + 1).key == "العربيه";
        if j == i + 1 || j >= n || league || !free(labels, j) || !(by_purpose || construct) {
            i += 1;
            continue;
        }
        let by_construct = construct && !by_purpose;
        let mut end = if labels[j] == org {
            span_end(labels, j)
        } else if labels[j] == org + 1 {
            // the body the model found goes on over what it is for and may end inside it
            // (`الاتحاد التونسي للفلاحة والصيد` before `البحري`)
            j + 1
                + labels[j + 1..]
                    .iter()
                    .take_while(|&&l| l == org + 1)
                    .count()
        } else if by_construct {
            j + 2
        } else {
            j + 1
        };
        let mut more = 0;
        // (another body's head and its adjective end it: `والهيئة العامة` begins the next
        // body of a list, `للتنظيم والإدارة` goes on)
        while end < n
            && more < 3
            && labels[end] == 0
            && !(is_head(end) && end + 1 < n && adjective(&word(end + 1).key))
            && {
                let w = word(end);
                let k = &w.key;
                // adjectives and nouns joined by `و` (`للأرصاد الجوية`, `للسينما والصورة`), not a
                // title after the name nor the object of its verb (`أعلنت الهيئة … للانتخابات
                // النتائج`); `العام`, a function word as the year, is public after a noun
                // (`لحماية المال العام`) unless a year's adjective follows (`العام الماضي`)
                let public = public_after_noun(&word, end, n);
                (!w.stop || public)
                    && !is_day(k)
                    && w.bits & class::TITLE == 0
                    && (nisba(k)
                    || adjective(k)
                    // a nisba in the plural after people (`للمصدرين الجزائريين`)
                    || (k.starts_with("ال")
                        && (k.ends_with("يين") || k.ends_with("يون"))
                        && k.chars().count() >= 7)
                    // a participle in the feminine (`للقوات المسلحة`, `للأمم المتحدة`)
                    || (k.starts_with("الم") && k.ends_with('ه') && k.chars().count() >= 6)
                    || (k.starts_with("وال") && k.chars().count() >= 6)
                    // `لشؤون اللاجئين`: a second purpose, with the article after it (not
                    // after one so written: `لهندسة الموانئ لتوسيع المحطة` is what for)
                    || (!by_construct
                        && k.starts_with('ل')
                        && !k.starts_with("لل")
                        && end + 1 < n
                        && word(end + 1).key.starts_with("ال")))
            }
        {
            end += 1;
            more += 1;
        }
        // (a second purpose's noun needs its complement)
        if word(end - 1).key.starts_with('ل')
            && !word(end - 1).key.starts_with("لل")
            && end < n
            && labels[end] == 0
        {
            end += 1;
        }
        // defending is defending something (`الرابطة التونسية للدفاع عن حقوق الإنسان`, `للدفاع
        // عن الديمقراطية`): `عن` and a noun with the article, or a noun and its genitive
        if by_purpose && end == j + 1 && word(j).key == "للدفاع" && end + 1 < n && {
            let w = word(end + 1);
            word(end).key == "عن" && labels[end] == 0 && labels[end + 1] == 0 && !w.stop
        } {
            let object = word(end + 1).key.as_str();
            if object.starts_with("ال") && object.chars().count() >= 4 {
                end += 2;
            } else if end + 2 < n
                && labels[end + 2] == 0
                && word(end + 2).key.starts_with("ال")
                && !word(end + 2).stop
            {
                end += 3;
            }
        }
        if inside_at(labels, end) {
            i += 1;
            continue;
        }
        mark_certain(labels, margins, i..end, org);
        i = end;
    }
}

/// A body of the United Nations named by its head and what it is for (`منظمة الأمم المتحدة
/// للتربية والعلم والثقافة`, `برنامج الأمم المتحدة للبيئة`, `مفوضية الأمم المتحدة لشؤون
/// اللاجئين`), which the model ends on `الأمم المتحدة`, with or without the head: a head without
/// the article (a conjunction or preposition on it allowed), `الأمم المتحدة`, then a word with
/// `لل`, or `ل` on a noun with the article after it, and at most three nisbas or nouns with the
/// article joined by `و`. In the modern convention only, as [`named_bodies`]: ANERcorp marks the
/// UN alone in such names (`لصندوق [الأمم المتحدة] لرعاية الطفولة`, `لجنة [الأمم المتحدة] لنزع
/// السلاح`), and its 5-fold cross-validation lost one organisation with the rule on by default.
fn united_nations_bodies<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let org = kind_label(Kind::Organization);
    let n = labels.len();
    let mut buf = String::new();
    let mut u = 1;
    while u + 2 < n {
        // (the UN's first word first: this runs at every word)
        if word(u).key != "الامم" || word(u + 1).key != "المتحده" {
            u += 1;
            continue;
        }
        let h = u - 1;
        let mut head = false;
        for_each_proclitic_reading(&word(h).key, &mut buf, |r| {
            head |= !r.starts_with("ال")
                && (g.word_bits(r) & class::ORG_HEAD != 0 || matches!(r, "برنامج" | "مفوضيه"));
        });
        // the head and the UN unread, or read as one organisation or the UN alone; nothing
        // after them read as part of it
        let read = |j: usize, l: u8| labels[j] == 0 || labels[j] == l;
        let unread_or_one = read(h, org) && read(u, org + 1) || labels[h] == 0 && labels[u] == org;
        let ends = labels[u + 1] == 0 || labels[u + 1] == org + 1;
        let p = word(u + 2);
        let construct = !p.key.starts_with("لل")
            && p.key.starts_with('ل')
            && p.key.chars().count() >= 5
            && !p.stop
            && u + 3 < n
            && labels[u + 3] == 0
            && word(u + 3).key.starts_with("ال");
        if !head || !unread_or_one || !ends || labels[u + 2] != 0 || !(purpose_word(p) || construct)
        {
            u += 2;
            continue;
        }
        let mut end = u + 3 + usize::from(construct);
        let first = end;
        // nisbas and nouns joined by `و`; not a participle of naming (`… للبيئة المعروف
        // اختصارا`) nor another body joined by `و` (`… للتنمية واليونسيف`)
        while end < n && end - first < 3 && labels[end] == 0 && {
            let w = word(end);
            let k = w.key.as_str();
            !w.stop
                && !is_day(k)
                && (nisba(k)
                    || k.starts_with("وال")
                        && k.chars().count() >= 6
                        && g.word_bits(&k['و'.len_utf8()..])
                            & (class::ORG | class::PLACE | class::PERSON)
                            == 0)
        } {
            end += 1;
        }
        if inside_at(labels, end) {
            u += 2;
            continue;
        }
        mark_certain(labels, margins, h..end, org);
        u = end;
    }
}

/// Whether a place's first word (key) carries a preposition (`بالقاهرة`, `لبغداد`): the body
/// before it is in the place, not named for it; not a listed place that begins with the letter
/// (`بغداد`, `لندن`).
fn with_preposition(key: &str, g: &Gazetteer) -> bool {
    key.starts_with(['ب', 'ل', 'ك']) && g.word_bits(key) & class::PLACE == 0
}

/// The first word from `from` on labelled `label` (the rules anchored on a place jump from one
/// to the next, most words being far from any).
fn next_labelled(labels: &[u8], from: usize, label: u8) -> Option<usize> {
    labels
        .get(from..)?
        .iter()
        .position(|&l| l == label)
        .map(|p| from + p)
}

/// Whether a word key is `اليوم` or a day of the week (with the article), which follows a title's
/// complement as often as a name does (`وزار الوزير الشارع صباح الجمعة`).
fn is_day(key: &str) -> bool {
    key == "اليوم" || WEEKDAYS.contains(&key)
}

/// Days of the week with the article, keys (`الأحد` … `السبت`).
const WEEKDAYS: [&str; 7] = [
    "الاحد",
    "الاثنين",
    "الثلاثاء",
    "الاربعاء",
    "الخميس",
    "الجمعه",
    "السبت",
];

/// A ministry, a parliament or a cabinet, where the model found nothing or an organisation inside
/// it: `وزارة` (with a conjunction or preposition written on it) and its portfolio, a word with
/// the article; `مجلس` and the name of a chamber or of the cabinet (`مجلس النواب`, `مجلس الوزراء`,
/// not any council: `مجلس الإدارة` is a company's board), or `المجلس التشريعي`; then at most two
/// nisba adjectives or portfolios joined by `و` (`وزارة الصحة الفلسطينية`, `لوزارة التربية
/// والتعليم`, `مجلس النواب العراقي`).
fn institutions<'t>(labels: &mut [u8], margins: &mut [f32], word: impl Fn(usize) -> &'t WordType) {
    let org = kind_label(Kind::Organization);
    let n = labels.len();
    let mut i = 0;
    let mut buf = String::new();
    while i + 1 < n {
        // the word without the conjunction or preposition written on it (`لوزارة`, `للمجلس`)
        let mut bare: Option<&str> = None;
        for_each_proclitic_reading(&word(i).key, &mut buf, |r| {
            if bare.is_none() {
                bare = ["وزاره", "مجلس", "المجلس"].into_iter().find(|&h| h == r);
            }
        });
        let next = &word(i + 1).key;
        let head = match bare {
            Some("وزاره") => true,
            // a parliament or a cabinet, not any council (`مجلس الإدارة`, a company's board)
            Some("مجلس") => matches!(
                next.as_str(),
                "النواب"
                    | "الشيوخ"
                    | "الوزراء"
                    | "الامه"
                    | "الشوري"
                    | "الشعب"
                    | "العموم"
                    | "اللوردات"
                    | "السياده"
                    | "الدوما"
                    | "الاعيان"
            ),
            Some(_) => next == "التشريعي",
            None => false,
        };
        let portfolio = |j: usize| {
            let k = &word(j).key;
            k.starts_with("ال") && k.chars().count() >= 5 && !word(j).stop && !is_day(k)
        };
        if !head || !portfolio(i + 1) {
            i += 1;
            continue;
        }
        let ministry = bare == Some("وزاره");
        let mut end = i + 2;
        while end < n && end - i < 4 && {
            let w = word(end);
            let k = &w.key;
            nisba(k)
                // a second portfolio (`والتعليم`), not a second body (`مجلس الشيوخ والكونغرس`,
                // `وزارة الخارجية والأمم المتحدة`)
                || (ministry
                    && k.starts_with("وال")
                    && k.chars().count() >= 6
                    && w.bits
                        & (class::PLACE | class::ORG | class::PERSON | class::PHRASE_START)
                        == 0)
        } {
            end += 1;
        }
        // nothing there yet, or (part of) an organisation that the institution then takes in,
        // whole: none goes on before or after it
        let free = labels[i..end].iter().all(|&l| l == 0 || of_kind(l, org))
            && labels[i] != org + 1
            && labels.get(end).is_none_or(|&l| l != org + 1);
        if free {
            // certain by its shape: the document pass finds its other mentions
            mark_certain(labels, margins, i..end, org);
            i = end;
        } else {
            i += 1;
        }
    }
}

/// A listed title, or its feminine (`المحامية`, `اللاعبة`), also with a preposition on it
/// (`للمخرجة`).
fn is_title(w: &WordType, g: &Gazetteer) -> bool {
    if w.bits & class::TITLE != 0 {
        return true;
    }
    let Some(m) = w.key.strip_suffix('ه') else {
        return false;
    };
    // (the readings only for a word a clitic may begin: this runs at every definite feminine)
    if !m.starts_with(['ل', 'ب', 'و', 'ف', 'ك']) {
        return g.word_bits(m) & class::TITLE != 0;
    }
    g.bits_any_reading(m) & class::TITLE != 0
}

/// Whether a word may be part of a person's name that a rule adds: no function word, Latin or
/// letterless word, listed title, place, organisation or head, nor a word the model's reading of
/// the unlabelled text never put in a person's name.
fn person_like(w: &WordType, clusters: &model::clusters::Clusters) -> bool {
    plain_word(w) && clusters.seen_as(&w.key, 0) != Some(false)
}

/// No function word, Latin or letterless word, listed title, place, organisation or head.
fn plain_word(w: &WordType) -> bool {
    !w.stop
        && !w.latin
        && !w.letterless
        && w.bits & (class::TITLE | class::PLACE | class::ORG | class::ORG_HEAD | class::PLACE_HEAD)
            == 0
}

/// A name the model did not find right after a title with the article (`اللاعب يزن النعيمات`,
/// `الكاتبة العمانية جوخة الحارثي`: a given name without the article, then a family name with
/// it; or a foreign name, which has none, `الباحثة الإنجليزية ايليس ديفيدسون`, when its given name
/// is listed or one the unlabelled text puts in names), the title's nisba adjectives skipped.
/// Neither word may be one the model's reading of the unlabelled text never put in a person's
/// name (but a listed given name, `الدكتورة نهى عدلي`, though `نهى` is mostly a verb), nor a
/// function word, nor a listed place, organisation head or title (`المتحدث باسم الجيش`).
fn titled_names<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
    clusters: &model::clusters::Clusters,
) {
    let definite = |k: &str| k.starts_with("ال") || k.starts_with("وال") || k.starts_with("فال");
    let person_like = |w: &WordType| person_like(w, clusters);
    // a name in other letters than Arabic has no article (`الباحثة الإنجليزية ايليس
    // ديفيدسون`): its given name is a listed one or one the unlabelled text puts in names
    let foreign_pair = |given: &WordType, family: &WordType| {
        (given.bits & (class::FIRST_NAME | class::LATIN_GIVEN) != 0
            || clusters.seen_as(&given.key, 0) == Some(true))
            && family.key.chars().count() >= 4
            && !definite(&family.key)
            // no conjunction or `ب`, no pronoun: `نجا بأعجوبة`, `وديوانه ومسجده`, `يخبره`
            // (`ل` and `ف` begin too many names: `ليدجر`, `فريزر`)
            && !family.key.starts_with(['ب', 'و'])
            && !given.key.starts_with(['و', 'ف'])
            && normalize::without_pronoun(&family.key).is_none()
    };
    let n = labels.len();
    let mut t = 0;
    // `ال` and a word, built without allocating at each word
    let mut article = String::from("ال");
    while t + 2 < n {
        let title = word(t);
        // a listed title, or its feminine (`المحامية`, `اللاعبة`); the cheap tests first, as
        // this runs at every word
        // a title with a possessive pronoun is definite too (`رئيسها`, `ملكهم`); not with `ه`,
        // which the key shares with the feminine `ة` (`محافظة عمران`, `ملكة جمال`)
        let mut owned = || {
            ["ها", "هم", "هما"].iter().any(|p| {
                title.key.strip_suffix(p).is_some_and(|m| {
                    article.truncate("ال".len());
                    article.push_str(m);
                    (g.word_bits(m) | g.word_bits(&article)) & class::TITLE != 0
                })
            })
        };
        // with a preposition on the article too (`للمخرجة الفلسطينية ريم الشامي`)
        let definite_title = |k: &str| {
            definite(k)
                || ["لل", "ولل", "بال", "وبال"]
                    .iter()
                    .any(|p| k.starts_with(p))
        };
        if labels[t] != 0
            || (labels[t + 1] != 0 && labels[t + 1] != kind_label(Kind::Person))
            || !(definite_title(&title.key) && is_title(title, g) || owned())
        {
            t += 1;
            continue;
        }
        let mut i = t + 1;
        // nisba adjectives of the title (`التونسي`, `العمانية`), and those of a calling's
        // standing (`النائب المعارض`, `الوزير السابق`, `الرئيس الراحل`)
        let standing = |k: &str| {
            matches!(
                k,
                "السابق"
                    | "السابقه"
                    | "الاسبق"
                    | "المعارض"
                    | "المعارضه"
                    | "المستقل"
                    | "المستقله"
                    | "الراحل"
                    | "الراحله"
            )
        };
        while i < n
            && i - t <= 2
            && labels[i] == 0
            && (nisba(&word(i).key) || standing(&word(i).key))
        {
            i += 1;
        }
        // and what it heads, one word with `ل` and the article (`الرئيس التنفيذي للمشروع`,
        // `المدير العام للمستشفى`)
        if i + 2 < n
            && labels[i] == 0
            && word(i).key.starts_with("لل")
            && word(i).key.chars().count() >= 5
            && !nisba(&word(i).key)
        {
            i += 1;
        }
        let (given, family) = (i, i + 1);
        let person = kind_label(Kind::Person);
        // an unknown given name the model read as a name of another kind, alone (`نظمي`)
        let misc = kind_label(Kind::Misc);
        let misread = |j: usize| labels[j] == misc && labels.get(j + 1) != Some(&(misc + 1));
        // the model found the family name but not the given name, a listed one that is also a
        // common word (`الطبيبة آلاء أبو عرب`: `آلاء` is "blessings"); ANERcorp puts the given
        // name after a title in the name 235 times in 239
        if family < n
            && labels[given] == 0
            && labels[family] == person
            && word(given).bits & class::FIRST_NAME != 0
            && !word(given).key.starts_with('ك')
            && plain_word(word(given))
            && (!word(given).key.starts_with(['ب', 'ل', 'و', 'ف'])
                || clusters.seen_as(&word(given).key, 0) == Some(true))
        {
            labels[given] = person;
            labels[family] = person + 1;
            margins[given] = margins[family];
            t = family;
            continue;
        }
        // or the model found the given name alone (`الناشط منير` of `الناشط منير الشرفي`)
        if family < n
            && (labels[given] == 0 || labels[given] == person || misread(given))
            && labels[family] == 0
            && !definite(&word(given).key)
            && word(given).key.chars().count() >= 3
            && (word(family).key.starts_with("ال") && word(family).key.chars().count() >= 5
                // a name the model found alone goes on only to a family name with the article
                // (`الرئيس شيراك سيقرر`: a verb)
                || labels[given] == 0 && foreign_pair(word(given), word(family)))
            // a listed given name is one, though it is also a common word (`نهى`, `إيمان`)
            && (person_like(word(given))
                || word(given).bits & class::FIRST_NAME != 0
                    && !word(given).key.starts_with('ك')
                    && plain_word(word(given)))
            // a masculine nisba after a listed given name is a family name, though the
            // unlabelled text mostly reads it as an adjective (`قحطان الشعبي`)
            && (person_like(word(family))
                    || word(given).bits & class::FIRST_NAME != 0
                    && nisba(&word(family).key)
                    && !word(family).key.ends_with("يه")
                    && !INSTITUTION_ADJECTIVES.contains(&word(family).key.as_str())
                    && !FIELD_ADJECTIVES.contains(&word(family).key.as_str())
                    && plain_word(word(family)))
            // a preposition or conjunction may be written on an unknown word (`بمحاسبة النحاس`)
            && (!word(given).key.starts_with(['ب', 'ل', 'و', 'ف'])
                || clusters.seen_as(&word(given).key, 0) == Some(true))
            // a dual or plural noun (`شقيقتاه الملكتين`)
            && !word(family).key.ends_with("تين")
            && !word(family).key.ends_with("يين")
        {
            // a compound name goes on (`أبو العلا ماضي`, `نجم الدين كبري`)
            let compound = matches!(word(given).key.as_str(), "ابو" | "ابا" | "ابي" | "عبد")
                || matches!(word(family).key.as_str(), "الدين" | "الله" | "الرحمن");
            let mut end = family + 1;
            if compound {
                if end < n
                    && labels[end] == 0
                    && !definite(&word(end).key)
                    && person_like(word(end))
                {
                    end += 1;
                } else {
                    t += 1;
                    continue;
                }
            }
            if labels.get(end).is_none_or(|&l| l == 0 || l % 2 == 1) {
                // confident, as a name in Latin letters after a title is: the document pass
                // finds the name where no title stands before it
                mark_certain(labels, margins, given..end, kind_label(Kind::Person));
                t = end;
                continue;
            }
        }
        t += 1;
    }
}

/// A name after a title and its portfolio (`وزيرة التضامن الاجتماعي نبيلة الزغيدي`, `وزير المعارف
/// العمومية والفنون الجميلة نجيب أميوني`, `الخبير في التخطيط العمراني حمدي عرفة`), where the
/// model found nothing or only the last name: a listed title, with or without the article, then
/// one to four words of its portfolio (words with the article, also written with `ل` or `و`, and
/// places or organisations the model found; after `في`, the field of an expert), then a listed
/// given name and one or two more names, the last with the article or none with it. The given
/// name must be a listed one, since the portfolio, unlike the nisba adjectives [`titled_names`]
/// skips, may be any noun; the other names must not be words the model's reading of the
/// unlabelled text never put in a person's name, nor function words, titles, places or
/// organisation heads.
fn portfolio_names<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
    clusters: &model::clusters::Clusters,
) {
    let person = kind_label(Kind::Person);
    // the key writes `أ` as `ا`: `أليمو` has no article
    let definite = |w: &WordType| {
        let k = w.key.as_str();
        (k.starts_with("ال")
            || k.starts_with("لل")
            || k.starts_with("وال")
            || k.starts_with("بال")
            || k.starts_with("فال"))
            && !w.word.starts_with(['أ', 'إ', 'آ'])
    };
    let name_like = |w: &WordType| person_like(w, clusters);
    let n = labels.len();
    let mut t = 0;
    while t + 3 < n {
        if labels[t] != 0 || !is_title(word(t), g) {
            t += 1;
            continue;
        }
        // the portfolio: words with the article, or places and organisations found; a field
        // after `في` too (`الخبير في التخطيط العمراني حمدي عرفة`)
        let mut i = t + 1;
        let field = i + 1 < n && labels[i] == 0 && word(i).key == "في" && labels[i + 1] == 0;
        if field {
            i += 1;
        }
        while i < n && i - t <= 4 + usize::from(field) {
            let l = labels[i];
            let found_place_or_org = l != 0 && !of_kind(l, person);
            let w = word(i);
            // `العام`, a function word of time, is "general" right after a title (`المدعي
            // العام`, `المدير العام للشركة`), but not the year (`الوزير العام الماضي`)
            let general = i == t + 1
                && l == 0
                && w.key == "العام"
                && (i + 1 >= n
                    || !matches!(
                        word(i + 1).key.as_str(),
                        "الماضي" | "المقبل" | "الحالي" | "الجاري"
                    ));
            if found_place_or_org
                || general
                || (l == 0 && definite(w) && !w.stop && !w.letterless && w.bits & class::TITLE == 0)
            {
                i += 1;
            } else {
                break;
            }
        }
        // a span found in the portfolio must end inside it
        if i == t + 1
            || word(i - 1).key == "في"
            || labels
                .get(i)
                .is_some_and(|&l| l != 0 && l % 2 == 0 && l != person + 1)
        {
            t += 1;
            continue;
        }
        let given = i;
        // the sentence may end on the portfolio: a given name and one more word are needed
        if given + 1 >= n {
            t += 1;
            continue;
        }
        let gw = word(given);
        // or a foreign name no list holds (`وزير النقل الإثيوبي أليمو سيمي`): two words or more
        // without the article or a clitic, none of which the unlabelled text never put in a name
        let foreign = || {
            let family = word(given + 1);
            labels[given + 1] == 0
                && name_like(gw)
                && name_like(family)
                && !gw.key.starts_with(['و', 'ف', 'ب', 'ل', 'ك'])
                && !family.key.starts_with(['و', 'ب'])
                && !definite(family)
                && family.key.chars().count() >= 3
                && normalize::without_pronoun(&family.key).is_none()
                && !is_day(&family.key)
                && !name_link(&family.key)
                // a noun and its adjective in the dual or plural (`اتصالين هاتفيين`)
                && !family.key.ends_with("يين")
                && !family.key.ends_with("تين")
        };
        let listed = gw.bits & class::FIRST_NAME != 0;
        if labels[given] != 0
            || definite(gw)
            || (!listed && !foreign())
            || gw.stop
            || gw.key.chars().count() < 3
            // `المتحدثة الرسمية باسم جاكسون`: after a title, `in the name of`
            || gw.key == "باسم"
        {
            t += 1;
            continue;
        }
        // the model found the last name alone: it takes the given name
        if labels[given + 1] == person {
            labels[given] = person;
            labels[given + 1] = person + 1;
            margins[given] = margins[given + 1];
            t = given + 1;
            continue;
        }
        // one or two more names, ending at the first with the article
        let mut end = given + 1;
        let mut closed = false;
        while end < n
            && end - given <= 2
            && labels[end] == 0
            && name_like(word(end))
            && !is_day(&word(end).key)
            // a foreign name's words are no names joined by `و` (`تريشا تاكاناوا وأوللي`)
            && (listed || !word(end).key.starts_with(['و', 'ب']))
        {
            end += 1;
            if definite(word(end - 1)) {
                closed = true;
                break;
            }
        }
        let all_bare = (given + 1..end).all(|j| !definite(word(j)));
        if end > given + 1
            && (closed || all_bare)
            && labels.get(end).is_none_or(|&l| l == 0 || l % 2 == 1)
        {
            mark_certain(labels, margins, given..end, person);
            t = end;
            continue;
        }
        t += 1;
    }
}

/// Nouns of a time of day, which follow a name as an adverb (`قال الوزير محمد صباح الأحد`) where
/// a family name would stand (`صباح` is also a given name).
const TIME_NOUNS: [&str; 10] = [
    "صباح", "مساء", "ظهر", "عصر", "ليله", "فجر", "يوم", "عقب", "اثر", "قبيل",
];

/// Verbs of saying that take no object (keys, `و` or `ف` on them read off): what follows their
/// subject is what was said or where and when (`قال الوزير … خلال زيارة`), never what was done
/// to someone (`دعا الرئيس بوتو الجيش إلى`).
fn saying_alone(key: &str) -> bool {
    let k = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    matches!(
        k,
        "قال"
            | "قالت"
            | "يقول"
            | "تقول"
            | "اكد"
            | "اكدت"
            | "اضاف"
            | "اضافت"
            | "اوضح"
            | "اوضحت"
            | "اشار"
            | "اشارت"
            | "صرح"
            | "صرحت"
            | "افاد"
            | "افادت"
            | "اردف"
            | "اردفت"
    )
}

/// A family name the model left out between a given name it found alone after a title and the
/// end of the subject (`وقال وزير الفلاحة يوسف شرفة إن`, `وقال الرئيس التنفيذي لشركة سابك عبد
/// الرحمن الفقيه إن`, `أعلن وزير التربية والتعليم الأردني عزمي محافظة، الأربعاء،`): family
/// names are often common words (`شرفة` a balcony, `محافظة` a governorate, `العدوان` the
/// aggression), which the model, having seen the given name, reads as the next clause. News names
/// a person in full after a title, so one more word after a given name alone there, then `إن`,
/// `أن`, a colon or a comma, is the family name, when a verb of saying stands before the title
/// (or then any function word or punctuation, after a verb of saying that takes no object: see
/// [`saying_alone`]), or when the day follows between commas, which ends a subject whatever the
/// verb (`رفض وزير التربية عزمي محافظة، الاثنين،`). The title may have its portfolio or body
/// after it (words with the article, `باسم`, nisbas, heads, places and organisations found:
/// `الرئيس التنفيذي لشركة سابك`); the word must be a plain one (no function word, listed title,
/// place or organisation, day, time of day, accusative adverb in `ا`, reflexive, field or
/// institution adjective, dual or plural adjective), written with no clitic but the article (`و`
/// only on a word the unlabelled text puts in names). Where the model found neither word, two such
/// words without the article then `إن` or `أن` are the whole name (`وقال المدير العام للآثار نظير
/// عوض إن`), news naming a person in full after a title; before a comma or a colon only after a
/// verb of saying that takes no object, and the second word then without the article, since a
/// comma may end an object (`أعلن الرئيس حالة الطوارئ،`); never a noun with its pronoun, an
/// adjective the unlabelled text reads as none of a name, or a verb of saying. A title right
/// after another is its standing (`النائب المعارض`).
fn family_names_before_the_clause<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
    clusters: &model::clusters::Clusters,
) {
    let person = kind_label(Kind::Person);
    let n = labels.len();
    let definite = |k: &str| {
        ["ال", "لل", "وال", "بال", "فال"]
            .iter()
            .any(|p| k.starts_with(p))
    };
    // the words between a title and the name: its portfolio, the body it heads, nisbas
    let of_title = |j: usize, labels: &[u8]| {
        let w = word(j);
        if labels[j] != 0 {
            return !of_kind(labels[j], person);
        }
        // `العام`, "the year", is a function word but general after a title (`المدير العام`)
        let general = matches!(w.key.as_str(), "العام" | "العامه")
            && j > 0
            && labels[j - 1] == 0
            && is_title(word(j - 1), g);
        general
            || !w.stop
                && !w.letterless
                && (definite(&w.key)
                    || w.key == "باسم"
                    || w.bits & (class::ORG_HEAD | class::PLACE_HEAD) != 0)
    };
    let mut s = 0;
    while s + 1 < n {
        // neither word found: a given name the model has never seen either (`وقال المدير العام
        // للآثار نظير عوض إن`), which only a plain word without the article may be
        // (what ends the subject two words on first: most words are followed by none)
        let unknown = labels[s] == 0
            && labels[s + 1] == 0
            && s + 2 < n
            && (matches!(word(s + 2).key.as_str(), "ان" | "انه" | "انها" | "انهم")
                || matches!(word(s + 2).word.as_str(), ":" | "،" | ","))
            && !definite(&word(s).key)
            && plain_word(word(s))
            && family_word(word(s), clusters)
            // a noun with its pronoun (`نظيره`), an adjective (`مسؤول أمني رفيع`), a verb of
            // saying (`وأضافت السيدة آمال تقول:`)
            && !word(s).word.ends_with('ه')
            && ![s, s + 1].iter().any(|&i| {
                let w = word(i);
                w.bits & class::REPORT_VERB != 0
                    || w.key.ends_with('ي') && clusters.seen_as(&w.key, 0) == Some(false)
            });
        if labels[s] != person && !unknown {
            s += 1;
            continue;
        }
        let e = if unknown { s + 1 } else { span_end(labels, s) };
        // a given name alone (or a compound one, `عبد الرحمن`, `نور الدين`)
        let compound = e == s + 2
            && (matches!(word(s).key.as_str(), "عبد" | "ابو")
                || matches!(word(s + 1).key.as_str(), "الدين" | "الله"));
        // or a given name and a father's found before `إن` or `أن`, the grandfather's or the
        // family's left out (`رئيس الغرفة محمود عبدي جامع أن`, `جامع` a mosque), news naming a
        // person in full after a title; not after a second word with the article, which mostly
        // ends a name
        let fathers = e == s + 2
            && !unknown
            && !compound
            && e + 1 < n
            && matches!(word(e + 1).key.as_str(), "ان" | "انه" | "انها" | "انهم")
            && !definite(&word(s + 1).key);
        let gw = word(s);
        if !(e == s + 1 || compound || fathers)
            || e >= n
            || labels[e] != 0
            || gw.latin
            || (definite(&gw.key) && gw.bits & class::FIRST_NAME == 0)
        {
            s = e;
            continue;
        }
        let f = e;
        let fw = word(f);
        // (after two words, the third no noun with its pronoun, verb of saying, word with the
        // article or adjective the unlabelled text reads as none of a name: `زاهي حواس قوله إن`,
        // `كليوتشفسكي يقول إن`, `مؤسسة مالكوم إكس الحقوقية إنه`, `تاوضروس السرياني إن`)
        if fathers
            && (fw.word.ends_with('ه')
                || definite(&fw.key)
                || fw.bits & class::REPORT_VERB != 0
                || fw.key.ends_with('ي') && clusters.seen_as(&fw.key, 0) == Some(false))
        {
            s = e;
            continue;
        }
        // what a verb of saying says begins with `إن`, `أن` or a colon, which no object ends
        // (`دعا الرئيس بوتو الجيش إلى`, `وصف الوزير باترسون الوضع بأنه`); after a verb that
        // takes no object (`قال`, `أكد`), any function word or punctuation ends the subject
        // (`وقال وزير الفلاحة يوسف شرفة خلال زيارة`)
        let clause =
            f + 1 < n && matches!(word(f + 1).key.as_str(), "ان" | "انه" | "انها" | "انهم");
        let says = clause || f + 1 < n && matches!(word(f + 1).word.as_str(), ":" | "،" | ",");
        let ends = f + 1 == n || word(f + 1).letterless || word(f + 1).stop;
        // (a family name ending in an alef, `فادي حربا إن`, `عبد القادر صبرا إن`, only after a
        // given name the model found and before `إن` or `أن`: elsewhere the accusative's alef
        // makes an adverb of it, `قال الوزير محمد أيضا إن`)
        let alef_family = !unknown && clause && family_in_alef(fw, clusters);
        if !says && !ends || !(family_word(fw, clusters) || alef_family) {
            s = e;
            continue;
        }
        // or the day between commas right after it, where news ends a subject whatever its
        // verb (`رفض وزير التربية عزمي محافظة، الاثنين، مطالب …`); not a noun with its
        // pronoun, an object before the day (`التقى الرئيس محمد نظيره، الأحد،`)
        let comma = |i: usize| matches!(word(i).word.as_str(), "،" | ",");
        let dated = f + 3 < n
            && comma(f + 1)
            && is_day(&word(f + 2).key)
            && comma(f + 3)
            && !fw.word.ends_with('ه');
        // a title before the name, with only its portfolio or body between
        let mut titled = false;
        let mut j = s;
        while j > 0 && s - j < 6 {
            j -= 1;
            if labels[j] == 0 && is_title(word(j), g) {
                // a title after another is the other's standing or office (`النائب المعارض`,
                // `نائب وزير الخارجية`)
                if j > 0 && labels[j - 1] == 0 && is_title(word(j - 1), g) {
                    continue;
                }
                // the subject of a verb of saying before it (`وقال`, `أعلن`): where the name
                // begins the sentence, a verb may follow it (`الأمير فيصل عارض ذلك`)
                titled = dated
                    || j > 0 && {
                        let v = word(j - 1);
                        v.bits & class::REPORT_VERB != 0
                            && if unknown {
                                // two unknown words only before what was said (`أعلن
                                // الرئيس حالة الطوارئ،`: an object)
                                clause || saying_alone(&v.key) && says && !definite(&fw.key)
                            } else {
                                says || saying_alone(&v.key)
                            }
                    };
                break;
            }
            if !of_title(j, labels) {
                break;
            }
        }
        if titled {
            labels[s] = person;
            labels[f] = person + 1;
            s = f + 1;
        } else {
            s = e;
        }
    }
}

/// Whether a word may be the family name [`family_names_before_the_clause`] adds (or a given
/// name it adds before one): a plain word with no clitic but the article (`و` only on a word the
/// unlabelled text puts in names), of three letters or more, no day, time of day, accusative
/// adverb in `ا`, reflexive, field or institution adjective, dual or plural adjective, nor a noun
/// with a pronoun.
fn family_word(fw: &WordType, clusters: &model::clusters::Clusters) -> bool {
    !fw.key.ends_with('ا') && family_word_but_alef(fw, clusters)
}

/// [`family_word`] whatever the word's last letter.
fn family_word_but_alef(fw: &WordType, clusters: &model::clusters::Clusters) -> bool {
    let k = fw.key.as_str();
    let clitic_free = k.starts_with("ال")
        || !k.starts_with(['ب', 'ل', 'ك', 'ف', 'و'])
        || k.starts_with('و') && !k.starts_with("وال") && clusters.seen_as(k, 0) == Some(true);
    clitic_free
        // (a head may be one: `محافظة`, `عزمي محافظة`)
        && !fw.stop
        && !fw.latin
        && !fw.letterless
        && fw.bits & (class::TITLE | class::PLACE | class::ORG) == 0
        && k.chars().count() >= 3
        && !is_day(k)
        && !name_link(k)
        && !TIME_NOUNS.contains(&k)
        // himself (`قال الوزير محمد نفسه إن`)
        && !matches!(k, "نفسه" | "ذاته" | "عينه")
        && !k.ends_with("تين")
        && !k.ends_with("يين")
        && !k.ends_with("ها")
        && !k.ends_with("هم")
        && !INSTITUTION_ADJECTIVES.contains(&k)
        && !FIELD_ADJECTIVES.contains(&k)
}

/// Whether a word ending in an alef may be a family name (see
/// [`family_names_before_the_clause`]): [`family_word`] but for its alef, and no adverb in the
/// accusative (`أيضا`, `مجددا`, `رسميا`: the nisba's `يا` is always one), of four letters or more.
fn family_in_alef(fw: &WordType, clusters: &model::clusters::Clusters) -> bool {
    let k = fw.key.as_str();
    k.ends_with('ا')
        && !k.ends_with("يا")
        && !k.ends_with("ءا")
        && k.chars().count() >= 4
        && !matches!(
            k,
            "ايضا"
                | "مجددا"
                | "سابقا"
                | "لاحقا"
                | "مسبقا"
                | "موخرا"
                | "اخيرا"
                | "اولا"
                | "ثانيا"
                | "ثالثا"
                | "دايما"
                | "غالبا"
                | "احيانا"
                | "كثيرا"
                | "قليلا"
                | "تماما"
                | "فورا"
                | "سريعا"
                | "مرارا"
                | "ضمنا"
                | "علنا"
                | "تقريبا"
                | "خصوصا"
                | "عموما"
                | "اساسا"
                | "تحديدا"
                | "مثلا"
                | "ردا"
                | "تعليقا"
                | "مضيفا"
                | "قايلا"
                | "موكدا"
        )
        && family_word_but_alef(fw, clusters)
}

/// Prepositions that never begin or end a name in ANERcorp's training text (in its 11,669 such
/// words, one begins an organisation), as written ([`written!`]): `الى` and `إلي` are `إلى`, `فى`
/// is `في`, but `آلي` ("automatic") is not `إلى`. `على` is not among them: papers that write
/// final `ي` as `ى` spell the given name `علي` so. `key` is the word's key, which turns nearly
/// every word away before it is read as written.
fn edgeless_preposition(key: &str, w: &str) -> bool {
    matches!(key, "في" | "من" | "الي" | "عن" | "مع" | "منذ")
        && written!(w, "في" | "من" | "إلى" | "عن" | "مع" | "منذ")
}

/// Latin letters spelt in Arabic script (keys), as the names of channels and companies are
/// (`سي إن إن`, `إم تي في`).
const SPELT_LETTERS: [&str; 13] = [
    "بي", "تي", "سي", "دي", "اي", "جي", "كي", "ام", "ان", "يو", "في", "اف", "اس",
];

/// Shrinks each entity to the words from its first to its last word with a letter (a quote mark
/// or a stray digit is never the edge of a name), dropping entities with no such word. `edgeless`
/// says of a word, its entity's class (0..3) and whether it would be the first word (else the
/// last) that it may not be that edge.
fn trim_letterless(labels: &mut [u8], edgeless: impl Fn(usize, usize, bool) -> bool) {
    for (a, b, c) in spans(labels) {
        let first = (a..b).find(|&i| !edgeless(i, c, true));
        // the first word ends the entity when no later word may
        let last = first.map(|f| {
            (f + 1..b)
                .rev()
                .find(|&i| !edgeless(i, c, false))
                .unwrap_or(f)
        });
        for (i, x) in labels.iter_mut().enumerate().take(b).skip(a) {
            *x = match (first, last) {
                (Some(f), Some(_)) if i == f => 2 * c as u8 + 1,
                (Some(f), Some(l)) if i > f && i <= l => 2 * c as u8 + 2,
                _ => 0,
            };
        }
    }
}

/// Two people or two places joined by `و` are two names (`محمود محمود وعمرو الصفتي`, `إنجلترا
/// والبرتغال`): inside a person's name, a word that is `و` written on a listed given name (and not
/// a given name itself, as `وليد` and `وسام` are) begins the next person; inside a place's, `و`
/// written on a listed place (and not one itself, as `وهران` is) begins the next place, unless the
/// whole is a listed place (`البوسنة والهرسك`). ANERcorp's training text never has such a word
/// inside a person's name and begins 106 next people so; it begins 199 next places so, against 8
/// inside a place's name. So does the preposition `ل` on a given name after a person (`قال الوزير
/// خالد سالم لسمير حداد`, to him) after a name of two words or more, the word not a listed name
/// itself: never inside a person's name in the training text either. Not `ب` (with), on which
/// foreign family names begin (`برامز`, `بالين`), nor `ك` (`توم كروز`).
fn split_coordinated<'t>(labels: &mut [u8], g: &Gazetteer, word: impl Fn(usize) -> &'t WordType) {
    let person = kind_label(Kind::Person);
    let place = kind_label(Kind::Place);
    let mut start = 0;
    for i in 0..labels.len() {
        let l = labels[i];
        if l % 2 == 1 {
            start = i;
        }
        let bit = match l {
            _ if l == person + 1 => class::FIRST_NAME,
            _ if l == place + 1 => class::PLACE,
            _ => continue,
        };
        let k = &word(i).key;
        let clitics: &[char] = if bit == class::FIRST_NAME {
            &['و', 'ل']
        } else {
            &['و']
        };
        let Some(rest) = k.strip_prefix(clitics) else {
            continue;
        };
        // after a preposition, a person named in two words or more before it, the word no
        // listed name itself (`سارة بالين`: Palin)
        let preposition = !k.starts_with('و');
        if preposition
            && (i < start + 2 || g.word_bits(k) & (class::FIRST_NAME | class::PERSON) != 0)
        {
            continue;
        }
        if g.word_bits(k) & bit != 0 || g.word_bits(rest) & bit == 0 {
            continue;
        }
        if bit == class::PLACE {
            let mut end = i + 1;
            while labels.get(end) == Some(&l) {
                end += 1;
            }
            let whole: Vec<&str> = (start..end).map(|j| word(j).key.as_str()).collect();
            if g.phrase_kind(&whole.join(" ")) == Some(Kind::Place) {
                continue;
            }
        }
        labels[i] = l - 1;
        start = i;
    }
}

/// Organisation heads that ANERcorp's training text makes part of the name after them (its own
/// count of `head + name` with the head inside, against the head left out): `حزب` 99–0, `مجلس`
/// 73–0, `جامعة` 31–6, `الاتحاد` 27–1, `منظمة` 23–0, `اتحاد` 10–1, `معهد` 8–0, `تنظيم` 5–0, `كلية`
/// 4–0. The text leaves others out (`شركة` 1–22, `حركة` 5–18, `نادي` 5–19, `صحيفة` 0–19, `فريق`
/// 0–34), and those are not here. With each, the kinds of name it takes: an organisation or a
/// place (`منظمة الأمم المتحدة`, `جامعة القاهرة`); a person only for the places of learning named
/// after one (`جامعة الملك فهد`; `مجلس أبي عبد الله` is a man's sitting room); and `تنظيم`, also a
/// verbal noun (`تنظيم ألمانيا للبطولة`, Germany's hosting), only an organisation (`تنظيم القاعدة`).
const INCLUSIVE_ORG_HEADS: [(&str, &[Kind]); 9] = {
    const NAMED: &[Kind] = &[Kind::Organization, Kind::Place];
    const LEARNING: &[Kind] = &[Kind::Organization, Kind::Place, Kind::Person];
    [
        ("حزب", NAMED),
        ("مجلس", NAMED),
        ("جامعه", LEARNING),
        ("الاتحاد", NAMED),
        ("منظمه", NAMED),
        ("اتحاد", NAMED),
        ("معهد", LEARNING),
        ("تنظيم", &[Kind::Organization]),
        ("كليه", LEARNING),
    ]
};

/// An inclusive organisation head right before a name makes one organisation of both (`منظمة
/// الأمم المتحدة`, `جامعة الملك فهد`, `بنك` not being one): after the document pass, which may
/// have carried the name alone (`الأمم المتحدة`) to this mention.
fn heads_take_the_name<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let org = kind_label(Kind::Organization);
    let mut buf = String::new();
    for i in 0..labels.len().saturating_sub(1) {
        let next = labels[i + 1];
        if labels[i] != 0 || next.is_multiple_of(2) {
            continue;
        }
        // an agency named for what it gives, news, is named with its head (`وكالة تونس إفريقيا
        // للأنباء`; `وكالة فرانس برس` is `فرانس برس`'s agency)
        let news = next == org && {
            let end = (i + 2..labels.len())
                .find(|&j| labels[j] != next + 1)
                .unwrap_or(labels.len());
            word(end - 1).key == "للانباء"
        };
        let mut takes = false;
        for_each_proclitic_reading(&word(i).key, &mut buf, |r| {
            takes |= INCLUSIVE_ORG_HEADS
                .iter()
                .any(|(h, kinds)| *h == r && kinds.iter().any(|&k| kind_label(k) == next))
                || (news && r == "وكاله");
        });
        if !takes {
            continue;
        }
        labels[i] = org;
        let mut j = i + 1;
        labels[j] = org + 1;
        j += 1;
        while j < labels.len() && labels[j] == next + 1 {
            labels[j] = org + 1;
            j += 1;
        }
    }
}

/// Heads the training text leaves out of the names they head (`نادي` 5 times in, 19 out;
/// `شركة` 1–22, `حركة` 5–18, `صحيفة` 0–19, `فريق` 0–34; see [`INCLUSIVE_ORG_HEADS`]), keys.
const EXCLUSIVE_ORG_HEADS: [&str; 5] = ["نادي", "شركه", "حركه", "صحيفه", "فريق"];

/// One of those heads read alone as an organisation (`نادي` of `مجلس إدارة نادي الزمالك`, which
/// the model began as a name of its own before the club's, and the document pass carried to the
/// club's other mentions): no name on its own, with or without the article or a clitic.
fn lone_heads_are_no_names<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let org = kind_label(Kind::Organization);
    let mut buf = String::new();
    for i in 0..labels.len() {
        // (the labels first: this runs at every word)
        if labels[i] != org || labels.get(i + 1) == Some(&(org + 1)) {
            continue;
        }
        let mut head = false;
        for_each_proclitic_reading(&word(i).key, &mut buf, |r| {
            let r = r.strip_prefix("ال").unwrap_or(r);
            head |= EXCLUSIVE_ORG_HEADS.contains(&r);
        });
        if head {
            labels[i] = 0;
        }
    }
}

/// A body named by its head and a place, which [`heads_take_the_name`] joined (`مجلس أبوظبي`),
/// goes on over one or two adjectives of its field with the article (`مجلس أبوظبي الرياضي`, `حزب
/// لبنان الديمقراطي`): nisbas that are no place's, which the sets leave outside the name
/// (`وزارة الاقتصاد الوطني الفلسطينية`).
fn bodies_of_places_take_their_field<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let org = kind_label(Kind::Organization);
    let n = labels.len();
    let mut i = 0;
    while i < n {
        // (the labels first: an organisation of a head and a place)
        if labels[i] != org {
            i += 1;
            continue;
        }
        let end = span_end(labels, i);
        let head = word(i).bits & class::ORG_HEAD != 0 && !word(i).key.starts_with("ال");
        let placed = || {
            let keys: Vec<Option<&str>> =
                (i + 1..end).map(|j| Some(word(j).key.as_str())).collect();
            g.find(&keys, 0)
                .is_some_and(|m| m.kind == Kind::Place && m.words == keys.len())
        };
        if head && end - i >= 2 && placed() {
            let mut e = end;
            while e < n && e - end < 2 && labels[e] == 0 && {
                // (`الرياضي`, of sport, has the shape of Riyadh's nisba)
                let k = word(e).key.as_str();
                nisba(k) && (!place_nisba(k, g) || matches!(k, "الرياضي" | "الرياضيه"))
            } {
                labels[e] = org + 1;
                e += 1;
            }
            i = e;
        } else {
            i = end;
        }
    }
}

/// Heads of bodies named after a person (keys, without the article): `مؤسسة سلطان بن علي العويس
/// الثقافية`, `صندوق محمد السادس للاستثمار`, `مستشفى الملك فيصل التخصصي`.
const PERSON_BODY_HEADS: [&str; 12] = [
    "موسسه",
    "مركز",
    "صندوق",
    "جامعه",
    "مستشفي",
    "معهد",
    "كليه",
    "مكتبه",
    "اكاديميه",
    "جمعيه",
    "مجمع",
    "مدرسه",
];

/// What a body is for, a word with `لل` (`للاستثمار`, `للإغاثة`), not a time (`للفترة`, `للمرة`)
/// or a day.
fn purpose_word(w: &WordType) -> bool {
    w.key.starts_with("لل")
        && w.key.chars().count() >= 5
        && !w.stop
        && !is_day(&w.key)
        && !matches!(
            &w.key["لل".len()..],
            "فتره"
                | "مده"
                | "مرحله"
                | "موسم"
                | "سنه"
                | "عام"
                | "شهر"
                | "يوم"
                | "اسبوع"
                | "مره"
        )
}

/// A body named after a person (`صندوق محمد السادس للاستثمار`, `مركز الملك سلمان للإغاثة
/// والأعمال الإنسانية`, `مؤسسة سلطان بن علي العويس الثقافية`, `مستشفى الملك فيصل التخصصي`),
/// where the model found the person alone: one of [`PERSON_BODY_HEADS`] without the article
/// (`و`, `ف`, `ل` or `ب` may be written on it), perhaps a royal title, the person, then what the
/// body is for (a word with `لل`, and at most two nisbas, feminine participles or words joined by
/// `و` after it) or an adjective of an institution or a field (`التخصصي`, `الثقافية`): one
/// organisation. A foundation, a hospital or an academy is named so by the person alone too
/// (`مؤسسة عبد الحميد شومان`); a centre or a fund is not (`مركز الملك` may be the king's
/// position). The head and a king's name the model or [`heads_take_the_name`] already made one
/// organisation (`جامعة الملك عبد الله`) take what the body is for the same way. What a
/// preposition follows is what someone went there to do (`للتدرب على`), not the body's name.
fn bodies_named_for_persons<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
) {
    let (person, org) = (kind_label(Kind::Person), kind_label(Kind::Organization));
    let n = labels.len();
    let head = |k: &str| {
        let bare = without_conjunction_and_preposition(k);
        PERSON_BODY_HEADS.iter().find(|&&h| h == bare).copied()
    };
    // an adjective of an institution or a field, in either gender
    let adjective = |k: &str| {
        let m = k.strip_suffix('ه').unwrap_or(k);
        INSTITUTION_ADJECTIVES.contains(&k) || FIELD_ADJECTIVES.contains(&m)
    };
    let mut i = 0;
    while i + 2 < n {
        // (the labels first: a name after the head, or after a title after it, or the head
        // beginning an organisation; the head's letters are read only then)
        if !(labels[i] == org || begins_at(labels, i + 1) || begins_at(labels, i + 2)) {
            i += 1;
            continue;
        }
        let Some(h) = head(&word(i).key) else {
            i += 1;
            continue;
        };
        // (an organisation the head begins only when a king's or a person's name follows it,
        // a listed given name first: `جامعة ميشيغان للعمل` is "to work at", `صندوق النقد
        // الدولي للبلدان الفقيرة` is for them)
        let named_for = |j: usize| royal(&word(j).key) || word(j).bits & class::FIRST_NAME != 0;
        let name_end = if labels[i] == org && labels[i + 1] == org + 1 && named_for(i + 1) {
            span_end(labels, i)
        } else if labels[i] == 0 {
            let mut a = i + 1;
            if labels[a] == 0 && royal(&word(a).key) && a + 1 < n {
                a += 1;
            }
            // a person (not `على` alone, a preposition papers also write for the name `علي`),
            // or a king's name read as an organisation's, as ANERcorp marks `مستشفى الملك فيصل`
            let end = span_end(labels, a);
            let alone_ali = end == a + 1 && written!(&word(a).word, "على");
            if !(labels[a] == person && !word(a).stop && !alone_ali
                || labels[a] == org && royal(&word(a).key))
            {
                i += 1;
                continue;
            }
            end
        } else {
            i += 1;
            continue;
        };
        let mut end = name_end;
        // the family name the model left out before what names the body (`سلطان بن علي
        // العويس الثقافية`)
        if end + 1 < n
            && labels[end] == 0
            && labels[end + 1] == 0
            && word(end).key.starts_with("ال")
            && plain_word(word(end))
            && !nisba(&word(end).key)
            && (purpose_word(word(end + 1)) || adjective(&word(end + 1).key))
        {
            end += 1;
        }
        if end < n && labels[end] == 0 && purpose_word(word(end)) {
            end += 1;
            let mut more = 0;
            while end < n && more < 2 && labels[end] == 0 && {
                let w = word(end);
                let k = w.key.as_str();
                !w.stop
                    && !is_day(k)
                    && w.bits & class::TITLE == 0
                    && (nisba(k)
                        || (k.starts_with("الم") && k.ends_with('ه') && k.chars().count() >= 6)
                        || (k.starts_with("وال") && k.chars().count() >= 6))
            } {
                end += 1;
                more += 1;
            }
            // a verbal noun of purpose with its preposition is what someone went there to do
            // (`لجامعة حمد بن خليفة للتدرب على العملية`, `جامعة كامبريدج للحصول على`)
            if end < n && (word(end).preposition || written!(&word(end).word, "على")) {
                i = end;
                continue;
            }
        } else if end < n && labels[end] == 0 && adjective(&word(end).key) {
            end += 1;
        } else if labels[i] != 0 || !matches!(h, "موسسه" | "مستشفي" | "اكاديميه")
        {
            i = name_end;
            continue;
        }
        if inside_at(labels, end) {
            i = end;
            continue;
        }
        mark_certain(labels, margins, i..end, org);
        i = end;
    }
}

/// Adjectives of the places and bodies named after a person (`مطار الملك عبد العزيز الدولي`,
/// `مستشفى الملك خالد التخصصي`, `استاد الملك فهد الدولي`): they follow a name but never end one.
/// ANERcorp's training text ends no person with any of them (of 600 occurrences, none), and the
/// model, which never saw one there either, still reads one into the name it follows at times.
const INSTITUTION_ADJECTIVES: [&str; 18] = [
    "الدولي",
    "الدوليه",
    "العالمي",
    "العالميه",
    "الوطني",
    "الوطنيه",
    "التخصصي",
    "التخصصيه",
    "المركزي",
    "المركزيه",
    "العام",
    "العامه",
    "الخاص",
    "الخاصه",
    "الطبي",
    "الطبيه",
    "الخيري",
    "الخيريه",
];

/// Adjectives of a field, which name the centres and clubs named after a person (`مركز الملك
/// عبدالعزيز الثقافي`, `مركز الأميرة نورة الاجتماعي`) and are no family names.
const FIELD_ADJECTIVES: [&str; 15] = [
    "الثقافي",
    "الاجتماعي",
    "الاقتصادي",
    "السياسي",
    "العلمي",
    "الرياضي",
    "الاسلامي",
    "التعليمي",
    "الصحي",
    "التجاري",
    "الصناعي",
    "الزراعي",
    "الفني",
    "الادبي",
    "التاريخي",
];

/// Words of company names borrowed from English (keys), which end a company's name and never a
/// person's: `كوزموس إنرجي`, `أدوبي سيستمز`, `أرلا فودز`. Not the ones that are also family
/// names or Arabic words (`باور`, `ستيل`, `إنك`).
const COMPANY_ENDINGS: [&str; 37] = [
    "انرجي",
    "انرجيز",
    "موتورز",
    "غروب",
    "جروب",
    "هولدينغ",
    "هولدنغ",
    "هولدينج",
    "كوربوريشن",
    "انترناشونال",
    "انترناشيونال",
    "تكنولوجيز",
    "سيستمز",
    "ايرلاينز",
    "ايرويز",
    "بتروليوم",
    "فارما",
    "كابيتال",
    "ليمتد",
    "فودز",
    "نتوركس",
    "انفستمنتس",
    "لابز",
    "انداستريز",
    "اندستريز",
    "كومباني",
    "بيكتشرز",
    "ستوديوز",
    "ريكوردز",
    "كوميونيكيشنز",
    "سبلاي",
    "سبلايز",
    "سوليوشنز",
    "سيرفيسز",
    "تريدينغ",
    "لوجستيكس",
    "لوجيستيكس",
];

/// Whether word `j` exists and carries an inside label (an entity that began before it runs on
/// into it), which a new entity must not end before.
fn inside_at(labels: &[u8], j: usize) -> bool {
    labels
        .get(j)
        .is_some_and(|&l| l != 0 && l.is_multiple_of(2))
}

/// Whether word `j` exists and begins an entity (its first label is odd).
fn begins_at(labels: &[u8], j: usize) -> bool {
    labels.get(j).is_some_and(|&l| l % 2 == 1)
}

/// A key with a conjunction (`و`, `ف`) and then a preposition (`ب`, `ل`) written on it read off,
/// where it has them (`وبمطار` → `مطار`): for comparing with nouns none of which begins with
/// those letters.
fn without_conjunction_and_preposition(key: &str) -> &str {
    let k = key.strip_prefix(['و', 'ف']).unwrap_or(key);
    k.strip_prefix(['ب', 'ل']).unwrap_or(k)
}

/// Whether a key opens on a clitic written before the article (`بالمدينة`, `للمرة`, `والبلد`,
/// `فالأمر`, `كالعادة`): a common noun's, never the start of a name.
fn clitic_and_article(key: &str) -> bool {
    ["بال", "لل", "وال", "فال", "كال"]
        .iter()
        .any(|p| key.starts_with(p))
}

/// Whether label `l` is of the kind whose first label is `first` (`PERSON`, `LOC`, `ORG`,
/// `MISC`): that first label, or the kind's inside label after it.
fn of_kind(l: u8, first: u8) -> bool {
    l == first || l == first + 1
}

/// The end of the name (or gazetteer phrase) whose first label is at `a`: the index after its
/// last inside label (`labels[a] + 1`).
fn span_end(labels: &[u8], a: usize) -> usize {
    a + 1
        + labels[a + 1..]
            .iter()
            .take_while(|&&l| l == labels[a] + 1)
            .count()
}

/// A "person" of two words or more whose last word is a company's (see [`COMPANY_ENDINGS`]) is
/// that company, unless it is a given name and that word.
fn companies_by_their_endings<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let mut a = 0;
    while a < labels.len() {
        if labels[a] != 1 {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        // a given name and one of them is a person's (`جون هولدينغ`, John Houlding)
        let given = b - a == 2 && word(a).bits & (class::FIRST_NAME | class::LATIN_GIVEN) != 0;
        if b - a >= 2 && !given && COMPANY_ENDINGS.contains(&word(b - 1).key.as_str()) {
            labels[a] = ORG;
            labels[a + 1..b].fill(ORG + 1);
        }
        a = b;
    }
}

/// A company or a club named by one word between its head noun and a nisba adjective, its
/// nationality or its trade (`شركة خزنة المصرية`, `شركة شيودا اليابانية`, `نادي الهلال
/// السعودي`): the word is the body's name, however common a word it is (`خزنة`, a safe;
/// `الهلال`, the crescent), as the adjective agrees with the head noun (feminine after `شركة`,
/// masculine after `نادي`), not with it (`شركة إعمار العقارية`). The head and the adjective stay
/// outside, as ANERcorp has them mostly (`نادي [أرسنال] الإنجليزي`, four companies of five),
/// also where the model read a club with them; a company the model found is left whole (`شركة
/// أرامكو السعودية`, whose nisba is part of its name). The document pass then finds the name's
/// other mentions as it finds the model's (`أعلن نادي الهلال السعودي …`, then `الهلال`). Not a
/// word with the article after `شركة` (`شركة النفط الوطنية`), a preposition's object, an
/// indefinite adjective, a function word or a listed title; where the model read a name there,
/// only one lying within the three words. Leak-free CV (seed 0) 79.6 → 79.7, ORG 58.9 → 59.3;
/// a club whose nisba is part of its name is cut (`نادي الاتحاد السكندري`).
fn names_before_their_nisba<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    for i in 1..labels.len().saturating_sub(1) {
        let head = word(i - 1).key.as_str();
        let head = head.strip_prefix(['و', 'ب', 'ل']).unwrap_or(head);
        let feminine = match head {
            "شركه" => true,
            "نادي" => false,
            _ => continue,
        };
        // what the model read there lies within the head, the name and the adjective: no name
        // runs on into the head or past the adjective (an inside label there)
        let read = labels[i - 1..=i + 1].iter().any(|&l| l != 0);
        // (a company the model found keeps its name whole: its nisba may be part of it, `شركة
        // أرامكو السعودية`)
        if inside_at(labels, i - 1) || inside_at(labels, i + 2) || (feminine && read) {
            continue;
        }
        let (name, adjective) = (word(i), word(i + 1));
        // (nor a preposition's object, `شركة للصناعات الكيماوية`, nor an adjective, `شركة
        // أمريكية العالمية`)
        let agrees = nisba(&adjective.key) && adjective.key.ends_with("يه") == feminine;
        if (feminine && name.key.starts_with("ال"))
            || name.key.starts_with("لل")
            || name.key.ends_with("يه")
            || nisba(&name.key)
            || name.stop
            || name.letterless
            || name.bits & class::TITLE != 0
            || !agrees
        {
            continue;
        }
        labels[i - 1..=i + 1].fill(0);
        labels[i] = ORG;
    }
}

/// A body's one-word name and a person named right after it, which the model read as one name
/// (`الشريكة في صندوق سنابل نورة القحطاني`, one organisation): after a body's head noun without
/// the article (the head of a name in construct with it, `صندوق سنابل`), a name of three words,
/// the first no name of a person (not a given name, a listed person, a title, nor a link such as
/// `بن`), the second a listed given name and the third a family name with the article, is the
/// body's name and then the person. A body named for a person begins with the given name
/// (`مؤسسة سلطان بن علي العويس`) or a title (`جامعة الملك سعود`), or goes on with a compound
/// given name (`جامعة تونكو عبد الرحمن`), and stays one name. On the five Wikipedia extracts a
/// first version, which took any family name and a name of four words too, split ten names,
/// seven wrongly (`راديو كيث أورفيم`, `هابويل بير شيفا`, `مجموعة طلعت
/// مصطفى`); this one splits none of the extracts' names, nor any of ANERcorp's.
fn bodies_named_before_persons<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    clusters: &model::clusters::Clusters,
) {
    let person = kind_label(Kind::Person);
    for a in 1..labels.len() {
        if labels[a] != person && labels[a] != ORG {
            continue;
        }
        let b = span_end(labels, a);
        if b != a + 3 {
            continue;
        }
        let (head, first, given, family) = (word(a - 1), word(a), word(a + 1), word(a + 2));
        let no_person = first.bits
            & (class::FIRST_NAME | class::PERSON | class::TITLE | class::LATIN_GIVEN)
            == 0
            && !first.stop
            && !name_link(&first.key)
            && !royal(&first.key);
        let is_given = given.bits & class::FIRST_NAME != 0
            && given.bits & (class::ORG | class::PLACE | class::TITLE) == 0
            && !given.stop
            && !given.key.starts_with("ال")
            && !name_link(&given.key);
        // (`وجامعة`, `لصندوق`: a clitic before the head, not the article)
        let in_construct = head.bits & class::ORG_HEAD != 0
            && !["ال", "وال", "فال", "بال", "كال", "لل"]
                .iter()
                .any(|p| head.key.starts_with(p));
        if in_construct
            && labels[a - 1] == 0
            && no_person
            && is_given
            && family.key.starts_with("ال")
            && person_like(family, clusters)
        {
            labels[a] = ORG;
            labels[a + 1] = person;
            labels[a + 2] = person + 1;
        }
    }
}

/// A "person" right after the noun `شركة` (company; with `و`, `ب` or `ل` written on it) is the
/// company named for a person or named by a given name (`شركة زين`, `شركة فيليب موريس`, `شركة
/// بن لادن`): ANERcorp marks the name after `شركة` as an organisation 15 times in its training text
/// and as a person once. Not after a title that the noun follows (`الرئيس التنفيذي لشركة …`),
/// where the company's name may be left out and its head named.
fn companies_named_for_persons<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    for i in 1..labels.len() {
        if labels[i] != 1 || labels[i - 1] != 0 {
            continue;
        }
        let head = word(i - 1).key.as_str();
        if !matches!(head, "شركه" | "وشركه" | "بشركه" | "لشركه") {
            continue;
        }
        if i >= 2 && (word(i - 2).bits & class::TITLE != 0 || nisba(&word(i - 2).key)) {
            continue;
        }
        let b = span_end(labels, i);
        labels[i] = ORG;
        labels[i + 1..b].fill(ORG + 1);
    }
}

/// Cuts the adjective of a place or body named after a person off the end of that person's name
/// (`عبد العزيز الدولي` → `عبد العزيز`; see [`INSTITUTION_ADJECTIVES`]).
fn cut_institution_adjectives<'t>(
    labels: &mut [u8],
    words: &[&str],
    word: impl Fn(usize) -> &'t WordType,
) {
    let person = kind_label(Kind::Person);
    let mut a = 0;
    while a < labels.len() {
        if labels[a] != person {
            a += 1;
            continue;
        }
        let mut b = a + 1;
        while b < labels.len() && labels[b] == person + 1 {
            b += 1;
        }
        // the key folds `ؤ` into `و`: `أبو الأسود الدؤلي` is a man's name, so the written word
        // must have the plain `و` too
        if b - a >= 2
            && INSTITUTION_ADJECTIVES.contains(&word(b - 1).key.as_str())
            && !words[b - 1].contains('ؤ')
        {
            labels[b - 1] = 0;
        }
        a = b;
    }
}

/// A family `آل X` right after a person's name is part of it (`هند بنت حمد آل ثاني`, `محمد بن راشد
/// آل مكتوم`), as ANERcorp has it 27 times of 29, where the model, unsure of an ordinal or an
/// unknown family, stopped before `آل`, or took `آل` in and stopped after it when the family is
/// also a word (`سلمان بن خليفة آل خليفة`: "caliph"). `X` must be a word with letters that no
/// entity holds, or one the model found alone (`ثاني` read as a place).
fn family_after_names<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let person = kind_label(Kind::Person);
    for i in 1..labels.len().saturating_sub(1) {
        if !of_kind(labels[i - 1], person) || word(i).key != "ال" {
            continue;
        }
        // taken in, only as it may be written: `إل` of `كيم جونغ إل` shares its key
        let open = labels[i] == 0 || labels[i] == person + 1 && written!(&word(i).word, "آل");
        if !open {
            continue;
        }
        let family = word(i + 1);
        let alone = labels[i + 1] == 0
            || (labels[i + 1] % 2 == 1 && labels.get(i + 2) != Some(&(labels[i + 1] + 1)));
        if alone && !family.letterless && !family.latin && family.key.chars().count() >= 3 {
            labels[i] = person + 1;
            labels[i + 1] = person + 1;
        }
    }
}

/// `ولد` right after a person's name that begins with a listed given name binds the name after it
/// into one with it, as Mauritanian names have it (`محمد سالم ولد الداه`, `محمد الأمين ولد
/// الطالب`), and `أغ` as Tuareg names do (`محمد أغ الحاج`), where the model stopped before `ولد`
/// after a given name of two words, or read `ولد الداه` as a second person (the family name
/// alone stands for the person later, so it is a name the model knows). The word after it must
/// be one a name may be: with the article, a listed given name or person, or read by the model
/// inside a name; not a function word nor a time, where `ولد` is the verb (`محمد ولد في أطار`,
/// `ولد عام 1950`, `ولد باسم`). No name ends on `ولد`: where none follows, a name the model ran
/// into the verb ends before it (`محمد سالم ولد عام 1950`, and at a sentence's end). `بنت` is
/// left to the model: before a common noun it names films and books (`ليلى بنت الفقراء`).
fn nasab_after_names<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let person = kind_label(Kind::Person);
    let n = labels.len();
    for i in 1..n {
        // (`أغ` the same in Tuareg names: `محمد أغ الحاج`)
        if !of_kind(labels[i - 1], person) || !matches!(word(i).key.as_str(), "ولد" | "اغ") {
            continue;
        }
        // left out, the first word of a second person the model read, or the last of this one
        let ends = labels[i] == person + 1 && labels.get(i + 1) != Some(&(person + 1));
        if !(labels[i] == 0 || labels[i] == person || ends) {
            continue;
        }
        // (the person's first word: back over its inside labels to its B label)
        let mut first = i - 1;
        while labels[first] == person + 1 && first > 0 {
            first -= 1;
        }
        if i + 1 == n {
            // (nothing after it: the verb ending the sentence, `ولد` at its end)
            if ends {
                labels[i] = 0;
            }
            continue;
        }
        let next = word(i + 1);
        let name_word = next.key.starts_with("ال")
            || next.bits & (class::FIRST_NAME | class::PERSON) != 0
            || labels[i + 1] == person + 1;
        let verb = matches!(
            next.key.as_str(),
            "عام"
                | "العام"
                | "سنه"
                | "السنه"
                | "يوم"
                | "اليوم"
                | "شهر"
                | "الشهر"
                | "باسم"
        ) || is_day(&next.key);
        let free = labels[i + 1] == 0 || labels[i + 1] == person + 1 && labels[i] == person;
        let joins = word(first).bits & class::FIRST_NAME != 0
            && free
            && name_word
            && !verb
            && !next.stop
            && !next.letterless
            && !next.latin
            && next.bits & (class::PLACE | class::ORG) == 0
            // (a title is none, but for the sheikh that names so many: `ولد الشيخ سيديا`)
            && (next.bits & class::TITLE == 0 || next.key == "الشيخ")
            && next.key.chars().count() >= 3;
        if joins {
            labels[i] = person + 1;
            labels[i + 1] = person + 1;
        } else if ends {
            labels[i] = 0;
        }
    }
}

/// A university named by its place or founder goes on over an adjective of its kind, which is
/// part of its name (`جامعة نواكشوط العصرية`, `جامعة موسكو الحكومية`, `جامعة إسطنبول التقنية`,
/// `جامعة كاليفورنيا الجنوبية`, `جامعة بيروت العربية`), where the model stopped before it. Only
/// these adjectives: one of its country (`جامعة هارفارد الأمريكية`) or of what it did (`جامعة
/// الأزهر القائمة`) describes it.
fn universities_by_their_kind<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let org = kind_label(Kind::Organization);
    let mut a = 0;
    while a < labels.len() {
        if labels[a] != org {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        let head = without_conjunction_and_preposition(&word(a).key);
        let kind = |k: &str| {
            matches!(
                k,
                "الحكوميه"
                    | "التقنيه"
                    | "التكنولوجيه"
                    | "الاهليه"
                    | "الخاصه"
                    | "العصريه"
                    | "الحره"
                    | "المفتوحه"
                    | "الافتراضيه"
                    | "العربيه"
                    | "الاسلاميه"
                    | "الكاثوليكيه"
                    | "الجنوبيه"
                    | "الشماليه"
                    | "الشرقيه"
                    | "الغربيه"
            )
        };
        if b - a >= 2
            && matches!(head, "جامعه" | "الجامعه")
            && b < labels.len()
            && labels[b] == 0
            && kind(&word(b).key)
        {
            labels[b] = org + 1;
        }
        // (past the span; the adjective taken in is inside it, and the walk steps over it)
        a = b;
    }
}

/// A body's head noun alone with the article refers back to the body named before (`مسؤول
/// التنبؤ بالجراد في المنظمة كيث كريسمان`: in the organisation); a listed given name after it
/// begins the person in apposition, whom the model ran into the head as one organisation.
fn persons_after_bodies_referred_back<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let (person, org) = (kind_label(Kind::Person), kind_label(Kind::Organization));
    let mut a = 0;
    while a < labels.len() {
        if labels[a] != org {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        if b - a < 3 {
            a = b;
            continue;
        }
        let (head, given) = (word(a), word(a + 1).bits);
        if head
            .key
            .strip_prefix("ال")
            .is_some_and(|bare| g.word_bits(bare) & class::ORG_HEAD != 0)
            && given & (class::FIRST_NAME | class::LATIN_GIVEN) != 0
            && given & (class::ORG | class::PLACE) == 0
            && (a + 2..b).all(|i| word(i).bits & (class::ORG | class::ORG_HEAD) == 0)
        {
            labels[a] = 0;
            labels[a + 1] = person;
            labels[a + 2..b].fill(person + 1);
        }
        a = b;
    }
}

/// One word in brackets right after an organisation named in two words or more is its short
/// name (`الشركة الوطنية للصناعة والمناجم ( اسنيم )`, `المكتب الشريف للفوسفات ( OCP )`), an
/// organisation too, which the document pass then finds at its other mentions: news gives the
/// short name so, once, and uses it after. In Latin letters, an acronym in capitals (a word
/// capitalised is as often a person or a place: `اللورد كارزون ( Curzon )`); in Arabic, a word
/// the unlabelled text does not know as anything but an organisation (not a gloss: `مجلس الدوما
/// ( البرلمان )`, `جامعة شيفيلد ( عرض )`), without the article or `لل`. Not a place (where the
/// body is), a function word, a number, nor a word the lists hold as a person or a title.
fn short_names_in_brackets<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    clusters: &model::clusters::Clusters,
) {
    let org = kind_label(Kind::Organization);
    let n = labels.len();
    for i in 2..n.saturating_sub(2) {
        // an organisation of two words or more ends right before the bracket
        let after_org = labels[i - 1] == org + 1 && labels[i] == 0;
        // (a Latin acronym the model read as a foreign term is the short name all the same)
        let open = labels[i + 1] == 0
            || labels[i + 1] == kind_label(Kind::Misc) && word(i + 1).latin && labels[i + 2] == 0;
        if !after_org || word(i).word != "(" || word(i + 2).word != ")" || !open {
            continue;
        }
        let w = word(i + 1);
        let k = w.key.as_str();
        let short = if w.latin {
            w.word.chars().filter(|c| c.is_alphabetic()).count() >= 2
                && w.word.chars().all(|c| !c.is_lowercase())
        } else {
            !k.starts_with("ال")
                && !k.starts_with("لل")
                && k.chars().count() >= 3
                && clusters.seen_as(k, 2).is_none_or(|org| org)
        };
        let named = short
            && !w.stop
            && !w.letterless
            && !is_day(k)
            && w.bits & (class::PLACE | class::PERSON | class::FIRST_NAME | class::TITLE) == 0;
        if named {
            mark_certain(labels, margins, i + 1..i + 2, org);
        }
    }
}

/// `شيخ` without the article between a person's name and a listed given name is part of the name,
/// as Somali and Sudanese names have it (`حسن شيخ محمود`, `شريف شيخ أحمد`), where the model,
/// reading a title, stopped before it or right after it. With the article, or before a word with
/// it or no listed given name, it is a title or a chief (`أحمد الطيب شيخ الأزهر`, `الحريري شيخ
/// مشايخ حوران`).
fn sheikh_inside_names<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType, g: &Gazetteer) {
    let person = kind_label(Kind::Person);
    for i in 1..labels.len().saturating_sub(1) {
        let after_name = of_kind(labels[i - 1], person);
        // the model may have taken `شيخ` in and stopped after it
        let open = labels[i] == 0 || labels[i] == person + 1;
        if !after_name || !open || word(i).key != "شيخ" {
            continue;
        }
        let next = word(i + 1);
        let given = g.word_bits(&next.key) & (class::FIRST_NAME | class::PERSON) != 0;
        let bare = !next.key.starts_with("ال");
        if given && bare && !next.stop && (labels[i + 1] == 0 || labels[i + 1] == person) {
            labels[i] = person + 1;
            labels[i + 1] = person + 1;
        }
    }
}

/// A given name alone (a listed one, `عبد`/`أبو` and a word, or a compound in `الدين`) right
/// before another person's name, with no conjunction or preposition on it, is one name with it,
/// which the model cut in two (`وزير الشؤون الاجتماعية عبد الرحمن محمد يوسف`, `نور الدين بلحاج`
/// once `بلحاج` is found alone later in the article): news keeps two people apart by `و`, a comma
/// or a word, and rarely names one by a given name alone. ANERcorp's gold has 20 pairs of names
/// back to back in 150,000 tokens, most of them one name marked in two by mistake (`سوزان مبارك`,
/// `نصر الله`). A second name that begins with a clitic's letter joins only when it is a listed
/// given name or person as written (`وائل`, not `ووائل` nor `لزيدان`), and never a function word
/// (`بأول`). Any two names back to back were too many on the five Wikipedia extracts, which list
/// names without commas (`غورينغ هتلر`).
fn persons_back_to_back<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let person = kind_label(Kind::Person);
    for i in 1..labels.len() {
        if labels[i] != person || !of_kind(labels[i - 1], person) {
            continue;
        }
        let key = word(i).key.as_str();
        let clitic = key.starts_with(['و', 'ف', 'ل', 'ب', 'ك'])
            && g.word_bits(key) & (class::FIRST_NAME | class::PERSON) == 0;
        // the first name is a given name alone: a listed one, or `عبد`/`أبو` and a word
        let mut a = i - 1;
        while labels[a] == person + 1 && a > 0 {
            a -= 1;
        }
        let given = |j: usize| g.word_bits(&word(j).key) & class::FIRST_NAME != 0;
        let given_alone = match i - a {
            1 => given(a),
            // (and the compounds in `الدين`: `نور الدين`, `عز الدين`)
            2 => matches!(word(a).key.as_str(), "عبد" | "ابو") || word(a + 1).key == "الدين",
            _ => false,
        };
        if !clitic && given_alone && !word(i).stop {
            labels[i] = person + 1;
        }
    }
}

/// A royal or religious honorific with the article (`الملك`, `الأمير`, `الشيخ`, `الإمام`), which
/// bodies and prizes named for a person put before the name.
fn royal(key: &str) -> bool {
    matches!(
        key,
        "الملك" | "الامير" | "الاميره" | "السلطان" | "الشيخ" | "الامام"
    )
}

/// A name after "called": `يدعى`, `تدعى` after a noun of a person up to three words before
/// (`قائدا للرماة يدعى أمنمحات`, `ضابط فرنسي يدعى جوزيف سيف`), or `المدعو`, `المدعوة`, said only
/// of people (the feminine also after such a noun). One or two words the model left unread, of a
/// name's shape (person-like, three letters or more, the article only on a nisba after the first:
/// `طواشي يدعى صبيح المعظمي`), are a person. After another noun the name is a place's or a
/// body's (`ساحة تدعى`, `شركة تدعى`); without one the verb may be the other `يدعي`, "claims"
/// (`بينما يدعي آخرون`). On the five extracts 40 persons, about 37 rightly.
fn names_after_called<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    clusters: &model::clusters::Clusters,
) {
    let n = labels.len();
    // (as keys; a clitic read off, and the accusative's alef: `قائدا`, `لرجل`)
    let person_noun = |k: &str| {
        let k = k.strip_prefix(['و', 'ل', 'ب', 'ف']).unwrap_or(k);
        let bare = k.strip_suffix('ا').filter(|b| b.chars().count() >= 3);
        [Some(k), bare].into_iter().flatten().any(|k| {
            matches!(
                k,
                "رجل"
                    | "شخص"
                    | "شاب"
                    | "فتاه"
                    | "امراه"
                    | "سيده"
                    | "طفل"
                    | "طفله"
                    | "صبي"
                    | "قايد"
                    | "ضابط"
                    | "جندي"
                    | "مواطن"
                    | "مواطنه"
                    | "تاجر"
                    | "مزارع"
                    | "صياد"
                    | "كاهن"
                    | "راهب"
                    | "زعيم"
                    | "مقاتل"
                    | "طبيب"
                    | "طبيبه"
                    | "مهندس"
                    | "لاعب"
                    | "معلم"
                    | "معلمه"
                    | "عامل"
                    | "موظف"
                    | "ناشط"
                    | "ناشطه"
                    | "صحفي"
                    | "صحفيه"
                    | "كاتب"
                    | "شاعر"
                    | "فنان"
                    | "ملك"
                    | "امير"
                    | "اميره"
                    | "ابن"
                    | "ابنه"
                    | "زوج"
                    | "زوجه"
            )
        })
    };
    // The verb says a name follows: its first word need not be one the unlabelled text reads in
    // names (`أمنمحات`), unless it may be a clitic and a word (`يدعي بحق`, `المدعو واحترام`); no
    // adverb's tanween (`يدعى محلياً`), no clitic before the article (`المدعوة بالخاكيتيا`); a
    // compound given name's second word may have the article (`يدعى شرف الدين`).
    let name_word = |w: &WordType, first: bool| {
        let k = w.key.as_str();
        let shaped = if first && !k.starts_with(['و', 'ب', 'ل', 'ف', 'ك']) {
            plain_word(w)
        } else {
            person_like(w, clusters)
        };
        let plain = shaped
            && !w.word.contains('\u{064B}')
            && k.chars().count() >= 3
            && normalize::without_pronoun(&w.word).is_none()
            && !clitic_and_article(k)
            && (!k.starts_with("ال") || !first && nisba(k));
        plain || !first && matches!(k, "الدين" | "الله")
    };
    for v in 1..n.saturating_sub(1) {
        let called = match word(v).key.as_str() {
            "المدعو" => true,
            // (the feminine also of a language or a stage: `لغتهم المدعوة`)
            "يدعي" | "تدعي" | "المدعوه" => {
                (v.saturating_sub(3)..v).any(|j| person_noun(&word(j).key))
            }
            _ => false,
        };
        if !called || labels[v + 1] != 0 || !name_word(word(v + 1), true) {
            continue;
        }
        // (a given name and one more word: a third is mostly the clause going on)
        let e = if v + 2 < n && labels[v + 2] == 0 && name_word(word(v + 2), false) {
            v + 3
        } else {
            v + 2
        };
        labels[v + 1] = kind_label(Kind::Person);
        labels[v + 2..e].fill(kind_label(Kind::Person) + 1);
    }
}

/// An organisation or a miscellaneous name that ends on a royal or religious honorific (`جامعة
/// الملك`, `جائزة الشيخ`), or a place or organisation that ends on a saint (`سانت`, `سان`), right
/// before a person's name, is one name with it, of its kind: `جامعة الملك عبد العزيز`, `سانت
/// جيمس`. Such a name never ends on the honorific, so the model cut one name in two; ANERcorp too
/// marks `جامعة الملك فهد` and `جامعة السلطان قابوس` whole. A second person the model read on
/// into (a listed given name inside its name, not after a link) stays a person.
fn names_after_honorifics<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let person = kind_label(Kind::Person);
    for i in 1..labels.len() {
        if labels[i] != person {
            continue;
        }
        // an institution's head and the honorific both left unread before the person (`جامعة
        // الشيخ أنتا ديوب`): the three are the institution's name; not a body's office or forces
        // (`مكتب الشيخ`, `قوات الشيخ`), said of the person, not named for him, nor a mosque, as
        // much a place as a body
        if i >= 2
            && labels[i - 1] == 0
            && labels[i - 2] == 0
            && royal(&word(i - 1).key)
            && matches!(
                word(i - 2).key.as_str(),
                "جامعه"
                    | "مستشفي"
                    | "موسسه"
                    | "معهد"
                    | "اكاديميه"
                    | "كليه"
                    | "مدرسه"
                    | "جمعيه"
            )
        {
            let j = span_end(labels, i);
            labels[i - 2] = ORG;
            labels[i - 1..j].fill(ORG + 1);
            continue;
        }
        if labels[i - 1] == 0 {
            continue;
        }
        // the kind of the entity the honorific ends
        let mut a = i - 1;
        while labels[a].is_multiple_of(2) && a > 0 {
            a -= 1;
        }
        let kind = labels[a];
        let saint = matches!(
            word(i - 1).key.as_str(),
            "سانت" | "سان" | "سانتا" | "القديس" | "القديسه"
        );
        let royal = royal(&word(i - 1).key);
        // a person's name may end on a royal word (`عبد الملك`, `ابن الملك` + the king's name is
        // two people), and so may a place (`كفر الشيخ`); a saint begins the names of places too
        let named_for = match kind {
            ORG | MISC => saint || royal,
            LOC => saint,
            _ => false,
        };
        if !named_for {
            continue;
        }
        let j = span_end(labels, i);
        // the person the model read may go on into another, named right after the body
        // (`أستاذ الاقتصاد في جامعة القديس يوسف سمير نصر الله`): a listed given name inside it,
        // not after a link of names (`محمد بن سعود`), with one or two words after it, begins him
        let next_person = (i + 1..j.saturating_sub(1)).find(|&k| {
            let (w, before) = (word(k), word(k - 1));
            w.bits & class::FIRST_NAME != 0
                && w.bits & (class::ORG | class::PLACE | class::TITLE) == 0
                && !w.stop
                && !w.key.starts_with("ال")
                && !matches!(
                    before.key.as_str(),
                    "بن" | "بنت" | "ابن" | "ابو" | "عبد" | "ال"
                )
                && j - k <= 3
        });
        let cut = next_person.unwrap_or(j);
        labels[i..cut].fill(kind + 1);
        if cut < j {
            labels[cut] = person;
        }
    }
}

/// The name after a noun of a settlement (`قرية`, `بلدة`, `حي`, `مخيم`, `ولاية`, `إقليم`,
/// `جزيرة`, the municipality `بلدية`, written with `ب`, `و` or `ل` too), where the model found
/// nothing: a village or a quarter no list holds (`قرية عين الباشا`, `حي الحصن`, `بلدية
/// عيترون`; not after `مركز`, mostly "centre"). ANERcorp marks the word after these nouns as a
/// place 76 times in 91 (after `بلدية`, 2 in 3); the others are adjectives (`قرية عائمة`) and
/// common nouns, which the word must not be: no function word, no nisba adjective, no word the
/// model's reading of the unlabelled text never put in a place. A second word is taken after the
/// first words of compound place names (`عين`, `بيت`, `دير`, `كفر`, `تل`, `بني`, `ميت`, `أبو`),
/// and none that ends on one.
///
/// The noun in the dual names two places joined by `و` (`مدينتي المرج وشحات`, the towns of
/// al-Marj and Shahhat; `مخيمي جنين ونور شمس`): both are places, whichever of them the model
/// found. ANERcorp's training text has four such pairs after `مدينتي` and `بلدتي`, all places. The
/// form alone is also "my town" (`في مدينتي`), so the second name is asked for as well.
///
/// The noun alone, read by the model as a place of one word (`جزيرة` of `جزيرة الروضة`, `ومدينة`
/// of `الكاظمية والأعظمية ومدينة الصدر`), is no place: it is left out, and the name after it
/// found as after any such noun. On the five Wikipedia extracts 51 such nouns are left out (`هي
/// مدينة وبلدية`, `جزيرة` forty times), and `جزيرة أبو منقار` becomes a place, not a person.
fn places_after_place_nouns<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
    clusters: &model::clusters::Clusters,
) -> (Vec<Range<usize>>, Vec<Range<usize>>) {
    let mut persons_as_places = Vec::new();
    let mut unread = Vec::new();
    let n = labels.len();
    let settlement = |k: &str| {
        matches!(
            k,
            "قريه"
                | "بلده"
                | "حي"
                | "مخيم"
                | "ولايه"
                | "اقليم"
                | "جزيره"
                | "مدينه"
                | "محافظه"
                | "بلديه"
                | "ميناء"
                | "مطار"
                | "نهر"
                // a Tunisian delegation, an oil or gas field
                | "معتمديه"
                | "حقل"
                // an Iraqi or Lebanese district
                | "قضاء"
        )
    };
    // as written, or with a preposition or conjunction on it (`بقرية`; `بلدة` is no `ب` on
    // `لدة`)
    let with_clitic = |k: &str, is: &dyn Fn(&str) -> bool| {
        is(k) || k.strip_prefix(['ب', 'و', 'ل']).is_some_and(is)
    };
    // the dual in its two cases: `مدينتا`/`مدينتي` (ة becomes ت), `مخيما`/`مخيمي`
    let dual = |k: &str| {
        let feminine = k
            .strip_suffix("تي")
            .or_else(|| k.strip_suffix("تا"))
            .is_some_and(|s| {
                matches!(
                    s,
                    "قري" | "بلد" | "ولاي" | "جزير" | "مدين" | "محافظ" | "بلدي"
                )
            });
        feminine
            || k.strip_suffix(['ي', 'ا']).is_some_and(|s| {
                matches!(
                    s,
                    "حي" | "مخيم" | "اقليم" | "ميناء" | "مطار" | "نهر" | "حقل"
                )
            })
    };
    // a settlement's noun in the plural (no class of its own either); `أحياء` (quarters, also
    // "the living") is asked for before a list of names only
    let plural = |k: &str| {
        matches!(
            k,
            "مدن" | "قري" | "بلدات" | "مخيمات" | "محافظات" | "ولايات" | "اقاليم"
        )
    };
    let list_plural = |k: &str| k == "احياء" || plural(k);
    // the words of a compound are common words alone (`عين`, `البلح`): its first word is
    // the evidence, and the unlabelled text's reading is asked of a name of one word only
    // (`ya`: a word ending in `ي` is no adjective here, as after the dual, whose adjective has
    // the dual's ending: `محافظتي حولي والجهراء`; the first of two places after the dual is not
    // asked of the unlabelled text either, `حولي` being also "around me": the second is)
    // (after a compound's first word, the letter of a clitic may begin the name itself: `رأس
    // لفان`; `clitic` allows it, unless the article follows it)
    let name_like_shape = |w: &WordType, k: &str, alone: bool, ya: bool, clitic: bool| {
        let clitic_free = !k.starts_with(['ب', 'ل', 'ك', 'و', 'ف'])
            || clitic
                && !k.starts_with('و')
                && !["لل", "بال", "كال", "فال"].iter().any(|p| k.starts_with(p));
        plain_word(w)
            && !g.is_stopword(k)
            && (!k.ends_with('ي') || ya && !k.starts_with("ال"))
            && !k.ends_with("يه")
            && clitic_free
            && k.chars().count() >= 3
            // a verb with its object pronoun (`جزيرة أعجبتهم`, `إقليم اغتنمته`)
            && !["هم", "هما", "ته", "تها"].iter().any(|p| k.ends_with(p))
            && (!alone || clusters.seen_as(k, 1) != Some(false))
    };
    let name_like_key =
        |w: &WordType, k: &str, alone: bool, ya: bool| name_like_shape(w, k, alone, ya, false);
    let name_like =
        |j: usize, alone: bool, ya: bool| name_like_key(word(j), &word(j).key, alone, ya);
    let compound = |j: usize| {
        matches!(
            word(j).key.as_str(),
            "عين"
                | "بيت"
                | "دير"
                | "كفر"
                | "تل"
                | "بني"
                | "بير"
                | "راس"
                | "خان"
                | "ميت"
                | "منيه"
                | "عزبه"
                | "ابو"
                | "ام"
                | "باب"
        )
    };
    // the end of a name no list holds starting at i (a compound goes on after its first word,
    // `ميت أبو الكوم`: two of them), unless it ends on the first word of a compound
    let name_at = |labels: &[u8], i: usize, dual: bool| {
        if !name_like(i, !compound(i) && !dual, dual) {
            return None;
        }
        let goes_on = |j: usize| name_like_shape(word(j), &word(j).key, false, false, true);
        let mut end = i + 1;
        while end - i < 3 && compound(end - 1) {
            if end < n && labels[end] == 0 && goes_on(end) {
                end += 1;
            } else {
                break;
            }
        }
        (!compound(end - 1)).then_some(end)
    };
    // the end of the place the model found at i
    let found_at = |labels: &[u8], i: usize| {
        (labels[i] == LOC).then(|| (i + 1..n).find(|&e| labels[e] != LOC + 1).unwrap_or(n))
    };
    let person = kind_label(Kind::Person);
    // a settlement's noun in the singular: the class bits first; the dual has no class of its
    // own, and is told by its ending
    // (a plateau and a beach are named so too, `هضبة ديكسم`, `شاطئ دطواح`, though no list holds
    // them as place nouns: the lists are the model's features, which a new entry would change)
    // (by the word's end first: this runs at nearly every word)
    let plateau_or_beach = |k: &str| {
        ["هضبه", "شاطي"]
            .iter()
            .any(|x| k.ends_with(x) && (k.len() == x.len() || with_clitic(k, &|k| k == *x)))
    };
    let settlement_at = |j: usize| {
        let k = &word(j).key;
        word(j).bits & class::PLACE_HEAD != 0 && with_clitic(k, &settlement) || plateau_or_beach(k)
    };
    // the noun alone read as a place of one word (`ومدينة` of `الكاظمية والأعظمية ومدينة
    // الصدر`, `جزيرة الروضة`): the noun is no place, the name after it is (ANERcorp leaves
    // `مدينة` out of the name after it 91 times in 92)
    for i in 0..n {
        if labels[i] == LOC && !inside_at(labels, i + 1) && settlement_at(i) {
            labels[i] = 0;
        }
    }
    // a compound place's first word opening what the model read as a person's name of two
    // words or more (`خور عبد الله`, `دير ياسين`, `كفر حسن داوود`), or standing before one: no
    // person's name begins on it, and it begins a place's (`خان`, `ميت`, `بير` and `بيت` do: Khan, Mitt, Per, Pete; `رأس` is also a title, `أبو`
    // a kunya); `عين` only as written bare, being also the verb "appointed" (`وعُيِّن سومتشاي`)
    let compound_head = |k: &str| matches!(k, "خور" | "كفر" | "دير" | "تل");
    for i in 0..n {
        // (the labels first: this runs at every word)
        let begun = labels[i] == person && inside_at(labels, i + 1);
        let before_one = labels[i] == 0 && labels.get(i + 1) == Some(&person);
        if !(begun || before_one) {
            continue;
        }
        let w = word(i);
        let head = with_clitic(&w.key, &compound_head);
        // the name begun on the word, or the word left before it (`في خور [عبد الله]`; not
        // `عين`, whose verb comes before its object's name, `[عين] [يعلون] قائدا`, nor `كفر`,
        // "unbelief", nor after `ل`, `لتل إيفا` being Little Eva)
        let name = if begun && (head || w.word == "عين") {
            i
        } else if !begun && head && !w.key.contains("كفر") && !w.key.starts_with('ل') {
            i + 1
        } else {
            continue;
        };
        let end = span_end(labels, name);
        labels[i] = LOC;
        labels[i + 1..end].fill(LOC + 1);
        persons_as_places.push(i..end);
    }
    // or read as a place of its own before another (`قرية دير المدينة`, two places): one
    for i in 1..n {
        if labels[i] == LOC && labels[i - 1] == LOC && with_clitic(&word(i - 1).key, &compound_head)
        {
            let end = span_end(labels, i);
            labels[i..end].fill(LOC + 1);
        }
    }
    for i in 1..n {
        // the model may have begun a person's name on the noun itself (`معتمدية الحنشة`): no
        // name begins so
        if labels[i - 1] == person && labels[i] == person + 1 && settlement_at(i - 1) {
            labels[i - 1] = 0;
            labels[i] = person;
        }
        if labels[i - 1] != 0 {
            continue;
        }
        let head = &word(i - 1).key;
        // the plural only before a name the model read as a person's (`مدن شيشستر وهافانت`):
        // after it, adjectives and common nouns are as common as names (`مدن الكبرى`, `قرى
        // جديدة`); a listed given name keeps the person there too, whose cities they are (`مدن
        // صلاح الدين`)
        let after_plural = labels[i] == person && with_clitic(head, &plural);
        if settlement_at(i - 1) || after_plural {
            if labels[i] == person {
                // a name the model read as a person's where a settlement's name stands (`ولاية
                // تيرس زمور`): a place, unless a word of it is a listed given name or title
                // (`حي الشيخ جراح`), or it is one word the lists hold as a person (`ولاية
                // أوباما`, his term) or the unlabelled text never put in a place (of a compound,
                // the words alone say little: `زمور` is also a family name)
                let end = span_end(labels, i);
                // (a place named for the forebears' sons is named for a person: `قرية آيت يحيى`,
                // `بلدة بني وليد`, `أولاد سعيد`)
                let sons =
                    end - i >= 2 && matches!(word(i).key.as_str(), "ايت" | "بني" | "بنو" | "اولاد");
                let unlisted = sons
                    || ((i..end).all(|j| word(j).bits & (class::FIRST_NAME | class::TITLE) == 0)
                        && (end - i > 1
                            || word(i).bits & class::PERSON == 0
                                && clusters.seen_as(&word(i).key, 1) != Some(false)));
                // (`حي بن يقظان` is a novel, "alive, son of awake": not after `حي`, nor a son's
                // name)
                let son = matches!(word(i).key.as_str(), "بن" | "ابن");
                if end - i <= 3 && unlisted && !son && head != "حي" {
                    labels[i] = LOC;
                    labels[i + 1..end].fill(LOC + 1);
                    persons_as_places.push(i..end);
                }
                continue;
            }
            if labels[i] != 0 {
                continue;
            }
            // a beach is mostly a sea's or a river's shore (`شاطئ البحر`, `شاطئ القناة`) or one
            // a relative clause describes (`شاطئ يغمره الضياء`): named only without the article,
            // and not by a verb's imperfect
            if with_clitic(head, &|k| k == "شاطي")
                && (word(i).key.starts_with("ال") || word(i).key.starts_with(['ي', 'ت']))
            {
                continue;
            }
            // `قضاءً محتوماً` (an inevitable fate): the accusative's alef after `قضاء` makes it
            // the noun of a decree, not of a district
            if with_clitic(head, &|k| k == "قضاء") && word(i).key.ends_with('ا') {
                continue;
            }
            let Some(end) = name_at(labels, i, false) else {
                continue;
            };
            if inside_at(labels, end) {
                continue;
            }
            labels[i] = LOC;
            labels[i + 1..end].fill(LOC + 1);
            if end - i >= 2 {
                unread.push(i..end);
            }
        } else if with_clitic(head, &dual) {
            let first = found_at(labels, i).map(|e| (e, false)).or_else(|| {
                (labels[i] == 0)
                    // (the dual's oblique case only: `إقليماً تابعاً` is one province, whose
                    // accusative ending reads as the dual's other)
                    .then(|| name_at(labels, i, head.ends_with('ي')))
                    .flatten()
                    .map(|e| (e, true))
            });
            let Some((j, first_new)) = first else {
                continue;
            };
            // the second place: `و` and a word like a name, or a place the model found, or one
            // word it read as a person's (`إقليمي رياو وجامبي`: no person is named so); `و` may
            // stand apart
            if j >= n {
                continue;
            }
            let apart = word(j).key == "و" && j + 1 < n;
            let (k, rest) = if apart {
                (j + 1, word(j + 1).key.as_str())
            } else {
                let Some(r) = word(j).key.strip_prefix('و') else {
                    continue;
                };
                (j, r)
            };
            let lone_person = labels[k] == person && !inside_at(labels, k + 1);
            let second_new = match labels[k] {
                l if l == LOC => false,
                0 if name_like_key(word(k), rest, true, false) => true,
                _ if lone_person && name_like_key(word(k), rest, false, true) => true,
                _ => continue,
            };
            if inside_at(labels, k + 1) && second_new {
                continue;
            }
            if first_new {
                labels[i] = LOC;
                labels[i + 1..j].fill(LOC + 1);
            }
            if second_new {
                labels[k] = LOC;
            }
        } else if with_clitic(head, &list_plural) {
            // a list after the plural (`أحياء باب النيرب والجلوم وبانقوسا`, `قرى كفرنبل وسرمدا
            // والدانا`): its first name, then each `و` and a word like a name or a place the
            // model found; two names at least, or none is taken
            // (a name may begin on a clitic's letter here, `كفرنبل`, `باب النيرب`: the list
            // after the plural is the evidence; not a verb or a noun with a pronoun joined on,
            // `وتسلحوا`, `وإنهاضها`, nor a direction, `ولايات الشرق`, `والجنوب`)
            let no_list_name = |k: &str| {
                ["وا", "ها", "هم"].iter().any(|e| k.ends_with(e))
                    || matches!(
                        k,
                        "الشرق" | "الغرب" | "الشمال" | "الجنوب" | "الوسط" | "الساحل"
                    )
            };
            let list_name = |labels: &[u8], i: usize| {
                let like = |j: usize, alone: bool| {
                    name_like_shape(word(j), &word(j).key, alone, false, true)
                };
                if !like(i, !compound(i)) || no_list_name(&word(i).key) {
                    return None;
                }
                let mut end = i + 1;
                while end - i < 3
                    && compound(end - 1)
                    && end < n
                    && labels[end] == 0
                    && like(end, false)
                {
                    end += 1;
                }
                (!compound(end - 1)).then_some(end)
            };
            let first = found_at(labels, i).map(|e| (e, false)).or_else(|| {
                (labels[i] == 0)
                    .then(|| list_name(labels, i))
                    .flatten()
                    .map(|e| (e, true))
            });
            let Some((first_end, first_new)) = first else {
                continue;
            };
            let mut j = first_end;
            let mut more = Vec::new();
            while j < n {
                let Some(rest) = word(j).key.strip_prefix('و') else {
                    break;
                };
                if labels[j] == LOC {
                    j = found_at(labels, j).unwrap_or(j + 1);
                    continue;
                }
                if labels[j] != 0
                    || no_list_name(rest)
                    || !name_like_shape(word(j), rest, true, false, true)
                    || inside_at(labels, j + 1)
                {
                    break;
                }
                more.push(j);
                j += 1;
            }
            if more.is_empty() {
                continue;
            }
            if first_new {
                labels[i] = LOC;
                labels[i + 1..first_end].fill(LOC + 1);
            }
            for k in more {
                labels[k] = LOC;
            }
        }
    }
    (persons_as_places, unread)
}

/// A stadium, an airport, a port, a street, a square or a bridge named after a person (`ملعب
/// الحسن الثاني`, `مطار محمد الخامس الدولي`, `شارع الملك فيصل`): the name after the facility's
/// noun (without the article, a preposition or conjunction perhaps on it), where the model read
/// the person, is no person. ANERcorp marks such names of miscellaneous kind (`بمطار [MISC
/// محمد الخامس]`, `ملعب [MISC سانتياغو برنابيو]`, `مطار [MISC جون كنيدي]`, every one of its
/// facilities named after a person), and so does hamish by default; with `institutions`, the
/// modern convention, they are places, and so is such a name the model read as miscellaneous
/// when it begins with a listed given name. A royal title between goes in with the name. Unlike
/// a settlement's name read as a person's ([`places_after_place_nouns`]), a listed given name
/// does not keep it a person here, and the name's other mentions stay the person's.
fn facilities_named_for_persons<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    modern: bool,
) {
    let (person, misc) = (kind_label(Kind::Person), kind_label(Kind::Misc));
    let facility = |k: &str| {
        matches!(
            without_conjunction_and_preposition(k),
            "ملعب"
                | "استاد"
                | "مطار"
                | "مركب"
                | "ميناء"
                | "شارع"
                | "جاده"
                | "ساحه"
                | "جسر"
        )
    };
    let n = labels.len();
    let mut i = 0;
    while i + 1 < n {
        // (the labels first, the noun's letters only then)
        if labels[i] != 0
            || !(begins_at(labels, i + 1) || begins_at(labels, i + 2))
            || !facility(&word(i).key)
        {
            i += 1;
            continue;
        }
        let mut a = i + 1;
        if labels[a] == 0 && royal(&word(a).key) && a + 1 < n {
            a += 1;
        }
        // (or a name the model read as of no kind it knows, a listed given name first: `مطار
        // محمد الخامس`)
        // (or, by default, one it read as the place, a listed given name first: `ملعب الحسن
        // الثاني`, which the sets mark so)
        let named = labels[a] == person
            || modern && labels[a] == misc && word(a).bits & class::FIRST_NAME != 0
            || !modern && labels[a] == LOC && word(a).bits & class::FIRST_NAME != 0;
        if !named {
            i += 1;
            continue;
        }
        let end = span_end(labels, a);
        let to = if modern { LOC } else { misc };
        labels[i + 1] = to;
        labels[i + 2..end].fill(to + 1);
        i = end;
    }
}

/// The other mentions of a name read as a person's that [`places_after_place_nouns`] found a
/// place after a settlement's noun (`والي تيرس زمور محمد الأمين`, the governor of the province
/// named before): places too, when the same words (`places`, keys) make the whole person.
fn persons_named_as_places<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    places: &[Vec<&str>],
) {
    let person = kind_label(Kind::Person);
    let mut a = 0;
    while a < labels.len() {
        if labels[a] != person {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        let same =
            |p: &Vec<&str>| p.len() == b - a && (a..b).zip(p).all(|(i, k)| word(i).key == *k);
        if places.iter().any(same) {
            labels[a] = LOC;
            labels[a + 1..b].fill(LOC + 1);
        }
        a = b;
    }
}

/// The other mentions of a place of two words or more that [`places_after_place_nouns`] found
/// unread after a settlement's noun (`من مدينة راس لفان الصناعية … في راس لفان العام الماضي`):
/// found after the document pass, which would have carried it, they are carried here, where the
/// same words (`places`, keys) stand outside any entity. Of one word, a place so found may be a
/// common word elsewhere (`البيضاء`), and is not carried. On the five Wikipedia extracts 22
/// mentions are found so (`عزبة البرج` five times, `عين شمس`, `رأس غارب`), all of them places.
fn places_named_again<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    places: &[Vec<&str>],
) {
    let n = labels.len();
    for p in places {
        let len = p.len();
        let mut a = 0;
        while a + len <= n {
            let same = (a..a + len)
                .zip(p)
                .all(|(i, k)| labels[i] == 0 && word(i).key == *k);
            if same && !inside_at(labels, a + len) {
                labels[a] = LOC;
                labels[a + 1..a + len].fill(LOC + 1);
                a += len;
            } else {
                a += 1;
            }
        }
    }
}

/// The ordinal of a sovereign (`الملك بيبي الأول`, `البابا بيوس الثاني عشر`, `الملكة إليزابيث
/// الثانية`) is part of the name, where the model ended it before: after a royal or papal title.
/// ANERcorp marks the ordinal inside 33 times in 41 after a person; the others rank athletes or
/// books (`غونزاليز الثالث`, `رواية محفوظ الأولى`), with no such title before the name.
fn regnal_numbers<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let person = kind_label(Kind::Person);
    let n = labels.len();
    let mut buf = String::new();
    let regnal = |k: &str| {
        ordinal(k)
            || matches!(
                k,
                "الاولي" | "الثانيه" | "الثالثه" | "الرابعه" | "الخامسه" | "السادسه"
            )
    };
    // (a name the model left unread between the title and the ordinal, `الملك تحتمس الثالث`: the
    // ordinal says a sovereign is named)
    let unread_name = |a: usize| {
        let w = word(a);
        // (not the article, nor a clitic before it: `الملك للمرة الثالثة`)
        plain_word(w)
            && !w.key.starts_with("ال")
            && !clitic_and_article(&w.key)
            && w.key.chars().count() >= 3
            && normalize::without_pronoun(&w.word).is_none()
    };
    let mut a = 1;
    while a < n {
        let unread = labels[a] == 0
            && a + 1 < n
            && labels[a + 1] == 0
            && regnal(&word(a + 1).key)
            && unread_name(a);
        if labels[a] != person && !unread {
            a += 1;
            continue;
        }
        let b = if unread { a + 1 } else { span_end(labels, a) };
        // the ordinal first: the title's readings are asked only before one
        if b >= n || labels[b] != 0 || !regnal(&word(b).key) {
            a = b;
            continue;
        }
        let mut royal = false;
        normalize::for_each_proclitic_reading(&word(a - 1).key, &mut buf, |r| {
            royal |= matches!(
                r,
                "الملك"
                    | "الملكه"
                    | "السلطان"
                    | "الامبراطور"
                    | "الامبراطوره"
                    | "البابا"
                    | "القيصر"
                    | "الفرعون"
                    | "الشاه"
                    | "الخليفه"
            );
        });
        if royal {
            // `الثالث عشر`, thirteenth
            let end = if b + 1 < n
                && labels[b + 1] == 0
                && matches!(word(b + 1).key.as_str(), "عشر" | "عشره")
            {
                b + 2
            } else {
                b + 1
            };
            labels[a] = person;
            labels[b..end].fill(person + 1);
            a = end;
        } else {
            a = b;
        }
    }
}

/// One word between `من`, `إلى` or `حتى` and a direction in the accusative (`يمتد من الحائر
/// جنوبا إلى صلبوخ شمالا`): where something runs from or to, a place, whatever the model read
/// (it left both unread). Not a word with a pronoun on it, a function word or a number; not a
/// word the unlabelled text never puts in places unless it is a name's shape there too (one the
/// text knows nothing of passes).
fn places_before_directions<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    clusters: &model::clusters::Clusters,
) {
    let n = labels.len();
    for i in 1..n.saturating_sub(1) {
        // (the labels first: this runs at every word)
        if labels[i] != 0 || inside_at(labels, i + 1) {
            continue;
        }
        // (as keys: the accusative's tanween is not in them, `شمالاً` is `شمالا`)
        let direction = |k: &str| matches!(k, "شمالا" | "جنوبا" | "شرقا" | "غربا");
        if !direction(&word(i + 1).key) {
            continue;
        }
        let before = word(i - 1).key.as_str();
        if !matches!(
            before.strip_prefix('و').unwrap_or(before),
            "من" | "الي" | "حتي"
        ) {
            continue;
        }
        let w = word(i);
        if plain_word(w)
            && normalize::without_pronoun(&w.word).is_none()
            && w.key.chars().count() >= 3
            && clusters.seen_as(&w.key, 1) != Some(false)
            || w.bits & class::PLACE != 0 && !w.stop
        {
            labels[i] = LOC;
        }
    }
}

/// Two places `بين` another place and it (`على الطريق بين الزويرات وأكجوجت`): the word after the
/// place, with `و` on it, is a place too where the model left it unread, when it is a plain word
/// the unlabelled text puts in places, with no pronoun on it (`بين مصر وغيرها`), a listed place
/// if it has the article (`بين النيل والصحراء`, the desert), and it ends
/// the pair (an entity or a word with the article may not follow it as its complement).
fn places_between<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    clusters: &model::clusters::Clusters,
) {
    let n = labels.len();
    let mut from = 1;
    while let Some(p) = next_labelled(labels, from, LOC) {
        from = p + 1;
        let i = p - 1;
        if i + 3 >= n || !matches!(word(i).key.as_str(), "بين" | "وبين") {
            continue;
        }
        let j = span_end(labels, i + 1);
        if j >= n || labels[j] != 0 {
            continue;
        }
        let w = word(j);
        let Some(rest) = w.key.strip_prefix('و') else {
            continue;
        };
        let alone = j + 1 >= n || labels[j + 1] == 0 && !word(j + 1).key.starts_with("ال");
        if alone
            && plain_word(w)
            && rest.chars().count() >= 3
            && normalize::without_pronoun(rest).is_none()
            && clusters.seen_as(rest, 1) != Some(false)
            // (with the article, a listed place only: `بين النيل والصحراء`, the desert)
            && (!rest.starts_with("ال") || w.bits & class::PLACE != 0)
        {
            labels[j] = LOC;
        }
    }
}

/// Places in a list with a place the model found (`على سهول عامودا والدرباسية ورأس العين`,
/// `مشاتل في قلنسية وحديبو`): the words before it, each joined to the next by `و`, back to the
/// list's first, which follows `في`, `من`, `إلى` or a plural noun of places (or `مثل` after one),
/// are places too where the model left them unread, when each is a listed place (`مثل النعمة
/// وكيفة`, also a common word) or one word of the shape of a name: plain, no pronoun on it, three
/// letters or more, not a word the unlabelled text (nearly) never puts in places, and with the
/// article only where that text knows nothing of it.
fn places_in_a_list<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
    clusters: &model::clusters::Clusters,
) {
    // (a word with the article only where the unlabelled text knows nothing of it: it knows the
    // directions, `من الشرق وX`, and the lands, `في البلاد`, as places too often; nor the first
    // word of a compound, whose name may begin on `و`: `دير وستمنستر`); after a plural noun of
    // places, whatever that text read of it (`أحياء العليا والملز والنسيم`: the noun says what
    // the list holds)
    let member = |w: &WordType, k: &str, after_noun: bool| {
        // (the pronoun as written: the key writes `ة` as `ه`, `قلنسية`)
        k.chars().count() >= 3
            && normalize::without_pronoun(&w.word).is_none()
            && !matches!(
                k,
                "دير" | "عين" | "بيت" | "كفر" | "تل" | "خور" | "راس" | "بير"
            )
            // a listed place that is also a common word, which the model left unread (`مثل
            // النعمة وكيفة`), or a word of a name's shape
            && (w.bits & class::PLACE != 0 && !w.stop && !w.letterless
                || plain_word(w)
                    && (after_noun
                        || match clusters.seen_as(k, 1) {
                            Some(false) => false,
                            // (nor a nisba's shape it knows: `انقسمت إلى شمالية وجنوبية`)
                            Some(true) => {
                                !k.starts_with("ال") && !k.ends_with("يه") && !k.ends_with('ي')
                            }
                            None => true,
                        }))
    };
    let places_noun = |k: &str| {
        let k = k.strip_prefix('و').unwrap_or(k);
        matches!(
            k,
            "سهول"
                | "مدن"
                | "قري"
                | "بلدات"
                | "مناطق"
                | "احياء"
                | "مديريات"
                | "محافظات"
                | "ولايات"
        )
    };
    // (or `مثل` a few words after such a noun: `في مدن الداخل مثل النعمة وكيفة`)
    let after_noun = |j: usize| {
        let k = word(j).key.as_str();
        places_noun(k) || k == "مثل" && (j.saturating_sub(3)..j).any(|x| places_noun(&word(x).key))
    };
    let opens = |j: usize| {
        let k = word(j).key.as_str();
        matches!(k.strip_prefix('و').unwrap_or(k), "في" | "من" | "الي") || after_noun(j)
    };
    // the list's first word and whether it follows an opener, back from word `p`, a place the
    // model found that begins on `و`, over the words joined to it by `و`
    let first_of = |labels: &[u8], p: usize, loose: bool| {
        let mut first = p;
        while first > 1 && labels[first - 1] == 0 {
            let k = &word(first - 1).key;
            let joined = k.strip_prefix('و');
            if !member(word(first - 1), joined.unwrap_or(k), loose) {
                break;
            }
            first -= 1;
            if joined.is_none() {
                return (first, opens(first - 1) && (!loose || after_noun(first - 1)));
            }
        }
        (first, false)
    };
    let n = labels.len();
    let mut from = 1;
    while let Some(p) = next_labelled(labels, from, LOC) {
        from = p + 1;
        // (a name of its own that begins on the letter, `ويلز` of `نيوساوث ويلز`, joins nothing)
        if !word(p).key.starts_with('و') || g.word_bits(&word(p).key) & class::PLACE != 0 {
            continue;
        }
        let (first, ok) = match first_of(labels, p, false) {
            (first, true) => (first, true),
            _ => first_of(labels, p, true),
        };
        if !ok {
            continue;
        }
        labels[first..p].fill(LOC);
        // after a plural noun of places, the members after it too (`أحياء العليا والملز
        // والنسيم`): the list has two members here (the found place begins on `و`); after one,
        // the place may be the noun's complement, and what follows `و` the next clause (`مدن
        // رومانيا وتعتبر`), which is why a found place that opens the list joins nothing
        let loose = after_noun(first - 1);
        let mut q = span_end(labels, p);
        while loose && q < n && labels[q] == 0 && word(q).key.starts_with('و') && {
            // (one without the article as any list's member: it may be the next clause's
            // verb, `والشاغور ووصلوا حتى`)
            let bare = &word(q).key['و'.len_utf8()..];
            member(word(q), bare, bare.starts_with("ال"))
        } {
            labels[q] = LOC;
            q += 1;
        }
        from = from.max(q);
    }
}

/// `الجزيرة` with a clitic or none, as keys.
fn jazeera(k: &str) -> bool {
    matches!(
        k,
        "الجزيره"
            | "والجزيره"
            | "بالجزيره"
            | "للجزيره"
            | "فالجزيره"
            | "وبالجزيره"
            | "وللجزيره"
    )
}

/// Whether a document (its words by type) is about an island and never names the channel: it
/// holds the noun of an island or islands (`جزيرة`, `جزر`, with a clitic or none), and no mention
/// of `الجزيرة` has a channel's word before it (`قناة`, `فضائية`, `شبكة`, `مراسل`, `موقع`,
/// `تلفزيون`) or one of its services after it (`نت`, `مباشر`, `الإنجليزية`, `الوثائقية`,
/// `الرياضية`, `الفضائية`). The lists hold `الجزيرة` as the channel, and ANERcorp marks it so
/// where such a word says it is (39 times); where the text is about an island it leaves it
/// unmarked, and encyclopedia text about islands read it as the channel 1,173 times.
fn island_not_channel(tids: &[u32], types: &[WordType], labels: &[u8]) -> bool {
    let key = |i: usize| types[tids[i] as usize].key.as_str();
    // (an organisation read on the name first, by the labels alone: most documents have none,
    // and the rest reads every word)
    if !(0..tids.len()).any(|i| labels[i] == ORG && jazeera(key(i))) {
        return false;
    }
    let island = |k: &str| {
        let k = k.strip_prefix(['و', 'ب', 'ل', 'ف']).unwrap_or(k);
        matches!(k, "جزيره" | "جزر" | "الجزر" | "جزيرتي" | "جزيرتا")
    };
    if !(0..tids.len()).any(|i| island(key(i))) {
        return false;
    }
    let channel_before = |k: &str| {
        let k = k.strip_prefix(['و', 'ب', 'ل']).unwrap_or(k);
        matches!(
            k,
            "قناه"
                | "فضاييه"
                | "شبكه"
                | "مراسل"
                | "مراسله"
                | "مراسلو"
                | "مراسلي"
                | "موقع"
                | "تلفزيون"
        )
    };
    let service_after = |k: &str| {
        matches!(
            k,
            "نت" | "مباشر"
                | "الانجليزيه"
                | "الانكليزيه"
                | "الوثايقيه"
                | "الرياضيه"
                | "الفضاييه"
        )
    };
    !(0..tids.len()).any(|i| {
        jazeera(key(i))
            && (i > 0 && channel_before(key(i - 1))
                || i + 1 < tids.len() && service_after(key(i + 1)))
    })
}

/// `الجزيرة` read as an organisation of one word is no entity (see [`island_not_channel`]).
fn islands_are_no_channel<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    for i in 0..labels.len() {
        if labels[i] == ORG && !inside_at(labels, i + 1) && jazeera(&word(i).key) {
            labels[i] = 0;
        }
    }
}

/// One word after `في` or `إلى` that the lists hold as a place is that place, where the model (or
/// the document pass, carrying a person of the same name) read a person: `في عرفات`, `إلى منى`.
/// ANERcorp's training text has one person of one word after `في` against 461 places, and four
/// after `إلى` against 99.
fn places_after_in<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let (person, place) = (kind_label(Kind::Person), kind_label(Kind::Place));
    for i in 1..labels.len() {
        if labels[i] == person
            && labels.get(i + 1).is_none_or(|&l| l != person + 1)
            && matches!(word(i - 1).key.as_str(), "في" | "الي")
            && word(i).bits & class::PLACE != 0
        {
            labels[i] = place;
        }
    }
}

/// Words (keys) that only a report on football uses much: not the other words of sport, which
/// are common words too (`هدف`, aim; `نصف`, half; `المركز`, the centre).
const FOOTBALL_WORDS: [&str; 16] = [
    "مباراه",
    "المباراه",
    "مباريات",
    "الدوري",
    "دوري",
    "مدرب",
    "المدرب",
    "الشوط",
    "شوط",
    "ركله",
    "ركلات",
    "المرمي",
    "مرمي",
    "لاعب",
    "اللاعب",
    "لاعبي",
];

/// The least words of football (see [`FOOTBALL_WORDS`]) a document holds for a match report.
const FOOTBALL_DOCUMENT: usize = 5;

/// A club named by one word where only a club can stand, in a match report (see
/// [`FOOTBALL_DOCUMENT`]) where the model found nothing: after a coach or a player (`مدرب
/// الهلال`), a result (`فاز`, `تعادل`, `خسر`), or an opponent's word in a sentence of football
/// (`على ضيفه الاتحاد`). Certain, so that the document pass finds its other mentions in the
/// report. ANERcorp, with few match reports, taught the model little of them, and the names are
/// common words elsewhere (the crescent, the union, victory). Not a nisba (`المنتخب الأفريقي`),
/// nor before a word with the article, which makes another body of it (`الاتحاد الدولي`).
fn clubs_in_match_reports<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let n = labels.len();
    let football = |i: usize| {
        word(i).bits & class::SPORT != 0 && FOOTBALL_WORDS.contains(&word(i).key.as_str())
    };
    for i in 1..n {
        if labels[i] != 0
            || word(i).bits & class::ORG_NAME == 0
            || nisba(&word(i).key)
            || !g.is_club(&word(i).key)
            // (nor youth, which match reports say of players: `الاعتماد على الشباب`)
            || normalize::stem(&word(i).key) == "شباب"
        {
            continue;
        }
        let next_definite = i + 1 < n && {
            let k = &word(i + 1).key;
            (k.starts_with("ال") || k.starts_with("لل")) && !word(i + 1).stop
        };
        let before = word(i - 1).key.as_str();
        let cue = matches!(
            before,
            "مدرب" | "لاعب" | "لاعبو" | "جماهير" | "فاز" | "تعادل" | "خسر" | "هزم"
        ) || (matches!(before, "علي" | "مع" | "امام" | "ضيفه" | "مضيفه" | "منافسه")
            && (0..i).any(football));
        // a nisba after the club of a coach or a player is his nationality (`مدرب الهلال
        // البرتغالي`), not the club's name going on
        let nationality = matches!(before, "مدرب" | "لاعب" | "لاعبو")
            && i + 1 < n
            && nisba(&word(i + 1).key)
            && labels[i + 1] == 0;
        if cue && (!next_definite || nationality) {
            mark_certain(labels, margins, i..i + 1, ORG);
        }
    }
}

/// A place's "upper", "lower" or "middle" after it is part of its name (`شبيلي السفلى`, `مصر
/// العليا`, `النمسا السفلى`, `الراين السفلي`), which the model mostly, not always, took in: on the
/// five Wikipedia extracts it had `مصر العليا` out 51 times and `أوروبا الوسطى` in 43 times and
/// out 36. ANERcorp has no such word after a place but `آسيا الوسطى` and `إفريقيا الوسطى`, in.
fn upper_and_lower_regions<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    for i in 1..labels.len() {
        let after_place = of_kind(labels[i - 1], LOC);
        if after_place
            && labels[i] == 0
            && matches!(word(i).key.as_str(), "السفلي" | "العليا" | "الوسطي")
        {
            labels[i] = LOC + 1;
        }
    }
}

/// A region named by its towns after `جهة` (region: `جهة الدار البيضاء سطات`, `جهة طنجة تطوان
/// الحسيمة`, as Morocco names its twelve), which the model reads as two or three places side by
/// side: one place. Not after `وجهة` (a destination), and only places with nothing between them
/// (`من جهة الرباط وفاس`: two).
fn regions_named_by_towns<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let n = labels.len();
    // (`واد`, `وادي`: a valley, `كلميم واد نون`, not `و`)
    let and = |k: &str| k.starts_with('و') && !k.starts_with("واد");
    for i in 0..n.saturating_sub(2) {
        if labels[i + 1] != LOC || !matches!(word(i).key.as_str(), "جهه" | "بجهه" | "لجهه")
        {
            continue;
        }
        let mut end = i + 2;
        let mut places = 1;
        while end < n && places < 3 {
            while end < n && labels[end] == LOC + 1 {
                end += 1;
            }
            if end < n && labels[end] == LOC && !and(&word(end).key) {
                labels[end] = LOC + 1;
                places += 1;
                end += 1;
            } else {
                break;
            }
        }
    }
}

/// `أرض` read as a place of its own right before another place is one name with it (`جمهورية أرض
/// الصومال`, which the model read as two places: three times of three on the five extracts).
/// Where the model left `أرض` out it is "the land of" (`أرض فلسطين`), and stays out.
fn lands_named_by_places<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let mut buf = String::new();
    for i in 1..labels.len() {
        if labels[i] != LOC || labels[i - 1] != LOC {
            continue;
        }
        let mut land = false;
        for_each_proclitic_reading(&word(i - 1).key, &mut buf, |r| land |= r == "ارض");
        if land {
            labels[i] = LOC + 1;
        }
    }
}

/// A common noun of geography alone is no place (`سطح البحر`, sea level; `بعض الولايات`, some of
/// the states; `فوق القارة`): ANERcorp marks `البحر`, `القارة`, `النهر`, `الساحل` alone 0 times in
/// 28, and `الولايات`, `المحيط` alone only where a mistake cut a name (`الولايات | المتحدة`), yet the
/// model read them as places alone 511 times on the five extracts. A word with the article after
/// it may go on the name, and is left to the rules of names (`البحر | المتوسط`).
fn generic_places_alone<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let n = labels.len();
    let mut buf = String::new();
    for a in 0..n {
        if labels[a] != LOC || a + 1 < n && labels[a + 1] == LOC + 1 {
            continue;
        }
        if a + 1 < n && word(a + 1).key.starts_with("ال") {
            continue;
        }
        let mut generic = false;
        for_each_proclitic_reading(&word(a).key, &mut buf, |r| {
            generic |= matches!(
                r,
                "البحر" | "المحيط" | "القاره" | "الجبل" | "النهر" | "الساحل" | "الولايات"
            );
        });
        if generic {
            labels[a] = 0;
        }
    }
}

/// The places named after their word in one pass over the words, which both rules must read:
/// [`quarter_or_street`] after a noun of place, [`unknown_place_after_in`] after a preposition.
fn places_after_their_word<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    clusters: &model::clusters::Clusters,
) {
    for i in 1..labels.len() {
        // (the labels first, then the class bits: this runs at every word)
        if labels[i] != 0 || labels[i - 1] != 0 {
            continue;
        }
        let before = word(i - 1);
        if before.bits & class::PLACE_HEAD != 0 {
            quarter_or_street(labels, i, &word);
        } else if before.preposition {
            unknown_place_after_in(labels, i, &word, clusters);
        }
    }
}

/// A word the unlabelled text never met, after `في` or `إلى`, is a place (`في عرسال`, `إلى
/// غوندام`): the stems of ten million words of encyclopedia text hold nearly every common noun
/// and verb a news article uses, and what is left after a preposition of place is mostly a town
/// too small for them. One word of letters only, without the article or a clitic letter, of four
/// letters or more, that the model left unread, before punctuation, a function word or a word
/// with a clitic; not a noun with a pronoun, a dual or a plural, nor a word ending in `ي`, which
/// may be "my" (`في حجرتي`) as often as a name's end, and whose stem the stemmer may cut.
fn unknown_place_after_in<'t>(
    labels: &mut [u8],
    i: usize,
    word: &impl Fn(usize) -> &'t WordType,
    clusters: &model::clusters::Clusters,
) {
    let n = labels.len();
    if !matches!(word(i - 1).key.as_str(), "في" | "الي") {
        return;
    }
    let w = word(i);
    let k = w.key.as_str();
    if !plain_word(w)
        || k.starts_with("ال")
        || k.starts_with(['ب', 'ل', 'ك', 'و', 'ف'])
        || k.chars().count() < 4
        // letters only: not a word run into a number or a sign (`مارس2005`, `ديسمبر/كانون`)
        || !w.word.chars().all(char::is_alphabetic)
        // a dual or a plural (`في نوبتين`, in two shifts; `إلى توراتيين`, `إلى إوزيات`)
        || k.ends_with("تين")
        || k.ends_with("تان")
        || k.ends_with("يين")
        || k.ends_with("اءين")
        || k.ends_with("ات")
        // a noun with a pronoun, whose stem the text knows (`في خياره`, `في مدينتنا`); `ي`
        // ends a name as often as it is "my" (`في حجرتي`, `في امتلاكي`), whose stem the
        // stemmer may cut too: not asked
        || normalize::without_pronoun(k).is_some()
        || k.ends_with('ي')
        // (the lookups last: the endings turn most words away without them)
        || clusters.get(k).is_some()
        || ["نا", "ك", "كم", "هما", "يهما", "هن"].iter().any(|p| {
            k.strip_suffix(p).is_some_and(|stem| {
                // (`ة` is written `ت` before the pronoun: `مدينتنا`)
                let feminine = stem.strip_suffix('ت').map(|b| format!("{b}ه"));
                clusters.get(stem).is_some()
                    || feminine.is_some_and(|f| clusters.get(&f).is_some())
            })
        })
    {
        return;
    }
    let ends = i + 1 == n || {
        let x = word(i + 1);
        let xk = x.key.as_str();
        x.letterless || x.stop || (xk.starts_with(['ب', 'ل', 'و', 'ف']) && !xk.starts_with("ال"))
    };
    if ends {
        labels[i] = LOC;
    }
}

/// A quarter or a street named by one word with the article (`حي الميدان`, `بحي الزيتون`, `شارع
/// الشهداء`), which is often a common word too (the square, the olives, the martyrs), so that the
/// unlabelled text's reading, which [`places_after_place_nouns`] asks of a name of one word,
/// turns it away: after `حي` (not `وحي`, also "and revelation") or `شارع`, the word is the
/// name when what follows ends it (punctuation, a function word, a word with a preposition or
/// conjunction on it, a participle with the article: `حي الميدان المطل على النهر`); a word
/// after it that may go on the name (`حي السيدة زينب`, `شارع القصر العيني`) leaves it to the
/// other rules. ANERcorp marks such quarters (`حي الخضراء`, `حي الدورة`, `حي البياع`).
fn quarter_or_street<'t>(labels: &mut [u8], i: usize, word: &impl Fn(usize) -> &'t WordType) {
    let n = labels.len();
    let head = word(i - 1).key.as_str();
    let head = head.strip_prefix(['ب', 'ل']).unwrap_or(head);
    let street = head.strip_prefix('و').unwrap_or(head) == "شارع";
    if head != "حي" && !street {
        return;
    }
    let w = word(i);
    let k = w.key.as_str();
    if !k.starts_with("ال") || k.chars().count() < 5 || !plain_word(w) {
        return;
    }
    let ends = i + 1 == n || {
        let x = word(i + 1);
        let xk = x.key.as_str();
        x.letterless
            || x.stop
            || (xk.starts_with(['ب', 'ل', 'ك', 'و', 'ف']) && !xk.starts_with("ال"))
            || (xk.starts_with("الم") && !nisba(xk) && labels[i + 1] == 0)
    };
    if ends && !inside_at(labels, i + 1) {
        labels[i] = LOC;
    }
}

/// A bank of a river, a canal or a lake (`على الضفة الغربية للنيل`, `الضفة الشرقية لقناة
/// السويس`) is no place of its own, though the West Bank is written so: the water named after it
/// with `ل` tells them apart. Not the Jordan's (`الضفة الغربية لنهر الأردن` is the West Bank).
fn river_banks<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let n = labels.len();
    for a in 0..n.saturating_sub(2) {
        // (the labels first: this runs at every word)
        if labels[a] != LOC || labels[a + 1] != LOC + 1 || inside_at(labels, a + 2) {
            continue;
        }
        let bank = without_conjunction_and_preposition(&word(a).key) == "الضفه"
            && matches!(word(a + 1).key.as_str(), "الغربيه" | "الشرقيه");
        let water = matches!(
            word(a + 2).key.as_str(),
            "للنيل"
                | "لنهر"
                | "للنهر"
                | "لقناه"
                | "للقناه"
                | "لبحيره"
                | "للبحيره"
                | "لفرع"
                | "لشط"
                | "لخليج"
        );
        let jordan = word(a + 2).key == "للاردن"
            || a + 3 < n && word(a + 2).key == "لنهر" && word(a + 3).key == "الاردن";
        if bank && water && !jordan {
            labels[a] = 0;
            labels[a + 1] = 0;
        }
    }
}

/// Adjectives of two peoples in a row describe one noun (`تحالف فرنسي كوري`, a French-Korean
/// alliance; `فريق بحث أمريكي ياباني`): the second is no person, though a family name may be
/// written so (`ماري كوري`). A person of one word, without the article, whose nisba with the
/// article is a listed place's, right after another such nisba the model left unread.
fn peoples_in_a_row<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType, g: &Gazetteer) {
    let person = kind_label(Kind::Person);
    let mut article = String::new();
    let mut of_a_people = |k: &str| {
        (k.ends_with('ي') || k.ends_with("يه")) && !k.starts_with("ال") && {
            article.clear();
            article.push_str("ال");
            article.push_str(k);
            place_nisba(&article, g)
        }
    };
    for i in 1..labels.len() {
        if labels[i] == person
            && !inside_at(labels, i + 1)
            && labels[i - 1] == 0
            && of_a_people(&word(i).key)
            && of_a_people(&word(i - 1).key)
        {
            labels[i] = 0;
        }
    }
}

/// A storm's name (`العاصفة دانيال`, `الإعصار أندرو`, `وإعصار ميتش`): the one word the model read
/// as a person right after the noun of a storm or a hurricane is the storm, a miscellaneous name
/// (as the sets mark it); a person of two words is someone's (`فيديو عاصفة وارين ميلر`).
fn storms_are_no_persons<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let person = kind_label(Kind::Person);
    for i in 1..labels.len() {
        // (the labels first: this runs at every word)
        if labels[i] != person || inside_at(labels, i + 1) {
            continue;
        }
        let k = word(i - 1).key.as_str();
        let k = k.strip_prefix(['و', 'ب', 'ل']).unwrap_or(k);
        if matches!(k, "اعصار" | "الاعصار" | "عاصفه" | "العاصفه") {
            labels[i] = MISC;
        }
    }
}

/// A person's name the model ended on `آيت` (Berber, "sons of") or `ولد` (Mauritanian, "son of"),
/// which never end one: the next word goes on it (`فاطمة أيت بها`, `بها` being also "in it";
/// `محمد ولد الشيخ`), a plain word after `ولد`, where a verb may follow a name (`ولد` is also
/// "was born"), any word of letters after `آيت`.
fn names_go_on_after_sons_of<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let person = kind_label(Kind::Person);
    for i in 1..labels.len().saturating_sub(1) {
        // (the labels first: the inside of a name, the next word unread)
        if labels[i] != person + 1 || labels[i + 1] != 0 {
            continue;
        }
        let (w, next) = (word(i), word(i + 1));
        let goes_on = match w.key.as_str() {
            "ايت" => !next.letterless,
            "ولد" => !next.letterless && !next.stop && next.bits & class::REPORT_VERB == 0,
            _ => false,
        };
        if goes_on {
            labels[i + 1] = person + 1;
        }
    }
}

/// Jeddah and Oujda (`جدة`, `وجدة`) written with a final `ه` in a text that writes `ة` are
/// another word with a pronoun: `من جده` (from his grandfather), `وجده` (and his grandfather, or
/// he found it). On the five extracts about 230 such places were read so, all of them wrongly;
/// other places so written are mostly the place spelt another way (`حماه`, `جونيه`, `مصراته`),
/// whose `ه` makes no pronoun of them.
fn grandfathers_are_no_places<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let mut buf = String::new();
    for i in 0..labels.len() {
        // (the labels first: a place of one word)
        if labels[i] != LOC || inside_at(labels, i + 1) {
            continue;
        }
        let w = word(i);
        if !w.word.ends_with('ه') {
            continue;
        }
        let mut grandfather = false;
        for_each_proclitic_reading(&w.key, &mut buf, |r| grandfather |= r == "جده");
        if grandfather {
            labels[i] = 0;
        }
    }
}

/// A calling or an epithet of the nisba's shape before a given name is no part of the name
/// (`ويقول الفخاري سيد عبد الرازق`, `الخديوي عباس حلمي`): a person of three words or more whose
/// first word (a conjunction or preposition on it allowed) has the article and ends on `ي`, is
/// no listed name itself (`الهادي بن عمر`), and is followed by a listed given name begins at
/// that given name.
fn callings_before_given_names<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let person = kind_label(Kind::Person);
    let n = labels.len();
    for a in 0..n.saturating_sub(2) {
        // (the labels first: this runs at every word)
        if labels[a] != person || labels[a + 1] != person + 1 || labels[a + 2] != person + 1 {
            continue;
        }
        let w = word(a);
        let k = without_conjunction_and_preposition(&w.key);
        if nisba(k)
            && k.ends_with('ي')
            && w.bits & (class::FIRST_NAME | class::PERSON) == 0
            && word(a + 1).bits & class::FIRST_NAME != 0
        {
            labels[a] = 0;
            labels[a + 1] = person;
        }
    }
}

/// A time of the day before a day of the week (`صباح الأحد`, `مساء الجمعة`, `فجر يوم السبت`) is
/// no person, though `صباح` is a given name: a name the model began on it goes.
fn times_of_day_are_no_persons<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    let person = kind_label(Kind::Person);
    for i in 0..labels.len().saturating_sub(1) {
        // (the labels first: this runs at every word)
        if labels[i] != person {
            continue;
        }
        let k = word(i).key.as_str();
        let k = k.strip_prefix('و').unwrap_or(k);
        if matches!(
            k,
            "صباح" | "مساء" | "فجر" | "ظهر" | "عصر" | "ظهيره" | "ليله"
        ) && {
            // (`يوم` before the day too: `فجر يوم السبت`)
            let day = word(i + 1).key.as_str();
            day == "يوم" || WEEKDAYS.contains(&day)
        } {
            let end = span_end(labels, i);
            labels[i..end].fill(0);
        }
    }
}

/// The last words of persons of two words or more, when a nisba with the article (`السقطري` of
/// `خالد عيسى السقطري`), gathered for [`nisba_families_are_persons`].
fn family_names_of_persons<'t>(
    labels: &[u8],
    word: impl Fn(usize) -> &'t WordType,
    families: &mut Vec<&'t str>,
) {
    let person = kind_label(Kind::Person);
    for i in 0..labels.len() {
        if labels[i] != person {
            continue;
        }
        let end = span_end(labels, i);
        let k = word(end - 1).key.as_str();
        if end - i >= 2 && k.starts_with("ال") && k.ends_with('ي') && !families.contains(&k) {
            families.push(k);
        }
    }
}

/// A family name that is a nisba (`السقطري`, of Socotra), standing alone where the model read a
/// place as the subject of a verb of saying, is the person named in full in the same document
/// (`خالد عيسى السقطري … ويقول السقطري`); not a word the lists hold as a place. Elsewhere such a
/// word may be a place named for a person (`حي الشاطبي`) or a land named like a nisba (`دوق
/// النورماندي`, beside `وليام النورماندي`).
fn nisba_families_are_persons<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    families: &[&str],
) {
    let person = kind_label(Kind::Person);
    for i in 1..labels.len() {
        // (the labels first: a place of one word)
        if labels[i] != LOC || inside_at(labels, i + 1) || labels[i - 1] != 0 {
            continue;
        }
        if word(i - 1).bits & class::REPORT_VERB == 0 {
            continue;
        }
        let w = word(i);
        let k = w.key.as_str();
        let k = k.strip_prefix('و').unwrap_or(k);
        if families.contains(&k) && w.bits & class::PLACE == 0 {
            labels[i] = person;
        }
    }
}

/// A company's second word, a loanword the model left unread after the first (`شركة كليك باي
/// الأردنية`, `شركة كابيتال مترو المشغلة`): after `شركة` without the article, a company of one
/// word, then one plain word without the article, pronoun, preposition or a verb's prefix,
/// before an adjective with the article (the company's nationality, or a participle of what it
/// does): the name's second word. Not a word the unlabelled text puts in places (`شركة سامسونغ كوريا`).
fn companies_of_two_words<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    clusters: &model::clusters::Clusters,
) {
    let org = kind_label(Kind::Organization);
    let n = labels.len();
    for i in 1..n.saturating_sub(1) {
        // (the labels first: a company of one word, the word after it unread)
        if labels[i] != org || labels[i + 1] != 0 {
            continue;
        }
        if without_conjunction_and_preposition(&word(i - 1).key) != "شركه" {
            continue;
        }
        let w = word(i + 1);
        let k = w.key.as_str();
        // (the company's nationality, `الأردنية`, or a participle of what it does, `المشغلة`)
        let described = i + 2 < n && {
            let a = word(i + 2).key.as_str();
            nisba(a) || (a.starts_with("الم") && a.ends_with('ه') && a.chars().count() >= 6)
        };
        if described
            && plain_word(w)
            && !k.starts_with("ال")
            && !k.starts_with(['و', 'ت', 'ي', 'ن', 'ا', 'ل'])
            // (`ب` and `ك` before the article only: `باي` is a word of names)
            && !k.starts_with("بال")
            && !k.starts_with("كال")
            && k.chars().count() >= 3
            && normalize::without_pronoun(&w.word).is_none()
            && clusters.seen_as(k, 1) != Some(true)
        {
            labels[i + 1] = org + 1;
        }
    }
}

/// The person named after a title and the body he heads, which the model left unread (`وانتقد
/// رئيس الجامعة المغربية لحقوق المستهلك بوعزة الخراطي أسعار التذاكر`): a given name without the
/// article that the unlabelled text may put in names, then a family name that is a nisba with
/// it, a name's commonest shape in the Maghreb and the Gulf; the object of the verb after such a
/// subject is seldom so shaped (`أسعار التذاكر`). Certain, so that the document pass finds the
/// family name alone.
fn persons_after_titled_bodies<'t>(
    labels: &mut [u8],
    margins: &mut [f32],
    word: impl Fn(usize) -> &'t WordType,
    clusters: &model::clusters::Clusters,
) {
    let (person, org) = (kind_label(Kind::Person), kind_label(Kind::Organization));
    let n = labels.len();
    let mut i = 0;
    while i + 3 < n {
        // (the labels first: an organisation after an unread word)
        if labels[i + 1] != org || labels[i] != 0 || word(i).bits & class::TITLE == 0 {
            i += 1;
            continue;
        }
        let e = span_end(labels, i + 1);
        if e + 1 >= n || labels[e] != 0 || labels[e + 1] != 0 || inside_at(labels, e + 2) {
            i = e;
            continue;
        }
        let (given, family) = (word(e), word(e + 1));
        if person_like(given, clusters)
            && !given.key.starts_with("ال")
            // (names begin on `ب` and `ل` too: `بوعزة`, `بلقاسم`, `لطيفة`)
            && !given.key.starts_with('و')
            && given.key.chars().count() >= 3
            && person_like(family, clusters)
            && nisba(&family.key)
        {
            mark_certain(labels, margins, e..e + 2, person);
        }
        i = e;
    }
}

/// A portfolio's second word, with `و` and the article, that the model read as the first word of
/// the person after it (`وزير النقل واللوجستيك عبد الصمد قيوح`: "and logistics", a loanword it
/// never saw) ends the title: the name begins at the given name after it, and the titles' rules
/// then take the rest of it. Only after a title and the portfolio's first word: elsewhere a
/// name may begin with the letters (`والتر سكوت`), or a laqab with `و` before the name
/// (`والناصر محمد بن قلاوون`).
fn portfolios_joined_before_given_names<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
) {
    let person = kind_label(Kind::Person);
    for i in 2..labels.len().saturating_sub(1) {
        // (the labels first: this runs at every word)
        if labels[i] != person
            || labels[i + 1] != person + 1
            || labels[i - 1] != 0
            || labels[i - 2] != 0
        {
            continue;
        }
        let (w, next) = (word(i), word(i + 1));
        let given = |w: &WordType| {
            w.bits & class::FIRST_NAME != 0 || matches!(w.key.as_str(), "عبد" | "ابو")
        };
        // (a noun with the article after `و`, not a foreign given name's letters: `والتر`)
        if w.key.starts_with("وال")
            && w.key.chars().count() >= 7
            && w.bits & (class::FIRST_NAME | class::LATIN_GIVEN | class::TITLE) == 0
            && given(next)
            && word(i - 1).key.starts_with("ال")
            && word(i - 2).bits & class::TITLE != 0
        {
            labels[i] = 0;
            labels[i + 1] = person;
        }
    }
}

/// `عن عمر ناهز 90 عاما` (at an age of nearly 90), the obituary's phrase: `عمر` there is "age",
/// not the given name, and no name begins with it.
fn ages_are_no_names<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    for i in 1..labels.len().saturating_sub(1) {
        let age = labels[i] % 2 == 1
            && word(i).key == "عمر"
            && word(i - 1).key == "عن"
            && matches!(
                word(i + 1).key.as_str(),
                "ناهز" | "يناهز" | "يقارب" | "قارب" | "يزيد" | "يتجاوز"
            );
        if age {
            let mut j = i + 1;
            while j < labels.len() && labels[j] == labels[i] + 1 {
                labels[j] = 0;
                j += 1;
            }
            labels[i] = 0;
        }
    }
}

/// A place right after `صحيفة`, `جريدة` or `مجلة` is the paper's name, an organisation
/// (`صحيفة الشرق الأوسط`, `جريدة القدس`): ANERcorp marks no place after these nouns, and 30
/// organisations.
fn papers_named_for_places<'t>(labels: &mut [u8], word: impl Fn(usize) -> &'t WordType) {
    for i in 1..labels.len() {
        if labels[i] != LOC {
            continue;
        }
        let k = &word(i - 1).key;
        let k = k.strip_prefix('و').unwrap_or(k);
        let k = k.strip_prefix(['ل', 'ب']).unwrap_or(k);
        if matches!(k, "صحيفه" | "جريده" | "مجله") {
            labels[i] = ORG;
            let mut j = i + 1;
            while j < labels.len() && labels[j] == LOC + 1 {
                labels[j] = ORG + 1;
                j += 1;
            }
        }
    }
}

/// Drops the entities that are one function word (`وعلى`, `بأن`). A longer entity keeps its edges
/// even when they read as function words: أم, ثاني and the ordinals begin or end names too
/// (`أم صلال`, `آل ثاني`).
fn drop_function_words(labels: &mut [u8], stop: impl Fn(usize) -> bool) {
    for i in 0..labels.len() {
        let alone = labels[i] % 2 == 1 && labels.get(i + 1).is_none_or(|&n| n != labels[i] + 1);
        if alone && stop(i) {
            labels[i] = 0;
        }
    }
}

/// Labels gazetteer phrases unless a model entity crosses their boundary. With `run_in`, an
/// organisation the model began at a head right before a listed organisation (`head(i)`), and
/// ended inside it, takes the listed name in whole: the model stopped at a function word of the
/// name (`منظمة أطباء` of `منظمة أطباء بلا حدود`, where `أطباء بلا حدود` is listed). Only after a
/// head: a person's name running into a listed one is more often two mentions read as one
/// (`مسيئا للنبي` + `النبي محمد`). With `long_orgs`, a listed organisation of three words or more
/// that the lists mark as also a common word (`~`: a model feature only, since forcing the lists
/// cost precision on ANERcorp's convention) is labelled like the others.
///
/// Also with `run_in`, a listed name of two words or more holding the model's shorter entities
/// of another kind, and words the model left out, is the name (`قناة السويس`, where the model
/// read `السويس` alone, and as the town's club; `المتوكل على الله`): the longer listed name is the
/// more specific reading. The same span read as another kind keeps the model's kind (`البيت
/// الأبيض`, which ANERcorp marks miscellaneous). An organisation holding a place the model found
/// (`بنك مصر`, `سرايا القدس`) is taken only with `long_orgs`, the modern convention: ANERcorp
/// marks the place alone inside a name it leaves unmarked.
///
/// And an organisation the model began where a name listed as also a common phrase (`~`)
/// begins, and ended inside it, is the listed name when `may_extend(last word, kind)`: the model
/// stopped inside the name (`مجلس قيادة` of `مجلس قيادة الثورة`, `منظمة مراسلون` of `منظمة
/// مراسلون بلا حدود`); the list alone is too weak to mark the name, but says where the name the
/// model found ends. With `long_orgs` a place too (`الكونغو الديمقراطية`, `غويانا الفرنسية`,
/// `أوروبا الشرقية`), which ANERcorp marks without its adjective (`الصين` of `الصين الشعبية`,
/// `النيل` of `النيل الأزرق`, every time).
fn apply_gazetteer(
    labels: &mut [u8],
    codes: &[u8],
    latin: impl Fn(usize) -> bool,
    head: impl Fn(usize) -> bool,
    may_extend: impl Fn(usize, u8) -> bool,
    run_in: bool,
    long_orgs: bool,
) {
    let mut i = 0;
    while i < codes.len() {
        if codes[i] == 0 || codes[i].is_multiple_of(2) {
            i += 1;
            continue;
        }
        let mut j = i + 1;
        while j < codes.len() && codes[j] == codes[i] + 1 {
            j += 1;
        }
        let code = codes[i] & !model::WEAK;
        // no model entity goes on past the phrase's end
        let ends_clean = j == labels.len() || labels[j] % 2 == 1 || labels[j] == 0;
        if codes[i] & model::WEAK != 0 && !(long_orgs && code == ORG && j - i >= 3) {
            if run_in
                && (code == ORG || code == LOC && long_orgs)
                && begins(&labels[i..j], code)
                && ends_clean
                && may_extend(j - 1, code)
            {
                labels[i + 1..j].fill(code + 1);
            }
            i = j;
            continue;
        }
        let starts_clean = labels[i] % 2 == 1 || labels[i] == 0;
        // inside the phrase, the model found nothing or the same kind (then the phrase extends
        // it), or for a phrase in Latin letters, a miscellaneous span: the model learnt from
        // Arabic script, and reads a listed name in Latin letters (`Dell`) as a foreign term
        let misc_ok = (i..j).all(&latin);
        let same_kind = labels[i..j].iter().all(|&l| {
            l == 0
                || l.div_ceil(2) == code.div_ceil(2)
                || (misc_ok && l.div_ceil(2) == MISC.div_ceil(2))
        });
        // or, with `run_in`, shorter entities of other kinds the longer listed name holds
        let holds = run_in
            && j - i >= 2
            && within(&labels[i..j])
            && (long_orgs || code != ORG || !labels[i..j].contains(&LOC));
        if starts_clean && ends_clean && (same_kind || holds) {
            labels[i] = code;
            for l in &mut labels[i + 1..j] {
                *l = code + 1;
            }
        } else if run_in
            && code == ORG
            && labels[i] == ORG + 1
            && i > 0
            && labels[i - 1] == ORG
            && head(i - 1)
            && ends_clean
            && same_kind
        {
            labels[i..j].fill(code + 1);
        }
        i = j;
    }
}

/// A listed name at the end of a longer phrase the lists hold as common (`~`), which hid it: the
/// gazetteer's longest match is the weak `مركز الدراسات الاستراتيجية في الجامعة الأردنية`, so
/// the listed `الجامعة الأردنية` inside it was never forced, and the model missed both. Where the
/// model found nothing in the weak phrase, a listed phrase of its kind that ends it is labelled.
/// `find(k)`: the gazetteer's longest match at word `k`.
fn listed_names_ending_weak_phrases(
    labels: &mut [u8],
    codes: &[u8],
    find: impl Fn(usize) -> Option<crate::analysis::gazetteer::Match>,
) {
    let mut i = 0;
    while i < codes.len() {
        let c = codes[i];
        if c & model::WEAK == 0 || c.is_multiple_of(2) {
            i += 1;
            continue;
        }
        let j = span_end(codes, i);
        let code = c & !model::WEAK;
        if j - i >= 3 && labels[i..j].iter().all(|&l| l == 0) {
            let inner = (i + 1..j - 1).find_map(|k| {
                find(k)
                    .filter(|m| !m.ambiguous && kind_label(m.kind) == code && k + m.words == j)
                    .map(|_| k)
            });
            if let Some(k) = inner {
                labels[k] = code;
                labels[k + 1..j].fill(code + 1);
            }
        }
        i = j;
    }
}

/// A person named right after a listed organisation, which the model read on into (`لشركة بي بي
/// جوردون بيريل` read as one organisation, or as two with the family name apart): where the
/// listed name ends inside the model's and a listed given name follows it, the rest is the person.
fn persons_after_listed_orgs(labels: &mut [u8], codes: &[u8], given: impl Fn(usize) -> bool) {
    for a in 0..labels.len() {
        // (at a listed organisation's start, which few words are, before reading the span)
        if labels[a] != ORG || codes[a] & !model::WEAK != ORG {
            continue;
        }
        let b = span_end(labels, a);
        let p = span_end(codes, a);
        if p >= b || !given(p) {
            continue;
        }
        // a given name and a family name, inside the model's name or the entity right after it
        // (one word after a body is more often its adjective or another name, `الاتحاد
        // الأوروبي الآن`, `إيتا كارينا`)
        let end = if p + 2 <= b {
            b
        } else if labels.get(b).is_some_and(|&x| x % 2 == 1) {
            span_end(labels, b)
        } else {
            continue;
        };
        labels[p] = 1;
        labels[p + 1..end].fill(2);
    }
}

/// A person named right after a body's name, which the model read on into (`المحللة في بنك جيه بي
/// مورغان فاطمة الزهراني`, one organisation): a listed given name at least two words into the
/// organisation, and one or two more words of a name after it that end the span, are the person.
/// The words after the given name must be ones the unlabelled text puts in names. Not after a
/// title or a royal word, where the body is named for the person (`جامعة الملك عبد
/// العزيز`, `مستشفى الدكتور سليمان الحبيب`); nor a given name right after the body's head, which
/// names it (`مسجد محمد علي`, `مؤسسة سلطان بن علي العويس`).
fn persons_run_into_by_bodies<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
    clusters: &model::clusters::Clusters,
) {
    let n = labels.len();
    let mut a = 0;
    while a < n {
        if labels[a] != ORG {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        for p in a + 2..b.saturating_sub(1) {
            let (given, before) = (word(p), word(p - 1));
            let rest = p + 1..b;
            let is_given = given.bits & class::FIRST_NAME != 0
                && given.bits & (class::ORG | class::PLACE | class::TITLE) == 0
                && !given.stop
                // a given name has no article (`جامعة المحيط الهادئ`, the Pacific)
                && !given.key.starts_with("ال")
                && !SPELT_LETTERS.contains(&given.key.as_str())
                && !matches!(given.key.as_str(), "ايه" | "ار" | "اتش");
            let named_for = is_title(before, g)
                || royal(&before.key)
                || matches!(before.key.as_str(), "بن" | "بنت" | "ابو" | "عبد");
            // or a given name no list holds, one the unlabelled text puts in names, right after
            // a body of its head and a listed place (`جامعة بغداد إحسان الشمري`)
            let after_place = p == a + 2
                && before.bits & class::PLACE != 0
                && person_like(given, clusters)
                && given.bits & (class::ORG | class::PLACE | class::TITLE) == 0
                && !given.stop
                && !given.key.starts_with("ال");
            if (is_given || after_place)
                && !named_for
                && rest.len() <= 2
                && rest
                    .clone()
                    .all(|i| person_like(word(i), clusters) && word(i).key.chars().count() >= 3)
                && word(b - 1).key.starts_with("ال")
            {
                labels[p] = kind_label(Kind::Person);
                labels[p + 1..b].fill(kind_label(Kind::Person) + 1);
                break;
            }
        }
        a = b;
    }
}

/// A foreign name right after a body's name that ends on its place or a nisba, which the model
/// read on into (`أستاذ الاقتصاد في جامعة لاغوس أديمولا أديبايو أن`, `الرئيس التنفيذي لشركة النفط
/// الوطنية النيجيرية بايو أوجوليري أن`: one organisation each), where a title within four words
/// before the body asks for a person and `أن`, `إن` or a comma ends the subject right after: the
/// span's last two words are the person when neither has the article (nor a preposition before
/// it), nor is a listed place, body, head or title or a nisba, and the word before them is a
/// listed place, a nisba, what the body is for (`للاستشارات`) or a letter of a name spelt by its
/// letters (`بي بي`), where a body's name ends. A
/// listed given name is the other rule's ([`persons_run_into_by_bodies`]).
fn foreign_persons_after_bodies<'t>(
    labels: &mut [u8],
    word: impl Fn(usize) -> &'t WordType,
    g: &Gazetteer,
) {
    let n = labels.len();
    let person = kind_label(Kind::Person);
    let mut a = 0;
    while a < n {
        if labels[a] != ORG {
            a += 1;
            continue;
        }
        let b = span_end(labels, a);
        let ends_subject = b < n
            && (matches!(word(b).key.as_str(), "ان" | "انه" | "انها")
                || matches!(word(b).word.as_str(), "،" | ","));
        // (the body of one word after its head, which a later rule takes in: `جامعة` + `لاغوس
        // أديمولا أديبايو`)
        let headed = a > 0 && word(a - 1).bits & class::ORG_HEAD != 0;
        if b - a < 3 || b - a == 3 && !headed || !ends_subject {
            a = b;
            continue;
        }
        // (a foreign name may begin on a clitic's letter, `بايو`; not on one before the
        // article, `بالمدينة`)
        let name_word = |w: &WordType| {
            !w.key.starts_with("ال")
                && !clitic_and_article(&w.key)
                && !w.stop
                && !w.letterless
                && !w.latin
                && w.key.chars().count() >= 3
                && w.bits
                    & (class::PLACE
                        | class::ORG
                        | class::ORG_HEAD
                        | class::PLACE_HEAD
                        | class::TITLE)
                    == 0
        };
        // (or what it is for: `مؤسسة وود ماكنزي للاستشارات سايمون فلاورز`, or a letter of a
        // name spelt by its letters: `لشركة بي بي غوردن بيرل`)
        let end_of_body = {
            let w = word(b - 3);
            w.bits & class::PLACE != 0
                || nisba(&w.key)
                || purpose_word(w)
                || SPELT_LETTERS.contains(&w.key.as_str())
        };
        // (a title in construct has no article: `أستاذ الاقتصاد`, listed as `الأستاذ`)
        let titled = (a.saturating_sub(4)..a).any(|j| {
            labels[j] == 0
                && (is_title(word(j), g)
                    || g.word_bits(&format!("ال{}", word(j).key)) & class::TITLE != 0)
        });
        if titled && end_of_body && name_word(word(b - 2)) && name_word(word(b - 1)) {
            labels[b - 2] = person;
            labels[b - 1] = person + 1;
        }
        a = b;
    }
}

/// A word joined by `و` to a place the model found, and listed as a place that is also a common
/// word (`~`), is the next place: `جدة وينبع`, where `ينبع` alone is "springs". ANERcorp marks 14
/// of 16 such words as places. `conj(i)`: word `i` is written with `و`. On the Wikipedia extracts
/// 39 of the 43 words it adds are places (`ومالي`, `وسرت`, `ودوما`); the rest are verbs (`فرنسا
/// وغنت`, "and she sang") and a player.
fn coordinated_listed_places(labels: &mut [u8], codes: &[u8], conj: impl Fn(usize) -> bool) {
    for i in 1..labels.len() {
        let one_word = codes.get(i + 1).is_none_or(|&c| c != codes[i] + 1);
        if labels[i] == 0
            && codes[i] == LOC | model::WEAK
            && one_word
            && labels[i - 1].div_ceil(2) == LOC.div_ceil(2)
            && conj(i)
        {
            labels[i] = LOC;
        }
    }
}

/// Whether a listed place or organisation (`code`) may be taken to its last word, `key`, from the
/// shorter name the model found at its start: not to `السابق` (`الاتحاد السوفياتي السابق`: the
/// place is the union, "former" is said of it), nor an organisation to a nisba adjective (`حزب
/// الله اللبناني`, `الكونغرس الأمريكي`), which ANERcorp and news annotation leave out of the name.
fn extends_listed(key: &str, code: u8) -> bool {
    let former = matches!(normalize::stem(key), "سابق" | "سابقه");
    !former && (code != ORG || !nisba(key))
}

/// Whether labels begin with one entity of kind `code` (its first label) that ends before their
/// end, and hold nothing after it.
fn begins(labels: &[u8], code: u8) -> bool {
    if labels.first() != Some(&code) {
        return false;
    }
    let end = span_end(labels, 0);
    end < labels.len() && labels[end..].iter().all(|&l| l == 0)
}

/// Whether labels hold an entity and words outside any, every entity wholly inside them (the
/// caller checks the edges).
fn within(labels: &[u8]) -> bool {
    labels.contains(&0) && labels.iter().any(|&l| l != 0)
}

/// Scratch space of [`document_pass`], kept by the [`Tagger`] from one document to the next.
#[derive(Default)]
struct DocPassScratch {
    /// Per word type: 0 not looked at yet in this document, 1 starts no known phrase, k + 2 the
    /// readings `cands[k]` that start one. Reset after each document (only where it was set).
    start_of: Vec<u32>,
    touched: Vec<u32>,
}

/// A set of words that may answer "yes" wrongly but never "no" wrongly, and answers without
/// hashing the word: a bit per (length, last four bytes), folded into 2^16 bits.
struct Sketch {
    bits: Vec<u64>,
}

impl Default for Sketch {
    fn default() -> Self {
        Sketch {
            bits: vec![0; 1 << 10],
        }
    }
}

impl Sketch {
    #[inline]
    fn bit(w: &str) -> usize {
        let b = w.as_bytes();
        let mut tail = [0u8; 4];
        let n = b.len().min(4);
        tail[4 - n..].copy_from_slice(&b[b.len() - n..]);
        let x = u32::from_le_bytes(tail) ^ (b.len() as u32).wrapping_mul(0x9E37_79B9);
        (x.wrapping_mul(0x85EB_CA6B) >> 16) as usize
    }

    fn add(&mut self, w: &str) {
        let i = Sketch::bit(w);
        self.bits[i / 64] |= 1 << (i % 64);
    }

    #[inline]
    fn may_hold(&self, w: &str) -> bool {
        let i = Sketch::bit(w);
        self.bits[i / 64] & (1 << (i % 64)) != 0
    }
}

/// What the document pass reads of a document (flat over its tokens).
struct DocView<'a> {
    gazetteer: &'a Gazetteer,
    /// What the model's reading of unlabelled text found of each word.
    clusters: &'a model::clusters::Clusters,
    types: &'a [WordType],
    tids: &'a [u32],
    bounds: &'a [usize],
    margins: &'a [f32],
    gaz: &'a [u8],
}

fn document_pass(doc: DocView, labels: &mut [u8], opts: Options, scratch: &mut DocPassScratch) {
    let DocView {
        gazetteer: g,
        clusters,
        types,
        tids,
        bounds,
        margins,
        gaz,
    } = doc;
    let sentences = bounds.windows(2).map(|w| w[0]..w[1]);
    // phrase (word keys joined by spaces, first word without clitics) → votes per class
    let mut votes: FastMap<String, [u32; 4]> = FastMap::default();
    // surname → whether a listed full name ends with it
    let mut surnames: FastMap<String, bool> = FastMap::default();
    let mut nisba_surnames: Vec<CompactString> = Vec::new();
    // family names that are common words or given names (`أمين` of `رولا أمين`), found again
    // only as the subject of a verb of saying
    let mut common_surnames: Vec<CompactString> = Vec::new();
    let mut phrase = String::new();
    let mut rbuf = String::new();
    // the distinct readings of a word, one after another in `readings`, ending at `reading_ends`
    let mut readings = String::new();
    let mut reading_ends: Vec<usize> = Vec::new();
    for r in sentences.clone() {
        let (tids, labels, margins, gaz) = (
            &tids[r.clone()],
            &labels[r.clone()],
            &margins[r.clone()],
            &gaz[r],
        );
        for (a, b, c) in span_iter(labels) {
            let from_gaz = gaz[a] % 2 == 1 && gaz[a] & model::WEAK == 0;
            let margin = margins[a..b].iter().copied().fold(f32::INFINITY, f32::min);
            if !(from_gaz || margin >= opts.confident_margin) || types[tids[a] as usize].stop {
                continue;
            }
            // one word that the model, reading 10M words of unlabelled text, (nearly) never put
            // in a name of this kind is a common word it mistook here (`المشتري`, the planet, read
            // as a person): found again at every mention, the mistake would spread through the
            // article (a listed name of the kind is one whatever its spelling shares with other
            // words: `علي` with `على`)
            let listed = [
                class::PERSON | class::FIRST_NAME,
                class::PLACE,
                class::ORG | class::ORG_NAME,
                0,
            ][c];
            let key = &types[tids[a] as usize].key;
            if b - a == 1
                && !from_gaz
                && types[tids[a] as usize].bits & listed == 0
                && clusters.seen_as(key, c) == Some(false)
            {
                continue;
            }
            let rest = &tids[a + 1..b];
            // the first word under each reading that drops only a conjunction or preposition
            readings.clear();
            reading_ends.clear();
            for_each_proclitic_reading(&types[tids[a] as usize].key, &mut rbuf, |st| {
                let mut from = 0;
                for &end in &reading_ends {
                    if &readings[from..end] == st {
                        return;
                    }
                    from = end;
                }
                readings.push_str(st);
                reading_ends.push(readings.len());
            });
            let mut from = 0;
            for &end in &reading_ends {
                phrase.clear();
                phrase.push_str(&readings[from..end]);
                from = end;
                for &t in rest {
                    phrase.push(' ');
                    phrase.push_str(&types[t as usize].key);
                }
                match votes.get_mut(phrase.as_str()) {
                    Some(v) => v[c] += 1,
                    None => {
                        let mut v = [0; 4];
                        v[c] = 1;
                        votes.insert(phrase.clone(), v);
                    }
                }
            }
            // a family name of two words (`ولد الطالب`, `بن حسين`, `أبو عرب`) stands for the
            // person alone, as one word does
            if c == 0 && b - a >= 3 {
                let (link, last) = (&types[tids[b - 2] as usize], &types[tids[b - 1] as usize]);
                if matches!(link.key.as_str(), "ولد" | "بن" | "ابن" | "ابو" | "ابي")
                    && !last.stop
                    && !last.letterless
                    && last.bits & (class::TITLE | class::PLACE | class::ORG) == 0
                {
                    phrase.clear();
                    phrase.push_str(&link.key);
                    phrase.push(' ');
                    phrase.push_str(&last.key);
                    match votes.get_mut(phrase.as_str()) {
                        Some(v) => v[0] += 1,
                        None => {
                            votes.insert(phrase.clone(), [1, 0, 0, 0]);
                        }
                    }
                }
            }
            if c == 0 && b - a >= 2 {
                let (before, last_word) =
                    (&types[tids[b - 2] as usize], &types[tids[b - 1] as usize]);
                // a family name that is a nisba (`محمد شياع السوداني`): alone, mostly the
                // adjective (`الجيش السوداني`), so it is found again only where no noun stands
                // before it
                if nisba(&last_word.key)
                    // (`أبو الحسن العامري`; not `ابن العربي`, a name of its own)
                    && !name_link(&before.key)
                    && last_word.bits
                        & (class::TITLE | class::PLACE | class::ORG | class::FIRST_NAME)
                        == 0
                    && !nisba_surnames.contains(&last_word.key)
                    // the name of someone with a listed given name, not a prophet's (`زكريا
                    // النبي`)
                    && types[tids[a] as usize].bits & class::FIRST_NAME != 0
                    && last_word.key != "النبي"
                {
                    nisba_surnames.push(last_word.key.clone());
                }
                let last = &last_word.key;
                let bits = g.word_bits(last);
                // a surname with the article is more often a nisba or an adjective after the
                // name (`المصري`), unless the lists know the whole name, which is then read alone
                // as the person (`عبد الفتاح البرهان` → `البرهان`)
                let with_article = last.starts_with("ال");
                let listed = from_gaz && with_article && surname_with_article(&before.key, last);
                let name_word = last.chars().count() >= 3
                    && !last_word.stop
                    && bits & (class::TITLE | class::PLACE | class::ORG) == 0;
                if name_word
                    && !with_article
                    && (bits & class::FIRST_NAME != 0 || clusters.seen_as(last, 0) == Some(false))
                    && !common_surnames.contains(last)
                {
                    common_surnames.push(last.clone());
                }
                if name_word && bits & class::FIRST_NAME == 0 && (!with_article || listed) {
                    let seen = surnames.entry(last.to_string()).or_default();
                    *seen |= listed;
                }
            }
        }
    }
    if votes.is_empty() {
        return;
    }
    let mut phrases: FastMap<String, u8> = FastMap::default();
    phrases.reserve(votes.len() + surnames.len());
    // first word of a known phrase → the most words of a phrase it starts
    let mut firsts: FastMap<String, usize> = FastMap::default();
    for (p, v) in votes {
        let (c, _) = v
            .iter()
            .enumerate()
            .max_by_key(|(_, n)| **n)
            .unwrap_or((0, &0));
        let words = p.split(' ').count();
        if let Some(f) = p.split(' ').next() {
            match firsts.get_mut(f) {
                Some(m) => *m = (*m).max(words),
                None => {
                    firsts.insert(f.to_owned(), words);
                }
            }
        }
        phrases.insert(p, 2 * c as u8 + 1);
    }
    // the surnames of listed names, read as the person alone even where the model was sure it
    // was a foreign or common term (`البرهان` heading the article, read as MISC)
    let mut listed_surnames: Vec<String> = Vec::new();
    let place_or_org = |l: u8| l == kind_label(Kind::Place) || l == kind_label(Kind::Organization);
    for (s, listed) in surnames {
        // (a listed name's surname even when the word is mostly a common one: `البرهان`; unless
        // the model was sure the word is a place or an organisation here: `لورانس العرب` and
        // the Arabs)
        if listed && !phrases.get(&s).is_some_and(|&l| place_or_org(l)) {
            firsts.entry(s.clone()).or_insert(1);
            phrases.insert(s.clone(), kind_label(Kind::Person));
            listed_surnames.push(s);
            continue;
        }
        if clusters.seen_as(&s, 0) == Some(false) {
            continue;
        }
        if let std::collections::hash_map::Entry::Vacant(e) = phrases.entry(s) {
            firsts.entry(e.key().clone()).or_insert(1);
            e.insert(1);
        }
    }
    let mut first_sketch = Sketch::default();
    for f in firsts.keys() {
        first_sketch.add(f);
    }
    // an entity the model was not sure of takes the kind its phrase has in the rest of the document
    for r in sentences.clone() {
        let (tids, labels, margins) = (&tids[r.clone()], &mut labels[r.clone()], &margins[r]);
        let mut i = 0;
        loop {
            let Some((a, b, c)) = span_iter(&labels[i..]).next() else {
                break;
            };
            let (a, b) = (a + i, b + i);
            i = b;
            let margin = margins[a..b].iter().copied().fold(f32::INFINITY, f32::min);
            if margin >= opts.confident_margin
                && !(b - a == 1
                    && labels[a] == kind_label(Kind::Misc)
                    && listed_surnames
                        .iter()
                        .any(|s| s == types[tids[a] as usize].key.as_str()))
            {
                continue;
            }
            phrase.clear();
            phrase.push_str(&types[tids[a] as usize].key);
            for &t in &tids[a + 1..b] {
                phrase.push(' ');
                phrase.push_str(&types[t as usize].key);
            }
            if let Some(&lab) = phrases.get(&phrase)
                && lab != 2 * c as u8 + 1
            {
                labels[a] = lab;
                for x in &mut labels[a + 1..b] {
                    *x = lab + 1;
                }
            }
        }
    }
    // other mentions of known phrases, the first word read with clitics; which word types can
    // start a known phrase is worked out once per type of this document
    let start_of = &mut scratch.start_of;
    if start_of.len() < types.len() {
        start_of.resize(types.len(), 0);
    }
    let touched = &mut scratch.touched;
    let mut cands: Vec<Vec<(String, usize)>> = Vec::new();
    for r in sentences {
        let (tids, l) = (&tids[r.clone()], &mut labels[r]);
        let mut i = 0;
        while i < tids.len() {
            // an entity already found here may grow into a longer known phrase of its kind
            // (توفيق → توفيق الحكيم when the full name is known from elsewhere in the article)
            let own = if l[i] % 2 == 1 {
                let mut e = i + 1;
                while e < l.len() && l[e] == l[i] + 1 {
                    e += 1;
                }
                e - i
            } else {
                0
            };
            if l[i] != 0 && own == 0 {
                i += 1;
                continue;
            }
            let t = tids[i] as usize;
            if start_of[t] == 0 {
                let mut v: Vec<(String, usize)> = Vec::new();
                for_each_proclitic_reading(&types[t].key, &mut rbuf, |st| {
                    if first_sketch.may_hold(st)
                        && let Some(&m) = firsts.get(st)
                        && !v.iter().any(|x| x.0 == st)
                    {
                        v.push((st.to_owned(), m));
                    }
                });
                touched.push(t as u32);
                start_of[t] = if v.is_empty() {
                    1
                } else {
                    cands.push(v);
                    cands.len() as u32 + 1
                };
            }
            if start_of[t] == 1 {
                i += own.max(1);
                continue;
            }
            // a link of names or a listed given name outside any entity may also grow into a
            // known person's name that holds, whole, the person right after it (`ولد خالد`, the
            // family name of two words, where the model read the given name `خالد` alone); not
            // any word, nor into places and bodies: a phrase the model got wrong once elsewhere
            // (`أنصار القذافي` read as a person, `مونديال ألمانيا` as a place) would spread
            let name_start = || {
                let w = &types[tids[i] as usize];
                name_link(&w.key)
                    || w.bits & (class::FIRST_NAME | class::LATIN_GIVEN) != 0
                        && w.bits & (class::TITLE | class::PLACE | class::ORG) == 0
            };
            let next_end = if own == 0 && l.get(i + 1).is_some_and(|&x| x == 1) && name_start() {
                span_end(l, i + 1)
            } else {
                i + 1
            };
            // a known body's or place's name may take back its last word from a person's name
            // of three words or more that the model began on it (`الشريكة في ومضة كابيتال ريم
            // الدجاني`, the fund found whole elsewhere in the article)
            let person_head = |j: usize| own == 0 && l[j] == 1 && span_end(l, j) - j >= 3;
            // whether a known name of `n` words from `i` ends on such a person's first word
            let takes_head = |n: usize| n > 1 && i + n > next_end && person_head(i + n - 1);
            let mut best: Option<(usize, u8)> = None;
            for (c, max_words) in &cands[start_of[t] as usize - 2] {
                phrase.clear();
                phrase.push_str(c);
                for n in 1..=*max_words {
                    if n > 1 {
                        match tids.get(i + n - 1) {
                            Some(&t)
                                if n <= own
                                    || l[i + n - 1] == 0
                                    || i + n <= next_end
                                    || person_head(i + n - 1) =>
                            {
                                phrase.push(' ');
                                phrase.push_str(&types[t as usize].key);
                            }
                            _ => break,
                        }
                    }
                    let takes_head = takes_head(n);
                    if let Some(&lab) = phrases.get(&phrase)
                        && n > own
                        && (own == 0 || lab == l[i])
                        && (n == 1 || next_end == i + 1 || i + n >= next_end && lab == 1)
                        && (!takes_head
                            || lab == kind_label(Kind::Place)
                            || lab == kind_label(Kind::Organization))
                        && best.is_none_or(|(m, _)| m < n)
                    {
                        best = Some((n, lab));
                    }
                    if takes_head {
                        break;
                    }
                }
            }
            if best.is_none() && own > 0 {
                i += own;
                continue;
            }
            match best {
                Some((n, lab)) => {
                    let took_head = takes_head(n);
                    l[i] = lab;
                    for x in &mut l[i + 1..i + n] {
                        *x = lab + 1;
                    }
                    if took_head {
                        // the rest of the person's name
                        l[i + n] = 1;
                    }
                    i += n;
                }
                None => i += 1,
            }
        }
    }
    for &t in touched.iter() {
        start_of[t as usize] = 0;
    }
    touched.clear();
    if opts.name_edges && !nisba_surnames.is_empty() {
        nisba_surnames_alone(types, tids, bounds, labels, &nisba_surnames);
    }
    if opts.name_edges && !common_surnames.is_empty() {
        common_surnames_as_speakers(types, tids, bounds, labels, &common_surnames);
    }
}

/// A person's family name that is a common word (`أمين` of `رولا أمين`, trusty; `شرفة`,
/// balcony), found alone only as the subject of a verb of saying that the words said follow:
/// right after the verb, and right before `إن`, `أن`, a colon or comma, or `في`, `خلال`, `أمام`,
/// `إلى` (`وقالت أمين إن …`, `وأوضح شرفة في مؤتمر صحفي أن …`, `وأشار تاجر إلى أن`). Elsewhere the word is the common one;
/// and a noun after the verb followed by its own complement is no name (`قالت محافظة إربد`).
fn common_surnames_as_speakers(
    types: &[WordType],
    tids: &[u32],
    bounds: &[usize],
    labels: &mut [u8],
    surnames: &[CompactString],
) {
    for r in bounds.windows(2).map(|w| w[0]..w[1]) {
        for i in r.start + 1..r.end.saturating_sub(1) {
            // (the verb before first: few words follow one)
            let before = &types[tids[i - 1] as usize];
            let key = &types[tids[i] as usize].key;
            if labels[i] != 0 || before.bits & class::REPORT_VERB == 0 || !surnames.contains(key) {
                continue;
            }
            let after = &types[tids[i + 1] as usize];
            // (not a verb that is also a given name, `طالب علي` in a list of names; not a
            // preposition with its pronoun, `كتب فيه:`)
            let said = labels[i - 1] == 0
                && before.bits & class::FIRST_NAME == 0
                && !types[tids[i] as usize].stop
                && normalize::without_pronoun(key).is_none_or(|k| k.chars().count() >= 3);
            let words_follow = labels[i + 1] == 0
                && (matches!(after.key.as_str(), ":" | "،" | ",")
                    || matches!(
                        after.key.as_str(),
                        "ان" | "انه" | "انها" | "في" | "خلال" | "امام" | "الي"
                    ));
            if said && words_follow {
                labels[i] = 1;
            }
        }
    }
}

/// A person's family name that is a nisba (`السوداني` of `محمد شياع السوداني`) found alone where
/// it cannot be an adjective: first in its sentence, or after a verb of saying, `أن`, `لكن` or
/// `كان` (`لكن السوداني يواجه`, `وقال السوداني`, `وكان السوداني قد`), never after a noun it
/// could describe (`الجيش السوداني`) nor a preposition (`على الصابئي`, the Sabian), and with no
/// entity next to it.
fn nisba_surnames_alone(
    types: &[WordType],
    tids: &[u32],
    bounds: &[usize],
    labels: &mut [u8],
    surnames: &[CompactString],
) {
    for r in bounds.windows(2).map(|w| w[0]..w[1]) {
        for i in r.clone() {
            // the shape first: most words are no nisba
            let key = &types[tids[i] as usize].key;
            if labels[i] != 0 || !nisba(key) || !surnames.contains(key) {
                continue;
            }
            let free_after = i + 1 >= r.end || labels[i + 1] == 0;
            let opens = i == r.start || {
                let p = &types[tids[i - 1] as usize];
                // a verb opening its clause, with no article (`من جهتها، عبرت العلي عن
                // سعادتها`): a noun the nisba could describe would have it
                let clause_verb = (i - 1 == r.start || {
                    let before = &types[tids[i - 2] as usize].key;
                    matches!(before.as_str(), "،" | ",")
                }) && !p.key.starts_with("ال")
                    && !p.key.starts_with("وال")
                    && !p.stop
                    && !p.letterless
                    && p.bits & (class::TITLE | class::ORG_HEAD | class::PLACE_HEAD) == 0;
                labels[i - 1] == 0
                    && (p.bits & class::REPORT_VERB != 0
                        || clause_verb
                        || matches!(
                            p.key.as_str(),
                            "ان" | "وان" | "فان" | "بان" | "لان" | "لكن" | "ولكن" | "بينما"
                        )
                        // `كان` opens a clause whose subject it is (`وكان العمري قد نشر`):
                        // no noun stands before it for an adjective
                        || matches!(
                            p.key.as_str(),
                            "كان" | "وكان" | "فكان" | "كانت" | "وكانت"
                        ))
            };
            if free_after && opens {
                labels[i] = 1;
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::analysis::model::spans;

    fn tag(s: &str) -> Vec<(String, Kind)> {
        tag_with(s, Options::default())
    }

    /// Asserts that the whole pipeline, with `opts`, finds each `(sentence, name)`'s name as an
    /// entity of `kind`.
    fn finds_each(cases: &[(&str, &str)], kind: Kind, opts: Options) {
        for &(s, name) in cases {
            let t = tag_with(s, opts);
            assert!(t.contains(&(name.into(), kind)), "{s}: {t:?}");
        }
    }

    /// Asserts that the whole pipeline finds no entity holding each `(sentence, word)`'s word.
    fn finds_none(cases: &[(&str, &str)]) {
        for &(s, word) in cases {
            let t = tag(s);
            assert!(!t.iter().any(|(w, _)| w.contains(word)), "{s}: {t:?}");
        }
    }

    /// The entities (word range, class) the whole pipeline finds in one sentence, its words
    /// split at spaces.
    fn sentence_spans(s: &str) -> Vec<(usize, usize, usize)> {
        let words: Vec<&str> = s.split(' ').collect();
        spans(&tag_document(builtin_model(), &[words], Options::default())[0])
    }

    /// The labels of a document given as lines, one sentence each, words apart by spaces.
    fn document_labels(doc: &[&str]) -> Vec<Vec<u8>> {
        let sents: Vec<Vec<&str>> = doc.iter().map(|s| s.split(' ').collect()).collect();
        tag_document(builtin_model(), &sents, Options::default())
    }

    #[test]
    fn what_a_word_is_tagged_never_depends_on_the_cache() {
        let m = builtin_model();
        let doc =
            "وقال الرئيس الفرنسي إيمانويل ماكرون في باريس إن شركة توتال ستعمل مع الأمم المتحدة";
        let words: Vec<&str> = doc.split(' ').collect();
        let bounds = [0, words.len()];
        let mut fresh = Tagger::new(m);
        let expected = fresh.tag(&words, &bounds, Options::default()).to_vec();
        assert!(expected.iter().any(|&l| l != 0));
        // documents of made-up words fill the cache past its bound twice, with the words of the
        // sentence among them, so some are kept when it thins and some forgotten
        let mut t = Tagger::new(m);
        let mut thinned = 0;
        let letters: Vec<char> = "بتثجحخدذرزسشصضطظعغفقكلمنهوي".chars().collect();
        for round in 0..2 * MAX_TYPES / 500 + 2 {
            let made: Vec<String> = (0..500)
                .map(|i| {
                    let n = round * 500 + i;
                    let l = letters.len();
                    [n % l, n / l % l, n / (l * l) % l, 7]
                        .iter()
                        .map(|&j| letters[j])
                        .collect()
                })
                .collect();
            let mut doc: Vec<&str> = made.iter().map(String::as_str).collect();
            doc.extend(&words[..round % words.len()]);
            let n = doc.len();
            t.tag(&doc, &[0, n], Options::default());
            let filled = t.types.len();
            assert!(filled <= MAX_TYPES + 500 + words.len());
            assert_eq!(t.tag(&words, &bounds, Options::default()), &expected[..]);
            thinned += usize::from(t.types.len() < filled);
        }
        assert!(thinned >= 2, "the cache was thinned {thinned} times");
    }

    /// [`tag`] with other options.
    fn tag_with(s: &str, opts: Options) -> Vec<(String, Kind)> {
        let words: Vec<&str> = s.split(' ').collect();
        let labels = tag_document(builtin_model(), std::slice::from_ref(&words), opts);
        spans(&labels[0])
            .into_iter()
            .map(|(a, b, c)| (words[a..b].join(" "), class_kind(c)))
            .collect()
    }

    #[test]
    fn the_shipped_model_carries_its_encyclopedia_titles() {
        let m = builtin_model();
        assert!(m.titles.len() > 1000, "{} titles", m.titles.len());
    }

    #[test]
    fn gazetteer_fills_in_and_extends() {
        let t = tag("زار الوفد والإمارات العربية المتحدة ثم بسورية");
        assert!(
            t.contains(&("والإمارات العربية المتحدة".into(), Kind::Place)),
            "{t:?}"
        );
        assert!(t.contains(&("بسورية".into(), Kind::Place)), "{t:?}");
    }

    #[test]
    fn a_document_longer_than_the_window_is_tagged_in_pieces() {
        let m = Model::empty();
        let s1: Vec<&str> = "التقى الرئيس أشرف غني بالوفد".split(' ').collect();
        let s2: Vec<&str> = "ثم غادر غني القصر".split(' ').collect();
        let filler: Vec<&str> = "وكان الطقس باردا".split(' ').collect();
        let doc = [s1.clone(), filler.clone(), s2.clone(), filler.clone()];
        let whole = tag_document(&m, &doc, Options::default());
        assert_eq!(
            whole[2],
            vec![0, 0, 1, 0],
            "one piece: the surname is found"
        );
        let narrow = Options {
            doc_window: 2,
            ..Options::default()
        };
        let pieces = tag_document(&m, &doc, narrow);
        assert_eq!(pieces[0], whole[0]);
        assert_eq!(
            pieces[2],
            vec![0, 0, 0, 0],
            "the full name is in the other piece"
        );
        // each piece is tagged as a document of its own
        let first = tag_document(&m, &doc[..2], Options::default());
        let second = tag_document(&m, &doc[2..], Options::default());
        assert_eq!(pieces, [first, second].concat());
        // what the tagger knows of each word stays readable for the whole document
        let mut t = Tagger::new(&m);
        let words: Vec<&str> = doc.iter().flatten().copied().collect();
        let bounds = [0, 5, 8, 12, 15];
        t.tag(&words, &bounds, narrow);
        let alone = {
            let mut u = Tagger::new(&m);
            u.tag(&words[..5], &[0, 5], Options::default());
            (0..5).map(|i| u.word_bits(i)).collect::<Vec<_>>()
        };
        assert_eq!((0..5).map(|i| t.word_bits(i)).collect::<Vec<_>>(), alone);
        assert_ne!(t.word_bits(1), 0, "الرئيس is a listed title");
    }

    #[test]
    fn a_family_after_a_name_is_part_of_it() {
        // where `حمد` alone is a person elsewhere in the article, the model stops before `آل`
        let doc = [
            "وأعلن مستشفى حمد العام في الدوحة نجاح أول عملية زراعة قلب يجريها فريق طبي قطري .",
            "وأعلنت مؤسسة قطر عن منح دراسية لطلاب من فلسطين و السودان ، في إطار برنامج تشرف عليه \
             الشيخة هند بنت حمد آل ثاني .",
        ];
        let sentences: Vec<Vec<&str>> =
            doc.iter().map(|s| s.split_whitespace().collect()).collect();
        let names = |opts: Options| persons_in(&sentences, 1, opts);
        let without = names(Options {
            name_edges: false,
            ..Options::default()
        });
        // (the model trained on the marked news sets may take the family in by itself)
        assert!(without[0].starts_with("هند بنت حمد"), "{without:?}");
        assert_eq!(names(Options::default()), ["هند بنت حمد آل ثاني"]);
        // the family is also a word ("caliph"): the model takes `آل` in and stops after it
        let doc =
            ["وقال وزير المالية الشيخ سلمان بن خليفة آل خليفة أمام النواب إن الزيادة ضرورية ."];
        let sentences: Vec<Vec<&str>> =
            doc.iter().map(|s| s.split_whitespace().collect()).collect();
        let names = |opts: Options| persons_in(&sentences, 0, opts);
        let without = names(Options {
            name_edges: false,
            ..Options::default()
        });
        assert!(without[0].starts_with("سلمان بن خليفة آل"), "{without:?}");
        assert_eq!(names(Options::default()), ["سلمان بن خليفة آل خليفة"]);
    }

    #[test]
    fn a_surname_that_folds_into_an_adjective_stays() {
        // `الدؤلي` (the grammarian's nisba) and `الدولي` share a key
        let words = ["أبو", "الأسود", "الدؤلي", "و", "فهد", "الدولي"];
        let types: Vec<WordType> = words.iter().map(|w| word_type(w)).collect();
        assert_eq!(types[2].key, types[5].key);
        let p = kind_label(Kind::Person);
        let mut labels = [p, p + 1, p + 1, 0, p, p + 1];
        cut_institution_adjectives(&mut labels, &words, |i| &types[i]);
        assert_eq!(labels, [p, p + 1, p + 1, 0, p, 0]);
    }

    #[test]
    fn the_adjective_of_a_place_named_after_a_person_is_no_part_of_the_name() {
        let s = "ووصل الوفد إلى مطار الملك عبدالعزيز الدولي في جدة قادما من القاهرة";
        let cut = Options::default();
        let kept = Options {
            name_edges: false,
            ..cut
        };
        // the model alone reads the adjective into the name
        assert!(
            tag_with(s, kept).contains(&("عبدالعزيز الدولي".to_owned(), Kind::Person)),
            "{:?}",
            tag_with(s, kept)
        );
        // (the airport's name, of miscellaneous kind as ANERcorp marks it, ends before it)
        let got = tag_with(s, cut);
        assert!(
            got.contains(&("الملك عبدالعزيز".to_owned(), Kind::Misc)),
            "{got:?}"
        );
        assert!(!got.iter().any(|(t, _)| t.ends_with("الدولي")), "{got:?}");
    }

    #[test]
    fn document_pass_finds_a_family_name_of_two_words() {
        let doc: Vec<Vec<&str>> = [
            "ويرى الخبير الاقتصادي محمد ولد الطالب أن العائدات قليلة .",
            "وقال ولد الطالب إن التجارب لا تدعو إلى التفاؤل .",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let l = tag_document(builtin_model(), &doc, Options::default());
        assert_eq!(spans(&l[0]), [(3, 6, 0)]);
        assert_eq!(spans(&l[1]), [(1, 3, 0)]);
    }

    #[test]
    fn document_pass_gives_a_known_body_back_the_word_a_persons_name_began_on() {
        let doc: Vec<Vec<&str>> = [
            "عمان - أعلنت شركة دفعة الأردنية الناشئة للتقنيات المالية ، الإثنين ، أنها جمعت 12 \
             مليون دولار في جولة تمويل قادها صندوق ومضة كابيتال بمشاركة البنك العربي .",
            "من جهتها ، قالت الشريكة في ومضة كابيتال ريم الدجاني إن سوق المدفوعات الرقمية في \
             الخليج ينمو بأكثر من عشرين في المئة سنويا .",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let l = tag_document(builtin_model(), &doc, Options::default());
        let org = 2;
        assert!(spans(&l[0]).contains(&(22, 24, org)), "{:?}", spans(&l[0]));
        assert_eq!(spans(&l[1])[..2], [(6, 8, org), (8, 10, 0)]);
    }

    #[test]
    fn document_pass_finds_a_nisba_surname_where_no_noun_stands_before_it() {
        let doc: Vec<Vec<&str>> = [
            "وكان رئيس الوزراء محمد شياع السوداني قد وعد بحل دائم ، لكن السوداني يواجه ضغوطا .",
            "وقال الجيش السوداني إن القصف استهدف مخازن .",
            "وقال السوداني إن الحكومة ستدفع الرواتب .",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let l = tag_document(builtin_model(), &doc, Options::default());
        assert_eq!(spans(&l[0]), [(3, 6, 0), (12, 13, 0)]);
        assert_eq!(spans(&l[1]), []);
        assert_eq!(spans(&l[2]), [(1, 2, 0)]);
        // after a verb that opens its clause, though not one of saying; not after a noun with
        // the article there
        let doc: Vec<Vec<&str>> = [
            "فازت الروائية السورية ريم العلي بالجائزة العالمية للرواية العربية .",
            "من جهتها ، عبرت العلي عن سعادتها .",
            "من جهته ، الفريق العلي استعد للمباراة .",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let l = tag_document(builtin_model(), &doc, Options::default());
        assert_eq!(spans(&l[0])[0], (3, 5, 0));
        assert_eq!(spans(&l[1]), [(4, 5, 0)]);
        assert!(!spans(&l[2]).contains(&(4, 5, 0)), "{:?}", spans(&l[2]));
        // after `كان`, which opens a clause whose subject it is
        let doc: Vec<Vec<&str>> = [
            "قضت المحكمة بحبس المدرس معاذ العمري ثلاثة أشهر .",
            "وكان العمري ، وهو من بلدة كفر يوبا ، قد نشر مقطعا مصورا .",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let l = tag_document(builtin_model(), &doc, Options::default());
        assert_eq!(spans(&l[1])[0], (1, 2, 0), "{:?}", spans(&l[1]));
    }

    #[test]
    fn document_pass_finds_surname_and_other_mentions() {
        // no model: the gazetteer's full name is the confident entity; غني alone is not listed
        let m = Model::empty();
        let s1: Vec<&str> = "التقى الرئيس أشرف غني بالوفد".split(' ').collect();
        let s2: Vec<&str> = "ثم غادر غني القصر".split(' ').collect();
        let l = tag_document(&m, &[s1, s2.clone()], Options::default());
        assert_eq!(l[0], vec![0, 0, 1, 2, 0]);
        assert_eq!(l[1], vec![0, 0, 1, 0]);
        let off = Options {
            document_pass: false,
            ..Options::default()
        };
        let l = tag_document(&m, &[s2], off);
        assert_eq!(l[0], vec![0, 0, 0, 0]);
    }

    #[test]
    fn a_listed_persons_surname_with_the_article_is_the_person_alone() {
        let m = Model::empty();
        let s1: Vec<&str> = "قال الفريق عبد الفتاح البرهان إن".split(' ').collect();
        let s2: Vec<&str> = "وتعهد البرهان بمواصلة القتال".split(' ').collect();
        let l = tag_document(&m, &[s1.clone(), s2], Options::default());
        assert_eq!(l[1], vec![0, 1, 0, 0], "{l:?}");
        // where the model was sure of another kind (a headline `البرهان: …` read as MISC)
        let words = ["البرهان", ":", "كلام", "قال", "عبد", "الفتاح", "البرهان"];
        let labels = vec![7, 0, 0, 0, 1, 2, 2];
        let margins = [9.0; 7];
        let gaz = vec![0, 0, 0, 0, 1, 2, 2];
        let cl = model::clusters::Clusters::default();
        let l = run_document_pass_with(&words, labels, &margins, &cl, &gaz);
        assert_eq!(l[0], 1, "{l:?}");
        // a nisba after a listed name stays an adjective, and the second half of a compound
        // name or an ordinal is no surname
        for (name, alone) in [
            ("سمير الرفاعي", "الرفاعي"),
            ("عمر بن الخطاب", "الخطاب"),
            ("حسن نصر الله", "الله"),
            ("محمد السادس", "السادس"),
        ] {
            let s1 = format!("قال {name} إن");
            let s2 = format!("وفي {alone} كثير");
            let s1: Vec<&str> = s1.split(' ').collect();
            let s2: Vec<&str> = s2.split(' ').collect();
            let l = tag_document(&m, &[s1, s2], Options::default());
            assert_eq!(l[1][1], 0, "{name}: {l:?}");
        }
    }

    /// The document pass over two sentences of words (the first three, then the rest), given
    /// the model's labels and margins.
    fn run_document_pass(
        words: &[&str],
        labels: Vec<u8>,
        margins: &[f32],
        clusters: &model::clusters::Clusters,
    ) -> Vec<u8> {
        run_document_pass_with(words, labels, margins, clusters, &vec![0; words.len()])
    }

    /// [`run_document_pass`] given the gazetteer codes of the words.
    fn run_document_pass_with(
        words: &[&str],
        mut labels: Vec<u8>,
        margins: &[f32],
        clusters: &model::clusters::Clusters,
        gaz: &[u8],
    ) -> Vec<u8> {
        let types: Vec<WordType> = words.iter().map(|w| word_type(w)).collect();
        let tids: Vec<u32> = (0..words.len() as u32).collect();
        let doc = DocView {
            gazetteer: Gazetteer::get(),
            clusters,
            types: &types,
            tids: &tids,
            bounds: &[0, 3, words.len()],
            margins,
            gaz,
        };
        document_pass(
            doc,
            &mut labels,
            Options::default(),
            &mut DocPassScratch::default(),
        );
        labels
    }

    #[test]
    fn document_pass_grows_a_given_name_into_a_known_family_name_of_two_words() {
        // sentence 1: the full name, confident; sentence 2: the model read the given name alone
        // inside the family name `ولد خالد`
        let labels = run_document_pass(
            &["محمد", "ولد", "خالد", "وقال", "ولد", "خالد", "إن"],
            vec![1, 2, 2, 0, 0, 1, 0],
            &[9.0, 9.0, 9.0, 0.0, 0.0, 1.0, 0.0],
            &model::clusters::Clusters::default(),
        );
        assert_eq!(labels, vec![1, 2, 2, 0, 1, 2, 0]);
        // a common word before a person does not grow into a phrase the model got wrong once
        let labels = run_document_pass(
            &["أنصار", "القذافي", "هنا", "وقال", "أنصار", "القذافي", "إن"],
            vec![1, 2, 0, 0, 0, 1, 0],
            &[9.0, 9.0, 0.0, 0.0, 0.0, 1.0, 0.0],
            &model::clusters::Clusters::default(),
        );
        assert_eq!(labels[4..], [0, 1, 0]);
    }

    #[test]
    fn document_pass_grows_a_first_name_into_the_full_name() {
        // sentence 1: the full name, confident; sentence 2: the model stopped after the given name
        let labels = run_document_pass(
            &["قال", "توفيق", "الحكيم", "ثم", "كتب", "توفيق", "الحكيم"],
            vec![0, 1, 2, 0, 0, 1, 0],
            &[0.0, 9.0, 9.0, 0.0, 0.0, 1.0, 0.0],
            &model::clusters::Clusters::default(),
        );
        assert_eq!(labels, vec![0, 1, 2, 0, 0, 1, 2]);
    }

    #[test]
    fn a_common_word_mistaken_once_is_not_carried_through_the_document() {
        // unlabelled text where كمان is a common word, never read inside a name
        let mut corpus = model::clusters::Corpus::new();
        for _ in 0..6 {
            corpus.add_text("عزف الموسيقي على الكمان في الحفل");
            corpus.add_text("اشترى كمان جديدا من السوق");
        }
        let cl = corpus.learn(&model::clusters::ClusterOptions {
            levels: [2, 0, 0],
            min_count: 3,
            context: 20,
            dims: 8,
            ..model::clusters::ClusterOptions::default()
        });
        assert_eq!(cl.seen_as(&normalize::key("كمان"), 0), Some(false));
        let words = ["عزف", "كمان", "أمس", "ثم", "اشترى", "كمان", "جديدا"];
        // sentence 1: the model read كمان as a person, confidently
        let run = |clusters: &model::clusters::Clusters| {
            run_document_pass(
                &words,
                vec![0, 1, 0, 0, 0, 0, 0],
                &[0.0, 9.0, 0.0, 0.0, 0.0, 0.0, 0.0],
                clusters,
            )
        };
        // knowing nothing of the word, the pass finds it again; knowing it, it does not
        assert_eq!(
            run(&model::clusters::Clusters::default()),
            vec![0, 1, 0, 0, 0, 1, 0]
        );
        assert_eq!(run(&cl), vec![0, 1, 0, 0, 0, 0, 0]);
    }

    /// Labels after a rule that reads words by their types (`typed`: [`word_type`] or
    /// [`listed_word_type`]) ran on `labels`.
    fn after_rule(
        words: &[&str],
        labels: &[u8],
        typed: fn(&str) -> WordType,
        rule: impl Fn(&mut [u8], &[WordType]),
    ) -> Vec<u8> {
        let types: Vec<WordType> = words.iter().map(|w| typed(w)).collect();
        let mut l = labels.to_vec();
        rule(&mut l, &types);
        l
    }

    #[test]
    fn the_rule_reads_a_given_name_said_of_a_pronoun() {
        let p = kind_label(Kind::Person);
        let rule = |l: &mut [u8], t: &[WordType]| senses::predicates(l, |i| &t[i]);
        let words = ["وقال", "التمياط", "بأنه", "سعيد", "لأن", "الدوسري"];
        let got = after_rule(&words, &[0, p, 0, p, 0, p], word_type, rule);
        assert_eq!(got, [0, p, 0, 0, 0, p]);
        // a name of two words after it stays one
        let words = ["وقالت", "الصحيفة", "إنه", "سعيد", "الحسيني"];
        let got = after_rule(&words, &[0, 0, 0, p, p + 1], word_type, rule);
        assert_eq!(got, [0, 0, 0, p, p + 1]);
    }

    #[test]
    fn a_persons_name_begins_and_ends_on_a_name() {
        let p = kind_label(Kind::Person);
        let rule = |l: &mut [u8], t: &[WordType]| persons_end_on_a_name(l, |i| &t[i]);
        for (words, labels, want) in [
            (
                &["وقال", "الوزير", "محمد", "أيضا", "إن"][..],
                &[0, 0, p, p + 1, 0][..],
                &[0, 0, p, 0, 0][..],
            ),
            (&["وقال", "لأن", "الدوسري"], &[0, p, p + 1], &[0, 0, p]),
            (&["وقالت", "أم", "أحمد"], &[0, p, p + 1], &[0, p, p + 1]),
            (&["يضيف", "ضاحكا", ":"], &[0, p, 0], &[0, 0, 0]),
            (
                &["الممثل", "جون", "وين", "ولد", "باسم", "ماريون"],
                &[0, p, p + 1, p + 1, p + 1, 0],
                &[0, p, p + 1, 0, 0, 0],
            ),
            // a time of day before the day it was cut from is no name at all
            (
                &["الوزراء", "صباح", "اليوم", "إن"],
                &[0, p, p + 1, 0],
                &[0, 0, 0, 0],
            ),
            (
                &["المتحدثة", "الرسمية", "باسم", "جاكسون"],
                &[0, 0, p, p + 1],
                &[0, 0, 0, p],
            ),
            // an ordinal ends a sovereign's name; `باسم` may begin a name elsewhere
            (
                &["الملك", "تحتمس", "الثالث"],
                &[0, p, p + 1],
                &[0, p, p + 1],
            ),
            (&["وقال", "باسم", "يوسف"], &[0, p, p + 1], &[0, p, p + 1]),
        ] {
            assert_eq!(
                after_rule(words, labels, listed_word_type_stop, rule),
                want,
                "{words:?}"
            );
        }
    }

    #[test]
    fn a_body_found_ending_on_its_purpose_goes_on_over_it() {
        let o = kind_label(Kind::Organization);
        let rule =
            |l: &mut [u8], t: &[WordType]| found_purposes_go_on(l, |i| &t[i], Gazetteer::get());
        for (words, labels, want) in [
            (
                &[
                    "مركز",
                    "الملك",
                    "سلمان",
                    "للإغاثة",
                    "والأعمال",
                    "الإنسانية",
                    "قافلة",
                ][..],
                &[o, o + 1, o + 1, o + 1, 0, 0, 0][..],
                &[o, o + 1, o + 1, o + 1, o + 1, o + 1, 0][..],
            ),
            (
                &["الجمعية", "المغربية", "لحماية", "المال", "العام", "بفتح"],
                &[o, o + 1, o + 1, o + 1, 0, 0],
                &[o, o + 1, o + 1, o + 1, o + 1, 0],
            ),
            // the object of its verb, a year, another body's head, a place: not the name
            (
                &["الهيئة", "العليا", "للانتخابات", "النتائج"],
                &[o, o + 1, o + 1, 0],
                &[o, o + 1, o + 1, 0],
            ),
            (
                &["الجمعية", "لحماية", "المال", "العام", "الماضي"],
                &[o, o + 1, o + 1, 0, 0],
                &[o, o + 1, o + 1, 0, 0],
            ),
            (
                &["جهاز", "قطر", "للاستثمار", "النادي", "الباريسي"],
                &[o, o + 1, o + 1, 0, 0],
                &[o, o + 1, o + 1, 0, 0],
            ),
            (
                &["بجيش", "لبنان", "الجنوبي", "الموالي"],
                &[o, o + 1, o + 1, 0],
                &[o, o + 1, o + 1, 0],
            ),
        ] {
            assert_eq!(
                after_rule(words, labels, listed_word_type_stop, rule),
                want,
                "{words:?}"
            );
        }
    }

    #[test]
    fn an_outlets_clubs_or_groups_noun_stays_outside_and_a_banks_inside() {
        let o = kind_label(Kind::Organization);
        let rule =
            |l: &mut [u8], t: &[WordType]| outlets_and_clubs_leave_their_noun_out(l, |i| &t[i]);
        for (words, labels, want) in [
            // (ANERcorp keeps `منظمة` inside)
            (
                &["قالت", "منظمة", "هيومن", "رايتس"][..],
                &[0, o, o + 1, o + 1][..],
                &[0, o, o + 1, o + 1][..],
            ),
            (
                &["لقناة", "أون", "تي", "في"],
                &[o, o + 1, o + 1, o + 1],
                &[0, o, o + 1, o + 1],
            ),
            (
                &["ومجموعة", "بن", "لادن"],
                &[o, o + 1, o + 1],
                &[0, o, o + 1],
            ),
            // a name with the article is the noun's: `منظمة الصحة العالمية`
            (
                &["منظمة", "الصحة", "العالمية"],
                &[o, o + 1, o + 1],
                &[o, o + 1, o + 1],
            ),
            (
                &["في", "بنك", "جيه", "بي"],
                &[0, 0, o, o + 1],
                &[0, o, o + 1, o + 1],
            ),
        ] {
            assert_eq!(
                after_rule(words, labels, word_type, rule),
                want,
                "{words:?}"
            );
        }
    }

    /// [`listed_word_type`] with its function-word flag.
    fn listed_word_type_stop(w: &str) -> WordType {
        let mut t = listed_word_type(w);
        t.stop = Gazetteer::get().is_stopword(w);
        t
    }

    /// A word as the rules after the model see it, with its key and its gazetteer classes.
    fn listed_word_type(w: &str) -> WordType {
        let mut t = word_type(w);
        t.bits = Gazetteer::get().bits_any_reading(&t.key);
        t
    }

    /// A word as the rules after the model see it, with nothing but its key.
    fn word_type(w: &str) -> WordType {
        WordType {
            word: w.into(),
            key: normalize::key(w).into(),
            block: 0,
            bits: 0,
            stem: 0,
            gaz_start: false,
            stop: false,
            letterless: false,
            preposition: false,
            lil: false,
            latin: false,
            title_first: 0,
            title_word: 0,
            gaz_alone: None,
            hits: 0,
            currency: false,
        }
    }

    /// The persons found in sentence `s` of a document tagged with `opts`.
    fn persons_in(sentences: &[Vec<&str>], s: usize, opts: Options) -> Vec<String> {
        let labels = tag_document(builtin_model(), sentences, opts);
        spans(&labels[s])
            .into_iter()
            .filter(|x| x.2 == 0)
            .map(|(a, b, _)| sentences[s][a..b].join(" "))
            .collect()
    }

    #[test]
    fn two_people_or_places_joined_by_and_are_two_names() {
        let t = tag("وشارك في الندوة محمود محمود وعمرو الصفتي من جامعة القاهرة");
        assert!(!t.iter().any(|(s, _)| s.contains("محمود محمود و")), "{t:?}");
        // a given name that begins with و stays whole
        let t = tag("وقال وليد جنبلاط إن الحزب سيشارك");
        assert!(t.contains(&("وليد جنبلاط".into(), Kind::Person)), "{t:?}");
        // the rule on labels the model gave: one name becomes two, at the given name only
        let words = ["محمود", "محمود", "وعمرو", "الصفتي", "ووزير"];
        let types: Vec<WordType> = words.iter().map(|w| word_type(w)).collect();
        let p = kind_label(Kind::Person);
        let mut labels = [p, p + 1, p + 1, p + 1, p + 1];
        split_coordinated(&mut labels, Gazetteer::get(), |i| &types[i]);
        assert_eq!(labels, [p, p + 1, p, p + 1, p + 1]);
        // and the one spoken to after `ل`, but not a given name that begins so, nor after `ب`
        let words = ["خالد", "سالم", "لسمير", "حداد", "برامز", "لطفي", "بشار"];
        let types: Vec<WordType> = words.iter().map(|w| word_type(w)).collect();
        let mut labels = [p, p + 1, p + 1, p + 1, p + 1, p + 1, p + 1];
        split_coordinated(&mut labels, Gazetteer::get(), |i| &types[i]);
        assert_eq!(labels, [p, p + 1, p, p + 1, p + 1, p + 1, p + 1]);
        // (not after a given name alone, which may begin one foreign name)
        let words = ["سارة", "لسمير"];
        let types: Vec<WordType> = words.iter().map(|w| word_type(w)).collect();
        let mut labels = [p, p + 1];
        split_coordinated(&mut labels, Gazetteer::get(), |i| &types[i]);
        assert_eq!(labels, [p, p + 1]);
        // two places, but not a place whose name holds و
        let words = ["إنجلترا", "والبرتغال", "البوسنة", "والهرسك", "وهران"];
        let types: Vec<WordType> = words.iter().map(|w| word_type(w)).collect();
        let c = kind_label(Kind::Place);
        let mut labels = [c, c + 1, c, c + 1, c];
        split_coordinated(&mut labels, Gazetteer::get(), |i| &types[i]);
        assert_eq!(labels, [c, c, c, c + 1, c]);
    }

    #[test]
    fn an_inclusive_head_takes_the_name_after_it() {
        let words = [
            "وقالت",
            "منظمة",
            "الأمم",
            "المتحدة",
            "إن",
            "شركة",
            "أرامكو",
            "بجامعة",
            "قطر",
            "مجلس",
            "أبي",
            "تنظيم",
            "ألمانيا",
        ];
        let types: Vec<WordType> = words.iter().map(|w| word_type(w)).collect();
        let (o, c) = (kind_label(Kind::Organization), kind_label(Kind::Place));
        let p = kind_label(Kind::Person);
        let mut labels = [0, 0, o, o + 1, 0, 0, o, 0, c, 0, p, 0, c];
        heads_take_the_name(&mut labels, |i| &types[i]);
        // منظمة joins the organisation, بجامعة the place (now one organisation); شركة stays out,
        // as ANERcorp leaves it; a council takes no person, the verbal noun no place
        assert_eq!(labels, [0, o, o + 1, o + 1, 0, 0, o, o, o + 1, 0, p, 0, c]);
        // an agency of news takes its head, another agency not
        let words = [
            "عن",
            "وكالة",
            "تونس",
            "إفريقيا",
            "للأنباء",
            "ووكالة",
            "فرانس",
            "برس",
        ];
        let types: Vec<WordType> = words.iter().map(|w| word_type(w)).collect();
        let mut labels = [0, 0, o, o + 1, o + 1, 0, o, o + 1];
        heads_take_the_name(&mut labels, |i| &types[i]);
        assert_eq!(labels, [0, o, o + 1, o + 1, o + 1, 0, o, o + 1]);
        let t = tag("وقالت منظمة الأمم المتحدة إن المساعدات وصلت");
        assert!(
            t.contains(&("منظمة الأمم المتحدة".into(), Kind::Organization)),
            "{t:?}"
        );
    }

    #[test]
    fn ministries_and_parliaments_are_organisations() {
        let with = Options {
            institutions: true,
            ..Options::default()
        };
        let tag = |s: &str| tag_with(s, with);
        for (sentence, body) in [
            (
                "وأعلنت وزارة الصحة الفلسطينية اليوم أن عدد الجرحى ارتفع",
                "وزارة الصحة الفلسطينية",
            ),
            (
                "وقدم الطلب لوزارة التربية والتعليم في الأسبوع الماضي",
                "لوزارة التربية والتعليم",
            ),
            (
                "وصوت مجلس النواب العراقي على القانون",
                "مجلس النواب العراقي",
            ),
            // two bodies are two
            ("طلب مجلس الشيوخ والكونغرس من الحكومة", "مجلس الشيوخ"),
            // the day after the ministry is not part of its name
            ("قالت وزارة الداخلية الخميس إن", "وزارة الداخلية"),
            // ل + ال written لل
            ("وقدم الوزير تقريره للمجلس التشريعي أمس", "للمجلس التشريعي"),
        ] {
            let t = tag(sentence);
            assert!(t.contains(&(body.into(), Kind::Organization)), "{t:?}");
        }
        // a company's board is no institution
        let t = tag("واجتمع مجلس الإدارة أمس");
        assert!(t.is_empty(), "{t:?}");
        // ANERcorp's convention, the default
        let t = tag_with("وأعلنت وزارة الصحة أن", Options::default());
        assert!(t.is_empty(), "{t:?}");
    }

    #[test]
    fn an_unknown_name_after_a_title_is_a_person() {
        // neither name is listed, and the model alone reads يزن as a verb (weighs)
        let t = tag("وقال اللاعب يزن النعيمات إن الفريق جاهز");
        assert!(t.contains(&("يزن النعيمات".into(), Kind::Person)), "{t:?}");
        // after the title's standing too (former, late, of the opposition)
        let t = tag("وكان الهداف هو اللاعب اللبناني السابق عدنان الشرقي في مرمى منتخب الكويت");
        assert!(t.contains(&("عدنان الشرقي".into(), Kind::Person)), "{t:?}");
        // a feminine title
        let t = tag("وقالت المحامية جويدة الدهماني إن المحكمة رفضت الطلب");
        assert!(
            t.contains(&("جويدة الدهماني".into(), Kind::Person)),
            "{t:?}"
        );
        let t = tag("فازت الكاتبة العمانية جوخة الحارثي بالجائزة");
        assert!(t.contains(&("جوخة الحارثي".into(), Kind::Person)), "{t:?}");
        // a feminine title with a preposition on it
        let t = tag("فاز الفيلم للمخرجة الفلسطينية ريم الشامي بالجائزة");
        assert!(t.contains(&("ريم الشامي".into(), Kind::Person)), "{t:?}");
        // a nisba family name after a listed given name, which the unlabelled text mostly reads
        // as an adjective
        let t = tag("وقال الرئيس قحطان الشعبي إن الأمر انتهى");
        assert!(t.contains(&("قحطان الشعبي".into(), Kind::Person)), "{t:?}");
        // but no adjective of a field after a royal title (a centre named for her)
        let t = tag("ومركز الأميرة نورة الاجتماعي ومركز الحنطي");
        assert!(!t.iter().any(|(w, _)| w.contains("الاجتماعي")), "{t:?}");
        // found once after a title, the name is found where no title stands before it
        let a: Vec<&str> = "وقال اللاعب يزن النعيمات إن الفريق جاهز"
            .split(' ')
            .collect();
        let b: Vec<&str> = "وأضاف يزن النعيمات أن المباراة صعبة".split(' ').collect();
        let labels = tag_document(builtin_model(), &[a, b], Options::default());
        assert_eq!(spans(&labels[1]), vec![(1, 3, 0)], "{labels:?}");
        // a title's complement is no name
        for s in [
            "وقال المتحدث باسم الجيش إن القصف توقف",
            "وقال اللاعب طلب الرحيل بعد المباراة",
        ] {
            let t = tag(s);
            assert!(!t.iter().any(|(_, k)| *k == Kind::Person), "{s}: {t:?}");
        }
    }

    #[test]
    fn a_foreign_name_or_a_listed_given_name_after_a_title_is_a_person() {
        // (a nisba after the title is a portfolio to the rule of portfolios, which finds these
        // names too) (`الممثل هيث ليدجر` is found no more: the model trained on the marked news
        // sets reads the unlabelled text's `هيث` as no name, and the given name is unlisted)
        let off = Options {
            titled_names: false,
            portfolio_names: false,
            ..Options::default()
        };
        // (the model trained on the marked news sets may read it by itself, `off`)
        let s = "وتربط الباحثة الإنجليزية ايليس ديفيدسون التفاح بالخلود";
        let t = tag(s);
        assert!(
            t.contains(&("ايليس ديفيدسون".into(), Kind::Person)),
            "{s}: {t:?}"
        );
        // a listed given name that is also a common word (`نهى`: forbade)
        let s = "وقد أشارت الدكتورة نهى عدلي إلى أن المرض انتشر";
        let by_model = tag_with(s, off);
        assert!(
            !by_model.iter().any(|(t, _)| t == "نهى عدلي"),
            "{by_model:?}"
        );
        assert!(tag(s).contains(&("نهى عدلي".into(), Kind::Person)), "{s}");
        // not `ك` + a given name (`كانا`: they were, not ك + آنا)
        let t = tag("لأن الملك والملكة كانا يتجنبا أي احتكاك بينهما");
        assert!(!t.iter().any(|(w, _)| w.starts_with("كانا")), "{t:?}");
        // not a verb or a noun on a preposition after the title's words
        finds_none(&[
            ("وكان الفريق يرمي الكرة بأعجوبة نحو المرمى", "بأعجوبة"),
            ("وقال المؤرخ نجا بأعجوبة من الحصار", "بأعجوبة"),
        ]);
    }

    #[test]
    fn a_name_after_a_title_and_its_portfolio_is_a_person() {
        finds_each(
            &[
                (
                    "وقال وزير الدولة لشؤون الشباب نبيل العكرماوي إن البرنامج سيبدأ",
                    "نبيل العكرماوي",
                ),
                (
                    "وأكد مدير مكتب الصحة في المحافظة خالد الشدادي أن الأدوية وصلت",
                    "خالد الشدادي",
                ),
                (
                    "وقالت وزيرة التضامن الاجتماعي نبيلة الزغيدي إن الدعم مستمر",
                    "نبيلة الزغيدي",
                ),
                // `العام` after a title is "general", not the year
                (
                    "وقال المحامي إن المدعي العام وليد عيتاني أمر بإحالته إلى التحقيق",
                    "وليد عيتاني",
                ),
            ],
            Kind::Person,
            Options::default(),
        );
        // an expert's field after `في`, before a verb (`اعتبر`) rather than after one
        let s = "لكن الخبير في التخطيط العمراني حمدي عرفة اعتبر أن تكلفة المشروع مرتفعة جدا";
        let t = tag(s);
        assert!(t.contains(&("حمدي عرفة".into(), Kind::Person)), "{t:?}");
        // a foreign name no list holds, whose given name the key writes with the article
        let s = "بدأ وفد إثيوبي برئاسة وزير النقل أليمو سيمي ، الأحد ، محادثات في جيبوتي";
        let t = tag(s);
        assert!(t.contains(&("أليمو سيمي".into(), Kind::Person)), "{t:?}");
        // but no noun and its adjective in the dual
        let t = tag("وأجرى وزير الخارجية اتصالين هاتفيين مع نظيريه");
        assert!(!t.iter().any(|(_, k)| *k == Kind::Person), "{t:?}");
        // a portfolio followed by no given name stays as it is
        let t = tag("وقال وزير الدولة لشؤون الشباب إن البرنامج سيبدأ");
        assert!(!t.iter().any(|(_, k)| *k == Kind::Person), "{t:?}");
        // a sentence may end on the portfolio
        let t = tag("وقال وزير الدولة للشؤون الخارجية");
        assert!(!t.iter().any(|(_, k)| *k == Kind::Person), "{t:?}");
        // nor a given name that is also a time of day, before a day
        let t = tag("وزار وزير الثقافة العراقي الشارع صباح الجمعة وتجول بين المكتبات");
        assert!(!t.iter().any(|(_, k)| *k == Kind::Person), "{t:?}");
        // nor does a spokesman's `باسم` (on behalf of) become a given name
        let t = tag("وقالت المتحدثة الرسمية باسم جاكسون إن الحفل ألغي");
        assert!(!t.iter().any(|(w, _)| w.contains("باسم")), "{t:?}");
    }

    #[test]
    fn an_agency_is_named_by_its_field_and_an_adjective_in_the_modern_convention() {
        let modern = Options {
            institutions: true,
            ..Options::default()
        };
        finds_each(
            &[
                (
                    "وقالت وكالة الفضاء الإيطالية إن الإطلاق تأجل",
                    "وكالة الفضاء الإيطالية",
                ),
                (
                    "وأكدت وكالة الاستخبارات الدفاعية أن التقرير دقيق",
                    "وكالة الاستخبارات الدفاعية",
                ),
                (
                    "وذكرت وكالة الانباء البلغارية أن الوزير وصل",
                    "وكالة الانباء البلغارية",
                ),
            ],
            Kind::Organization,
            modern,
        );
        // but not its field alone, nor with an adjective that describes it
        for s in [
            "وقالت وكالة الأنباء إن الاجتماع انتهى",
            "وذكرت وكالة الأنباء الرسمية أن الوزير وصل",
        ] {
            let t = tag_with(s, modern);
            assert!(!t.iter().any(|(w, _)| w.starts_with("وكالة")), "{s}: {t:?}");
        }
    }

    #[test]
    fn a_stadium_or_an_airport_named_after_a_king_is_no_person() {
        let modern = Options {
            institutions: true,
            ..Options::default()
        };
        let s = "وتقام المباراة على ملعب الحسن الثاني في بنسليمان";
        let t = tag(s);
        assert!(t.contains(&("الحسن الثاني".into(), Kind::Misc)), "{t:?}");
        let t = tag_with(s, modern);
        assert!(t.contains(&("الحسن الثاني".into(), Kind::Place)), "{t:?}");
        let t = tag_with("ووصل الوفد إلى مطار محمد الخامس الدولي أمس", modern);
        assert!(t.contains(&("محمد الخامس".into(), Kind::Place)), "{t:?}");
        // the king himself is still a person
        let t = tag("وقال الملك محمد السادس إن البلاد مستعدة");
        assert!(t.contains(&("محمد السادس".into(), Kind::Person)), "{t:?}");
    }

    #[test]
    fn a_listed_name_ending_a_longer_common_phrase_is_still_found() {
        let s = "ويرى الباحث في مركز الدراسات الاستراتيجية في الجامعة الأردنية طارق الحمود أن المجلس الجديد سيختبر قانون الانتخاب";
        let t = tag(s);
        assert!(
            t.contains(&("الجامعة الأردنية".into(), Kind::Organization)),
            "{t:?}"
        );
    }

    #[test]
    fn a_bank_named_for_its_country_is_an_organisation() {
        finds_each(
            &[
                (
                    "وما زال مصرف لبنان يفرض سقوفا شهرية على السحوبات",
                    "مصرف لبنان",
                ),
                (
                    "وقدم البنك الدولي قرضا لمصرف سوريا المركزي الشهر الماضي",
                    "لمصرف سوريا المركزي",
                ),
                (
                    "ورفع مصرف ليبيا المركزي سعر الصرف الرسمي هذا الشهر",
                    "مصرف ليبيا المركزي",
                ),
                (
                    "وقالت الشركة إنها اقترضت المبلغ من بنك مصر في أبريل",
                    "بنك مصر",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
        // but not a bank whose longer name goes on after `و`, nor a bank in a country
        for (s, name) in [
            ("وافتتح بنك سوريا ولبنان فرعا جديدا في حلب", "بنك سوريا"),
            (
                "وأودع التاجر المال في مصرف بالكويت الشهر الماضي",
                "مصرف بالكويت",
            ),
        ] {
            let t = tag(s);
            assert!(
                !t.contains(&(name.into(), Kind::Organization)),
                "{s}: {t:?}"
            );
        }
    }

    #[test]
    fn a_body_named_after_a_person_is_one_organisation() {
        finds_each(
            &[
                (
                    "وقالت الوزيرة إن صندوق محمد السادس للاستثمار سيساهم في تمويلها",
                    "صندوق محمد السادس للاستثمار",
                ),
                (
                    "وأرسل مركز الملك سلمان للإغاثة والأعمال الإنسانية قافلة جديدة إلى اليمن",
                    "مركز الملك سلمان للإغاثة والأعمال الإنسانية",
                ),
                (
                    "وفاز الشاعر بجائزة مؤسسة سلطان بن علي العويس الثقافية هذا العام",
                    "مؤسسة سلطان بن علي العويس الثقافية",
                ),
                (
                    "ونقل المصاب إلى مستشفى الملك فيصل التخصصي في الرياض",
                    "مستشفى الملك فيصل التخصصي",
                ),
                (
                    "وتخرج من جامعة الملك عبد الله للعلوم والتقنية عام 2015",
                    "جامعة الملك عبد الله للعلوم والتقنية",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
        // but not what someone went there to do, nor a purpose after a body of another kind
        finds_none(&[
            (
                "وانتقل الطبيب لجامعة حمد بن خليفة للتدرب على العملية",
                "للتدرب",
            ),
            (
                "وحصل على قرض من صندوق النقد الدولي للبلدان الفقيرة",
                "للبلدان",
            ),
        ]);
    }

    #[test]
    fn a_family_name_that_is_a_common_word_ends_the_subject() {
        finds_each(
            &[
                (
                    "وقال الرئيس التنفيذي لشركة سابك عبد الرحمن الفقيه إن الشركة ستخفض إنتاجها",
                    "عبد الرحمن الفقيه",
                ),
                (
                    "وقال وزير الفلاحة يوسف شرفة خلال زيارة إلى ولاية سطيف إن المحصول وفير",
                    "يوسف شرفة",
                ),
                (
                    "أعلن وزير التربية والتعليم الأردني عزمي محافظة ، الأربعاء ، نتائج الامتحان",
                    "عزمي محافظة",
                ),
                // a verb that is no verb of saying: the day between commas ends the subject
                (
                    "رفض وزير التربية والتعليم الأردني عزمي محافظة ، الاثنين ، مطالب المعلمين",
                    "عزمي محافظة",
                ),
            ],
            Kind::Person,
            Options::default(),
        );
        // but not what a verb that takes an object did to it, nor an adverb of time or himself
        finds_none(&[
            ("دعا الرئيس بوتو الجيش إلى التدخل", "الجيش"),
            ("وصف رئيس الوزراء باترسون الوضع بأنه خطير", "الوضع"),
            ("وقال الوزير محمد مساء الأحد إن العمل بدأ", "مساء"),
            ("وقال الوزير محمد نفسه إن العمل بدأ", "نفسه"),
            ("ولكن الأمير فيصل عارض ذلك", "عارض"),
            ("وودع الأمير فيصل والده ، السبت ، في المطار", "والده"),
        ]);
    }

    #[test]
    fn an_unknown_name_ending_a_titled_subject_is_a_person() {
        finds_each(
            &[
                (
                    "وقال المدير العام للآثار نظير عوض إن الموقع سيفتح قريبا",
                    "نظير عوض",
                ),
                (
                    "بينما قال النائب المعارض مهلهل المضف إن تعليق الدستور سابقة خطيرة",
                    "مهلهل المضف",
                ),
            ],
            Kind::Person,
            Options::default(),
        );
        // not an object, an adjective, a time, a noun with its pronoun or a verb
        finds_none(&[
            ("وأعلن الرئيس حالة طوارئ ، وقال إن الهجوم فشل", "حالة"),
            ("وقال مسؤول أمني رفيع إن الهجوم فشل", "أمني"),
            ("وقال رئيس الوزراء صباح اليوم إن الهجوم فشل", "صباح"),
            ("وأبلغ الرئيس نظيره الفرنسي أن الهجوم فشل", "نظيره"),
            ("وأضافت السيدة آمال تقول : إن الهجوم فشل", "تقول"),
        ]);
    }

    #[test]
    fn reconstruction_is_no_company() {
        // `إعمار` names a company in Dubai, and is the noun of rebuilding (`أعمار`, ages, shares
        // its key): listed as also a common word, it is only a feature of the model
        finds_none(&[
            (
                "في إطار خطة لإعادة إعمار ولاية هاتاي التي دمرها الزلزال",
                "عمار",
            ),
            ("ويبلغ متوسط أعمار السكان 22 عاما", "عمار"),
        ]);
    }

    #[test]
    fn adjectives_of_two_peoples_are_no_person() {
        let g = Gazetteer::get();
        let person = kind_label(Kind::Person);
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, listed_word_type, |l, t| {
                peoples_in_a_row(l, |i| &t[i], g);
            })
        };
        assert_eq!(
            run(&["لتحالف", "فرنسي", "كوري", "بعد"], &[0, 0, person, 0]),
            [0, 0, 0, 0]
        );
        // a family name after a given name stays
        assert_eq!(
            run(
                &["العالمة", "ماري", "كوري", "في"],
                &[0, person, person + 1, 0]
            ),
            [0, person, person + 1, 0]
        );
    }

    #[test]
    fn a_company_before_its_country_adjective_is_named() {
        finds_each(
            &[
                (
                    "وفازت بالعقد شركة سوجيا المغربية مع مجموعة أكسيونا الإسبانية",
                    "أكسيونا",
                ),
                (
                    "وقعت الشركة عقدين أحدهما مع شركة سينوبك الصينية والآخر مع مجموعة يونيبر الألمانية ، على أن تبدأ الشحنات من المدينة الصناعية",
                    "يونيبر",
                ),
                (
                    "وهي من الشركات التابعة لمجموعة شركات ريتشمونت السويسرية",
                    "ريتشمونت",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
        // a common noun agrees with an adjective without the article; a family's companies
        finds_none(&[
            ("وأسست شركة نفط كويتية جديدة في البصرة", "نفط"),
            ("وهو عضو مجلس إدارة مجموعة شركات المغربي منذ سنوات", "شركات"),
        ]);
    }

    /// The rules after the model look ahead of the word they stand on: a sentence cut after any
    /// word, or started at any word, must not take them past its end.
    #[test]
    fn the_rules_survive_a_sentence_cut_anywhere() {
        let opts = Options {
            institutions: true,
            ..Options::default()
        };
        for s in [
            "وقال وزير الدولة لشؤون الشباب نبيل العكرماوي إن البرنامج سيبدأ",
            "وقال وزير الدولة للشؤون الخارجية الإماراتي خالد الشدادي إن الوفد وصل",
            "وقال اللاعب يزن النعيمات إن الفريق جاهز",
            "وشارك محمود محمود وعمرو الصفتي من جامعة القاهرة ووزارة الصحة الفلسطينية",
            "استقبل الرئيس Emmanuel Macron وفد منظمة الأمم المتحدة وشركة Sony",
            "زار المتحدث باسم الجيش مجلس النواب العراقي ومحافظ البصرة أسعد العيداني",
            "تراجع الريال أمام الدولار ودفع 500 ريال وارتفع سعر الليرة التركية",
            "وقالت الحكومة السعودية إن الشيخة هند بنت حمد آل ثاني وصلت مطار الملك عبدالعزيز الدولي",
        ] {
            let words: Vec<&str> = s.split(' ').collect();
            for a in 0..words.len() {
                for b in a + 1..=words.len() {
                    let cut = &words[a..b];
                    let labels = tag_document(builtin_model(), &[cut.to_vec()], opts);
                    assert_eq!(labels[0].len(), cut.len());
                }
            }
        }
    }

    #[test]
    fn names_in_latin_letters() {
        let t = tag("وقالت الباحثة السويدية Ingrid Holmberg من جامعة أوبسالا إن Holmberg تعمل");
        assert!(
            t.contains(&("Ingrid Holmberg".into(), Kind::Person)),
            "{t:?}"
        );
        assert!(t.contains(&("Holmberg".into(), Kind::Person)), "{t:?}");
        // capitalised words that do not start with a given name stay as they are
        let t = tag("تحت شعار Every Drop Counts في تونس");
        assert!(!t.iter().any(|(w, _)| w.contains("Drop")), "{t:?}");
        let t = tag("استقبل الرئيس Emmanuel Macron الوفد");
        assert!(
            t.contains(&("Emmanuel Macron".into(), Kind::Person)),
            "{t:?}"
        );
        // after an organisation head, a company; a listed company on its own
        let t = tag("وأعلنت شركة Zentrix Labs عن جهاز جديد ينافس أجهزة Dell و IBM");
        assert!(
            t.contains(&("Zentrix Labs".into(), Kind::Organization)),
            "{t:?}"
        );
        assert!(t.contains(&("Dell".into(), Kind::Organization)), "{t:?}");
        assert!(t.contains(&("IBM".into(), Kind::Organization)), "{t:?}");
        // as examples of a plural head, and the next joined by `و`
        let t = tag("وتشارك في البطولة فرق عالمية مثل Team Liquid و Fnatic إلى جانب الفرق العربية");
        assert!(
            t.contains(&("Team Liquid".into(), Kind::Organization)),
            "{t:?}"
        );
        assert!(t.contains(&("Fnatic".into(), Kind::Organization)), "{t:?}");
        // after a website's noun, with a preposition on it too
        let t = tag("وقال أحد الوكلاء لموقع TSA الإخباري إن الزبائن ينتظرون ستة أشهر");
        assert!(t.contains(&("TSA".into(), Kind::Organization)), "{t:?}");
    }

    #[test]
    fn entities_never_start_or_end_on_punctuation() {
        let words = ["'", "بوتين", "2020", "'", "قال"];
        let mut l = vec![1, 2, 2, 2, 0];
        trim_letterless(&mut l, |i, _, _| !words[i].chars().any(char::is_alphabetic));
        assert_eq!(l, vec![0, 1, 0, 0, 0]);
        let mut l = vec![0, 0, 5, 6, 0];
        trim_letterless(&mut l, |i, _, _| !words[i].chars().any(char::is_alphabetic));
        assert_eq!(l, vec![0; 5]);
        let mut l = vec![0, 3, 4, 0, 0];
        trim_letterless(&mut l, |_, _, _| false);
        assert_eq!(l, vec![0, 3, 4, 0, 0]);
    }

    #[test]
    fn a_sketch_never_forgets_a_word() {
        let words: Vec<String> = (0..3000)
            .map(|i| ["و", "ال", "a", "بن", ""][i % 5].to_owned() + &format!("{i}س"))
            .chain(["", "ب", "ab"].map(String::from))
            .collect();
        let mut s = Sketch::default();
        for w in &words {
            s.add(w);
        }
        assert!(words.iter().all(|w| s.may_hold(w)));
        // and mostly says no to others
        let others = (0..3000)
            .filter(|i| s.may_hold(&format!("{i}كلمة")))
            .count();
        assert!(others < 600, "{others}");
    }

    #[test]
    fn apply_gazetteer_respects_longer_model_entities() {
        // جامعة دمشق tagged ORG by the model; دمشق is a gazetteer place
        let mut l = vec![0, 5, 6, 0];
        apply_gazetteer(
            &mut l,
            &[0, 0, 3, 0],
            |_| false,
            |_| false,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, vec![0, 5, 6, 0]);
        let mut l = vec![0, 3, 0, 0];
        apply_gazetteer(
            &mut l,
            &[0, 3, 4, 4],
            |_| false,
            |_| false,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, vec![0, 3, 4, 4]);
    }

    #[test]
    fn bodies_named_by_a_noun_of_what_they_are_for_and_its_complement() {
        finds_each(
            &[
                (
                    "وقعت الحكومة عقدا مع الشركة الصينية لهندسة الموانئ لتوسيع المحطة",
                    "الشركة الصينية لهندسة الموانئ",
                ),
                (
                    "وقال الجهاز القومي لتنظيم الاتصالات إن الخدمة عادت",
                    "الجهاز القومي لتنظيم الاتصالات",
                ),
                (
                    "وطالبت الجمعية المغربية لحماية المال العام بفتح تحقيق",
                    "الجمعية المغربية لحماية المال العام",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
        // but not the year after it, nor what a body the model found met for
        let t = tag("وأطلقت الهيئة العامة لتنظيم الاتصالات العام الماضي خدمة جديدة");
        assert!(!t.iter().any(|(w, _)| w.contains("الماضي")), "{t:?}");
        let t = tag("واجتمع وزراء الاتحاد الأوروبي لمناقشة الأزمة في بروكسل");
        assert!(!t.iter().any(|(w, _)| w.contains("لمناقشة")), "{t:?}");
    }

    #[test]
    fn bodies_named_by_what_they_are_for() {
        finds_each(
            &[
                (
                    "وأعلنت الهيئة العليا المستقلة للانتخابات النتائج الأولية مساء الاثنين",
                    "الهيئة العليا المستقلة للانتخابات",
                ),
                (
                    "وقال بيان المديرية العامة للحماية المدنية إن الحريق أخمد",
                    "المديرية العامة للحماية المدنية",
                ),
                (
                    "وحذر المركز الوطني للأرصاد الجوية من موجة حر",
                    "المركز الوطني للأرصاد الجوية",
                ),
                (
                    "وطالب الاتحاد التونسي للفلاحة والصيد البحري بدعم المزارعين",
                    "الاتحاد التونسي للفلاحة والصيد البحري",
                ),
                // the head with `لل` written on it
                (
                    "وقدمت الشركات بياناتها للمعهد الوطني للإحصاء قبل نهاية الشهر",
                    "للمعهد الوطني للإحصاء",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
        // an adjective that describes, a branch's, or a time after the body: no name
        for (s, not) in [
            (
                "واجتمع الجهاز الفني للفريق بعد المباراة",
                "الجهاز الفني للفريق",
            ),
            (
                "وسجلت المديرية الجهوية للصحة عشر إصابات",
                "المديرية الجهوية للصحة",
            ),
        ] {
            let t = tag(s);
            assert!(!t.iter().any(|(w, _)| w == not), "{s}: {t:?}");
        }
    }

    #[test]
    fn a_long_listed_organisation_marked_common_is_labelled_with_institutions() {
        let weak = ORG | model::WEAK;
        // مجلس التعاون الخليجي, listed `~`: three words
        let long = [0, weak, weak + 1, weak + 1, 0];
        let mut l = vec![0; 5];
        apply_gazetteer(&mut l, &long, |_| false, |_| false, |_, _| true, true, true);
        assert_eq!(l, vec![0, ORG, ORG + 1, ORG + 1, 0]);
        let mut l = vec![0; 5];
        apply_gazetteer(
            &mut l,
            &long,
            |_| false,
            |_| false,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, vec![0; 5]);
        // two words stay a feature only, and so does a long place
        let mut l = vec![0; 4];
        apply_gazetteer(
            &mut l,
            &[0, weak, weak + 1, 0],
            |_| false,
            |_| false,
            |_, _| true,
            true,
            true,
        );
        assert_eq!(l, vec![0; 4]);
        let place = 3 | model::WEAK;
        let mut l = vec![0; 4];
        apply_gazetteer(
            &mut l,
            &[place, place + 1, place + 1, 0],
            |_| false,
            |_| false,
            |_, _| true,
            true,
            true,
        );
        assert_eq!(l, vec![0; 4]);
    }

    #[test]
    fn a_longer_listed_name_takes_the_shorter_entity_of_another_kind_inside_it() {
        let person = kind_label(Kind::Person);
        // قناة السويس, listed as a place; the model read السويس alone, as the town's club
        let mut l = vec![0, ORG, 0];
        let canal = [LOC, LOC + 1, 0];
        apply_gazetteer(
            &mut l,
            &canal,
            |_| false,
            |_| false,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, vec![LOC, LOC + 1, 0]);
        // not with the rule off
        let mut l = vec![0, ORG, 0];
        apply_gazetteer(
            &mut l,
            &canal,
            |_| false,
            |_| false,
            |_, _| true,
            false,
            false,
        );
        assert_eq!(l, vec![0, ORG, 0]);
        // the same span read as another kind keeps it (البيت الأبيض, ANERcorp's MISC)
        let mut l = vec![MISC, MISC + 1];
        apply_gazetteer(
            &mut l,
            &[ORG, ORG + 1],
            |_| false,
            |_| false,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, vec![MISC, MISC + 1]);
        // a model entity crossing the listed name's edge keeps it
        let mut l = vec![0, person, person + 1];
        apply_gazetteer(
            &mut l,
            &canal,
            |_| false,
            |_| false,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, vec![0, person, person + 1]);
        // an organisation holding a place (بنك مصر) only in the modern convention: ANERcorp
        // marks the place alone there
        let bank = [ORG, ORG + 1];
        let mut l = vec![0, LOC];
        apply_gazetteer(
            &mut l,
            &bank,
            |_| false,
            |_| false,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, vec![0, LOC]);
        apply_gazetteer(&mut l, &bank, |_| false, |_| false, |_, _| true, true, true);
        assert_eq!(l, vec![ORG, ORG + 1]);
    }

    #[test]
    fn a_name_the_model_cut_short_ends_where_its_weak_listing_ends() {
        let weak_org = ORG | model::WEAK;
        let listed = [weak_org, weak_org + 1, weak_org + 1, 0];
        // مجلس قيادة | الثورة
        let mut l = vec![ORG, ORG + 1, 0, 0];
        apply_gazetteer(
            &mut l,
            &listed,
            |_| false,
            |_| false,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, vec![ORG, ORG + 1, ORG + 1, 0]);
        // not to a word `may_extend` refuses, not with the rule off, not from a word the model
        // left out, and never on the weak listing alone
        for (model, may, on) in [
            (vec![ORG, ORG + 1, 0, 0], false, true),
            (vec![ORG, ORG + 1, 0, 0], true, false),
            (vec![0, ORG, 0, 0], true, true),
            (vec![0, 0, 0, 0], true, true),
        ] {
            let mut l = model.clone();
            apply_gazetteer(&mut l, &listed, |_| false, |_| false, |_, _| may, on, false);
            assert_eq!(l, model);
        }
        // a place only in the modern convention (الكونغو | الديمقراطية; ANERcorp: الصين alone of
        // الصين الشعبية)
        let weak_loc = LOC | model::WEAK;
        let congo = [weak_loc, weak_loc + 1];
        let mut l = vec![LOC, 0];
        apply_gazetteer(
            &mut l,
            &congo,
            |_| false,
            |_| false,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, vec![LOC, 0]);
        apply_gazetteer(
            &mut l,
            &congo,
            |_| false,
            |_| false,
            |_, _| true,
            true,
            true,
        );
        assert_eq!(l, vec![LOC, LOC + 1]);
        // the words a name is not taken to
        assert!(!extends_listed("اللبناني", ORG));
        assert!(!extends_listed("الامريكيه", ORG));
        assert!(!extends_listed("السابق", LOC));
        assert!(extends_listed("الديمقراطيه", LOC));
        assert!(extends_listed("الثوره", ORG));
    }

    #[test]
    fn sheikh_between_a_name_and_a_given_name_is_part_of_the_name() {
        let person = kind_label(Kind::Person);
        let g = Gazetteer::get();
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, word_type, |l, t| {
                sheikh_inside_names(l, |i| &t[i], g)
            })
        };
        let (b, i) = (person, person + 1);
        let name = ["عبد", "الله", "شيخ", "علي"];
        assert_eq!(run(&name, &[b, i, 0, 0]), [b, i, i, i]);
        // the model took `شيخ` in and stopped after it
        assert_eq!(run(&name, &[b, i, i, 0]), [b, i, i, i]);
        assert_eq!(run(&["حسن", "شيخ", "محمود"], &[b, 0, b]), [b, i, i]);
        // a title or a chief: with the article, or before no given name
        for (words, labels) in [
            (&["أحمد", "الطيب", "شيخ", "الأزهر"][..], &[b, i, 0, 0][..]),
            (&["الحريري", "شيخ", "مشايخ", "حوران"], &[b, 0, 0, 0]),
            (&["محمد", "الشيخ", "علي"], &[b, 0, 0]),
        ] {
            assert_eq!(run(words, labels), labels, "{words:?}");
        }
    }

    #[test]
    fn a_land_read_as_a_place_before_a_place_is_one_name_with_it() {
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, word_type, |l, t| {
                lands_named_by_places(l, |i| &t[i])
            })
        };
        assert_eq!(
            run(&["إقليم", "أرض", "الصومال", "الانفصالي"], &[0, LOC, LOC, 0]),
            [0, LOC, LOC + 1, 0]
        );
        // two places back to back, or `أرض` the model left out: as they are
        for (words, labels) in [
            (&["بين", "الصومال", "إثيوبيا"][..], &[0, LOC, LOC][..]),
            (&["في", "أرض", "فلسطين"], &[0, 0, LOC]),
        ] {
            assert_eq!(run(words, labels), labels, "{words:?}");
        }
    }

    #[test]
    fn a_common_noun_of_geography_alone_is_no_place() {
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, word_type, |l, t| {
                generic_places_alone(l, |i| &t[i])
            })
        };
        for (words, labels) in [
            (&["فوق", "سطح", "البحر", "بنحو"][..], &[0, 0, LOC, 0][..]),
            (&["في", "بعض", "الولايات", "،"], &[0, 0, LOC, 0]),
            (&["وصل", "للقارة", "عام"], &[0, LOC, 0]),
        ] {
            let none = vec![0; labels.len()];
            assert_eq!(run(words, labels), none, "{words:?}");
        }
        // a name of more words, or one a word with the article may go on
        for (words, labels) in [
            (&["في", "البحر", "الأحمر"][..], &[0, LOC, LOC + 1][..]),
            (&["زار", "الولايات", "المتحدة"], &[0, LOC, 0]),
        ] {
            assert_eq!(run(words, labels), labels, "{words:?}");
        }
    }

    #[test]
    fn a_place_s_upper_or_lower_is_part_of_its_name() {
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, word_type, |l, t| {
                upper_and_lower_regions(l, |i| &t[i])
            })
        };
        assert_eq!(
            run(&["إقليم", "شبيلي", "السفلى"], &[0, LOC, 0]),
            [0, LOC, LOC + 1]
        );
        assert_eq!(
            run(&["في", "مصر", "العليا", "قديما"], &[0, LOC, 0, 0]),
            [0, LOC, LOC + 1, 0]
        );
        // after no place: a court, a floor
        for words in [["في", "المحكمة", "العليا"], ["في", "الطابق", "السفلي"]]
        {
            assert_eq!(run(&words, &[0, 0, 0]), [0, 0, 0]);
        }
    }

    #[test]
    fn a_given_name_alone_right_before_a_persons_name_is_one_name_with_it() {
        let person = kind_label(Kind::Person);
        let g = Gazetteer::get();
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, word_type, |l, t| {
                persons_back_to_back(l, |i| &t[i], g)
            })
        };
        let (b, i) = (person, person + 1);
        assert_eq!(
            run(&["عبد", "الرحمن", "محمد", "يوسف"], &[b, i, b, i]),
            [b, i, i, i]
        );
        assert_eq!(run(&["كريم", "محمد", "حسن"], &[b, b, i]), [b, i, i]);
        // a compound given name in `الدين`
        assert_eq!(run(&["نور", "الدين", "بلحاج"], &[b, i, b]), [b, i, i]);
        // a listed given name that begins with a clitic's letter (`وائل`)
        assert_eq!(run(&["أحمد", "وائل", "حسن"], &[b, b, i]), [b, i, i]);
        // two people: after a full name, or with a conjunction or preposition on the second
        let two = [b, i, b, i];
        assert_eq!(run(&["محمد", "حسن", "أحمد", "علي"], &two), two);
        assert_eq!(run(&["عبد", "الرحمن", "ووائل", "حسن"], &two), two);
        assert_eq!(run(&["ماتيراتزي", "لزيدان"], &[b, b]), [b, b]);
    }

    #[test]
    fn a_name_that_ends_on_an_honorific_takes_the_person_after_it() {
        let person = kind_label(Kind::Person);
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, listed_word_type, |l, t| {
                names_after_honorifics(l, |i| &t[i])
            })
        };
        let university = ["جامعة", "الملك", "عبد", "العزيز"];
        assert_eq!(
            run(&university, &[ORG, ORG + 1, person, person + 1]),
            [ORG, ORG + 1, ORG + 1, ORG + 1]
        );
        assert_eq!(run(&["سانت", "جيمس"], &[LOC, person]), [LOC, LOC + 1]);
        // a person's name may end on one (`عبد الملك`), and so may a place (`كفر الشيخ`)
        let two = [person, person + 1, person, person + 1];
        assert_eq!(run(&["عبد", "الملك", "وعبد", "العزيز"], &two), two);
        let town = [LOC, LOC + 1, person];
        assert_eq!(run(&["كفر", "الشيخ", "سليم"], &town), town);
        // but a second person the model read on into stays a person
        assert_eq!(
            run(
                &["جامعة", "القديس", "يوسف", "سمير", "نصر", "الله"],
                &[ORG, ORG + 1, person, person + 1, person + 1, person + 1]
            ),
            [ORG, ORG + 1, ORG + 1, person, person + 1, person + 1]
        );
        let king = [ORG, ORG + 1, person, person + 1, person + 1];
        assert_eq!(
            run(&["جامعة", "الإمام", "محمد", "بن", "سعود"], &king),
            [ORG, ORG + 1, ORG + 1, ORG + 1, ORG + 1]
        );
    }

    #[test]
    fn bodies_named_by_a_head_and_a_complement_in_the_modern_convention() {
        let org = kind_label(Kind::Organization);
        let person = kind_label(Kind::Person);
        let run = |words: &[&str], labels: &[u8]| {
            let types: Vec<WordType> = words.iter().map(|w| word_type(w)).collect();
            let mut l = labels.to_vec();
            let mut m = vec![0.0; l.len()];
            named_bodies(&mut l, &mut m, |i| &types[i]);
            l
        };
        assert_eq!(
            run(&["حذرت", "جمعية", "حماية", "المستهلك", "من"], &[0; 5]),
            [0, org, org + 1, org + 1, 0]
        );
        assert_eq!(
            run(&["نعت", "نقابة", "الصحفيين", "المصريين", "الكاتب"], &[0; 5]),
            [0, org, org + 1, org + 1, 0]
        );
        assert_eq!(
            run(
                &["أطلقت", "مؤسسة", "عبد", "الحميد", "شومان"],
                &[0, 0, person, person + 1, person + 1]
            ),
            [0, org, org + 1, org + 1, org + 1]
        );
        // a municipality stays its place; a head with the article is another matter
        let town = [0, 0, LOC, 0];
        assert_eq!(run(&["أعلنت", "بلدية", "غزة", "عن"], &town), town);
        assert_eq!(
            run(&["أقرت", "الجمعية", "العامة", "القرار"], &[0; 4]),
            [0; 4]
        );
    }

    #[test]
    fn an_age_is_no_name() {
        let words = ["توفي", "عن", "عمر", "ناهز", "90", "عاما"];
        let types: Vec<WordType> = words.iter().map(|w| word_type(w)).collect();
        let person = kind_label(Kind::Person);
        let mut l = vec![0, 0, person, person + 1, 0, 0];
        ages_are_no_names(&mut l, |i| &types[i]);
        assert_eq!(l, vec![0; 6]);
        // the given name elsewhere stays
        let words = ["قال", "عمر", "الخطيب", "إن"];
        let types: Vec<WordType> = words.iter().map(|w| word_type(w)).collect();
        let mut l = vec![0, person, person + 1, 0];
        ages_are_no_names(&mut l, |i| &types[i]);
        assert_eq!(l, vec![0, person, person + 1, 0]);
    }

    #[test]
    fn a_settlement_noun_names_the_place_after_it() {
        let m = builtin_model();
        let g = Gazetteer::get();
        let run = |words: &[&str]| {
            let types: Vec<WordType> = words.iter().map(|w| listed_word_type(w)).collect();
            let mut l = vec![0; words.len()];
            places_after_place_nouns(&mut l, |i| &types[i], g, &m.clusters);
            l
        };
        assert_eq!(run(&["ولد", "بقرية", "شبراتنا", "عام"]), [0, 0, LOC, 0]);
        assert_eq!(
            run(&["في", "بلدة", "دير", "البلح", "جنوبا"]),
            [0, 0, LOC, LOC + 1, 0]
        );
        // a compound's second word may begin on a clitic's letter, not on one with the article
        assert_eq!(
            run(&["من", "مدينة", "راس", "لفان", "الصناعية"]),
            [0, 0, LOC, LOC + 1, 0]
        );
        assert_eq!(run(&["في", "قرية", "عين", "للمياه"]), [0; 4]);
        // not an adjective, a function word, a verb with its pronoun, nor a compound cut short
        assert_eq!(run(&["في", "قرية", "صغيرة"]), [0; 3]);
        assert_eq!(run(&["في", "قرية", "نائية"]), [0; 3]);
        assert_eq!(run(&["في", "جزيرة", "أعجبتهم"]), [0; 3]);
        assert_eq!(run(&["في", "قرية", "عين"]), [0; 3]);
        // cities, provinces, ports, airports and rivers no list holds
        assert_eq!(run(&["لتطوير", "ميناء", "نديان", "بكلفة"]), [0, 0, LOC, 0]);
        assert_eq!(
            run(&["مظاهرات", "بمدينة", "البيضاء", "يوم"]),
            [0, 0, LOC, 0]
        );
        assert_eq!(run(&["على", "ضفاف", "نهر", "البه"]), [0, 0, 0, LOC]);
        // a municipality
        assert_eq!(run(&["رئيس", "بلدية", "عيترون", "السابق"]), [0, 0, LOC, 0]);
        // an oil field
        assert_eq!(run(&["إنتاج", "حقل", "الرتقة", "النفطي"]), [0, 0, LOC, 0]);
        // an Iraqi district; not a decree (`قضاءً محتوماً`, an inevitable fate)
        assert_eq!(run(&["في", "قضاء", "شقلاوة", "شمالا"]), [0, 0, LOC, 0]);
        assert_eq!(run(&["كان", "قضاءً", "محتوماً"]), [0; 3]);
        // `مقاطعة` is also a boycott, and is left out
        assert_eq!(run(&["هدد", "بمقاطعة", "القناة"]), [0; 3]);
        // the dual: two places joined by `و`, whichever of them the model found
        assert_eq!(
            run(&["في", "مدينتي", "المرج", "وشحات", "،"]),
            [0, 0, LOC, LOC, 0]
        );
        assert_eq!(
            run(&["اقتحمت", "مخيمي", "صبرا", "وشاتيلا", "في"]),
            [0, 0, LOC, LOC, 0]
        );
        let types: Vec<WordType> = ["في", "ولايتي", "أوهايو", "وتارمست"]
            .iter()
            .map(|w| listed_word_type(w))
            .collect();
        let mut l = vec![0, 0, LOC, 0];
        places_after_place_nouns(&mut l, |i| &types[i], g, &m.clusters);
        assert_eq!(l, [0, 0, LOC, LOC]);
        // "my town", with no second place
        assert_eq!(run(&["في", "مدينتي", "الجميلة"]), [0; 3]);
        assert_eq!(run(&["عدت", "إلى", "مدينتي", "وبيتي"]), [0; 4]);
    }

    #[test]
    fn a_name_read_as_a_person_after_a_settlement_noun_is_a_place() {
        let m = builtin_model();
        let g = Gazetteer::get();
        let (person, place) = (kind_label(Kind::Person), kind_label(Kind::Place));
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, listed_word_type, |l, t| {
                places_after_place_nouns(l, |i| &t[i], g, &m.clusters);
            })
        };
        assert_eq!(
            run(
                &["في", "ولاية", "تيرس", "زمور", "أمس"],
                &[0, 0, person, person + 1, 0]
            ),
            [0, 0, place, place + 1, 0]
        );
        // the model began the person's name on the noun itself (a Tunisian delegation)
        assert_eq!(
            run(
                &["في", "معتمدية", "الحنشة", "إن"],
                &[0, person, person + 1, 0]
            ),
            [0, 0, place, 0]
        );
        // the noun alone read as a place: the name after it is the place
        assert_eq!(
            run(
                &["والأعظمية", "ومدينة", "الصدر", "بمركز"],
                &[place, place, place, 0]
            ),
            [place, 0, place, 0]
        );
        assert_eq!(
            run(&["تقع", "في", "جزيرة", "المحرق"], &[0, 0, place, 0]),
            [0, 0, 0, place]
        );
        // after the plural too, where only a name read as a person's is taken
        assert_eq!(
            run(
                &["في", "مدن", "شيشستر", "،", "وهافانت"],
                &[0, 0, person, 0, 0]
            ),
            [0, 0, place, 0, 0]
        );
        // a listed given name or title in it, a son's name, `حي` (also "alive"), the cities of
        // a listed person: left alone
        for (words, labels) in [
            (
                &["داهم", "مدن", "صلاح", "الدين", "في"][..],
                &[0, 0, person, person + 1, 0][..],
            ),
            (
                &["خلال", "ولاية", "جورج", "بوش"][..],
                &[0, 0, person, person + 1][..],
            ),
            (&["رواية", "حي", "بن", "يقظان"], &[0, 0, person, person + 1]),
            (
                &["قرب", "مدينة", "ابن", "هبيرة"],
                &[0, 0, person, person + 1],
            ),
        ] {
            assert_eq!(run(words, labels), labels, "{words:?}");
        }
        // its other mentions read as the person are the place too
        let types: Vec<WordType> = ["وقال", "والي", "تيرس", "زمور", "محمد", "الأمين"]
            .iter()
            .map(|w| listed_word_type(w))
            .collect();
        let mut l = vec![0, 0, person, person + 1, person, person + 1];
        persons_named_as_places(&mut l, |i| &types[i], &[vec!["تيرس", "زمور"]]);
        assert_eq!(l, [0, 0, place, place + 1, person, person + 1]);
    }

    #[test]
    fn a_place_found_after_its_noun_is_found_again() {
        let doc = [
            "تبدأ الشحنات من مدينة راس لفان الصناعية عام 2027",
            "وكان الأمير قد زار راس لفان العام الماضي",
        ];
        let labels = document_labels(&doc);
        // (class 1: places)
        assert!(spans(&labels[0]).contains(&(4, 6, 1)), "{labels:?}");
        assert!(spans(&labels[1]).contains(&(4, 6, 1)), "{labels:?}");
    }

    #[test]
    fn the_island_is_no_channel() {
        let org = |labels: &[Vec<u8>]| labels.iter().any(|l| spans(l).iter().any(|s| s.2 == 2));
        // the channel alone is a body the lists hold
        let channel = ["وقال الوزير في حديث مع الجزيرة إن المفاوضات مستمرة"];
        assert!(
            org(&document_labels(&channel)),
            "{:?}",
            document_labels(&channel)
        );
        // in a text about an island, the island
        let island = [
            "تقع جزيرة سقطرى في المحيط الهندي قبالة القرن الأفريقي",
            "وقال الوزير في حديث مع الجزيرة إن المفاوضات مستمرة",
        ];
        assert!(
            !org(&document_labels(&island)),
            "{:?}",
            document_labels(&island)
        );
        // unless the text names the channel by a word of it
        let both = [
            "تقع جزيرة سقطرى في المحيط الهندي قبالة القرن الأفريقي",
            "وقال الوزير لمراسل الجزيرة إن المفاوضات مستمرة",
        ];
        assert!(org(&document_labels(&both)), "{:?}", document_labels(&both));
    }

    #[test]
    fn places_in_a_list_with_a_place_are_places() {
        let m = builtin_model();
        let g = Gazetteer::get();
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, listed_word_type, |l, t| {
                places_in_a_list(l, |i| &t[i], g, &m.clusters);
            })
        };
        assert_eq!(
            run(
                &["مشاتل", "في", "قلنسية", "وحديبو", "."],
                &[0, 0, 0, LOC, 0]
            ),
            [0, 0, LOC, LOC, 0]
        );
        assert_eq!(
            run(
                &["سهول", "عامودا", "والدرباسية", "ورأس", "العين"],
                &[0, 0, 0, LOC, LOC + 1]
            ),
            [0, LOC, LOC, LOC, LOC + 1]
        );
        // no word before the list that opens one; a direction; a name that begins on `و`; the
        // first word of a compound; a nisba it knows
        for (words, labels) in [
            (["وقال", "قلنسية", "وحديبو", "."], [0, 0, LOC, 0]),
            (["من", "الشرق", "وإيران", "."], [0, 0, LOC, 0]),
            (["في", "نيوساوث", "ويلز", "."], [0, 0, LOC, 0]),
            (["في", "دير", "وستمنستر", "."], [0, 0, LOC, 0]),
            (["إلى", "شمالية", "وجنوبية", "."], [0, 0, LOC, 0]),
        ] {
            assert_eq!(run(&words, &labels), labels, "{words:?}");
        }
    }

    #[test]
    fn a_plateau_or_a_beach_names_a_place() {
        let m = builtin_model();
        let g = Gazetteer::get();
        let run = |words: &[&str]| {
            after_rule(words, &vec![0; words.len()], listed_word_type, |l, t| {
                places_after_place_nouns(l, |i| &t[i], g, &m.clusters);
            })
        };
        assert_eq!(run(&["على", "هضبة", "ديكسم", "لم"]), [0, 0, LOC, 0]);
        assert_eq!(run(&["إلى", "شاطئ", "دطواح", "،"]), [0, 0, LOC, 0]);
        // a sea's shore, a shore a clause describes
        for words in [
            ["على", "شاطئ", "القناة", "سفينة"],
            ["لها", "شاطئ", "ينبسط", "عليه"],
        ] {
            assert_eq!(run(&words), [0; 4], "{words:?}");
        }
    }

    #[test]
    fn a_compound_place_read_as_a_person_is_a_place() {
        let m = builtin_model();
        let g = Gazetteer::get();
        let person = kind_label(Kind::Person);
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, listed_word_type, |l, t| {
                places_after_place_nouns(l, |i| &t[i], g, &m.clusters);
            })
        };
        let p3 = [0, person, person + 1, person + 1, 0];
        assert_eq!(
            run(&["اتفاقية", "خور", "عبد", "الله", "الموقعة"], &p3),
            [0, LOC, LOC + 1, LOC + 1, 0]
        );
        assert_eq!(
            run(&["وقرى", "وكفر", "حسن", "داوود", "،"], &p3),
            [0, LOC, LOC + 1, LOC + 1, 0]
        );
        let p2 = [0, person, person + 1, 0];
        assert_eq!(
            run(&["مجزرة", "دير", "ياسين", "عام"], &p2),
            [0, LOC, LOC + 1, 0]
        );
        // a name that does begin so (Pete, Mitt, Khan), the verb "appointed" written with its
        // vowels, a name of one word
        for words in [
            ["الأمريكي", "بيت", "سامبراس", "بسبعة"],
            ["المرشح", "ميت", "رومني", "أمس"],
            ["الاستقالة", "وعُيِّن", "سومتشاي", "رئيسا"],
        ] {
            assert_eq!(run(&words, &p2), p2, "{words:?}");
        }
        assert_eq!(run(&["قال", "دير", "إن"], &[0, person, 0]), [0, person, 0]);
        // the word left before the name
        assert_eq!(
            run(
                &["الجنوب", "تل", "أبو", "مندور"],
                &[0, 0, person, person + 1]
            ),
            [0, LOC, LOC + 1, LOC + 1]
        );
        for words in [
            ["الخوارج", "بكفر", "علي", "طالب"],
            ["وقد", "عين", "عبد", "الناصر"],
            ["يدعى", "لتل", "إيفا", "عام"],
        ] {
            let l = [0, 0, person, person + 1];
            assert_eq!(run(&words, &l), l, "{words:?}");
        }
        // the whole pipeline, the other mention too
        let doc = [
            "احتجت الكويت على إلغاء اتفاقية تنظيم الملاحة في خور عبد الله أمس",
            "وقال النائب إن خور عبد الله ممر مائي عراقي",
        ];
        let labels = document_labels(&doc);
        assert!(spans(&labels[0]).contains(&(8, 11, 1)), "{labels:?}");
        assert!(spans(&labels[1]).contains(&(3, 6, 1)), "{labels:?}");
    }

    #[test]
    fn two_places_after_a_dual_noun_are_places() {
        let m = builtin_model();
        let g = Gazetteer::get();
        let run = |words: &[&str]| {
            after_rule(words, &vec![0; words.len()], listed_word_type, |l, t| {
                places_after_place_nouns(l, |i| &t[i], g, &m.clusters);
            })
        };
        assert_eq!(
            run(&["في", "محافظتي", "حولي", "والجهراء", "مطلع"]),
            [0, 0, LOC, LOC, 0]
        );
        // one province in the accusative, whose ending reads as the dual's other case
        assert_eq!(run(&["وكان", "إقليماً", "مستقراً", "وهادئاً"]), [0; 4]);
        // the second read as a person's name, `و` standing apart: both places still
        let person = kind_label(Kind::Person);
        let run_on = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, listed_word_type, |l, t| {
                places_after_place_nouns(l, |i| &t[i], g, &m.clusters);
            })
        };
        assert_eq!(
            run_on(
                &["في", "إقليمي", "رياو", "و", "جامبي", "بجزيرة"],
                &[0, 0, LOC, 0, person, 0]
            ),
            [0, 0, LOC, 0, LOC, 0]
        );
        assert_eq!(
            run_on(&["نهري", "الدانوب", "وسافا", "،"], &[0, LOC, person, 0]),
            [0, LOC, LOC, 0]
        );
        // a person of two words after it is no place's name
        assert_eq!(
            run_on(
                &["في", "مدينتي", "حلب", "وعمر", "الخطيب"],
                &[0, 0, LOC, person, person + 1]
            ),
            [0, 0, LOC, person, person + 1]
        );
    }

    #[test]
    fn a_foreign_name_after_a_body_is_a_person() {
        finds_each(
            &[
                (
                    "وأكد الرئيس التنفيذي لشركة النفط الوطنية النيجيرية بايو أوجوليري أن الشركة ستزود المصفاة",
                    "بايو أوجوليري",
                ),
                (
                    "ويرى أستاذ الاقتصاد في جامعة لاغوس أديمولا أديبايو أن نجاح المصفاة يتوقف على الاستقرار",
                    "أديمولا أديبايو",
                ),
                // a body ending on what it is for
                (
                    "ويرى المحلل في مؤسسة وود ماكنزي للاستشارات سايمون فلاورز أن الأسعار سترتفع",
                    "سايمون فلاورز",
                ),
            ],
            Kind::Person,
            Options::default(),
        );
    }

    #[test]
    fn a_national_red_crescent_keeps_its_country() {
        finds_each(
            &[
                (
                    "وأقام الهلال الأحمر الباكستاني عيادات متنقلة في المدن",
                    "الهلال الأحمر الباكستاني",
                ),
                (
                    "وقالت إن الهلال الأحمر العربي السوري وزع عليهم خياما",
                    "الهلال الأحمر العربي السوري",
                ),
                (
                    "وعمل متطوعا للصليب الأحمر الإيطالي في أواخر الحرب",
                    "للصليب الأحمر الإيطالي",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
    }

    #[test]
    fn a_national_body_keeps_its_adjective() {
        // the model found the university without the adjective, or the country alone
        for sentence in [
            "وقال باحثون في جامعة سنغافورة الوطنية إن الهدف بعيد",
            "وحصلت جامعة أستراليا الوطنية على المرتبة الأولى",
        ] {
            let words: Vec<&str> = sentence.split_whitespace().collect();
            let at = words.iter().position(|w| w.contains("جامعة")).unwrap();
            let found = sentence_spans(sentence);
            assert!(found.contains(&(at, at + 3, 2)), "{sentence}: {found:?}");
        }
        // a company's head stays outside; an army is no body by default
        let found = sentence_spans("وقال جيش لبنان الوطني إن");
        assert!(!found.iter().any(|&(_, _, c)| c == 2), "{found:?}");
    }

    #[test]
    fn a_body_named_by_a_country_that_is_its_own_nisba_is_one_name() {
        finds_each(
            &[
                (
                    "وأعلنت الشركة السعودية للكهرباء عن أرباحها الفصلية .",
                    "الشركة السعودية للكهرباء",
                ),
                (
                    "ويقول خبراء النقل إن النجاح يتوقف على الحافلات التي تديرها الشركة السعودية للنقل الجماعي .",
                    "الشركة السعودية للنقل الجماعي",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
    }

    #[test]
    fn a_federation_or_university_named_by_its_purpose_is_one_name() {
        finds_each(
            &[
                (
                    "وانتقد رئيس الجامعة المغربية لحقوق المستهلك أسعار التذاكر .",
                    "الجامعة المغربية لحقوق المستهلك",
                ),
                (
                    "وأعلنت الجامعة العامة للكهرباء والغاز إضرابا عاما .",
                    "الجامعة العامة للكهرباء والغاز",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
        // the Arab League, not what it gave to whom
        finds_each(
            &[(
                "وانتهت مهلة الجامعة العربية للنظام السوري أمس .",
                "الجامعة العربية",
            )],
            Kind::Organization,
            Options::default(),
        );
    }

    #[test]
    fn a_person_after_a_title_and_the_body_he_heads() {
        finds_each(
            &[(
                "وانتقد رئيس الجامعة المغربية لحقوق المستهلك بوعزة الخراطي أسعار التذاكر .",
                "بوعزة الخراطي",
            )],
            Kind::Person,
            Options::default(),
        );
        // the object of the verb after the subject is no name
        finds_none(&[(
            "وانتقد رئيس الجامعة المغربية لحقوق المستهلك أسعار التذاكر المرتفعة .",
            "أسعار",
        )]);
    }

    #[test]
    fn a_bodys_people_in_the_plural_keep_their_nisba() {
        finds_each(
            &[(
                "وقال عضو الجمعية الوطنية للمصدرين الجزائريين إن الحاوية تبقى أسبوعين .",
                "الجمعية الوطنية للمصدرين الجزائريين",
            )],
            Kind::Organization,
            Options::default(),
        );
    }

    #[test]
    fn a_person_after_a_body_referred_back_to_is_no_part_of_it() {
        finds_each(
            &[(
                "وقال مسؤول التنبؤ بالجراد في المنظمة كيث كريسمان إن الأسراب قد تتضاعف .",
                "كيث كريسمان",
            )],
            Kind::Person,
            Options::default(),
        );
        finds_none(&[(
            "وقال مسؤول التنبؤ بالجراد في المنظمة كيث كريسمان إن الأسراب قد تتضاعف .",
            "المنظمة",
        )]);
        // an organisation of one word that ends the sentence (a first version read past it)
        let words = ["وعمل", "سنوات", "في", "أرامكو"];
        let labels = &tag_document(builtin_model(), &[words.to_vec()], Options::default())[0];
        assert_eq!(labels[3], kind_label(Kind::Organization), "{labels:?}");
    }

    #[test]
    fn a_united_nations_body_goes_on_over_what_it_is_for() {
        let modern = Options {
            institutions: true,
            ..Options::default()
        };
        finds_each(
            &[
                (
                    "أنهت منظمة الأمم المتحدة للتربية والعلم والثقافة أعمال إعادة بناء المئذنة .",
                    "منظمة الأمم المتحدة للتربية والعلم والثقافة",
                ),
                (
                    "وقالت مفوضية الأمم المتحدة لشؤون اللاجئين إن الأعداد تضاعفت .",
                    "مفوضية الأمم المتحدة لشؤون اللاجئين",
                ),
                (
                    "وحذر برنامج الأمم المتحدة للبيئة من ارتفاع الحرارة .",
                    "برنامج الأمم المتحدة للبيئة",
                ),
            ],
            Kind::Organization,
            modern,
        );
        // a participle of naming is no part of it
        let t = tag_with(
            "ومنها برنامج منظمة الأمم المتحدة للبيئة المعروف اختصارا باسمه .",
            modern,
        );
        assert!(
            t.contains(&("منظمة الأمم المتحدة للبيئة".into(), Kind::Organization)),
            "{t:?}"
        );
        // ANERcorp's convention, the default, marks the UN alone
        let t = tag("وقال متحدث باسم صندوق الأمم المتحدة لرعاية الطفولة إن الأطفال يعانون .");
        assert!(!t.iter().any(|(w, _)| w.contains("الطفولة")), "{t:?}");
    }

    #[test]
    fn a_quarter_or_a_street_named_by_a_common_word_is_a_place() {
        finds_each(
            &[
                (
                    "وقالت إنها من سكان حي الميدان المطل على نهر دجلة .",
                    "الميدان",
                ),
                ("ويدير متجرا للتحف في شارع الشهداء منذ سنوات .", "الشهداء"),
            ],
            Kind::Place,
            Options::default(),
        );
        // a word after it that may go on the name leaves it be; `وحي` is also "and revelation"
        finds_none(&[
            ("عاشت في حي السيدة زينب طفولتها .", "السيدة"),
            ("هي شخصيات من وحي الخيال .", "الخيال"),
        ]);
    }

    #[test]
    fn a_word_no_text_has_met_after_in_is_a_place() {
        finds_each(
            &[("ويعيش آلاف اللاجئين في عرسال منذ سنوات الحرب .", "عرسال")],
            Kind::Place,
            Options::default(),
        );
        // a noun with "our", a dual: known stems, or their shape
        finds_none(&[
            ("ويكون ضيفا دائما في مدينتنا كل عام .", "مدينتنا"),
            ("ويعمل الفريق في نوبتين كل يوم .", "نوبتين"),
            // a word run into a number
            ("وبدأ العمل في مارس2005 ، كما قال .", "مارس2005"),
        ]);
    }

    #[test]
    fn a_rivers_bank_is_no_place_of_its_own() {
        finds_none(&[
            (
                "امتلأت بيوت الضيافة على الضفة الغربية للنيل بالسياح .",
                "الضفة",
            ),
            ("عبرت الفرق إلى الضفة الشرقية لقناة السويس فجرا .", "الضفة"),
        ]);
        // the Jordan's is the West Bank
        finds_each(
            &[(
                "وتقع المدينة في الضفة الغربية لنهر الأردن .",
                "الضفة الغربية",
            )],
            Kind::Place,
            Options::default(),
        );
    }

    #[test]
    fn a_lone_head_noun_is_no_name() {
        let (o, p) = (kind_label(Kind::Organization), kind_label(Kind::Person));
        // the model's `نادي` begun before the club's own name, and carried to the headline
        let words = ["مجلس", "إدارة", "نادي", "الزمالك", "التي", "جرت"];
        let got = after_rule(&words, &[0, 0, o, o, 0, 0], word_type, |l, t| {
            lone_heads_are_no_names(l, |i| &t[i])
        });
        assert_eq!(got, [0, 0, 0, o, 0, 0]);
        // with a clitic and the article, alone
        let words = ["وقالت", "إدارة", "للنادي", "إن"];
        let got = after_rule(&words, &[0, 0, o, 0], word_type, |l, t| {
            lone_heads_are_no_names(l, |i| &t[i])
        });
        assert_eq!(got, [0, 0, 0, 0]);
        // a head inside a longer name, and a person, stay
        let words = ["شركة", "البيرق", "وفريق", "سالم"];
        let labels = [o, o + 1, 0, p];
        let got = after_rule(&words, &labels, word_type, |l, t| {
            lone_heads_are_no_names(l, |i| &t[i])
        });
        assert_eq!(got, labels);
    }

    #[test]
    fn a_time_of_day_before_a_weekday_is_no_person() {
        finds_none(&[(
            "فاز العداء الكيني جوزيف كيبتوم بماراثون بيروت الدولي صباح الأحد ، بعد سباق طويل .",
            "صباح",
        )]);
        let p = kind_label(Kind::Person);
        let words = ["وصل", "مساء", "يوم", "الجمعة", "وصباح", "الأحمد"];
        let got = after_rule(
            &words,
            &[0, p, p + 1, p + 1, p, p + 1],
            word_type,
            |l, t| times_of_day_are_no_persons(l, |i| &t[i]),
        );
        // Sabah al-Ahmad is a person
        assert_eq!(got, [0, 0, 0, 0, p, p + 1]);
    }

    #[test]
    fn a_nisba_family_name_after_a_verb_of_saying_is_the_person_named_in_full() {
        let doc = [
            "حديبو - يصعد خالد عيسى السقطري كل صباح إلى هضبة ديكسم ليعد الأشجار .",
            "ويقول السقطري ، وهو حارس في الهيئة العامة لحماية البيئة ، إن الأشجار لا تنمو .",
        ];
        let sents: Vec<Vec<&str>> = doc.iter().map(|s| s.split(' ').collect()).collect();
        assert!(
            persons_in(&sents, 1, Options::default()).contains(&"السقطري".to_owned()),
            "{:?}",
            document_labels(&doc)
        );
        // not where a place stands named like one (`دوق النورماندي`)
        let (p, c) = (kind_label(Kind::Person), LOC);
        let words = [
            "وليام",
            "النورماندي",
            "دوق",
            "النورماندي",
            "قال",
            "النورماندي",
        ];
        let types: Vec<WordType> = words.iter().map(|w| listed_word_type(w)).collect();
        let mut labels = [p, p + 1, 0, c, 0, c];
        let mut families = Vec::new();
        family_names_of_persons(&labels, |i| &types[i], &mut families);
        assert_eq!(families, ["النورماندي"]);
        nisba_families_are_persons(&mut labels, |i| &types[i], &families);
        assert_eq!(labels, [p, p + 1, 0, c, 0, p]);
    }

    #[test]
    fn a_village_named_for_the_sons_of_someone_is_a_place() {
        finds_each(
            &[(
                "وفي قرية آيت يحيى ، قالت نادية أوسعيد إن عائلتها غادرت البيت .",
                "آيت يحيى",
            )],
            Kind::Place,
            Options::default(),
        );
    }

    #[test]
    fn a_third_name_after_a_given_name_and_a_fathers_before_the_clause() {
        finds_each(
            &[(
                "وقال رئيس الغرفة محمود عبدي جامع إن أجور النقل ستنخفض .",
                "محمود عبدي جامع",
            )],
            Kind::Person,
            Options::default(),
        );
        // not a noun with its pronoun, a verb of saying, nor a word with the article
        for (s, name) in [
            (
                "وقال مدير الهيئة زاهي حواس قوله إن العلماء بدؤوا قبل عشرين عاما .",
                "زاهي حواس",
            ),
            (
                "كتب المؤرخ الروسي فاسيلي كليوتشفسكي يقول إن ذلك العهد شهد صراعا .",
                "فاسيلي كليوتشفسكي",
            ),
        ] {
            let t = tag(s);
            assert!(
                !t.iter().any(|(w, _)| w.starts_with(name) && w != name),
                "{s}: {t:?}"
            );
        }
    }

    #[test]
    fn a_name_goes_on_after_sons_of() {
        finds_each(
            &[(
                "تكسر فاطمة أيت بها حبات الأركان بحجر أملس منذ السابعة صباحا .",
                "فاطمة أيت بها",
            )],
            Kind::Person,
            Options::default(),
        );
        let p = kind_label(Kind::Person);
        // `ولد` goes on over a plain word, not over what follows a name (`ولد` "was born")
        let words = ["محمد", "ولد", "الشيخ", "ومحمد", "ولد", "في"];
        let types: Vec<WordType> = words
            .iter()
            .map(|w| WordType {
                stop: Gazetteer::get().is_stopword(w),
                ..listed_word_type(w)
            })
            .collect();
        let mut labels = [p, p + 1, 0, p, p + 1, 0];
        names_go_on_after_sons_of(&mut labels, |i| &types[i]);
        assert_eq!(labels, [p, p + 1, p + 1, p, p + 1, 0]);
    }

    #[test]
    fn a_body_of_a_place_takes_the_adjective_of_its_field() {
        finds_each(
            &[(
                "وأقيمت المباريات بدعم من مجلس أبوظبي الرياضي ، ونقلت مباشرة .",
                "مجلس أبوظبي الرياضي",
            )],
            Kind::Organization,
            Options::default(),
        );
        // a nationality stays outside, as the sets mark it
        let o = kind_label(Kind::Organization);
        let words = ["حزب", "لبنان", "الديمقراطي", "وجامعة", "القاهرة", "المصرية"];
        let got = after_rule(
            &words,
            &[o, o + 1, 0, o, o + 1, 0],
            listed_word_type,
            |l, t| bodies_of_places_take_their_field(l, |i| &t[i], Gazetteer::get()),
        );
        assert_eq!(got, [o, o + 1, o + 1, o, o + 1, 0]);
    }

    #[test]
    fn a_federation_found_goes_on_with_the_ball_game_it_is_for() {
        let o = kind_label(Kind::Organization);
        let rule = |l: &mut [u8], t: &[WordType]| {
            let mut m = vec![0.0; l.len()];
            bodies_by_their_purpose(l, &mut m, |i| &t[i], Gazetteer::get())
        };
        let words = ["وأعلن", "الاتحاد", "الأفريقي", "لكرة", "اليد", "أن"];
        let got = after_rule(&words, &[0, o, o + 1, 0, 0, 0], listed_word_type, rule);
        assert_eq!(got, [0, o, o + 1, o + 1, o + 1, 0]);
        // what else a body the model found met for stays outside (`لمكافحة الفساد`)
        let words = ["وقال", "الاتحاد", "الأفريقي", "لمكافحة", "الفساد", "إن"];
        let got = after_rule(&words, &[0, o, o + 1, 0, 0, 0], listed_word_type, rule);
        assert_eq!(got, [0, o, o + 1, 0, 0, 0]);
    }

    #[test]
    fn a_body_found_with_its_place_goes_on_with_what_it_is_for() {
        let o = kind_label(Kind::Organization);
        let rule = |l: &mut [u8], t: &[WordType]| {
            let mut m = vec![0.0; l.len()];
            bodies_found_go_on_with_their_purpose(l, &mut m, |i| &t[i], Gazetteer::get())
        };
        let words = [
            "وقال",
            "معهد",
            "البحرين",
            "للؤلؤ",
            "والأحجار",
            "الكريمة",
            "إن",
        ];
        let got = after_rule(&words, &[0, o, o + 1, 0, 0, 0, 0], listed_word_type, rule);
        assert_eq!(got, [0, o, o + 1, o + 1, o + 1, o + 1, 0]);
        // not what someone went there to do, nor a club's promotion
        for words in [
            ["أكمل", "دراسته", "في", "جامعة", "كامبريدج", "للحصول", "على"],
            ["صعد", "بعدها", "بعام", "نادي", "أسوان", "للممتاز", "موسم"],
        ] {
            let labels = [0, 0, 0, o, o + 1, 0, 0];
            assert_eq!(
                after_rule(&words, &labels, listed_word_type, rule),
                labels,
                "{words:?}"
            );
        }
    }

    #[test]
    fn an_airline_is_named_by_its_countrys_nisba() {
        finds_each(
            &[
                (
                    "وأطلقت الخطوط الجوية الجزائرية رحلتين أسبوعيتين إلى المدينة .",
                    "الخطوط الجوية الجزائرية",
                ),
                (
                    "وسافر الوفد على متن الخطوط الجوية الملكية المغربية إلى باريس .",
                    "الخطوط الجوية الملكية المغربية",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
        // lines of another kind are no airline
        finds_none(&[(
            "وتعمل الخطوط الجوية الجديدة بين المدينتين منذ الشهر الماضي .",
            "الخطوط",
        )]);
    }

    #[test]
    fn a_list_after_a_plural_of_settlements_is_of_places() {
        finds_each(
            &[
                (
                    "افتتحت الغرفة معرضا لحرفيين من أحياء باب النيرب والجلوم وبانقوسا .",
                    "باب النيرب",
                ),
                (
                    "افتتحت الغرفة معرضا لحرفيين من أحياء باب النيرب والجلوم وبانقوسا .",
                    "وبانقوسا",
                ),
                ("وزار الوفد قرى كفرنبل وسرمدا والدانا .", "وسرمدا"),
            ],
            Kind::Place,
            Options::default(),
        );
        // common nouns after the plural, one name alone, a verb or a direction in the list
        finds_none(&[
            ("وتعيش قرى المنطقة والمدن المجاورة أزمة مياه .", "المنطقة"),
            ("وتعيش قرى المنطقة والمدن المجاورة أزمة مياه .", "والمدن"),
            ("وزار الوفد قرى كفرنبل أمس .", "كفرنبل"),
            ("وثار الناس في مدن كيفرن وجادو وتسلحوا بالعتاد .", "وتسلحوا"),
            (
                "ونقل سكان المناطق الأرمينية في ولايات الشرق ويكيلكيا .",
                "الشرق",
            ),
            (
                "وأضيفت مدن الساحل والبقاع وطرابلس والجنوب إلى المنطقة .",
                "والجنوب",
            ),
        ]);
    }

    #[test]
    fn the_country_of_a_named_company_is_outside_its_name() {
        finds_each(
            &[
                ("وحصلت شركة إيني الإيطالية على منطقتين في حوض سرت .", "إيني"),
                (
                    "وسيثبت المستكشف على مركبة تطورها شركة فايرفلاي إيروسبيس الأمريكية .",
                    "فايرفلاي إيروسبيس",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
        // a common word the adjective names, or a body after the head, keeps it
        finds_each(
            &[
                (
                    "وتعتبر شركة الخطوط الجوية القطرية من أكبر شركات الطيران .",
                    "الخطوط الجوية القطرية",
                ),
                (
                    "ونشرت مجلة دار الإفتاء المصرية بحثا جديدا .",
                    "دار الإفتاء المصرية",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
    }

    #[test]
    fn a_national_museum_is_named_by_what_it_is_for() {
        finds_each(
            &[(
                "وعرض المتحف القومي للحضارة المصرية قطعا من إنتاج القرية .",
                "المتحف القومي للحضارة المصرية",
            )],
            Kind::Organization,
            Options::default(),
        );
    }

    #[test]
    fn a_calling_before_a_given_name_is_no_part_of_the_name() {
        let p = kind_label(Kind::Person);
        let rule = |l: &mut [u8], t: &[WordType]| callings_before_given_names(l, |i| &t[i]);
        let words = ["ويقول", "الفخاري", "سيد", "عبد", "الرازق", "إن"];
        let got = after_rule(
            &words,
            &[0, p, p + 1, p + 1, p + 1, 0],
            listed_word_type,
            rule,
        );
        assert_eq!(got, [0, 0, p, p + 1, p + 1, 0]);
        // a given name with the article stays (`الهادي عمر الطرابلسي`), and so does a name of two
        // words
        for (words, labels) in [
            (
                ["وقال", "المزارع", "الهادي", "عمر", "الطرابلسي", "إن"],
                [0, 0, p, p + 1, p + 1, 0],
            ),
            (
                ["وقال", "الخديوي", "إسماعيل", "إن", "البلاد", "مستقلة"],
                [0, p, p + 1, 0, 0, 0],
            ),
        ] {
            assert_eq!(
                after_rule(&words, &labels, listed_word_type, rule),
                labels,
                "{words:?}"
            );
        }
    }

    #[test]
    fn a_person_after_a_body_and_its_place_is_no_part_of_it() {
        let s = "ويرى أستاذ العلوم السياسية في جامعة بغداد إحسان الشمري أن الرئيس الجديد سيرث ملفات ثقيلة .";
        finds_each(&[(s, "إحسان الشمري")], Kind::Person, Options::default());
        finds_each(
            &[(s, "جامعة بغداد")],
            Kind::Organization,
            Options::default(),
        );
    }

    #[test]
    fn a_body_for_defending_takes_what_it_defends() {
        let o = kind_label(Kind::Organization);
        let rule = |l: &mut [u8], t: &[WordType]| {
            let mut m = vec![0.0; l.len()];
            bodies_by_their_purpose(l, &mut m, |i| &t[i], Gazetteer::get())
        };
        let words = [
            "وعبرت",
            "الرابطة",
            "التونسية",
            "للدفاع",
            "عن",
            "حقوق",
            "الإنسان",
            "عن",
            "قلقها",
        ];
        let got = after_rule(&words, &[0; 9], listed_word_type, rule);
        assert_eq!(got, [0, o, o + 1, o + 1, o + 1, o + 1, o + 1, 0, 0]);
        let words = [
            "عضوة",
            "في",
            "المجلس",
            "العالمي",
            "للدفاع",
            "عن",
            "السلم",
            "منذ",
            "عام",
        ];
        let got = after_rule(&words, &[0; 9], listed_word_type, rule);
        assert_eq!(got, [0, 0, o, o + 1, o + 1, o + 1, o + 1, 0, 0]);
    }

    #[test]
    fn his_grandfather_is_no_jeddah_where_the_text_writes_taa() {
        finds_none(&[
            (
                "ويقول إنه تعلم الصيد في طفولته من جده في القرية ، وإن الصقارة هواية قديمة في المنطقة .",
                "جده",
            ),
            (
                "وقالت الطالبة إن جده رحمه الله كان يعمل في ميناء المدينة منذ بداية القرن الماضي .",
                "جده",
            ),
        ]);
        // a text written with `ه` for `ة` throughout keeps its Jeddah
        finds_each(
            &[("وصل وزير الخارجيه الى جده صباح اليوم .", "جده")],
            Kind::Place,
            Options::default(),
        );
    }

    #[test]
    fn a_family_name_ending_in_alef_before_the_clause() {
        finds_each(
            &[(
                "ويرى رئيس الغرفة السورية عبد القادر صبرا أن المنافسة ستكون مع بيروت .",
                "عبد القادر صبرا",
            )],
            Kind::Person,
            Options::default(),
        );
        // the accusative's adverb is no family name
        finds_none(&[("وقال الوزير محمد أيضا إن الخطة جاهزة .", "أيضا")]);
    }

    #[test]
    fn a_compound_given_name_takes_its_family_name_before_the_clause() {
        finds_each(
            &[(
                "وقال الأمين العام لنقابة المجمع نور الدين عمراني إن العمال انتظروا طويلا .",
                "نور الدين عمراني",
            )],
            Kind::Person,
            Options::default(),
        );
    }

    #[test]
    fn a_university_goes_on_over_the_adjective_of_its_kind() {
        finds_each(
            &[
                (
                    "ويرى الخبير الاقتصادي في جامعة نواكشوط العصرية أن البلاد رهينة الأسعار .",
                    "جامعة نواكشوط العصرية",
                ),
                (
                    "تخرج من جامعة موسكو الحكومية في عام 1955 .",
                    "جامعة موسكو الحكومية",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
        // the adjective of its country describes it
        finds_none(&[("درس في جامعة هارفارد الأمريكية سنتين .", "الأمريكية")]);
    }

    #[test]
    fn a_mauritanian_name_goes_on_over_its_nasab() {
        finds_each(
            &[
                (
                    "ويرى الخبير في الجامعة محمد الأمين ولد الداه أن البلاد رهينة الأسعار .",
                    "محمد الأمين ولد الداه",
                ),
                (
                    "وقال محمد سالم ولد الداه إن الرحلة طويلة .",
                    "محمد سالم ولد الداه",
                ),
                (
                    "وحذر وزير الثقافة محمد أغ الحاج من أن الجماعة ما زالت تنشط .",
                    "محمد أغ الحاج",
                ),
            ],
            Kind::Person,
            Options::default(),
        );
        // `ولد` the verb: born in a year, on a day, under a name
        finds_none(&[
            ("ويذكر أن الشاعر محمد سالم ولد عام 1950 في أطار .", "ولد"),
            (
                "وكان الكاتب محمد حسنين هيكل ولد يوم الجمعة في القاهرة .",
                "ولد",
            ),
            ("والممثل جون وين ولد باسم ماريون في أيوا .", "ولد"),
            // (the verb ending a line with no full stop)
            ("ويذكر أن الشاعر محمد سالم ولد", "ولد"),
        ]);
    }

    #[test]
    fn an_organisations_short_name_in_brackets_is_one_too() {
        finds_each(
            &[
                (
                    "أعلنت الشركة الوطنية للصناعة والمناجم ( اسنيم ) أن صادراتها ارتفعت .",
                    "اسنيم",
                ),
                ("تخرج من المدرسة الوطنية للإدارة ( ENA ) سنة 1980 .", "ENA"),
            ],
            Kind::Organization,
            Options::default(),
        );
        // a gloss or a word capitalised is no short name
        finds_none(&[
            (
                "وأقر إنشاء مجلس الدوما ( البرلمان ) ودعوته للانعقاد .",
                "البرلمان",
            ),
            ("ودرس في جامعة شيفيلد ( عرض ) والكلية الأوروبية .", "عرض"),
        ]);
    }

    #[test]
    fn a_companys_second_word_before_its_adjective() {
        finds_each(
            &[
                (
                    "أعلنت شركة كليك باي الأردنية الناشئة أنها جمعت 30 مليون دولار .",
                    "كليك باي",
                ),
                ("بحسب شركة كابيتال مترو المشغلة .", "كابيتال مترو"),
            ],
            Kind::Organization,
            Options::default(),
        );
        // what the company did is not its name
        finds_none(&[(
            "وفي عام 2004 طرحت شركة جوجل خدمة البريد الإلكتروني المجانية .",
            "جوجل خدمة",
        )]);
    }

    #[test]
    fn a_body_for_a_place_named_by_its_noun_is_one_name() {
        finds_each(
            &[(
                "أعلنت الهيئة الملكية لمدينة الرياض أن القطارات نقلت مليون راكب .",
                "الهيئة الملكية لمدينة الرياض",
            )],
            Kind::Organization,
            Options::default(),
        );
    }

    #[test]
    fn a_body_named_by_a_place_and_its_purpose_is_one_name() {
        // the head inside, the place and what the body is for, and its adjective
        let found = sentence_spans("وطوره فريق بالتعاون مع مؤسسة الكويت للتقدم العلمي الأحد");
        assert!(found.contains(&(4, 8, 2)), "{found:?}");
        // a company's head outside, as the sets mark companies
        let found = sentence_spans("ووقعت شركة قطر للغاز المسال اتفاقا");
        assert!(found.contains(&(2, 5, 2)), "{found:?}");
        // not a team sent to do something, nor another body's head taken in, nor where a
        // body is
        let found = sentence_spans("وسافر فريق مصر للوصول إلى النهائي");
        assert!(!found.iter().any(|&(_, _, c)| c == 2), "{found:?}");
        let found = sentence_spans("في شركة الفرات للغزل والشركة العامة");
        assert!(!found.iter().any(|&(_, e, _)| e > 5), "{found:?}");
        let found = sentence_spans("وافتتح مستشفى بالقاهرة للعلاج المجاني");
        assert!(!found.iter().any(|&(_, _, c)| c == 2), "{found:?}");
    }

    #[test]
    fn the_second_of_two_places_between_which_is_a_place() {
        let m = builtin_model();
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, listed_word_type, |l, t| {
                places_between(l, |i| &t[i], &m.clusters)
            })
        };
        assert_eq!(
            run(
                &["الطريق", "بين", "الزويرات", "وبوتلميت", "."],
                &[0, 0, LOC, 0, 0]
            ),
            [0, 0, LOC, LOC, 0]
        );
        // a pronoun, a common noun with the article, a word with its complement after it, and
        // no place first: left alone
        for (words, labels) in [
            (&["بين", "مصر", "وغيرها"][..], &[0, LOC, 0][..]),
            (&["بين", "النيل", "والصحراء"], &[0, LOC, 0]),
            (&["بين", "القاهرة", "وحكومة", "الإقليم"], &[0, LOC, 0, 0]),
            (&["بين", "الرجل", "وبوتلميت"], &[0, 0, 0]),
        ] {
            assert_eq!(run(words, labels), labels, "{words:?}");
        }
    }

    #[test]
    fn a_company_named_by_a_common_noun_and_its_country_is_one_name() {
        let found = sentence_spans("وأوضحت شركة معادن موريتانيا أن المنطقة مغلقة");
        assert!(found.contains(&(2, 4, 2)), "{found:?}");
        // with the company's own adjective after the place, and a plural whose `ئ` the key
        // writes as a nisba's `ي`
        let found = sentence_spans("وتدير شركة موانئ دبي العالمية ميناء بربرة منذ عام 2017");
        assert!(found.contains(&(2, 5, 2)), "{found:?}");
        // its seat, a place it is in, a place with its complement: no company's name
        for line in [
            "وهي شركة مقرها ووهان",
            "تعمل شركة اتصالات بالمغرب منذ عام",
            "مع شركة نفط الكويت الجنوبية",
        ] {
            let found = sentence_spans(line);
            assert!(
                !found.iter().any(|&(a, _, c)| a == 2 && c == 2),
                "{line}: {found:?}"
            );
        }
    }

    #[test]
    fn a_university_named_by_its_nisba_and_its_city_is_one_name() {
        let found = sentence_spans("وقال الأستاذ في الجامعة الأمريكية في بيروت كريم عيتاني إن");
        assert!(found.contains(&(3, 7, 2)), "{found:?}");
        let found = sentence_spans("تخرج في الجامعة الأمريكية بالقاهرة عام 1990");
        assert!(found.contains(&(2, 5, 2)), "{found:?}");
        // the Arab League meets in its city; an ordinal describes
        for line in [
            "واجتمع وزراء الجامعة العربية في القاهرة أمس",
            "وهي الجامعة الأولى في المملكة المتحدة",
        ] {
            let found = sentence_spans(line);
            assert!(
                !found.iter().any(|&(_, e, c)| c == 2 && e >= 5),
                "{line}: {found:?}"
            );
        }
    }

    #[test]
    fn a_sovereign_s_ordinal_is_part_of_the_name() {
        let person = kind_label(Kind::Person);
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, listed_word_type, |l, t| {
                regnal_numbers(l, |i| &t[i])
            })
        };
        assert_eq!(
            run(
                &["عهد", "الملك", "بيبي", "الأول", "."],
                &[0, 0, person, 0, 0]
            ),
            [0, 0, person, person + 1, 0]
        );
        assert_eq!(
            run(
                &["للبابا", "بيوس", "الثاني", "عشر", "في"],
                &[0, person, 0, 0, 0]
            ),
            [0, person, person + 1, person + 1, 0]
        );
        // a rank, with no sovereign's title before the name
        let l = [0, person, person + 1, 0, 0];
        assert_eq!(
            run(&["والتشيلي", "فرناندو", "غونزاليز", "الثالث", "بتغلبه"], &l),
            l
        );
    }

    #[test]
    fn one_listed_place_after_in_is_a_place() {
        let (person, place) = (kind_label(Kind::Person), kind_label(Kind::Place));
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, listed_word_type, |l, t| {
                places_after_in(l, |i| &t[i])
            })
        };
        assert_eq!(
            run(&["ولد", "في", "جدة", "عام"], &[0, 0, person, 0]),
            [0, 0, place, 0]
        );
        // not a name of two words, nor a word no list holds as a place
        let l = [0, 0, person, person + 1, 0];
        assert_eq!(run(&["ولد", "في", "جدة", "الخالدي", "عام"], &l), l);
        let l = [0, 0, person, 0];
        assert_eq!(run(&["رأى", "في", "عرفات", "زعيما"], &l), l);
    }

    #[test]
    fn a_credited_outlet_is_an_organisation_wherever_the_article_names_it() {
        let (place, org) = (kind_label(Kind::Place), kind_label(Kind::Organization));
        let credit = |words: &[&str], labels: &[u8]| {
            let types: Vec<WordType> = words.iter().map(|w| listed_word_type(w)).collect();
            let mut l = labels.to_vec();
            let mut m = vec![0.0; l.len()];
            let o = credited_outlet(&mut l, &mut m, words, |i| &types[i]);
            (l, o)
        };
        let (l, o) = credit(
            &["أنقرة", "(", "الأناضول", ")", "-", "قال"],
            &[place, 0, place, 0, 0, 0],
        );
        assert_eq!((l, o), (vec![place, 0, org, 0, 0, 0], Some(2..3)));
        // the dash before the credit
        let (l, _) = credit(
            &["بيروت", "-", "(", "الأناضول", ")", "أعلن"],
            &[place, 0, 0, place, 0, 0],
        );
        assert_eq!(l[3], org);
        // a country credited as ANERcorp's dispatches do, and brackets later in the line
        let words = ["ساو", "باولو", "(", "البرازيل", ")", "-"];
        let labels = [place, place + 1, 0, place, 0, 0];
        assert_eq!(credit(&words, &labels), (labels.to_vec(), None));
        let words = ["قال", "الوزير", "إن", "الوفد", "(", "الأناضول", ")", "-"];
        let labels = [0, 0, 0, 0, 0, place, 0, 0];
        assert_eq!(credit(&words, &labels).1, None);
        // an agency the model left unread after a dateline it read as a place
        let (l, o) = credit(
            &["تونس", "(", "وات", ")", "-", "فاز"],
            &[place, 0, 0, 0, 0, 0],
        );
        assert_eq!((l, o), (vec![place, 0, org, 0, 0, 0], Some(2..3)));
        // but not the paper's own staff, an agency by its adjective or spelt in letters, nor a
        // credit after a dateline the model did not read as a place
        for words in [
            &["الغيضة", "(", "خاص", ")", "-"][..],
            &["باريس", "(", "الفرنسية", ")", "-"],
            &["باريس", "(", "د", "ب", "أ", ")", "-"],
        ] {
            let mut labels = vec![0; words.len()];
            labels[0] = place;
            assert_eq!(credit(words, &labels), (labels, None), "{words:?}");
        }
        let labels = [0, 0, 0, 0, 0];
        assert_eq!(
            credit(&["أمس", "(", "وات", ")", "-"], &labels),
            (labels.to_vec(), None)
        );
        // its other mentions, with a preposition too; the region and another place stay
        let words = [
            "وقال",
            "للأناضول",
            "ذكرت",
            "الأناضول",
            "في",
            "الأناضول",
            "وأنقرة",
        ];
        let types: Vec<WordType> = words.iter().map(|w| listed_word_type(w)).collect();
        let mut l = vec![0, place, 0, place, 0, place, place];
        let mut m = vec![0.0; 7];
        outlet_mentions(&mut l, &mut m, |i| &types[i], &[vec!["الاناضول"]]);
        assert_eq!(l, [0, org, 0, org, 0, place, place]);
    }

    #[test]
    fn a_region_named_by_its_towns_is_one_place() {
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, word_type, |l, t| {
                regions_named_by_towns(l, |i| &t[i])
            })
        };
        assert_eq!(
            run(
                &["بجهة", "الدار", "البيضاء", "سطات", "."],
                &[0, LOC, LOC + 1, LOC, 0]
            ),
            [0, LOC, LOC + 1, LOC + 1, 0]
        );
        assert_eq!(
            run(
                &["جهة", "طنجة", "تطوان", "الحسيمة", "فاس"],
                &[0, LOC, LOC, LOC, LOC]
            ),
            [0, LOC, LOC + 1, LOC + 1, LOC]
        );
        // two places with a conjunction, and a destination, stay apart
        assert_eq!(
            run(&["جهة", "الرباط", "وفاس"], &[0, LOC, LOC]),
            [0, LOC, LOC]
        );
        assert_eq!(
            run(&["وجهة", "الرباط", "فاس"], &[0, LOC, LOC]),
            [0, LOC, LOC]
        );
        assert_eq!(
            run(&["جهة", "كلميم", "واد", "نون"], &[0, LOC, LOC, LOC + 1]),
            [0, LOC, LOC + 1, LOC + 1]
        );
    }

    #[test]
    fn a_lone_preposition_is_no_edge_of_a_name() {
        // the model read `مستشفى في أم درمان` as a hospital named `في أم درمان` after these
        let text = "عنوان\n\
            فاز الروائي الليبي محمد النعاس بالجائزة العالمية للرواية العربية عن روايته خبز على طاولة الخال ميلاد .\n\
            قال رئيس الاتحاد الجزائري لكرة القدم وليد صادي إن المدرب فلاديمير بيتكوفيتش باق في منصبه حتى نهاية التصفيات .\n\
            وقالت الممرضة سعاد الهاشمي التي تعمل في مستشفى في أم درمان إن الأدوية نفدت منذ أسبوع .";
        let sentences: Vec<Vec<&str>> = text
            .lines()
            .filter(|l| !l.is_empty())
            .map(|l| l.split_whitespace().collect())
            .collect();
        let labels = tag_document(builtin_model(), &sentences, Options::default());
        for (a, b, _) in spans(&labels[3]) {
            let first = sentences[3][a];
            let last = sentences[3][b - 1];
            assert!(
                !edgeless_preposition(&normalize::key(first), first)
                    && !edgeless_preposition(&normalize::key(last), last),
                "{:?}",
                &sentences[3][a..b]
            );
        }
        // but `في` after a spelt letter is V
        let tv = ["وقال", "مذيع", "قناة", "أون", "تي", "في", "المصرية", "إن"];
        let labels = tag_document(builtin_model(), &[tv.to_vec()], Options::default());
        assert_eq!(spans(&labels[0]), [(3, 6, 2)]);
    }

    #[test]
    fn a_person_never_ends_on_a_word_with_the_article_after_li() {
        assert_eq!(
            sentence_spans("وقال وزير الطاقة الموريتاني محمد ولد خالد للصحفيين إن الشحنة بداية"),
            [(4, 7, 0)]
        );
        // nor on `ل` before a hamza (to his supporters)
        assert_eq!(
            sentence_spans("وقال سعد لأنصاره إن المدينة اختارت"),
            [(1, 2, 0)]
        );
        // but may begin with one: the clitic is part of the name
        let mut l = vec![0, 1, 2, 0];
        trim_letterless(&mut l, |i, c, first| i == 1 && c == 0 && !first);
        assert_eq!(l, vec![0, 1, 2, 0]);
        let mut l = vec![0, 1, 0];
        trim_letterless(&mut l, |i, c, first| i == 1 && c == 0 && !first);
        assert_eq!(l, vec![0, 1, 0]);
    }

    #[test]
    fn a_name_ending_on_a_company_word_is_a_company() {
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, listed_word_type, |l, t| {
                companies_by_their_endings(l, |i| &t[i])
            })
        };
        assert_eq!(
            run(&["مع", "كوزموس", "إنرجي", "الأمريكية"], &[0, 1, 2, 0]),
            [0, ORG, ORG + 1, 0]
        );
        // John Houlding, and a person of one word
        assert_eq!(run(&["جون", "هولدينغ"], &[1, 2]), [1, 2]);
        assert_eq!(
            run(&["شركة", "ميد", "سبلاي", "،"], &[0, 1, 2, 0]),
            [0, ORG, ORG + 1, 0]
        );
        assert_eq!(run(&["قال", "فودز"], &[0, 1]), [0, 1]);
    }

    #[test]
    fn a_person_after_a_listed_organisation_is_no_part_of_it() {
        let given = |i: usize| i == 2;
        let listed = [ORG | model::WEAK, (ORG | model::WEAK) + 1, 0, 0, 0];
        let mut l = vec![ORG, ORG + 1, ORG + 1, ORG + 1, 0];
        persons_after_listed_orgs(&mut l, &listed, given);
        assert_eq!(l, vec![ORG, ORG + 1, 1, 2, 0]);
        // with the family name the model found apart
        let mut l = vec![ORG, ORG + 1, ORG + 1, ORG, 0];
        persons_after_listed_orgs(&mut l, &listed, given);
        assert_eq!(l, vec![ORG, ORG + 1, 1, 2, 0]);
        // not one word after it, nor where no given name follows
        let mut l = vec![ORG, ORG + 1, ORG + 1, 0, 0];
        persons_after_listed_orgs(&mut l, &listed, given);
        assert_eq!(l, vec![ORG, ORG + 1, ORG + 1, 0, 0]);
        let mut l = vec![ORG, ORG + 1, ORG + 1, ORG + 1, 0];
        persons_after_listed_orgs(&mut l, &listed, |_| false);
        assert_eq!(l, vec![ORG, ORG + 1, ORG + 1, ORG + 1, 0]);
        // the whole pipeline
        assert_eq!(
            sentence_spans("وقال المدير الإقليمي لشركة بي بي جوردون بيريل إن الإنتاج سيصل"),
            [(4, 6, 2), (6, 8, 0)]
        );
    }

    #[test]
    fn a_person_run_into_by_a_body_named_before_is_the_person() {
        // a bank, then its analyst
        assert_eq!(
            sentence_spans("ورأت المحللة في بنك جيه بي مورغان فاطمة الزهراني أن الأسعار سترتفع"),
            [(3, 7, 2), (7, 9, 0)]
        );
        // bodies named for a person keep the name: after a royal word or a title
        assert_eq!(
            sentence_spans("ودرس في جامعة الملك عبد العزيز في جدة"),
            [(2, 6, 2), (7, 8, 1)]
        );
        // a given name has no article: `الهادئ` of the Pacific is none, though `هادي` is one
        let mut l = vec![0, ORG, ORG + 1, ORG + 1, ORG + 1, 0];
        let mut words: Vec<WordType> = ["في", "جامعة", "المحيط", "الهادي", "الزهراني", "و"]
            .iter()
            .map(|w| listed_word_type(w))
            .collect();
        words[3].bits |= class::FIRST_NAME;
        let mut without = l.clone();
        words[3].key = "هادي".into();
        persons_run_into_by_bodies(
            &mut without,
            |i| &words[i],
            Gazetteer::get(),
            &builtin_model().clusters,
        );
        assert_eq!(without, vec![0, ORG, ORG + 1, 1, 2, 0], "the test's words");
        words[3].key = "الهادي".into();
        persons_run_into_by_bodies(
            &mut l,
            |i| &words[i],
            Gazetteer::get(),
            &builtin_model().clusters,
        );
        assert_eq!(l, vec![0, ORG, ORG + 1, ORG + 1, ORG + 1, 0]);
    }

    #[test]
    fn a_word_between_a_company_or_a_club_and_its_nisba_is_its_name() {
        let read = |line: &str, l: &[u8]| {
            let ws: Vec<&str> = line.split(' ').collect();
            let words: Vec<WordType> = ws.iter().map(|w| listed_word_type(w)).collect();
            let mut l = l.to_vec();
            names_before_their_nisba(&mut l, |i| &words[i]);
            l
        };
        let run = |line: &str| read(line, &vec![0; line.split(' ').count()]);
        assert_eq!(run("أعلنت شركة خزنة المصرية أنها"), [0, 0, ORG, 0, 0]);
        // a club, after its masculine nisba; the head and the adjective the model read into
        // the name are left out
        assert_eq!(run("أعلن نادي الهلال السعودي أمس"), [0, 0, ORG, 0, 0]);
        assert_eq!(
            read(
                "أعلن نادي الهلال السعودي أمس",
                &[0, ORG, ORG + 1, ORG + 1, 0]
            ),
            [0, 0, ORG, 0, 0]
        );
        // not a name that goes on past the adjective, nor a club before a feminine one
        assert_eq!(
            read(
                "مع نادي الهلال السعودي الأولمبي",
                &[0, ORG, ORG + 1, ORG + 1, ORG + 1]
            ),
            [0, ORG, ORG + 1, ORG + 1, ORG + 1]
        );
        assert_eq!(run("مع نادي الهلال السعودية أمس"), [0; 5]);
        assert_eq!(run("وقعت لشركة تطوير الإماراتية"), [0, 0, ORG, 0]);
        // not a word with the article, a preposition's object or an adjective; not before a
        // masculine nisba, which does not agree with the company
        for line in [
            "أعلنت شركة النفط الوطنية أنها",
            "أسس شركة للصناعات الكيماوية في",
            "وهي شركة أمريكية العالمية للآيس",
            "قال شركة خزنة المصري إن",
        ] {
            assert_eq!(run(line), vec![0; line.split(' ').count()], "{line}");
        }
        // the whole pipeline
        // (and the currency, a MISC)
        assert_eq!(
            sentence_spans("وأعلنت شركة خزنة المصرية للتكنولوجيا المالية أنها جمعت 40 مليون دولار"),
            [(2, 3, 2), (10, 11, 3)]
        );
    }

    #[test]
    fn a_dateline_with_the_dash_alone_is_a_place() {
        let run = |line: &str, l: &[u8]| {
            let ws: Vec<&str> = line.split(' ').collect();
            let words: Vec<WordType> = ws.iter().map(|w| listed_word_type(w)).collect();
            let (mut l, mut m) = (l.to_vec(), vec![0.0; ws.len()]);
            let cl = model::clusters::Clusters::default();
            unread_dateline(&mut l, &mut m, &ws, |i| &words[i], &cl);
            l
        };
        let place = kind_label(Kind::Place);
        let line = "حديبو - تستقبل جزيرة سقطرى هذا الشتاء أعدادا غير مسبوقة من السياح بعد أن زادت";
        let n = line.split(' ').count();
        let mut want = vec![0; n];
        want[0] = place;
        assert_eq!(run(line, &vec![0; n]), want);
        // an unknown town the model took for an organisation's acronym
        let mut org = vec![0; n];
        org[0] = ORG;
        assert_eq!(run(line, &org), want);
        // two words
        let line2 = "دير البلح - قصفت الطائرات منازل في وسط المدينة فجر اليوم وسقط عدد من الجرحى";
        let n2 = line2.split(' ').count();
        let mut want2 = vec![0; n2];
        (want2[0], want2[1]) = (place, place + 1);
        assert_eq!(run(line2, &vec![0; n2]), want2);
        // a short line (a headline), a list's items, a word between dashes, a function word, a
        // nisba, a name the model found
        for line in [
            "حديبو - تستقبل السياح",
            "بيونغشون - بوتونغونغ - تشونغ - مورانبونغ - سوسون وهي أحياء العاصمة التي يسكنها الناس",
            "الگلستان - ومعناها الروضة أو الحديقة - هي مجموعة من القصص المنظومة في أبواب",
            "لكن - كما يقول المؤرخون - لم يكن الأمر كذلك في تلك الأيام من القرن الماضي",
            "الفرنسية - قالت الوكالة إن الرئيس سيزور البلاد في الأسبوع المقبل مع وفد كبير",
        ] {
            let n = line.split(' ').count();
            assert_eq!(run(line, &vec![0; n]), vec![0; n], "{line}");
        }
        let mut person = vec![0; n];
        person[0] = kind_label(Kind::Person);
        assert_eq!(run(line, &person), person);
        // the whole pipeline: the unlabelled text knows a capital as no place of its own
        // (`عواصم - وكالات`), and the town is found again at its other mention
        assert!(
            sentence_spans(
                "عواصم - اختتمت فصائل المعارضة اجتماعها في العاصمة أمس بعد يومين من النقاش الطويل"
            )
            .iter()
            .all(|s| s.0 != 0)
        );
        let spans = sentence_spans(
            "حديبو - تستقبل جزيرة سقطرى هذا الشتاء أعدادا غير مسبوقة من السياح ، وتعد السلطات مشاتل في قلنسية وحديبو",
        );
        assert!(spans.contains(&(0, 1, 1)), "{spans:?}");
        assert!(spans.contains(&(18, 19, 1)), "{spans:?}");
    }

    #[test]
    fn a_dateline_before_an_agency_credit_is_a_place() {
        let run = |line: &str, l: &[u8]| {
            let ws: Vec<&str> = line.split(' ').collect();
            let words: Vec<WordType> = ws.iter().map(|w| listed_word_type(w)).collect();
            let (mut l, mut m) = (l.to_vec(), vec![0.0; ws.len()]);
            let cl = model::clusters::Clusters::default();
            unread_dateline(&mut l, &mut m, &ws, |i| &words[i], &cl);
            l
        };
        let place = kind_label(Kind::Place);
        // an agency the lists know, the model's organisation, letters; the dash before the credit
        assert_eq!(
            run("أدري ( الأناضول ) - عبر", &[0, 0, 0, 0, 0, 0]),
            [place, 0, 0, 0, 0, 0]
        );
        assert_eq!(
            run("أدري ( سونا ) - عبر", &[0, 0, ORG, 0, 0, 0]),
            [place, 0, ORG, 0, 0, 0]
        );
        assert_eq!(
            run("أدري ( أ ف ب ) - عبر", &[0; 8]),
            [place, 0, 0, 0, 0, 0, 0, 0]
        );
        assert_eq!(
            run("دير البلح ( الأناضول ) - قصف", &[0; 7]),
            [place, place + 1, 0, 0, 0, 0, 0]
        );
        assert_eq!(
            run("أدري - ( الأناضول ) عبر", &[0; 6]),
            [place, 0, 0, 0, 0, 0]
        );
        // no credit: a term and its gloss, a word in brackets no agency; no dash; a nisba; a name
        // the model found
        for (line, n) in [
            ("التعويض ( Restitution ) - هي", 6),
            ("الحروف الصامتة ( الصحيحة ) - عددها", 7),
            ("أدري ( الأناضول ) عبر", 5),
            ("الفرنسية ( أ ف ب ) - قالت", 8),
        ] {
            assert_eq!(run(line, &vec![0; n]), vec![0; n], "{line}");
        }
        assert_eq!(
            run("أدري ( الأناضول ) - عبر", &[place, 0, 0, 0, 0, 0]),
            [place, 0, 0, 0, 0, 0]
        );
        // the whole pipeline
        assert_eq!(
            sentence_spans("أدري ( الأناضول ) - عبر آلاف اللاجئين الحدود إلى تشاد"),
            [(0, 1, 1), (2, 3, 2), (10, 11, 1)]
        );
    }

    #[test]
    fn a_body_named_in_one_word_before_a_person_is_the_body_then_the_person() {
        let run = |ws: &[&str], l: &[u8]| {
            let words: Vec<WordType> = ws.iter().map(|w| listed_word_type(w)).collect();
            let mut l = l.to_vec();
            bodies_named_before_persons(&mut l, |i| &words[i], &builtin_model().clusters);
            l
        };
        let fund = ["في", "صندوق", "سنابل", "نورة", "القحطاني", "إن"];
        // read as one organisation or as one person
        assert_eq!(
            run(&fund, &[0, 0, ORG, ORG + 1, ORG + 1, 0]),
            [0, 0, ORG, 1, 2, 0]
        );
        assert_eq!(run(&fund, &[0, 0, 1, 2, 2, 0]), [0, 0, ORG, 1, 2, 0]);
        // not without the head noun before it, nor a name of two words
        assert_eq!(
            run(
                &["في", "بيان", "سنابل", "نورة", "القحطاني"],
                &[0, 0, ORG, ORG + 1, ORG + 1]
            ),
            [0, 0, ORG, ORG + 1, ORG + 1]
        );
        assert_eq!(
            run(
                &["في", "صندوق", "سنابل", "نورة", "إن"],
                &[0, 0, ORG, ORG + 1, 0]
            ),
            [0, 0, ORG, ORG + 1, 0]
        );
        // a body named for a person, by a given name, a title or a compound given name
        for ws in [
            ["عن", "مؤسسة", "سلطان", "علي", "العويس"],
            ["في", "جامعة", "الملك", "فهد", "للبترول"],
            ["في", "جامعة", "تونكو", "عبد", "الرحمن"],
        ] {
            assert_eq!(
                run(&ws, &[0, 0, ORG, ORG + 1, ORG + 1]),
                [0, 0, ORG, ORG + 1, ORG + 1],
                "{ws:?}"
            );
        }
        // a company's name by its ending
        assert_eq!(
            run(
                &["لهم", "شركة", "وارنر", "بروس", "ريكوردز"],
                &[0, 0, ORG, ORG + 1, ORG + 1]
            ),
            [0, 0, ORG, ORG + 1, ORG + 1]
        );
        // the whole pipeline, which read the fund and its partner as one organisation
        assert_eq!(
            sentence_spans("وقالت الشريكة في صندوق سنابل نورة القحطاني إن السوق تنمو بسرعة"),
            [(4, 5, 2), (5, 7, 0)]
        );
    }

    #[test]
    fn a_family_name_that_is_a_common_word_is_found_again_as_a_speaker() {
        let doc = [
            "وأوضحت المتحدثة باسم المفوضية رولا أمين أن العائدين توجهوا إلى حمص",
            "وقالت أمين إن المفوضية تحتاج إلى المال",
            "وقال أمين الصندوق إن المال لا يكفي",
            "واختار المجلس أمين عام جديدا",
        ];
        let labels = document_labels(&doc);
        assert!(
            spans(&labels[0]).contains(&(4, 6, 0)),
            "{:?}",
            spans(&labels[0])
        );
        // the subject of a verb of saying, before `إن`
        assert_eq!(spans(&labels[1]), [(1, 2, 0)]);
        // not the word elsewhere (the model trained on the marked news sets reads a given name
        // and a noun after a verb of saying as a name, `وقال أمين الصندوق إن`, whatever the
        // rules do: see README, still weak)
        assert!(
            spans(&labels[2]).iter().all(|&(a, b, _)| b - a == 2),
            "{:?}",
            spans(&labels[2])
        );
        // (nor `أمين عام`, before the model trained on the marked news sets, whose surer
        // readings the document pass now carries there: README, still weak)
        assert!(
            spans(&labels[3]).iter().all(|&(a, b, _)| b - a == 1),
            "{:?}",
            spans(&labels[3])
        );
    }

    #[test]
    fn a_person_right_after_the_word_company_is_the_company() {
        let words: Vec<WordType> = ["وقعت", "عقدا", "مع", "شركة", "فيليب", "موريس", "لبناء"]
            .iter()
            .map(|w| listed_word_type(w))
            .collect();
        let mut l = vec![0, 0, 0, 0, 1, 2, 0];
        companies_named_for_persons(&mut l, |i| &words[i]);
        assert_eq!(l, vec![0, 0, 0, 0, ORG, ORG + 1, 0]);
        // after a title the company heads, its head may be named
        let words: Vec<WordType> = ["قال", "الرئيس", "لشركة", "سامي", "الخوري", "إن"]
            .iter()
            .map(|w| listed_word_type(w))
            .collect();
        let mut l = vec![0, 0, 0, 1, 2, 0];
        companies_named_for_persons(&mut l, |i| &words[i]);
        assert_eq!(l, vec![0, 0, 0, 1, 2, 0]);
    }

    #[test]
    fn a_club_where_only_a_club_can_stand_in_a_match_report() {
        let report: Vec<Vec<&str>> = [
            "وفي مباراة الدوري قلب الهلال تأخره إلى فوز على ضيفه الاتحاد .",
            "وقال مدرب الهلال إن اللاعب قدم مباراة كبيرة .",
            "وأضاف أن المدرب يثق في كل لاعب من لاعبي الفريق .",
            "وبهذا الفوز رفع الهلال رصيده في الدوري .",
            "وأشاد مدرب النصر البرتغالي بأداء فريقه في الشوط الثاني .",
        ]
        .iter()
        .map(|s| s.split(' ').collect())
        .collect();
        let l = tag_document(builtin_model(), &report, Options::default());
        let orgs = |s: usize| -> Vec<&str> {
            spans(&l[s])
                .into_iter()
                .filter(|x| x.2 == 2)
                .map(|x| report[s][x.0])
                .collect()
        };
        assert!(orgs(0).contains(&"الاتحاد"), "{:?}", orgs(0));
        assert_eq!(orgs(1), ["الهلال"]);
        // the other mentions, through the document pass
        assert_eq!(orgs(3), ["الهلال"]);
        // the coach's nationality after the club
        assert_eq!(orgs(4), ["النصر"]);
        // not outside a match report
        // (the coach's club, `وقال مدرب الهلال إن الفريق جاهز`, the model trained on the marked
        // news sets reads as a club by itself, rightly)
        let found = sentence_spans("وظهر الهلال في سماء المدينة مساء أمس");
        assert!(found.iter().all(|x| x.2 != 2), "{found:?}");
    }

    #[test]
    fn a_place_after_a_papers_noun_is_the_paper() {
        let run = |words: &[&str], labels: &[u8]| {
            after_rule(words, labels, word_type, |l, t| {
                papers_named_for_places(l, |i| &t[i])
            })
        };
        assert_eq!(
            run(&["لصحيفة", "الشرق", "الأوسط"], &[0, LOC, LOC + 1]),
            [0, ORG, ORG + 1]
        );
        assert_eq!(run(&["وجريدة", "القدس"], &[0, LOC]), [0, ORG]);
        // a place after other nouns stays one
        assert_eq!(run(&["مدينة", "القدس"], &[0, LOC]), [0, LOC]);
    }

    #[test]
    fn a_weakly_listed_place_joined_to_a_place_is_the_next_place() {
        // جدة وينبع: ينبع alone is "springs"
        let codes = [0, LOC | model::WEAK];
        let mut l = vec![LOC, 0];
        coordinated_listed_places(&mut l, &codes, |i| i == 1);
        assert_eq!(l, vec![LOC, LOC]);
        // not without `و`, not after no place, not inside a longer listing
        let mut l = vec![LOC, 0];
        coordinated_listed_places(&mut l, &codes, |_| false);
        assert_eq!(l, vec![LOC, 0]);
        let mut l = vec![0, 0];
        coordinated_listed_places(&mut l, &codes, |_| true);
        assert_eq!(l, vec![0, 0]);
        let long = [0, LOC | model::WEAK, (LOC | model::WEAK) + 1];
        let mut l = vec![LOC, 0, 0];
        coordinated_listed_places(&mut l, &long, |_| true);
        assert_eq!(l, vec![LOC, 0, 0]);
    }

    #[test]
    fn a_listed_given_name_after_a_title_joins_the_family_name_found() {
        // `آلاء` is also "blessings": the model found only the family name
        let sentence: Vec<&str> =
            "حصلت الطبيبة الفلسطينية آلاء أبو عرب على جائزة دولية تقديرا لعملها ."
                .split_whitespace()
                .collect();
        let names = |opts: Options| persons_in(std::slice::from_ref(&sentence), 0, opts);
        let without = names(Options {
            titled_names: false,
            portfolio_names: false,
            ..Options::default()
        });
        // (the model trained on the marked news sets reads the given name by itself)
        assert_eq!(without, ["آلاء أبو عرب"]);
        assert_eq!(names(Options::default()), ["آلاء أبو عرب"]);
    }

    #[test]
    fn a_name_after_a_title_and_what_it_heads_is_a_person() {
        let names =
            |text: &str, opts: Options| persons_in(&[text.split_whitespace().collect()], 0, opts);
        let off = Options {
            titled_names: false,
            ..Options::default()
        };
        // the model read the unknown given name as a name of another kind
        let text = "« المدينة جاهزة » ، قال الرئيس التنفيذي للمشروع نظمي النصر ، « والمرحلة الثانية ستبدأ » .";
        // (the model trained on the marked news sets reads it by itself)
        assert_eq!(names(text, off), ["نظمي النصر"]);
        assert_eq!(names(text, Options::default()), ["نظمي النصر"]);
        // no name after it
        let text = "وقال الرئيس التنفيذي للشركة يوم الأحد إن الأرباح ارتفعت .";
        assert!(names(text, Options::default()).is_empty());
    }

    #[test]
    fn a_title_with_a_possessive_pronoun_is_definite() {
        let names =
            |text: &str, opts: Options| persons_in(&[text.split_whitespace().collect()], 0, opts);
        let text = "ثم انهارت الجماعة بعد موت ملكها أتيلا الهوني سنة 453 .";
        let off = Options {
            titled_names: false,
            ..Options::default()
        };
        assert!(names(text, off).is_empty());
        assert_eq!(names(text, Options::default()), ["أتيلا الهوني"]);
        // a name the model found alone after a title goes on to its family name, with the
        // article only
        let text = "وفي سنة 1497 جدد الأمير طومانباي الدوادار المدرسة .";
        assert_eq!(names(text, off), ["طومانباي"]);
        assert_eq!(names(text, Options::default()), ["طومانباي الدوادار"]);
        // not `ه`, which the key shares with the feminine ending
        let text = "وقعت الأحداث في محافظة عمران طالب فيه المجلس بالانسحاب .";
        assert!(names(text, Options::default()).is_empty());
    }

    #[test]
    fn an_organisation_begun_at_a_head_takes_in_the_listed_name_it_runs_into() {
        // منظمة أطباء | بلا حدود: the model stopped at the function word; أطباء بلا حدود is listed
        let listed = [0, ORG, ORG + 1, ORG + 1, 0];
        let model = vec![ORG, ORG + 1, 0, 0, 0];
        let mut l = model.clone();
        apply_gazetteer(
            &mut l,
            &listed,
            |_| false,
            |i| i == 0,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, vec![ORG, ORG + 1, ORG + 1, ORG + 1, 0]);
        // not without the head before it, nor with the rule off
        let mut l = model.clone();
        apply_gazetteer(
            &mut l,
            &listed,
            |_| false,
            |_| false,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, model);
        let mut l = model.clone();
        apply_gazetteer(
            &mut l,
            &listed,
            |_| false,
            |i| i == 0,
            |_, _| true,
            false,
            false,
        );
        assert_eq!(l, model);
        // nor for a person running into a listed one (مسيئا للنبي + النبي محمد)
        let mut l = vec![1, 2, 0];
        apply_gazetteer(
            &mut l,
            &[0, 1, 2],
            |_| false,
            |_| true,
            |_, _| true,
            true,
            false,
        );
        assert_eq!(l, vec![1, 2, 0]);
    }

    #[test]
    fn a_name_after_called_is_a_person() {
        finds_each(
            &[
                (
                    "وقال إن المقبرة تخص قائدا للرماة يدعى أمنمحات عاش في عهد الملك",
                    "أمنمحات",
                ),
                (
                    "وكان في المعسكر أمير يدعى خمارتكين فاكتشف المتسللين",
                    "خمارتكين",
                ),
                ("وأشرف على الإعدام المدعو ياركوف مع جنوده", "ياركوف"),
            ],
            Kind::Person,
            Options::default(),
        );
        // another noun names a place or a thing; without a noun the verb says "claims"
        finds_none(&[
            ("وكانت تتحدث لغة تدعى البنغالية في القرى", "البنغالية"),
            ("بينما يدعي آخرون العثور على الكنز", "آخرون"),
            ("وقتل فيها ضابط كبير يدعى محلياً بأبي الحسن", "محلياً"),
        ]);
    }

    #[test]
    fn a_person_after_a_company_spelt_by_its_letters() {
        let t = tag("وأوضح المدير الإقليمي لشركة بي بي غوردن بيرل أن الحقل سينتج الغاز");
        assert!(t.contains(&("غوردن بيرل".into(), Kind::Person)), "{t:?}");
        assert!(t.contains(&("بي بي".into(), Kind::Organization)), "{t:?}");
    }

    #[test]
    fn an_institution_named_for_an_honoured_person_is_one_name() {
        finds_each(
            &[
                (
                    "وقال الخبير الاقتصادي ممادو سال من جامعة الشيخ أنتا ديوب إن العائدات ستتأخر",
                    "جامعة الشيخ أنتا ديوب",
                ),
                (
                    "وتعلم في مدرسة الشيخ أمين الشنقيطي قبل أن يسافر",
                    "مدرسة الشيخ أمين الشنقيطي",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
    }

    #[test]
    fn places_in_a_list_after_like_and_a_noun_of_places() {
        finds_each(
            &[
                (
                    "وازدهرت مدن أخرى مثل بقيق والظهران بعد اكتشاف النفط",
                    "بقيق",
                ),
                (
                    "وتشتهر البلدة بقربها من مناطق الآثار الفرعونية مثل سقارة والجيزة",
                    "سقارة",
                ),
            ],
            Kind::Place,
            Options::default(),
        );
    }

    #[test]
    fn island_states_are_places_with_their_islands() {
        finds_each(
            &[
                (
                    "وغادرت الناقلة التي ترفع علم جزر مارشال الميناء",
                    "جزر مارشال",
                ),
                ("ووقعت الحكومة اتفاقا مع جزر سليمان أمس", "جزر سليمان"),
            ],
            Kind::Place,
            Options::default(),
        );
    }

    #[test]
    fn armed_groups_and_parties_named_every_day_are_organisations() {
        // their names are no common phrase: the list marks them wherever they stand
        finds_each(
            &[
                (
                    "سيطرت قوات الدعم السريع على مدينة الفاشر بعد حصار طويل",
                    "قوات الدعم السريع",
                ),
                (
                    "وأعلن الحرس الثوري الإيراني أنه أسقط طائرة مسيرة",
                    "الحرس الثوري الإيراني",
                ),
                (
                    "وتراجعت حركة السفن بفعل هجمات جماعة الحوثي في البحر الأحمر",
                    "جماعة الحوثي",
                ),
                ("وانسحبت البيشمركة من البلدات القريبة من سنجار", "البيشمركة"),
                (
                    "واعتقلت السلطات رئيسة الحزب الدستوري الحر العام الماضي",
                    "الحزب الدستوري الحر",
                ),
            ],
            Kind::Organization,
            Options::default(),
        );
    }

    #[test]
    fn a_portfolios_second_word_is_not_the_ministers_name() {
        finds_each(
            &[(
                "وقال وزير النقل واللوجستيك عبد الصمد قيوح أمام البرلمان إن المشروع كبير .",
                "عبد الصمد قيوح",
            )],
            Kind::Person,
            Options::default(),
        );
        // a foreign given name with the same letters stays
        finds_each(
            &[(
                "ومن أعلام الأدب الروائي التاريخي والتر سكوت وعالم اللاهوت ريتشارد واتلي .",
                "والتر سكوت",
            )],
            Kind::Person,
            Options::default(),
        );
    }

    #[test]
    fn districts_listed_after_their_plural_noun_are_places() {
        // whatever the unlabelled text read of the words, once one of them is found, and those
        // after it too, once the list has two
        for name in ["العليا", "والنسيم"] {
            finds_each(
                &[(
                    "وتربط الشبكة أحياء العليا والملز والنسيم بوسط المدينة .",
                    name,
                )],
                Kind::Place,
                Options::default(),
            );
        }
        // the next clause after the noun's complement, or a verb after a list
        finds_none(&[
            (
                "وهي من أكبر مدن رومانيا وتعتبر محط أنظار السائحين .",
                "وتعتبر",
            ),
            (
                "واستولى الثوار على أحياء الميدان والشاغور ووصلوا حتى السوق .",
                "ووصلوا",
            ),
        ]);
    }

    #[test]
    fn where_something_runs_from_and_to_before_a_direction_is_a_place() {
        for name in ["الحائر", "صلبوخ"] {
            finds_each(
                &[(
                    "ودشن الأمير الخط الأزرق الذي يمتد 38 كيلومترا من الحائر جنوبا إلى صلبوخ شمالا .",
                    name,
                )],
                Kind::Place,
                Options::default(),
            );
        }
        // a word with a pronoun on it is no name
        finds_none(&[("وامتد نفوذه من عاصمته جنوبا إلى البحر شمالا .", "عاصمته")]);
    }

    #[test]
    fn a_compound_place_read_as_two_places_is_one() {
        finds_each(
            &[
                (
                    "وكانت بعثة قد أعلنت العثور على ورشة للخزف في قرية دير المدينة ، حيث عاش عمال المقابر .",
                    "دير المدينة",
                ),
                (
                    "ومن المناطق المهمة في الإمارة منطقة خور خوير الصناعية",
                    "خور خوير",
                ),
            ],
            Kind::Place,
            Options::default(),
        );
    }

    #[test]
    fn a_listed_place_that_is_also_a_common_word_joins_a_list() {
        finds_each(
            &[
                (
                    "وستخصص الحكومة جزءا من العائدات لمشاريع الكهرباء في مدن الداخل مثل النعمة وكيفة .",
                    "النعمة",
                ),
                (
                    "ولا يزالون يقيمون في مخيمات اللاجئين في مالي والسنغال منذ سنوات",
                    "مالي",
                ),
            ],
            Kind::Place,
            Options::default(),
        );
    }

    #[test]
    fn a_sovereigns_name_left_unread_before_the_ordinal_is_a_person() {
        finds_each(
            &[
                (
                    "وتعود المقبرة إلى عصر الملك تحتمس الثالث ، وعثرت عليها بعثة مشتركة",
                    "تحتمس الثالث",
                ),
                (
                    "وفي عهد البابا كليمنت الحادي عشر نقلت الرفات إلى الكنيسة",
                    "كليمنت الحادي عشر",
                ),
            ],
            Kind::Person,
            Options::default(),
        );
        finds_none(&[("وفاز الملك للمرة الثالثة بالسباق", "للمرة")]);
    }

    #[test]
    fn a_storms_name_is_no_person() {
        for (s, name) in [
            (
                "بعد عامين على الفيضان الذي خلفته العاصفة دانيال في شرق ليبيا",
                "دانيال",
            ),
            ("كما ضرب الإعصار فلويد معظم الجزر خلال الموسم", "فلويد"),
        ] {
            let t = tag(s);
            assert!(!t.contains(&(name.into(), Kind::Person)), "{s}: {t:?}");
        }
    }
}
