//! The reader as a daily reader uses it, end to end in tmux: search from the caret, selecting by
//! line, standard input, several files, what is remembered between sessions, a config with
//! mistakes, the encoding notice and the message log. Skipped with a notice without tmux.

use std::path::Path;

use crate::common::{Tmux, launch, tmux_absent};

const W: u16 = 90;
const H: u16 = 24;

fn status(c: &[String]) -> &str {
    c.get(H as usize - 1).map_or("", String::as_str)
}

fn session(name: &str) -> Tmux {
    Tmux::start(format!("hamish-daily-{name}-{}", std::process::id()), W, H)
}

/// An invented article: a title, then `n` paragraphs, each naming بوتين once.
fn article(n: usize) -> String {
    let mut s = String::from("قمة إقليمية في العاصمة\n\n");
    for i in 1..=n {
        s.push_str(&format!(
            "في الفقرة {i} قال المتحدث إن بوتين سيحضر الاجتماع المقبل، وأضاف أن الوفود ستناقش ملفات الطاقة والمياه والنقل.\n\n"
        ));
    }
    s
}

fn setup(text: &str) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("article.txt"), text).expect("write article");
    let home = dir.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    (dir, home)
}

fn ready(c: &[String]) -> bool {
    status(c).contains("help")
}

fn quit(tmux: &Tmux) {
    tmux.keys(&["q"]);
    tmux.wait_for("the reader to end", |c| {
        c.iter().any(|l| l.contains("EXIT=0"))
    });
}

#[test]
fn n_after_g_goes_forward_from_the_caret() {
    if tmux_absent("everyday reader test") {
        return;
    }
    let (dir, home) = setup(&article(30));
    let tmux = session("search");
    launch(&tmux, dir.path(), &home, "article.txt");
    tmux.wait_for("the reader", ready);
    tmux.keys(&["/"]);
    tmux.type_text("بوتين");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the first match", |c| status(c).contains("1 of 30"));
    tmux.keys(&["G"]);
    tmux.wait_for("the end", |c| status(c).contains("100%"));
    tmux.keys(&["n"]);
    let c = tmux.wait_for("a match after the caret", |c| status(c).contains(" of 30"));
    let k: usize = status(&c)
        .split(" of 30")
        .next()
        .and_then(|s| s.split_whitespace().last())
        .and_then(|s| s.parse().ok())
        .unwrap_or(0);
    // the screen shows the last paragraphs: n goes on from the caret there (the first match on
    // screen), never back up to the second
    assert!(k > 20, "n after G went to match {k}: {}", status(&c));
    quit(&tmux);
}

#[test]
fn v_j_j_selects_three_lines_for_a_note() {
    if tmux_absent("everyday reader test") {
        return;
    }
    let (dir, home) = setup(&article(3));
    let tmux = session("select");
    launch(&tmux, dir.path(), &home, "article.txt");
    tmux.wait_for("the reader", ready);
    // the caret to the first body paragraph, then select three lines of it
    tmux.keys(&["J", "v", "j", "j", "a"]);
    tmux.wait_for("the note editor", |c| {
        c.iter().any(|l| l.contains("Ctrl-S"))
    });
    tmux.type_text("ثلاثة أسطر");
    tmux.keys(&["C-s"]);
    tmux.wait_for("the note saved", |c| status(c).contains("note saved"));
    quit(&tmux);
    let side =
        std::fs::read_to_string(dir.path().join("article.txt.notes.toml")).expect("the sidecar");
    let exact = side
        .lines()
        .find_map(|l| l.trim().strip_prefix("exact = "))
        .expect("an exact passage")
        .trim_matches(|c| c == '"' || c == '\'');
    // three lines of an 88-column text column hold far more than one line's words
    assert!(exact.chars().count() > 90, "v j j selected only {exact:?}");
}

#[test]
fn standard_input_and_several_files() {
    if tmux_absent("everyday reader test") {
        return;
    }
    let (dir, home) = setup(&article(3));
    std::fs::write(
        dir.path().join("second.txt"),
        "المقال الثاني عن الزراعة\n\nيتحدث هذا المقال عن مواسم القمح في السهول.\n",
    )
    .expect("write");
    let tmux = session("stdin");
    launch(&tmux, dir.path(), &home, "- < article.txt");
    let c = tmux.wait_for("the reader on standard input", ready);
    assert!(status(&c).contains("standard input"), "{}", status(&c));
    // keys come from the terminal: a page down moves
    tmux.keys(&["Space"]);
    quit(&tmux);

    launch(&tmux, dir.path(), &home, "article.txt second.txt");
    let c = tmux.wait_for("two files", |c| status(c).contains("file 1/2"));
    assert!(status(&c).contains("article.txt"));
    tmux.keys(&[">"]);
    let c = tmux.wait_for("the second file", |c| status(c).contains("file 2/2"));
    assert!(
        c.iter()
            .any(|l| l.contains("ﺔﻋﺍﺭﺰﻟﺍ") || l.contains("الزراعة")),
        "{}",
        c.join("\n")
    );
    tmux.keys(&["<"]);
    tmux.wait_for("back to the first", |c| status(c).contains("file 1/2"));
    quit(&tmux);
}

#[test]
fn theme_toggles_width_and_searches_are_remembered() {
    if tmux_absent("everyday reader test") {
        return;
    }
    let (dir, home) = setup(&article(5));
    let tmux = session("memory");
    launch(&tmux, dir.path(), &home, "article.txt");
    tmux.wait_for("the reader", ready);
    tmux.keys(&["t"]);
    tmux.wait_for("the next theme", |c| status(c).contains("theme: light"));
    tmux.keys(&["2"]);
    tmux.wait_for("places hidden", |c| status(c).contains("places: hidden"));
    tmux.keys(&["-"]);
    tmux.wait_for("a narrower column", |c| {
        status(c).contains("text width: 72")
    });
    tmux.keys(&["/"]);
    tmux.type_text("الطاقة");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the search", |c| status(c).contains("of 5"));
    quit(&tmux);

    let state = std::fs::read_to_string(home.join("state/hamish/state.toml")).expect("state");
    assert!(state.contains("theme = \"light\""), "{state}");
    assert!(state.contains("text_width = 72"), "{state}");
    assert!(state.contains("places = false"), "{state}");
    assert!(state.contains("الطاقة"), "{state}");
    // nothing was written into the user's config
    assert!(!home.join("config/hamish/config.toml").exists());

    // the next session starts where this one left off; ↑ in the prompt brings the search back
    launch(&tmux, dir.path(), &home, "article.txt");
    tmux.wait_for("the reader", ready);
    tmux.keys(&["/", "Up"]);
    tmux.wait_for("the search from last time", |c| {
        status(c).starts_with('/') && (status(c).contains("الطاقة") || status(c).contains("ﺔﻗﺎﻄﻟﺍ"))
    });
    tmux.keys(&["Escape"]);
    // (a key sent right after Esc would arrive as Alt+key)
    tmux.wait_for("the prompt closed", |c| !status(c).starts_with('/'));
    tmux.keys(&[":"]);
    tmux.type_text("theme");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the theme in use", |c| status(c).contains("theme: light"));
    quit(&tmux);
}

#[test]
fn a_config_with_mistakes_warns_and_keeps_the_rest() {
    if tmux_absent("everyday reader test") {
        return;
    }
    let (dir, home) = setup(&article(8));
    let cfg = home.join("config/hamish");
    std::fs::create_dir_all(&cfg).expect("config dir");
    std::fs::write(
        cfg.join("config.toml"),
        "theme = \"sepia\"\ncolour = \"red\"\n[keys]\n\"C-n\" = \"page_down\"\n\"x\" = \"fly\"\n",
    )
    .expect("config");
    let tmux = session("config");
    launch(&tmux, dir.path(), &home, "article.txt");
    let c = tmux.wait_for("the reader with warnings", |c| {
        status(c).contains("problems")
    });
    assert!(status(&c).contains("M lists them"), "{}", status(&c));
    tmux.keys(&["M"]);
    let log = tmux.wait_for("the message log", |c| {
        c.iter().any(|l| l.contains("messages ·"))
    });
    let all = log.join("\n");
    assert!(all.contains("config.toml:2"), "{all}");
    assert!(all.contains("config.toml:5"), "{all}");
    assert!(all.contains("fly"), "{all}");
    tmux.keys(&["Escape"]);
    tmux.wait_for("the log closed", |c| {
        !c.iter().any(|l| l.contains("messages ·"))
    });
    // the good binding works, the good theme is in use
    tmux.keys(&["C-n"]);
    tmux.wait_for("a page down", |c| {
        status(c).contains('¶') && !status(c).contains("¶ 1/")
    });
    tmux.keys(&[":"]);
    tmux.type_text("theme");
    tmux.keys(&["Enter"]);
    tmux.wait_for("the configured theme", |c| {
        status(c).contains("theme: sepia")
    });
    quit(&tmux);
}

#[test]
fn the_encoding_notice_shows_in_the_reader() {
    if tmux_absent("everyday reader test") {
        return;
    }
    let (dir, home) = setup("");
    // «مرحبا بكم في القاهرة» in windows-1256
    let cp1256: &[u8] = &[
        0xe3, 0xd1, 0xcd, 0xc8, 0xc7, 0x20, 0xc8, 0xdf, 0xe3, 0x20, 0xdd, 0xea, 0x20, 0xc7, 0xe1,
        0xde, 0xc7, 0xe5, 0xd1, 0xc9, b'\n',
    ];
    std::fs::write(dir.path().join("old.txt"), cp1256).expect("write");
    let tmux = session("encoding");
    launch(&tmux, dir.path(), &home, "old.txt");
    tmux.wait_for("the notice", |c| status(c).contains("windows-1256"));
    quit(&tmux);
    assert!(Path::new(&dir.path().join("old.txt")).is_file());
}

/// Two readers open at once (two terminals): what one remembers is not undone when the other,
/// which changed nothing, quits after it. Each reader wrote back the whole memory it had read
/// when it started, so the theme picked and the searches made in the first were lost.
#[test]
fn a_second_reader_quitting_later_keeps_what_the_first_remembered() {
    if tmux_absent("everyday reader test") {
        return;
    }
    let (dir, home) = setup(&article(5));
    let first = session("memory-a");
    let second = session("memory-b");
    launch(&first, dir.path(), &home, "article.txt");
    first.wait_for("the first reader", ready);
    launch(&second, dir.path(), &home, "article.txt");
    second.wait_for("the second reader", ready);
    first.keys(&["t"]);
    first.wait_for("the next theme", |c| status(c).contains("theme: light"));
    first.keys(&["/"]);
    first.type_text("الطاقة");
    first.keys(&["Enter"]);
    first.wait_for("the search", |c| status(c).contains("of 5"));
    quit(&first);
    // the second one searches too, then quits last
    second.keys(&["/"]);
    second.type_text("المياه");
    second.keys(&["Enter"]);
    second.wait_for("its search", |c| status(c).contains("of 5"));
    quit(&second);
    let state = std::fs::read_to_string(home.join("state/hamish/state.toml")).expect("state");
    assert!(state.contains("theme = \"light\""), "{state}");
    assert!(
        state.contains("الطاقة") && state.contains("المياه"),
        "both sessions' searches: {state}"
    );
}

/// An article read from standard input is found again by its text: piped in again, it opens
/// where the reader left it (the README promised `articles/text-<sha256>.toml`; nothing was
/// saved, because the reading position was kept only by the notebook, which standard input has
/// not).
#[test]
fn standard_input_opens_where_it_was_left() {
    if tmux_absent("everyday reader test") {
        return;
    }
    let (dir, home) = setup(&article(30));
    let tmux = session("stdin-pos");
    launch(&tmux, dir.path(), &home, "- < article.txt");
    tmux.wait_for("the reader on standard input", ready);
    tmux.keys(&["1", "2", "g"]);
    let c = tmux.wait_for("paragraph 12", |c| status(c).contains("¶ 12/"));
    let at = status(&c).to_owned();
    quit(&tmux);
    let saved: Vec<_> = std::fs::read_dir(home.join("state/hamish/articles"))
        .map(|d| d.flatten().map(|e| e.file_name()).collect())
        .unwrap_or_default();
    assert!(
        saved
            .iter()
            .any(|n| n.to_string_lossy().starts_with("text-")),
        "{saved:?}"
    );
    launch(&tmux, dir.path(), &home, "- < article.txt");
    let c = tmux.wait_for("the reader again", ready);
    assert!(status(&c).contains("¶ 12/"), "{} (was {at})", status(&c));
    quit(&tmux);
}

/// `institutions = true` in the config: the reader's entity panel lists the ministry as an
/// organisation; without it, as the corpus the model follows has it, it does not.
#[test]
fn the_config_can_mark_institutions() {
    if tmux_absent("institutions config test") {
        return;
    }
    let text = "إصابات جديدة في غزة\n\nأعلنت وزارة الصحة الفلسطينية اليوم تسجيل إصابات جديدة في مدينة غزة، وقال المتحدث باسم الوزارة إن الوضع تحت السيطرة.\n";
    // the screen shows the text right to left, unshaped here: a name reads backwards
    let shown = |s: &str| s.chars().rev().collect::<String>();
    let ministry = shown("وزارة الصحة");
    for marked in [true, false] {
        let (dir, home) = setup(text);
        std::fs::create_dir_all(home.join("config/hamish")).expect("config dir");
        std::fs::write(
            home.join("config/hamish/config.toml"),
            format!("shaping = false\ninstitutions = {marked}\n"),
        )
        .expect("config");
        let tmux = session(&format!("institutions-{marked}"));
        launch(&tmux, dir.path(), &home, "article.txt");
        tmux.wait_for("the reader", ready);
        tmux.keys(&["e"]);
        let c = tmux.wait_for("the entity panel with the city", |c| {
            c.iter().any(|l| l.contains("Places"))
        });
        // the panel, not the text beside it
        let panel = |l: &String| l.split('│').nth(1).unwrap_or("").to_owned();
        assert_eq!(
            c.iter().any(|l| panel(l).contains(&ministry)),
            marked,
            "institutions = {marked}:\n{}",
            c.join("\n")
        );
        tmux.keys(&["Escape"]);
        tmux.wait_for("the text again", ready);
        quit(&tmux);
    }
}
