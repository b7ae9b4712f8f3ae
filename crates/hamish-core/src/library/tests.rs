use super::*;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/../../tests/fixtures/library");

/// A copy of the fixture folder (the tests write sidecars and change files) and a cache folder.
fn setup() -> (tempfile::TempDir, PathBuf, PathBuf) {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("articles");
    std::fs::create_dir(&dir).expect("mkdir");
    for e in std::fs::read_dir(FIXTURE).expect("fixture folder") {
        let e = e.expect("entry");
        if e.path().is_file() {
            std::fs::copy(e.path(), dir.join(e.file_name())).expect("copy");
        } else {
            std::fs::create_dir(dir.join(e.file_name())).expect("mkdir");
        }
    }
    let cache = tmp.path().join("cache");
    (tmp, dir, cache)
}

fn names(lib: &Library) -> Vec<&str> {
    lib.entries.iter().map(|e| e.name.as_str()).collect()
}

fn set_mtime(path: &Path, secs_ago: u64) {
    let t = SystemTime::now() - Duration::from_secs(secs_ago);
    let f = std::fs::File::options()
        .append(true)
        .open(path)
        .expect("open");
    f.set_modified(t).expect("set time");
}

fn write_sidecar(dir: &Path, article: &str, reading: usize) {
    let text = format!("schema = 1\n\n[reading]\noffset = {reading}\n");
    std::fs::write(dir.join(format!("{article}.notes.toml")), text).expect("write");
}

#[test]
fn lists_articles_only_sorted_by_last_read_then_name() {
    let (_tmp, dir, cache) = setup();
    write_sidecar(&dir, "سوق-الكتب.txt", 30);
    set_mtime(&dir.join("سوق-الكتب.txt.notes.toml"), 10);
    set_mtime(&dir.join("مهرجان-جرش.txt.notes.toml"), 3600);
    let lib = Library::open_with_cache(&dir, Some(cache)).expect("open");
    // read most recently first, then by name; no sidecar, picture or subfolder
    assert_eq!(
        names(&lib),
        [
            "سوق-الكتب.txt",
            "مهرجان-جرش.txt",
            "حديقة-المدرسة.md",
            "محطة-صور.html"
        ]
    );
    let kinds: Vec<InputKind> = lib.entries.iter().map(|e| e.kind).collect();
    assert_eq!(
        kinds,
        [
            InputKind::Text,
            InputKind::Text,
            InputKind::Markdown,
            InputKind::Html
        ]
    );
    // nothing read yet: titles fall back to the file name
    assert_eq!(lib.pending().len(), 4);
    assert_eq!(lib.entries[3].title(), "محطة-صور");
    assert_eq!(lib.entries[1].notes, 1, "the deleted note does not count");
    assert_eq!(lib.entries[1].reading, Some(120));
    assert_eq!(lib.entries[2].notes, 0);
    assert_eq!(lib.entries[2].last_read, None);
}

#[test]
fn summaries_are_read_once_then_come_from_the_index() {
    let (_tmp, dir, cache) = setup();
    let mut lib = Library::open_with_cache(&dir, Some(cache.clone())).expect("open");
    lib.summarize_pending(2);
    assert!(lib.pending().is_empty());
    let by_name = |lib: &Library, n: &str| -> Entry {
        lib.entries
            .iter()
            .find(|e| e.name == n)
            .cloned()
            .expect("entry")
    };
    let html = by_name(&lib, "محطة-صور.html");
    assert_eq!(html.title(), "افتتاح محطة لتحلية مياه البحر في صور");
    let md = by_name(&lib, "حديقة-المدرسة.md");
    assert_eq!(md.title(), "حديقة على سطح مدرسة في عمّان");
    let txt = by_name(&lib, "مهرجان-جرش.txt");
    assert_eq!(
        txt.title(),
        "انطلاق مهرجان جرش للثقافة والفنون بمشاركة فرق من عشر دول"
    );
    let summary = txt.summary.clone().expect("summary");
    let text = std::fs::read_to_string(dir.join("مهرجان-جرش.txt")).expect("read");
    assert_eq!(summary.words, text.split_whitespace().count());
    assert_eq!(summary.chars, text.chars().count());
    assert_eq!(
        txt.percent(),
        Some((120 * 100 / text.chars().count()) as u8)
    );
    // the markup is not counted as words
    assert!(md.summary.as_ref().is_some_and(|s| s.words < 200));

    // a second listing reads no article
    let again = Library::open_with_cache(&dir, Some(cache.clone())).expect("open");
    assert!(again.pending().is_empty());
    assert_eq!(by_name(&again, "محطة-صور.html").summary, html.summary);

    // a changed article is read again; a renamed one is found in the cache by its content
    std::fs::write(dir.join("سوق-الكتب.txt"), "عنوان جديد\nنص.\n").expect("write");
    std::fs::rename(dir.join("محطة-صور.html"), dir.join("صور.html")).expect("rename");
    let mut lib = Library::open_with_cache(&dir, Some(cache.clone())).expect("open");
    let pending: Vec<&str> = lib
        .pending()
        .into_iter()
        .map(|i| lib.entries[i].name.as_str())
        .collect();
    assert_eq!(pending.len(), 2, "{pending:?}");
    let renamed = lib
        .pending()
        .into_iter()
        .find(|&i| lib.entries[i].name == "صور.html")
        .and_then(|i| lib.job(i))
        .expect("job");
    let file = article_file(&cache, html.summary.as_ref().map_or("", |s| &s.hash));
    assert!(file.is_file(), "{}", file.display());
    assert_eq!(renamed.run().ok(), html.summary);
    lib.summarize_pending(1);
    assert_eq!(by_name(&lib, "سوق-الكتب.txt").title(), "عنوان جديد");
}

#[test]
fn reading_positions_come_from_the_state_folder() {
    let (tmp, dir, cache) = setup();
    let state = tmp.path().join("state");
    // the reader keeps the position of the page in its state file
    let page = dir.join("محطة-صور.html");
    crate::state::StateFile::at(&state, &page, "sha")
        .update(&crate::files::LockWait::no_wait(), |s| {
            s.reading = Some(400)
        })
        .expect("write the state");
    let mut lib = Library::open_in(&dir, Some(cache), Some(state.clone())).expect("open");
    // read last, so first; the text article's position is its old sidecar's
    assert_eq!(lib.entries[0].name, "محطة-صور.html");
    assert_eq!(lib.entries[0].reading, Some(400));
    assert!(lib.entries[0].last_read.is_some());
    assert_eq!(lib.entries[1].name, "مهرجان-جرش.txt");
    assert_eq!(lib.entries[1].reading, Some(120));
    lib.summarize_pending(1);
    assert!(lib.entries[0].percent().is_some_and(|p| p > 0 && p < 100));
    // read again further on: refresh takes the new position in place
    crate::state::StateFile::at(&state, &page, "sha")
        .update(&crate::files::LockWait::no_wait(), |s| {
            s.reading = Some(900)
        })
        .expect("write the state");
    lib.refresh(0);
    assert_eq!(lib.entries[0].reading, Some(900));
    // without a state folder there is no position for the page
    let lib = Library::open_in(&dir, None, None).expect("open");
    let page = lib
        .entries
        .iter()
        .find(|e| e.name == "محطة-صور.html")
        .expect("entry");
    assert_eq!(page.reading, None);
}

#[test]
fn broken_articles_say_why_and_the_rest_is_listed() {
    let (_tmp, dir, cache) = setup();
    std::fs::write(dir.join("ثنائي.txt"), [0u8, 1, 2, 3, 0xFF]).expect("write");
    std::fs::write(dir.join("تالف.txt.notes.toml"), "not toml [[[").expect("write");
    std::fs::write(dir.join("تالف.txt"), "عنوان\n").expect("write");
    let mut lib = Library::open_with_cache(&dir, Some(cache)).expect("open");
    lib.summarize_pending(2);
    let bin = lib
        .entries
        .iter()
        .find(|e| e.name == "ثنائي.txt")
        .expect("listed");
    assert!(
        bin.error.as_deref().is_some_and(|e| e.contains("binary")),
        "{bin:?}"
    );
    let broken = lib
        .entries
        .iter()
        .find(|e| e.name == "تالف.txt")
        .expect("listed");
    assert_eq!((broken.notes, broken.reading), (0, None));
    assert_eq!(broken.title(), "عنوان");
    assert!(Library::open_with_cache(&dir.join("تالف.txt"), None).is_err());
}

#[test]
fn notes_across_articles_from_the_sidecars() {
    let (_tmp, dir, _cache) = setup();
    let lib = Library::open_with_cache(&dir, None).expect("open");
    let notes = lib.notes();
    assert_eq!(notes.len(), 1);
    let n = &notes[0];
    assert_eq!(lib.entries[n.entry].name, "مهرجان-جرش.txt");
    assert_eq!(n.quote, "فرق من عشر دول");
    assert_eq!(n.text, "أي دول بالضبط؟");
    assert_eq!(n.id, "01JA0000000000000000000001");
}

#[test]
fn entities_across_articles_with_the_articles_that_mention_them() {
    let (_tmp, dir, cache) = setup();
    let mut lib = Library::open_with_cache(&dir, Some(cache.clone())).expect("open");
    let all = lib.entities();
    let find = |name: &str| all.iter().find(|e| e.name == name);
    // بغداد three times in one article
    let baghdad = find("بغداد").unwrap_or_else(|| panic!("{all:#?}"));
    assert_eq!(baghdad.kind, EntityKind::Place);
    assert_eq!(baghdad.mentions, 3);
    assert_eq!(baghdad.articles.len(), 1);
    assert_eq!(lib.entries[baghdad.articles[0].0].name, "سوق-الكتب.txt");
    let mansour = find("وليد منصور").unwrap_or_else(|| panic!("{all:#?}"));
    assert_eq!(mansour.kind, EntityKind::Person);
    assert_eq!(lib.entries[mansour.articles[0].0].name, "محطة-صور.html");
    // most mentioned first
    assert!(all.windows(2).all(|w| w[0].mentions >= w[1].mentions));
    // the second time, from the cache: same answer, and the cache holds each article's names
    let again = Library::open_with_cache(&dir, Some(cache.clone()))
        .expect("open")
        .entities();
    assert_eq!(again, all);
    let hash = lib.entries[0]
        .summary
        .as_ref()
        .map(|s| s.hash.clone())
        .unwrap_or_default();
    let file = article_file(&cache, &hash);
    let mut cached = read_json::<Cached>(&file).expect("cached");
    assert!(cached.entities.is_some());
    assert_eq!(
        cached.entities_stamp.as_deref(),
        Some(default_stamp().as_str())
    );
    // names cached by this build are used as they are; another build's are found again
    let planted = ArticleEntities {
        names: vec![ArticleName {
            kind: EntityKind::Person,
            name: "اسم مزروع".into(),
            mentions: 99,
            search: "اسم مزروع".into(),
        }],
    };
    cached.entities = Some(planted.clone());
    write_json(&file, &cached);
    let lib = Library::open_with_cache(&dir, Some(cache.clone())).expect("open");
    let i = lib
        .entries
        .iter()
        .position(|e| e.summary.as_ref().is_some_and(|s| s.hash == hash))
        .expect("the same article");
    assert_eq!(lib.entry_entities(i), Some(planted.clone()));
    cached.entities_stamp = Some("an older build".into());
    write_json(&file, &cached);
    let found = lib.entry_entities(i).expect("analysed");
    assert_ne!(found, planted);
    let cached = read_json::<Cached>(&file).expect("cached");
    assert_eq!(cached.entities, Some(found));
    assert_eq!(
        cached.entities_stamp.as_deref(),
        Some(default_stamp().as_str())
    );
}

fn default_stamp() -> String {
    analysis::stamp_with(analysis::entities::Options::default())
}

#[test]
fn the_reader_s_analysis_options_decide_the_names_and_their_cache() {
    let tmp = tempfile::tempdir().expect("tempdir");
    let dir = tmp.path().join("articles");
    let cache = tmp.path().join("cache");
    std::fs::create_dir(&dir).expect("mkdir");
    std::fs::write(
        dir.join("صحة.txt"),
        "إصابات جديدة في غزة\n\nأعلنت وزارة الصحة الفلسطينية اليوم عن تسجيل إصابات جديدة في \
         مدينة غزة، وقالت الوزارة إن الوضع تحت السيطرة.\n",
    )
    .expect("write");
    let ministry = |lib: &mut Library| {
        lib.entities()
            .iter()
            .any(|e| e.kind == EntityKind::Organization && e.name.contains("وزارة الصحة"))
    };
    let mut lib = Library::open_with_cache(&dir, Some(cache.clone())).expect("open");
    assert!(!ministry(&mut lib), "ANERcorp's convention by default");
    // the same cache: what was found under the default options is not reused
    let mut lib = Library::open_with_cache(&dir, Some(cache.clone())).expect("open");
    lib.set_analysis(analysis::entities::Options {
        institutions: true,
        ..Default::default()
    });
    assert!(ministry(&mut lib), "{:#?}", lib.entities());
    let mut lib = Library::open_with_cache(&dir, Some(cache)).expect("open");
    assert!(!ministry(&mut lib));
}

#[test]
fn mentions_group_by_folded_spelling() {
    let name = |kind, name: &str, mentions| ArticleName {
        kind,
        name: name.into(),
        mentions,
        search: name.into(),
    };
    let per = vec![
        Some(ArticleEntities {
            names: vec![name(EntityKind::Place, "سورية", 2)],
        }),
        None,
        Some(ArticleEntities {
            names: vec![
                name(EntityKind::Place, "سوريه", 1),
                name(EntityKind::Person, "سورية", 1),
            ],
        }),
    ];
    let all = merge_entities(&per);
    assert_eq!(all.len(), 2);
    assert_eq!(all[0].name, "سورية");
    assert_eq!(all[0].mentions, 3);
    assert_eq!(all[0].articles, [(0, 2), (2, 1)]);
    assert_eq!(all[1].kind, EntityKind::Person);
}

#[test]
fn refresh_after_reading_moves_the_article_up() {
    let (_tmp, dir, cache) = setup();
    let mut lib = Library::open_with_cache(&dir, Some(cache)).expect("open");
    lib.summarize_pending(1);
    let i = lib
        .entries
        .iter()
        .position(|e| e.name == "محطة-صور.html")
        .expect("entry");
    assert!(i > 0);
    write_sidecar(&dir, "محطة-صور.html", 500);
    lib.refresh(i);
    assert_eq!(lib.entries[i].name, "محطة-صور.html", "refreshed in place");
    lib.sort();
    assert_eq!(lib.entries[0].name, "محطة-صور.html");
    assert_eq!(lib.entries[0].reading, Some(500));
    assert!(lib.entries[0].percent().is_some_and(|p| p > 0 && p < 100));
}

#[test]
fn times_ago() {
    let now = SystemTime::now();
    assert_eq!(ago(now, now), "now");
    assert_eq!(ago(now - Duration::from_secs(300), now), "5 min");
    assert_eq!(ago(now - Duration::from_secs(7300), now), "2 h");
    assert_eq!(ago(now - Duration::from_secs(3 * 86_400), now), "3 d");
    assert_eq!(ago(now + Duration::from_secs(60), now), "now");
}

/// An article that names «فلاديمير بوتين» once and «بوتين» twice, and «سورية» once bare and once
/// with a clitic («بسورية»).
const ALIASES: &str = "زيارة إلى دمشق\n\nقال الرئيس الروسي فلاديمير بوتين في دمشق إن بلاده ستواصل دعم سورية. وأضاف بوتين أن الوضع بسورية يتحسن، وقالت وزارة الخارجية الروسية إن بوتين سيعود إلى دمشق.\n";

/// The names across the library are the reader's entities: one row per entity, under the name
/// it goes by in its article (its ref), mentions with clitics counted with it. They used to be
/// grouped by spelling, so the library listed «بوتين» 2× and «فلاديمير بوتين» 1×, «سورية» and
/// «بسورية» apart, where the reader's entity panel says «فلاديمير بوتين · 3 mentions».
#[test]
fn names_across_articles_are_grouped_by_the_entity_they_refer_to() {
    let tmp = tempfile::tempdir().expect("tempdir");
    std::fs::write(tmp.path().join("a.txt"), ALIASES).expect("write");
    let mut lib = Library::open_with_cache(tmp.path(), None).expect("open");
    let all = lib.entities();
    let rows: Vec<(EntityKind, &str, usize)> = all
        .iter()
        .map(|e| (e.kind, e.name.as_str(), e.mentions))
        .collect();
    assert!(
        rows.contains(&(EntityKind::Person, "فلاديمير بوتين", 3)),
        "{rows:?}"
    );
    assert!(rows.contains(&(EntityKind::Place, "سورية", 2)), "{rows:?}");
    assert!(
        !rows.iter().any(|r| r.1 == "بوتين" || r.1 == "بسورية"),
        "{rows:?}"
    );
    // what to search for to find every mention: the shortest spelling written
    let per = lib.entry_entities(0).expect("analysed");
    let putin = per
        .names
        .iter()
        .find(|n| n.name == "فلاديمير بوتين")
        .expect("the person");
    assert_eq!(putin.search, "بوتين");
}

/// The percentage read is the reader's (saved with the position), not the position over the
/// length: at the end of an article the top of the screen is well before the end.
#[test]
fn the_percentage_read_is_what_the_reader_said() {
    let (tmp, dir, cache) = setup();
    let state = tmp.path().join("state");
    let page = dir.join("محطة-صور.html");
    crate::state::StateFile::at(&state, &page, "sha")
        .update(&crate::files::LockWait::no_wait(), |s| {
            s.reading = Some(400);
            s.progress = Some(100);
        })
        .expect("write the state");
    let mut lib = Library::open_in(&dir, Some(cache), Some(state)).expect("open");
    lib.summarize_pending(1);
    let e = lib
        .entries
        .iter()
        .find(|e| e.name == "محطة-صور.html")
        .expect("entry");
    assert_eq!(e.percent(), Some(100));
}
