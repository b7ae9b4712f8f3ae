//! Many writers at once, and writers killed with SIGKILL at random moments: the sidecar always
//! parses and holds every acknowledged note (one whose `notes add` printed its id and exited 0).

use crate::common::Rng;
use std::collections::HashSet;
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::time::{Duration, Instant};

fn spawn_add(article: &Path, text: &str) -> Child {
    crate::common::hamish()
        .args(["notes", "add"])
        .arg(article)
        .args(["--quote", "الميناء", "--text", text])
        .env("XDG_DATA_HOME", "/nonexistent-hamish-test")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn hamish")
}

/// The id printed by a writer that exited 0 (if it did), and whether SIGKILL ended it.
fn acknowledged(child: Child) -> (Option<String>, bool) {
    let (id, killed, _) = finish(child);
    (id, killed)
}

/// (the id printed when it exited 0, killed by SIGKILL, exited 0)
fn finish(child: Child) -> (Option<String>, bool, bool) {
    let out = child.wait_with_output().expect("wait");
    #[cfg(unix)]
    let killed = std::os::unix::process::ExitStatusExt::signal(&out.status) == Some(9);
    #[cfg(not(unix))]
    let killed = !out.status.success();
    let id = String::from_utf8_lossy(&out.stdout).trim().to_owned();
    (
        (out.status.success() && id.len() == 26).then_some(id),
        killed,
        out.status.success(),
    )
}

fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let article = dir.path().join("a.txt");
    std::fs::write(
        &article,
        "قال الكاتب إن البحر هادئ.\nوعاد إلى الميناء في المساء.\n",
    )
    .unwrap();
    let side = dir.path().join("a.txt.notes.toml");
    (dir, article, side)
}

fn ids_on_disk(side: &Path) -> HashSet<String> {
    notes_on_disk(side).into_iter().map(|(id, _)| id).collect()
}

/// (id, deleted) of every note in the sidecar, which must parse.
fn notes_on_disk(side: &Path) -> Vec<(String, bool)> {
    let bytes = std::fs::read(side).expect("the sidecar exists");
    let parsed = hamish::notes::sidecar::parse(&bytes)
        .unwrap_or_else(|e| panic!("the sidecar does not parse: line {}: {}", e.line, e.what));
    parsed
        .notes
        .into_iter()
        .map(|n| (n.id, n.deleted))
        .collect()
}

fn spawn_rm(article: &Path, id: &str) -> Child {
    crate::common::hamish()
        .args(["notes", "rm"])
        .arg(article)
        .arg(id)
        .env("XDG_DATA_HOME", "/nonexistent-hamish-test")
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn hamish")
}

#[test]
fn sixteen_writers_at_once_leave_sixteen_notes() {
    let (_dir, article, side) = setup();
    let children: Vec<Child> = (0..16)
        .map(|i| spawn_add(&article, &format!("writer {i}")))
        .collect();
    let ids: Vec<String> = children
        .into_iter()
        .map(|c| acknowledged(c).0.expect("every writer succeeds"))
        .collect();
    let on_disk = ids_on_disk(&side);
    assert_eq!(on_disk.len(), 16);
    assert_eq!(on_disk, ids.into_iter().collect::<HashSet<_>>());
}

#[test]
fn kill_9_at_random_moments_never_loses_an_acknowledged_note() {
    let (dir, article, side) = setup();
    let seed = std::env::var("HAMISH_KILL_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or_else(|| {
            std::time::SystemTime::now()
                .duration_since(std::time::UNIX_EPOCH)
                .map_or(1, |d| d.as_nanos() as u64)
                | 1
        });
    eprintln!("kill -9 test seed: {seed} (replay with HAMISH_KILL_SEED={seed})");
    let mut rng = Rng(seed);

    // How long one `notes add` takes here, to aim the kills inside it.
    let t = Instant::now();
    let first = acknowledged(spawn_add(&article, "baseline"))
        .0
        .expect("baseline add");
    // Re-aimed after every round (below): the first add may be slow (cold caches, a busy machine)
    // and a late aim would let writers finish before their kill lands.
    let mut run_us = t.elapsed().as_micros().max(1000) as u64;
    let mut acked: HashSet<String> = HashSet::from([first]);
    let mut deleted: HashSet<String> = HashSet::new();

    let rounds: usize = std::env::var("HAMISH_KILL_ROUNDS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(60);
    let (mut killed, mut survived, mut spawned, mut mid_write) = (0, 0, 0, 0);
    let started = Instant::now();
    let mut round = 0;
    // Go on past `rounds` (up to four times as many) until enough kills have landed.
    while round < rounds || (killed <= rounds / 2 && round < rounds * 4) {
        round += 1;
        let killed_before = killed;
        let writers = 1 + rng.below(4) as usize;
        // (process, the id it deletes for `rm`, when to kill it)
        let mut children: Vec<(Child, Option<String>)> = (0..writers)
            .map(|w| {
                let text = format!("round {round} writer {w}\nسطر ثان");
                (spawn_add(&article, &text), None)
            })
            .collect();
        // Now and then a deleter too, of a note not deleted yet.
        if rng.below(3) == 0 {
            let mut live: Vec<&String> = acked.difference(&deleted).collect();
            live.sort();
            if !live.is_empty() {
                let id = live[rng.below(live.len() as u64) as usize].clone();
                children.push((spawn_rm(&article, &id), Some(id)));
            }
        }
        spawned += children.len();
        let mut pending: Vec<(Child, Option<String>, Option<u64>)> = children
            .into_iter()
            .map(|(c, rm)| {
                // Three in four get killed somewhere within about one run's time.
                let kill_at = (rng.below(4) != 0).then(|| rng.below(run_us * 3 / 2));
                (c, rm, kill_at)
            })
            .collect();
        pending.sort_by_key(|(_, _, k)| k.unwrap_or(u64::MAX));
        let t0 = Instant::now();
        let mut done = Vec::new();
        for (mut child, rm, kill_at) in pending {
            if let Some(us) = kill_at {
                let at = Duration::from_micros(us);
                if let Some(wait) = at.checked_sub(t0.elapsed()) {
                    std::thread::sleep(wait);
                }
                let _ = child.kill(); // SIGKILL on Unix
            }
            done.push((child, rm));
        }
        for (child, rm) in done {
            let (id, was_killed, success) = finish(child);
            if was_killed {
                killed += 1;
            }
            match (rm, id) {
                (Some(rm_id), _) => {
                    if success {
                        deleted.insert(rm_id);
                    }
                }
                (None, Some(id)) => {
                    survived += 1;
                    acked.insert(id);
                }
                (None, None) => {}
            }
        }
        // Aim earlier when no kill landed, later when every writer was killed.
        let landed = killed - killed_before;
        if landed == 0 {
            run_us = (run_us * 3 / 4).max(300);
        } else if landed >= writers {
            run_us = run_us * 5 / 4;
        }
        let notes = notes_on_disk(&side);
        let on_disk: HashSet<String> = notes.iter().map(|(id, _)| id.clone()).collect();
        let lost: Vec<&String> = acked.difference(&on_disk).collect();
        assert!(
            lost.is_empty(),
            "round {round}: acknowledged notes lost: {lost:?} (seed {seed})"
        );
        let resurrected: Vec<&String> = notes
            .iter()
            .filter(|(id, del)| !del && deleted.contains(id))
            .map(|(id, _)| id)
            .collect();
        assert!(
            resurrected.is_empty(),
            "round {round}: deleted notes came back: {resurrected:?} (seed {seed})"
        );
        // Temporary files left now were being written when their writer was killed.
        mid_write += std::fs::read_dir(dir.path())
            .unwrap()
            .flatten()
            .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
            .count();
        // The backup parses too.
        let bak = dir.path().join("a.txt.notes.toml.bak");
        if bak.exists() {
            hamish::notes::sidecar::parse(&std::fs::read(&bak).unwrap()).expect("the .bak parses");
        }
    }
    // The CLI still lists every live note, and a clean write sweeps temporaries left by killed
    // writers.
    let out = crate::common::hamish()
        .args(["notes"])
        .arg(&article)
        .output()
        .unwrap();
    assert!(out.status.success());
    let listed: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    let live = notes_on_disk(&side).iter().filter(|(_, d)| !d).count();
    assert_eq!(listed.as_array().unwrap().len(), live);
    acknowledged(spawn_add(&article, "final"))
        .0
        .expect("final add");
    let temporaries: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .flatten()
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|n| n.ends_with(".tmp") || n.starts_with(".hamish-probe-"))
        .collect();
    assert!(
        temporaries.is_empty(),
        "left behind after a clean write: {temporaries:?} (seed {seed})"
    );
    eprintln!(
        "kill -9 test: {round} rounds, {spawned} writers, {killed} killed by SIGKILL, \
         {survived} adds acknowledged, {} deletes acknowledged, {mid_write} temporaries left by \
         writers killed mid-write, one add ≈ {run_us} µs, {:.1} s",
        deleted.len(),
        started.elapsed().as_secs_f64()
    );
    assert!(
        killed > rounds / 2,
        "too few kills landed ({killed}); the test proves little"
    );
}
