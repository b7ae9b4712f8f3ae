//! Property tests of the layout engine over arbitrary mixes of scripts, marks, joiners, bidi
//! controls (nested 200 deep) and escape sequences, at widths 1–200.

use hamish::layout::{BidiMode, Direction, LayoutOptions, VisualLine, char_width, lay_out};
use proptest::prelude::*;

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(vec![
            "ب", "ت", "ل", "ا", "أ", "إ", "آ", "م", "ر", "و", "ي", "ة", "ء", "ـ", "لا", "لأ", "سلام",
        ]).prop_map(String::from),
        2 => prop::sample::select(vec!["א", "ב", "ש", "ל", "ם"]).prop_map(String::from),
        2 => prop::sample::select(vec!["a", "Z", "word", "https://x.org/a-b", "e\u{301}"]).prop_map(String::from),
        2 => prop::sample::select(vec!["0", "7", "2016-2020", "٣", "۴", "12.5%", "+1", "$"]).prop_map(String::from),
        2 => prop::sample::select(vec!["(", ")", "[", "]", "{", "}", "«", "»", "‹", "›", "“", "”", "\"", "<", ">"]).prop_map(String::from),
        2 => prop::sample::select(vec!["\u{064E}", "\u{064F}", "\u{0650}", "\u{0651}", "\u{0652}", "\u{0670}", "\u{05B0}"]).prop_map(String::from),
        1 => prop::sample::select(vec!["\u{200C}", "\u{200D}", "\u{00AD}", "\u{200B}", "\u{FEFF}"]).prop_map(String::from),
        1 => prop::sample::select(vec!["😀", "👨\u{200D}👩\u{200D}👧", "🇸🇦", "❤\u{FE0F}", "中", "文字", "ｗ"]).prop_map(String::from),
        4 => prop::sample::select(vec![" ", " ", "  ", "\t", "\u{00A0}", "\u{3000}"]).prop_map(String::from),
        1 => prop::sample::select(vec![
            "\u{202A}", "\u{202B}", "\u{202C}", "\u{202D}", "\u{202E}", "\u{2066}", "\u{2067}",
            "\u{2068}", "\u{2069}", "\u{200E}", "\u{200F}", "\u{061C}",
        ]).prop_map(String::from),
        1 => prop::sample::select(vec![
            "\u{1b}[2J", "\u{1b}]52;c;aGVsbG8=\u{7}", "\u{1b}]52;c;x\u{1b}\\", "\u{9b}31m", "\u{9c}",
            "\u{0}", "\u{7f}", "\r", "\u{85}", "\u{2028}", "\u{2029}", "\u{1c}", "\u{b}",
        ]).prop_map(String::from),
        1 => (prop::sample::select(vec!["\u{202B}", "\u{202E}", "\u{2067}", "\u{202A}", "\u{2066}"]), 1usize..220)
            .prop_map(|(c, n)| c.repeat(n)),
    ]
}

fn paragraph() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|v| v.concat())
}

fn options() -> impl Strategy<Value = LayoutOptions> {
    (
        1usize..=200,
        any::<bool>(),
        prop::sample::select(vec![Direction::Auto, Direction::Rtl, Direction::Ltr]),
        prop::sample::select(vec![BidiMode::App, BidiMode::App, BidiMode::Terminal]),
    )
        .prop_map(|(width, shaping, direction, bidi)| LayoutOptions {
            width,
            shaping,
            direction,
            bidi,
            tab_width: 8,
        })
}

fn is_forbidden(c: char) -> bool {
    c.is_control()
        || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}' | '\u{2028}' | '\u{2029}')
}

fn check(text: &str, opts: &LayoutOptions, lines: &[VisualLine]) -> Result<(), TestCaseError> {
    prop_assert!(!lines.is_empty());
    let mut cells: Vec<std::ops::Range<usize>> = Vec::new();
    let mut next_line_start = 0;
    for line in lines {
        prop_assert_eq!(line.logical.start, next_line_start, "lines are contiguous");
        next_line_start = line.logical.end;
        let visible = line.cells.iter().filter(|c| c.width > 0).count();
        prop_assert!(
            line.end_x() <= opts.width || visible == 1,
            "line wider than {}: {:?}",
            opts.width,
            line
        );
        for c in &line.cells {
            prop_assert!(c.logical.start < c.logical.end);
            prop_assert!(
                line.logical.start <= c.logical.start && c.logical.end <= line.logical.end
            );
            prop_assert!(
                text.is_char_boundary(c.logical.start) && text.is_char_boundary(c.logical.end)
            );
            prop_assert!(!c.text.chars().any(is_forbidden), "control in cell {:?}", c);
            if c.width == 0 {
                prop_assert!(c.text.is_empty(), "zero-width cell with text {:?}", c);
            } else {
                let measured: usize = c.text.chars().map(char_width).sum();
                prop_assert_eq!(measured, c.width, "cell width is what is drawn: {:?}", c);
            }
            cells.push(c.logical.clone());
        }
    }
    prop_assert_eq!(next_line_start, text.len());
    cells.sort_by_key(|r| r.start);
    let mut at = 0;
    for r in cells {
        prop_assert_eq!(r.start, at, "every byte in exactly one cell");
        at = r.end;
    }
    prop_assert_eq!(at, text.len());
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 400, ..ProptestConfig::default() })]

    #[test]
    fn layout_invariants(text in paragraph(), opts in options()) {
        let lines = lay_out(&text, &opts);
        check(&text, &opts, &lines)?;
    }

    #[test]
    fn hit_tests_agree_with_cells(text in paragraph(), opts in options()) {
        for line in lay_out(&text, &opts) {
            let cols = line.cell_columns();
            for (i, c) in line.cells.iter().enumerate() {
                if c.width == 0 { continue; }
                for k in 0..c.width {
                    prop_assert_eq!(line.cell_at(cols[i] + k), Some(i));
                }
                let spans = line.columns_of(c.logical.clone());
                prop_assert!(spans.iter().any(|s| s.start <= cols[i] && cols[i] + c.width <= s.end));
                prop_assert_eq!(line.caret_column(c.logical.start), Some(cols[i]));
            }
            prop_assert_eq!(line.cell_at(line.end_x()), None);
        }
    }
}

#[test]
fn nesting_at_the_level_limit_does_not_panic() {
    for opener in [
        "\u{202B}", "\u{202E}", "\u{202A}", "\u{202D}", "\u{2067}", "\u{2066}",
    ] {
        for n in [61, 62, 124, 125, 126, 127, 200, 1000] {
            let text = format!(
                "{}مرحبا abc (x) لا{}",
                opener.repeat(n),
                "\u{202C}".repeat(n / 2)
            );
            for width in [1, 7, 80] {
                let opts = LayoutOptions {
                    width,
                    ..LayoutOptions::default()
                };
                let lines = lay_out(&text, &opts);
                let shown: String = lines
                    .iter()
                    .flat_map(|l| l.cells.iter())
                    .map(|c| c.text.as_str())
                    .collect();
                assert!(shown.contains('x'), "{shown}");
            }
        }
    }
}
