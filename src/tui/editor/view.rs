//! Laying the note out into visual rows, drawing the popup, and the caret on screen.
//!
//! Geometry: the popup is a bordered box. The passage is quoted on the top border, the help (or a
//! message) on the bottom border, and every inner row shows note text. Each logical line of the
//! note is laid out with `lay_out` in `inner width - 1` columns; the spare column (on the right of
//! LTR lines, on the left of RTL lines) is where the caret goes when it sits after the logical
//! end of a full line, so it never has to cover a character.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::{Modifier, Style};
use ratatui::widgets::{Block, Clear, Widget};

use super::{NoteEditor, caret, is_boundary};
use crate::layout::{Direction, LayoutOptions, VisualLine};
use crate::theme::{Scope, Theme};
use crate::tui::style::ThemeExt;

/// One visual row of the note.
#[derive(Debug, Clone)]
pub(super) struct Row {
    /// Byte offset of the row's logical line (paragraph) in the note text.
    pub(super) para_start: usize,
    pub(super) para_len: usize,
    /// Offsets in `line` are relative to `para_start`.
    pub(super) line: VisualLine,
    /// Last visual row of its paragraph.
    pub(super) last: bool,
}

impl Row {
    /// Screen column (inside the text area) of layout column `col`, after the caret gutter.
    fn screen_column(&self, col: isize) -> isize {
        col + isize::from(self.line.rtl)
    }
}

/// Everything needed to draw the text area for one popup area.
#[derive(Debug)]
pub(super) struct View {
    inner: Rect,
    pub(super) rows: Vec<Row>,
    pub(super) scroll: usize,
    /// Row index and column (inside `inner`) of the caret.
    pub(super) caret: (usize, u16),
}

/// The text area inside a popup area (inside the border), if there is room for any text.
fn text_area(area: Rect) -> Option<Rect> {
    let inner = Block::bordered().inner(area);
    (inner.width >= 2 && inner.height >= 1).then_some(inner)
}

/// First visible row so that `caret_row` is visible, moving as little as possible from `stored`.
fn visible_scroll(stored: usize, caret_row: usize, rows: usize, height: usize) -> usize {
    let height = height.max(1);
    let mut scroll = stored.min(rows.saturating_sub(height));
    if caret_row < scroll {
        scroll = caret_row;
    } else if caret_row >= scroll + height {
        scroll = caret_row + 1 - height;
    }
    scroll
}

impl NoteEditor {
    /// Lays every logical line of the note out in `width` columns.
    pub(super) fn rows(&self, width: usize) -> Vec<Row> {
        let directions = self.paragraph_directions();
        let mut rows = Vec::new();
        let mut start = 0;
        for (para, rtl) in self.text.split('\n').zip(directions) {
            let direction = match (self.layout.direction, caret::strong_direction(para)) {
                (Direction::Auto, None) if rtl => Direction::Rtl,
                (Direction::Auto, None) => Direction::Ltr,
                (forced, _) => forced,
            };
            let options = LayoutOptions {
                width,
                direction,
                ..self.layout.clone()
            };
            let mut lines = if para.is_empty() {
                Vec::new()
            } else {
                (self.lay_out)(para, &options)
            };
            if lines.is_empty() {
                lines.push(VisualLine {
                    x: if rtl { width } else { 0 },
                    cells: Vec::new(),
                    logical: 0..0,
                    rtl,
                });
            }
            let count = lines.len();
            rows.extend(lines.into_iter().enumerate().map(|(i, line)| Row {
                para_start: start,
                para_len: para.len(),
                line,
                last: i + 1 == count,
            }));
            start += para.len() + 1;
        }
        rows
    }

    /// Direction of each logical line: its first strong character, else the nearest line before
    /// it that has one, else the first line after it that has one, else the passage's (the
    /// higher-level protocol UAX #9 allows, so that an empty or digits-only line in an Arabic
    /// note stays right-to-left).
    fn paragraph_directions(&self) -> Vec<bool> {
        let own: Vec<Option<bool>> = self.text.split('\n').map(caret::strong_direction).collect();
        let fallback = own
            .iter()
            .flatten()
            .next()
            .copied()
            .or_else(|| caret::strong_direction(&self.passage))
            .unwrap_or(false);
        let mut previous = None;
        own.iter()
            .map(|d| {
                let resolved = d.or(previous).unwrap_or(fallback);
                previous = Some(resolved);
                match self.layout.direction {
                    Direction::Rtl => true,
                    Direction::Ltr => false,
                    Direction::Auto => resolved,
                }
            })
            .collect()
    }

    /// The caret's row and column (clamped into `0..text_width`) among `rows`.
    fn locate(&self, rows: &[Row], layout_width: usize, text_width: u16) -> (usize, u16) {
        let mut found = None;
        for (i, row) in rows.iter().enumerate() {
            let end = row.para_start + row.para_len;
            if self.cursor < row.para_start || self.cursor > end {
                continue;
            }
            let pos = self.cursor - row.para_start;
            if let Some(col) = caret::caret_in_line(&row.line, pos, row.last, layout_width) {
                found = Some((i, row.screen_column(col)));
                break;
            }
        }
        let (row, col) = found.unwrap_or((rows.len().saturating_sub(1), 0));
        let max = signed(text_width.saturating_sub(1));
        let col = u16::try_from(col.clamp(0, max)).unwrap_or(0);
        (row, col)
    }

    /// The laid-out text area for a popup drawn in `area`, or `None` when it is too small.
    pub(super) fn view(&self, area: Rect) -> Option<View> {
        let inner = text_area(area)?;
        let layout_width = usize::from(inner.width - 1);
        let rows = self.rows(layout_width);
        let caret = self.locate(&rows, layout_width, inner.width);
        let scroll = visible_scroll(self.scroll, caret.0, rows.len(), usize::from(inner.height));
        Some(View {
            inner,
            rows,
            scroll,
            caret,
        })
    }

    /// Where the terminal cursor should go when the popup is drawn in `area` (absolute screen
    /// coordinates `(x, y)`), or `None` when the popup is too small to show any text.
    ///
    /// `draw` already shows the caret as a REVERSED cell; setting the terminal cursor here as
    /// well helps input methods and screen readers (a block terminal cursor on top of the
    /// reversed cell may invert it back on some terminals: prefer a bar or underline shape).
    pub fn cursor_position(&self, area: Rect) -> Option<(u16, u16)> {
        let view = self.view(area)?;
        let (row, col) = view.caret;
        let visible = row.checked_sub(view.scroll)?;
        let y = u16::try_from(visible).ok()?;
        (y < view.inner.height).then(|| (view.inner.x + col, view.inner.y + y))
    }

    /// Moves the cursor to the text under a mouse click at screen `(column, row)` in a popup
    /// drawn in `area`. Returns whether the click was on the text area.
    pub fn click(&mut self, area: Rect, column: u16, row: u16) -> bool {
        let Some(view) = self.view(area) else {
            return false;
        };
        let inner = view.inner;
        if column < inner.x || column >= inner.right() || row < inner.y || row >= inner.bottom() {
            return false;
        }
        let index = view.scroll + usize::from(row - inner.y);
        let Some(target) = view.rows.get(index.min(view.rows.len().saturating_sub(1))) else {
            return false;
        };
        let goal = signed(column - inner.x);
        if let Some(pos) = self.nearest_stop(target, goal, usize::from(inner.width - 1)) {
            self.cursor = pos;
        }
        self.goal_column = None;
        self.message = None;
        self.keep_cursor_visible();
        true
    }

    /// The caret position on `row` whose screen column is nearest to `goal`.
    fn nearest_stop(&self, row: &Row, goal: isize, layout_width: usize) -> Option<usize> {
        caret::caret_stops(&row.line, row.last, row.para_len)
            .into_iter()
            .map(|p| row.para_start + p)
            .filter(|&p| p <= self.text.len() && is_boundary(&self.text, p))
            .filter_map(|p| {
                let col =
                    caret::caret_in_line(&row.line, p - row.para_start, row.last, layout_width)?;
                Some((p, (row.screen_column(col) - goal).abs()))
            })
            .min_by_key(|&(_, distance)| distance)
            .map(|(p, _)| p)
    }

    /// ↑/↓ (and PageUp/PageDown): `delta` visual rows, keeping the goal column. Past the first
    /// row the cursor goes to the start of the note, past the last to its end.
    pub(super) fn move_vertically(&mut self, delta: isize) {
        let Some(view) = self.view(self.area) else {
            return;
        };
        let layout_width = usize::from(view.inner.width - 1);
        let (row, col) = view.caret;
        let goal = *self.goal_column.get_or_insert(signed(col));
        let target = row.checked_add_signed(delta);
        match target {
            None => self.cursor = 0,
            Some(t) if t >= view.rows.len() => self.cursor = self.text.len(),
            Some(t) => {
                if let Some(pos) = self.nearest_stop(&view.rows[t], goal, layout_width) {
                    self.cursor = pos;
                }
            }
        }
    }

    /// Rows a PageUp/PageDown moves: the visible height less one row of overlap.
    pub(super) fn page_rows(&self) -> isize {
        let height = text_area(self.area).map_or(1, |inner| inner.height);
        signed(height.saturating_sub(1).max(1))
    }

    /// Scrolls (for the last known area) so that the cursor row is visible.
    pub(super) fn keep_cursor_visible(&mut self) {
        if let Some(view) = self.view(self.area) {
            self.scroll = view.scroll;
        }
    }

    /// Draws the popup into `area` of `buf`: border, passage, note text, caret, help line.
    pub fn draw(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        let area = area.intersection(buf.area);
        if area.width < 2 || area.height < 2 {
            return;
        }
        let text_style = theme.ui(Scope::UiText);
        let border_style = theme.ui(Scope::UiBorder);
        let (bottom, bottom_style) = match self.message() {
            Some(message) => (
                message,
                theme
                    .ui(Scope::UiHelp)
                    .patch(theme.ui(Scope::EditorMessage)),
            ),
            // The short form when the full help does not fit between the corners.
            None if super::HELP.chars().count() + 4 > usize::from(area.width) => {
                ("^S save · Esc cancel", theme.ui(Scope::UiHelp))
            }
            None => (super::HELP, theme.ui(Scope::UiHelp)),
        };
        Clear.render(area, buf);
        Block::bordered()
            .style(text_style)
            .border_style(border_style)
            .render(area, buf);
        self.draw_passage(area, buf, theme);
        self.draw_bottom_line(area, buf, bottom, bottom_style);

        let Some(view) = self.view(area) else {
            return;
        };
        let inner = view.inner;
        for (screen_row, row) in view
            .rows
            .iter()
            .skip(view.scroll)
            .take(usize::from(inner.height))
            .enumerate()
        {
            let y = inner.y + u16::try_from(screen_row).unwrap_or(0);
            let columns = caret::cell_columns(&row.line);
            for (cell, col) in row.line.cells.iter().zip(columns) {
                put_cell(
                    buf,
                    inner,
                    row.screen_column(col),
                    y,
                    &cell.text,
                    cell.width,
                    text_style,
                );
            }
        }
        let (caret_row, caret_col) = view.caret;
        if let Some(visible) = caret_row.checked_sub(view.scroll)
            && let Ok(y) = u16::try_from(visible)
            && y < inner.height
        {
            let style = text_style
                .patch(theme.ui(Scope::Caret))
                .patch(theme.ui(Scope::EditorCursor))
                .add_modifier(Modifier::REVERSED);
            if let Some(cell) = buf.cell_mut((inner.x + caret_col, inner.y + y)) {
                cell.set_style(style);
            }
        }
    }

    /// The passage, on the top border after a "Note:" label.
    fn draw_passage(&self, area: Rect, buf: &mut Buffer, theme: &Theme) {
        const LABEL: &str = " Note: ";
        let label_width = LABEL.chars().count();
        let label_style = theme.ui(Scope::UiBorder).patch(theme.ui(Scope::UiTitle));
        let passage_style = theme
            .ui(Scope::UiText)
            .patch(theme.ui(Scope::EditorPassage));
        // Corners, label, one space after the passage.
        let Some(room) = usize::from(area.width).checked_sub(2 + label_width + 1) else {
            return;
        };
        buf.set_stringn(area.x + 1, area.y, LABEL, label_width, label_style);
        let start = area.x + 1 + u16::try_from(label_width).unwrap_or(0);
        let used = self.draw_one_line(buf, start, area.y, room, &self.passage, passage_style);
        if used > 0 {
            buf.set_stringn(start + used, area.y, " ", 1, label_style);
        }
    }

    /// The help or a message, on the bottom border.
    fn draw_bottom_line(&self, area: Rect, buf: &mut Buffer, text: &str, style: Style) {
        let Some(room) = usize::from(area.width).checked_sub(2 + 2) else {
            return;
        };
        let y = area.bottom() - 1;
        let used = self.draw_one_line(buf, area.x + 2, y, room, text, style);
        if used > 0 {
            buf.set_stringn(area.x + 1, y, " ", 1, style);
            buf.set_stringn(area.x + 2 + used, y, " ", 1, style);
        }
    }

    /// Draws `text` (whitespace collapsed) on one row from column `x`, in at most `room`
    /// columns, laid out by the engine, cut with "…" at its logical end (on the left when it is
    /// right-to-left). Returns the columns used.
    fn draw_one_line(
        &self,
        buf: &mut Buffer,
        x: u16,
        y: u16,
        room: usize,
        text: &str,
        style: Style,
    ) -> u16 {
        // Only the start can show: lay out a bounded prefix, whatever the text's length.
        let mut line = String::new();
        let mut clipped = false;
        for word in text.split_whitespace() {
            if line.chars().count() > room.saturating_mul(4) {
                clipped = true;
                break;
            }
            if !line.is_empty() {
                line.push(' ');
            }
            line.push_str(word);
        }
        if room < 2 || line.is_empty() {
            return 0;
        }
        let options = LayoutOptions {
            width: room,
            ..self.layout.clone()
        };
        let mut lines = (self.lay_out)(&line, &options);
        let cut = clipped || lines.len() > 1;
        if cut {
            // Lay out again one column narrower, to leave room for the "…".
            lines = (self.lay_out)(
                &line,
                &LayoutOptions {
                    width: room - 1,
                    ..options
                },
            );
        }
        let Some(first) = lines.first() else {
            return 0;
        };
        let strip = Rect::new(x, y, u16::try_from(room).unwrap_or(0), 1);
        let mut col = 0isize;
        if cut && first.rtl {
            put_cell(buf, strip, col, y, "…", 1, style);
            col += 1;
        }
        for cell in &first.cells {
            put_cell(buf, strip, col, y, &cell.text, cell.width, style);
            col += isize::try_from(cell.width).unwrap_or(0);
        }
        if cut && !first.rtl {
            put_cell(buf, strip, col, y, "…", 1, style);
            col += 1;
        }
        u16::try_from(col.clamp(0, isize::try_from(room).unwrap_or(0))).unwrap_or(0)
    }
}

/// A screen coordinate as a signed column.
fn signed(n: u16) -> isize {
    isize::try_from(n).unwrap_or(isize::MAX)
}

/// Draws one laid-out cell at column `col` of `within` (row `y`), if it fits entirely. Width-0
/// cells draw nothing. Control characters (which the engine should already have made visible)
/// are drawn as U+FFFD so nothing raw reaches the terminal.
fn put_cell(
    buf: &mut Buffer,
    within: Rect,
    col: isize,
    y: u16,
    text: &str,
    width: usize,
    style: Style,
) {
    if width == 0 || col < 0 {
        return;
    }
    let Ok(col) = u16::try_from(col) else {
        return;
    };
    let Ok(width) = u16::try_from(width) else {
        return;
    };
    if col.saturating_add(width) > within.width {
        return;
    }
    let x = within.x + col;
    let symbol = if text.is_empty() {
        " ".to_string()
    } else if text.chars().any(char::is_control) {
        "\u{FFFD}".to_string()
    } else {
        text.to_string()
    };
    if let Some(cell) = buf.cell_mut((x, y)) {
        cell.set_symbol(&symbol).set_style(style);
    }
    for extra in 1..width {
        if let Some(cell) = buf.cell_mut((x + extra, y)) {
            cell.reset();
            cell.set_style(style);
        }
    }
}
