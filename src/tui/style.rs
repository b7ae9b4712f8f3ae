//! The core's styles as ratatui's: the one place the reader crosses from `hamish_core::style`
//! to its terminal library.

use hamish_core::style::{Color, Modifier, Style};
use hamish_core::theme::{Scope, Theme};
use ratatui::style as rt;

/// A core style as ratatui's.
pub fn to_ratatui(s: Style) -> rt::Style {
    rt::Style {
        fg: s.fg.map(color),
        bg: s.bg.map(color),
        add_modifier: modifier(s.add_modifier),
        sub_modifier: modifier(s.sub_modifier),
        ..rt::Style::default()
    }
}

/// `fg=… bg=… +bold` for a ratatui style, as [`hamish_core::theme::describe_style`] writes a
/// core one (snapshot tests).
pub fn describe(s: rt::Style) -> String {
    let back = |m: rt::Modifier| {
        MODIFIERS
            .iter()
            .filter(|(_, r)| m.contains(*r))
            .fold(Modifier::empty(), |a, (m, _)| a | *m)
    };
    hamish_core::theme::describe_style(Style {
        fg: s.fg.and_then(color_back),
        bg: s.bg.and_then(color_back),
        add_modifier: back(s.add_modifier),
        sub_modifier: back(s.sub_modifier),
    })
}

fn color_back(c: rt::Color) -> Option<Color> {
    match c {
        rt::Color::Rgb(r, g, b) => Some(Color::Rgb(r, g, b)),
        rt::Color::Indexed(i) => Some(Color::Indexed(i)),
        named => COLORS.iter().find(|(_, r)| *r == named).map(|(c, _)| *c),
    }
}

/// The named colours, core and ratatui side by side.
const COLORS: [(Color, rt::Color); 17] = [
    (Color::Reset, rt::Color::Reset),
    (Color::Black, rt::Color::Black),
    (Color::Red, rt::Color::Red),
    (Color::Green, rt::Color::Green),
    (Color::Yellow, rt::Color::Yellow),
    (Color::Blue, rt::Color::Blue),
    (Color::Magenta, rt::Color::Magenta),
    (Color::Cyan, rt::Color::Cyan),
    (Color::Gray, rt::Color::Gray),
    (Color::DarkGray, rt::Color::DarkGray),
    (Color::LightRed, rt::Color::LightRed),
    (Color::LightGreen, rt::Color::LightGreen),
    (Color::LightYellow, rt::Color::LightYellow),
    (Color::LightBlue, rt::Color::LightBlue),
    (Color::LightMagenta, rt::Color::LightMagenta),
    (Color::LightCyan, rt::Color::LightCyan),
    (Color::White, rt::Color::White),
];

/// The attributes, core and ratatui side by side.
const MODIFIERS: [(Modifier, rt::Modifier); 9] = [
    (Modifier::BOLD, rt::Modifier::BOLD),
    (Modifier::DIM, rt::Modifier::DIM),
    (Modifier::ITALIC, rt::Modifier::ITALIC),
    (Modifier::UNDERLINED, rt::Modifier::UNDERLINED),
    (Modifier::SLOW_BLINK, rt::Modifier::SLOW_BLINK),
    (Modifier::RAPID_BLINK, rt::Modifier::RAPID_BLINK),
    (Modifier::REVERSED, rt::Modifier::REVERSED),
    (Modifier::HIDDEN, rt::Modifier::HIDDEN),
    (Modifier::CROSSED_OUT, rt::Modifier::CROSSED_OUT),
];

fn color(c: Color) -> rt::Color {
    match c {
        Color::Rgb(r, g, b) => rt::Color::Rgb(r, g, b),
        Color::Indexed(i) => rt::Color::Indexed(i),
        named => COLORS
            .iter()
            .find(|(c, _)| *c == named)
            .map_or(rt::Color::Reset, |(_, r)| *r),
    }
}

fn modifier(m: Modifier) -> rt::Modifier {
    MODIFIERS
        .iter()
        .filter(|(flag, _)| m.contains(*flag))
        .fold(rt::Modifier::empty(), |a, (_, r)| a | *r)
}

/// A theme's scopes as ratatui styles.
pub trait ThemeExt {
    /// The style of `scope`, ready for a ratatui buffer.
    fn ui(&self, scope: Scope) -> rt::Style;
}

impl ThemeExt for Theme {
    fn ui(&self, scope: Scope) -> rt::Style {
        to_ratatui(self.style(scope))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_attribute_and_colour_crosses() {
        let all = Modifier::ALL
            .iter()
            .fold(Modifier::empty(), |a, (m, _, _)| a | *m);
        let s = to_ratatui(
            Style::new()
                .fg(Color::Rgb(1, 2, 3))
                .bg(Color::Indexed(7))
                .add_modifier(all),
        );
        assert_eq!(s.fg, Some(rt::Color::Rgb(1, 2, 3)));
        assert_eq!(s.bg, Some(rt::Color::Indexed(7)));
        assert_eq!(s.add_modifier, rt::Modifier::all());
    }
}
