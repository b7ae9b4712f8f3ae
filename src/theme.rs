//! Themes: a palette plus dotted scopes with fallback (`entity.person` → `entity` → default).
//!
//! CONTRACT (widgets never hard-code colours): `Theme::style(scope)` gives the ratatui style of a scope.

use ratatui::style::Style;

/// PLACEHOLDER until themes land: every scope is the default style.
#[derive(Debug, Clone, Default)]
pub struct Theme {
    pub name: String,
}

impl Theme {
    /// The style for a dotted scope such as `ui.status`, `entity.person`, `note`, `caret`.
    pub fn style(&self, _scope: &str) -> Style {
        Style::default()
    }
}
