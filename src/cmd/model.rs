//! `hamish model train|eval`: retrain the entity model from ../shared/data/ner, and measure it.
//!
//! The dev split is the LAST 10% of the ANERcorp train sentences; `train` never trains on it unless
//! `--all` is given (for the shipped model, after the dev figures were taken from a held-out run).
//! The word clusters (a model feature) are learnt from the training sentences plus the words of the
//! AQMAR articles when they are present (their labels are not used unless `--aqmar` is given).

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;
use std::time::Instant;

use anyhow::Context;
use hamish::analysis::entities::{self, Options};
use hamish::analysis::model::{self, Model, Sentence};

/// Entity classes in model order (label 2c+1 is B- of class c).
const CLASSES: [&str; 4] = ["PERS", "LOC", "ORG", "MISC"];

#[derive(clap::Args, Debug)]
pub struct Args {
    #[command(subcommand)]
    action: Action,
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
        /// Training passes.
        #[arg(long, default_value_t = 12)]
        epochs: usize,
        /// Also train on the AQMAR Wikipedia articles.
        #[arg(long)]
        aqmar: bool,
        /// Training runs over different shuffles, averaged (3 measured +0.3 F1 over 1 in 5-fold CV).
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// Train on the dev split too (for the shipped model; dev figures are then meaningless).
        #[arg(long)]
        all: bool,
    },
    /// Entity-level precision, recall and F1 per class on the dev split.
    Eval {
        #[arg(long, default_value = "../shared/data/ner")]
        data: PathBuf,
        /// A model file to evaluate instead of the one built into hamish.
        #[arg(long)]
        model: Option<PathBuf>,
        /// Sentences per pseudo-document for the document pass (ANERcorp has no article breaks).
        #[arg(long, default_value_t = 25)]
        doc_sentences: usize,
        /// Minimum model margin for the document pass to propagate an entity.
        #[arg(long)]
        margin: Option<f32>,
        /// Instead of the dev split: K-fold cross-validation over the training part (the first
        /// 90%), training a model per fold (a steadier figure for comparing changes).
        #[arg(long)]
        cv: Option<usize>,
        /// With --cv: training passes per fold.
        #[arg(long, default_value_t = 12)]
        epochs: usize,
        /// With --cv: training runs per fold, averaged.
        #[arg(long, default_value_t = 3)]
        runs: usize,
        /// With --cv: also train each fold's model on AQMAR.
        #[arg(long)]
        aqmar: bool,
        /// Bias added to the "outside" label's score (all three rows).
        #[arg(long, allow_hyphen_values = true)]
        outside_bias: Option<f32>,
        /// Print each wrong or missed entity of the full pipeline to stderr.
        #[arg(long)]
        errors: bool,
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

fn aqmar(data: &Path) -> anyhow::Result<Vec<Sentence>> {
    let dir = data.join("aqmar");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .with_context(|| format!("cannot list {}", dir.display()))?
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| {
            p.extension().is_some_and(|x| x == "txt")
                && p.file_name().is_some_and(|n| n != "SOURCE.md")
        })
        .collect();
    files.sort();
    let mut out = Vec::new();
    for f in files {
        let text =
            std::fs::read_to_string(&f).with_context(|| format!("cannot read {}", f.display()))?;
        out.extend(model::read_conll(&text));
    }
    Ok(out)
}

/// Unlabelled text for the word clusters: the AQMAR articles' words (when present).
fn cluster_text(data: &Path) -> Vec<Vec<String>> {
    aqmar(data)
        .map(|v| v.into_iter().map(|s| s.words).collect())
        .unwrap_or_default()
}

pub fn run(args: Args) -> anyhow::Result<ExitCode> {
    let stdout = std::io::stdout();
    let mut so = stdout.lock();
    match args.action {
        Action::Train {
            data,
            out,
            epochs,
            aqmar: use_aqmar,
            runs,
            all,
        } => {
            let (mut train, dev) = anercorp(&data)?;
            if all {
                train.extend(dev);
            }
            let aux_from = train.len();
            if use_aqmar {
                train.extend(aqmar(&data)?);
            }
            let tokens: usize = train.iter().map(|s| s.words.len()).sum();
            eprintln!(
                "training on {} sentences ({tokens} tokens), {epochs} epochs{}",
                train.len(),
                if all {
                    ", dev split included"
                } else {
                    ", dev split held out"
                }
            );
            let t0 = Instant::now();
            let topts = model::TrainOptions {
                epochs,
                runs,
                aux_from,
                cluster_text: cluster_text(&data),
                ..model::TrainOptions::default()
            };
            let mut m = model::train_with(&train, &topts, |e| {
                eprintln!(
                    "  pass {e}/{}  {:.1}s",
                    epochs * runs.max(1),
                    t0.elapsed().as_secs_f64()
                );
            });
            m.trained_on_dev = all;
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
            doc_sentences,
            errors,
            margin,
            outside_bias,
            cv,
            epochs,
            aqmar: use_aqmar,
            runs,
        } => {
            let shipped = Options {
                confident_margin: margin.unwrap_or(Options::default().confident_margin),
                outside_bias: outside_bias.unwrap_or(Options::default().outside_bias),
                ..Options::default()
            };
            let (train_part, dev) = anercorp(&data)?;
            // (model, sentences to score it on)
            let mut owned: Vec<(Model, Vec<Sentence>)> = Vec::new();
            let mut use_builtin = false;
            if let Some(k) = cv {
                let k = k.clamp(2, 20);
                let extra = if use_aqmar { aqmar(&data)? } else { Vec::new() };
                let fold = train_part.len().div_ceil(k);
                let raw = cluster_text(&data);
                for f in 0..k {
                    let (a, b) = (f * fold, ((f + 1) * fold).min(train_part.len()));
                    let mut tr: Vec<Sentence> = train_part[..a].to_vec();
                    tr.extend_from_slice(&train_part[b..]);
                    let aux_from = tr.len();
                    tr.extend_from_slice(&extra);
                    let topts = model::TrainOptions {
                        epochs,
                        runs,
                        aux_from,
                        cluster_text: raw.clone(),
                        ..model::TrainOptions::default()
                    };
                    let m = model::train_with(&tr, &topts, |_| {});
                    owned.push((m, train_part[a..b].to_vec()));
                }
                writeln!(
                    so,
                    "{k}-fold cross-validation over the first 90% of ANERcorp train ({} sentences), {epochs} epochs{}",
                    train_part.len(),
                    if use_aqmar { ", + AQMAR" } else { "" }
                )?;
            } else {
                let t0 = Instant::now();
                let m: &Model = match &path {
                    Some(p) => {
                        let bytes = std::fs::read(p)
                            .with_context(|| format!("cannot read {}", p.display()))?;
                        let m = Model::from_bytes(&bytes)
                            .with_context(|| format!("{}", p.display()))?;
                        owned.push((m, dev.clone()));
                        &owned[0].0
                    }
                    None => {
                        use_builtin = true;
                        let m = entities::builtin_model();
                        if let Some(problem) = entities::model_problem() {
                            anyhow::bail!("built-in model unusable: {problem}");
                        }
                        m
                    }
                };
                if m.trained_on_dev {
                    writeln!(
                        so,
                        "WARNING: this model was trained on the dev split too (--all): the figures below are \
                         not a held-out measure; evaluate a model trained without --all"
                    )?;
                }
                writeln!(
                    so,
                    "model: {} features, loaded in {:.1} ms; dev split: {} sentences (last 10% of ANERcorp train)",
                    m.features(),
                    t0.elapsed().as_secs_f64() * 1e3,
                    dev.len()
                )?;
            }
            let runs: Vec<(&Model, &[Sentence])> = if use_builtin {
                vec![(entities::builtin_model(), &dev[..])]
            } else {
                owned.iter().map(|(m, s)| (m, &s[..])).collect()
            };
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
                let mut counts = [[0usize; 3]; 4]; // per class: tp, predicted, gold
                // per class: gold entities labelled with the wrong kind, with wrong edges, missed;
                // predicted entities overlapping no gold entity
                let mut kinds = [[0usize; 4]; 4];
                for (m, chunk) in runs
                    .iter()
                    .flat_map(|(m, sents)| sents.chunks(doc_sentences.max(1)).map(move |c| (*m, c)))
                {
                    let sents: Vec<Vec<&str>> = chunk
                        .iter()
                        .map(|s| s.words.iter().map(String::as_str).collect())
                        .collect();
                    let pred = entities::tag_document(m, &sents, opts);
                    for (s, p) in chunk.iter().zip(&pred) {
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
                        if errors {
                            let cls = CLASSES;
                            let overlaps =
                                |a: &(usize, usize, usize), b: &(usize, usize, usize)| {
                                    a.0 < b.1 && b.0 < a.1
                                };
                            for g in gold.iter().filter(|x| !got.contains(x)) {
                                let kind = if got.iter().any(|x| (x.0, x.1) == (g.0, g.1)) {
                                    0
                                } else if let Some(x) = got.iter().find(|x| overlaps(x, g)) {
                                    eprintln!(
                                        "{} EDGE {} {} | got {} {}",
                                        opts.document_pass as u8 + opts.gazetteer as u8,
                                        cls[g.2],
                                        s.words[g.0..g.1].join(" "),
                                        cls[x.2],
                                        s.words[x.0..x.1].join(" ")
                                    );
                                    1
                                } else {
                                    2
                                };
                                kinds[g.2][kind] += 1;
                            }
                            for x in got.iter().filter(|x| !gold.contains(x)) {
                                if !gold.iter().any(|g| overlaps(x, g)) {
                                    kinds[x.2][3] += 1;
                                }
                                eprintln!(
                                    "{} FP {} {}",
                                    opts.document_pass as u8 + opts.gazetteer as u8,
                                    cls[x.2],
                                    s.words[x.0..x.1].join(" ")
                                );
                            }
                            for x in gold.iter().filter(|x| !got.contains(x)) {
                                eprintln!(
                                    "{} FN {} {}",
                                    opts.document_pass as u8 + opts.gazetteer as u8,
                                    cls[x.2],
                                    s.words[x.0..x.1].join(" ")
                                );
                            }
                        }
                    }
                }
                if errors {
                    eprintln!(
                        "{name}: errors by class (wrong kind / wrong edges / missed / spurious)"
                    );
                    for (c, k) in CLASSES.iter().zip(kinds) {
                        eprintln!("  {c:5} {:5} {:5} {:5} {:5}", k[0], k[1], k[2], k[3]);
                    }
                }
                writeln!(so, "\n{name}")?;
                writeln!(so, "  class   precision  recall     F1   (gold)")?;
                let prf = |c: [usize; 3]| {
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
                };
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
    }
}
