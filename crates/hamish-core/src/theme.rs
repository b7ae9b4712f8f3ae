//! Themes: a palette plus dotted scopes with fallback (`entity.person` → `entity` → default).
//!
//! CONTRACT (widgets never hard-code colours): `Theme::style(scope)` gives the style of a
//! [`Scope`], resolved once when the theme loads (an array lookup, not a string per cell).
//!
//! A theme file is TOML, in the manner of helix:
//!
//! ```toml
//! inherits = "dark"            # optional: start from another theme (built-in or user)
//! [palette]
//! ink = "#d8d4cc"
//! "ui.text" = { fg = "ink", bg = "#1b1d23" }
//! "entity.person" = { fg = "rose", modifiers = ["bold"] }
//! caret = { modifiers = ["reversed"] }
//! quote = "gold"               # a bare string is a foreground colour
//! ```
//!
//! Scope keys may also be written as nested tables (`[entity.person]`). Colours are palette
//! names, `#rrggbb`, ANSI names (`red`, `light-blue`, `reset`) or indexes `0`–`255`.
//! Built-in themes (`themes/*.toml`) are embedded; user themes live in
//! `<config dir>/themes/NAME.toml` and take precedence over built-ins of the same name.

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};
use std::str::FromStr;

pub use crate::style::{Color, Modifier, Style};
use crate::text::line_of;

/// The built-in themes, in the order `t` cycles through them. The first is the default.
pub const BUILTIN: &[(&str, &str)] = &[
    ("dark", include_str!("../../../themes/dark.toml")),
    ("light", include_str!("../../../themes/light.toml")),
    ("sepia", include_str!("../../../themes/sepia.toml")),
    (
        "high-contrast",
        include_str!("../../../themes/high-contrast.toml"),
    ),
];

/// The theme used when none is chosen, and the fallback when a theme fails to load.
pub const DEFAULT_THEME: &str = "dark";

/// Defines [`Scope`] with its dotted names, in one table.
macro_rules! scopes {
    ($($(#[$doc:meta])* $variant:ident = $name:literal,)*) => {
        /// Every style scope the reader, its panels and `render --color` draw with. Each has a
        /// dotted name (`entity.person`); a theme that does not define it falls back to the
        /// parent name (`entity`), then to the default style.
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
        pub enum Scope {
            $($(#[$doc])* $variant,)*
        }

        impl Scope {
            /// Every scope, in declaration order (`Scope::ALL[s as usize] == s`).
            pub const ALL: &'static [Scope] = &[$(Scope::$variant,)*];

            /// The dotted name, as written in theme files.
            pub const fn name(self) -> &'static str {
                match self {
                    $(Scope::$variant => $name,)*
                }
            }
        }
    };
}

scopes! {
    /// Article text (and the page under everything).
    UiText = "ui.text",
    /// The article's title (its first paragraph) and headings.
    UiTitle = "ui.title",
    UiStatus = "ui.status",
    /// Key names in the status line.
    UiStatusKey = "ui.status.key",
    UiStatusMessage = "ui.status.message",
    UiStatusError = "ui.status.error",
    /// The search prompt.
    UiPrompt = "ui.prompt",
    /// Overlays: help, panels, the editor's help line.
    UiHelp = "ui.help",
    UiHelpKey = "ui.help.key",
    UiBorder = "ui.border",
    /// Symbols in the margin beside the text column.
    UiMargin = "ui.margin",
    EntityPerson = "entity.person",
    EntityPlace = "entity.place",
    EntityOrganization = "entity.organization",
    EntityMisc = "entity.misc",
    /// A quotation.
    Quote = "quote",
    /// The speaker of the quotation at the caret.
    QuoteSpeaker = "quote.speaker",
    /// An annotated passage.
    Note = "note",
    /// The margin symbol beside an annotated passage.
    NoteMarker = "note.marker",
    Search = "search",
    /// The search match the caret is on.
    SearchCurrent = "search.current",
    Selection = "selection",
    Caret = "caret",
    /// The quoted passage in the note editor.
    EditorPassage = "editor.passage",
    /// The editor's text cursor (over `caret`).
    EditorCursor = "editor.cursor",
    /// Messages in the note editor.
    EditorMessage = "editor.message",
    /// A heading inside an HTML or Markdown article (set apart like the title).
    MarkupHeading = "markup.heading",
    /// Emphasis (`<em>`, `*text*`): italic.
    MarkupEmphasis = "markup.emphasis",
    /// Strong emphasis (`<strong>`, `**text**`): bold.
    MarkupStrong = "markup.strong",
    /// Code spans and code blocks.
    MarkupCode = "markup.code",
    /// The text of a link (its address is in `Document::links`).
    MarkupLink = "markup.link",
    /// A block quotation (`<blockquote>`, `> text`).
    MarkupQuote = "markup.quote",
    /// The bullet or number of a list item.
    MarkupList = "markup.list",
}

impl Scope {
    /// The scope of an entity or quotation kind.
    pub const fn of_kind(kind: crate::analysis::Kind) -> Scope {
        use crate::analysis::Kind;
        match kind {
            Kind::Person => Scope::EntityPerson,
            Kind::Place => Scope::EntityPlace,
            Kind::Organization => Scope::EntityOrganization,
            Kind::Misc => Scope::EntityMisc,
            Kind::Quote => Scope::Quote,
        }
    }

    /// The scope with this dotted name.
    pub fn from_name(name: &str) -> Option<Scope> {
        Scope::ALL.iter().copied().find(|s| s.name() == name)
    }
}

/// The names of every scope (documentation, tests and `style_dump`).
pub const SCOPES: &[&str] = &{
    let mut names = [""; Scope::ALL.len()];
    let mut i = 0;
    while i < names.len() {
        names[i] = Scope::ALL[i].name();
        i += 1;
    }
    names
};

/// Why a theme could not be loaded. Displays as `file:line: message`.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{}{}: {msg}", origin, line.map(|l| format!(":{l}")).unwrap_or_default())]
pub struct ThemeError {
    /// The file (or built-in theme) the error is in.
    pub origin: String,
    /// 1-based line in that file, when known.
    pub line: Option<usize>,
    pub msg: String,
}

#[derive(Debug, Clone)]
pub struct Theme {
    pub name: String,
    /// What the theme file defines, by dotted name (any name: unknown scopes are kept so that
    /// fallback works for them too).
    styles: HashMap<String, Style>,
    /// Every [`Scope`] resolved with fallback, indexed by `Scope as usize`.
    resolved: Vec<Style>,
}

impl Default for Theme {
    fn default() -> Theme {
        Theme::with_styles(String::new(), HashMap::new())
    }
}

/// A theme file before its colours are resolved (so that `inherits` can merge palettes).
#[derive(Debug, Clone, Default)]
struct RawTheme {
    palette: BTreeMap<String, String>,
    /// scope → (spec, origin, source text) — the source is kept to compute error lines.
    scopes: BTreeMap<String, (toml::Value, Origin)>,
}

#[derive(Debug, Clone)]
struct Origin {
    name: String,
    source: std::sync::Arc<str>,
}

impl Theme {
    fn with_styles(name: String, styles: HashMap<String, Style>) -> Theme {
        let mut t = Theme {
            name,
            styles,
            resolved: Vec::new(),
        };
        t.resolve_scopes();
        t
    }

    fn resolve_scopes(&mut self) {
        self.resolved = Scope::ALL
            .iter()
            .map(|s| self.style_named(s.name()))
            .collect();
    }

    /// The style of a scope (resolved with fallback when the theme loaded).
    pub fn style(&self, scope: Scope) -> Style {
        self.resolved
            .get(scope as usize)
            .copied()
            .unwrap_or_default()
    }

    /// The style for any dotted name such as `ui.status` or `entity.place.capital`: the most
    /// specific scope the theme defines (`entity.person` → `entity`), else the default.
    pub fn style_named(&self, scope: &str) -> Style {
        let mut s = scope;
        loop {
            if let Some(style) = self.styles.get(s) {
                return *style;
            }
            match s.rfind('.') {
                Some(i) => s = &s[..i],
                None => return Style::default(),
            }
        }
    }

    /// Whether the theme itself defines `scope` (no fallback).
    pub fn defines(&self, scope: &str) -> bool {
        self.styles.contains_key(scope)
    }

    /// The default built-in theme (always loads: built-ins are checked by tests).
    pub fn default_theme() -> Theme {
        Theme::builtin(DEFAULT_THEME).unwrap_or_default()
    }

    /// A built-in theme by name.
    pub fn builtin(name: &str) -> Result<Theme, ThemeError> {
        let raw = load_raw(name, None, 0)?;
        resolve(name, raw)
    }

    /// Parses a theme from TOML text; `origin` names it in error messages; `inherits` is looked
    /// up among user themes in `user_dir` and the built-ins.
    pub fn from_toml(
        name: &str,
        source: &str,
        origin: &str,
        user_dir: Option<&Path>,
    ) -> Result<Theme, ThemeError> {
        let raw = parse_raw(source, origin, user_dir, 0)?;
        resolve(name, raw)
    }

    /// Loads `--theme NAME|PATH`: a path (has a `/` or ends in `.toml`), else a user theme
    /// `<user_dir>/NAME.toml`, else a built-in.
    pub fn load(name_or_path: &str, user_dir: Option<&Path>) -> Result<Theme, ThemeError> {
        if name_or_path.contains('/') || name_or_path.ends_with(".toml") {
            let path = PathBuf::from(name_or_path);
            let source = read_theme_file(&path)?;
            let name = path
                .file_stem()
                .map(|s| s.to_string_lossy().into_owned())
                .unwrap_or_else(|| name_or_path.to_owned());
            let parent = path.parent().map(Path::to_path_buf);
            let dir = user_dir.map(Path::to_path_buf).or(parent);
            return Theme::from_toml(&name, &source, &path.display().to_string(), dir.as_deref());
        }
        let raw = load_raw(name_or_path, user_dir, 0)?;
        resolve(name_or_path, raw)
    }

    /// Names of all themes: built-ins first (in cycling order), then user themes.
    pub fn available(user_dir: Option<&Path>) -> Vec<String> {
        let mut names: Vec<String> = BUILTIN.iter().map(|(n, _)| (*n).to_owned()).collect();
        let mut user = Vec::new();
        if let Some(dir) = user_dir
            && let Ok(entries) = std::fs::read_dir(dir)
        {
            for e in entries.flatten() {
                let p = e.path();
                if p.extension().is_some_and(|x| x == "toml")
                    && let Some(stem) = p.file_stem()
                {
                    let stem = stem.to_string_lossy().into_owned();
                    if !names.contains(&stem) {
                        user.push(stem);
                    }
                }
            }
        }
        user.sort();
        names.extend(user);
        names
    }

    /// The same theme without colours (for `NO_COLOR`): attributes stay, and the marks that must
    /// remain visible (caret, search hits, selection) get bold/reverse/underline if they had none.
    pub fn without_colors(mut self) -> Theme {
        for (scope, style) in self.styles.iter_mut() {
            let mut s = Style::default()
                .add_modifier(style.add_modifier)
                .remove_modifier(style.sub_modifier);
            let needs = match scope.as_str() {
                "caret" | "selection" => Some(Modifier::REVERSED),
                "search" => Some(Modifier::UNDERLINED | Modifier::BOLD),
                "search.current" => Some(Modifier::REVERSED | Modifier::BOLD),
                "ui.status" => Some(Modifier::REVERSED),
                // names would vanish into the text: bold, at least (kinds need colour)
                s if s.starts_with("entity.") => Some(Modifier::BOLD),
                _ => None,
            };
            if let Some(m) = needs {
                s = s.add_modifier(m);
            }
            *style = s;
        }
        for (scope, m) in [
            ("caret", Modifier::REVERSED),
            ("selection", Modifier::REVERSED),
            ("search", Modifier::UNDERLINED | Modifier::BOLD),
            ("search.current", Modifier::REVERSED | Modifier::BOLD),
            ("entity", Modifier::BOLD),
        ] {
            self.styles
                .entry(scope.to_owned())
                .or_insert_with(|| Style::default().add_modifier(m));
        }
        self.resolve_scopes();
        self
    }

    /// A compact, stable text form of a scope's style (`fg=#rrggbb bg=… +bold`), for tests and
    /// debugging.
    pub fn describe(&self, scope: &str) -> String {
        describe_style(self.style_named(scope))
    }
}

/// `fg=… bg=… +mod…` for a style (empty parts left out; `-` when nothing is set).
pub fn describe_style(s: Style) -> String {
    let mut parts = Vec::new();
    if let Some(c) = s.fg {
        parts.push(format!("fg={c}"));
    }
    if let Some(c) = s.bg {
        parts.push(format!("bg={c}"));
    }
    for (m, n, _) in Modifier::ALL {
        if s.add_modifier.contains(m) {
            parts.push(format!("+{n}"));
        }
    }
    if parts.is_empty() {
        "-".to_owned()
    } else {
        parts.join(" ")
    }
}

/// The line where `needle` first appears (best effort, for errors found after parsing).
fn line_of_text(source: &str, needle: &str) -> Option<usize> {
    source.find(needle).map(|i| line_of(source, i))
}

const MAX_INHERIT_DEPTH: usize = 8;

/// A theme file: only a regular file, and not a huge one (a FIFO must not hang the reader, a
/// 50 MB file must not take gigabytes to parse).
fn read_theme_file(path: &Path) -> Result<String, ThemeError> {
    let err = |msg: String| ThemeError {
        origin: path.display().to_string(),
        line: None,
        msg,
    };
    match crate::files::read_regular_text(path, crate::files::THEME_LIMIT, "a theme") {
        Ok(Some(s)) => Ok(s),
        Ok(None) => Err(err("no such file".to_owned())),
        Err(e) => Err(err(crate::config::file_error_message(&e))),
    }
}

fn load_raw(name: &str, user_dir: Option<&Path>, depth: usize) -> Result<RawTheme, ThemeError> {
    if depth > MAX_INHERIT_DEPTH {
        return Err(ThemeError {
            origin: name.to_owned(),
            line: None,
            msg: "themes inherit from each other in a loop (or more than 8 deep)".into(),
        });
    }
    if let Some(dir) = user_dir {
        let path = dir.join(format!("{name}.toml"));
        // Any file there is the user's theme (a FIFO or a device is refused, not skipped).
        if std::fs::symlink_metadata(&path).is_ok() {
            let source = read_theme_file(&path)?;
            return parse_raw(&source, &path.display().to_string(), user_dir, depth);
        }
    }
    match BUILTIN.iter().find(|(n, _)| *n == name) {
        Some((n, src)) => parse_raw(src, &format!("built-in theme {n}"), user_dir, depth),
        None => Err(ThemeError {
            origin: name.to_owned(),
            line: None,
            msg: format!(
                "no such theme (available: {})",
                Theme::available(user_dir).join(", ")
            ),
        }),
    }
}

fn parse_raw(
    source: &str,
    origin: &str,
    user_dir: Option<&Path>,
    depth: usize,
) -> Result<RawTheme, ThemeError> {
    let table: toml::Table = toml::from_str(source).map_err(|e| ThemeError {
        origin: origin.to_owned(),
        line: e.span().map(|s| line_of(source, s.start)),
        msg: e.message().trim().to_owned(),
    })?;
    let here = Origin {
        name: origin.to_owned(),
        source: source.into(),
    };
    let err = |needle: &str, msg: String| ThemeError {
        origin: origin.to_owned(),
        line: line_of_text(source, needle),
        msg,
    };
    let mut raw = match table.get("inherits") {
        None => RawTheme::default(),
        Some(toml::Value::String(parent)) => load_raw(parent, user_dir, depth + 1)?,
        Some(_) => return Err(err("inherits", "`inherits` must be a theme name".into())),
    };
    for (key, value) in table {
        match key.as_str() {
            "inherits" => {}
            "palette" => {
                let toml::Value::Table(p) = value else {
                    return Err(err(
                        "palette",
                        "[palette] must be a table of colours".into(),
                    ));
                };
                for (name, colour) in p {
                    let toml::Value::String(c) = colour else {
                        return Err(err(
                            &name,
                            format!("palette colour `{name}` must be a string like \"#a0b0c0\""),
                        ));
                    };
                    raw.palette.insert(name, c);
                }
            }
            _ => flatten_scope(&key, value, &here, &mut raw.scopes),
        }
    }
    Ok(raw)
}

/// Scope specs may be nested tables (`[entity.person]`): a table holding style keys is a style,
/// any other table is a group of sub-scopes.
fn flatten_scope(
    key: &str,
    value: toml::Value,
    origin: &Origin,
    out: &mut BTreeMap<String, (toml::Value, Origin)>,
) {
    match value {
        toml::Value::Table(t) if !t.keys().any(|k| STYLE_KEYS.contains(&k.as_str())) => {
            for (k, v) in t {
                flatten_scope(&format!("{key}.{k}"), v, origin, out);
            }
        }
        v => {
            out.insert(key.to_owned(), (v, origin.clone()));
        }
    }
}

const STYLE_KEYS: &[&str] = &["fg", "bg", "modifiers"];

fn resolve(name: &str, raw: RawTheme) -> Result<Theme, ThemeError> {
    let mut styles = HashMap::new();
    for (scope, (spec, origin)) in &raw.scopes {
        let style = style_of(scope, spec, &raw.palette).map_err(|(needle, msg)| ThemeError {
            origin: origin.name.clone(),
            line: line_of_text(&origin.source, &needle)
                .or_else(|| line_of_text(&origin.source, scope)),
            msg,
        })?;
        styles.insert(scope.clone(), style);
    }
    Ok(Theme::with_styles(name.to_owned(), styles))
}

type SpecError = (String, String);

fn colour(
    scope: &str,
    v: &toml::Value,
    palette: &BTreeMap<String, String>,
) -> Result<Color, SpecError> {
    let toml::Value::String(s) = v else {
        return Err((
            scope.to_owned(),
            format!("`{scope}`: a colour must be a string"),
        ));
    };
    let resolved = palette.get(s.as_str()).unwrap_or(s);
    Color::from_str(resolved).map_err(|_| {
        (
            format!("\"{s}\""),
            format!("`{scope}`: unknown colour \"{s}\""),
        )
    })
}

fn style_of(
    scope: &str,
    spec: &toml::Value,
    palette: &BTreeMap<String, String>,
) -> Result<Style, SpecError> {
    match spec {
        toml::Value::String(_) => Ok(Style::default().fg(colour(scope, spec, palette)?)),
        toml::Value::Table(t) => {
            let mut style = Style::default();
            for (k, v) in t {
                match k.as_str() {
                    "fg" => style = style.fg(colour(scope, v, palette)?),
                    "bg" => style = style.bg(colour(scope, v, palette)?),
                    "modifiers" => {
                        let toml::Value::Array(items) = v else {
                            return Err((
                                "modifiers".into(),
                                format!("`{scope}`: modifiers must be a list like [\"bold\"]"),
                            ));
                        };
                        for item in items {
                            let name = item.as_str().unwrap_or_default();
                            let m = Modifier::from_name(name)
                                .or_else(|| Modifier::from_name(&name.replace('-', "_")))
                                .ok_or_else(|| {
                                    (
                                        format!("\"{name}\""),
                                        format!(
                                            "`{scope}`: unknown modifier \"{name}\" (bold, dim, italic, underlined, reversed, crossed_out …)"
                                        ),
                                    )
                                })?;
                            style = style.add_modifier(m);
                        }
                    }
                    other => {
                        return Err((
                            other.to_owned(),
                            format!("`{scope}`: unknown style key `{other}` (fg, bg, modifiers)"),
                        ));
                    }
                }
            }
            Ok(style)
        }
        _ => Err((
            scope.to_owned(),
            format!("`{scope}`: a style is a colour string or a table {{ fg, bg, modifiers }}"),
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builtins_load_and_define_every_scope() {
        for (name, _) in BUILTIN {
            let t = Theme::builtin(name).unwrap_or_else(|e| panic!("{e}"));
            for scope in SCOPES {
                assert!(
                    t.defines(scope) || t.defines(scope.split('.').next().unwrap_or(scope)),
                    "{name} lacks {scope}"
                );
            }
        }
    }

    #[test]
    fn fallback_goes_to_parent_then_default() {
        let t = Theme::from_toml(
            "t",
            "\"entity\" = \"red\"\n[palette]\nred = \"#ff0000\"\n",
            "t.toml",
            None,
        )
        .unwrap();
        assert_eq!(
            t.style_named("entity.person").fg,
            Some(Color::Rgb(255, 0, 0))
        );
        assert_eq!(
            t.style_named("entity"),
            t.style_named("entity.place.capital")
        );
        assert_eq!(t.style_named("caret"), Style::default());
    }

    #[test]
    fn nested_tables_and_inherits() {
        let src =
            "inherits = \"dark\"\n[entity.person]\nfg = \"#010203\"\nmodifiers = [\"italic\"]\n";
        let t = Theme::from_toml("x", src, "x.toml", None).unwrap();
        let p = t.style_named("entity.person");
        assert_eq!(p.fg, Some(Color::Rgb(1, 2, 3)));
        assert!(p.add_modifier.contains(Modifier::ITALIC));
        // inherited from dark
        assert!(t.defines("ui.status"));
    }

    #[test]
    fn errors_name_file_and_line() {
        let e = Theme::from_toml(
            "x",
            "# a comment\n\"ui.text\" = { fg = \"nocolour\" }\n",
            "x.toml",
            None,
        )
        .unwrap_err();
        assert_eq!(e.origin, "x.toml");
        assert_eq!(e.line, Some(2), "{e}");
        let e = Theme::from_toml("x", "\n\nui.text = { fg = \n", "y.toml", None).unwrap_err();
        assert_eq!(e.line, Some(3), "{e}");
        assert!(e.to_string().starts_with("y.toml:3: "), "{e}");
        let e = Theme::from_toml("x", "inherits = \"nope\"\n", "z.toml", None).unwrap_err();
        assert!(e.to_string().contains("no such theme"), "{e}");
    }

    #[test]
    fn user_themes_are_listed_override_builtins_and_inherit() {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(
            dir.path().join("mine.toml"),
            "inherits = \"sepia\"\ncaret = { fg = \"#102030\" }\n",
        )
        .unwrap();
        std::fs::write(dir.path().join("light.toml"), "\"ui.text\" = \"#000001\"\n").unwrap();
        std::fs::write(dir.path().join("bad.toml"), "\n\"ui.text\" = [1]\n").unwrap();
        let names = Theme::available(Some(dir.path()));
        assert_eq!(&names[..4], ["dark", "light", "sepia", "high-contrast"]);
        assert_eq!(&names[4..], ["bad", "mine"]);
        let mine = Theme::load("mine", Some(dir.path())).unwrap();
        assert_eq!(
            mine.style_named("caret").fg,
            Some(Color::Rgb(0x10, 0x20, 0x30))
        );
        assert!(mine.defines("entity.person"), "inherited from sepia");
        let light = Theme::load("light", Some(dir.path())).unwrap();
        assert_eq!(light.style_named("ui.text").fg, Some(Color::Rgb(0, 0, 1)));
        let e = Theme::load("bad", Some(dir.path())).unwrap_err();
        assert!(e.origin.ends_with("bad.toml"), "{e}");
        assert_eq!(e.line, Some(2), "{e}");
        let p = dir.path().join("mine.toml");
        assert!(Theme::load(&p.display().to_string(), Some(dir.path())).is_ok());
        assert!(Theme::load("nothing-like-it", Some(dir.path())).is_err());
    }

    #[test]
    fn no_color_keeps_marks_visible() {
        let t = Theme::default_theme().without_colors();
        for s in SCOPES {
            assert_eq!(t.style_named(s).fg, None);
            assert_eq!(t.style_named(s).bg, None);
        }
        for s in ["caret", "search", "search.current", "selection"] {
            assert!(!t.style_named(s).add_modifier.is_empty(), "{s}");
        }
        // names stay visible without colour, in every built-in theme
        for name in ["dark", "light", "sepia", "high-contrast"] {
            let t = Theme::load(name, None).expect("built-in").without_colors();
            for s in [
                "entity.person",
                "entity.place",
                "entity.organization",
                "entity.misc",
            ] {
                assert!(
                    t.style_named(s).add_modifier.contains(Modifier::BOLD),
                    "{name} {s}"
                );
            }
        }
    }

    fn luminance(c: Color) -> f64 {
        let Color::Rgb(r, g, b) = c else {
            panic!("built-in themes use RGB colours: {c:?}")
        };
        let lin = |v: u8| {
            let v = f64::from(v) / 255.0;
            if v <= 0.03928 {
                v / 12.92
            } else {
                ((v + 0.055) / 1.055).powf(2.4)
            }
        };
        0.2126 * lin(r) + 0.7152 * lin(g) + 0.0722 * lin(b)
    }

    fn contrast(a: Color, b: Color) -> f64 {
        let (x, y) = (luminance(a), luminance(b));
        (x.max(y) + 0.05) / (x.min(y) + 0.05)
    }

    /// Every built-in theme: text and names readable on the page and under every highlight
    /// that keeps their colour (WCAG ratio 3 at least, 4.5 for body text on the page), entity
    /// colours distinct, and a caret that stands out from the page (sepia's was 1.24:1).
    #[test]
    fn built_in_themes_are_readable() {
        for name in ["dark", "light", "sepia", "high-contrast"] {
            let t = Theme::load(name, None).expect("built-in");
            let page = t.style_named("ui.text").bg.expect("page colour");
            let ink = t.style_named("ui.text").fg.expect("ink");
            assert!(contrast(ink, page) >= 4.5, "{name}: body text");
            let mut grounds = vec![("page", page)];
            for h in ["note", "selection", "caret", "search"] {
                let st = t.style_named(h);
                if let (Some(bg), None) = (st.bg, st.fg) {
                    grounds.push((h, bg));
                }
            }
            let names = [
                "entity.person",
                "entity.place",
                "entity.organization",
                "entity.misc",
            ];
            let others = [
                "ui.text",
                "quote",
                "quote.speaker",
                "markup.heading",
                "markup.list",
            ];
            for scope in names.iter().chain(&others) {
                let fg = t.style_named(scope).fg.unwrap_or(ink);
                for (g, bg) in &grounds {
                    let c = contrast(fg, *bg);
                    assert!(c >= 3.0, "{name}: {scope} on {g}: {c:.2}");
                }
            }
            let colours: Vec<_> = names.iter().map(|s| t.style_named(s).fg).collect();
            for (i, a) in colours.iter().enumerate() {
                assert!(
                    !colours[i + 1..].contains(a),
                    "{name}: entity colours distinct"
                );
            }
            let code = t.style_named("markup.code");
            let c = contrast(code.fg.unwrap_or(ink), code.bg.unwrap_or(page));
            assert!(c >= 4.5, "{name}: code on its ground: {c:.2}");
            if let Some(caret) = t.style_named("caret").bg {
                let c = contrast(caret, page);
                assert!(c >= 1.45, "{name}: caret against the page: {c:.2}");
            }
        }
    }
}
