//! Drawing. `draw` takes `&App`: it cannot change state. Text is placed cell by cell at
//! `VisualLine::x` plus the widths of the cells before it — never handed to ratatui as a string
//! to align, because the layout engine, not ratatui, knows how wide a shaped Arabic cell is.

use std::ops::Range;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::{Position, Rect};
use ratatui::style::Style;
use ratatui::widgets::{Block, Borders, Clear, Widget};
use unicode_width::UnicodeWidthStr;

use super::app::{App, Row};
use super::keymap::{BINDINGS, OTHER_INPUT};
use super::style::ThemeExt;
use crate::analysis::Kind;
use crate::layout::{Cell, LayoutOptions, VisualLine, lay_out};
use crate::theme::Scope;

/// The margin symbol beside the first line of an annotated passage.
pub const NOTE_MARKER: &str = "✎";

/// Draws the whole screen.
pub fn draw(app: &App, frame: &mut Frame) {
    let area = frame.area();
    let cursor = render(app, area, frame.buffer_mut());
    if let Some((x, y)) = cursor {
        frame.set_cursor_position(Position::new(x, y));
    }
}

/// Renders into a buffer; returns where the terminal cursor should be (prompt), if shown.
pub fn render(app: &App, area: Rect, buf: &mut Buffer) -> Option<(u16, u16)> {
    let theme = &app.theme;
    buf.set_style(area, theme.ui(Scope::UiText));
    draw_text(app, buf);
    let cursor = draw_status(app, buf);
    if app.panel.is_some() {
        draw_panel(app, area, buf);
    }
    if app.help {
        draw_help(app, area, buf);
    }
    if let Some(ed) = &app.editing {
        let popup = app.editor_area().intersection(area);
        ed.editor.draw(popup, buf, theme);
        let at = ed.editor.cursor_position(popup);
        if at.is_none() {
            // shrunk while writing: say where the keys are going
            let g = app.geometry();
            if g.status.height > 0 {
                let st = theme.ui(Scope::UiStatusError);
                buf.set_style(g.status, st);
                put_text(
                    buf,
                    (0, g.status.y),
                    g.status.width,
                    "note editor: window too small · Esc cancels",
                    st,
                    &app.settings.layout,
                );
            }
        }
        return at;
    }
    cursor
}

/// A highlighted document range and its scope.
struct Mark {
    range: Range<usize>,
    scope: Scope,
}

/// Every highlight on screen, lowest priority first.
fn marks(app: &App, vis: Range<usize>) -> Vec<Mark> {
    let mut out = Vec::new();
    let mut speaker: Option<&str> = None;
    if let Some(q) = app.caret_quote() {
        speaker = q.speaker.as_deref();
    }
    for s in app.spans_in(vis.clone()) {
        if s.kind == Kind::Quote && app.shown.shows(Kind::Quote) {
            out.push(Mark {
                range: s.range.clone(),
                scope: Scope::Quote,
            });
        }
    }
    for s in app.spans_in(vis.clone()) {
        if s.kind != Kind::Quote && app.shown.shows(s.kind) {
            let is_speaker = s.kind == Kind::Person
                && speaker.is_some_and(|sp| {
                    let t = &app.doc.text[s.range.clone()];
                    !sp.is_empty() && (t.contains(sp) || sp.contains(t))
                });
            out.push(Mark {
                range: s.range.clone(),
                scope: if is_speaker {
                    Scope::QuoteSpeaker
                } else {
                    Scope::of_kind(s.kind)
                },
            });
        }
    }
    if let Some(nb) = &app.notebook {
        for n in nb.notes() {
            if let Some(r) = &n.range
                && r.start < vis.end
                && r.end > vis.start
            {
                out.push(Mark {
                    range: r.clone(),
                    scope: Scope::Note,
                });
            }
        }
    }
    if let Some(sel) = &app.selection
        && sel.start < vis.end
        && sel.end > vis.start
    {
        out.push(Mark {
            range: sel.clone(),
            scope: Scope::Selection,
        });
    }
    if let Some(c) = &app.caret {
        out.push(Mark {
            range: c.clone(),
            scope: Scope::Caret,
        });
    }
    // Search matches come last: their colours are a pair (dark text on a light ground), so
    // the caret's or the selection's background must not replace half of it; `n` puts the
    // caret on the current match, which shows in `search.current` instead.
    let hits = &app.search.hits;
    let first = hits.partition_point(|h| h.end <= vis.start);
    for (i, h) in hits.iter().enumerate().skip(first) {
        if h.start >= vis.end {
            break;
        }
        out.push(Mark {
            range: h.clone(),
            scope: if app.search.current == Some(i) {
                Scope::SearchCurrent
            } else {
                Scope::Search
            },
        });
    }
    out
}

fn draw_text(app: &App, buf: &mut Buffer) {
    let g = app.geometry();
    let theme = &app.theme;
    let vis = app.visible_range();
    let marks = marks(app, vis.start..vis.end + 1);
    let note_starts: Vec<usize> = app
        .notebook
        .as_ref()
        .map(|nb| {
            nb.notes()
                .iter()
                .filter_map(|n| n.range.as_ref().map(|r| r.start))
                .collect()
        })
        .unwrap_or_default();
    for (i, row) in app.visible_rows().iter().enumerate() {
        let y = g.text.y + i as u16;
        let Row::Line {
            block,
            base,
            line,
            lines,
        } = row
        else {
            continue;
        };
        let vl = &lines[*line];
        let title = app.blocks[*block].title;
        let base_style = theme.ui(if title { Scope::UiTitle } else { Scope::UiText });
        let line_marks: Vec<&Mark> = marks
            .iter()
            .filter(|m| {
                m.range.start < base + vl.logical.end && m.range.end > base + vl.logical.start
            })
            .collect();
        draw_cells(buf, g.text, y, vl, |cell| {
            let r = base + cell.logical.start..base + cell.logical.end;
            let mut st = base_style;
            for m in &line_marks {
                if m.range.start < r.end && m.range.end > r.start {
                    st = st.patch(theme.ui(m.scope));
                }
            }
            st
        });
        let lr = base + vl.logical.start..base + vl.logical.end.max(vl.logical.start + 1);
        if note_starts.iter().any(|s| lr.contains(s)) {
            // one blank column between the marker and the text when the margin has room, so
            // the mark does not read as a letter of the line's first word
            let end = g.text.x + g.text.width;
            let x = if vl.rtl {
                [end + 1, end].into_iter().find(|&x| x < g.screen.width)
            } else {
                g.text.x.checked_sub(2).or(g.text.x.checked_sub(1))
            };
            if let Some(x) = x {
                put_symbol(buf, x, y, NOTE_MARKER, theme.ui(Scope::NoteMarker));
            }
        }
    }
}

fn put_symbol(buf: &mut Buffer, x: u16, y: u16, s: &str, style: Style) {
    if let Some(c) = buf.cell_mut((x, y)) {
        c.set_symbol(s);
        c.set_style(style);
    }
}

/// Draws one visual line in `area` at row `y`, cell by cell: each cell at `area.x + line.x +`
/// the widths before it, styled by `style_of`. Wide cells hide the columns they cover; cells
/// that do not fit are not drawn.
pub fn draw_cells(
    buf: &mut Buffer,
    area: Rect,
    y: u16,
    vl: &VisualLine,
    mut style_of: impl FnMut(&Cell) -> Style,
) {
    let right = area.x as usize + area.width as usize;
    let mut x = area.x as usize + vl.x;
    for cell in &vl.cells {
        if cell.width == 0 {
            continue;
        }
        if x + cell.width > right {
            break;
        }
        let style = style_of(cell);
        let safe;
        let text: &str = if cell.text.chars().any(char::is_control) {
            safe = cell
                .text
                .chars()
                .map(|c| if c.is_control() { '\u{FFFD}' } else { c })
                .collect::<String>();
            &safe
        } else if cell.text.is_empty() {
            " "
        } else {
            &cell.text
        };
        // A cell holding several spacing characters (an unshaped ligature, say) is put one
        // character per column when their widths add up: ratatui and the terminal then agree
        // on where the cursor is.
        let columns = spacing_groups(text);
        if columns.len() > 1 && columns.iter().map(|g| g.width()).sum::<usize>() == cell.width {
            let mut cx = x;
            for g in &columns {
                put_symbol(buf, cx as u16, y, g, style);
                for k in 1..g.width() {
                    if let Some(c) = buf.cell_mut(((cx + k) as u16, y)) {
                        c.reset();
                        c.set_style(style);
                    }
                }
                cx += g.width();
            }
            x += cell.width;
            continue;
        }
        let drawn = text.width().max(1);
        if let Some(c) = buf.cell_mut((x as u16, y)) {
            c.set_symbol(text);
            c.set_style(style);
        }
        for k in 1..cell.width {
            if let Some(c) = buf.cell_mut(((x + k) as u16, y)) {
                if k < drawn {
                    // covered by the wide character drawn before it
                    c.reset();
                } else {
                    c.set_symbol(" ");
                }
                c.set_style(style);
            }
        }
        x += cell.width;
    }
}

/// Splits text into spacing characters, each with the zero-width marks that follow it.
fn spacing_groups(text: &str) -> Vec<&str> {
    let mut out = Vec::new();
    let mut start = None;
    for (i, c) in text.char_indices() {
        if unicode_width::UnicodeWidthChar::width(c).unwrap_or(0) > 0 {
            if let Some(s) = start {
                out.push(&text[s..i]);
            }
            start = Some(i);
        }
    }
    if let Some(s) = start {
        out.push(&text[s..]);
    }
    out
}

/// Draws `text` (any script) at `x`, left-aligned, in at most `max` columns, in visual order.
/// Returns the column after the last drawn cell.
/// `opts` gives shaping and bidi mode (its width is ignored; the direction is found from the text).
pub fn put_text(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    max: u16,
    text: &str,
    style: Style,
    opts: &LayoutOptions,
) -> u16 {
    let Some((shown, w)) = one_line(max, text, opts) else {
        return x;
    };
    draw_cells(buf, Rect::new(x, y, max, 1), y, &shown, |_| style);
    x + w
}

/// As [`put_text`], but flush right in the `max` columns that start at `x` (for right-to-left
/// labels). Returns the column of the first drawn cell.
pub fn put_text_right(
    buf: &mut Buffer,
    (x, y): (u16, u16),
    max: u16,
    text: &str,
    style: Style,
    opts: &LayoutOptions,
) -> u16 {
    let Some((shown, w)) = one_line(max, text, opts) else {
        return x + max;
    };
    let start = x + max - w;
    draw_cells(buf, Rect::new(start, y, w, 1), y, &shown, |_| style);
    start
}

/// Whether a label reads right to left (its first strong character is).
pub fn is_rtl_label(text: &str) -> bool {
    crate::layout::first_strong_rtl(text) == Some(true)
}

/// `text` laid out on one line of at most `max` columns (cut at its logical end with "…" when
/// longer), and its width in columns.
fn one_line(max: u16, text: &str, opts: &LayoutOptions) -> Option<(VisualLine, u16)> {
    if max == 0 || text.is_empty() {
        return None;
    }
    let opts = LayoutOptions {
        width: max as usize,
        direction: crate::layout::Direction::Auto,
        ..opts.clone()
    };
    let lines = lay_out(text, &opts);
    let first = lines.first()?;
    let shown = if lines.len() == 1 {
        VisualLine {
            x: 0,
            ..first.clone()
        }
    } else {
        // Too long for one line: show the logical beginning on one line and mark the cut with
        // "…" at the logical end, instead of dropping whatever the wrap pushed to a next line.
        let one_line = LayoutOptions {
            width: usize::MAX / 4,
            ..opts.clone()
        };
        truncate_logically(lay_out(text, &one_line).into_iter().next()?, max as usize)
    };
    let w: usize = shown.cells.iter().map(|c| c.width).sum();
    Some((shown, w.min(max as usize) as u16))
}

/// Keeps the longest logical prefix of a one-line layout that fits in `max - 1` columns and puts
/// an ellipsis on the side where the text goes on (left of an RTL line, right of an LTR one).
fn truncate_logically(line: VisualLine, max: usize) -> VisualLine {
    let budget = max.saturating_sub(1);
    let mut by_logic: Vec<&Cell> = line.cells.iter().collect();
    by_logic.sort_by_key(|c| c.logical.start);
    let mut used = 0;
    let mut cut = line.logical.end;
    for c in by_logic {
        if used + c.width > budget {
            cut = c.logical.start;
            break;
        }
        used += c.width;
    }
    let kept = line.cells.into_iter().filter(|c| c.logical.start < cut);
    let ellipsis = Cell {
        text: "…".into(),
        width: 1,
        logical: cut..cut,
    };
    let cells: Vec<Cell> = if line.rtl {
        std::iter::once(ellipsis).chain(kept).collect()
    } else {
        kept.chain(std::iter::once(ellipsis)).collect()
    };
    VisualLine {
        x: 0,
        cells,
        logical: line.logical.start..cut,
        rtl: line.rtl,
    }
}

fn draw_status(app: &App, buf: &mut Buffer) -> Option<(u16, u16)> {
    let g = app.geometry();
    if g.status.height == 0 {
        return None;
    }
    let theme = &app.theme;
    let o = &app.settings.layout;
    let y = g.status.y;
    let w = g.status.width;
    if let Some(p) = &app.prompt {
        let st = theme.ui(Scope::UiPrompt);
        buf.set_style(g.status, st);
        put_text(buf, (0, y), w, "/", st, o);
        let rtl_query = is_rtl_label(&p.text);
        let start = if rtl_query { 2 } else { 1 };
        let end = put_text(buf, (start, y), w.saturating_sub(start + 1), &p.text, st, o);
        let cx = if rtl_query { 1 } else { end };
        return Some((cx.min(w.saturating_sub(1)), y));
    }
    let st = theme.ui(Scope::UiStatus);
    let key = theme.ui(Scope::UiStatusKey);
    buf.set_style(g.status, st);
    // right side, built from the right edge leftwards
    let mut right: Vec<(String, Style)> = Vec::new();
    if !app.search.hits.is_empty() {
        let k = app.search.current.map_or(0, |i| i + 1);
        right.push((format!("{k} of {}  ", app.search.hits.len()), st));
    }
    right.push((format!("{:>3}%  ", app.percent()), st));
    right.push(("?".into(), key));
    right.push((" help ".into(), st));
    let right_w: usize = right.iter().map(|(s, _)| s.width()).sum();
    let mut rx = (w as usize).saturating_sub(right_w) as u16;
    let right_start = rx;
    for (s, style) in &right {
        // Advance by the string's own width: the layout gives trailing spaces no columns.
        put_text(buf, (rx, y), w.saturating_sub(rx), s, *style, o);
        rx = rx.saturating_add(s.width() as u16);
    }
    // left side: file name, then a message or the speaker of the quotation at the caret
    let avail = right_start.saturating_sub(1);
    // a message takes the place of the file name, so that errors are read whole
    let mut x = 1;
    if app.message.is_none() {
        x = put_text(buf, (1, y), avail.saturating_sub(1), &app.name, st, o) + 2;
    }
    let (msg, mst) = match &app.message {
        Some(m) => (
            m.text.clone(),
            theme.ui(if m.error {
                Scope::UiStatusError
            } else {
                Scope::UiStatusMessage
            }),
        ),
        None => match app.caret_note_line() {
            Some(n) => (n, theme.ui(Scope::UiStatusMessage)),
            None => match app.caret_quote().and_then(|q| q.speaker.clone()) {
                Some(sp) => (format!("speaker: {sp}"), theme.ui(Scope::UiStatusMessage)),
                None => (String::new(), st),
            },
        },
    };
    if !msg.is_empty() && x < avail {
        put_text(buf, (x, y), avail - x, &msg, mst, o);
    }
    None
}

/// Where the list panel goes (with its border) in `area`, if there is room for it.
pub fn panel_rect(area: Rect, status_h: u16) -> Option<Rect> {
    let w = area.width.min(48).max(area.width.min(20));
    let h = area.height.saturating_sub(status_h);
    (w >= 6 && h >= 3).then(|| Rect::new(area.x, area.y, w, h))
}

/// The first item the panel shows when `selected` must be visible in `rows` rows.
pub fn panel_scroll(selected: usize, rows: usize) -> usize {
    selected.saturating_sub(rows.saturating_sub(1))
}

/// The list panel (entities …) over the left part of the screen, where right-to-left text ends.
fn draw_panel(app: &App, area: Rect, buf: &mut Buffer) {
    let Some(panel) = &app.panel else { return };
    let theme = &app.theme;
    let o = &app.settings.layout;
    let g = app.geometry();
    let Some(rect) = panel_rect(area, g.status.height) else {
        return;
    };
    Clear.render(rect, buf);
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.ui(Scope::UiBorder))
        .style(theme.ui(Scope::UiHelp))
        .title(panel.title.as_str());
    let inner = block.inner(rect);
    block.render(rect, buf);
    let rows = inner.height as usize;
    let scroll = panel_scroll(panel.selected, rows);
    let base = theme.ui(Scope::UiHelp);
    for (i, item) in panel.items.iter().enumerate().skip(scroll).take(rows) {
        let y = inner.y + (i - scroll) as u16;
        let row = Rect::new(inner.x, y, inner.width, 1);
        let selected = i == panel.selected && !item.header;
        let row_style = if selected {
            base.patch(theme.ui(Scope::Selection))
        } else {
            base
        };
        buf.set_style(row, row_style);
        let label_style = row_style.patch(theme.ui(item.scope));
        let indent = if item.header { 1 } else { 3 };
        let detail_w = item.detail.width() as u16;
        let room = inner.width.saturating_sub(indent + detail_w + 2);
        if !item.header && is_rtl_label(&item.label) {
            // an Arabic name reads from the right: the name flush right, its count on the left
            put_text_right(
                buf,
                (inner.x + detail_w + 2, y),
                room,
                &item.label,
                label_style,
                o,
            );
            if detail_w + 1 < inner.width {
                put_text(buf, (inner.x + 1, y), detail_w, &item.detail, row_style, o);
            }
            continue;
        }
        let x = put_text(
            buf,
            (inner.x + indent, y),
            room,
            &item.label,
            label_style,
            o,
        );
        if item.header {
            put_text(
                buf,
                (x + 2, y),
                inner.width.saturating_sub(x + 2 - inner.x),
                &item.detail,
                row_style,
                o,
            );
        } else if detail_w + 1 < inner.width {
            let dx = inner.x + inner.width - detail_w - 1;
            put_text(buf, (dx, y), detail_w, &item.detail, row_style, o);
        }
    }
}

/// How the help overlay is laid out in an area: its rows (keys, text), split into columns
/// that fit the width, and how many rows of a column show at once.
pub struct HelpLayout {
    pub rows: Vec<(String, &'static str)>,
    pub per_col: usize,
    /// (key width, text width) of each column.
    pub col_widths: Vec<(u16, u16)>,
    /// Rows of each column that fit on screen.
    pub visible: usize,
}

impl HelpLayout {
    pub fn new(app: &App, area: Rect) -> HelpLayout {
        let mut rows: Vec<(String, &'static str)> = BINDINGS
            .iter()
            .map(|b| (app.keymap.keys_for(b.action).join(" "), b.help))
            .collect();
        rows.extend(OTHER_INPUT.iter().map(|(k, h)| ((*k).to_owned(), *h)));
        let n = rows.len().max(1);
        let max_inner_h = usize::from(area.height.saturating_sub(2).max(1));
        let widths = |cols: usize| -> (usize, Vec<(u16, u16)>) {
            let per_col = n.div_ceil(cols.max(1)).max(1);
            let w = rows
                .chunks(per_col)
                .map(|c| {
                    let kw = c.iter().map(|(k, _)| k.width()).max().unwrap_or(0) as u16;
                    let hw = c.iter().map(|(_, h)| h.width()).max().unwrap_or(0) as u16;
                    (kw, hw)
                })
                .collect();
            (per_col, w)
        };
        let total = |w: &[(u16, u16)]| {
            w.iter().map(|(k, h)| k + 2 + h).sum::<u16>() + 3 * (w.len() as u16).saturating_sub(1)
        };
        // as many columns as the height needs, fewer when they do not fit the width (the
        // rows then scroll)
        let mut cols = n.div_ceil(max_inner_h).max(1);
        let (mut per_col, mut col_widths) = widths(cols);
        while cols > 1 && total(&col_widths) > area.width.saturating_sub(4) {
            cols -= 1;
            (per_col, col_widths) = widths(cols);
        }
        HelpLayout {
            visible: per_col.min(max_inner_h),
            rows,
            per_col,
            col_widths,
        }
    }

    /// Rows hidden below when scrolled to the top.
    pub fn overflow(&self) -> usize {
        self.per_col - self.visible
    }

    fn total_width(&self) -> u16 {
        self.col_widths.iter().map(|(k, h)| k + 2 + h).sum::<u16>()
            + 3 * (self.col_widths.len() as u16).saturating_sub(1)
    }
}

fn draw_help(app: &App, area: Rect, buf: &mut Buffer) {
    let theme = &app.theme;
    let l = HelpLayout::new(app, area);
    let scroll = app.help_scroll.min(l.overflow());
    let inner_w = l.total_width().min(area.width.saturating_sub(4));
    let w = (inner_w + 4).min(area.width);
    let h = (l.visible as u16 + 2).min(area.height);
    let rect = Rect::new(
        area.x + (area.width - w) / 2,
        area.y + (area.height - h) / 2,
        w,
        h,
    );
    Clear.render(rect, buf);
    let title = if l.overflow() == 0 {
        " hamish — keys (any key closes) ".to_owned()
    } else {
        format!(
            " keys {}–{} of {} · j/k scroll · any other key closes ",
            scroll + 1,
            scroll + l.visible,
            l.per_col
        )
    };
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.ui(Scope::UiBorder))
        .style(theme.ui(Scope::UiHelp))
        .title(title);
    let inner = block.inner(rect);
    block.render(rect, buf);
    let inner = Rect::new(
        inner.x + 1,
        inner.y,
        inner.width.saturating_sub(2),
        inner.height,
    );
    for (i, (keys, help)) in l.rows.iter().enumerate() {
        let col = i / l.per_col;
        let Some(row) = (i % l.per_col).checked_sub(scroll) else {
            continue;
        };
        if row >= usize::from(inner.height) {
            continue;
        }
        let x = inner.x
            + l.col_widths[..col]
                .iter()
                .map(|(k, h)| k + 2 + h + 3)
                .sum::<u16>();
        if x >= inner.x + inner.width {
            continue;
        }
        let key_w = l.col_widths.get(col).map_or(0, |(k, _)| *k);
        let room = inner.x + inner.width - x;
        let y = inner.y + row as u16;
        buf.set_stringn(x, y, keys, room as usize, theme.ui(Scope::UiHelpKey));
        let hx = x + key_w + 2;
        if hx < inner.x + inner.width {
            let room = (inner.x + inner.width - hx) as usize;
            buf.set_stringn(hx, y, help, room, theme.ui(Scope::UiHelp));
        }
    }
}

/// The buffer as text, one string per row (trailing spaces trimmed; columns hidden by a wide
/// character are skipped) — for snapshot tests.
pub fn buffer_lines(buf: &Buffer) -> Vec<String> {
    let area = buf.area;
    let mut out = Vec::with_capacity(area.height as usize);
    for y in area.y..area.y + area.height {
        let mut s = String::new();
        let mut skip = 0;
        for x in area.x..area.x + area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let sym = buf[(x, y)].symbol();
            s.push_str(sym);
            skip = sym.width().saturating_sub(1);
        }
        out.push(s.trim_end().to_owned());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::layout::Cell;

    #[test]
    fn multi_character_cells_take_one_column_each() {
        let vl = VisualLine {
            x: 1,
            cells: vec![
                Cell {
                    text: "لا".into(),
                    width: 2,
                    logical: 0..4,
                },
                Cell {
                    text: "بَ".into(),
                    width: 1,
                    logical: 4..8,
                },
                Cell {
                    text: "界".into(),
                    width: 2,
                    logical: 8..11,
                },
                Cell {
                    text: "\u{1b}".into(),
                    width: 1,
                    logical: 11..12,
                },
            ],
            logical: 0..12,
            rtl: false,
        };
        let mut buf = Buffer::empty(Rect::new(0, 0, 10, 1));
        draw_cells(&mut buf, Rect::new(0, 0, 10, 1), 0, &vl, |_| {
            Style::default()
        });
        let cols: Vec<&str> = (0..8).map(|x| buf[(x, 0)].symbol()).collect();
        assert_eq!(cols, [" ", "ل", "ا", "بَ", "界", " ", "\u{FFFD}", " "]);
        assert_eq!(buffer_lines(&buf), [" لابَ界\u{FFFD}"]);
    }
}
