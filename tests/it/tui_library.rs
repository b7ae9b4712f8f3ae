//! The library screen without a terminal: the rows, Enter and back on the same row, the title
//! filter, the notes and the names across the articles.

use std::time::{Duration, Instant};

use hamish::layout::LayoutOptions;
use hamish::library::Library;
use hamish::tui::app::{App, Settings};
use hamish::tui::layers::library::LibraryView;

use crate::harness::{press, screen, type_text};
use crate::library_cli::library_copy;

/// The library of a copy of the fixture folder, every title read (as the screen does between
/// frames), in a `w`×`h` screen.
fn library_app(w: u16, h: u16) -> (tempfile::TempDir, App) {
    let (tmp, dir, cache) = library_copy();
    let lib = Library::open_with_cache(&dir, Some(cache)).expect("open the library");
    let reader = LibraryView::empty_reader("مكتبة", LayoutOptions::default());
    let ui_app = App::new(reader.doc().clone(), "مكتبة", Settings::default());
    let mut app = App::with_reader(reader, ui_app.ui);
    app.push_layer(Box::new(LibraryView::new(lib)));
    app.resize(w, h);
    settle(&mut app);
    (tmp, app)
}

/// Lets the screen read what it reads between frames, until it has nothing left.
fn settle(app: &mut App) {
    let start = Instant::now();
    while app.next_deadline().is_some() {
        app.fire_deadlines(Instant::now() + Duration::from_secs(1));
        assert!(
            start.elapsed() < Duration::from_secs(30),
            "the library never settles"
        );
    }
}

fn view(app: &App) -> &LibraryView {
    app.layer::<LibraryView>().expect("the library layer")
}

fn selected_name(app: &App) -> String {
    let v = view(app);
    v.selected_entry()
        .map(|i| v.library().entries[i].name.clone())
        .unwrap_or_default()
}

#[test]
fn the_rows_of_a_folder() {
    let (_tmp, mut app) = library_app(100, 10);
    insta::assert_snapshot!("library_100x10", screen(&mut app, 100, 10));
}

#[test]
fn enter_opens_and_quit_comes_back_to_the_same_row() {
    let (_tmp, mut app) = library_app(90, 16);
    press(&mut app, &["j", "j"]);
    assert_eq!(selected_name(&app), "سوق-الكتب.txt");
    press(&mut app, &["enter"]);
    assert!(view(&app).is_reading());
    assert_eq!(app.reader.name(), "سوق-الكتب.txt");
    let s = screen(&mut app, 90, 16);
    assert!(s.contains("ﺩﺍﺪﻐﺑ ﻲﻓ ﺔﻤﻳﺪﻘﻟﺍ ﺐﺘﻜﻟﺍ ﻕﻮﺳ"), "{s}");
    // read on, then back
    press(&mut app, &["G", "q"]);
    assert!(!view(&app).is_reading());
    assert_eq!(selected_name(&app), "سوق-الكتب.txt", "the same row");
    let v = view(&app);
    let e = v
        .library()
        .entries
        .iter()
        .find(|e| e.name == "سوق-الكتب.txt")
        .expect("entry");
    assert!(e.reading.is_some(), "the reading position was kept");
    assert!(e.last_read.is_some());
    let s = screen(&mut app, 90, 16);
    assert!(
        s.contains("lib") || s.contains("مكتبة") || s.contains("ﺔﺒﺘﻜﻣ"),
        "{s}"
    );
    // q on the list leaves hamish
    press(&mut app, &["q"]);
    assert!(app.quit_requested());
}

#[test]
fn slash_filters_by_title() {
    let (_tmp, mut app) = library_app(90, 12);
    press(&mut app, &["/"]);
    type_text(&mut app, "بغداد");
    press(&mut app, &["enter"]);
    let s = screen(&mut app, 90, 12);
    assert!(s.contains("1 of 4 articles"), "{s}");
    assert_eq!(selected_name(&app), "سوق-الكتب.txt");
    // harakat and alef forms do not matter, as in the reader's search
    press(&mut app, &["esc", "/"]);
    type_text(&mut app, "عمان");
    let s = screen(&mut app, 90, 12);
    assert!(s.contains("1 of 4 articles"), "{s}");
    assert_eq!(selected_name(&app), "حديقة-المدرسة.md");
    press(&mut app, &["esc"]);
    let s = screen(&mut app, 90, 12);
    assert!(s.contains("4 articles") && !s.contains("of 4"), "{s}");
}

#[test]
fn notes_across_articles_open_on_the_note() {
    let (_tmp, mut app) = library_app(90, 12);
    press(&mut app, &["m"]);
    let s = screen(&mut app, 90, 12);
    assert!(s.contains("1 notes"), "{s}");
    assert!(s.contains("؟ﻂﺒﻀﻟﺎﺑ ﻝﻭﺩ ﻱﺃ"), "the note's text: {s}");
    press(&mut app, &["enter"]);
    assert_eq!(app.reader.name(), "مهرجان-جرش.txt");
    let caret = app.reader.caret().expect("the caret on the note");
    let text = app.reader.text();
    let at = text.find("فرق من عشر دول").expect("passage");
    assert!(
        caret.start >= at && caret.start < at + "فرق من عشر دول".len(),
        "{caret:?}"
    );
    press(&mut app, &["q"]);
    assert!(!view(&app).is_reading());
}

#[test]
fn names_across_articles_open_the_articles_that_mention_them() {
    let (_tmp, mut app) = library_app(90, 30);
    press(&mut app, &["e"]);
    settle(&mut app);
    let s = screen(&mut app, 90, 30);
    assert!(s.contains("names"), "{s}");
    // بغداد, three mentions in one article, comes first
    let first = s.lines().nth(1).unwrap_or("");
    assert!(first.contains("ﺩﺍﺪﻐﺑ") && first.contains("3×"), "{s}");
    // kinds in the words of the reader's status line, not the JSON's (the one organisation
    // ranks among the last of the nineteen names: the screen is tall enough to show them all)
    assert!(
        s.contains("organisation") && !s.contains("organization"),
        "{s}"
    );
    press(&mut app, &["enter"]);
    let s = screen(&mut app, 90, 30);
    assert!(s.contains("txt.ﺐﺘﻜﻟﺍ-ﻕﻮﺳ"), "{s}");
    press(&mut app, &["enter"]);
    assert_eq!(app.reader.name(), "سوق-الكتب.txt");
    assert_eq!(
        app.reader.search().hits.len(),
        3,
        "the mentions are search hits"
    );
    press(&mut app, &["q", "esc", "esc"]);
    assert!(!view(&app).is_reading());
    let s = screen(&mut app, 90, 30);
    assert!(s.contains("4 articles"), "{s}");
}

#[test]
fn an_empty_folder_says_so() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let lib = Library::open_with_cache(tmp.path(), None).expect("open");
    let reader = LibraryView::empty_reader("x", LayoutOptions::default());
    let ui_app = App::new(reader.doc().clone(), "x", Settings::default());
    let mut app = App::with_reader(reader, ui_app.ui);
    app.push_layer(Box::new(LibraryView::new(lib)));
    let s = screen(&mut app, 60, 6);
    assert!(s.contains("no articles here"), "{s}");
    press(&mut app, &["enter", "e", "esc", "m", "esc"]);
    assert!(!app.quit_requested());
}

#[test]
fn tiny_screens_draw_without_a_panic() {
    let (_tmp, mut app) = library_app(100, 10);
    for (w, h) in [(1, 1), (2, 1), (5, 2), (12, 3), (20, 4), (30, 2)] {
        let s = screen(&mut app, w, h);
        assert!(s.lines().count() <= h as usize, "{w}x{h}");
        press(&mut app, &["e"]);
        settle(&mut app);
        let _ = screen(&mut app, w, h);
        press(&mut app, &["esc", "/"]);
        type_text(&mut app, "قديمة");
        let _ = screen(&mut app, w, h);
        press(&mut app, &["esc"]);
    }
}

/// The names across the articles are the reader's entities: «فلاديمير بوتين» named once in
/// full and twice as «بوتين» is one row of 3 mentions (it was «بوتين 2×» and «فلاديمير بوتين
/// 1×»), and opening the article from it searches the spelling that finds all three.
#[test]
fn names_across_articles_are_one_row_per_entity() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("news");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::write(
        dir.join("a.txt"),
        "زيارة إلى دمشق\n\nقال الرئيس الروسي فلاديمير بوتين في دمشق إن بلاده ستواصل دعم سورية. \
         وأضاف بوتين أن الوضع بسورية يتحسن، وقالت وزارة الخارجية الروسية إن بوتين سيعود إلى دمشق.\n",
    )
    .expect("write");
    let lib = Library::open_with_cache(&dir, Some(tmp.path().join("cache"))).expect("open");
    let reader = LibraryView::empty_reader("news", LayoutOptions::default());
    let ui_app = App::new(reader.doc().clone(), "news", Settings::default());
    let mut app = App::with_reader(reader, ui_app.ui);
    app.push_layer(Box::new(LibraryView::new(lib)));
    app.resize(90, 20);
    settle(&mut app);
    press(&mut app, &["e"]);
    settle(&mut app);
    let s = screen(&mut app, 90, 20);
    let putin: Vec<&str> = s.lines().filter(|l| l.contains("ﻦﻴﺗﻮﺑ")).collect();
    assert_eq!(putin.len(), 1, "one row for the person:\n{s}");
    assert!(
        putin[0].contains("ﻦﻴﺗﻮﺑ ﺮﻴﻤﻳﺩﻼﻓ") && putin[0].contains("3×"),
        "{s}"
    );
    assert!(!s.contains("ﺔﻳﺭﻮﺴﺑ"), "بسورية is سورية:\n{s}");
    let row = s
        .lines()
        .skip(1)
        .position(|l| l.contains("ﻦﻴﺗﻮﺑ"))
        .expect("the row");
    for _ in 0..row {
        press(&mut app, &["j"]);
    }
    press(&mut app, &["enter", "enter"]);
    assert_eq!(app.reader.name(), "a.txt");
    assert_eq!(
        app.reader.search().hits.len(),
        3,
        "every mention is a search hit"
    );
}

/// The library says how far an article was read as the reader said it: an article read to its
/// end (`G`, the status line at 100%) is 100% in the list. The list used to divide the position
/// of the top of the screen by the length, so a finished article showed 27% (0% for one that
/// fits on a screen).
#[test]
fn an_article_read_to_the_end_is_100_percent_read() {
    let (_tmp, mut app) = library_app(90, 16);
    press(&mut app, &["j", "j"]);
    assert_eq!(selected_name(&app), "سوق-الكتب.txt");
    press(&mut app, &["enter", "G"]);
    assert_eq!(app.reader.percent(), 100);
    press(&mut app, &["q"]);
    let v = view(&app);
    let i = v.selected_entry().expect("the row");
    assert_eq!(v.library().entries[i].percent(), Some(100));
    let s = screen(&mut app, 90, 16);
    let row = s
        .lines()
        .find(|l| l.contains("txt.ﺐﺘﻜﻟﺍ-ﻕﻮﺳ"))
        .expect("the row");
    assert!(row.contains("100%"), "{s}");
}
