//! Colours and text attributes, independent of any terminal library.
//!
//! Themes resolve to these; the reader maps them onto its terminal library's types at its edge,
//! and `render --color` turns them into SGR escape sequences ([`Style::sgr`]).

use std::fmt;
use std::ops::{BitOr, BitOrAssign};
use std::str::FromStr;

/// A colour as a terminal knows it: the 16 named ANSI colours, an index of the 256-colour
/// palette, or true colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Color {
    /// The terminal's own default.
    Reset,
    Black,
    Red,
    Green,
    Yellow,
    Blue,
    Magenta,
    Cyan,
    Gray,
    DarkGray,
    LightRed,
    LightGreen,
    LightYellow,
    LightBlue,
    LightMagenta,
    LightCyan,
    White,
    Rgb(u8, u8, u8),
    Indexed(u8),
}

/// A colour name that is none of the accepted forms.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("not a colour")]
pub struct ParseColorError;

impl FromStr for Color {
    type Err = ParseColorError;

    /// `#rrggbb`, an index `0`–`255`, or an ANSI name; names ignore case, spaces, `-` and `_`,
    /// and take `bright` for `light` and `grey`/`silver` for `gray`, as themes in the wild write them.
    fn from_str(s: &str) -> Result<Color, ParseColorError> {
        let name = s
            .to_lowercase()
            .replace([' ', '-', '_'], "")
            .replace("bright", "light")
            .replace("grey", "gray")
            .replace("silver", "gray")
            .replace("lightblack", "darkgray")
            .replace("lightwhite", "white")
            .replace("lightgray", "white");
        Ok(match name.as_str() {
            "reset" => Color::Reset,
            "black" => Color::Black,
            "red" => Color::Red,
            "green" => Color::Green,
            "yellow" => Color::Yellow,
            "blue" => Color::Blue,
            "magenta" => Color::Magenta,
            "cyan" => Color::Cyan,
            "gray" => Color::Gray,
            "darkgray" => Color::DarkGray,
            "lightred" => Color::LightRed,
            "lightgreen" => Color::LightGreen,
            "lightyellow" => Color::LightYellow,
            "lightblue" => Color::LightBlue,
            "lightmagenta" => Color::LightMagenta,
            "lightcyan" => Color::LightCyan,
            "white" => Color::White,
            _ => {
                if let Ok(i) = s.parse::<u8>() {
                    Color::Indexed(i)
                } else if let Some(rgb) = parse_hex(s) {
                    rgb
                } else {
                    return Err(ParseColorError);
                }
            }
        })
    }
}

fn parse_hex(s: &str) -> Option<Color> {
    let hex = s.strip_prefix('#')?;
    if hex.len() != 6 || !hex.is_ascii() {
        return None;
    }
    let byte = |i: usize| u8::from_str_radix(&hex[i..i + 2], 16).ok();
    Some(Color::Rgb(byte(0)?, byte(2)?, byte(4)?))
}

impl fmt::Display for Color {
    /// The form a theme file would use: `#rrggbb`, an index, or the ANSI name.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Color::Rgb(r, g, b) => write!(f, "#{r:02x}{g:02x}{b:02x}"),
            Color::Indexed(i) => write!(f, "{i}"),
            named => write!(f, "{}", format!("{named:?}").to_lowercase()),
        }
    }
}

/// Text attributes, a set of flags.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Modifier(u16);

impl Modifier {
    pub const BOLD: Modifier = Modifier(1);
    pub const DIM: Modifier = Modifier(1 << 1);
    pub const ITALIC: Modifier = Modifier(1 << 2);
    pub const UNDERLINED: Modifier = Modifier(1 << 3);
    pub const SLOW_BLINK: Modifier = Modifier(1 << 4);
    pub const RAPID_BLINK: Modifier = Modifier(1 << 5);
    pub const REVERSED: Modifier = Modifier(1 << 6);
    pub const HIDDEN: Modifier = Modifier(1 << 7);
    pub const CROSSED_OUT: Modifier = Modifier(1 << 8);

    /// Every attribute with its theme-file name and its SGR parameter, in SGR order.
    pub const ALL: [(Modifier, &'static str, u8); 9] = [
        (Modifier::BOLD, "bold", 1),
        (Modifier::DIM, "dim", 2),
        (Modifier::ITALIC, "italic", 3),
        (Modifier::UNDERLINED, "underlined", 4),
        (Modifier::SLOW_BLINK, "slow_blink", 5),
        (Modifier::RAPID_BLINK, "rapid_blink", 6),
        (Modifier::REVERSED, "reversed", 7),
        (Modifier::HIDDEN, "hidden", 8),
        (Modifier::CROSSED_OUT, "crossed_out", 9),
    ];

    pub const fn empty() -> Modifier {
        Modifier(0)
    }
    pub const fn bits(self) -> u16 {
        self.0
    }
    pub const fn is_empty(self) -> bool {
        self.0 == 0
    }
    pub const fn contains(self, other: Modifier) -> bool {
        self.0 & other.0 == other.0
    }
    pub const fn union(self, other: Modifier) -> Modifier {
        Modifier(self.0 | other.0)
    }
    pub const fn difference(self, other: Modifier) -> Modifier {
        Modifier(self.0 & !other.0)
    }
    /// The attribute named as in theme files (`bold`, `underlined` …).
    pub fn from_name(name: &str) -> Option<Modifier> {
        Modifier::ALL
            .iter()
            .find(|(_, n, _)| *n == name)
            .map(|(m, _, _)| *m)
    }
}

impl BitOr for Modifier {
    type Output = Modifier;
    fn bitor(self, rhs: Modifier) -> Modifier {
        self.union(rhs)
    }
}

impl BitOrAssign for Modifier {
    fn bitor_assign(&mut self, rhs: Modifier) {
        *self = self.union(rhs);
    }
}

/// How a piece of text looks. Unset colours and attributes leave what is beneath them.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Style {
    pub fg: Option<Color>,
    pub bg: Option<Color>,
    /// Attributes switched on.
    pub add_modifier: Modifier,
    /// Attributes switched off (over a style beneath that had them).
    pub sub_modifier: Modifier,
}

impl Style {
    pub const fn new() -> Style {
        Style {
            fg: None,
            bg: None,
            add_modifier: Modifier::empty(),
            sub_modifier: Modifier::empty(),
        }
    }
    pub const fn fg(mut self, c: Color) -> Style {
        self.fg = Some(c);
        self
    }
    pub const fn bg(mut self, c: Color) -> Style {
        self.bg = Some(c);
        self
    }
    pub const fn add_modifier(mut self, m: Modifier) -> Style {
        self.sub_modifier = self.sub_modifier.difference(m);
        self.add_modifier = self.add_modifier.union(m);
        self
    }
    pub const fn remove_modifier(mut self, m: Modifier) -> Style {
        self.add_modifier = self.add_modifier.difference(m);
        self.sub_modifier = self.sub_modifier.union(m);
        self
    }
    /// `other` drawn over `self`: its colours where set, its attributes added and removed.
    pub const fn patch(mut self, other: Style) -> Style {
        if let Some(c) = other.fg {
            self.fg = Some(c);
        }
        if let Some(c) = other.bg {
            self.bg = Some(c);
        }
        self.add_modifier = self
            .add_modifier
            .difference(other.sub_modifier)
            .union(other.add_modifier);
        self.sub_modifier = self
            .sub_modifier
            .difference(other.add_modifier)
            .union(other.sub_modifier);
        self
    }

    /// The SGR escape sequence that sets this style from scratch: it starts with a reset, so
    /// whatever the terminal had before does not leak into it.
    pub fn sgr(&self) -> String {
        let mut s = String::from("\x1b[0");
        let on = self.add_modifier.difference(self.sub_modifier);
        for (m, _, p) in Modifier::ALL {
            if on.contains(m) {
                s.push(';');
                s.push_str(&p.to_string());
            }
        }
        for (c, bg) in [(self.fg, false), (self.bg, true)] {
            if let Some(c) = c {
                s.push(';');
                s.push_str(&color_sgr(c, bg));
            }
        }
        s.push('m');
        s
    }
}

/// The SGR parameters of a colour, as foreground or background.
fn color_sgr(c: Color, bg: bool) -> String {
    let basic = |n: u8| (if bg { n + 10 } else { n }).to_string();
    match c {
        Color::Reset => basic(39),
        Color::Black => basic(30),
        Color::Red => basic(31),
        Color::Green => basic(32),
        Color::Yellow => basic(33),
        Color::Blue => basic(34),
        Color::Magenta => basic(35),
        Color::Cyan => basic(36),
        Color::Gray => basic(37),
        Color::DarkGray => basic(90),
        Color::LightRed => basic(91),
        Color::LightGreen => basic(92),
        Color::LightYellow => basic(93),
        Color::LightBlue => basic(94),
        Color::LightMagenta => basic(95),
        Color::LightCyan => basic(96),
        Color::White => basic(97),
        Color::Indexed(i) => format!("{};5;{i}", if bg { 48 } else { 38 }),
        Color::Rgb(r, g, b) => format!("{};2;{r};{g};{b}", if bg { 48 } else { 38 }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn colours_parse_in_the_forms_themes_use() {
        assert_eq!("#0a0B0c".parse(), Ok(Color::Rgb(10, 11, 12)));
        assert_eq!("17".parse(), Ok(Color::Indexed(17)));
        assert_eq!("Light-Blue".parse(), Ok(Color::LightBlue));
        assert_eq!("bright_red".parse(), Ok(Color::LightRed));
        assert_eq!("grey".parse(), Ok(Color::Gray));
        assert_eq!("reset".parse(), Ok(Color::Reset));
        assert_eq!("#12345".parse::<Color>(), Err(ParseColorError));
        assert_eq!("#ééé".parse::<Color>(), Err(ParseColorError));
        assert_eq!("mauve".parse::<Color>(), Err(ParseColorError));
        assert_eq!(Color::Rgb(1, 2, 255).to_string(), "#0102ff");
        assert_eq!(Color::LightBlue.to_string(), "lightblue");
    }

    #[test]
    fn patch_layers_attributes_and_colours() {
        let base = Style::new()
            .fg(Color::Red)
            .bg(Color::Black)
            .add_modifier(Modifier::BOLD);
        let over = Style::new()
            .fg(Color::Blue)
            .add_modifier(Modifier::ITALIC)
            .remove_modifier(Modifier::BOLD);
        let s = base.patch(over);
        assert_eq!(s.fg, Some(Color::Blue));
        assert_eq!(s.bg, Some(Color::Black));
        assert!(s.add_modifier.contains(Modifier::ITALIC));
        assert!(!s.add_modifier.contains(Modifier::BOLD));
        assert!(s.sub_modifier.contains(Modifier::BOLD));
    }

    #[test]
    fn sgr_sequences() {
        assert_eq!(Style::new().sgr(), "\x1b[0m");
        let s = Style::new()
            .fg(Color::Rgb(1, 2, 3))
            .bg(Color::Indexed(4))
            .add_modifier(Modifier::BOLD | Modifier::UNDERLINED);
        assert_eq!(s.sgr(), "\x1b[0;1;4;38;2;1;2;3;48;5;4m");
        assert_eq!(Style::new().bg(Color::LightCyan).sgr(), "\x1b[0;106m");
    }
}
