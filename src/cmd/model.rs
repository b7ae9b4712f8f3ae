//! `hamish model train|eval|scan`: retrain the entity model from ../shared/data/ner, measure it,
//! and check it on a file of many articles.
//!
//! The dev split is the LAST 10% of the ANERcorp train sentences; `train` never trains on it unless
//! `--all` is given (for the shipped model, after the dev figures were taken from a held-out run).
//! The word clusters (a model feature) are learnt from the unlabelled Wikipedia extracts plus the
//! words of the AQMAR articles; then a model trained on each half of the training sentences tags
//! the extracts, and what it found of each word becomes a feature too (self-training, see
//! `model::lexicon`). The AQMAR articles are training text as well (`--no-aqmar` leaves them out),
//! with corpus-specific copies of their features that soak up AQMAR's own conventions.
//!
//! Leak-free evaluation (`eval --leak-free`): the gazetteer was written over many sessions, some of
//! them looking at the dev and cross-validation errors, so some of its names were first seen in the
//! very text it is scored on. With `--leak-free`, every gazetteer phrase that names (all or part
//! of) an entity of the scored text, and no entity of the training text, is left out, and the
//! model is trained and scored with that gazetteer: the names of the scored text never fed it.

use std::collections::HashSet;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use hamish::analysis::entities::{self, Options, Tagger};
use hamish::analysis::gazetteer::Gazetteer;
use hamish::analysis::model::clusters::Clusters;
use hamish::analysis::model::titles::Titles;
use hamish::analysis::model::{self, Model, Sentence};
use hamish::analysis::{self, Analyzer, Kind, normalize};

/// Entity classes in model order (label 2c+1 is B- of class c).
const CLASSES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum Target {
    /// The dev split: the last 10% of ANERcorp train (news, as the training text).
    Dev,
    /// The 28 AQMAR Wikipedia articles (out of domain: encyclopaedic text, other conventions).
    Aqmar,
}

#[derive(clap::Subcommand, Debug)]
enum Action {
    /// Train the model and write it (then rebuild hamish to embed it).
    Train {
        /// Folder holding anercorp/train.txt (and aqmar/*.txt).
        #[arg(long, default_value = "../shared/data/ner")]
        data: PathBuf,
        /// Where to write the model.
        #[arg(long, default_value = "models/ner.bin")]
        out: PathBuf,
        /// Training passes (8: leak-free CV 79.4 and 79.5 in two builds, against 79.1-79.3 at 12).
        #[arg(long, default_value_t = model::train::EPOCHS)]
        epochs: usize,
        /// Leave out the AQMAR Wikipedia articles, which are otherwise training text too (their
        /// features also fire as corpus-specific copies that soak up AQMAR's own conventions and
        /// are left out of the model).
        #[arg(long)]
        no_aqmar: bool,
        /// Leave out the self-training statistics (see `model::lexicon`).
        #[arg(long)]
        no_self_training: bool,
        /// Training runs over different shuffles, averaged (3 measured +0.3 F1 over 1 in 5-fold CV).
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// Train on the dev split too (for the shipped model; dev figures are then meaningless).
        #[arg(long)]
        all: bool,
        #[command(flatten)]
        cluster: ClusterArgs,
        #[command(flatten)]
        sets: SetsArgs,
    },
    /// Entity-level precision, recall and F1 per class on the dev split (or `--on aqmar`).
    Eval {
        #[arg(long, default_value = "../shared/data/ner")]
        data: PathBuf,
        /// A model file to evaluate instead of the one built into hamish.
        #[arg(long, conflicts_with = "leak_free")]
        model: Option<PathBuf>,
        /// What to score: the dev split, or the AQMAR articles with a model trained on all of
        /// ANERcorp (the built-in one, unless --leak-free).
        #[arg(long, value_enum, default_value = "dev")]
        on: Target,
        /// Leave out of the gazetteer every name of the scored text that the training text does not
        /// name, and train the model with that gazetteer (see the module documentation).
        #[arg(long)]
        leak_free: bool,
        /// With --leak-free: leave out of the encyclopedia titles too every name of the scored text
        /// that the training text does not name (they are learnt from unlabelled text, not
        /// written, so by default they stay whole, as they would for any new text).
        #[arg(long, requires = "leak_free")]
        leak_free_titles: bool,
        /// Sentences per pseudo-document for the document pass (ANERcorp has no article breaks;
        /// each AQMAR article is one document).
        #[arg(long, default_value_t = 25)]
        doc_sentences: usize,
        /// Score the pipeline as `hamish entities` runs it: each pseudo-document is written out
        /// as plain text (words joined by spaces, one sentence per line) and read by the
        /// analyzer, tokenizer and article rules included, instead of tagging the gold words.
        #[arg(long)]
        as_text: bool,
        /// Minimum model margin for the document pass to propagate an entity.
        #[arg(long)]
        margin: Option<f32>,
        /// Instead of the dev split: K-fold cross-validation over the training part (the first
        /// 90%), training a model per fold (a steadier figure for comparing changes).
        #[arg(long, conflicts_with_all = ["model", "on"])]
        cv: Option<usize>,
        /// Training passes of the models trained here (--cv, --leak-free).
        #[arg(long, default_value_t = model::train::EPOCHS)]
        epochs: usize,
        /// Training runs of the models trained here, averaged.
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// Shuffles of the models trained here (0: those of the shipped model). A change that
        /// moves F1 by less than the spread over seeds is no measured change.
        #[arg(long, default_value_t = 0)]
        seed: u64,
        /// Share of the training text's names hidden from the gazetteer while training.
        #[arg(long, default_value_t = model::train::GAZ_DROPOUT)]
        gaz_dropout: f64,
        /// With --gaz-dropout: each training run hides other names.
        #[arg(long)]
        per_run_dropout: bool,
        /// Do not train the models trained here (--cv, --leak-free) on AQMAR (see `model train`;
        /// never trained on when it is the scored text).
        #[arg(long)]
        no_aqmar: bool,
        /// Leave out the self-training statistics of the models trained here.
        #[arg(long)]
        no_self_training: bool,
        /// Bias added to the "outside" label's score (all three rows).
        #[arg(long, allow_hyphen_values = true)]
        outside_bias: Option<f32>,
        /// Mark ministries, parliaments and cabinets as organisations, and listed places with
        /// their adjective (ANERcorp, and hamish by default, leave the bodies unmarked and the
        /// adjective outside).
        #[arg(long)]
        institutions: bool,
        /// Print each wrong or missed entity of the full pipeline to stderr.
        #[arg(long)]
        errors: bool,
        #[command(flatten)]
        cluster: ClusterArgs,
        #[command(flatten)]
        sets: SetsArgs,
    },
    /// On a file of many articles: how many entities are function words, and whether each
    /// article's entities are the same when it is analysed alone.
    Scan {
        /// A UTF-8 text file (a news dump, a Wikipedia extract).
        file: PathBuf,
        /// Count the function words among the spans of this `hamish entities --format tsv` output
        /// (of any version of hamish) instead of analysing the file.
        #[arg(long)]
        spans: Option<PathBuf>,
    },
}

fn anercorp(data: &Path) -> anyhow::Result<(Vec<Sentence>, Vec<Sentence>)> {
    let path = data.join("anercorp/train.txt");
    let text = std::fs::read_to_string(&path)
        .with_context(|| format!("cannot read {}", path.display()))?;
    let mut all = model::read_conll(&text);
    if all.len() < 10 {
        anyhow::bail!("{}: too few sentences ({})", path.display(), all.len());
    }
    let dev_start = all.len() - all.len() / 10;
    let dev = all.split_off(dev_start);
    Ok((all, dev))
}

/// The AQMAR articles, each as its sentences.
fn aqmar_articles(data: &Path) -> anyhow::Result<Vec<Vec<Sentence>>> {
    let dir = data.join("aqmar");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "txt"))
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text =
            std::fs::read_to_string(&f).with_context(|| format!("cannot read {}", f.display()))?;
        out.push(model::read_conll(&text));
    }
    Ok(out)
}

fn aqmar(data: &Path) -> anyhow::Result<Vec<Sentence>> {
    Ok(aqmar_articles(data)?.into_iter().flatten().collect())
}

/// The project's own marked news sets as training text (see [`marked_sets`]).
#[derive(clap::Args, Debug)]
struct SetsArgs {
    /// Folder of the project's marked news sets (`modern_news*.txt`), training text as well: news
    /// of the 2020s in ANERcorp's convention, which ANERcorp (news of 2007) lacks the names and
    /// words of.
    #[arg(long, default_value = "tests/fixtures/ner")]
    sets: PathBuf,
    /// Leave the marked news sets out of the training text.
    #[arg(long)]
    no_sets: bool,
    /// Train only on the sets numbered up to this one (`modern_news.txt` is the first); the later
    /// ones, written by another hand, stay out to measure on.
    #[arg(long, default_value_t = 88)]
    sets_upto: usize,
}

/// The marked news sets in `args.sets` numbered up to `args.sets_upto`, one sentence per
/// paragraph, in the default convention: a ministry, parliament or cabinet, which the sets mark
/// and ANERcorp never does, is left unmarked.
fn marked_sets(args: &SetsArgs) -> anyhow::Result<Vec<Sentence>> {
    if args.no_sets {
        return Ok(Vec::new());
    }
    let dir = &args.sets;
    let mut files: Vec<(usize, PathBuf)> = std::fs::read_dir(dir)
        .with_context(|| {
            format!(
                "cannot list the marked news sets in {} (run from the project folder, or give \
                 --sets DIR or --no-sets)",
                dir.display()
            )
        })?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter_map(|p| {
            let name = p.file_name()?.to_str()?;
            let n = name.strip_prefix("modern_news")?.strip_suffix(".txt")?;
            let n = if n.is_empty() { 1 } else { n.parse().ok()? };
            Some((n, p))
        })
        .filter(|(n, _)| *n <= args.sets_upto)
        .collect();
    files.sort();
    if files.is_empty() {
        anyhow::bail!(
            "{}: no marked news sets (modern_news*.txt) numbered up to {}",
            dir.display(),
            args.sets_upto
        );
    }
    let mut out = Vec::new();
    for (_, f) in files {
        let text =
            std::fs::read_to_string(&f).with_context(|| format!("cannot read {}", f.display()))?;
        out.extend(
            text.lines()
                .filter(|l| !l.trim().is_empty() && !l.starts_with('#'))
                .map(marked_sentence),
        );
    }
    Ok(out)
}

/// One marked paragraph (`… [PER name] …`) as a labelled sentence, institutions left unmarked.
fn marked_sentence(line: &str) -> Sentence {
    let mut s = Sentence {
        words: Vec::new(),
        labels: Vec::new(),
    };
    let mut open: Option<(usize, u8)> = None;
    for tok in line.split_whitespace() {
        if let Some(kind) = tok.strip_prefix('[') {
            let base = match kind {
                "PER" => 1,
                "LOC" => 3,
                "ORG" => 5,
                _ => 7,
            };
            open = Some((s.words.len(), base));
            continue;
        }
        let (w, closes) = match tok.strip_suffix(']') {
            Some(w) if !w.is_empty() => (w, true),
            _ => (tok, false),
        };
        s.words.push(w.to_owned());
        s.labels.push(match open {
            Some((start, base)) if start + 1 == s.words.len() => base,
            Some((_, base)) => base + 1,
            None => 0,
        });
        if closes
            && let Some((start, base)) = open.take()
            && base == 5
            && institution(&s.words[start..])
        {
            s.labels[start..].fill(0);
        }
    }
    s
}

/// Whether an organisation's words name a ministry, a parliament, a cabinet or an army (`وزارة`,
/// `مجلس النواب`, `المجلس التشريعي`, `الجيش`, a conjunction or preposition on the first word).
fn institution(words: &[String]) -> bool {
    let first = normalize::key(&words[0]);
    let next = words.get(1).map(|w| normalize::key(w)).unwrap_or_default();
    normalize::proclitic_readings(&first)
        .iter()
        .chain(std::iter::once(&first))
        .any(|r| match r.as_str() {
            // an army (`الجيش السوداني`), which the default convention leaves unmarked as
            // ANERcorp does (a few sets mark one)
            "وزاره" | "جيش" | "الجيش" => true,
            "مجلس" => matches!(
                next.as_str(),
                "النواب"
                    | "الشيوخ"
                    | "الوزراء"
                    | "الامه"
                    | "الشوري"
                    | "الشعب"
                    | "العموم"
            ),
            "المجلس" => next == "التشريعي",
            _ => false,
        })
}

/// How the word clusters of the models trained by `train` and `eval` are learnt.
#[derive(clap::Args, Debug)]
struct ClusterArgs {
    /// Where the word clusters of the models trained here are learnt from.
    #[arg(long, value_enum, default_value = "wiki")]
    clusters: ClusterSource,
    /// Folder of unlabelled text (`*.txt`) for the word clusters.
    #[arg(long, default_value = "../shared/data/unlabeled")]
    unlabeled: PathBuf,
    /// Number of word clusters at each level (up to three), finest first.
    #[arg(long, value_delimiter = ',', default_value = "128,32")]
    cluster_levels: Vec<usize>,
    /// Leave out the encyclopedia titles learnt from the unlabelled text (see `model::titles`).
    #[arg(long)]
    no_titles: bool,
}

/// Where the word clusters come from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
enum ClusterSource {
    /// The unlabelled Wikipedia extracts (`--unlabeled`), plus the words of the AQMAR articles.
    Wiki,
    /// The training sentences alone.
    Training,
}

/// The unlabelled texts in `dir` (`*.txt`, by name), or none (with a notice) when it holds none.
fn unlabelled_texts(dir: &Path) -> anyhow::Result<Vec<String>> {
    let mut files: Vec<PathBuf> = match std::fs::read_dir(dir) {
        Ok(d) => d
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|x| x == "txt"))
            .collect(),
        Err(_) => Vec::new(),
    };
    files.sort();
    if files.is_empty() {
        eprintln!("notice: no unlabelled text in {}", dir.display());
    }
    files
        .iter()
        .map(|f| std::fs::read_to_string(f).with_context(|| format!("cannot read {}", f.display())))
        .collect()
}

/// The word clusters learnt from the unlabelled `texts` and the AQMAR words at the levels `args`
/// gives (missing ones left out), or `None` (the training sentences are used then) when its
/// source says so or there is no text.
fn learn_clusters(args: &ClusterArgs, texts: &[String], data: &Path) -> Option<Clusters> {
    if args.clusters == ClusterSource::Training || texts.is_empty() {
        return None;
    }
    let at = |i: usize| args.cluster_levels.get(i).copied().unwrap_or(0);
    let opts = model::clusters::ClusterOptions {
        levels: [at(0), at(1), at(2)],
        ..model::clusters::ClusterOptions::default()
    };
    let t0 = Instant::now();
    let mut corpus = model::clusters::Corpus::new();
    for text in texts {
        corpus.add_text(text);
    }
    for s in aqmar(data).unwrap_or_default() {
        corpus.add_sentence(&s.words);
    }
    let cl = corpus.learn(&opts);
    eprintln!(
        "word clusters: {} stems from {} words of unlabelled text in {:.1}s",
        cl.len(),
        corpus.words(),
        t0.elapsed().as_secs_f64()
    );
    Some(cl)
}

/// The encyclopedia titles of the unlabelled `texts` (see [`model::titles`]), unless `args`
/// leaves them out or there is no text.
fn learn_titles(args: &ClusterArgs, texts: &[String]) -> Option<Titles> {
    if args.no_titles || texts.is_empty() {
        return None;
    }
    let t0 = Instant::now();
    let t = Titles::learn(texts, Gazetteer::get());
    eprintln!(
        "encyclopedia titles: {} classed in {:.1}s",
        t.len(),
        t0.elapsed().as_secs_f64()
    );
    Some(t)
}

/// Trains a model on `training` (its sentences from `aux_from` on are AQMAR's) with the gazetteer
/// `gaz`, the clusters `cl`, the encyclopedia titles and the passes, runs, seed and name dropout of
/// `knobs`; with unlabelled `texts`, first trains a model on each half of
/// `training` and adds what each found in the texts to the clusters (see
/// [`model::lexicon`]).
fn train_model(
    training: &[Sentence],
    aux_from: usize,
    gaz: &Gazetteer,
    (cl, titles): (Option<&Clusters>, Option<&Titles>),
    texts: &[String],
    knobs: &model::TrainOptions<'static>,
    mut progress: impl FnMut(usize),
) -> Model {
    let base = model::TrainOptions {
        aux_from,
        clusters: cl,
        titles,
        gazetteer: gaz,
        ..knobs.clone()
    };
    let (Some(cl), false) = (cl, texts.is_empty()) else {
        return model::train_with(training, &base, progress);
    };
    let t0 = Instant::now();
    let counts: Vec<model::lexicon::LabelCounts> = (0..2)
        .map(|h| {
            let part: Vec<Sentence> = training
                .iter()
                .enumerate()
                .filter(|(i, _)| model::lexicon::half_of(*i) == h)
                .map(|(_, s)| s.clone())
                .collect();
            let part_aux = (0..aux_from.min(training.len()))
                .filter(|&i| model::lexicon::half_of(i) == h)
                .count();
            let m = model::train_with(
                &part,
                &model::TrainOptions {
                    runs: 1,
                    aux_from: part_aux,
                    ..base.clone()
                },
                |_| {},
            );
            let mut tagger = entities::Tagger::with_gazetteer(&m, gaz);
            let mut c = model::lexicon::LabelCounts::new();
            for t in texts {
                c.add_text(&mut tagger, t);
            }
            c
        })
        .collect();
    let mut sum = counts[0].clone();
    sum.merge(&counts[1]);
    let halves = [
        cl.with_label_counts(&counts[1]),
        cl.with_label_counts(&counts[0]),
    ];
    let all = cl.with_label_counts(&sum);
    eprintln!(
        "self-training: {} stems with label statistics in {:.1}s",
        all.len(),
        t0.elapsed().as_secs_f64()
    );
    let opts = model::TrainOptions {
        clusters: Some(&all),
        half_clusters: Some([&halves[0], &halves[1]]),
        ..base
    };
    model::train_with(training, &opts, &mut progress)
}

/// Every name the gold entities of `sents` hold: each entity and each run of its words, as
/// gazetteer keys (word keys joined by one space), the first word also without its proclitics.
fn gold_names(sents: &[Sentence]) -> HashSet<String> {
    let mut out = HashSet::new();
    for s in sents {
        for (a, b, _) in model::spans(&s.labels) {
            let keys: Vec<String> = s.words[a..b].iter().map(|w| normalize::key(w)).collect();
            for i in 0..keys.len() {
                for j in i + 1..=keys.len() {
                    out.insert(keys[i..j].join(" "));
                }
            }
            for first in normalize::proclitic_readings(&keys[0]) {
                for j in 1..=keys.len() {
                    let mut p = first.clone();
                    for k in &keys[1..j] {
                        p.push(' ');
                        p.push_str(k);
                    }
                    out.insert(p);
                }
            }
        }
    }
    out
}

/// The names of `scored` that `training` does not name (see [`gold_names`]).
fn unseen_names(scored: &[Sentence], training: &[Sentence]) -> HashSet<String> {
    let known = gold_names(training);
    gold_names(scored)
        .into_iter()
        .filter(|n| !known.contains(n))
        .collect()
}

/// The gazetteer without the names of `scored` that `training` does not name (see the module
/// documentation).
fn leak_free_gazetteer(scored: &[Sentence], training: &[Sentence]) -> Gazetteer {
    let unseen = unseen_names(scored, training);
    Gazetteer::without(|p| unseen.contains(p))
}

/// Precision, recall and F1 (in %) from (true positives, predicted, gold).
fn prf(c: [usize; 3]) -> (f64, f64, f64) {
    let p = if c[1] > 0 {
        c[0] as f64 / c[1] as f64
    } else {
        0.0
    };
    let r = if c[2] > 0 {
        c[0] as f64 / c[2] as f64
    } else {
        0.0
    };
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p * 100.0, r * 100.0, f * 100.0)
}

/// One model to score, with the gazetteer it was trained with and the documents to score it on.
struct Job<'a> {
    model: &'static Model,
    gazetteer: &'static Gazetteer,
    docs: Vec<&'a [Sentence]>,
}

/// The labels `hamish entities` gives the words of `doc` (one document), read from plain text:
/// the words joined by spaces, a line per sentence. A span is mapped onto the words it covers
/// (the tokenizer may cut a word differently, as `(د` or `أ)`): a word is labelled when its
/// first letter lies inside the span.
fn tag_as_text(job: &Job, doc: &[Sentence], opts: Options) -> Vec<Vec<u8>> {
    let mut text = String::new();
    // byte range of every word, per sentence
    let mut at: Vec<Vec<std::ops::Range<usize>>> = Vec::with_capacity(doc.len());
    for s in doc {
        let mut r = Vec::with_capacity(s.words.len());
        for (i, w) in s.words.iter().enumerate() {
            if i > 0 {
                text.push(' ');
            }
            r.push(text.len()..text.len() + w.len());
            text.push_str(w);
        }
        text.push('\n');
        at.push(r);
    }
    let tagger = Tagger::with_gazetteer(job.model, job.gazetteer);
    let spans = Analyzer::with_tagger(tagger, opts).analyze(&text);
    // (where the word's first letter is, sentence, word), in text order
    let letters: Vec<(usize, usize, usize)> = at
        .iter()
        .enumerate()
        .flat_map(|(si, words)| words.iter().enumerate().map(move |(wi, w)| (si, wi, w)))
        .map(|(si, wi, w)| {
            let letter = text[w.clone()]
                .char_indices()
                .find(|(_, c)| c.is_alphanumeric())
                .map_or(w.start, |(i, _)| w.start + i);
            (letter, si, wi)
        })
        .collect();
    let mut labels: Vec<Vec<u8>> = doc.iter().map(|s| vec![0; s.words.len()]).collect();
    for span in spans {
        // the B- label (0 for a quotation, which is no entity)
        let begin = entities::kind_label(span.kind);
        if begin == 0 {
            continue;
        }
        let from = letters.partition_point(|&(l, _, _)| l < span.range.start);
        for (k, &(_, si, wi)) in letters[from..]
            .iter()
            .take_while(|&&(l, _, _)| l < span.range.end)
            .enumerate()
        {
            labels[si][wi] = begin + u8::from(k > 0);
        }
    }
    labels
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut so = stdout.lock();
    match args.action {
        Action::Train {
            data,
            out,
            epochs,
            no_aqmar,
            no_self_training,
            runs,
            all,
            cluster,
            sets,
        } => {
            let (mut train, dev) = anercorp(&data)?;
            if all {
                train.extend(dev);
            }
            let marked = marked_sets(&sets)?;
            let marked_len = marked.len();
            train.extend(marked);
            let aux_from = train.len();
            if !no_aqmar {
                train.extend(aqmar(&data)?);
            }
            let tokens: usize = train.iter().map(|s| s.words.len()).sum();
            eprintln!(
                "training on {} sentences ({tokens} tokens; {marked_len} of the marked news sets \
                 up to the {}th), {epochs} epochs{}",
                train.len(),
                sets.sets_upto,
                if all {
                    ", dev split included"
                } else {
                    ", dev split held out"
                }
            );
            let texts = unlabelled_texts(&cluster.unlabeled)?;
            let cl = learn_clusters(&cluster, &texts, &data);
            let titles = learn_titles(&cluster, &texts);
            let t0 = Instant::now();
            let mut m = train_model(
                &train,
                aux_from,
                Gazetteer::get(),
                (cl.as_ref(), titles.as_ref()),
                if no_self_training { &[] } else { &texts },
                &model::TrainOptions {
                    epochs,
                    runs,
                    ..model::TrainOptions::default()
                },
                |e| {
                    eprintln!(
                        "  pass {e}/{}  {:.1}s",
                        epochs * runs.max(1),
                        t0.elapsed().as_secs_f64()
                    );
                },
            );
            m.trained_on_dev = all;
            m.trained_on_aqmar = !no_aqmar;
            let bytes = m.to_bytes();
            std::fs::write(&out, &bytes)
                .with_context(|| format!("cannot write {}", out.display()))?;
            writeln!(
                so,
                "wrote {} ({:.1} MB, {} features) in {:.1}s; rebuild to embed it",
                out.display(),
                bytes.len() as f64 / 1e6,
                m.features(),
                t0.elapsed().as_secs_f64()
            )?;
            Ok(ExitCode::SUCCESS)
        }
        Action::Eval {
            data,
            model: path,
            on,
            leak_free,
            leak_free_titles,
            doc_sentences,
            as_text,
            errors,
            margin,
            outside_bias,
            institutions,
            cv,
            epochs,
            no_aqmar,
            no_self_training,
            runs,
            seed,
            gaz_dropout,
            per_run_dropout,
            cluster,
            sets,
        } => {
            let shipped = Options {
                confident_margin: margin.unwrap_or(Options::default().confident_margin),
                outside_bias: outside_bias.unwrap_or(Options::default().outside_bias),
                institutions,
                ..Options::default()
            };
            let (train_part, dev) = anercorp(&data)?;
            let trains = cv.is_some() || leak_free;
            let texts = if trains {
                unlabelled_texts(&cluster.unlabeled)?
            } else {
                Vec::new()
            };
            let cl = learn_clusters(&cluster, &texts, &data);
            let titles = learn_titles(&cluster, &texts);
            let builtin = Gazetteer::get();
            let use_aqmar = trains && !no_aqmar && (cv.is_some() || on == Target::Dev);
            // AQMAR sentences added to a model's training text (--aqmar) come last
            let aqmar_part = if use_aqmar { aqmar(&data)? } else { Vec::new() };
            let aqmar_len = aqmar_part.len();
            // the marked sets are news in the main text's convention: before AQMAR's part
            let mut extra = if trains {
                marked_sets(&sets)?
            } else {
                Vec::new()
            };
            if !extra.is_empty() {
                writeln!(
                    so,
                    "training text: + {} paragraphs of the marked news sets up to the {}th",
                    extra.len(),
                    sets.sets_upto
                )?;
            }
            extra.extend(aqmar_part);
            let knobs = model::TrainOptions {
                epochs,
                runs,
                seed,
                gaz_dropout,
                per_run_dropout,
                ..model::TrainOptions::default()
            };
            let train_here = |training: &[Sentence], gaz: &Gazetteer, t: Option<&Titles>| {
                train_model(
                    training,
                    training.len() - aqmar_len,
                    gaz,
                    (cl.as_ref(), t),
                    if no_self_training { &[] } else { &texts },
                    &knobs,
                    |_| {},
                )
            };
            let doc_sentences = doc_sentences.max(1);
            // (held-out sentences, their documents' sizes, training sentences) per model
            let mut splits: Vec<(Vec<Sentence>, Vec<usize>, Vec<Sentence>)> = Vec::new();
            if let Some(k) = cv {
                let k = k.clamp(2, 20);
                let fold = train_part.len().div_ceil(k);
                for f in 0..k {
                    let (a, b) = (f * fold, ((f + 1) * fold).min(train_part.len()));
                    let mut tr: Vec<Sentence> = train_part[..a].to_vec();
                    tr.extend_from_slice(&train_part[b..]);
                    tr.extend_from_slice(&extra);
                    let held = train_part[a..b].to_vec();
                    let sizes = held.chunks(doc_sentences).map(<[_]>::len).collect();
                    splits.push((held, sizes, tr));
                }
                writeln!(
                    so,
                    "{k}-fold cross-validation over the first 90% of ANERcorp train ({} sentences), {epochs} epochs{}",
                    train_part.len(),
                    if use_aqmar { ", + AQMAR" } else { "" }
                )?;
            } else {
                match on {
                    Target::Dev => {
                        let sizes = dev.chunks(doc_sentences).map(<[_]>::len).collect();
                        writeln!(
                            so,
                            "dev split: {} sentences (last 10% of ANERcorp train)",
                            dev.len()
                        )?;
                        let mut tr = train_part.clone();
                        tr.extend_from_slice(&extra);
                        splits.push((dev.clone(), sizes, tr));
                    }
                    Target::Aqmar => {
                        let articles = aqmar_articles(&data)?;
                        let sizes = articles.iter().map(Vec::len).collect();
                        let scored: Vec<Sentence> = articles.into_iter().flatten().collect();
                        writeln!(
                            so,
                            "AQMAR: {} sentences of 28 Wikipedia articles, one document each; a model trained on all of ANERcorp",
                            scored.len()
                        )?;
                        let mut all = train_part.clone();
                        all.extend_from_slice(&dev);
                        splits.push((scored, sizes, all));
                    }
                }
            }
            // the gazetteer and the model of each split
            // kept for the life of the process, as the analyzer's tagger needs (--as-text)
            let gazetteers: &'static [Option<Gazetteer>] = Vec::leak(
                splits
                    .iter()
                    .map(|(held, _, tr)| leak_free.then(|| leak_free_gazetteer(held, tr)))
                    .collect(),
            );
            if let Some(Some(g)) = gazetteers.first() {
                writeln!(
                    so,
                    "leak-free: {} of {} gazetteer phrases name entities of the scored text only{}; left out",
                    builtin.phrase_count() - g.phrase_count(),
                    builtin.phrase_count(),
                    if gazetteers.len() > 1 {
                        " (first fold)"
                    } else {
                        ""
                    }
                )?;
            }
            let t0 = Instant::now();
            let mut owned: Vec<Model> = Vec::new();
            if trains {
                for ((held, _, tr), g) in splits.iter().zip(gazetteers) {
                    // titles are learnt, not written from the scored text: kept whole unless
                    // asked to leave out its unseen names too
                    let t = match (&titles, leak_free && leak_free_titles) {
                        (Some(t), true) => {
                            let unseen = unseen_names(held, tr);
                            Some(t.without(unseen.iter().map(String::as_str)))
                        }
                        (t, _) => t.clone(),
                    };
                    owned.push(train_here(tr, g.as_ref().unwrap_or(builtin), t.as_ref()));
                }
            } else if let Some(p) = &path {
                let bytes =
                    std::fs::read(p).with_context(|| format!("cannot read {}", p.display()))?;
                owned.push(Model::from_bytes(&bytes).with_context(|| format!("{}", p.display()))?);
            } else if let Some(problem) = entities::model_problem() {
                anyhow::bail!("built-in model unusable: {problem}");
            }
            let owned: &'static [Model] = Vec::leak(owned);
            let models: Vec<&'static Model> = if owned.is_empty() {
                vec![entities::builtin_model()]
            } else {
                owned.iter().collect()
            };
            if !trains {
                let m = models[0];
                writeln!(
                    so,
                    "model: {} features, loaded in {:.1} ms",
                    m.features(),
                    t0.elapsed().as_secs_f64() * 1e3
                )?;
                if m.trained_on_aqmar && on == Target::Aqmar {
                    writeln!(
                        so,
                        "WARNING: this model was trained on AQMAR too: the figures below are not a held-out \
                         measure; evaluate a model trained with --no-aqmar"
                    )?;
                }
                if m.trained_on_dev && on == Target::Dev {
                    writeln!(
                        so,
                        "WARNING: this model was trained on the dev split too (--all): the figures below are \
                         not a held-out measure; evaluate a model trained without --all"
                    )?;
                }
            }
            let jobs: Vec<Job> = splits
                .iter()
                .zip(&models)
                .zip(gazetteers)
                .map(|(((held, sizes, _), m), g)| {
                    let mut docs = Vec::with_capacity(sizes.len());
                    let mut from = 0;
                    for &n in sizes {
                        docs.push(&held[from..from + n]);
                        from += n;
                    }
                    Job {
                        model: m,
                        gazetteer: g.as_ref().unwrap_or(builtin),
                        docs,
                    }
                })
                .collect();
            for (name, opts) in [
                (
                    "model alone",
                    Options {
                        gazetteer: false,
                        document_pass: false,
                        ..shipped
                    },
                ),
                (
                    "model + gazetteer",
                    Options {
                        document_pass: false,
                        ..shipped
                    },
                ),
                ("model + gazetteer + document pass (shipped)", shipped),
            ] {
                let counts = score(&jobs, opts, errors, as_text);
                writeln!(so, "\n{name}")?;
                writeln!(so, "  class   precision  recall     F1   (gold)")?;
                for (i, cls) in CLASSES.iter().enumerate() {
                    let (p, r, f) = prf(counts[i]);
                    writeln!(
                        so,
                        "  {cls:<6} {p:>9.1} {r:>7.1} {f:>7.1}   ({})",
                        counts[i][2]
                    )?;
                }
                let sum = |cs: &[usize]| -> [usize; 3] {
                    let mut t = [0; 3];
                    for &c in cs {
                        for k in 0..3 {
                            t[k] += counts[c][k];
                        }
                    }
                    t
                };
                let (p, r, f) = prf(sum(&[0, 1, 2]));
                writeln!(so, "  micro PERS+LOC+ORG  P {p:.1}  R {r:.1}  F1 {f:.1}")?;
                let (p, r, f) = prf(sum(&[0, 1, 2, 3]));
                writeln!(so, "  micro all four      P {p:.1}  R {r:.1}  F1 {f:.1}")?;
            }
            Ok(ExitCode::SUCCESS)
        }
        Action::Scan { file, spans } => {
            scan(&file, spans.as_deref(), &mut so)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `hamish model scan`: see [`Action::Scan`].
fn scan(file: &Path, spans_tsv: Option<&Path>, mut so: impl Write) -> anyhow::Result<()> {
    let text =
        std::fs::read_to_string(file).with_context(|| format!("cannot read {}", file.display()))?;
    let t0 = Instant::now();
    let spans: Vec<(Kind, std::ops::Range<usize>)> = match spans_tsv {
        Some(p) => {
            let tsv = std::fs::read_to_string(p)
                .with_context(|| format!("cannot read {}", p.display()))?;
            // code points → bytes
            let mut byte_at: Vec<usize> = text.char_indices().map(|(i, _)| i).collect();
            byte_at.push(text.len());
            let mut out = Vec::new();
            for (n, line) in tsv.lines().enumerate().skip(1) {
                let f: Vec<&str> = line.split('\t').collect();
                let kind = match f.first().copied() {
                    Some("person") => Kind::Person,
                    Some("place") => Kind::Place,
                    Some("organization") => Kind::Organization,
                    Some("misc") => Kind::Misc,
                    _ => continue,
                };
                let offset = |i: usize| -> anyhow::Result<usize> {
                    let cp: usize = f.get(i).and_then(|x| x.parse().ok()).with_context(|| {
                        format!("{}:{}: no offset in column {}", p.display(), n + 1, i + 1)
                    })?;
                    byte_at.get(cp).copied().with_context(|| {
                        format!("{}:{}: offset {cp} past the text", p.display(), n + 1)
                    })
                };
                out.push((kind, offset(1)?..offset(2)?));
            }
            out
        }
        None => {
            let mut out = Vec::new();
            analysis::chunks::analyze_in_chunks(&text, analysis::chunks::CHUNK, |s| {
                out.extend(
                    s.into_iter()
                        .filter(|s| s.kind != Kind::Quote)
                        .map(|s| (s.kind, s.range)),
                );
                true
            });
            let secs = t0.elapsed().as_secs_f64();
            writeln!(
                so,
                "analysed {:.1} MB in {secs:.2} s ({:.1} MB/s), in chunks as `hamish entities` does",
                text.len() as f64 / 1e6,
                text.len() as f64 / 1e6 / secs
            )?;
            out
        }
    };
    let g = Gazetteer::get();
    let mut function_words: std::collections::BTreeMap<&str, usize> = Default::default();
    for (_, r) in &spans {
        let t = &text[r.clone()];
        if !t.contains(char::is_whitespace) && g.is_stopword(t) {
            *function_words.entry(t).or_default() += 1;
        }
    }
    let total: usize = function_words.values().sum();
    let mut top: Vec<(&str, usize)> = function_words.into_iter().collect();
    top.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    writeln!(
        so,
        "{} entities, {total} of them one function word ({} distinct){}",
        spans.len(),
        top.len(),
        if top.is_empty() { "" } else { ":" }
    )?;
    for (w, n) in top.iter().take(15) {
        writeln!(so, "  {n:6}  {w}")?;
    }
    if spans_tsv.is_some() {
        return Ok(());
    }
    // each article alone against the same article inside the file
    let articles = analysis::articles::articles(&text);
    let mut analyzer = Analyzer::default();
    let (mut same, mut union) = (0usize, 0usize);
    let mut worst: Option<(f64, std::ops::Range<usize>)> = None;
    let mut k = 0;
    for a in &articles {
        let alone: Vec<(Kind, std::ops::Range<usize>)> = analyzer
            .analyze(&text[a.clone()])
            .into_iter()
            .filter(|s| s.kind != Kind::Quote)
            .map(|s| (s.kind, s.range.start + a.start..s.range.end + a.start))
            .collect();
        while k < spans.len() && spans[k].1.start < a.start {
            k += 1;
        }
        let mut inside = Vec::new();
        while k < spans.len() && spans[k].1.start < a.end {
            inside.push(spans[k].clone());
            k += 1;
        }
        let s = alone.iter().filter(|x| inside.contains(x)).count();
        let u = alone.len() + inside.len() - s;
        same += s;
        union += u;
        if u > 0 {
            let agree = s as f64 / u as f64;
            if worst.as_ref().is_none_or(|w| agree < w.0) {
                worst = Some((agree, a.clone()));
            }
        }
    }
    writeln!(
        so,
        "{} articles; entities the same alone and in the file: {same} of {union} ({:.2}%)",
        articles.len(),
        100.0 * same as f64 / union.max(1) as f64
    )?;
    if let Some((agree, r)) = worst {
        let title = text[r.clone()].lines().next().unwrap_or("");
        writeln!(
            so,
            "  least alike: {:.1}% at byte {} ({title})",
            100.0 * agree,
            r.start
        )?;
    }
    Ok(())
}

/// Per class (PERS LOC ORG MISC): true positives, predicted and gold entities over the documents of
/// all the jobs. With `errors`, prints each wrong, missed or spurious entity to stderr, then a
/// count of the errors by class and sort.
fn score(jobs: &[Job], opts: Options, errors: bool, as_text: bool) -> [[usize; 3]; 4] {
    let mut counts = [[0usize; 3]; 4];
    // per class: gold entities labelled with the wrong kind, with wrong edges, missed; predicted
    // entities overlapping no gold entity
    let mut kinds = [[0usize; 4]; 4];
    let stage = opts.document_pass as u8 + opts.gazetteer as u8;
    for job in jobs {
        let mut tagger = Tagger::with_gazetteer(job.model, job.gazetteer);
        for doc in &job.docs {
            let pred = if as_text {
                tag_as_text(job, doc, opts)
            } else {
                let sents: Vec<Vec<&str>> = doc
                    .iter()
                    .map(|s| s.words.iter().map(String::as_str).collect())
                    .collect();
                entities::tag_document_with(&mut tagger, &sents, opts)
            };
            for (s, p) in doc.iter().zip(&pred) {
                let gold = model::spans(&s.labels);
                let got = model::spans(p);
                for g in &gold {
                    counts[g.2][2] += 1;
                }
                for x in &got {
                    counts[x.2][1] += 1;
                    if gold.contains(x) {
                        counts[x.2][0] += 1;
                    }
                }
                if !errors {
                    continue;
                }
                let words = |x: &(usize, usize, usize)| s.words[x.0..x.1].join(" ");
                let overlaps =
                    |a: &(usize, usize, usize), b: &(usize, usize, usize)| a.0 < b.1 && b.0 < a.1;
                for g in gold.iter().filter(|x| !got.contains(x)) {
                    let kind = if got.iter().any(|x| (x.0, x.1) == (g.0, g.1)) {
                        0
                    } else if let Some(x) = got.iter().find(|x| overlaps(x, g)) {
                        eprintln!(
                            "{stage} EDGE {} {} | got {} {}",
                            CLASSES[g.2],
                            words(g),
                            CLASSES[x.2],
                            words(x)
                        );
                        1
                    } else {
                        2
                    };
                    kinds[g.2][kind] += 1;
                    eprintln!("{stage} FN {} {}", CLASSES[g.2], words(g));
                }
                for x in got.iter().filter(|x| !gold.contains(x)) {
                    if !gold.iter().any(|g| overlaps(x, g)) {
                        kinds[x.2][3] += 1;
                    }
                    eprintln!("{stage} FP {} {}", CLASSES[x.2], words(x));
                }
            }
        }
    }
    if errors {
        eprintln!("errors by class (wrong kind / wrong edges / missed / spurious)");
        for (c, k) in CLASSES.iter().zip(kinds) {
            eprintln!("  {c:5} {:5} {:5} {:5} {:5}", k[0], k[1], k[2], k[3]);
        }
    }
    counts
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sentence(tagged: &str) -> Sentence {
        let mut words = Vec::new();
        let mut labels = Vec::new();
        for t in tagged.split(' ') {
            let (w, tag) = t.split_once('/').unwrap_or((t, "O"));
            words.push(w.to_owned());
            labels.push(model::label_index(tag));
        }
        Sentence { words, labels }
    }

    #[test]
    fn the_text_path_labels_the_corpus_words() {
        let job = Job {
            model: entities::builtin_model(),
            gazetteer: Gazetteer::get(),
            docs: Vec::new(),
        };
        // a token the tokenizer cuts (`(د`, `أ)`), and two entities back to back
        let doc = [
            sentence("فرانكفورت/B-LOC (د ب أ) أعلن الرئيس الروسي فلاديمير/B-PERS بوتين/I-PERS"),
            sentence("وزار بوتين/B-PERS موسكو/B-LOC أمس ."),
        ];
        let got = tag_as_text(&job, &doc, Options::default());
        for (s, l) in doc.iter().zip(&got) {
            assert_eq!(model::spans(l), model::spans(&s.labels), "{:?}", s.words);
        }
    }

    #[test]
    fn a_marked_paragraph_is_labelled_in_the_default_convention() {
        let s = marked_sentence(
            "وقال [PER محمد بن سلمان] في [LOC والرياض] إن [ORG لوزارة الصحة] و [ORG مجلس النواب] \
             ليسا [ORG منظمة الصحة العالمية] ولا [ORG مجلس الإدارة] [ORG والجيش اللبناني] ]",
        );
        let tags: Vec<&str> = s
            .labels
            .iter()
            .map(|&l| ["O", "B-PER", "I-PER", "B-LOC", "I-LOC", "B-ORG", "I-ORG"][l as usize])
            .collect();
        assert_eq!(
            s.words,
            [
                "وقال",
                "محمد",
                "بن",
                "سلمان",
                "في",
                "والرياض",
                "إن",
                "لوزارة",
                "الصحة",
                "و",
                "مجلس",
                "النواب",
                "ليسا",
                "منظمة",
                "الصحة",
                "العالمية",
                "ولا",
                "مجلس",
                "الإدارة",
                "والجيش",
                "اللبناني",
                "]"
            ]
        );
        // the ministry, the parliament and the army are left unmarked, as ANERcorp leaves them; a body
        // named otherwise and a company's board are kept; a stray bracket is a word
        assert_eq!(
            tags,
            [
                "O", "B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "O", "O", "O", "O", "O", "O",
                "B-ORG", "I-ORG", "I-ORG", "O", "B-ORG", "I-ORG", "O", "O", "O"
            ]
        );
    }

    #[test]
    fn the_marked_sets_are_read_up_to_the_asked_number() {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in [
            (
                "modern_news.txt",
                "# header\nزار [LOC مصر] .\n\nثم [LOC ليبيا] .\n",
            ),
            ("modern_news2.txt", "قال [PER علي] .\n"),
            ("modern_news12.txt", "held out [LOC تونس]\n"),
            ("notes.txt", "[LOC غزة]\n"),
        ] {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let read = |upto| {
            marked_sets(&SetsArgs {
                sets: dir.path().to_owned(),
                no_sets: false,
                sets_upto: upto,
            })
        };
        let got = read(11).unwrap();
        let words: Vec<&str> = got.iter().map(|s| s.words[1].as_str()).collect();
        assert_eq!(words, ["مصر", "ليبيا", "علي"]);
        assert_eq!(read(12).unwrap().len(), 4);
        // none to train on is an error, not a model silently trained without them
        assert!(read(0).is_err());
        let off = SetsArgs {
            sets: dir.path().join("absent"),
            no_sets: true,
            sets_upto: 88,
        };
        assert!(marked_sets(&off).unwrap().is_empty());
        let absent = SetsArgs {
            no_sets: false,
            ..off
        };
        let e = marked_sets(&absent).unwrap_err();
        assert!(format!("{e:#}").contains("--no-sets"), "{e:#}");
    }

    #[test]
    fn gold_names_hold_every_part_and_the_bare_first_word() {
        let names = gold_names(&[sentence(
            "زار/O وسريلانكا/B-LOC ثم/O البنك/B-ORG التجاري/I-ORG",
        )]);
        for n in ["وسريلانكا", "سريلانكا", "البنك التجاري", "البنك", "التجاري"]
        {
            assert!(names.contains(&normalize::key(n)), "{n}: {names:?}");
        }
        assert!(!names.contains("زار"));
    }

    #[test]
    fn leak_free_leaves_out_the_names_only_the_scored_text_has() {
        // سريلانكا and البنك التجاري are listed; only the scored text names them, but روسيا is
        // named by the training text too
        let scored = [sentence(
            "زار/O سريلانكا/B-LOC وروسيا/B-LOC والبنك/B-ORG التجاري/I-ORG",
        )];
        let training = [sentence("قالت/O روسيا/B-LOC")];
        let full = Gazetteer::get();
        let g = leak_free_gazetteer(&scored, &training);
        let known = |g: &Gazetteer, n: &str| g.phrase_kind(&normalize::key(n)).is_some();
        assert!(known(full, "سريلانكا") && known(full, "روسيا"));
        assert!(!known(&g, "سريلانكا"));
        assert!(known(&g, "روسيا"));
        assert!(g.phrase_count() < full.phrase_count());
    }
}
