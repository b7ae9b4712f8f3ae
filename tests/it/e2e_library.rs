//! `hamish DIR` in a real terminal (tmux): the library's rows, an article opened and closed on
//! the same row, the names across the articles, and quitting. Skips with a notice without tmux.

use crate::common::{Tmux, launch, tmux_absent};
use crate::library_cli::library_copy;

const W: u16 = 100;
const H: u16 = 16;

fn bottom(c: &[String]) -> &str {
    c.get(H as usize - 1).map_or("", String::as_str)
}

fn library_shown(c: &[String]) -> bool {
    bottom(c).contains("Enter open · / filter")
        && c.first().is_some_and(|l| l.contains("4 articles"))
}

#[test]
fn open_an_article_from_the_library_and_come_back() {
    if tmux_absent("e2e library test") {
        return;
    }
    let (tmp, _dir, _cache) = library_copy();
    let home = tmp.path().join("home");
    std::fs::create_dir_all(&home).expect("home");
    let tmux = Tmux::start(format!("hamish-e2e-library-{}", std::process::id()), W, H);
    launch(&tmux, tmp.path(), &home, "مكتبة");
    let first = tmux.wait_for("the library", library_shown);
    // the article read before is first, with its figures; the page's title is extracted
    assert!(
        first[1].contains("30%") && first[1].contains("1✎"),
        "{}",
        first.join("\n")
    );
    assert!(
        first
            .iter()
            .any(|l| l.contains("ﺭﻮﺻ ﻲﻓ ﺮﺤﺒﻟﺍ ﻩﺎﻴﻣ ﺔﻴﻠﺤﺘﻟ ﺔﻄﺤﻣ ﺡﺎﺘﺘﻓﺍ")),
        "{}",
        first.join("\n")
    );
    // the fourth row, a web page: its article opens in the reader
    tmux.keys(&["Down", "Down", "Down", "Enter"]);
    let reading = tmux.wait_for("the article", |c| {
        // the status line says the page was not UTF-8
        bottom(c).contains("decoded as windows-1256") && bottom(c).contains("help")
    });
    let text = reading.join("\n");
    assert!(
        text.contains("ﺭﻮﺻ ﻲﻓ ﺮﺤﺒﻟﺍ ﻩﺎﻴﻣ ﺔﻴﻠﺤﺘﻟ ﺔﻄﺤﻣ ﺡﺎﺘﺘﻓﺍ"),
        "{text}"
    );
    assert!(
        !text.contains("ﺓﺀﺍﺮﻗ ﺮﺜﻛﻷﺍ"),
        "the sidebar does not show: {text}"
    );
    // q: back to the list, on the same row
    tmux.keys(&["q"]);
    let back = tmux.wait_for("the library again", library_shown);
    assert!(back[4].contains("html.ﺭﻮﺻ-ﺔﻄﺤﻣ"), "{}", back.join("\n"));
    // how far it was read, as the reader's status line said it
    let said = bottom(&reading)
        .split_whitespace()
        .find(|w| w.ends_with('%'))
        .expect("the reader's percentage")
        .to_owned();
    assert!(
        back[4].trim_start().starts_with(&said),
        "its position is remembered ({said}): {}",
        back.join("\n")
    );
    // the names across the articles
    tmux.keys(&["e"]);
    let names = tmux.wait_for("the names", |c| {
        c.first().is_some_and(|l| l.contains(" names"))
    });
    assert!(
        names[1].contains("ﺩﺍﺪﻐﺑ") && names[1].contains("3×"),
        "{}",
        names.join("\n")
    );
    tmux.keys(&["Escape"]);
    tmux.wait_for("the library after the names", library_shown);
    tmux.keys(&["q"]);
    let end = tmux.wait_for("the exit status", |c| c.iter().any(|l| l.contains("EXIT=")));
    assert!(
        end.iter().any(|l| l.contains("EXIT=0")),
        "{}",
        end.join("\n")
    );
}
