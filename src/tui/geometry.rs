//! Where the parts of the screen are, computed once per terminal size and text width; every
//! layer takes its area from here.

use ratatui::layout::Rect;

/// The screen's parts for a terminal size.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Geometry {
    pub screen: Rect,
    /// The text column.
    pub text: Rect,
    pub status: Rect,
}

impl Geometry {
    pub fn new(width: u16, height: u16, text_width: usize) -> Geometry {
        let screen = Rect::new(0, 0, width, height);
        let status_h = u16::from(height >= 2);
        let top_pad = u16::from(height >= 8);
        let tw = (text_width.min(u16::MAX as usize) as u16).max(1);
        let (x, w) = if width >= tw + 4 {
            ((width - tw) / 2, tw)
        } else if width > 12 {
            (1, width - 2)
        } else {
            (0, width)
        };
        let text = Rect::new(x, top_pad, w, height.saturating_sub(status_h + top_pad));
        let status = Rect::new(0, height.saturating_sub(status_h), width, status_h);
        Geometry {
            screen,
            text,
            status,
        }
    }

    /// The popup the note editor is drawn in: centred, at most 66×14.
    pub fn editor(&self) -> Rect {
        let s = self.screen;
        let w = s.width.saturating_sub(4).min(66).max(s.width.min(24));
        let h = s.height.saturating_sub(2).min(14).max(s.height.min(6));
        Rect::new(s.x + (s.width - w) / 2, s.y + (s.height - h) / 2, w, h)
    }

    /// Where a list panel goes (with its border), if there is room for it: over the left part of
    /// the screen, where right-to-left text ends.
    pub fn panel(&self) -> Option<Rect> {
        let area = self.screen;
        let w = area.width.min(48).max(area.width.min(20));
        let h = area.height.saturating_sub(self.status.height);
        (w >= 6 && h >= 3).then(|| Rect::new(area.x, area.y, w, h))
    }

    /// The text-area cell under a screen position, if it is inside the text column's rows
    /// (columns beside the column count, as distances from it).
    pub fn text_cell(&self, col: u16, row: u16) -> Option<(usize, usize)> {
        let t = self.text;
        (row >= t.y && row < t.y + t.height)
            .then(|| (usize::from(col.saturating_sub(t.x)), usize::from(row - t.y)))
    }

    /// The text-area cell nearest a screen position (a drag may leave the text column).
    pub fn text_cell_clamped(&self, col: u16, row: u16) -> (usize, usize) {
        let t = self.text;
        let r = row.clamp(t.y, (t.y + t.height).saturating_sub(1).max(t.y));
        (usize::from(col.saturating_sub(t.x)), usize::from(r - t.y))
    }
}
